import type { Diagnostic } from '../model/report.js';
import type { SourceLimits } from './limits.js';
import { START } from './parsed-source.js';

/**
 * The limits and character rules that are checked on the text before any parsing, so that a hostile
 * file is refused before a parser spends memory on it. `unusual`: characters the fast reader leaves
 * to the full parser.
 */
export function checkText(text: string, limits: SourceLimits): { unusual: boolean } | { error: Diagnostic } {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return { error: { ...START, code: 'too-large', message: `file is larger than ${limits.maxBytes} bytes` } };
  }
  const scan = scanText(text);
  if (scan.forbidden >= 0) {
    const before = text.slice(0, scan.forbidden).split('\n');
    return {
      error: {
        code: 'control-character',
        message: forbiddenMessage(text.charCodeAt(scan.forbidden)),
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
      },
    };
  }
  if (scan.tokens > limits.maxTokens) {
    return {
      error: { ...START, code: 'too-large', message: `file has more than ${limits.maxTokens} lines and YAML indicators (\`,\` \`[\` \`{\` \`- \` \`: \`); split it into several declarations` },
    };
  }
  if (scan.flowDepth > limits.maxDepth) {
    return { error: { ...START, code: 'too-deep', message: `nesting is deeper than ${limits.maxDepth} levels` } };
  }
  const directive = versionDirective(text);
  if (directive) return { error: directive };
  return { unusual: scan.unusual };
}

// C0 controls other than tab, LF and CR, plus DEL (found by scanText): YAML 1.2 forbids them, and
// they hide text in reviews.

interface TextScan {
  /** Offset of the first C0 control character (other than tab, LF, CR) or DEL; -1 if none. */
  forbidden: number;
  /**
   * Lines plus YAML indicators (`,` `[` `{`, and `-` `:` `?` before a space, tab, line end or the end),
   * counted before parsing: the parser holds roughly half a kilobyte per token, so a file within
   * `maxBytes` made only of `1,1,1,…` or `#` lines would otherwise exhaust the heap. A realistic
   * declaration has about 0.08 per byte (≈1.3 million at `maxBytes`).
   */
  tokens: number;
  /** Deepest bracket nesting: the parser recurses on flow collections, so absurd depth is refused first. */
  flowDepth: number;
  /** Characters the fast reader leaves to the full parser (see fast-yaml.ts). */
  unusual: boolean;
}

// Every check that needs to look at each character, in one pass: a 5 MB file is scanned once, not
// once a check (four passes cost a fifth of reading a 10,000-use declaration).
function scanText(text: string): TextScan {
  let forbidden = -1;
  let tokens = 0;
  let depth = 0;
  let maxDepth = 0;
  let unusual = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x40) {
      // Letters and most punctuation: only brackets, DEL and non-ASCII matter.
      if (c < 0x7b) {
        if (c === 0x5b) {
          tokens++;
          if (++depth > maxDepth) maxDepth = depth;
        } else if (c === 0x5d && depth > 0) depth--;
        continue;
      }
      if (c === 0x7b) {
        tokens++;
        if (++depth > maxDepth) maxDepth = depth;
      } else if (c === 0x7d) {
        if (depth > 0) depth--;
      } else if (c === 0x7f) {
        if (forbidden < 0) forbidden = i;
      } else if (c === 0x85 || c === 0x2028 || c === 0x2029 || isBidiControl(c)) {
        if (forbidden < 0) forbidden = i;
      } else if (c >= 0x80 && !unusual) {
        if (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) unusual = true;
        else if (c >= 0xd800 && c <= 0xdbff) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) i++;
          else unusual = true;
        } else if (c >= 0xdc00 && c <= 0xdfff) unusual = true;
      }
      continue;
    }
    if (c === 0x0a) {
      tokens++;
      if (depth > 1024) depth = 1024;
    } else if (c === 0x2c) tokens++;
    else if (c === 0x2d || c === 0x3a || c === 0x3f) {
      const next = text.charCodeAt(i + 1); // NaN at the end
      if (!(next >= 0) || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) tokens++;
    } else if (c < 0x20) {
      if (c === 0x09) unusual = true;
      else if (c === 0x0d) {
        // A CR alone is a line break to YAML and to some viewers, not to others: what a reviewer reads
        // would differ from what is checked. CR LF is an ordinary line end.
        if (text.charCodeAt(i + 1) !== 0x0a && forbidden < 0) forbidden = i;
      } else if (forbidden < 0) forbidden = i;
    }
  }
  return { forbidden, tokens, flowDepth: maxDepth, unusual };
}

/** Bidirectional controls: they make text display in another order than it is read (and checked). */
function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function forbiddenMessage(c: number): string {
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029)
    return `line break ${code} is not allowed: some viewers break the line there and others do not, so what a reviewer reads could differ from what is checked; use a plain line break (LF or CR LF)`;
  if (isBidiControl(c)) return `bidirectional control character ${code} is not allowed: it makes the text display in another order than it is read and checked`;
  return `control character ${code} is not allowed`;
}

/**
 * A `%YAML` directive other than 1.2 is refused: under YAML 1.1 the `yaml` package reads `no` and
 * `off` as false and dates as timestamps, so a directive at the top of a file would change what the
 * values below it mean. Directives stand before the first `---`, at the start of a line.
 */
function versionDirective(text: string): Diagnostic | undefined {
  let offset = 0;
  for (let line = 1; offset < text.length; line++) {
    const end = text.indexOf('\n', offset);
    const content = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    if (content.startsWith('%')) {
      const m = /^%YAML(?:[ \t]+(\S+))?/.exec(content);
      if (m && m[1] !== '1.2') {
        const shown = m[1] === undefined ? '%YAML without a version' : `%YAML ${m[1]}`;
        return { line, column: 1, code: 'yaml-version', message: `${shown} is not supported: declarations are YAML 1.2 (where \`no\` is text, never false); remove the directive` };
      }
    } else if (content.trim() !== '' && !content.trimStart().startsWith('#')) return undefined;
    if (end < 0) break;
    offset = end + 1;
  }
  return undefined;
}
