// `genai-clearance scan`: the check, plus the media files themselves. Every media file below PATH is
// read (headers walked; manifests validated offline against the shipped trust list), and judged with
// the declarations found in the working folder: the same report, formats and exit codes as `check`.
import { resolve } from 'node:path';
import { loadInput } from '../evaluate/inputs.js';
import { assetIndex } from '../evaluate/provenance.js';
import type { EvaluationInput } from '../evaluate/report.js';
import { evaluate } from '../evaluate/report.js';
import { FileProblem, findDeclarations, findFiles, readRegularFile } from '../io/files.js';
import type { Report } from '../model/report.js';
import { fileSource } from '../provenance/byte-source.js';
import { isMediaPath, MAX_VALIDATE_BYTES, mapLimit, readMedia, trustAnchorsWith } from '../provenance/read-media.js';
import type { MediaRead } from '../provenance/types.js';
import type { CheckOptions, Judging } from './check.js';
import { createProgress, destinations, emitReport, loadJudging } from './check.js';
import type { CliIO } from './context.js';
import { resolveToday, UsageError } from './context.js';

export type ScanOptions = Omit<CheckOptions, 'base' | 'stdinName'>;

/** Files read at once: enough to overlap reads, few enough that validating manifests stays in memory bounds. */
const CONCURRENCY = 4;

export async function scanCommand(opts: ScanOptions, io: CliIO): Promise<number> {
  const targets = destinations(opts.formats ?? [], opts.outputs ?? []);
  const { report, declarations } = await evaluateScan(opts, io);
  return emitReport(report, targets, opts, io, declarations);
}

/**
 * What `scan` judges, read and evaluated. `hashAll`: every media file is hashed (the packet lists each
 * file's digest), not only those a use binds by sha256.
 */
export async function evaluateScan(
  opts: ScanOptions,
  io: CliIO,
  extra: Pick<EvaluationInput, 'declared'> & { hashAll?: boolean } = {},
): Promise<{ report: Report; declarations: string[]; judging: Judging }> {
  const day = resolveToday(io, opts.today);
  if (opts.paths.includes('-')) throw new UsageError('scan reads files, not standard input');
  // Whether a file is declared depends on every declaration, wherever the media were looked for.
  const declared = findDeclarations([], io.cwd, opts.ignore);
  const media = findFiles(opts.paths, io.cwd, opts.ignore ?? [], isMediaPath);
  if (media.missing.length > 0) throw new UsageError(`no such file or folder: ${media.missing.join(', ')}`);
  const problems = [...declared.problems, ...media.problems];
  if (problems.length > 0) throw new FileProblem(`these paths cannot be scanned, so nothing was:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  // Read once: the asset index and the core both take what was loaded.
  const inputs = declared.files.map((path) => loadInput({ path, text: readRegularFile(resolve(io.cwd, path), path) }));
  const judging = loadJudging(io, opts);
  const { library, config, ledger } = judging;
  const { hashed } = assetIndex(inputs);
  const trustAnchors = trustAnchorsWith(config?.trustAnchors);
  const progress = createProgress(io, media.files.length, io.now().getTime(), 'scanning');
  let reads: MediaRead[];
  try {
    reads = await mapLimit(media.files, CONCURRENCY, async (path): Promise<MediaRead> => {
      progress.step();
      const src = await fileSource(resolve(io.cwd, path));
      try {
        return await readMedia(path, src, { trustAnchors, maxValidateBytes: MAX_VALIDATE_BYTES, hash: extra.hashAll === true || hashed.has(path) });
      } finally {
        await src.close();
      }
    });
  } finally {
    progress.clear();
  }
  const report = evaluate({
    files: inputs,
    library,
    ...(config ? { config } : {}),
    ...(ledger ? { ledger } : {}),
    today: day,
    provenance: { media: reads, scope: 'all' },
    ...(extra.declared ? { declared: true } : {}),
  });
  return { report, declarations: declared.files, judging };
}
