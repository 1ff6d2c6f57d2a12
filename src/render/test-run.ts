// `genai-clearance test` as the terminal shows it, and as JSON: both from the one TestRun model.
import type { PackCoverageRow, TestRun } from '../model/test-run.js';

export function renderTestRun(run: TestRun, format: 'text' | 'json'): string {
  return format === 'json' ? `${JSON.stringify(run, null, 2)}\n` : testRunText(run);
}

function testRunText(run: TestRun): string {
  const out: string[] = [`Examples (${run.examples.length})`];
  for (const e of run.examples) {
    const notes = [
      `${e.uses} ${e.uses === 1 ? 'use' : 'uses'}`,
      e.media !== undefined ? `${e.media} media ${e.media === 1 ? 'file' : 'files'} scanned` : '',
      e.judgedOn ? `judged on ${e.judgedOn}: ${e.judgedOnBecause}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    if (e.mismatches.length === 0) out.push(`  ok    ${e.path} (${notes})`);
    else out.push(`  FAIL  ${e.path}`, ...e.mismatches.map((m) => `          ${m}`));
  }
  out.push(
    '',
    `Rule coverage, counted on the examples below ${run.examplesFrom} only (at least ${run.minCoverage}% per pack version; a rule counts twice: it must fire on one example use and not fire on another)`,
  );
  const width = Math.max(0, ...run.coverage.map((p) => `${p.pack}@${p.version}`.length));
  for (const p of run.coverage) out.push(...coverageLines(p, width));
  if (run.superseded.length > 0) out.push(`  not counted (older versions no example pins; the newest version of each pack is): ${run.superseded.join(', ')}`);
  out.push('', 'Lint');
  if (run.lint.length === 0) out.push(`  ok    ${run.ruleCount} rules: each cites its source and gives a remedy`);
  for (const l of run.lint) out.push(`  FAIL  ${l.pack}@${l.version} ${l.message}`);
  out.push('', run.reasons.length === 0 ? 'PASS' : `FAIL: ${run.reasons.join('; ')}`, '');
  return out.join('\n');
}

export function untestedLines(p: Pick<PackCoverageRow, 'neverFired' | 'neverPassed'>): string[] {
  return [p.neverFired.length ? `never fired: ${p.neverFired.join(', ')}` : '', p.neverPassed.length ? `never passed: ${p.neverPassed.join(', ')}` : ''].filter(Boolean);
}

function coverageLines(p: PackCoverageRow, width: number): string[] {
  // The fraction counts behaviours, two per rule (fired on one use, passed on another), so it is
  // said in those words: "27/54" alone reads as rules.
  const head = `  ${p.meetsThreshold ? 'ok  ' : 'FAIL'}  ${`${p.pack}@${p.version}`.padEnd(width)}  ${p.covered}/${p.total} behaviours (${p.percent}) of ${p.rules} rules, each to fire once and pass once; ${p.uses} uses in ${p.examples} ${p.examples === 1 ? 'example' : 'examples'}`;
  return [head, ...untestedLines(p).map((line) => `          ${line}`)];
}
