import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { evaluate } from '../evaluate/report.js';
import type { Report } from '../model/report.js';
import { loadLedger } from '../ledger/load.js';
import type { PackLibrary } from '../policy/library.js';
import { compareWithExpectation, parseExpectation } from './expectations.js';
import { FileProblem, readRegularFile, toPosix } from '../io/files.js';
import { compareText } from '../util/order.js';

export interface ExampleResult {
  /** The example's declaration, relative to where it was searched from. */
  path: string;
  report?: Report;
  mismatches: string[];
}

/** Every folder below `root` with both a genai-usage.yml and an expected.yml. */
export function findExamples(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') walk(join(dir, e.name));
    }
    if (existsSync(join(dir, 'genai-usage.yml')) && existsSync(join(dir, 'expected.yml'))) out.push(join(dir, 'genai-usage.yml'));
  };
  walk(root);
  return out.sort();
}

/** `declarationText` replaces the file's content (e.g. pinned to another pack version by `diff`). */
/** `notBefore`: judge on that day when the example's own date is earlier (both versions of a diff must be in effect). */
export function runExample(declarationPath: string, library: PackLibrary, shownFrom: string, declarationText?: string, notBefore?: string): ExampleResult {
  const path = toPosix(relative(shownFrom, declarationPath));
  const expectedPath = join(dirname(declarationPath), 'expected.yml');
  const parsed = parseExpectation(toPosix(relative(shownFrom, expectedPath)), readRegularFile(expectedPath, toPosix(relative(shownFrom, expectedPath))));
  if ('errors' in parsed) return { path, mismatches: parsed.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
  const { expectation } = parsed;
  let ledger;
  if (expectation.ledger) {
    const ledgerPath = resolve(dirname(declarationPath), expectation.ledger);
    const shownLedger = toPosix(relative(shownFrom, ledgerPath));
    let ledgerBytes: Uint8Array;
    try {
      ledgerBytes = readRegularFile(ledgerPath, shownLedger);
    } catch (err) {
      // A missing or unreadable ledger is the example's mistake, reported with it, not a crash.
      return { path, mismatches: [`${shownLedger}: the ledger named by expected.yml cannot be read: ${err instanceof FileProblem ? err.reason : (err as Error).message}`] };
    }
    const loaded = loadLedger(shownLedger, ledgerBytes);
    if ('errors' in loaded) return { path, mismatches: loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
    ledger = loaded.ledger;
  }
  const today = notBefore !== undefined && notBefore > expectation.evaluated_on ? notBefore : expectation.evaluated_on;
  const report = evaluate({ files: [{ path, text: declarationText ?? readRegularFile(declarationPath, path) }], library, ...(ledger ? { ledger } : {}), today });
  return { path, report, mismatches: compareWithExpectation(report, expectation) };
}
