import type { Alias, Node as YamlNode } from 'yaml';
import type { SourceLimits } from './limits.js';
import { isAlias, isMap, isPair, isScalar, isSeq, offsetOf } from './yaml-nodes.js';

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** A refusal found deep in the conversion, carried out with the offset of the node that caused it. */
export class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Converted {
  value: unknown;
  /** Values this node stands for once aliases are expanded: what validation and evaluation will walk. */
  size: number;
  depth: number;
}

// Aliases are resolved to the value already built for their anchor (shared, never re-walked), and their
// expanded size and depth are counted: a "billion laughs" document is refused without being expanded.
export class Converter {
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
