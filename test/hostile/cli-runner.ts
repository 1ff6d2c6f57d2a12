// Runs the CLI on a hostile file. runCheck starts the real CLI (bin/genai-clearance.js → dist/cli.js)
// in a child process, so a crash, a hang or an out-of-memory abort shows up as a process failure
// rather than as a thrown error inside vitest; checkInProcess runs the same command through runCli in
// this process, for the cases that need no process of their own.
//
// Every run is bounded by a kill timeout (no test asserts a duration, but a hang must fail), and can
// report the child's peak resident set size: through /usr/bin/time -v when it exists, otherwise
// through a preloaded script that prints process.resourceUsage().maxRSS on exit.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliIn } from '../cli/in-process.js';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'bin/genai-clearance.js');
export const TODAY = '2026-11-23';
/** Generous: a hang must fail the test, a slow machine must not. */
export const KILL_AFTER_MS = 60_000;

const TIME = '/usr/bin/time';

export interface CliRun {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Peak resident set size of the CLI process, in kilobytes (when measured). */
  maxRssKb?: number;
}

let workDir: string | undefined;
/** A scratch folder in os.tmpdir() holding the policy folder the corpus is judged by. */
export function scratch(): string {
  if (!workDir) {
    workDir = mkdtempSync(join(tmpdir(), 'genai-hostile-'));
    // Only the committed pack: the corpus must not depend on packs other engineers are writing.
    mkdirSync(join(workDir, 'policy', 'netflix-genai'), { recursive: true });
    copyFileSync(join(ROOT, 'policy/netflix-genai/1.0.0.yml'), join(workDir, 'policy/netflix-genai/1.0.0.yml'));
    writeFileSync(join(workDir, 'rss-preload.cjs'), "process.on('exit', () => process.stderr.write(`\\nGENAI_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\n");
  }
  return workDir;
}

/** Writes a declaration (string or raw bytes) into its own folder and returns its path. */
export function writeCase(name: string, content: string | Uint8Array): string {
  const dir = join(scratch(), 'cases', name);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'genai-usage.yml');
  writeFileSync(path, content);
  return path;
}

const checkArgs = (file: string, args: string[] = []) => ['check', file, '--format', 'json', '--today', TODAY, '--policy-dir', join(scratch(), 'policy'), ...args];

/** The command runCheck spawns, run in-process with the same working folder and NO_COLOR. */
export function checkInProcess(file: string, args: string[] = []): CliRun {
  const run = cliIn(checkArgs(file, args), scratch(), { env: { NO_COLOR: '1' } });
  return { ...run, signal: null, timedOut: false };
}

export function runCheck(file: string, options: { measureRss?: boolean; args?: string[]; killAfterMs?: number } = {}): Promise<CliRun> {
  const dir = scratch();
  const cliArgs = [BIN, ...checkArgs(file, options.args)];
  const viaTime = options.measureRss === true && existsSync(TIME);
  const preload = options.measureRss === true && !viaTime ? ['--require', join(dir, 'rss-preload.cjs')] : [];
  const [command, args] = viaTime ? [TIME, ['-v', process.execPath, ...cliArgs]] : [process.execPath, [...preload, ...cliArgs]];
  // Own process group, so a timeout kills the CLI and not only /usr/bin/time.
  const child = spawn(command, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, options.killAfterMs ?? KILL_AFTER_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const run: CliRun = { code, signal, stdout, stderr, timedOut };
      const rss = viaTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /GENAI_MAXRSS_KB=(\d+)/.exec(stderr);
      if (rss) run.maxRssKb = Number(rss[1]);
      if (viaTime) {
        // /usr/bin/time reports a child killed by a signal as its own exit status; keep the CLI's view.
        const status = /Exit status: (\d+)/.exec(stderr);
        const killed = /Command terminated by signal (\d+)/.exec(stderr);
        if (killed) {
          run.code = null;
          run.signal = `SIG${killed[1]}` as NodeJS.Signals;
        } else if (status) run.code = Number(status[1]);
        run.stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, '').replace(/Command (exited with non-zero status|terminated by signal) \d+\n?/, '');
      } else run.stderr = stderr.replace(/\nGENAI_MAXRSS_KB=\d+\n/, '');
      resolve(run);
    });
  });
}

/** The one-line description of a run that a failing assertion should print. */
export function describeRun(run: CliRun): string {
  return `exit ${run.code} signal ${run.signal}${run.timedOut ? ' (killed after the timeout)' : ''}; stderr: ${run.stderr.slice(0, 500)}; stdout: ${run.stdout.slice(0, 300)}`;
}
