import { Ajv } from 'ajv';
import type { Options } from 'ajv';

// Editor-only annotations in our published schemas; ajv must know them or strict mode refuses the schema.
const ANNOTATIONS = ['enumDescriptions', 'markdownEnumDescriptions', 'markdownDescription', 'defaultSnippets'];

/** The one way this project builds an Ajv instance, so every schema is compiled under the same rules. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictTypes: false, ...options });
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
