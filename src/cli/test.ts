import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { meetsThreshold, percent, ruleCoverage } from '../authoring/coverage.js';
import type { ExampleResult } from '../authoring/examples.js';
import { findExamples, runExample } from '../authoring/examples.js';
import { lintLibrary } from '../authoring/lint.js';
import { toPosix } from '../io/files.js';
import type { TestRun } from '../model/test-run.js';
import { renderTestRun, untestedLines } from '../render/test-run.js';
import { plural } from '../render/words.js';
import type { CliIO } from './context.js';
import { EXIT, loadLibrary, UsageError } from './context.js';

export interface TestOptions {
  examples?: string;
  policyDir?: string;
  minCoverage?: string;
  format?: 'text' | 'json';
}

function parseMinCoverage(raw: string | undefined): number {
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
export async function testCommand(opts: TestOptions, io: CliIO): Promise<number> {
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

  const results: ExampleResult[] = [];
  // One at a time: an example's media files are read whole when they carry a manifest.
  for (const p of paths) results.push(await runExample(p, library, io.cwd));
  const coverage = ruleCoverage(library, results);
  const lint = lintLibrary(library);
  const failed = results.filter((r) => r.mismatches.length > 0);

  const coverageRows = coverage.packs.map((p) => {
    const never = (key: 'fired' | 'passed') => p.rules.filter((r) => r[key] === 0).map((r) => r.rule);
    return {
      pack: p.pack,
      version: p.version,
      covered: p.covered,
      total: p.total,
      percent: percent(p),
      meetsThreshold: meetsThreshold(p, minCoverage),
      rules: p.rules.length,
      uses: p.uses,
      examples: p.examples.length,
      neverFired: never('fired'),
      neverPassed: never('passed'),
    };
  });
  const reasons = [
    failed.length > 0 ? `${failed.length} of ${results.length} examples do not match their expected.yml` : '',
    ...coverageRows.filter((p) => !p.meetsThreshold).map((p) => `${p.pack}@${p.version} coverage ${p.percent} is below ${minCoverage}% (${untestedLines(p).join('; ')})`),
    lint.length > 0 ? plural(lint.length, 'lint problem') : '',
  ].filter(Boolean);
  const run: TestRun = {
    schemaVersion: 1,
    decision: reasons.length === 0 ? 'pass' : 'fail',
    minCoverage,
    examplesFrom: toPosix(opts.examples ?? 'examples'),
    examples: results.map((r) => ({
      path: r.path,
      uses: r.report?.files[0]?.uses.length ?? 0,
      mismatches: r.mismatches,
      ...(r.media !== undefined ? { media: r.media } : {}),
      ...(r.movedTo ? { judgedOn: r.movedTo.day, judgedOnBecause: r.movedTo.because } : {}),
    })),
    coverage: coverageRows,
    superseded: coverage.superseded.map((s) => `${s.pack}@${s.version}`),
    ruleCount: [...library.packs.values()].flat().reduce((n, p) => n + p.rules.length, 0),
    lint: lint.map((l) => ({ pack: l.pack, version: l.version, message: l.message })),
    reasons,
  };
  io.stdout(renderTestRun(run, opts.format ?? 'text'));
  return reasons.length === 0 ? EXIT.pass : EXIT.fail;
}
