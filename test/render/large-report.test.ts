// Large reports from the bench's generator (real YAML, the real netflix-genai pack): the principle
// table built with Sets equals the straightforward construction, streamed output (JSON, SARIF) is
// byte for byte the one-string output, and every format renders a file with more lines than fit in one call's arguments.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS module without types (the bench's generator)
import { makeDeclaration, toYaml } from '../../bench/generate.mjs';
import { evaluate } from '../../src/evaluate/report.js';
import type { FileReport, PrincipleRow, Report } from '../../src/model/report.js';
import { FORMATS, jsonChunks, render, renderChunks, renderJson } from '../../src/render/index.js';
import { bundledLibrary, TODAY } from '../helpers.js';
import { failReport, hostileReport, passReport } from './fixtures.js';

function generated(files: number, uses: number): Report {
  const inputs = Array.from({ length: files }, (_, i) => ({ path: `p${i + 1}/genai-usage.yml`, text: toYaml(makeDeclaration(i + 1, uses)) as string }));
  return evaluate({ files: inputs, library: bundledLibrary(), today: TODAY });
}

/** The principle lists as the report defines them, built the obvious way: first appearance, no repeats. */
function expectedRows(report: Report): PrincipleRow[] {
  return report.principles.map((row) => {
    const refs = (status: string) => {
      const out: { file: string; use: string }[] = [];
      for (const file of report.files) {
        for (const use of file.uses) {
          const hit = use.findings.some((f) => f.pack === row.pack && f.principle === row.id && f.status === status);
          if (hit && !out.some((r) => r.file === file.path && r.use === use.id)) out.push({ file: file.path, use: use.id });
        }
      }
      return out;
    };
    const approvedBy: string[] = [];
    for (const f of report.files.flatMap((file: FileReport) => file.uses.flatMap((u) => u.findings))) {
      if (f.pack === row.pack && f.principle === row.id && f.status === 'approved' && f.approval && !approvedBy.includes(f.approval)) approvedBy.push(f.approval);
    }
    return { ...row, needsApproval: refs('needs-approval'), blocked: refs('blocked'), approvedBy, noted: refs('noted') };
  });
}

describe('large reports', () => {
  const studio = generated(40, 25);
  const series = generated(1, 1500);

  it('builds every principle row exactly as the straightforward construction would', () => {
    for (const report of [studio, series]) {
      expect(report.counts.needsApproval + report.counts.blocked).toBeGreaterThan(10);
      expect(report.principles.some((r) => r.needsApproval.length > 10 && r.approvedBy.length > 10)).toBe(true);
      expect(report.principles).toEqual(expectedRows(report));
    }
  });

  it('counts every outcome once', () => {
    const uses = studio.files.flatMap((f) => f.uses);
    expect(studio.counts.uses).toBe(uses.length);
    expect(studio.counts.clear + studio.counts.approved + studio.counts.needsApproval + studio.counts.blocked).toBe(uses.length);
    expect(studio.counts.blocked).toBe(uses.filter((u) => u.outcome === 'blocked').length);
  });

  it('streams JSON that is byte for byte the one-string JSON', () => {
    for (const report of [studio, series, failReport, passReport, hostileReport]) {
      const chunks = [...jsonChunks(report)];
      expect(chunks.join('')).toBe(renderJson(report));
    }
    // A report of many files comes out in many pieces, none of them the whole.
    const pieces = [...jsonChunks(studio)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(renderJson(studio).length / 3);
  });

  it('streams every format as the bytes render gives, SARIF and JUnit in many pieces too', () => {
    for (const report of [studio, hostileReport]) {
      for (const format of FORMATS) expect([...renderChunks(report, format)].join(''), format).toBe(render(report, format));
    }
    expect([...renderChunks(studio, 'sarif')].length).toBeGreaterThan(3);
    expect([...renderChunks(studio, 'junit')].length).toBeGreaterThan(3);
    const options = { sarif: { informationUri: 'https://example.com/genai-clearance' } };
    expect([...renderChunks(studio, 'sarif', options)].join('')).toBe(render(studio, 'sarif', options));
  });

  it('streams what JSON.stringify leaves out or writes as null the same way', () => {
    const file = { ...passReport.files[0], odd: [undefined, () => 1, Symbol('s'), 2, [], {}], gone: undefined };
    const odd = { ...passReport, extra: undefined, list: [undefined, () => 1, 2], nested: { a: undefined, b: [] }, empty: {}, files: [file, file] } as unknown as Report;
    expect([...jsonChunks(odd)].join('')).toBe(renderJson(odd));
  });

  // Uses with findings, copied under distinct ids (as in a valid declaration) into one file.
  const escalatedFile = (count: number): Report => {
    const escalated = series.files[0]!.uses.filter((u) => u.findings.length > 1);
    const copies = Math.ceil(count / escalated.length);
    const uses = Array.from({ length: copies }, (_, k) => escalated.map((u) => ({ ...u, id: `${u.id}-${k}` }))).flat();
    return { ...series, files: [{ ...series.files[0]!, uses }], counts: { ...series.counts, uses: uses.length } };
  };

  it('renders text for a file with more lines than one call can take as arguments', () => {
    // Over 200,000 lines: more than a spread into push() can pass on Node's default stack.
    const out = render(escalatedFile(20_000), 'text');
    expect(out.split('\n').length).toBeGreaterThan(200_000);
    expect(out).toContain('-19 — ');
  });

  it('renders every format for a file of 2,000 escalated uses', () => {
    const big = escalatedFile(2_000);
    for (const format of FORMATS) {
      const out = format === 'json' ? [...jsonChunks(big)].join('') : render(big, format);
      expect(out.length, format).toBeGreaterThan(1_000_000);
    }
  });
});
