import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findExamples, runExample } from '../io/examples.js';
import type { ExampleResult } from '../io/examples.js';
import { meetsThreshold, percent, ruleCoverage } from '../testing/coverage.js';
import type { PackCoverage } from '../testing/coverage.js';
import { lintLibrary } from '../testing/lint.js';
import type { CliIO } from './context.js';
import { EXIT, loadLibrary, UsageError } from './context.js';

export interface TestOptions {
  examples?: string;
  policyDir?: string;
  minCoverage?: string;
}

export function parseMinCoverage(raw: string | undefined): number {
  if (raw === undefined) return 100;
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(raw.trim());
  const n = m ? Number(m[1]) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new UsageError(`--min-coverage takes a percentage from 0 to 100, got "${raw}"`);
  return n;
}

/**
 * Runs every example against the packs, then reports rule coverage and lint. Exit 0 when all hold,
 * 1 on an expectation mismatch, coverage below the threshold or a lint problem, 2 when a pack does not
 * load or the options are wrong.
 */
export function testCommand(opts: TestOptions, io: CliIO): number {
  const minCoverage = parseMinCoverage(opts.minCoverage);
  const examplesDir = resolve(io.cwd, opts.examples ?? 'examples');
  if (!existsSync(examplesDir) || !statSync(examplesDir).isDirectory()) throw new UsageError(`no examples folder: ${opts.examples ?? 'examples'}`);
  const library = loadLibrary(io, opts.policyDir);
  if (library.errors.length > 0) {
    io.stderr(`genai-clearance: the policy packs do not load, so nothing was tested:\n${library.errors.map((e) => `  ${e.file ?? ''}:${e.line}:${e.column}: ${e.message}\n`).join('')}`);
    return EXIT.invalid;
  }
  const paths = findExamples(examplesDir);
  if (paths.length === 0) throw new UsageError(`no examples below ${opts.examples ?? 'examples'} (a folder with genai-usage.yml and expected.yml)`);

  const results = paths.map((p) => runExample(p, library, io.cwd));
  const coverage = ruleCoverage(library, results);
  const lint = lintLibrary(library);
  const failed = results.filter((r) => r.mismatches.length > 0);
  const short = coverage.packs.filter((p) => !meetsThreshold(p, minCoverage));

  const out: string[] = [];
  out.push(`Examples (${results.length})`);
  for (const r of results) out.push(...exampleLines(r));
  out.push('', `Rule coverage (at least ${minCoverage}% per pack version; each rule must fire on one example use and not fire on another)`);
  const width = Math.max(...coverage.packs.map((p) => `${p.pack}@${p.version}`.length));
  for (const p of coverage.packs) out.push(...coverageLines(p, width, minCoverage));
  if (coverage.superseded.length > 0) out.push(`  not pinned by any example (a newer version is): ${coverage.superseded.map((s) => `${s.pack}@${s.version}`).join(', ')}`);
  const ruleCount = [...library.packs.values()].flat().reduce((n, p) => n + p.rules.length, 0);
  out.push('', 'Lint');
  if (lint.length === 0) out.push(`  ok    ${ruleCount} rules: each cites its source and gives a remedy`);
  for (const l of lint) out.push(`  FAIL  ${l.pack}@${l.version} ${l.message}`);

  const reasons = [
    failed.length > 0 ? `${failed.length} of ${results.length} examples do not match their expected.yml` : '',
    ...short.map((p) => `${p.pack}@${p.version} coverage ${percent(p)} is below ${minCoverage}% (${untested(p).join('; ')})`),
    lint.length > 0 ? `${lint.length} lint problem(s)` : '',
  ].filter(Boolean);
  out.push('', reasons.length === 0 ? 'PASS' : `FAIL: ${reasons.join('; ')}`, '');
  io.stdout(out.join('\n'));
  return reasons.length === 0 ? EXIT.pass : EXIT.fail;
}

function exampleLines(r: ExampleResult): string[] {
  const uses = r.report?.files[0]?.uses.length ?? 0;
  if (r.mismatches.length === 0) return [`  ok    ${r.path} (${uses} ${uses === 1 ? 'use' : 'uses'})`];
  return [`  FAIL  ${r.path}`, ...r.mismatches.map((m) => `          ${m}`)];
}

function untested(p: PackCoverage): string[] {
  const never = (key: 'fired' | 'passed') => p.rules.filter((r) => r[key] === 0).map((r) => r.rule);
  return [never('fired').length ? `never fired: ${never('fired').join(', ')}` : '', never('passed').length ? `never passed: ${never('passed').join(', ')}` : ''].filter(Boolean);
}

function coverageLines(p: PackCoverage, width: number, minCoverage: number): string[] {
  const mark = meetsThreshold(p, minCoverage) ? 'ok  ' : 'FAIL';
  const head = `  ${mark}  ${`${p.pack}@${p.version}`.padEnd(width)}  ${p.covered}/${p.total} (${percent(p)})  ${p.rules.length} rules, ${p.uses} uses in ${p.examples.length} ${p.examples.length === 1 ? 'example' : 'examples'}`;
  return [head, ...untested(p).map((line) => `          ${line}`)];
}
