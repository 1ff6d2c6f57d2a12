// Fitting the comment into a size limit: the forms and layouts, measuring a body without building it,
// the truncation note, and the per-report cache of what a layout shows.

import type { Report } from '../model/report.js';
import { formatCount } from '../util/order.js';
import { truncate } from './escape.js';
import type { MarkdownOptions } from './markdown-content.js';
import { actionGroups, detailsBlock, head, tables, tail } from './markdown-content.js';
import type { Context, Group, Layout } from './markdown-layout.js';
import { provenanceBlock } from './markdown-provenance.js';
import { failureParts, passParts, plural, principleLookup } from './words.js';

export type MarkdownForm = 'full' | 'compact' | 'truncated';

export interface FittedMarkdown {
  body: string;
  form: MarkdownForm;
  /** What was left out, for logs: `details`, `needs-action: 2,990 of 3,000 items`, … */
  dropped: string[];
}

const DEFAULT_TRUNCATION_NOTE = 'The full report is in the job summary.';

// Most detail first: fitMarkdown falls back through them in this order.
const FULL: Layout = { details: true, verbose: true, cellItems: 10, itemMax: 80, textMax: 500, listMax: 50 };
const COMPACT: Layout = { details: false, verbose: false, cellItems: 5, itemMax: 60, textMax: 160, listMax: 5 };
const TIGHT: Layout = { ...COMPACT, cellItems: 2, itemMax: 40, textMax: 100, listMax: 3 };
const COUNTS_ONLY: Layout = { ...TIGHT, cellItems: 0 };

interface Sections {
  head: string[];
  tables: string[];
  action: Group[];
  details?: string;
  provenance?: string;
  tail: string[];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return [...markdownChunks(report, options)].join('');
}

/** The bytes of `renderMarkdown` in pieces, for a writer that sends each on as it comes. */
export function* markdownChunks(report: Report, options: MarkdownOptions = {}): Generator<string> {
  const layout = options.form === 'compact' ? COMPACT : FULL;
  yield* composeChunks(sections(report, options, layout), {});
}

/**
 * The longest form that fits in `maxChars` (JS string length): full, then compact, then compact with
 * whole items of the needs-action list (and then table lists) left out, with a note saying so.
 * Cuts happen only between blocks or list items, never inside markup. `maxChars` is the room left
 * for the body: a caller that adds a hidden marker or anything else subtracts it first.
 */
export function fitMarkdown(report: Report, options: MarkdownOptions, maxChars: number): FittedMarkdown {
  // Lengths are computed (lengthOf), not composed: the body is composed once, in the form that fits.
  const fullSections = sections(report, options, FULL, true);
  if (lengthOf(fullSections, {}) <= maxChars) return { body: compose(fullSections, {}), form: 'full', dropped: [] };

  const compact = sections(report, options, COMPACT, true);
  const hadDetails = fullSections.details !== undefined;
  const compactDropped = hadDetails ? ['details', 'remedies and fired values'] : ['remedies and fired values'];
  const compactNote = { note: truncationNote(options, compactDropped) };
  if (lengthOf(compact, compactNote) <= maxChars) return { body: compose(compact, compactNote), form: 'compact', dropped: compactDropped };

  for (const layout of [COMPACT, TIGHT, COUNTS_ONLY]) {
    const s = layout === COMPACT ? compact : sections(report, options, layout, true);
    const total = s.action.reduce((n, g) => n + g.items.length, 0);
    const droppedFor = (shown: number): string[] => [
      ...compactDropped,
      ...(shown < total ? [`needs-action: ${formatCount(total - shown)} of ${formatCount(total)} items`] : []),
      ...(layout === TIGHT ? ['table: lists shortened'] : []),
      ...(layout === COUNTS_ONLY ? ['table: counts only'] : []),
    ];
    const attempt = (shown: number) => ({ shown, note: truncationNote(options, droppedFor(shown)) });
    if (lengthOf(s, attempt(0)) > maxChars) continue;
    // Longer with every item shown, so the largest fitting count is found by bisection.
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (lengthOf(s, attempt(mid)) <= maxChars) lo = mid;
      else hi = mid - 1;
    }
    return { body: compose(s, attempt(lo)), form: 'truncated', dropped: droppedFor(lo) };
  }

  // Not even the verdict and the table fit: keep the verdict alone, as plain text if need be.
  const dropped = ['table', 'needs-action', ...compactDropped];
  const minimal = `${[...compact.head.slice(0, 2), truncationNote(options, dropped)].join('\n\n')}\n`;
  if (minimal.length <= maxChars) return { body: minimal, form: 'truncated', dropped };
  const plain = `${report.decision === 'pass' ? 'Passed' : 'Failed'}: ${(report.decision === 'pass' ? passParts(report) : failureParts(report)).join(', ')}`;
  return { body: truncate(plain, maxChars), form: 'truncated', dropped };
}

