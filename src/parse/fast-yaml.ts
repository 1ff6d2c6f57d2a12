// A fast reader for the plain block-style YAML that declarations and packs are written in, with the
// offset of every key and value kept for `locate`. The `yaml` package builds a full document model
// (3.8 s and 421 MB for a 5 MB file); this reads the same file in a small fraction of that.
//
// It is a strict subset reader, not a second YAML parser: it accepts only constructs whose meaning it
// is sure of — block mappings and sequences, single-line plain and quoted scalars, single-line flow
// collections, comments — and gives up (returns undefined) on anything else: anchors, aliases, tags,
// block scalars, multi-line scalars, document markers, directives, tabs, complex or duplicate keys,
// empty values, unusual characters, odd indentation. Whatever it gives up on is read by the `yaml`
// package as before, which also produces every error message. So when it does accept a file, the
// value and every position are exactly what the `yaml` path gives (test/parse/fast-yaml.test.ts
// checks this differentially), and every error still comes from one place.

export type Segment = string | number;

/**
 * Where a collection and its entries are, kept beside the data (never in it): `[offset, ...entries]`
 * for a sequence, `[offset, keyOffset0, entry0, keyOffset1, entry1, …]` for a mapping, in source
 * order. An entry is the offset of a scalar value, or the record of a collection value (whose first
 * element is where that value starts). One array per collection: the bookkeeping costs little more
 * than the data.
 */
type Rec = Array<number | Rec>;

