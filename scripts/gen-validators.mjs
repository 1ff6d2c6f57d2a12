// Generates what runs would otherwise compute at start-up, every time:
// - src/generated/validators.js: ajv standalone validators for the published schemas, compiled with the
//   project's ajv options (src/validate/ajv-options.json), so no run pays for compiling them (~0.3 s)
//   or even for loading ajv's compiler;
// - src/generated/packs.js: the packs in policy/, read, validated and checked with the real loader
//   (src/policy/library.ts). At run time a pack file with exactly the same text and place skips to
//   compiling its conditions (~30 ms saved per run); any other text is read in full.
//
//   node scripts/gen-validators.mjs          write src/generated/ if it changed
//   node scripts/gen-validators.mjs --check  exit 1 if src/generated/ is stale
//
// scripts/build.mjs runs it before bundling. The output is committed, so tests and type checks see it
// without a build; test/generated.test.ts fails when it is stale.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/generated');

/** Export name → schema file. Every validator is compiled with `verbose: true` (errors carry their schema, for "did you mean"). */
export const SCHEMAS = {
  validateDeclaration: 'src/schema/genai-usage.schema.json',
  validateDeclarationV2: 'src/schema/genai-usage.v2.schema.json',
  validatePack: 'src/schema/policy-pack.schema.json',
  validateLedger: 'src/schema/approvals-ledger.schema.json',
  validateExpected: 'src/schema/expected-outcomes.schema.json',
  validateConfig: 'src/schema/trusted-config.schema.json',
};

/** The bundled packs, loaded by the real loader (bundled from TypeScript for this script). */
async function preloadedPacks(validatorsJs) {
  // The loader imports src/generated/ itself: give it the validators just generated and no preloads,
  // whatever is on disk (stale, or missing in a fresh checkout).
  const generated = {
    name: 'generated-in-memory',
    setup(b) {
      b.onResolve({ filter: /\/generated\/(validators|packs)\.js$/ }, (args) => ({ path: args.path.replace(/^.*\//, ''), namespace: 'generated' }));
      b.onLoad({ filter: /.*/, namespace: 'generated' }, (args) => ({
        contents: args.path === 'validators.js' ? validatorsJs : 'export const PRELOADED_PACKS = [];\n',
        resolveDir: OUT,
        loader: 'js',
      }));
    },
  };
  const dir = mkdtempSync(join(tmpdir(), 'genai-gen-'));
  try {
    const outfile = join(dir, 'loader.mjs');
    await build({
      stdin: { contents: "export { loadPackSource } from './src/policy/library.ts'; export { readPackDir } from './src/io/files.ts';", resolveDir: ROOT, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      nodePaths: [join(ROOT, 'node_modules')],
      plugins: [generated],
    });
    const { loadPackSource, readPackDir } = await import(pathToFileURL(outfile).href);
    const entries = [];
    for (const file of readPackDir(join(ROOT, 'policy'), ROOT)) {
      const pack = loadPackSource(file);
      if ('errors' in pack) continue; // an invalid pack is left to the run, which reports it with its position
      const doc = JSON.stringify(pack.doc);
      if (!isDeepStrictEqual(JSON.parse(doc), pack.doc)) continue; // not plain JSON data: read it in full
      // Fingerprints (sha256 of each rule's level and condition) too: a run that only reads bundled
      // packs then never loads node:crypto.
      entries.push({ tail: file.path.split('/').slice(-2).join('/'), text: new TextDecoder().decode(file.bytes), doc, fingerprints: pack.rules.map((r) => r.fingerprint) });
    }
    return entries;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generate() {
  const settings = JSON.parse(readFileSync(join(ROOT, 'src/validate/ajv-options.json'), 'utf8'));
  const ajv = new Ajv({ ...settings.options, verbose: true, code: { source: true, esm: true, lines: true } });
  ajv.addVocabulary(settings.annotations);
  const refs = {};
  for (const [name, file] of Object.entries(SCHEMAS)) {
    const schema = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    ajv.addSchema(schema, name);
    refs[name] = name;
  }
  let code = standaloneCode.default ? standaloneCode.default(ajv, refs) : standaloneCode(ajv, refs);
  // Standalone output `require`s ajv's small runtime helpers; turn those into imports so the module is
  // plain ESM for Node, vitest and esbuild alike.
  const imports = [];
  code = code.replace(/require\("([^"]+)"\)\.default/g, (_, mod) => {
    const id = `runtime${imports.length}`;
    // Node gives a CommonJS module's `module.exports` as the default export; vitest's interop gives
    // `exports.default` when `__esModule` is set. Accept either.
    imports.push(`import * as ${id}ns from '${mod}.js';\nconst ${id} = typeof ${id}ns.default === 'function' ? ${id}ns : ${id}ns.default;`);
    return `${id}.default`;
  });
  if (/\brequire\(/.test(code)) throw new Error('gen-validators: unexpected require() left in the generated code');
  const header = `// Generated by scripts/gen-validators.mjs from ${Object.values(SCHEMAS).join(', ')}. Do not edit.\n// eslint-disable\n`;
  const js = `${header}${imports.join('\n')}\n${code.replace(/^"use strict";\n?/, '')}\n`;
  const dts = `// Generated by scripts/gen-validators.mjs. Do not edit.\nimport type { ValidateFunction } from 'ajv';\n${Object.keys(SCHEMAS)
    .map((n) => `export declare const ${n}: ValidateFunction;`)
    .join('\n')}\n`;
  const packs = await preloadedPacks(js);
  const packsJs = `// Generated by scripts/gen-validators.mjs from policy/. Do not edit.\n// Each entry: a pack's place (<pack>/<version>.yml), its exact text, the document it loads as (JSON), and its rules' fingerprints.\nexport const PRELOADED_PACKS = [\n${packs
    .map((p) => `  {\n    tail: ${JSON.stringify(p.tail)},\n    text: ${JSON.stringify(p.text)},\n    doc: ${JSON.stringify(p.doc)},\n    fingerprints: ${JSON.stringify(p.fingerprints)},\n  },\n`)
    .join('')}];\n`;
  const packsDts = `// Generated by scripts/gen-validators.mjs. Do not edit.\nexport declare const PRELOADED_PACKS: ReadonlyArray<{ tail: string; text: string; doc: string; fingerprints: readonly string[] }>;\n`;
  return { 'validators.js': js, 'validators.d.ts': dts, 'packs.js': packsJs, 'packs.d.ts': packsDts };
}

/** Writes the files that changed (atomically: tests may be reading them). Returns the names that were stale. */
export async function writeGenerated({ check = false } = {}) {
  const stale = [];
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of Object.entries(await generate())) {
    const path = join(OUT, name);
    let current;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(name);
    if (!check) {
      writeFileSync(`${path}.${process.pid}.tmp`, text);
      renameSync(`${path}.${process.pid}.tmp`, path);
    }
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = await writeGenerated({ check });
  if (check && stale.length > 0) {
    console.error(`src/generated is stale (${stale.join(', ')}): run node scripts/gen-validators.mjs`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.map((s) => `src/generated/${s}`).join(', ')}` : 'src/generated is up to date');
}