function truncationNote(options: MarkdownOptions, dropped: string[]): string {
  return `> ✂️ **Shortened to fit** (left out: ${dropped.join('; ')}). ${options.truncationNote ?? DEFAULT_TRUNCATION_NOTE}`;
}

/** The blocks of the body, in order; `compose` joins them, `lengthOf` only adds up their lengths. */
function blocksOf(s: Sections, opts: { shown?: number; note?: string }, each: (block: string | { items: string[]; count: number }) => void): void {
  for (const block of s.head) each(block);
  if (opts.note !== undefined) each(opts.note);
  for (const block of s.tables) each(block);
  const total = s.action.reduce((n, g) => n + g.items.length, 0);
  if (total > 0) {
    each('### Needs action');
    let budget = opts.shown ?? total;
    for (const group of s.action) {
      if (budget <= 0) break;
      const count = Math.min(group.items.length, budget);
      budget -= count;
      if (count > 0) {
        each(`#### ${group.heading}`);
        each({ items: group.items, count });
      }
    }
    const shown = Math.min(opts.shown ?? total, total);
    if (shown < total) each(`_…and ${plural(total - shown, 'more item')} not shown._`);
  }
  if (s.details !== undefined) each(s.details);
  if (s.provenance !== undefined) each(s.provenance);
  for (const block of s.tail) each(block);
}

function compose(s: Sections, opts: { shown?: number; note?: string }): string {
  return [...composeChunks(s, opts)].join('');
}

/** `compose` in pieces of about 64 K characters: a 50,000-use report is never one string. */
function* composeChunks(s: Sections, opts: { shown?: number; note?: string }): Generator<string> {
  const pieces: string[] = [];
  blocksOf(s, opts, (b) => {
    if (pieces.length > 0) pieces.push('\n\n');
    if (typeof b === 'string') pieces.push(b);
    else for (let i = 0; i < b.count; i++) pieces.push(...(i > 0 ? ['\n', b.items[i] as string] : [b.items[i] as string]));
  });
  pieces.push('\n');
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** `compose(s, opts).length`, without building the string. */
function lengthOf(s: Sections, opts: { shown?: number; note?: string }): number {
  let length = 0;
  let blocks = 0;
  blocksOf(s, opts, (b) => {
    blocks++;
    if (typeof b === 'string') length += b.length;
    else length += itemsLength(b.items, b.count);
  });
  return length + 2 * Math.max(0, blocks - 1) + 1;
}

/** Length of the first `count` items joined by newlines, from prefix sums kept per list. */
const prefixSums = new WeakMap<string[], number[]>();
function itemsLength(items: string[], count: number): number {
  let sums = prefixSums.get(items);
  if (!sums) {
    sums = [0];
    for (const item of items) sums.push((sums.at(-1) as number) + item.length);
    prefixSums.set(items, sums);
  }
  return (sums[count] as number) + count - 1;
}

/** What a layout shows of a report, which no option changes: built once per report and layout. */
type Body = Pick<Sections, 'tables' | 'action' | 'details' | 'provenance'> & { commands?: ReadonlyMap<string, string> | undefined };
const bodies = new WeakMap<Report, Map<Layout, Body>>();

function body(report: Report, layout: Layout, reuse: boolean, commands?: ReadonlyMap<string, string>): Body {
  const cached = reuse ? bodies.get(report)?.get(layout) : undefined;
  if (cached && cached.commands === commands) return cached;
  const ctx: Context = { report, layout, lookup: principleLookup(report), multiFile: report.files.length > 1, commands };
  const details = layout.details ? detailsBlock(ctx) : undefined;
  const provenance = provenanceBlock(ctx);
  const built: Body = { tables: tables(ctx), action: actionGroups(ctx), ...(details !== undefined ? { details } : {}), ...(provenance !== undefined ? { provenance } : {}), commands };
  if (reuse) {
    let byLayout = bodies.get(report);
    if (!byLayout) bodies.set(report, (byLayout = new Map()));
    byLayout.set(layout, built);
  }
  return built;
}

/**
 * `reuse`: the Action fits one report several times (the comment, its resolved form, the job
 * summary), with different notes and limits but the same body; a report is not changed once rendered.
 */
function sections(report: Report, options: MarkdownOptions, layout: Layout, reuse = false): Sections {
  return {
    head: head(report, options),
    ...body(report, layout, reuse, options.commands),
    tail: tail(report, options),
  };
}
