// Builds the two committed bundles: dist/index.js (the GitHub Action) and dist/cli.js (the CLI).
// `node scripts/build.mjs --outdir DIR` builds elsewhere, which is how the stale-dist test compares.
//
// Start-up matters here (a check of one declaration is mostly start-up), so:
// - scripts/gen-validators.mjs refreshes src/generated/ (standalone schema validators, preloaded packs);
// - `yaml` and `ajv`, which most runs never call (the fast YAML reader, the generated validators and
//   the condition interpreter do their jobs), are bundled separately and embedded as source text that
//   is compiled on first use. V8 scans a string literal several times faster than it pre-parses code,
//   and most runs never pay for the ~500 KB of these libraries at all. Behaviour is unchanged: the same
//   library code runs, just compiled later;
// - node:crypto, imported by our sources for a hash or two, is loaded on first call, not at start-up.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeGenerated } from './gen-validators.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM output needs a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/** A package bundled on its own as CommonJS: the source text that defines `module.exports`. */
async function libraryText(name) {
  const result = await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    absWorkingDir: ROOT,
  });
  return result.outputFiles[0].text;
}

// What code outside src/parse/yaml-lib.ts imports from `yaml` (src/cli/explain.ts, src/testing/pin.ts):
// every import goes through the lazy loader. A name not listed here fails the build (no silent gap).
const YAML_FUNCTIONS = ['parse', 'parseDocument', 'parseAllDocuments', 'stringify', 'isAlias', 'isCollection', 'isDocument', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq', 'visit', 'visitAsync'];
const YAML_LIB = resolve(ROOT, 'src/parse/yaml-lib.ts');
// Node built-ins whose module start-up shows in a one-file check (node:crypto: ~10 ms) but which only
// some runs call (fingerprints of packs that are not preloaded, SARIF ids): imported lazily. A name not
// listed here fails the build.
const LAZY_BUILTINS = { 'node:crypto': ['createHash', 'randomUUID'] };

function lazyLibraries(texts) {
  return {
    name: 'lazy-libraries',
    setup(b) {
      // The lazy loaders' `require('yaml')` / `require('ajv')`: the embedded text, compiled on first call.
      b.onResolve({ filter: /^(yaml|ajv)$/ }, (args) => {
        if (args.kind === 'require-call') return { path: args.path, namespace: 'lazy-library' };
        if (args.kind === 'import-statement' && args.path === 'yaml') return { path: 'yaml', namespace: 'lazy-yaml-imports' };
        return undefined;
      });
      b.onResolve({ filter: /^node:crypto$/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        contents: `let mod;\nconst load = () => (mod ??= require(${JSON.stringify(args.path)}));\n${LAZY_BUILTINS[args.path].map((f) => `export const ${f} = (...args) => load().${f}(...args);`).join('\n')}\n`,
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
        contents: `const text = ${JSON.stringify(texts[args.path])};\nconst m = { exports: {} };\nnew Function('module', 'exports', 'require', text)(m, m.exports, require);\nmodule.exports = m.exports;\n`,
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
const texts = { yaml: await libraryText('yaml'), ajv: await libraryText('ajv') };
const plugins = [lazyLibraries(texts)];
await Promise.all([
  build({ ...common, plugins, entryPoints: ['action/main.ts'], outfile: `${values.outdir}/index.js` }),
  build({ ...common, plugins, entryPoints: ['src/cli/bin.ts'], outfile: `${values.outdir}/cli.js` }),
]);
