// What single characters and plain scalars mean to the fast reader: the character classes of its
// subset and the YAML 1.2 core schema, resolved the way the `yaml` package resolves them.

export const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

// YAML 1.2 core schema, in the order the `yaml` package tries its tags.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast exit: most plain scalars start with a letter other than n/N/t/T/f/F.
  const mayBeSpecial = c === 0x7e || c === 0x2e || c === 0x2b || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46;
  if (!mayBeSpecial) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

export const SP = 0x20;
export const CR = 0x0d;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const DQ = 0x22;
export const SQ = 0x27;
export const COMMA = 0x2c;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const BACKSLASH = 0x5c;

/** Plain key characters: a letter or `_` first, then letters, digits, `_` and `-`. */
export function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
export function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
}
/** In block keys also `.`, `[`, `*`, `]` and `/`: field paths such as `tools[*].enterprise` in packs. */
export function isBlockKeyChar(c: number): boolean {
  return isKeyChar(c) || c === 0x2e || c === LBRACKET || c === 0x2a || c === RBRACKET || c === 0x2f;
}

// Characters that may not start a plain scalar in the subset (YAML indicators and friends).
export function badPlainStart(c: number): boolean {
  return (
    c === 0x26 || // & anchor
    c === 0x2a || // * alias
    c === 0x21 || // ! tag
    c === 0x7c || // | block scalar
    c === 0x3e || // > block scalar
    c === 0x25 || // % directive
    c === 0x40 || // @ reserved
    c === 0x60 || // ` reserved
    c === HASH ||
    c === COMMA ||
    c === RBRACKET ||
    c === RBRACE ||
    c === 0x3f || // ? (complex key, or a plain scalar only when followed by a non-space; refuse both)
    c === COLON
  );
}

export const SHORT_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f' };
