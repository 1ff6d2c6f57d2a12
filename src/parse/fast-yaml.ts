// A fast reader for the plain block-style YAML that declarations and packs are written in, with the
// offset of every key and value kept for `locate`. The `yaml` package builds a full document model
// (3.8 s and 421 MB for a 5 MB file); this reads the same file in a small fraction of that.
//
// It is a strict subset reader, not a second YAML parser: it accepts only constructs whose meaning it
// is sure of — block mappings and sequences, single-line plain and quoted scalars, single-line flow
// collections, comments — and gives up (returns undefined) on anything else: anchors, aliases, tags,
// block scalars, multi-line scalars, document markers, directives, tabs, complex or duplicate keys,
// empty values, unusual characters, odd indentation. Whatever it gives up on is read by the `yaml`
// package, which also produces every error message. So when it does accept a file, the
// value and every position are exactly what the `yaml` path gives (test/parse/fast-yaml.test.ts
// checks this differentially), and every error still comes from one place.

import { BAIL, bail, type FastLimits, InlineReader } from './fast-inline.js';
import { locateOffset, type Rec, type Segment } from './fast-locate.js';
import { COLON, CR, DASH, DQ, HASH, isBlockKeyChar, isKeyStart, SP, SQ } from './fast-scalars.js';

export type { FastLimits } from './fast-inline.js';
export type { Segment } from './fast-locate.js';

export interface FastDocument {
  value: unknown;
  /** Offset of the value at `path`, or of the deepest ancestor that exists; `key` points at the key. */
  locateOffset(path: readonly Segment[], key: boolean): number;
}

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

/** The block structure: content lines, their indentation, and the mappings and sequences they make. */
class Reader extends InlineReader {
  // The current content line: start offset and indentation (its end is `le`).
  private ls = 0;
  private ind = 0;
  private eof = false;
  private next = 0; // offset where the line after the current one starts

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
      locateOffset: (path, wantKey) => locateOffset(value, root, path, wantKey),
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

  /** After a value ends at `p` on the current line: only spaces and a comment may follow. */
  private endOfLine(p: number): void {
    const t = this.t;
    let q = p;
    while (q < this.le && t.charCodeAt(q) === SP) q++;
    if (q < this.le && !(t.charCodeAt(q) === HASH && q > p)) bail();
    this.advance(this.next);
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
