import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../config/load.js';
import { evaluate } from '../evaluate/report.js';
import { FileProblem, findFiles, readRegularFile, toPosix } from '../io/files.js';
import { loadLedger } from '../ledger/load.js';
import type { Report } from '../model/report.js';
import type { PackLibrary } from '../policy/library.js';
import { resolvePack } from '../policy/library.js';
import { fileSource } from '../provenance/byte-source.js';
import { isMediaPath, MAX_VALIDATE_BYTES, readMedia, trustAnchorsWith } from '../provenance/read-media.js';
import type { MediaRead } from '../provenance/types.js';
import { compareText } from '../util/order.js';
import { compareWithExpectation, parseExpectation } from './expectations.js';
import { pinsOf } from './pin.js';

export interface ExampleResult {
  /** The example's declaration, relative to where it was searched from. */
  path: string;
  report?: Report;
  mismatches: string[];
  /** The day the example was judged on, when it is not its expected.yml's `evaluated_on`, and why. */
  movedTo?: { day: string; because: string };
  /** Media files the example ships and the scan read (`scan` in expected.yml). */
  media?: number;
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

export interface RunOptions {
  /** Replaces the declaration's text (e.g. pinned to another pack version by `diff`). */
  text?: string;
  /** Judge on that day when the example's own date is earlier (both versions of a diff must be in effect). */
  notBefore?: string;
}

/**
 * Evaluates one example as its expected.yml says: on its date, with its ledger, and — when it says
 * `scan` — with the media files in its folder read as `scan` reads them, the folder standing for the
 * repository root (so the uses' `assets` and the `deliverables` globs are written as a studio writes them).
 */
export async function runExample(declarationPath: string, library: PackLibrary, shownFrom: string, opts: RunOptions = {}): Promise<ExampleResult> {
  const path = toPosix(relative(shownFrom, declarationPath));
  const folder = dirname(declarationPath);
  const expectedPath = join(folder, 'expected.yml');
  const shownExpected = toPosix(relative(shownFrom, expectedPath));
  const parsed = parseExpectation(shownExpected, readRegularFile(expectedPath, shownExpected));
  if ('errors' in parsed) return { path, mismatches: parsed.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
  const { expectation } = parsed;
  let ledger;
  if (expectation.ledger) {
    const ledgerPath = resolve(folder, expectation.ledger);
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
  const text = opts.text ?? readRegularFile(declarationPath, path);
  const { day, movedTo } = judgingDay(typeof text === 'string' ? text : text.toString('utf8'), library, expectation.evaluated_on, opts.notBefore);
  const media = expectation.scan ? await readFolderMedia(folder) : undefined;
  // With media, the example folder is the repository: the declaration is read at its root.
  const evaluatedPath = media ? 'genai-usage.yml' : path;
  const report = evaluate({
    files: [{ path: evaluatedPath, text }],
    library,
    ...(ledger ? { ledger } : {}),
    today: day,
    ...(media ? { provenance: { media, scope: 'all' as const } } : {}),
    ...(expectation.scan?.deliverables?.length ? { config: { ...DEFAULT_CONFIG, packs: [], deliverables: [...expectation.scan.deliverables] } } : {}),
  });
  return { path, report, mismatches: compareWithExpectation(report, expectation), ...(movedTo ? { movedTo } : {}), ...(media ? { media: media.length } : {}) };
}

/**
 * The example's own date, or later when a version it pins starts later: a version published ahead of
 * its effective date would otherwise be skipped, and its rules never judged by its examples.
 */
function judgingDay(text: string, library: PackLibrary, evaluatedOn: string, notBefore: string | undefined): { day: string; movedTo?: ExampleResult['movedTo'] } {
  let day = evaluatedOn;
  let because = '';
  if (notBefore !== undefined && notBefore > day) {
    day = notBefore;
    because = 'both versions compared are in effect';
  }
  for (const ref of pinsOf(text)) {
    const r = resolvePack(library, ref);
    if (!('pack' in r) || r.pack.doc.effective <= day) continue;
    day = r.pack.doc.effective;
    because = `${r.pack.name}@${r.pack.version} is in effect from then`;
  }
  return day === evaluatedOn ? { day } : { day, movedTo: { day, because } };
}

async function readFolderMedia(folder: string): Promise<MediaRead[]> {
  const found = findFiles(['.'], folder, [], isMediaPath);
  const trustAnchors = trustAnchorsWith(undefined);
  const reads: MediaRead[] = [];
  for (const file of found.files) {
    const src = await fileSource(resolve(folder, file));
    try {
      reads.push(await readMedia(file, src, { trustAnchors, maxValidateBytes: MAX_VALIDATE_BYTES, hash: true }));
    } finally {
      await src.close();
    }
  }
  return reads;
}
