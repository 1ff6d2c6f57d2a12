import { describe, expect, it } from 'vitest';
import { fitMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { bigReport, failReport, hostileReport, passReport } from './fixtures.js';
import { FORBIDDEN_TYPES, itemTexts, ofType, outerHtml, parse, plain, tables } from './md-tree.js';

const COMMENT_LIMIT = 65_536;
const big = bigReport(3000);

/** The table as rendered for the big report: P4 lists the first uses and counts the rest. */
function expectIntactTable(markdown: string, listed: number): void {
  const [table, ...others] = tables(parse(markdown));
  expect(others).toEqual([]);
  expect(table?.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
  const ids = Array.from({ length: listed }, (_, i) => `use-${String(i).padStart(5, '0')}`);
  expect(table?.[4]).toEqual(['P4 Temporary, not final', '⚠️ Needs approval', `${ids.join(', ')}, +${(3000 - listed).toLocaleString('en-US')} more`, '—']);
}

describe('fitMarkdown', () => {
  it('returns the full form unchanged when it fits', () => {
    const fitted = fitMarkdown(passReport, {}, COMMENT_LIMIT);
    expect(fitted).toEqual({ body: renderMarkdown(passReport), form: 'full', dropped: [] });
  });

  it('falls back to the compact form, without <details>, when only that fits', () => {
    const full = renderMarkdown(failReport).length;
    const fitted = fitMarkdown(failReport, {}, full - 1);
    expect(fitted.form).toBe('compact');
    expect(fitted.dropped).toEqual(['details', 'remedies and fired values']);
    expect(fitted.body.length).toBeLessThan(full);
    const tree = parse(fitted.body);
    expect(ofType(tree, 'html')).toEqual([]);
    expect(plain(tree)).toContain('Shortened to fit (left out: details; remedies and fired values). The full report is in the job summary.');
  });

  it('fits 3,000 uses into a comment, table intact, whole items only, and says so', () => {
    const fitted = fitMarkdown(big, {}, COMMENT_LIMIT);
    expect(fitted.form).toBe('truncated');
    expect(fitted.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expectIntactTable(fitted.body, 5);

    const tree = parse(fitted.body);
    const uses = itemTexts(tree).filter((t) => t.startsWith('⚠️ use-'));
    const more = /…and ([\d,]+) more items not shown\./.exec(plain(tree));
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.length + Number(more?.[1]?.replace(/,/g, ''))).toBe(3000);
    // Every listed use is complete: headline plus its finding line.
    expect(itemTexts(tree).filter((t) => t.startsWith('final-deliverable (P4)'))).toHaveLength(uses.length);
    expect(fitted.dropped).toEqual(['remedies and fired values', `needs-action: ${(3000 - uses.length).toLocaleString('en-US')} of 3,000 items`]);
    expect(plain(tree)).toContain('Shortened to fit');
    expect(plain(tree)).toContain('The full report is in the job summary.');
  });

  it("fits 3,000 uses into 5,000 characters, with the caller's pointer to the full report", () => {
    const fitted = fitMarkdown(big, { truncationNote: 'The full report is attached to the workflow run.' }, 5000);
    expect(fitted.form).toBe('truncated');
    expect(fitted.body.length).toBeLessThanOrEqual(5000);
    expectIntactTable(fitted.body, 5);
    expect(plain(parse(fitted.body))).toContain('The full report is attached to the workflow run.');
  });

  it('shortens, then counts, the table lists when the table itself is what does not fit', () => {
    const refs = Array.from({ length: 3000 }, (_, i) => ({ file: 'f.yml', use: `a-rather-long-use-identifier-for-plate-${i}-of-the-anthology` }));
    const wide = { ...big, principles: big.principles.map((row) => ({ ...row, status: 'needs-approval' as const, needsApproval: refs })) };
    const tight = fitMarkdown(wide, {}, 1800);
    expect(tight.body.length).toBeLessThanOrEqual(1800);
    expect(tight.dropped).toContain('table: lists shortened');
    expect(tables(parse(tight.body))[0]?.[1]?.[2]).toBe('a-rather-long-use-identifier-for-plate-…, a-rather-long-use-identifier-for-plate-…, +2,998 more');
    const counts = fitMarkdown(wide, {}, 1100);
    expect(counts.body.length).toBeLessThanOrEqual(1100);
    expect(counts.dropped).toContain('table: counts only');
    expect(tables(parse(counts.body))[0]?.[1]).toEqual(['P1 No infringing output', '⚠️ Needs approval', '3,000 uses', '—']);
  });

  it('never exceeds the limit nor leaves broken markup, at any size', () => {
    for (const report of [big, failReport, hostileReport]) {
      for (const max of [40, 120, 400, 1000, 2500, 8000, 20_000]) {
        const fitted = fitMarkdown(report, { footer: { runUrl: 'https://github.example/r/1' } }, max);
        expect(fitted.body.length).toBeLessThanOrEqual(max);
        const tree = parse(fitted.body);
        const html = outerHtml(tree);
        expect(html.length === 0 || (html.length === 2 && html[0]?.startsWith('<details>\n<summary>') && html[1] === '</details>')).toBe(true);
        for (const type of FORBIDDEN_TYPES.filter((t) => t !== 'link')) expect(ofType(tree, type)).toEqual([]);
        for (const table of tables(tree)) for (const row of table) expect(row).toHaveLength(4);
        if (fitted.form !== 'full') expect(fitted.dropped.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('fitMarkdown, fitted once', () => {
  // The form and the items kept are chosen from computed lengths; the body is composed once.
  it('keeps exactly what fits: the body it returns fits its own length, and one character less does not', () => {
    for (const report of [passReport, failReport, hostileReport, bigReport(400)]) {
      for (const limit of [20_000, 8_000, 3_000, 1_200]) {
        const fitted = fitMarkdown(report, { footer: { commit: 'a'.repeat(40) } }, limit);
        expect(fitted.body.length).toBeLessThanOrEqual(limit);
        expect(fitMarkdown(report, { footer: { commit: 'a'.repeat(40) } }, fitted.body.length)).toEqual(fitted);
        const tighter = fitMarkdown(report, { footer: { commit: 'a'.repeat(40) } }, fitted.body.length - 1);
        expect(tighter.body.length).toBeLessThan(fitted.body.length);
      }
    }
  });

  it('fits a report the same after other fits of it with other notes and limits', () => {
    const report = bigReport(400);
    const fresh = (options: Parameters<typeof fitMarkdown>[1], limit: number) => fitMarkdown(structuredClone(report), options, limit);
    const runs: [Parameters<typeof fitMarkdown>[1], number][] = [
      [{ notes: ['⚠️ a note'] }, 5_000],
      [{ notes: ['✅ Resolved', '⚠️ a note'], footer: { commit: 'abc1234' } }, 5_000],
      [{ truncationNote: 'See the JSON report.' }, 1_000_000],
      [{ title: 'Other title' }, 2_000],
    ];
    for (const [options, limit] of runs) expect(fitMarkdown(report, options, limit)).toEqual(fresh(options, limit));
  });
});
