// The PR comment and the job summary. Order follows what a reviewer needs: verdict, the principle table,
// what must be done (with exactly what is missing), then everything else folded away, then provenance.
// Every string from a declaration goes through escape.ts; `notes`, the title and the footer come from
// the Action and are trusted.
import { formatCount } from '../util/order.js';
import { markdownTable } from 'markdown-table';
import type { ApprovalReport, Diagnostic, FileReport, Finding, PrincipleRow, Report, UseRef, UseReport } from '../model/report.js';
import { escapeMarkdown, markdownCode, markdownCodeLine, truncate } from './escape.js';
import {
  FINDING_STATUS_LABEL,
  OUTCOME_LABEL,
  PRINCIPLE_STATUS_LABEL,
  capitalise,
  diagnosticPlace,
  clearance,
  failureParts,
  findingPrinciple,
  isOpen,
  packLabel,
  passParts,
  plural,
  principleLookup,
  principleName,
  principlesByPack,
  showValue,
  usesWithOutcome,
  type PrincipleLookup,
} from './words.js';

export type MarkdownForm = 'full' | 'compact' | 'truncated';

export interface MarkdownOptions {
  form?: 'full' | 'compact';
  footer?: { commit?: string; runUrl?: string };
  /** Trusted text from the Action (e.g. "This PR edits policy/…"), rendered as-is. */
  notes?: string[];
  title?: string;
  /** Where the reader finds what `fitMarkdown` left out. */
  truncationNote?: string;
  /**
   * The line a reviewer pastes to approve a use, by `path#use-id` (from the Action, which knows who
   * may approve): shown under the use, as code to copy.
   */
  commands?: ReadonlyMap<string, string>;
}

export interface FittedMarkdown {
  body: string;
  form: MarkdownForm;
  /** What was left out, for logs: `details`, `needs-action: 2,990 of 3,000 items`, … */
  dropped: string[];
}

export const DEFAULT_TITLE = 'GenAI clearance';
const DEFAULT_TRUNCATION_NOTE = 'The full report is in the job summary.';
const TABLE_HEADER = ['Principle', 'Status', 'Needs approval', 'Cleared by'];
const NONE = '—';

/** How much of each part is shown; successive layouts trade detail for length. */
interface Layout {
  details: boolean;
  /** Remedies, fired values and rejected approvals under each open finding. */
  verbose: boolean;
  /** Use refs / approval refs listed per table cell; 0 = counts only. */
  cellItems: number;
  itemMax: number;
  textMax: number;
  /** Errors per file, fired paths per finding. */
  listMax: number;
}

const FULL: Layout = { details: true, verbose: true, cellItems: 10, itemMax: 80, textMax: 500, listMax: 50 };
const COMPACT: Layout = { details: false, verbose: false, cellItems: 5, itemMax: 60, textMax: 160, listMax: 5 };
const TIGHT: Layout = { ...COMPACT, cellItems: 2, itemMax: 40, textMax: 100, listMax: 3 };
const COUNTS_ONLY: Layout = { ...TIGHT, cellItems: 0 };

interface Group {
  heading: string;
  /** One markdown list item each (with its nested lines); the unit that truncation keeps or drops. */
  items: string[];
}

interface Sections {
  head: string[];
  tables: string[];
  action: Group[];
  details?: string;
  tail: string[];
}

interface Context {
  report: Report;
  layout: Layout;
  lookup: PrincipleLookup;
  multiFile: boolean;
  commands?: ReadonlyMap<string, string> | undefined;
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
type Body = Pick<Sections, 'tables' | 'action' | 'details'> & { commands?: ReadonlyMap<string, string> | undefined };
const bodies = new WeakMap<Report, Map<Layout, Body>>();

function body(report: Report, layout: Layout, reuse: boolean, commands?: ReadonlyMap<string, string>): Body {
  const cached = reuse ? bodies.get(report)?.get(layout) : undefined;
  if (cached && cached.commands === commands) return cached;
  const ctx: Context = { report, layout, lookup: principleLookup(report), multiFile: report.files.length > 1, commands };
  const details = layout.details ? detailsBlock(ctx) : undefined;
  const built: Body = { tables: tables(ctx), action: actionGroups(ctx), ...(details !== undefined ? { details } : {}), commands };
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
    head: [
      `## ${escapeMarkdown(options.title ?? DEFAULT_TITLE)}`,
      verdict(report),
      ...(options.notes ?? []).map((note) =>
        note
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      ),
    ],
    ...body(report, layout, reuse, options.commands),
    tail: tail(report, options),
  };
}