// A mapping's keys in source order are Object.keys(map): keys are plain words or quoted non-numeric
// strings (see `key`), so no integer-like key is reordered. For mappings with many keys, lookups go
// through an index built on first use: every error locates its path, and a scan per lookup made a
// mapping with many unknown keys quadratic.
const keyIndexes = new WeakMap<object, Map<string, number>>();
function keyAt(map: object, count: number, key: string): number {
  if (count <= 16) return Object.keys(map).indexOf(key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map(Object.keys(map).map((k, i) => [k, i]));
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? -1;
}

export interface FastDocument {
  value: unknown;
  /** Offset of the value at `path`, or of the deepest ancestor that exists; `key` points at the key. */
  locateOffset(path: readonly Segment[], key: boolean): number;
}

const BAIL = Symbol('bail');
const bail = (): never => {
  throw BAIL;
};

// Characters the subset never accepts anywhere: tabs (indentation rules), CR not before LF, and
// characters whose treatment differs between YAML versions or readers (NEL, C1 controls, LS/PS, BOM,
// non-characters, lone surrogates). parseYamlSource finds these in its one pass over the text (scanText)
// and skips this check; other callers get it here.
const UNUSUAL_CHAR = /[\t\u0080-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const LONE_CR = /\r(?!\n)/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unusual(text: string): boolean {
  if (UNUSUAL_CHAR.test(text)) return true;
  if (text.includes('\r') && LONE_CR.test(text)) return true;
  return SURROGATE.test(text) && LONE_SURROGATE.test(text);
}

const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

// YAML 1.2 core schema, in the order the `yaml` package tries its tags.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function resolvePlain(s: string): unknown {
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

const SP = 0x20;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQ = 0x22;
const SQ = 0x27;
const COMMA = 0x2c;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BACKSLASH = 0x5c;

/** Plain key characters: a letter or `_` first, then letters, digits, `_` and `-`. */
function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
}
/** In block keys also `.`, `[`, `*`, `]` and `/`: field paths such as `tools[*].enterprise` in packs. */
function isBlockKeyChar(c: number): boolean {
  return isKeyChar(c) || c === 0x2e || c === LBRACKET || c === 0x2a || c === RBRACKET || c === 0x2f;
}

// Characters that may not start a plain scalar in the subset (YAML indicators and friends).
function badPlainStart(c: number): boolean {
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

const SHORT_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f' };

export interface FastLimits {
  maxDepth: number;
  maxNodes: number;
}

class Reader {
  private nodes = 0;
  // The current content line: start offset, indentation, end offset (before CR/LF).
  private ls = 0;
  private ind = 0;
  private le = 0;
  private eof = false;
  private next = 0; // offset where the line after the current one starts
  // Second results of the inline readers (kept in fields: no result object per scalar).
  private end = 0;
  private entry: number | Rec = 0;
  // Recently read short strings, by a small hash: keys and enum-like values repeat from use to use,
  // and reusing one string saves an allocation and, for keys, V8's lookup of a new property name.
  private readonly recent: Array<string | undefined> = new Array(512);

  constructor(
    private readonly t: string,
    private readonly limits: FastLimits,
  ) {}

  read(): FastDocument {
    this.advance(0);
    if (this.eof || this.ind !== 0) bail();
    const c = this.t.charCodeAt(this.ls);
    // A document marker or directive on the first line: leave it to the full parser.
    if (c === DASH || c === 0x2e || c === 0x25) bail();
    const value = this.blockMap(this.ls, 0);
    const root = this.entry as Rec;
    return {
      value,
      locateOffset(path, wantKey) {
        let node: unknown = value;
        let rec: Rec | undefined = root;
        let last = root[0] as number;
        for (let i = 0; i < path.length; i++) {
          const seg = path[i];
          if (!rec) return last; // a scalar has nothing below it
          let entry: number | Rec | undefined;
          if (!Array.isArray(node) && typeof seg === 'string') {
            const at = keyAt(node as object, (rec.length - 1) / 2, seg);
            if (at < 0) return last;
            if (i === path.length - 1 && wantKey) return rec[1 + 2 * at] as number;
            entry = rec[2 + 2 * at];
          } else if (Array.isArray(node) && typeof seg === 'number') {
            if (!(Number.isInteger(seg) && seg >= 0 && seg < node.length)) return last;
            entry = rec[1 + seg];
          } else return last;
          node = (node as Record<string | number, unknown>)[seg];
          if (typeof entry === 'number') {
            last = entry;
            rec = undefined;
          } else {
            rec = entry as Rec;
            last = rec[0] as number;
          }
        }
        return last;
      },
    };
  }

  /** Moves to the next content line at or after `from` (skipping blank and comment lines). */
  private advance(from: number): void {
    const t = this.t;
    let p = from;
    while (p < t.length) {
      let nl = t.indexOf('\n', p);
      if (nl < 0) nl = t.length;
      let q = p;
      while (q < nl && t.charCodeAt(q) === SP) q++;
      const end = nl > q && t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      if (q < end && t.charCodeAt(q) !== HASH) {
        this.ls = q;
        this.ind = q - p;
        this.le = end;
        this.next = nl + 1;
        return;
      }
      p = nl + 1;
    }
    this.eof = true;
    this.ind = -1;
  }

  private count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) bail();
  }

  /** After a value ends at `p` on the current line: only spaces and a comment may follow. */
  private endOfLine(p: number): void {
    const t = this.t;
    let q = p;
    while (q < this.le && t.charCodeAt(q) === SP) q++;
    if (q < this.le && !(t.charCodeAt(q) === HASH && q > p)) bail();
    this.advance(this.next);
  }

  /** A key at `p` (plain or single-line quoted), ending just before its `:`; sets `this.end`. */
  private key(p: number, block: boolean): string {
    const t = this.t;
    const c = t.charCodeAt(p);
    let key: string;
    if (isKeyStart(c)) {
      let q = p + 1;
      if (block) while (q < this.le && isBlockKeyChar(t.charCodeAt(q))) q++;
      else while (q < this.le && isKeyChar(t.charCodeAt(q))) q++;
      key = this.slice(p, q);
      // true/false/null (any case YAML knows) are not strings as keys.
      if (q - p > 500 || ((q - p === 4 || q - p === 5) && RESERVED_KEYS.has(key))) bail();
      this.end = q;
    } else if (c === DQ || c === SQ) {
      key = this.quoted(p);
      // A numeric-looking key would be reordered by Object.keys (positions rely on source order).
      if (this.end - p > 500 || /^[0-9]/.test(key)) bail();
    } else return bail();
    return key;
  }

  /** A block mapping whose first key starts at offset `start` on the current line; sets `this.entry`. */
  private blockMap(start: number, depth: number): Record<string, unknown> {
    this.count(depth);
    const t = this.t;
    const column = start - (this.ls - this.ind);
    const out: Record<string, unknown> = {};
    const rec: Rec = [start];
    let p = start;
    for (;;) {
      const keyStart = p;
      const key = this.key(p, true);
      p = this.end;
      if (t.charCodeAt(p) !== COLON) bail();
      p++;
      // A duplicate key: the full parser reports it. (`out` holds exactly the keys so far: a lookup
      // there is constant time, where a scan made a mapping with many keys quadratic.)
      if (Object.hasOwn(out, key)) bail();

      let value: unknown;
      let q = p;
      while (q < this.le && t.charCodeAt(q) === SP) q++;
      if (q > p && q < this.le && t.charCodeAt(q) !== HASH) {
        value = this.inline(q, depth + 1, false);
        this.endOfLine(this.end);
      } else {
        if (q === p && q < this.le) bail(); // `key:value` is a plain scalar, not a pair
        // Nothing after the colon: the value is the block on the following lines.
        this.advance(this.next);
        if (this.eof) bail();
        const isSeq = this.atSeqItem();
        if (this.ind > column) value = isSeq ? this.blockSeq(depth + 1) : this.blockMap(this.ls, depth + 1);
        else if (this.ind === column && isSeq) value = this.blockSeq(depth + 1);
        else return bail(); // an empty value (null): let the full parser say what it means
      }
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      rec.push(keyStart, this.entry);

      if (this.eof || this.ind < column) break;
      if (this.ind > column) bail();
      p = this.ls;
    }
    this.entry = rec;
    return out;
  }

  private atSeqItem(): boolean {
    if (this.t.charCodeAt(this.ls) !== DASH) return false;
    const n = this.ls + 1;
    return n === this.le || this.t.charCodeAt(n) === SP;
  }

  /** A block sequence whose first `-` starts the current line; sets `this.entry`. */
  private blockSeq(depth: number): unknown[] {
    this.count(depth);
    const t = this.t;
    const column = this.ind;
    const start = this.ls;
    const items: unknown[] = [];
    const rec: Rec = [start];
    for (;;) {
      if (!this.atSeqItem()) break;
      let p = this.ls + 1;
      while (p < this.le && t.charCodeAt(p) === SP) p++;
      if (p >= this.le || t.charCodeAt(p) === HASH) {
        // `-` alone: the item is the block on the following lines.
        this.advance(this.next);
        if (this.eof || this.ind <= column) bail();
        items.push(this.atSeqItem() ? this.blockSeq(depth + 1) : this.blockMap(this.ls, depth + 1));
      } else if (this.startsPair(p)) {
        // `- key: value`: a compact mapping whose keys line up under the first one.
        items.push(this.blockMap(p, depth + 1));
      } else {
        const c = t.charCodeAt(p);
        if (c === DASH && (p + 1 === this.le || t.charCodeAt(p + 1) === SP)) bail(); // `- - x`
        items.push(this.inline(p, depth + 1, false));
        this.endOfLine(this.end);
      }
      rec.push(this.entry);
      if (this.eof || this.ind < column) break;
      if (this.ind > column) bail();
    }
    this.entry = rec;
    return items;
  }

  /** Does a `key:` (followed by a space or the line end) start at `p`? */
  private startsPair(p: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(p);
    let q: number;
    if (isKeyStart(c)) {
      q = p + 1;
      while (q < this.le && isBlockKeyChar(t.charCodeAt(q))) q++;
    } else if (c === DQ || c === SQ) {
      const close = t.indexOf(c === DQ ? '"' : "'", p + 1);
      if (close < 0 || close >= this.le) return false;
      q = close + 1;
    } else return false;
    if (t.charCodeAt(q) !== COLON) return false;
    return q + 1 === this.le || t.charCodeAt(q + 1) === SP;
  }

  /**
   * A scalar or flow collection starting at `p` on the current line (`flow`: inside `[...]`/`{...}`).
   * Sets `this.end` (just after it) and `this.entry` (its offset, or its record).
   */
  private inline(p: number, depth: number, flow: boolean): unknown {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      this.count(depth);
      this.entry = p;
      return this.quoted(p);
    }
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(p, depth);
    if (badPlainStart(c)) bail();
    if (c === DASH) {
      // `-` starts a plain scalar only before a character that is safe here (`-1`, `-x`; not `- `, `-]`).
      const n = t.charCodeAt(p + 1);
      if (p + 1 >= this.le || n === SP || (flow && (n === COMMA || n === LBRACKET || n === RBRACKET || n === LBRACE || n === RBRACE))) bail();
    }
    this.count(depth);
    // A plain scalar runs to the end of the line, or to ` #`; in flow, to a flow indicator.
    let q = p;
    let end = p;
    const le = this.le;
    while (q < le) {
      const ch = t.charCodeAt(q);
      if (ch === SP) {
        if (t.charCodeAt(q + 1) === HASH) break;
      } else {
        if (ch === COLON) {
          // `: ` or a final `:` would make a nested mapping (an error or another structure).
          if (flow || q + 1 >= le || t.charCodeAt(q + 1) === SP) bail();
        } else if (flow && (ch === COMMA || ch === RBRACKET || ch === RBRACE || ch === LBRACKET || ch === LBRACE || ch === HASH)) {
          if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break;
          bail();
        }
        end = q + 1;
      }
      q++;
    }
    this.end = end;
    this.entry = p;
    return resolvePlain(end - p <= 40 ? this.slice(p, end) : t.slice(p, end));
  }

  /** `t.slice(from, to)`, reusing an identical string read before. */
  private slice(from: number, to: number): string {
    const t = this.t;
    const n = to - from;
    const slot = (t.charCodeAt(from) * 31 + t.charCodeAt(to - 1) * 7 + t.charCodeAt(from + (n >> 1)) * 3 + n) & 511;
    const seen = this.recent[slot];
    if (seen !== undefined && seen.length === n) {
      // A plain loop: startsWith(…, position) on a long source string costs more than the slice it saves.
      let i = 0;
      while (i < n && seen.charCodeAt(i) === t.charCodeAt(from + i)) i++;
      if (i === n) return seen;
    }
    const fresh = t.slice(from, to);
    this.recent[slot] = fresh;
    return fresh;
  }

  /** A single-line quoted scalar at `p`; sets `this.end`. */
  private quoted(p: number): string {
    const t = this.t;
    const quote = t.charCodeAt(p);
    let out = '';
    let from = p + 1;
    let q = from;
    if (quote === SQ) {
      for (;;) {
        q = t.indexOf("'", q);
        if (q < 0 || q >= this.le) bail();
        if (t.charCodeAt(q + 1) === SQ) {
          out += t.slice(from, q + 1);
          q += 2;
          from = q;
          continue;
        }
        this.end = q + 1;
        return out + t.slice(from, q);
      }
    }
    for (; q < this.le; q++) {
      const ch = t.charCodeAt(q);
      if (ch === DQ) {
        this.end = q + 1;
        return out + t.slice(from, q);
      }
      if (ch === BACKSLASH) {
        out += t.slice(from, q);
        const e = t[q + 1] ?? '';
        const short = SHORT_ESCAPES[e];
        if (short !== undefined) {
          out += short;
          q += 1;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(q + 2, q + 6))) {
          const code = parseInt(t.slice(q + 2, q + 6), 16);
          if (code >= 0xd800 && code <= 0xdfff) bail();
          out += String.fromCharCode(code);
          q += 5;
        } else bail();
        from = q + 1;
      }
    }
    return bail();
  }

  /** `[...]` or `{...}` closed on the same line; sets `this.end` and `this.entry`. */
  private flowCollection(p: number, depth: number): unknown {
    this.count(depth);
    const t = this.t;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const items: unknown[] = [];
    const out: Record<string, unknown> = {};
    const rec: Rec = [p];
    let q = p + 1;
    while (q < this.le && t.charCodeAt(q) === SP) q++;
    if (t.charCodeAt(q) === close) q++;
    else {
      for (;;) {
        if (q >= this.le) bail();
        if (isMap) {
          const keyStart = q;
          const key = this.key(q, false);
          q = this.end;
          if (t.charCodeAt(q) !== COLON || t.charCodeAt(q + 1) !== SP) bail();
          q += 2;
          while (q < this.le && t.charCodeAt(q) === SP) q++;
          if (Object.hasOwn(out, key)) bail();
          const c2 = t.charCodeAt(q);
          if (q >= this.le || c2 === COMMA || c2 === RBRACE) bail(); // empty value
          const value = this.inline(q, depth + 1, true);
          if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          else out[key] = value;
          rec.push(keyStart);
        } else {
          const c = t.charCodeAt(q);
          if (c === COMMA || c === RBRACKET) bail(); // empty entry
          items.push(this.inline(q, depth + 1, true));
        }
        rec.push(this.entry);
        q = this.end;
        while (q < this.le && t.charCodeAt(q) === SP) q++;
        const c = t.charCodeAt(q);
        if (c === COMMA) {
          q++;
          while (q < this.le && t.charCodeAt(q) === SP) q++;
          if (t.charCodeAt(q) === close) bail(); // trailing comma: rare, leave it to the full parser
          continue;
        }
        if (c === close) {
          q++;
          break;
        }
        bail();
      }
    }
    // `[a]b` or `{}x` would be an error.
    if (q < this.le && t.charCodeAt(q) !== SP && t.charCodeAt(q) !== COMMA && t.charCodeAt(q) !== RBRACKET && t.charCodeAt(q) !== RBRACE) bail();
    this.end = q;
    this.entry = rec;
    return isMap ? out : items;
  }
}

/** Reads `text` if it is within the subset; undefined means "use the full parser". */
export function readFastYaml(text: string, limits: FastLimits, checkCharacters = true): FastDocument | undefined {
  // parseYamlSource has already looked at every character (scanText) and passes false.
  if (checkCharacters && unusual(text)) return undefined;
  try {
    return new Reader(text, limits).read();
  } catch (err) {
    if (err === BAIL || err instanceof RangeError) return undefined;
    throw err;
  }
}
