import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderJunit } from '../../src/render/junit.js';
import { failReport, file, finding, HOSTILE, HOSTILE_FILE, hostileReport, netflixRows, passReport, report, twoPackReport, use } from './fixtures.js';

interface El {
  name: string;
  attributes: Record<string, string>;
  children: El[];
  text: string;
}

/** A strict XML 1.0 parse (saxes rejects anything not well-formed, including forbidden characters). */
function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)?.children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  const [doc] = root.children;
  if (!doc) throw new Error('empty document');
  return doc;
}

const kids = (el: El | undefined, name: string): El[] => el?.children.filter((c) => c.name === name) ?? [];

function suites(r: Report): El[] {
  return kids(parseXml(renderJunit(r)), 'testsuite');
}

describe('renderJunit', () => {
  it('is well-formed, with totals on <testsuites>', () => {
    // The parser is strict enough to catch what this renderer must avoid.
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a b="<"/>')).toThrow();
    const xml = renderJunit(failReport);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(parseXml(xml).attributes).toEqual({ name: 'genai-clearance', tests: '22', failures: '4', errors: '1', skipped: '0', time: '0' });
  });

  it('has a suite per file and a uniquely named case per (use, principle)', () => {
    const [main, broken] = suites(failReport);
    expect(main?.attributes).toMatchObject({ name: 'productions/eternauta/genai-usage.yml', tests: '21', failures: '4', errors: '0' });
    const names = kids(main, 'testcase').map((c) => c.attributes.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 7)).toEqual([
      'declaration is valid',
      'building-collapse › P1 No infringing output',
      'building-collapse › P2 No storing, reusing or training on inputs',
      'building-collapse › P3 Enterprise-secured tools',
      'building-collapse › P4 Temporary, not final',
      'building-collapse › P5 No talent or union replacement without consent',
      'storyboard-sketches › P1 No infringing output',
    ]);
    expect(kids(main, 'testcase').every((c) => c.attributes.classname === 'productions/eternauta/genai-usage.yml')).toBe(true);
    expect(kids(kids(main, 'properties')[0], 'property').map((p) => [p.attributes.name, p.attributes.value])).toEqual([
      ['policies', 'netflix-genai@1.0.0'],
      ['evaluatedOn', '2026-11-23'],
      ['approvalMode', 'format-only'],
    ]);

    const error = kids(kids(broken, 'testcase')[0], 'error')[0];
    expect(error?.attributes).toEqual({ type: 'declaration-invalid', message: '2 errors in productions/broken/genai-usage.yml' });
    expect(error?.text).toBe(
      'productions/broken/genai-usage.yml:1:1: Unknown key "foramt"; did you mean "format"? (unknown-key)\n' +
        'productions/broken/genai-usage.yml:5:3: Missing required field production.title. (required)',
    );
  });

  it('fails blocked and unapproved principles with the findings, and passes approved ones with a note', () => {
    const cases = kids(suites(failReport)[0], 'testcase');
    const byName = (name: string): El | undefined => cases.find((c) => c.attributes.name === name);
    const blocked = kids(byName('de-aging-lead › P5 No talent or union replacement without consent'), 'failure')[0];
    expect(blocked?.attributes.type).toBe('blocked');
    expect(blocked?.text).toBe(
      [
        'productions/eternauta/genai-usage.yml:58:20: talent-new-performance [block] A digital replica is used for a new performance (talent.replica_use is "new-performance").',
        'remedy: Remove the new performance, or restrict the replica to what was performed.',
        'to clear: no approval can clear this; only a change to the use (or to the policy) can',
        'source: Netflix guidance §3.6, talent enhancement',
      ].join('\n'),
    );
    expect(kids(byName('crowd-voices › P3 Enterprise-secured tools'), 'failure')[0]?.attributes).toEqual({
      type: 'needs-approval',
      message: 'needs approval: Tool "Walla Gen" may not be covered by an enterprise agreement (tools[0].enterprise is unknown).',
    });
    const approved = byName('building-collapse › P4 Temporary, not final');
    expect(kids(approved, 'failure')).toEqual([]);
    expect(kids(approved, 'system-out')[0]?.text).toBe('approved: final-deliverable cleared by GENAI-2025-0042');
    expect(kids(byName('crowd-voices › P1 No infringing output'), 'failure')).toEqual([]);
  });

  it('reports a passing declaration with no failures', () => {
    expect(parseXml(renderJunit(passReport)).attributes).toMatchObject({ tests: '11', failures: '0', errors: '0' });
  });

  it('names the pack in each case when a file uses several', () => {
    const names = kids(suites(twoPackReport)[0], 'testcase').map((c) => c.attributes.name);
    expect(names).toContain('voice-double › sag-aftra-ai P1 Informed consent for digital replicas');
    expect(names).toContain('voice-double › netflix-genai P5 No talent or union replacement without consent');
    expect(names).toHaveLength(1 + 8);
  });

  it('keeps names unique even when use ids repeat', () => {
    const dup = report({
      files: [file({ path: 'd.yml', uses: [use({ id: 'dup', outcome: 'clear' }), use({ id: 'dup', outcome: 'clear' })] })],
      principles: netflixRows(),
    });
    const names = kids(suites(dup)[0], 'testcase').map((c) => c.attributes.name);
    expect(names.filter((n) => n?.startsWith('dup › P1'))).toEqual(['dup › P1 No infringing output', 'dup › P1 No infringing output (2)']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('survives the hostile declaration: parses, decodes to the sanitised text, unique names', () => {
    const xml = renderJunit(hostileReport);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u202E]/);
    const [main, evil, policy] = suites(hostileReport);
    const names = kids(main, 'testcase').map((c) => c.attributes.name ?? '');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('<script>alert(1)</script> › P4 Temporary, not final');
    expect(names).toContain('<!-- hidden --> --> › P4 Temporary, not final');
    expect(names).toContain('line1 line2 line3 line4 Tabnulbelesc[31mredabcdcba › P1 No infringing output');
    expect(names).toContain(`${'x'.repeat(119)}… › P5 No talent or union replacement without consent`);
    expect(main?.attributes.name).toBe(HOSTILE_FILE);
    expect(evil?.attributes.name).toBe('evil <img src=x>|@octocat/[x](https://evil.example)/genai-usage.yml');
    expect(kids(kids(policy, 'testcase')[0], 'error')[0]?.attributes.type).toBe('policy-error');
    const failure = kids(main, 'testcase').flatMap((c) => kids(c, 'failure'))[0];
    expect(failure?.text).toContain(`${HOSTILE.command} ${HOSTILE.percent}`);
  });

  it('encodes a message with every XML-special character and a newline', () => {
    const r = report({
      files: [
        file({
          path: 'x.yml',
          uses: [use({ id: 'u', outcome: 'needs-approval', findings: [finding({ rule: 'r', principle: 'P1', status: 'needs-approval', message: `a&b<c>"d'e]]>f\ng` })] })],
        }),
      ],
      principles: netflixRows(),
    });
    const failure = kids(kids(suites(r)[0], 'testcase')[1], 'failure')[0];
    expect(failure?.attributes.message).toBe(`needs approval: a&b<c>"d'e]]>f g`);
    expect(failure?.text.split('\n')[0]).toBe(`x.yml:1:5: r [escalate] a&b<c>"d'e]]>f g`);
  });
});
