// Whole-process measurement shared by every bench script: wall time from spawn to exit, CPU time and
// peak RSS of the process tree, in one environment for every command measured.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// One environment for every measured command, the floor included. Node's start-up depends on its
// environment (NODE_EXTRA_CA_CERTS alone adds tens of milliseconds to every start), so a ratio is only
// like for like when every process gets the same variables. The Action's inputs (INPUT_*, GITHUB_*)
// are added to this, never substituted for it.
export const BENCH_ENV = Object.freeze({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir() });

export const HAS_TIME = existsSync('/usr/bin/time') && !process.env.GENAI_BENCH_NO_TIME;
const RSS_PRELOAD = join(ROOT, 'bench/rss-preload.cjs');

/**
 * Runs one process to completion: wall time from spawn to exit, CPU and peak RSS of the process
 * itself, and how many bytes it wrote to stdout (read from a pipe, as a CI log or `| jq` would).
 */
export function measure(cmd, args, { extraEnv = {}, cwd = ROOT, ok = [0], output = false } = {}) {
  const rssFile = join(tmpdir(), `genai-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  let file = cmd;
  let argv = args;
  const env = { ...BENCH_ENV, ...extraEnv };
  if (HAS_TIME) {
    file = '/usr/bin/time';
    argv = ['-f', '%M %U %S', '-o', rssFile, cmd, ...args];
  } else {
    // No GNU time: every node process in the tree reports its own maxRSS on exit; the largest wins.
    env.GENAI_BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `--require ${RSS_PRELOAD}`;
  }
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let outBytes = 0;
    child.stdout.on('data', (d) => (outBytes += d.length));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKb = NaN;
      let cpuMs = NaN;
      try {
        // GNU time: "maxRSS-KiB user-s sys-s" (its last line; "Command exited with …" may precede it).
        // The preload fallback: one "maxRSS-KiB user-µs sys-µs" line per node process.
        const lines = readFileSync(rssFile, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.trim().split(/\s+/).map(Number));
        const rows = lines.filter((l) => l.length === 3 && l.every((n) => Number.isFinite(n)));
        rssKb = Math.max(...rows.map((r) => r[0]));
        cpuMs = HAS_TIME ? rows.reduce((n, r) => n + (r[1] + r[2]) * 1000, 0) : rows.reduce((n, r) => n + (r[1] + r[2]) / 1000, 0);
        rmSync(rssFile, { force: true });
      } catch {
        /* reported as n/a */
      }
      // A report run that printed nothing crashed, whatever its exit code (an uncaught error exits 1).
      if (!ok.includes(code) || (output && outBytes === 0))
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}${output && outBytes === 0 ? ' and printed nothing' : ''}\n${stderr.slice(-2000)}`));
      else resolvePromise({ ms, cpuMs, rssMb: rssKb / 1024, outBytes });
    });
  });
}