function verdict(report: Report): string {
  return report.decision === 'pass' ? `✅ **Clear to merge** — ${passParts(report).join(', ')}` : `❌ **Merge blocked** — ${failureParts(report).join(', ')}`;
}

function tables(ctx: Context): string[] {
  const groups = principlesByPack(ctx.report).filter((g) => g.rows.length > 0);
  if (groups.length === 0) return ['_No policy principles were evaluated._'];
  const several = groups.length > 1;
  return groups.flatMap((group) => {
    const table = markdownTable([TABLE_HEADER, ...group.rows.map((row) => principleRow(ctx, row))], {
      // Aligned delimiters pad every cell to the widest one: pure length, no readability in a comment.
      alignDelimiters: false,
    });
    if (!several) return [table];
    const name = group.ref ? `${escapeMarkdown(group.ref.title)} (${markdownCode(packLabel(group.ref))})` : markdownCode(group.pack);
    return [`### ${name}`, table];
  });
}

function principleRow(ctx: Context, row: PrincipleRow): string[] {
  const status = PRINCIPLE_STATUS_LABEL[row.status];
  const uses = [...row.blocked.map((ref) => `${useRef(ctx, ref)} (blocked)`), ...row.needsApproval.map((ref) => useRef(ctx, ref))];
  const refs = [...new Set(row.approvedBy)].map((ref) => escapeMarkdown(ref, ctx.layout.itemMax));
  return [escapeMarkdown(principleName(row), ctx.layout.textMax), `${status.emoji} ${capitalise(status.word)}`, cellList(ctx, uses, 'use'), cellList(ctx, refs, 'approval')];
}

function cellList(ctx: Context, items: string[], noun: string): string {
  if (items.length === 0) return NONE;
  const max = ctx.layout.cellItems;
  if (max === 0) return plural(items.length, noun);
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, +${formatCount(items.length - max)} more` : shown;
}

function useRef(ctx: Context, ref: UseRef): string {
  const use = escapeMarkdown(ref.use, ctx.layout.itemMax);
  return ctx.multiFile ? `${escapeMarkdown(ref.file, ctx.layout.itemMax)} › ${use}` : use;
}

/** `line 12` in a single-file report, `path:12` when several files could be meant. */
function useWhere(ctx: Context, file: FileReport, use: UseReport): string {
  return ctx.multiFile ? escapeMarkdown(`${file.path}:${use.line}`, ctx.layout.textMax) : `line ${use.line}`;
}

function actionGroups(ctx: Context): Group[] {
  const { report, layout } = ctx;
  const groups: Group[] = [];
  if (report.errors.length > 0) {
    groups.push({ heading: 'Policy errors', items: report.errors.map((d) => `- ❌ ${diagnostic(ctx, d)}`) });
  }
  const invalid = report.files.filter((f) => f.status === 'invalid');
  if (invalid.length > 0) {
    groups.push({
      heading: 'Invalid files',
      items: invalid.map((file) => {
        const errors = file.errors.slice(0, layout.listMax).map((d) => `  - ${diagnostic(ctx, d, file.path)}`);
        if (file.errors.length > layout.listMax) errors.push(`  - _…and ${plural(file.errors.length - layout.listMax, 'more error')}_`);
        return [`- ❌ **${escapeMarkdown(file.path, layout.textMax)}** is invalid (${plural(file.errors.length, 'error')})`, ...errors].join('\n');
      }),
    });
  }
  const blocked = usesWithOutcome(report, 'blocked');
  const pending = usesWithOutcome(report, 'needs-approval');
  if (blocked.length > 0) groups.push({ heading: 'Blocked', items: blocked.map((u) => useItem(ctx, u.file, u.use)) });
  if (pending.length > 0) groups.push({ heading: 'Needs written approval', items: pending.map((u) => useItem(ctx, u.file, u.use)) });
  return groups;
}

function diagnostic(ctx: Context, d: Diagnostic, listedUnder?: string): string {
  const place = diagnosticPlace(d, listedUnder);
  const message = `${escapeMarkdown(d.message, ctx.layout.textMax)} (${markdownCode(d.code)})`;
  return place === undefined ? message : `${escapeMarkdown(place, ctx.layout.textMax)} ${message}`;
}

function useHeadline(ctx: Context, file: FileReport, use: UseReport, summaryMax = ctx.layout.verbose ? ctx.layout.textMax : ctx.layout.itemMax): string {
  const change = use.change === 'added' ? ' (new)' : use.change === 'changed' ? ' (changed)' : '';
  const summary = escapeMarkdown(use.summary, summaryMax);
  return `- ${OUTCOME_LABEL[use.outcome].emoji} **${escapeMarkdown(use.id, ctx.layout.itemMax)}**${change} — ${summary} · ${useWhere(ctx, file, use)}`;
}

/**
 * One short entry per use that needs action: what it is, what it needs, and the line to paste; the
 * evidence (messages, remedies, fired values, sources, rejected approvals) folded beneath it.
 */
function useItem(ctx: Context, file: FileReport, use: UseReport): string {
  const open = use.findings.filter(isOpen);
  if (!ctx.layout.verbose) return [useHeadline(ctx, file, use), ...open.map((f) => `  - ${compactFinding(ctx, use, f)}`)].join('\n');
  const needs = [...new Set(open.filter((f) => f.status === 'needs-approval').map((f) => markdownCode(f.rule)))];
  const blocks = [...new Set(open.filter((f) => f.status === 'blocked').map((f) => markdownCode(f.rule)))];
  const what = [needs.length > 0 ? `needs ${needs.join(', ')}` : '', blocks.length > 0 ? `blocked by ${blocks.join(', ')} (no approval clears it)` : ''].filter(Boolean).join('; ');
  const lines = [`${useHeadline(ctx, file, use, ctx.layout.itemMax)} — ${what}`];
  const command = ctx.commands?.get(`${file.path}#${use.id}`);
  if (command) lines.push(`  ${markdownCodeLine(command, 1200)}`);
  const evidence = open.flatMap((f) => verboseFinding(ctx, use, f));
  for (const approval of use.approvals.filter((a) => a.status === 'invalid')) evidence.push(`  - ${rejectedApproval(ctx, approval)}`);
  lines.push('', '  <details><summary>Why, and how to clear it</summary>', '', ...evidence, '', '  </details>', '');
  return lines.join('\n');
}

