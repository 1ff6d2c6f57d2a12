// The comment says what matters where a reader looks, and says it once: a pack skipped because it is
// not in effect yet stands outside the folded part, no reader ever sees an escaped backtick (the
// comment, the annotations, the editor's hover), and a reference is never printed twice in a sentence.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/report.js';
import { annotations } from '../../src/render/github.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { bundledLibrary, CLEAN_USE, declarationYaml, evaluateYaml, patch, TODAY } from '../helpers.js';
import { allNodes, headings, parse, plain, tables } from './md-tree.js';

const NEEDS = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
// talent-consent 1.0.0 takes effect after the evaluation date: it is skipped, and says so.
const skipped = evaluateYaml(declarationYaml([CLEAN_USE], { policies: ['netflix-genai@1', 'talent-consent@1'] }));
const unfolded = (md: string) => md.replace(/<details>[\s\S]*?<\/details>/g, '');

describe('quiet when there is nothing to say, plain where there is', () => {
  it('a skipped pack is said outside the folded part of the comment; its honest twin, a pack in effect, says nothing', () => {
    const md = renderMarkdown(skipped);
    expect(skipped.files[0]?.warnings.map((w) => w.code)).toContain('pack-not-in-effect');
    expect(plain(parse(unfolded(md)))).toMatch(/talent-consent[^\n]*not yet in effect[^\n]*it is skipped, and the other packs still decide/);
    const inEffect = renderMarkdown(evaluateYaml(declarationYaml([CLEAN_USE])));
    expect(plain(parse(unfolded(inEffect)))).not.toMatch(/skipped/);
  });

  it('no text a reader sees in the comment holds a backtick: identifiers in messages are code', () => {
    const md = renderMarkdown(skipped);
    const texts = allNodes(parse(md)).filter((n) => n.type === 'text');
    expect(texts.filter((n) => (n.value ?? '').includes('`')).map((n) => n.value)).toEqual([]);
    // The deprecation warning's pin is there, as code.
    expect(allNodes(parse(md)).some((n) => n.type === 'inlineCode' && n.value === 'policies: [netflix-genai@2]')).toBe(true);
  });

  it("the editor's hover (SARIF markdown) shows no escaped backtick", () => {
    const sarif = JSON.parse(renderSarif(evaluateYaml(declarationYaml([NEEDS])))) as { runs: Array<{ results: Array<{ message: { markdown?: string } }> }> };
    const hovers = sarif.runs.flatMap((r) => r.results.map((x) => x.message.markdown ?? ''));
    expect(hovers.length).toBeGreaterThan(0);
    for (const h of hovers) expect(allNodes(parse(h)).filter((n) => n.type === 'text' && (n.value ?? '').includes('`'))).toEqual([]);
  });

  it('an approval annotation names its reference once', () => {
    const approved = patch(NEEDS, { approvals: [{ ref: 'GENAI-2026-0042', rules: ['final-deliverable', 'prominent-element', 'vendor-pipeline'], approved_on: '2026-06-01' }] });
    const notes = annotations(evaluateYaml(declarationYaml([approved])), () => true).filter((a) => a.title === 'GenAI clearance: approval');
    expect(notes.map((a) => a.message)).toEqual(['title-card: approval GENAI-2026-0042: covers `vendor-pipeline`, which did not escalate for this use']);
  });
});

describe('one table per pack version: which version judged what', () => {
  const NEEDS_B = { ...NEEDS, id: 'end-card' };
  const two = evaluate({
    files: [
      { path: 'a/genai-usage.yml', text: declarationYaml([NEEDS]) },
      { path: 'b/genai-usage.yml', text: declarationYaml([NEEDS_B], { policies: ['netflix-genai@2'] }) },
    ],
    library: bundledLibrary(),
    today: TODAY,
  });

  it('the comment has a table per version, each headed by the version and the files it judged, each naming only its own uses', () => {
    const tree = parse(renderMarkdown(two));
    const heads = headings(tree).filter((h) => h.includes('netflix-genai@'));
    expect(heads).toEqual([expect.stringMatching(/netflix-genai@1\.0\.0.*a\/genai-usage\.yml/), expect.stringMatching(/netflix-genai@2\.0\.0.*b\/genai-usage\.yml/)]);
    const p4 = tables(tree).map((t) => t.find((row) => row[0]?.startsWith('P4'))?.[2]);
    expect(p4).toEqual([expect.stringMatching(/title-card$/), expect.stringMatching(/end-card$/)]);
  });

  it('the CLI text output shows each version with the files it judged', () => {
    const text = renderText(two, { color: false });
    expect(text).toMatch(/ {2}netflix-genai@1\.0\.0 judged a\/genai-usage\.yml\n/);
    expect(text).toMatch(/ {2}netflix-genai@2\.0\.0 judged b\/genai-usage\.yml\n/);
  });

  it('its honest twin: one version, one table, no heading', () => {
    const one = evaluate({
      files: [
        { path: 'a/genai-usage.yml', text: declarationYaml([NEEDS]) },
        { path: 'b/genai-usage.yml', text: declarationYaml([NEEDS_B]) },
      ],
      library: bundledLibrary(),
      today: TODAY,
    });
    expect(tables(parse(renderMarkdown(one)))).toHaveLength(1);
    expect(renderText(one, { color: false })).toMatch(/ {2}netflix-genai@1\.0\.0\n/);
  });
});

describe('the Cleared by cell', () => {
  const p4 = (rules: string[]) => {
    const use = patch(NEEDS, { approvals: [{ ref: 'GENAI-2026-0042', rules, approved_on: '2026-06-01' }] });
    return tables(parse(renderMarkdown(evaluateYaml(declarationYaml([use])))))[0]?.find((row) => row[0]?.startsWith('P4'));
  };
  it('does not name a ticket that cleared one rule of the principle while the use still needs another', () => {
    expect(p4(['final-deliverable'])).toEqual(['P4 Temporary, not final', '⚠️ Needs approval', 'title-card', '—']);
  });
  it('its honest twin: the ticket that cleared the principle for the use is named', () => {
    expect(p4(['final-deliverable', 'prominent-element'])).toEqual(['P4 Temporary, not final', '☑️ Approved', '—', 'GENAI-2026-0042']);
  });
});
