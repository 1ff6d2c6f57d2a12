import { createRequire } from 'node:module';
import type * as YamlLib from 'yaml';

let lib: typeof YamlLib | undefined;

/**
 * The `yaml` package, loaded on first use. Most files never need it (src/parse/fast-yaml.ts reads
 * them), so runs that only read plain declarations skip its module start-up. In the bundles, esbuild
 * turns this `require` into a lazily initialised bundled module; under plain Node ESM (tests), where
 * there is no `require`, it is resolved from node_modules.
 */
export function yamlLib(): typeof YamlLib {
  lib ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof YamlLib;
  return lib;
}
