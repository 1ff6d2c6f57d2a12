// Builds the committed bundles: dist/index.js (the GitHub Action) and dist/cli.js (the CLI), and the
// libraries both load on first use, dist/lib/yaml.cjs, dist/lib/ajv.cjs and dist/lib/c2pa.cjs (with its
// compiled module, dist/lib/c2pa_bg.wasm, copied beside it: the provenance scan reads it from disk).
// `node scripts/build.mjs --outdir DIR` builds elsewhere, which is how the stale-dist test compares.
//
// Start-up matters here (a check of one declaration is mostly start-up), so:
// - scripts/gen-validators.mjs refreshes src/generated/ (standalone schema validators, preloaded packs);
// - `yaml` and `ajv`, which most runs never call (the fast YAML reader, the generated validators and
//   the condition interpreter do their jobs), are split out of the entry bundles into files of their
//   own that `require` loads on first use: most runs never read, parse or compile their ~500 KB at all.
//   Loading a file, rather than compiling source text, keeps hardened Node
//   (`--disallow-code-generation-from-strings`) working;
// - node:crypto, imported by our sources for a hash or two, is loaded on first call, not at start-up;
// - the bundles are minified (identifiers and whitespace; V8 reads fewer bytes at every start) but
//   keep their names, so a stack trace from `--debug` still names the function.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeGenerated } from './gen-validators.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// --sourcemap writes external maps beside the bundles (same code; bench/run.mjs --profile reads them).
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' }, sourcemap: { type: 'boolean', default: false } } });
const sourcemap = values.sourcemap ? { sourcemap: 'external' } : {};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  minifyWhitespace: true,
  minifySyntax: true,
  ...sourcemap,
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM output needs a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/** A package bundled on its own as CommonJS, written where the entry bundles' lazy loaders require it. */
async function buildLibrary(name) {
  await build({
    // node-postgres' optional native binding is never used.
    external: ['pg-native'],
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    minify: true,
    keepNames: true,
    outfile: join(values.outdir, LIBRARY_FILES[name]),
  });
}

/** Relative to the entry bundles, which sit in the same folder. */
const LIBRARY_FILES = {
  yaml: 'lib/yaml.cjs',
  ajv: 'lib/ajv.cjs',
  '@contentauth/c2pa-wasm': 'lib/c2pa.cjs',
  '@electric-sql/pglite': 'lib/pglite.cjs',
  pg: 'lib/pg.cjs',
  pdfkit: 'lib/pdfkit.cjs',
  fontkit: 'lib/fontkit.cjs',
  'tar-stream': 'lib/tar-stream.cjs',
};
// PGlite reads its compiled Postgres and data files from beside its own module: copied into dist/lib/.
const PGLITE_FILES = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];

