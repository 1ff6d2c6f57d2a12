// Runs the Action against the loopback GitHub emulator, the way the runner does: INPUT_* and GITHUB_*
// variables, an event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
//
//   runAction(emulator, inputs, options)   in-process: run() from action/run.ts with a recording
//                                          toolkit (test/support/recording-toolkit.ts) reading the
//                                          run's own environment, fast retry back-off and a short
//                                          request timeout; process.env and process.stdout are left
//                                          alone. What almost every test uses.
//   runBundle(emulator, inputs, options)   the committed dist/index.js in a child process, exactly as
//                                          the runner starts it; for the few smoke tests of the bundle.
//
// Both return the same RunResult, so a test reads the same whichever it uses.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubApi } from '../../action/github-api.js';
import { createGitHubApi } from '../../action/github-api.js';
import { RETRY_DEFAULTS } from '../../action/retry.js';
import { run } from '../../action/run.js';
import { ROOT } from '../helpers.js';
import type { Emulator } from './emulator/github-emulator.js';
import { recordingToolkit } from './recording-toolkit.js';

export const REPO = 'studio/long-night';
export const TOKEN = 'ghs_actiontoken';
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const PR = 7;

/**
 * The Action's clock in-process: fixed, so approval dates and pack lifecycle dates (deprecations,
 * effective dates) judge the same way on every day the suite runs. Tests date grants relative to it.
 */
export const NOW = new Date('2026-11-23T12:00:00Z');
export const daysFromNow = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  timedOut: boolean;
  /** In-process only: every wait the Action asked for (retry back-off, retry-after), in ms, skipped here. */
  sleeps: number[];
  /** The text of each file an output names (`report-path`, `approvals-path`), read before the run's folder is removed. */
  files: Record<string, string>;
}

export interface RunOptions {
  event?: string;
  /** The event payload; `repository` (with the default branch `main`) is added unless given. */
  payload?: object;
  /** Raw text of the event file instead of a payload. */
  eventText?: string;
  sha?: string;
  /** Variables to set, or to remove (undefined), after the defaults. */
  env?: Record<string, string | undefined>;
  /** In-process only: the per-request timeout (the bundle keeps its real 30 s). */
  requestTimeoutMs?: number;
  /** Bundle only: flags for node itself (e.g. a hardened runner's). */
  nodeArgs?: string[];
  /** In-process only: the Action's clock (default NOW). */
  now?: Date;
  /** In-process only: what the Action's API seam answers, seen through this (a tree listed otherwise). */
  wrapApi?: (api: GitHubApi) => GitHubApi;
}

export function prEvent(): object {
  return { action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } };
}

// A hang must fail the test, not stall the suite.
const KILL_AFTER_MS = 90_000;

interface Prepared {
  dir: string;
  env: Record<string, string>;
}

function prepare(emulator: Emulator, inputs: Record<string, string>, options: RunOptions): Prepared {
  const dir = mkdtempSync(join(tmpdir(), 'genai-action-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  // Every real event payload names the repository and its default branch.
  writeFileSync(eventPath, options.eventText ?? JSON.stringify({ repository: { full_name: REPO, default_branch: 'main' }, ...(options.payload ?? prEvent()) }));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: options.sha ?? HEAD,
    GITHUB_API_URL: emulator.url,
    GITHUB_GRAPHQL_URL: `${emulator.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: TOKEN,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/ /g, '_')}`] = v;
  Object.assign(env, options.env ?? {});
  return { dir, env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)) };
}

function finish(p: Prepared, code: number | null, stdout: string, stderr: string, timedOut: boolean, sleeps: number[] = []): RunResult {
  const read = (path: string | undefined) => {
    try {
      return path ? readFileSync(path, 'utf8') : '';
    } catch {
      return '';
    }
  };
  const outputs = parseOutputs(read(p.env.GITHUB_OUTPUT));
  const files = Object.fromEntries(
    Object.entries(outputs)
      .filter(([name]) => name.endsWith('-path'))
      .map(([name, path]) => [name, read(path)]),
  );
  const result = { code, stdout, stderr, timedOut, sleeps, files, summary: read(p.env.GITHUB_STEP_SUMMARY), outputs };
  rmSync(p.dir, { recursive: true, force: true });
  return result;
}

/** run() in this process, with a recording toolkit that writes the runner's files and records stdout. */
export async function runAction(emulator: Emulator, inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  const p = prepare(emulator, inputs, options);
  const recording = recordingToolkit(p.env);
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  try {
    const done = run({
      env: { ...p.env },
      now: () => options.now ?? NOW,
      createApi: (token) => {
        const api = createGitHubApi(token, { baseUrl: emulator.url, retry: { ...RETRY_DEFAULTS, sleep }, timeoutMs: options.requestTimeoutMs ?? 2000 });
        return options.wrapApi ? options.wrapApi(api) : api;
      },
      toolkit: recording.toolkit,
      sleep,
    });
    await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(() => ((timedOut = true), resolve()), KILL_AFTER_MS)))]);
  } finally {
    clearTimeout(timer);
  }
  return finish(p, recording.failed() ? 1 : 0, recording.stdout(), '', timedOut, sleeps);
}

/** The committed bundle in a child process, exactly as the runner starts it. */
export async function runBundle(emulator: Emulator, inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  const p = prepare(emulator, inputs, options);
  // The emulator answers from this event loop, so the bundle must be spawned asynchronously.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, 'dist/index.js')], { env: p.env, cwd: p.dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, KILL_AFTER_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return finish(p, code, stdout, stderr, timedOut);
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1] as string] = m[3] as string;
  return out;
}
