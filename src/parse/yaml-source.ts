import type { Alias, Document, Pair, ParsedNode, Scalar, YAMLMap, YAMLSeq, Node as YamlNode } from 'yaml';
import { isUtf8 } from 'node:buffer';
import type { Diagnostic, Position } from '../model/report.js';
import { formatCount } from '../util/order.js';
import { readFastYaml } from './fast-yaml.js';
import { yamlLib } from './yaml-lib.js';

// The `yaml` package is loaded only for files the fast reader leaves to it (see fast-yaml.ts).
const isAlias = (n: unknown): n is Alias => yamlLib().isAlias(n);
const isMap = (n: unknown): n is YAMLMap => yamlLib().isMap(n);
const isPair = (n: unknown): n is Pair => yamlLib().isPair(n);
const isScalar = (n: unknown): n is Scalar => yamlLib().isScalar(n);
const isSeq = (n: unknown): n is YAMLSeq => yamlLib().isSeq(n);

export type PathSegment = string | number;

export interface SourceLimits {
  /** Bytes. Large enough for a 10,000-shot series, small enough that a hostile file cannot exhaust memory. */
  maxBytes: number;
  maxDepth: number;
  /** Values in the document once aliases are expanded; refuses "billion laughs" without expanding it. */
  maxNodes: number;
  /**
   * Lines plus YAML indicators (`,` `[` `{`, and `-` `:` `?` before a space or a line end), counted
   * before parsing: the parser holds roughly half a kilobyte per token, so a file within `maxBytes`
   * made only of `1,1,1,…` or `#` lines would otherwise exhaust the heap. A realistic declaration has
   * about 0.08 per byte (≈1.3 million at `maxBytes`).
   */
  maxTokens: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxNodes: 5_000_000, maxTokens: 2_000_000 };

export interface ParsedSource {
  /** Undefined when `errors` is not empty. */
  value: unknown;
  errors: Diagnostic[];
  /** Position of the value at `path`, or of the deepest ancestor that exists. `key: true` points at the key. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Position;
}

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

// C0 controls other than tab, LF and CR, plus DEL (found by scanText): YAML 1.2 forbids them, and
// they hide text in reviews.

class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const START: Position = { line: 1, column: 1 };

export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  // Valid UTF-8 (nearly every file): Node's validator and decoder are several times faster than a
  // fatal TextDecoder, and give the same text once a leading BOM is dropped as TextDecoder drops it.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return {
      error: {
        code: 'invalid-utf8',
        message: `file is not valid UTF-8 (first bad byte at offset ${offset})`,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the longest valid prefix; cut points may split a character, so allow 3 bytes of slack.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    let ok = false;
    for (let cut = mid; cut >= Math.max(lo, mid - 3) && !ok; cut--) {
      try {
        decoder.decode(bytes.subarray(0, cut));
        ok = cut === mid;
      } catch {
        /* keep looking */
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `reader: 'full'` skips the fast reader (tests compare the two). */
export function parseYamlSource(input: string, limits: SourceLimits = DEFAULT_LIMITS, reader: 'auto' | 'full' = 'auto'): ParsedSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const failed = (errors: Diagnostic[]): ParsedSource => ({ value: undefined, errors, locate: () => START });

  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return failed([{ ...START, code: 'too-large', message: `file is larger than ${limits.maxBytes} bytes` }]);
  }
  const scan = scanText(text);
  if (scan.forbidden >= 0) {
    const before = text.slice(0, scan.forbidden).split('\n');
    return failed([
      {
        code: 'control-character',
        message: forbiddenMessage(text.charCodeAt(scan.forbidden)),
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
      },
    ]);
  }
  if (scan.tokens > limits.maxTokens) {
    return failed([{ ...START, code: 'too-large', message: `file has more than ${limits.maxTokens} lines and YAML indicators (\`,\` \`[\` \`{\` \`- \` \`: \`); split it into several declarations` }]);
  }
  if (scan.flowDepth > limits.maxDepth) {
    return failed([{ ...START, code: 'too-deep', message: `nesting is deeper than ${limits.maxDepth} levels` }]);
  }

  const directive = versionDirective(text);
  if (directive) return failed([directive]);

  // Plain block-style files (nearly all of them) are read without building a document model; the
  // reader gives up on anything outside its subset, and those files take the full path below.
  const fast = reader === 'auto' && !scan.unusual ? readFastYaml(text, limits, false) : undefined;
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

  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const positionOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs: Array<Document.Parsed>;
  try {
    // uniqueKeys is off because the library compares each key with every earlier one (quadratic: a
    // 40,000-key mapping took a minute); the Converter finds duplicates with a set instead.
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' }) as Array<Document.Parsed>;
  } catch (err) {
    return failed([{ ...START, code: 'unparseable', message: `YAML could not be parsed: ${(err as Error).message}` }]);
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length === 0) return failed([{ ...START, code: 'empty', message: 'file is empty: expected a mapping with `format: genai-usage/v1`' }]);

  const errors: Diagnostic[] = [];
  const tabs = docs.flatMap((doc) => doc.errors.filter((e) => e.code === 'TAB_AS_INDENT'));
  if (tabs[0]) {
    // The library reports every tab-indented line, in its own words; one plain error says it all.
    const lines = text.match(/^ *\t[ \t]*[^ \t\r\n#]/gm)?.length ?? 1;
    const more = lines > 1 ? ` (${formatCount(lines)} lines are indented with tabs)` : '';
    return failed([{ ...positionOf(tabs[0].pos[0]), code: 'tab-indentation', message: `YAML forbids tabs for indentation; use spaces${more}` }]);
  }
  for (const doc of docs) {
    for (const e of doc.errors) {
      const at = positionOf(e.pos[0]);
      errors.push({ ...at, code: yamlErrorCode(e.code), message: cleanYamlMessage(e.code, e.message, text, e.pos[0]) });
    }
  }
  if (docs.length > 1) {
    const second = docs[1];
    const at = second?.range ? positionOf(second.range[0]) : START;
    errors.push({ ...at, code: 'multiple-documents', message: `file holds ${docs.length} YAML documents; put everything in one` });
  }
  if (errors.length > 0) return failed(errors);

  const doc = docs[0] as Document.Parsed;
  if (doc.contents === null) {
    return failed([{ ...START, code: 'empty', message: 'file has no content: expected a mapping with `format: genai-usage/v1`' }]);
  }

  let value: unknown;
  try {
    const converter = new Converter(text, limits);
    value = converter.convert(doc.contents, 0).value;
    if (converter.duplicates.length > 0) {
      return failed(converter.duplicates.map((offset) => ({ ...positionOf(offset), code: 'duplicate-key', message: cleanYamlMessage('DUPLICATE_KEY', '', text, offset) })));
    }
  } catch (err) {
    if (err instanceof SourceError) return failed([{ ...positionOf(err.offset), code: err.code, message: err.message }]);
    if (err instanceof RangeError) return failed([{ ...START, code: 'too-deep', message: 'nesting is too deep to read' }]);
    throw err;
  }

  let anchors: Map<string, unknown> | undefined;
  const resolveAlias = (alias: Alias): unknown => {
    // Built once, on first need: Alias.resolve() re-walks the whole document on every call.
    anchors ??= anchorMap(doc);
    return anchors.get(alias.source);
  };
  return {
    value,
    errors: [],
    locate(path, options) {
      return positionOf(locateOffset(doc, path, options?.key ?? false, resolveAlias));
    },
  };
}

/** Offsets where lines start, as the `yaml` package's LineCounter records them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** LineCounter.linePos, on `lineStarts`: 1-based line and column (UTF-16 code units). */
function lineColumn(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (starts[low - 1] as number) + 1 };
}

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
// four times (this was ~20 % of reading a 10,000-use declaration).
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

function yamlErrorCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  // The library catches its own stack overflow on deeply nested block collections.
  if (code === 'RESOURCE_EXHAUSTION') return 'too-deep';
  return 'yaml-syntax';
}

function cleanYamlMessage(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]{1,80})/.exec(source.slice(offset))?.[1]?.trim();
    return `duplicate key${key ? ` \`${key}\`` : ''}: each key may appear once in a mapping`;
  }
  if (code === 'RESOURCE_EXHAUSTION') return 'nesting is too deep to read';
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return unquotedColonMessage(source, offset);
  // The library appends "at line L, column C" and a code frame; we report positions separately.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * `title: Dune: Part Two`: the second `: ` starts a mapping inside the value. The message shows the
 * line with its value quoted, which is the fix.
 */
function unquotedColonMessage(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
  const m = /^\s*(?:- +)?([^\s:#'"][^:#]*?):[ ]+(.*?)(?:[ ]+#.*)?$/.exec(line);
  const general = 'a `: ` inside an unquoted value starts another mapping; put the value in quotes';
  if (!m || (m[2] as string).length > 120) return general;
  return `${general}: ${m[1]}: ${JSON.stringify(m[2])}`;
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

interface Converted {
  value: unknown;
  /** Values this node stands for once aliases are expanded: what validation and evaluation will walk. */
  size: number;
  depth: number;
}

// Aliases are resolved to the value already built for their anchor (shared, never re-walked), and their
// expanded size and depth are counted: a "billion laughs" document is refused without being expanded.
class Converter {
  private readonly anchors = new Map<string, Converted>();
  private total = 0;
  /** Offsets of keys that repeat an earlier key of the same mapping. */
  readonly duplicates: number[] = [];
  constructor(
    private readonly text: string,
    private readonly limits: SourceLimits,
  ) {}

  convert(node: YamlNode | null | unknown, depth: number): Converted {
    if (depth > this.limits.maxDepth) {
      throw new SourceError('too-deep', `nesting is deeper than ${this.limits.maxDepth} levels`, offsetOf(node));
    }
    if (node === null || node === undefined) {
      this.count(1, node);
      return { value: null, size: 1, depth: 1 };
    }
    if (isAlias(node)) {
      const target = this.anchors.get((node as Alias).source);
      if (!target) throw new SourceError('yaml-syntax', `alias *${(node as Alias).source} has no anchor before it`, offsetOf(node));
      if (depth + target.depth > this.limits.maxDepth) {
        throw new SourceError('too-deep', `alias *${(node as Alias).source} nests deeper than ${this.limits.maxDepth} levels`, offsetOf(node));
      }
      this.count(target.size, node);
      return target;
    }
    this.checkTag(node as YamlNode);
    let result: Converted;
    if (isScalar(node)) result = { value: node.value, size: 1, depth: 1 };
    else if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item, depth + 1));
      result = { value: items.map((i) => i.value), size: 1 + sum(items), depth: 1 + maxDepth(items) };
    } else if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const parts: Converted[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number' && typeof key.value !== 'boolean')) {
          throw new SourceError('complex-key', 'mapping keys must be plain strings', offsetOf(key ?? node));
        }
        this.checkTag(key);
        const name = String(key.value);
        if (seen.has(name)) {
          this.duplicates.push(offsetOf(key));
          continue;
        }
        seen.add(name);
        const child = this.convert(pair.value, depth + 1);
        parts.push(child);
        // defineProperty: a key such as `__proto__` must become data, never a prototype.
        Object.defineProperty(out, name, { value: child.value, enumerable: true, writable: true, configurable: true });
      }
      result = { value: out, size: 1 + sum(parts), depth: 1 + maxDepth(parts) };
    } else throw new SourceError('unsupported-node', 'unsupported YAML node', offsetOf(node));
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, result);
    this.count(1, node);
    return result;
  }

  /** Adds what a node contributes to the expanded document; aliases contribute their whole target. */
  private count(size: number, node: unknown): void {
    this.total += size;
    if (this.total > this.limits.maxNodes) {
      throw new SourceError('too-many-nodes', `document expands to more than ${this.limits.maxNodes} values (an alias bomb?)`, offsetOf(node));
    }
  }

  private checkTag(node: YamlNode): void {
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      const shown = tag.replace('tag:yaml.org,2002:', '!!');
      // The node's range starts after its tag; point at the tag itself, where the reader will look.
      throw new SourceError('custom-tag', `tag ${shown} is not allowed: declarations are plain data`, this.tagOffset(offsetOf(node)));
    }
  }

  /**
   * Where the tag before the node at `at` starts: one of the few tokens before it (an anchor or a
   * comment may come between), possibly on an earlier line, as for `output: !!python/object` followed
   * by the mapping on the next lines.
   */
  private tagOffset(at: number): number {
    const t = this.text;
    const sep = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '[' || c === '{' || c === ',';
    let p = at - 1;
    for (let tokens = 0; tokens < 4 && p >= 0; tokens++) {
      while (p >= 0 && sep(t[p])) p--;
      while (p >= 0 && !sep(t[p])) p--;
      if (t[p + 1] === '!') return p + 1;
    }
    return at;
  }
}

const sum = (parts: Converted[]) => parts.reduce((n, p) => n + p.size, 0);
const maxDepth = (parts: Converted[]) => parts.reduce((n, p) => Math.max(n, p.depth), 0);

function offsetOf(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : 0;
}

function anchorMap(doc: Document.Parsed): Map<string, unknown> {
  const anchors = new Map<string, unknown>();
  yamlLib().visit(doc, {
    Node(_key, node) {
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor && !isAlias(node)) anchors.set(anchor, node);
    },
  });
  return anchors;
}

// One index per mapping, built on first lookup: every error in a file locates its path, and a linear
// search per lookup made a mapping with many unknown keys quadratic.
const pairIndexes = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();
function pairIndex(map: YAMLMap<unknown, unknown>): Map<string, Pair<unknown, unknown>> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    }
    pairIndexes.set(map, index);
  }
  return index;
}

function locateOffset(doc: Document.Parsed, path: readonly PathSegment[], wantKey: boolean, resolveAlias: (a: Alias) => unknown): number {
  let node: unknown = doc.contents;
  let last = offsetOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = resolveAlias(node as Alias);
    if (isMap(node) && typeof seg === 'string') {
      const pair = pairIndex(node).get(seg);
      if (!pair) return last;
      const isLast = i === path.length - 1;
      if (isLast && wantKey) return offsetOf(pair.key);
      node = pair.value ?? pair.key;
      last = offsetOf(pair.value ?? pair.key);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return last;
      node = item;
      last = offsetOf(item);
    } else {
      return last;
    }
  }
  return last;
}

export type { ParsedNode };
