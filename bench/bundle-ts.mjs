// The bench's TypeScript drivers (the emulator, the archive run) bundled beside node_modules, whose
// packages stay external, so each bench runs the same code the suite tests without a TS loader.
import { build } from 'esbuild';

export async function bundleTs(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    // The lazy loaders (action/tar-lib.ts) call require(), as in dist/: ESM output needs a real one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}
