import type { ParsedNode } from 'yaml';
import { readFastYaml } from './fast-yaml.js';
import { DEFAULT_LIMITS, type SourceLimits } from './limits.js';
import { lineColumn, lineStarts } from './line-index.js';
import { failed, type ParsedSource } from './parsed-source.js';
import { checkText } from './text-scan.js';
import { readYamlDocument } from './yaml-document.js';

export { decodeUtf8 } from './decode.js';
export { DEFAULT_LIMITS, type SourceLimits } from './limits.js';
export type { ParsedSource, PathSegment } from './parsed-source.js';

/** `reader: 'full'` skips the fast reader (tests compare the two). */
export function parseYamlSource(input: string, limits: SourceLimits = DEFAULT_LIMITS, reader: 'auto' | 'full' = 'auto'): ParsedSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const checked = checkText(text, limits);
  if ('error' in checked) return failed([checked.error]);

  // Plain block-style files (nearly all of them) are read without building a document model; the
  // reader gives up on anything outside its subset, and those files take the full path below.
  const fast = reader === 'auto' && !checked.unusual ? readFastYaml(text, limits, false) : undefined;
  if (fast) {
    let lines: number[] | undefined;
    let source: string | undefined = text; // released once the line index exists (a 5 MB file is 10 MB of string)
    return {
      value: fast.value,
      errors: [],
      locate(path, options) {
        if (!lines) {
          lines = lineStarts(source as string);
          source = undefined;
        }
        return lineColumn(lines, fast.locateOffset(path, options?.key ?? false));
      },
    };
  }
  return readYamlDocument(text, limits);
}

export type { ParsedNode };