function principleShort(ctx: Context, finding: Finding): string {
  const row = ctx.lookup(finding.pack, finding.principle);
  return row ? row.id : finding.principle;
}

function verboseFinding(ctx: Context, use: UseReport, finding: Finding): string[] {
  const { layout } = ctx;
  const principle = escapeMarkdown(findingPrinciple(ctx.lookup, finding), layout.textMax);
  const head = `  - ${FINDING_STATUS_LABEL[finding.status].emoji} ${markdownCode(finding.rule)} · ${principle} · ${FINDING_STATUS_LABEL[finding.status].word}: ${escapeMarkdown(finding.message, layout.textMax)}`;
  const lines = [head, `    - Remedy: ${escapeMarkdown(finding.remedy, layout.textMax)}`, `    - To clear: ${clearance(finding, markdownCode)}`];
  const fired = finding.paths.slice(0, layout.listMax).map((p) => {
    const unknown = p.reason === 'unknown' ? ', value unknown: uncertainty escalates' : '';
    return `${markdownCode(p.path, layout.itemMax)} = ${markdownCode(showValue(p.value), layout.itemMax)} (line ${p.line}, column ${p.column}${unknown})`;
  });
  if (fired.length === 0) fired.push(`the use as a whole (line ${use.line})`);
  if (finding.paths.length > layout.listMax) fired.push(`+${finding.paths.length - layout.listMax} more`);
  lines.push(`    - Fired by: ${fired.join('; ')}`);
  lines.push(`    - Source: ${escapeMarkdown(finding.source, layout.textMax)}`);
  return lines;
}

function compactFinding(ctx: Context, use: UseReport, finding: Finding): string {
  const lines = finding.paths.length > 0 ? finding.paths.slice(0, ctx.layout.listMax).map((p) => p.line) : [use.line];
  const where = `${lines.length === 1 ? 'line' : 'lines'} ${[...new Set(lines)].join(', ')}`;
  const clear = finding.status === 'blocked' ? 'cannot be approved' : `needs approval for ${markdownCode(finding.rule)}`;
  return `${markdownCode(finding.rule)} (${principleShort(ctx, finding)}): ${escapeMarkdown(finding.message, ctx.layout.textMax)} — ${clear} · ${where}`;
}

function rejectedApproval(ctx: Context, approval: ApprovalReport): string {
  const why = approval.problems.map((p) => escapeMarkdown(p.message, ctx.layout.textMax)).join('; ') || 'not accepted';
  return `Approval ${escapeMarkdown(approval.ref, ctx.layout.itemMax)} (line ${approval.line}) was rejected: ${why}`;
}

