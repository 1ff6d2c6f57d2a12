import type { Rec } from './fast-locate.js';
import {
  BACKSLASH,
  badPlainStart,
  COLON,
  COMMA,
  DASH,
  DQ,
  HASH,
  isBlockKeyChar,
  isKeyChar,
  isKeyStart,
  LBRACE,
  LBRACKET,
  RBRACE,
  RBRACKET,
  RESERVED_KEYS,
  resolvePlain,
  SHORT_ESCAPES,
  SP,
  SQ,
} from './fast-scalars.js';

// Giving up is thrown, not returned: the readers recurse, and readFastYaml turns it into undefined.
export const BAIL = Symbol('bail');
export const bail = (): never => {
  throw BAIL;
};

export interface FastLimits {
  maxDepth: number;
  maxNodes: number;
}

/**
 * What the fast reader reads within one line: keys, scalars and flow collections. The block structure
 * (lines, indentation) is read by the subclass in fast-yaml.ts, which sets `le` for each line.
 */
export abstract class InlineReader {
  private nodes = 0;
  // End of the current content line (before CR/LF): no inline value runs past it.
  protected le = 0;
  // Second results of the inline readers (kept in fields: no result object per scalar).
  protected end = 0;
  protected entry: number | Rec = 0;
  // Recently read short strings, by a small hash: keys and enum-like values repeat from use to use,
  // and reusing one string saves an allocation and, for keys, V8's lookup of a new property name.
  private readonly recent: Array<string | undefined> = new Array(512);

  constructor(
    protected readonly t: string,
    private readonly limits: FastLimits,
  ) {}

  protected count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) bail();
  }

  /** A key at `p` (plain or single-line quoted), ending just before its `:`; sets `this.end`. */
  protected key(p: number, block: boolean): string {
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

  /**
   * A scalar or flow collection starting at `p` on the current line (`flow`: inside `[...]`/`{...}`).
   * Sets `this.end` (just after it) and `this.entry` (its offset, or its record).
   */
  protected inline(p: number, depth: number, flow: boolean): unknown {
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
