import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { failReport, hostileReport, passReport } from './fixtures.js';

const ANSI = /\u001b\[\d+m/g;

describe('renderText', () => {
  const plain = renderText(failReport, { color: false });
  const lines = plain.split('\n');

  it('prints file errors compiler-style at the start of a line', () => {
    expect(lines).toContain('productions/broken/genai-usage.yml (invalid) — Broken');
    expect(lines).toContain('productions/broken/genai-usage.yml:1:1: error: Unknown key "foramt"; did you mean "format"? (unknown-key)');
    expect(lines).toContain('productions/broken/genai-usage.yml:5:3: error: Missing required field production.title. (required)');
    expect(lines).toContain('productions/eternauta/genai-usage.yml:84:16: warning: approval see email from Ana: Reference "see email from Ana" does not match GENAI-YYYY-NNNN. (approval-ref-format)');
    expect(lines).toContain('productions/eternauta/genai-usage.yml:33:20: warning: approval GENAI-2025-0042: Approval GENAI-2025-0042 expires on 2026-12-01, in 8 days. (approval-expiring)');
  });

  it('prints a policy error without a file under the tool name, and with one at its place', () => {
    const r = {
      ...passReport,
      decision: 'fail' as const,
      errors: [
        { code: 'policy-dir-missing', message: 'No policy directory policy/.', line: 1, column: 1 },
        { code: 'ledger-invalid', file: 'ledger.yml', message: 'Bad entry.', line: 4, column: 2 },
      ],
    };
    const out = renderText(r, { color: false }).split('\n');
    expect(out.slice(0, 2)).toEqual(['genai-clearance: error: No policy directory policy/. (policy-dir-missing)', 'ledger.yml:4:2: error: Bad entry. (ledger-invalid)']);
    expect(out.at(-2)).toBe('FAIL 2 policy errors');
  });

  it('prints each use with its outcome, then its findings with location, remedy and what clears them', () => {
    const start = lines.indexOf('  blocked        de-aging-lead (added) — New lines for the lead actor generated from a digital replica');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 9)).toEqual([
      '    productions/eternauta/genai-usage.yml:58:20: blocked talent-new-performance [P5 No talent or union replacement without consent] A digital replica is used for a new performance (talent.replica_use is "new-performance").',
      '        talent.replica_use = "new-performance" at 58:20',
      '        remedy: Remove the new performance, or restrict the replica to what was performed.',
      '        to clear: no approval can clear this; only a change to the use (or to the policy) can',
      '    productions/eternauta/genai-usage.yml:54:14: needs approval final-deliverable [P4 Temporary, not final] Generated audio appears in the final deliverable (output.final is true).',
      '        output.final = true at 54:14',
      '        remedy: Get written approval before generated material goes into the final cut.',
      '        to clear: attach a written approval that lists final-deliverable',
    ]);
    expect(lines).toContain('        tools[0].enterprise = "unknown" at 76:21 (unknown: uncertainty escalates)');
    expect(lines).toContain('        cleared by GENAI-2025-0042');
  });

  it('ends with the principles, the ledger note and one decision line', () => {
    expect(lines.slice(-11)).toEqual([
      '  netflix-genai@1.0.0',
      '    P1 No infringing output                            clear',
      '    P2 No storing, reusing or training on inputs       needs approval',
      '    P3 Enterprise-secured tools                        needs approval',
      '    P4 Temporary, not final                            needs approval',
      '    P5 No talent or union replacement without consent  blocked',
      '',
      'note: approval references were only format-checked (no approval ledger configured).',
      'genai-clearance 0.1.0 · netflix-genai@1.0.0 · evaluated on 2026-11-23',
      'FAIL 1 use needs written approval, 1 blocked, 1 file invalid',
      '',
    ]);
    expect(renderText(passReport, { color: false }).trimEnd().split('\n').at(-1)).toBe('PASS 2 uses, 1 clear, 1 approved');
  });

  it('colours only when asked, and colour adds nothing but SGR codes', () => {
    expect(plain).not.toContain('\u001b');
    const coloured = renderText(failReport, { color: true });
    expect(coloured).toContain('\u001b[31m\u001b[1mFAIL\u001b[22m\u001b[39m');
    expect(coloured).toContain('\u001b[31mblocked\u001b[39m');
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('lets no control or bidi character from a declaration reach the terminal', () => {
    const out = renderText(hostileReport, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(out).not.toMatch(/x{501}/);
    expect(out).toContain('  needs approval @octocat — ');
  });
});