function detailsBlock(ctx: Context): string | undefined {
  const { report } = ctx;
  const located = report.files.flatMap((file) => file.uses.map((use) => ({ file, use })));
  const approved = usesWithOutcome(report, 'approved');
  const clear = usesWithOutcome(report, 'clear');
  const alsoOnOpen = located.filter((u) => (u.use.outcome === 'blocked' || u.use.outcome === 'needs-approval') && u.use.findings.some((f) => !isOpen(f)));
  const warnings = report.files.flatMap((file) => [
    ...file.warnings.map((d) => `- ⚠️ ${diagnostic(ctx, d, file.path)}`),
    ...file.uses.flatMap((use) =>
      use.approvals
        // Rejected approvals of uses that need action are already shown where the action is.
        .filter((a) => a.status === 'valid' || use.outcome === 'clear' || use.outcome === 'approved')
        .flatMap((a) => a.problems.map((d) => `- ⚠️ Approval ${escapeMarkdown(a.ref, ctx.layout.itemMax)}: ${diagnostic(ctx, d, file.path)}`)),
    ),
  ]);
  const removed = report.files.flatMap((file) =>
    (file.removedUses ?? []).map((id) => `- ${ctx.multiFile ? `${escapeMarkdown(file.path, ctx.layout.itemMax)} › ` : ''}${escapeMarkdown(id, ctx.layout.itemMax)}`),
  );

  const withSettled = (u: { file: FileReport; use: UseReport }): string =>
    [useHeadline(ctx, u.file, u.use), ...u.use.findings.filter((f) => !isOpen(f)).map((f) => `  - ${settledFinding(ctx, f)}`)].join('\n');
  const parts: [string, string[]][] = [
    ['Approved', approved.map(withSettled)],
    ['Clear', clear.map(withSettled)],
    ['Also on uses that need action', alsoOnOpen.map(withSettled)],
    ['Warnings', warnings],
    ['Removed uses', removed],
  ];
  const present = parts.filter(([, items]) => items.length > 0);
  if (present.length === 0) return undefined;

  const noted = located.reduce((n, u) => n + u.use.findings.filter((f) => f.status === 'noted').length, 0);
  const summary = [
    approved.length > 0 ? plural(approved.length, 'approved use') : '',
    clear.length > 0 ? plural(clear.length, 'clear use') : '',
    noted > 0 ? plural(noted, 'note') : '',
    warnings.length > 0 ? plural(warnings.length, 'warning') : '',
    removed.length > 0 ? plural(removed.length, 'removed use') : '',
  ].filter((s) => s !== '');
  const body = present.map(([heading, items]) => `#### ${heading}\n\n${items.join('\n')}`).join('\n\n');
  return `<details>\n<summary>Cleared and informational: ${summary.join(', ') || 'details'}</summary>\n\n${body}\n\n</details>`;
}

function settledFinding(ctx: Context, finding: Finding): string {
  const label = FINDING_STATUS_LABEL[finding.status];
  const principle = principleShort(ctx, finding);
  const what =
    finding.status === 'approved'
      ? `cleared by ${finding.approval !== undefined ? escapeMarkdown(finding.approval, ctx.layout.itemMax) : 'an approval'}`
      : escapeMarkdown(finding.message, ctx.layout.textMax);
  return `${label.emoji} ${markdownCode(finding.rule)} (${principle}): ${what}`;
}

function tail(report: Report, options: MarkdownOptions): string[] {
  const blocks: string[] = [];
  if (report.approvalMode === 'format-only') {
    blocks.push('> ⚠️ **Approval references were only format-checked.** No approval ledger was configured, so a reference that looks right is accepted without proof that anyone granted it.');
  }
  const facts = [report.packs.length > 0 ? `Policy ${report.packs.map((p) => markdownCode(packLabel(p))).join(', ')}` : 'No policy pack', `evaluated on ${escapeMarkdown(report.evaluatedOn)}`];
  const { commit, runUrl } = options.footer ?? {};
  if (commit !== undefined) facts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit : escapeMarkdown(commit)}`);
  // The only link the renderer writes, and only for a URL that cannot break out of the destination.
  if (runUrl !== undefined) facts.push(/^https?:\/\/[^\s<>()\\]+$/.test(runUrl) ? `[workflow run](${runUrl})` : escapeMarkdown(runUrl));
  facts.push(escapeMarkdown(`${report.tool.name} ${report.tool.version}`));
  blocks.push('---', facts.join(' · '));
  return blocks;
}
