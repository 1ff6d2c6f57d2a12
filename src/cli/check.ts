import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate } from '../evaluate/report.js';
import type { DeclarationInput } from '../evaluate/report.js';
import { findDeclarations, writeFileAtomic } from '../io/files.js';
import type { Report } from '../model/report.js';
import { FORMATS, render } from '../render/index.js';
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
  const format = (opts.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${opts.format}"`);
  const day = resolveToday(io, opts.today);
  const { files, missing } = findDeclarations(opts.paths, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (opts.base !== undefined && files.length !== 1) throw new UsageError(`--base compares one declaration with its earlier version; ${files.length} were found`);

  const inputs: DeclarationInput[] = files.map((path) => ({ path, text: readFileSync(resolve(io.cwd, path)) }));
  if (opts.base !== undefined && inputs[0]) inputs[0].baseText = readFileSync(resolve(io.cwd, opts.base), 'utf8');
  const library = loadLibrary(io, opts.policyDir);
  const ledger = loadLedgerFile(io, opts.ledger);
  const report = evaluate({ files: inputs, library, ...(ledger.ledger ? { ledger: ledger.ledger } : {}), errors: ledger.errors, today: day });

  const color = format === 'text' && io.stdoutIsTTY && !io.env.NO_COLOR;
  const out = render(report, format, { color });
  if (opts.output) writeFileAtomic(resolve(io.cwd, opts.output), out);
  else io.stdout(out);
  return exitCodeFor(report);
}
