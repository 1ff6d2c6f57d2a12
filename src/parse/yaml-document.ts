import type { Alias, Document, Pair, YAMLMap } from 'yaml';
import type { Diagnostic, Position } from '../model/report.js';
import type { SourceLimits } from './limits.js';
import { failed, type ParsedSource, type PathSegment, START } from './parsed-source.js';
import { Converter, SourceError } from './yaml-convert.js';
import { yamlLib } from './yaml-lib.js';
import { cleanYamlMessage, misindentedLine, tabIndentationMessage, unclosedFlow, yamlErrorCode } from './yaml-messages.js';
import { isAlias, isMap, isScalar, isSeq, offsetOf } from './yaml-nodes.js';

/** The full YAML 1.2 path, through the `yaml` package: every file the fast reader leaves, and every error message. */
export function readYamlDocument(text: string, limits: SourceLimits): ParsedSource {
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
  if (docs.length === 0) return failed([{ ...START, code: 'empty', message: 'file is empty: expected a mapping with `format: genai-usage/v2` (`genai-clearance init` writes a starter)' }]);

  const errors: Diagnostic[] = [];
  const tabs = docs.flatMap((doc) => doc.errors.filter((e) => e.code === 'TAB_AS_INDENT'));
  if (tabs[0]) return failed([{ ...positionOf(tabs[0].pos[0]), code: 'tab-indentation', message: tabIndentationMessage(text) }]);
  // An unclosed bracket or a mis-indented line makes the library report its consequences too; the
  // cause is the one error, with its fix.
  const causes = new Map<number, Diagnostic>();
  for (const e of docs.flatMap((doc) => doc.errors)) {
    if (e.code === 'DUPLICATE_KEY' || e.code === 'RESOURCE_EXHAUSTION') continue;
    const flow = unclosedFlow(e.code, e.message, text, e.pos[0]);
    const found = flow ?? misindentedLine(text, e.pos[0]);
    if (found) causes.set(found.offset, { ...positionOf(found.offset), code: flow ? 'yaml-syntax' : 'indentation', message: found.message });
  }
  if (causes.size > 0) return failed([...causes.values()].sort((a, b) => a.line - b.line || a.column - b.column));
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
    return failed([{ ...START, code: 'empty', message: 'file has no content: expected a mapping with `format: genai-usage/v2` (`genai-clearance init` writes a starter)' }]);
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
