import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate } from '../evaluate/report.js';
import type { DeclarationInput } from '../evaluate/report.js';
import { findDeclarations, writeFileAtomic } from '../io/files.js';
import type { Report } from '../model/report.js';
import { FORMATS, render, renderChunks } from '../render/index.js';
import type { Format } from '../render/index.js';
import type { CliIO } from './context.js';
import { EXIT, loadLedgerFile, loadLibrary, resolveToday, UsageError } from './context.js';

export interface CheckOptions {
  paths: string[];
  format?: string;
  policyDir?: string;
  ledger?: string;
  base?: string;
  output?: string;
  today?: string;
}

export function exitCodeFor(report: Report): number {
  if (report.errors.length > 0 || report.counts.invalid > 0) return EXIT.invalid;
  return report.decision === 'pass' ? EXIT.pass : EXIT.fail;
}

export function checkCommand(opts: CheckOptions, io: CliIO): number {
  const started = io.now().getTime();
  const format = (opts.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${opts.format}"`);
  const day = resolveToday(io, opts.today);
  const { files, missing } = findDeclarations(opts.paths, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (opts.base !== undefined && files.length !== 1) throw new UsageError(`--base compares one declaration with its earlier version; ${files.length} were found`);

  const progress = createProgress(io, files.length, started);
  const inputs: DeclarationInput[] = files.map((path) => progress.track({ path, text: readFileSync(resolve(io.cwd, path)) }));
  if (opts.base !== undefined && inputs[0]) inputs[0].baseText = readFileSync(resolve(io.cwd, opts.base), 'utf8');
  const library = loadLibrary(io, opts.policyDir);
  const ledger = loadLedgerFile(io, opts.ledger);
  let report: Report;
  try {
    report = evaluate({ files: inputs, library, ...(ledger.ledger ? { ledger: ledger.ledger } : {}), errors: ledger.errors, today: day });
  } finally {
    progress.clear();
  }

  const color = format === 'text' && io.stdoutIsTTY && !io.env.NO_COLOR;
  if (opts.output) writeFileAtomic(resolve(io.cwd, opts.output), render(report, format, { color }));
  else for (const chunk of renderChunks(report, format, { color })) io.stdout(chunk);
  return exitCodeFor(report);
}

export const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 100;

/**
 * "checking 120/500 files" on stderr, only on a terminal (never in pipes or CI), only once a check has
 * run for more than a second (since `started`), redrawn at most ten times a second, and erased before the report is
 * written. Evaluation is synchronous, so progress is counted as each file's text is read by the
 * evaluator: when file k is taken up, k files are done.
 */
export function createProgress(io: CliIO, total: number, started = io.now().getTime()): { track(input: DeclarationInput): DeclarationInput; clear(): void } {
  const show = io.stderrIsTTY && !io.env.CI && io.env.TERM !== 'dumb' && total > 0;
  if (!show) return { track: (input) => input, clear: () => {} };
  let done = 0;
  let drawnAt = -Infinity;
  let width = 0;
  const draw = () => {
    const now = io.now().getTime();
    if (now - started < PROGRESS_AFTER_MS || now - drawnAt < PROGRESS_EVERY_MS) return;
    drawnAt = now;
    const line = `checking ${done}/${total} file${total === 1 ? '' : 's'}`;
    io.stderr(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  return {
    track(input) {
      let text = input.text;
      let taken = false;
      return Object.defineProperty({ ...input }, 'text', {
        enumerable: true,
        configurable: true,
        get() {
          if (!taken) {
            taken = true;
            draw();
            done++;
          }
          return text;
        },
        set(v: string | Uint8Array) {
          text = v;
        },
      });
    },
    clear() {
      if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
