import { createRequire } from 'node:module';
import type * as AjvLib from 'ajv';
import type { Ajv, Options } from 'ajv';
import settings from './ajv-options.json' with { type: 'json' };
import { DATE_KEYWORDS, dateGate } from './subset.js';

let lib: typeof AjvLib | undefined;

/**
 * The ajv package, loaded on first use: the published schemas are validated by standalone code
 * generated at build time (src/generated/), and pack conditions by src/validate/subset.ts, so most
 * runs never load ajv. In the bundles esbuild turns this `require` into a lazily initialised module;
 * under plain Node ESM (tests) it is resolved from node_modules.
 */
function ajvLib(): typeof AjvLib {
  lib ??= (typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv')) as typeof AjvLib;
  return lib;
}

/** The one way this project builds an Ajv instance, so every schema is compiled under the same rules. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new (ajvLib().Ajv)({ ...(settings.options as Options), ...options });
  // Editor-only annotations in our published schemas; ajv must know them or strict mode refuses the schema.
  ajv.addVocabulary(settings.annotations);
  // Date gates in pack conditions, with the meaning src/validate/subset.ts gives them.
  for (const keyword of DATE_KEYWORDS) {
    ajv.addKeyword({ keyword, type: 'string', schemaType: 'string', validate: (day: string, v: string) => dateGate(keyword, day)(v) });
  }
  return ajv;
}
