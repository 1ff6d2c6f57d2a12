import { resolve } from 'node:path';
import type { TrustedConfig } from '../config/load.js';
import type { DeclarationInput, EvaluationInput } from '../evaluate/report.js';
import { evaluate } from '../evaluate/report.js';
import { FileProblem, findDeclarations, readRegularFile, writeFileAtomic } from '../io/files.js';
import type { Ledger } from '../ledger/load.js';
import type { Report } from '../model/report.js';
import type { PackLibrary } from '../policy/library.js';
import type { Format } from '../render/index.js';
import { FORMATS, render, renderChunks } from '../render/index.js';
import { formatCount } from '../util/order.js';
import { localRowContext } from './checkout.js';
import type { CliIO } from './context.js';
import { EXIT, loadConfigFile, loadLedgerFile, loadLibrary, resolveToday, UsageError } from './context.js';
import { staleSchemaNotes } from './init.js';
import { didYouMean } from './suggest.js';

export interface CheckOptions {
  paths: string[];
  /** Paired in order with `outputs`; one format alone goes to standard output. */
  formats?: string[];
  outputs?: string[];
  policyDir?: string;
  ledger?: string;
  /** The trusted configuration; default `.github/genai-clearance.yml` when it exists. */
  config?: string;
  base?: string;
  today?: string;
  /** Nothing on standard output or standard error when the check passes (files are still written). */
  quiet?: boolean;
  /** `true` forces colour, `false` turns it off; unset: colour on a terminal unless NO_COLOR is set. */
  color?: boolean;
  /** The name a declaration read from standard input (`-`) is reported under. */
  stdinName?: string;
  /** Globs (relative to the working folder) that folder searches pass over. */
  ignore?: string[];
}

/** A path argument that means "read the declaration from standard input". */
const STDIN_PATH = '-';

export function exitCodeFor(report: Report): number {
  if (report.errors.length > 0 || report.counts.invalid > 0) return EXIT.invalid;
  return report.decision === 'pass' ? EXIT.pass : EXIT.fail;
}

export interface Destination {
  format: Format;
  /** Undefined: standard output. */
  output?: string;
}

export function destinations(formats: readonly string[], outputs: readonly string[]): Destination[] {
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${f}"${didYouMean(f, FORMATS)}`);
  }
  const list = formats.length > 0 ? (formats as Format[]) : (['text'] as Format[]);
  if (outputs.length === 0 && list.length === 1) return [{ format: list[0] as Format }];
  if (outputs.length !== list.length) {
    throw new UsageError(`give one --output per --format, in the same order (got ${formatCount(list.length)} formats and ${formatCount(outputs.length)} outputs); \`--output -\` is standard output`);
  }
  const toStdout = outputs.filter((o) => o === '-').length;
  if (toStdout > 1) throw new UsageError('only one --format can go to standard output (`--output -`)');
  return list.map((format, i) => (outputs[i] === '-' ? { format } : { format, output: outputs[i] as string }));
}

export function checkCommand(opts: CheckOptions, io: CliIO): number {
  const targets = destinations(opts.formats ?? [], opts.outputs ?? []);
  const { report, declarations } = evaluateCheck(opts, io);
  return emitReport(report, targets, opts, io, declarations);
}