// What code outside src/parse/yaml-lib.ts imports from `yaml` (src/cli/explain.ts, src/authoring/pin.ts):
// every import goes through the lazy loader. A name not listed here fails the build (no silent gap).
const YAML_FUNCTIONS = ['parse', 'parseDocument', 'parseAllDocuments', 'stringify', 'isAlias', 'isCollection', 'isDocument', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq', 'visit', 'visitAsync'];
const YAML_LIB = resolve(ROOT, 'src/parse/yaml-lib.ts');
// Node built-ins whose module start-up shows in a one-file check (node:crypto: ~10 ms) but which only
// some runs call (fingerprints of packs that are not preloaded, SARIF ids): imported lazily. A name not
// listed here fails the build.
const LAZY_BUILTINS = { 'node:crypto': ['createHash', 'randomUUID'] };

function lazyLibraries() {
  return {
    name: 'lazy-libraries',
    setup(b) {
      // The lazy loaders' `require('yaml')` / `require('ajv')`: the split-out file, required on first call.
      b.onResolve({ filter: /^(yaml|ajv|@contentauth\/c2pa-wasm|@electric-sql\/pglite|pg|pdfkit|fontkit|tar-stream)$/ }, (args) => {
        // src/provenance/credentials.ts also has an `import()` of c2pa-wasm, for running from source.
        if (args.kind === 'require-call' || args.kind === 'dynamic-import') return { path: args.path, namespace: 'lazy-library' };
        if (args.kind === 'import-statement' && args.path === 'yaml') return { path: 'yaml', namespace: 'lazy-yaml-imports' };
        return undefined;
      });
      b.onResolve({ filter: /^\.\/lib\/(yaml|ajv|c2pa|pglite|pg|pdfkit|fontkit|tar-stream)\.cjs$/ }, (args) => (args.namespace === 'lazy-library' ? { path: args.path, external: true } : undefined));
      b.onResolve({ filter: /^node:crypto$/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        contents: `let mod;\nconst load = () => (mod ??= require(${JSON.stringify(args.path)}));\n${LAZY_BUILTINS[args.path].map((f) => `export const ${f} = (...args) => load().${f}(...args);`).join('\n')}\n`,
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
        // `require` is the banner's, created from the bundle's own URL: the path is the bundle's sibling.
        contents: `module.exports = require(${JSON.stringify(`./${LIBRARY_FILES[args.path]}`)});\n`,
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-yaml-imports' }, () => ({
        contents: `import { yamlLib } from ${JSON.stringify(YAML_LIB)};\n${YAML_FUNCTIONS.map((f) => `export const ${f} = (...args) => yamlLib().${f}(...args);`).join('\n')}\n`,
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}

// Standalone schema validators and preloaded packs (src/generated/, committed): rewritten only if stale.
await writeGenerated();
const plugins = [lazyLibraries()];
mkdirSync(join(values.outdir, 'lib'), { recursive: true });
copyFileSync(join(ROOT, 'node_modules/@contentauth/c2pa-wasm/pkg/c2pa_bg.wasm'), join(values.outdir, 'lib/c2pa_bg.wasm'));
for (const file of PGLITE_FILES) copyFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/dist', file), join(values.outdir, 'lib', file));
// The evidence packet's PDF embeds DejaVu Sans (src/io/fonts.ts reads it from here): packets are made offline.
mkdirSync(join(values.outdir, 'lib/fonts'), { recursive: true });
for (const face of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE']) {
  copyFileSync(join(ROOT, 'node_modules/dejavu-fonts-ttf', face === 'LICENSE' ? face : `ttf/${face}`), join(values.outdir, 'lib/fonts', face === 'LICENSE' ? 'DejaVu-LICENSE' : face));
}
const [, , , , , , , , , cli] = await Promise.all([
  buildLibrary('tar-stream'),
  buildLibrary('pdfkit'),
  buildLibrary('fontkit'),
  buildLibrary('yaml'),
  buildLibrary('ajv'),
  buildLibrary('@contentauth/c2pa-wasm'),
  buildLibrary('@electric-sql/pglite'),
  buildLibrary('pg'),
  build({ ...common, plugins, entryPoints: ['action/main.ts'], outfile: `${values.outdir}/index.js` }),
  build({
    ...common,
    plugins,
    entryPoints: ['src/cli/bin.ts'],
    outfile: `${values.outdir}/cli-main.cjs`,
    format: 'cjs',
    // CommonJS has `require` and `__filename`; the sources' `import.meta.url` becomes the file's URL.
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__import_meta_url' },
    metafile: true,
    write: false,
  }),
]);
refuseToolkitInCli(cli);
for (const output of cli.outputFiles) writeFileSync(output.path, output.contents);
const cliMain = cli.outputFiles.find((output) => output.path.endsWith('.cjs')).contents;
writeFileSync(join(values.outdir, 'cli.js'), cliLoader(createHash('sha256').update(cliMain).digest('hex').slice(0, 16)));

/**
 * dist/cli.js: runs dist/cli-main.cjs through a V8 code cache kept per user. Most of a one-file
 * check is start-up, and most of start-up is compiling the bundle: with the functions a run compiled
 * cached, later runs skip that (on Node 20, about 14 ms of a ~50 ms run). The cache is keyed by the
 * bundle's hash, the command, Node's version and architecture; V8 also refuses data that does not fit, and then the
 * bundle is simply compiled. The cache is written once, at exit, atomically; any failure to read or
 * write it only costs the time it would have saved. GENAI_CLEARANCE_CODE_CACHE=0 turns it off.
 */
function cliLoader(hash) {
  return `// Generated by scripts/build.mjs: runs cli-main.cjs (the CLI) through a V8 code cache.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
const source = readFileSync(file, 'utf8');
const useCache = process.env.GENAI_CLEARANCE_CODE_CACHE !== '0';
const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'genai-clearance');
// One cache per command: what a run compiles is what that command needs.
const command = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
const cacheFile = join(dir, \`cli-${hash}-\${command}-\${process.version}-\${process.arch}.v8\`);
let cachedData;
if (useCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run, or no cache folder: compiled in full.
  }
}
const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
if (useCache && (!cachedData || script.cachedDataRejected)) {
  process.once('exit', () => {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const tmp = \`\${cacheFile}.\${process.pid}.tmp\`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, cacheFile);
    } catch {
      // Read-only home, full disk: the next run compiles again.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
`;
}

/**
 * The CLI must not bundle the Actions toolkit or its HTTP client (start-up on every laptop run). The
 * minified bundle keeps no path comments to check afterwards, so the build's own input list is checked.
 */
function refuseToolkitInCli(result) {
  const toolkit = Object.keys(result.metafile.inputs).filter((path) => /node_modules\/(@actions|undici|@octokit)\//.test(path));
  if (toolkit.length > 0) throw new Error(`dist/cli-main.cjs would bundle the Actions toolkit:\n${toolkit.join('\n')}`);
}
