import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, Node as YamlNode, ParsedNode } from 'yaml';
import type { Diagnostic, Position } from '../model/report.js';

export type PathSegment = string | number;

export interface SourceLimits {
  /** Bytes. Large enough for a 10,000-shot series, small enough that a hostile file cannot exhaust memory. */
  maxBytes: number;
  maxDepth: number;
  /** Values in the document once aliases are expanded; refuses "billion laughs" without expanding it. */
  maxNodes: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxNodes: 5_000_000 };

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

// C0 controls other than tab, LF and CR, plus DEL: YAML 1.2 forbids them, and they hide text in reviews.
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

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

export function parseYamlSource(input: string, limits: SourceLimits = DEFAULT_LIMITS): ParsedSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineCounter = new LineCounter();
  const positionOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const failed = (errors: Diagnostic[]): ParsedSource => ({ value: undefined, errors, locate: () => START });

  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return failed([{ ...START, code: 'too-large', message: `file is larger than ${limits.maxBytes} bytes` }]);
  }
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) {
    const before = text.slice(0, bad.index).split('\n');
    return failed([
      {
        code: 'control-character',
        message: `control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed`,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
      },
    ]);
  }
  const flowDepth = maxFlowDepth(text);
  if (flowDepth > limits.maxDepth) {
    return failed([{ ...START, code: 'too-deep', message: `nesting is deeper than ${limits.maxDepth} levels` }]);
  }

  let docs: Array<Document.Parsed>;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' }) as Array<Document.Parsed>;
  } catch (err) {
    return failed([{ ...START, code: 'unparseable', message: `YAML could not be parsed: ${(err as Error).message}` }]);
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length === 0) return failed([{ ...START, code: 'empty', message: 'file is empty: expected a mapping with `format: genai-usage/v1`' }]);

  const errors: Diagnostic[] = [];
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
    value = new Converter(text, limits).convert(doc.contents, 0).value;
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

// The parser recurses on flow collections; refuse absurd bracket depth before handing it the text.
function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    else if (c === 0x0a) depth = Math.min(depth, 1024);
  }
  return max;
}

function yamlErrorCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  return 'yaml-syntax';
}

function cleanYamlMessage(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]{1,80})/.exec(source.slice(offset))?.[1]?.trim();
    return `duplicate key${key ? ` \`${key}\`` : ''}: each key may appear once in a mapping`;
  }
  // The library appends "at line L, column C" and a code frame; we report positions separately.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
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
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number' && typeof key.value !== 'boolean')) {
          throw new SourceError('complex-key', 'mapping keys must be plain strings', offsetOf(key ?? node));
        }
        this.checkTag(key);
        const child = this.convert(pair.value, depth + 1);
        parts.push(child);
        // defineProperty: a key such as `__proto__` must become data, never a prototype.
        Object.defineProperty(out, String(key.value), { value: child.value, enumerable: true, writable: true, configurable: true });
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
      const at = offsetOf(node);
      const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
      let bang = this.text.lastIndexOf('!', at);
      while (bang > lineStart && this.text[bang - 1] === '!') bang--;
      throw new SourceError('custom-tag', `tag ${shown} is not allowed: declarations are plain data`, bang >= lineStart ? bang : at);
    }
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
  visit(doc, {
    Node(_key, node) {
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor && !isAlias(node)) anchors.set(anchor, node);
    },
  });
  return anchors;
}

function locateOffset(doc: Document.Parsed, path: readonly PathSegment[], wantKey: boolean, resolveAlias: (a: Alias) => unknown): number {
  let node: unknown = doc.contents;
  let last = offsetOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = resolveAlias(node as Alias);
    if (isMap(node) && typeof seg === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
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