/** What `check` judges, read and evaluated: the report, and the declaration files it read. */
export function evaluateCheck(opts: CheckOptions, io: CliIO, extra: Pick<EvaluationInput, 'declared'> = {}): { report: Report; declarations: string[]; judging: Judging } {
  const started = io.now().getTime();
  const day = resolveToday(io, opts.today);
  const fromStdin = opts.paths.filter((p) => p === STDIN_PATH).length;
  if (fromStdin > 1) throw new UsageError('`-` (standard input) can be given once');
  if (fromStdin === 1 && !io.readStdin) throw new UsageError('standard input cannot be read here');
  const named = opts.paths.filter((p) => p !== STDIN_PATH);
  // `check -` reads standard input only; `check` alone searches the current folder.
  const { files, missing, problems } = fromStdin === 1 && named.length === 0 ? { files: [], missing: [], problems: [] } : findDeclarations(named, io.cwd, opts.ignore);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (problems.length > 0) throw new FileProblem(`these paths cannot be checked, so nothing was:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const total = files.length + fromStdin;
  if (opts.base !== undefined && total !== 1) throw new UsageError(`--base compares one declaration with its earlier version; ${formatCount(total)} were found`);

  const progress = createProgress(io, total, started);
  const inputs: DeclarationInput[] = files.map((path) => progress.track({ path, text: readRegularFile(resolve(io.cwd, path), path) }));
  if (fromStdin === 1) inputs.push({ path: opts.stdinName ?? '<stdin>', text: (io.readStdin as () => Uint8Array)() });
  if (opts.base !== undefined && inputs[0]) inputs[0].baseText = readRegularFile(resolve(io.cwd, opts.base), opts.base);
  const judging = loadJudging(io, opts);
  const { library, config, ledger } = judging;
  let report: Report;
  try {
    report = evaluate({ files: inputs, library, ...(config ? { config } : {}), ...(ledger ? { ledger } : {}), today: day, ...extra });
  } finally {
    progress.clear();
  }
  return { report, declarations: files, judging };
}

export type Judging = ReturnType<typeof loadJudging>;

/** The packs, the trusted configuration and the ledger a local run is judged by; an unusable ledger stops it. */
export function loadJudging(io: CliIO, opts: Pick<CheckOptions, 'policyDir' | 'config' | 'ledger'>): { library: PackLibrary; config?: TrustedConfig; ledger?: Ledger } {
  const library = loadLibrary(io, opts.policyDir);
  const config = loadConfigFile(io, opts.config, library);
  // A configuration's ledger is a path in the repository: locally, below the working folder.
  const ledgerPath = opts.ledger ?? (config?.ledger && !config.ledger.includes('@') ? config.ledger : undefined);
  const ledger = loadLedgerFile(io, ledgerPath);
  if (ledger.errors.length > 0) {
    // Without the ledger no approval can be confirmed; a report would show format-checked approvals
    // as approved, so none is written.
    const lines = ledger.errors.map((e) => `  ${e.file ?? opts.ledger}:${e.line}:${e.column}: ${e.message}`);
    throw new FileProblem(`the approvals ledger cannot be used, so nothing was checked:\n${lines.join('\n')}`);
  }
  return { library, ...(config ? { config } : {}), ...(ledger.ledger ? { ledger: ledger.ledger } : {}) };
}

/** Writes the report to every destination (files whole or not at all) and returns the exit code. */
export function emitReport(report: Report, targets: readonly Destination[], opts: Pick<CheckOptions, 'quiet' | 'color'>, io: CliIO, declarations: readonly string[]): number {
  const code = exitCodeFor(report);
  if (!(opts.quiet && code === EXIT.pass)) for (const note of staleSchemaNotes(declarations, io.cwd)) io.stderr(`${note}\n`);
  const rows = targets.some((t) => t.format === 'ndjson') ? localRowContext(io.cwd, io.env, report.evaluatedOn) : undefined;
  for (const target of targets) {
    const color = target.format === 'text' && target.output === undefined && (opts.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR));
    const options = { color, ...(rows ? { rows } : {}) };
    if (target.output !== undefined) writeFileAtomic(resolve(io.cwd, target.output), render(report, target.format, options), target.output);
    // Standard output gets the report chunk by chunk: a 50,000-use report is never one string.
    else if (!(opts.quiet && code === EXIT.pass)) for (const chunk of renderChunks(report, target.format, options)) io.stdout(chunk);
  }
  return code;
}

const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 100;

/**
 * "checking 120/500 files" on stderr, only on a terminal (never in pipes or CI), only once a check has
 * run for more than a second (since `started`), redrawn at most ten times a second, and erased before the report is
 * written. Evaluation is synchronous, so progress is counted as each file's text is read by the
 * evaluator: when file k is taken up, k files are done. A scan counts its media files with `step()`.
 */
export function createProgress(io: CliIO, total: number, started = io.now().getTime(), verb = 'checking'): { track(input: DeclarationInput): DeclarationInput; step(): void; clear(): void } {
  const show = io.stderrIsTTY && !io.env.CI && io.env.TERM !== 'dumb' && total > 0;
  if (!show) return { track: (input) => input, step: () => {}, clear: () => {} };
  let done = 0;
  let drawnAt = -Infinity;
  let width = 0;
  const draw = () => {
    const now = io.now().getTime();
    if (now - started < PROGRESS_AFTER_MS || now - drawnAt < PROGRESS_EVERY_MS) return;
    drawnAt = now;
    const line = `${verb} ${done}/${total} file${total === 1 ? '' : 's'}`;
    io.stderr(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  const step = () => {
    draw();
    done++;
  };
  return {
    step,
    track(input) {
      let text = input.text;
      let taken = false;
      return Object.defineProperty({ ...input }, 'text', {
        enumerable: true,
        configurable: true,
        get() {
          if (!taken) {
            taken = true;
            step();
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
