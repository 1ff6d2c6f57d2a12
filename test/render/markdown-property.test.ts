import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { plainText } from '../../src/render/escape.js';
import { fitMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { file, finding, HOSTILE, netflixRows, report, use } from './fixtures.js';
import { FORBIDDEN_TYPES, MENTION, ofType, outerHtml, parse, tables, textValues } from './md-tree.js';

const HOSTILE_ALPHABET = [
  ...'|`<>![]()*_~@#&;:/\\.-=+$"\'{}^%1 \n\r\t',
  ...'httpswwwx.example',
  '\u0000',
  '\u001b',
  '\u0085',
  '\u2028',
  '\u202E',
  '\u200B',
  '\uD800',
  '🎬',
  '<!--',
  '-->',
  '](',
  'https://',
  'www.',
  '@org/',
  '&#64;',
  '&amp;',
];

/** Full Unicode, the characters markdown and GitHub react to, and the known attack strings. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE_ALPHABET), maxLength: 40 }),
  fc.constantFrom(...Object.values(HOSTILE)),
  fc.array(fc.constantFrom(...Object.values(HOSTILE), ...HOSTILE_ALPHABET), { maxLength: 8 }).map((parts) => parts.join('')),
);

const PATH = 'genai-usage.yml';

function randomReport(id: string, summary: string, ref: string, value: string, message: string): Report {
  return report({
    files: [
      file({
        path: PATH,
        uses: [
          use({
            id,
            summary,
            outcome: 'needs-approval',
            findings: [
              finding({ rule: 'final-deliverable', principle: 'P4', status: 'needs-approval', message, paths: [{ path: 'output.final', value, reason: 'match', line: 3, column: 4 }] }),
              finding({ rule: 'ideation-only', principle: 'P1', status: 'approved', approval: ref, message }),
            ],
            approvals: [{ ref, line: 9, column: 9, rules: ['ideation-only'], status: 'valid', cleared: ['ideation-only'], problems: [{ code: 'approval-expiring', message, line: 9, column: 9 }] }],
          }),
        ],
        warnings: [{ code: 'x', message, line: 1, column: 1 }],
      }),
    ],
    principles: netflixRows({
      1: { status: 'approved', approvedBy: [ref] },
      4: { status: 'needs-approval', needsApproval: [{ file: PATH, use: id }] },
    }),
  });
}

/** A reader sees the sanitised text; the zero-width spaces that defuse mentions and links are invisible. */
const visible = (s: string): string => s.replace(/\u200B/g, '');

describe('markdown under random declaration text', () => {
  it('keeps the table shape and exact cells, and never yields links, images or foreign HTML', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, hostileString, hostileString, fc.constantFrom('full' as const, 'compact' as const), (id, summary, ref, value, message, form) => {
        const md = renderMarkdown(randomReport(id, summary, ref, value, message), { form });
        const tree = parse(md);
        const [table, ...more] = tables(tree);
        expect(more).toEqual([]);
        expect(table?.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
        const itemMax = form === 'full' ? 80 : 60;
        expect(visible(table?.[4]?.[2] ?? '')).toBe(visible(plainText(id, itemMax)));
        expect(visible(table?.[1]?.[3] ?? '')).toBe(visible(plainText(ref, itemMax)));
        for (const type of FORBIDDEN_TYPES) expect(ofType(tree, type)).toEqual([]);
        const html = outerHtml(tree);
        if (form === 'full') expect(html).toEqual([expect.stringMatching(/^<details>\n<summary>Cleared and informational: [a-z0-9 ,]+<\/summary>$/), '</details>']);
        else expect(html).toEqual([]);
        for (const text of textValues(tree)) expect(text).not.toMatch(MENTION);
        expect(md).not.toContain('-->');
      }),
      { numRuns: 300 },
    );
  });

  it('fits any of them into a small comment without breaking markup', () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.integer({ min: 200, max: 6000 }), (id, summary, max) => {
        const fitted = fitMarkdown(randomReport(id, summary, id, summary, summary), {}, max);
        expect(fitted.body.length).toBeLessThanOrEqual(max);
        const tree = parse(fitted.body);
        for (const type of FORBIDDEN_TYPES) expect(ofType(tree, type)).toEqual([]);
        for (const t of tables(tree)) expect(t.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
      }),
      { numRuns: 100 },
    );
  });
});
