import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { TrustedConfig } from '../config/load.js';
import { CONFIG_PATH, DEFAULT_CONFIG, DEFAULT_REQUIRED_PACK, loadConfig } from '../config/load.js';
import { bundledPolicyDir, FileProblem, fsReason, readPackDir, readRegularFile, toPosix } from '../io/files.js';
import type { Ledger } from '../ledger/load.js';
import { loadLedger } from '../ledger/load.js';
import type { Diagnostic } from '../model/report.js';
import type { PackLibrary } from '../policy/library.js';
import { loadPackLibrary } from '../policy/library.js';
import { isCalendarDate, today } from '../util/dates.js';

/** What every command sees of the outside world: injected, so tests run the CLI in-process. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  now: () => Date;
  /** The whole of standard input, for `-` as a path; absent where there is none to read. */
  readStdin?: () => Uint8Array;
}

export class UsageError extends Error {}

export const EXIT = { pass: 0, fail: 1, invalid: 2 } as const;

export function loadLibrary(io: CliIO, policyDir: string | undefined): PackLibrary {
  const dir = policyDir ? resolve(io.cwd, policyDir) : bundledPolicyDir();
  let files;
  try {
    files = readPackDir(dir, policyDir ? io.cwd : resolve(dir, '..'));
  } catch (err) {
    // Nothing can be judged without the packs: stop here rather than report every declaration invalid.
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(`cannot read the policy folder ${policyDir ?? toPosix(dir)}: ${fsReason(err)}`);
  }
  return loadPackLibrary(files);
}

export function loadLedgerFile(io: CliIO, path: string | undefined): { ledger?: Ledger; errors: Diagnostic[] } {
  if (!path) return { errors: [] };
  const abs = isAbsolute(path) ? path : resolve(io.cwd, path);
  // Bytes, not text: the reader refuses an invalid UTF-8 byte at its place, as it does in a declaration.
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(abs, path);
  } catch (err) {
    const reason = err instanceof FileProblem ? err.reason : (err as Error).message;
    return { errors: [{ line: 1, column: 1, file: path, code: 'ledger-unreadable', message: `cannot read the approvals ledger: ${reason}` }] };
  }
  const result = loadLedger(toPosix(path), bytes);
  return 'ledger' in result ? { ledger: result.ledger, errors: [] } : { errors: result.errors };
}

export function resolveToday(io: CliIO, option: string | undefined): string {
  if (option === undefined) return today(io.now);
  if (!isCalendarDate(option)) throw new UsageError(`--today takes a date as YYYY-MM-DD, got "${option}"`);
  return option;
}

/**
 * The trusted configuration for a local run: the file named by `--config`, else the repository's own
 * `.github/genai-clearance.yml` below the working folder, else the default (the newest netflix-genai,
 * when the packs in use have it), so the CLI judges an honest checkout as the Action judges it.
 */
export function loadConfigFile(io: CliIO, path: string | undefined, library: PackLibrary): TrustedConfig | undefined {
  const found = path ?? (existsSync(resolve(io.cwd, CONFIG_PATH)) ? CONFIG_PATH : undefined);
  if (!found) return library.packs.has(DEFAULT_REQUIRED_PACK) ? DEFAULT_CONFIG : undefined;
  const loaded = loadConfig(toPosix(found), readRegularFile(isAbsolute(found) ? found : resolve(io.cwd, found), found));
  if ('errors' in loaded) {
    const lines = loaded.errors.map((e) => `  ${e.file ?? found}:${e.line}:${e.column}: ${e.message}`);
    throw new FileProblem(`the trusted configuration cannot be used, so nothing was checked:\n${lines.join('\n')}`);
  }
  return loaded.config;
}
