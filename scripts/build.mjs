// Builds the two committed bundles: dist/index.js (the GitHub Action) and dist/cli.js (the CLI).
// `node scripts/build.mjs --outdir DIR` builds elsewhere, which is how the stale-dist test compares.
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM output needs a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
await Promise.all([
  build({ ...common, entryPoints: ['action/main.ts'], outfile: `${values.outdir}/index.js` }),
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: `${values.outdir}/cli.js` }),
]);
