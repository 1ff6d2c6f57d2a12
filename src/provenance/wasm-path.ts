import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Where c2pa-wasm's compiled module is read from. The bundles (dist/index.js, dist/cli.js) sit beside
 * dist/lib/, where scripts/build.mjs copies it next to the glue it was built with (dist/lib/c2pa.cjs);
 * running from source there is no lib/ beside this file, and the package in node_modules has it.
 */
export function c2paWasmPath(): string {
  const bundled = fileURLToPath(new URL('./lib/c2pa_bg.wasm', import.meta.url));
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm');
}
