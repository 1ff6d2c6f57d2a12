// `--format json` is the report model itself: the model's field names are the documented contract, so
// nothing here reshapes it. Same report in, same bytes out (key order is the model's construction order).
//
// `jsonChunks` yields exactly the bytes of `renderJson`, a piece at a time: a 50,000-use report is
// over a hundred megabytes as one string, and a writer that takes the pieces one by one never holds
// more than a batch of uses beyond its buffer. The top levels (report, files, file, uses) are walked
// here; the uses, and everything else below, are left to JSON.stringify, which is much faster than a walk.
import type { Report } from '../model/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Report → files[] → file → uses[] (a SARIF log → runs[] → run → results[]): below that, values are written whole. */
const WALKED_DEPTH = 4;
const CHUNK_CHARS = 1 << 16;
/** Elements written whole are stringified this many at a time. */
const BATCH = 64;

/** `value` as `JSON.stringify(value, null, 2)` and a newline write it, in pieces (a report, a SARIF log). */
export function* jsonChunks(value: Report | object): Generator<string> {
  let buffer = '';
  for (const piece of walk(value, '', 0)) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

function* walk(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= WALKED_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    if (depth + 1 >= WALKED_DEPTH) {
      for (let i = 0; i < value.length; i += BATCH) yield `${i > 0 ? ',\n' : ''}${elements(value.slice(i, i + BATCH), indent)}`;
    } else {
      for (let i = 0; i < value.length; i++) {
        yield `${i > 0 ? ',\n' : ''}${inner}`;
        // Array elements JSON cannot represent are written as null, as JSON.stringify writes them.
        const element: unknown = value[i];
        if (representable(element)) yield* walk(element, inner, depth + 1);
        else yield 'null';
      }
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    // …and object members it cannot represent are left out.
    if (!representable(member)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* walk(member, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

const representable = (v: unknown): boolean => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** A value as JSON.stringify writes it nested under `indent`: its inner lines carry the outer indent. */
function whole(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  // JSON strings never hold a raw newline, so every newline is one of the layout's own.
  return indent !== '' && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

/**
 * The elements of an array whose own indent is `indent`, as JSON.stringify writes them there: the
 * batch is nested in as many arrays as the indent has levels, so JSON.stringify indents it itself,
 * and the brackets around it are cut off.
 */
function elements(batch: unknown[], indent: string): string {
  let wrapped: unknown = batch;
  const levels = indent.length / 2;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Level i opens with `${'  '.repeat(i)}[\n` and closes with `\n${'  '.repeat(i)}]`.
  let cut = 0;
  for (let i = 0; i <= levels; i++) cut += 2 * i + 2;
  return text.slice(cut, text.length - cut);
}
