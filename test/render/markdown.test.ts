import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { failReport, HOSTILE_FILE, hostileReport, passReport, twoPackReport } from './fixtures.js';
import { FORBIDDEN_TYPES, headings, itemTexts, MENTION, ofType, outerHtml, parse, plain, tables, textValues } from './md-tree.js';

const ZW = '\u200B';
const MAIN = 'productions/eternauta/genai-usage.yml';
const HEADER = ['Principle', 'Status', 'Needs approval', 'Cleared by'];
const FOOTER = { commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', runUrl: 'https://github.example/o/r/actions/runs/7' };

describe('renderMarkdown: failing report', () => {
  const md = renderMarkdown(failReport, { footer: FOOTER, notes: ['This PR edits `policy/`; it was judged by the base branch’s packs.'] });
  const tree = parse(md);

  it('opens with the title and a one-line verdict with counts', () => {
    expect(headings(tree)[0]).toBe('GenAI clearance');
    expect(plain(tree.children?.[1] ?? { type: 'x' })).toBe('❌ Merge blocked — 1 use needs written approval, 1 blocked, 1 file invalid');
  });

  it('passes the trusted notes through as markdown', () => {
    const quote = ofType(tree, 'blockquote')[0];
    expect(quote && plain(quote)).toBe('This PR edits policy/; it was judged by the base branch’s packs.');
    expect(quote && ofType(quote, 'inlineCode').map((n) => n.value)).toEqual(['policy/']);
  });

  it('has one principle table with exactly these cells (file prefix: the report has two files)', () => {
    expect(tables(tree)).toEqual([
      [
        HEADER,
        ['P1 No infringing output', '✅ Clear', '—', '—'],
        ['P2 No storing, reusing or training on inputs', '⚠️ Needs approval', `${MAIN} › crowd-voices`, '—'],
        ['P3 Enterprise-secured tools', '⚠️ Needs approval', `${MAIN} › crowd-voices`, '—'],
        ['P4 Temporary, not final', '⚠️ Needs approval', `${MAIN} › de-aging-lead`, 'GENAI-2025-0042'],
        ['P5 No talent or union replacement without consent', '⛔ Blocked', `${MAIN} › de-aging-lead (blocked)`, '—'],
      ],
    ]);
  });

  it('orders sections: needs action (invalid, blocked, pending), details, format-only note, footer', () => {
    expect(headings(tree)).toEqual(['GenAI clearance', 'Needs action', 'Invalid files', 'Blocked', 'Needs written approval', 'Approved', 'Clear', 'Warnings', 'Removed uses']);
    const order = ['### Needs action', '<details>', 'Approval references were only format-checked', '[workflow run]'].map((s) => md.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says exactly what is missing for each use that needs action', () => {
    const items = itemTexts(tree);
    const expected = [
      '❌ productions/broken/genai-usage.yml is invalid (2 errors)',
      'productions/broken/genai-usage.yml:1:1 Unknown key "foramt"; did you mean "format"? (unknown-key)',
      'productions/broken/genai-usage.yml:5:3 Missing required field production.title. (required)',
      `⛔ de-aging-lead (new) — New lines for the lead actor generated from a digital replica · ${MAIN}:45 — needs final-deliverable; blocked by talent-new-performance (no approval clears it)`,
      '⛔ talent-new-performance · P5 No talent or union replacement without consent · blocked: A digital replica is used for a new performance (talent.replica_use is "new-performance").',
      'Remedy: Remove the new performance, or restrict the replica to what was performed.',
      'To clear: no approval can clear this; only a change to the use (or to the policy) can',
      'Fired by: talent.replica_use = "new-performance" (line 58, column 20)',
      'Source: Netflix guidance §3.6, talent enhancement',
      '⚠️ final-deliverable · P4 Temporary, not final · needs approval: Generated audio appears in the final deliverable (output.final is true).',
      'Remedy: Get written approval before generated material goes into the final cut.',
      'To clear: attach a written approval that lists final-deliverable',
      'Fired by: output.final = true (line 54, column 14)',
      'Source: Netflix guidance §3.6',
      `⚠️ crowd-voices (changed) — Background crowd walla generated with a vendor tool · ${MAIN}:70 — needs tool-not-enterprise, tool-trains-on-inputs`,
      '⚠️ tool-not-enterprise · P3 Enterprise-secured tools · needs approval: Tool "Walla Gen" may not be covered by an enterprise agreement (tools[0].enterprise is unknown).',
      'Remedy: Use an enterprise-secured tool, or confirm it is one.',
      'To clear: attach a written approval that lists tool-not-enterprise',
      'Fired by: tools[0].enterprise = "unknown" (line 76, column 21, value unknown: uncertainty escalates)',
      'Source: Netflix guidance §3.6',
      '⚠️ tool-trains-on-inputs · P2 No storing, reusing or training on inputs · needs approval: Tool "Walla Gen" stores or trains on inputs (tools[0].trains_on_inputs is true).',
      'Remedy: Pick a tool that does not retain or train on production inputs.',
      'To clear: attach a written approval that lists tool-trains-on-inputs',
      'Fired by: tools[0].trains_on_inputs = true (line 77, column 27)',
      'Source: Netflix guidance §3.6',
      'Approval see email from Ana (line 84) was rejected: Reference "see email from Ana" does not match GENAI-YYYY-NNNN.',
    ];
    expect(items.slice(0, expected.length)).toEqual(expected);
  });

  it('folds clear and approved uses, notes, warnings and removed uses into one <details>', () => {
    // Besides each open use's own folded evidence, one <details> holds everything settled.
    expect(outerHtml(tree)).toEqual(['<details>\n<summary>Cleared and informational: 1 approved use, 1 clear use, 1 note, 1 warning, 1 removed use</summary>', '</details>']);
    expect(itemTexts(tree).slice(-6)).toEqual([
      `☑️ building-collapse — Collapse of a building in Buenos Aires, episode 6 · ${MAIN}:9`,
      '☑️ final-deliverable (P4): cleared by GENAI-2025-0042',
      `✅ storyboard-sketches — Concept sketches for the snowfall scene · ${MAIN}:36`,
      'ℹ️ ideation-only (P4): Ideation material; the platform contact must still be informed.',
      `⚠️ Approval GENAI-2025-0042: ${MAIN}:33:20 Approval GENAI-2025-0042 expires on 2026-12-01, in 8 days. (approval-expiring)`,
      `${MAIN} › old-matte-painting`,
    ]);
  });

  it('warns that approvals were only format-checked, and ends with pack, date, commit and run link', () => {
    const paragraphs = ofType(tree, 'paragraph').map(plain);
    expect(paragraphs).toContain(
      '⚠️ Approval references were only format-checked. No approval ledger was configured, so a reference that looks right is accepted without proof that anyone granted it.',
    );
    expect(paragraphs.at(-1)).toBe(`Policy netflix-genai@1.0.0 · evaluated on 2026-11-23 · commit ${FOOTER.commit} · workflow run · genai-clearance 0.1.0`);
    expect(ofType(tree, 'link').map((n) => n.url)).toEqual([FOOTER.runUrl]);
  });

  it('renders a run URL that could break out of the link as text', () => {
    const md2 = renderMarkdown(failReport, { footer: { runUrl: 'https://x.example/a) [y](https://evil.example' } });
    expect(ofType(parse(md2), 'link')).toEqual([]);
  });
});

describe('renderMarkdown: passing report', () => {
  const tree = parse(renderMarkdown(passReport));

  it('has a ✅ verdict, no needs-action section, no ledger warning, no file prefix in the table', () => {
    expect(plain(tree.children?.[1] ?? { type: 'x' })).toBe('✅ Clear to merge — 2 uses, 1 clear, 1 approved');
    expect(headings(tree)).toEqual(['GenAI clearance', 'Approved', 'Clear', 'Warnings']);
    expect(plain(tree)).not.toContain('format-checked');
    expect(tables(tree)[0]?.[4]).toEqual(['P4 Temporary, not final', '☑️ Approved', '—', 'GENAI-2025-0042']);
    expect(ofType(tree, 'link')).toEqual([]);
  });

  it('honours a custom title', () => {
    expect(headings(parse(renderMarkdown(passReport, { title: 'GenAI clearance — series-a' })))[0]).toBe('GenAI clearance — series-a');
  });
});

describe('renderMarkdown: two packs', () => {
  const tree = parse(renderMarkdown(twoPackReport));

  it('groups the principles per pack under a small heading each', () => {
    expect(headings(tree).slice(1, 3)).toEqual(['Netflix GenAI guidance (netflix-genai@1.0.0)', 'SAG-AFTRA 2023 AI terms (sag-aftra-ai@2023.1.0)']);
    const [netflix, sag] = tables(tree);
    expect(netflix?.map((r) => r.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(netflix?.[5]).toEqual(['P5 No talent or union replacement without consent', '⚠️ Needs approval', 'series-a/genai-usage.yml › voice-double', 'GENAI-2026-0007']);
    expect(sag).toEqual([
      HEADER,
      ['P1 Informed consent for digital replicas', '⚠️ Needs approval', 'series-a/genai-usage.yml › voice-double', 'GENAI-2026-0008'],
      ['P2 Compensation for replica use', '✅ Clear', '—', '—'],
      ['P3 No synthetic performers in place of members', '✅ Clear', '—', '—'],
    ]);
  });
});

describe('renderMarkdown: compact form', () => {
  const full = parse(renderMarkdown(failReport));
  const compact = parse(renderMarkdown(failReport, { form: 'compact' }));

  it('keeps verdict, table and needs-action list, drops details and per-finding detail', () => {
    expect(tables(compact)).toEqual(tables(full));
    expect(ofType(compact, 'html')).toEqual([]);
    expect(headings(compact)).toEqual(['GenAI clearance', 'Needs action', 'Invalid files', 'Blocked', 'Needs written approval']);
    const items = itemTexts(compact);
    expect(items).toContain('talent-new-performance (P5): A digital replica is used for a new performance (talent.replica_use is "new-performance"). — cannot be approved · line 58');
    expect(items).toContain(
      'tool-not-enterprise (P3): Tool "Walla Gen" may not be covered by an enterprise agreement (tools[0].enterprise is unknown). — needs approval for tool-not-enterprise · line 76',
    );
    expect(items.some((t) => t.startsWith('Remedy:'))).toBe(false);
  });
});

describe('renderMarkdown: hostile declaration', () => {
  const md = renderMarkdown(hostileReport);
  const tree = parse(md);
  const prefix = `${HOSTILE_FILE} › `;

  it('still yields exactly the expected table, cell by cell', () => {
    const expectedUses = [
      `@${ZW}octocat`,
      `@${ZW}org/team`,
      `[link](https:${ZW}//evil.example)`,
      '<script>alert(1)</script>',
      'a|b||c\\|d',
      '`code` ``x``',
      '<!-- hidden --> -->',
      `${'x'.repeat(79)}…`,
      'line1 line2 line3 line4 Tabnulbelesc[31mredabcdcba',
      `see https:${ZW}//evil.example/p now www${ZW}.evil.example`,
    ].map((id) => prefix + id);
    expect(tables(tree)).toEqual([
      [
        HEADER,
        [
          'P1 No infringing output',
          '☑️ Approved',
          '—',
          [`[GENAI-1](https:${ZW}//evil.example) @${ZW}org/team`, '<!-- hidden --> -->', `![img](https:${ZW}//evil.example/x.png)**bold** _em_ ~~s~~`].join(', '),
        ],
        [`P2 Hostile [link](https:${ZW}//evil.example) @${ZW}octocat title | with pipe`, '✅ Clear', '—', '—'],
        ['P3 Enterprise-secured tools', '✅ Clear', '—', '—'],
        ['P4 Temporary, not final', '⚠️ Needs approval', expectedUses.join(', '), '—'],
        ['P5 No talent or union replacement without consent', '✅ Clear', '—', '—'],
      ],
    ]);
  });

  it('contains no links, images, references or footnotes, and no HTML but its own <details>', () => {
    for (const type of FORBIDDEN_TYPES) expect(ofType(tree, type)).toEqual([]);
    expect(outerHtml(tree)).toEqual(['<details>\n<summary>Cleared and informational: 1 approved use, 4 warnings, 2 removed uses</summary>', '</details>']);
  });

  it('mentions nobody, and no autolink text survives', () => {
    for (const text of textValues(tree)) {
      expect(text).not.toMatch(MENTION);
      expect(text).not.toMatch(/https?:\/\/|www\./i);
    }
  });

  it('has no comment terminator, control or bidi characters, and no untruncated long string', () => {
    expect(md).not.toContain('-->');
    expect(md).not.toContain('<!--');
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(md).not.toMatch(/x{501}/);
  });

  it('keeps the emoji use id intact', () => {
    expect(itemTexts(tree).filter((t) => t.startsWith('☑️ 🎬👩🏽‍🎤🇦🇷 — '))).toHaveLength(1);
  });
});
