import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../emulator/github-emulator.js';
import type { Emulator, EmulatorState } from '../emulator/github-emulator.js';
import { CLEAN_USE, declarationYaml, patch, readText, ROOT } from '../helpers.js';

export const REPO = 'studio/long-night';
export const TOKEN = 'ghs_actiontoken';
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const PR = 7;

export const CLEAR_USE = CLEAN_USE;
export const NEEDS_APPROVAL_USE = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
export const APPROVED_USE = patch(NEEDS_APPROVAL_USE, {
  approvals: [{ ref: 'GENAI-2026-0042', rules: ['final-deliverable', 'prominent-element'], approved_on: '2026-06-01' }],
});

export const declaration = (uses: unknown[]) => declarationYaml(uses);
export const PACK_PATH = 'policy/netflix-genai/1.0.0.yml';
export const PACK_TEXT = readText(PACK_PATH);

/** A repository whose base branch `main` and PR head hold the given files. */
export function repoState(head: Record<string, string>, base: Record<string, string> = {}, extra: Partial<EmulatorState> = {}): EmulatorState {
  return {
    repos: {
      [REPO]: {
        files: { main: base, [BASE]: base, [HEAD]: head },
        pulls: { [PR]: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } },
      },
    },
    users: { [TOKEN]: GITHUB_ACTIONS_BOT, ghp_other: { login: 'mallory', id: 666, type: 'User' } },
    ...extra,
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function prEvent(): object {
  return { action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } };
}

/** Runs the committed bundle exactly as the runner does: node dist/index.js, INPUT_* and GITHUB_* env. */
export async function runAction(emulator: Emulator, inputs: Record<string, string> = {}, options: { event?: string; payload?: object; sha?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'genai-action-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  // Every real event payload names the repository and its default branch.
  writeFileSync(eventPath, JSON.stringify({ repository: { full_name: REPO, default_branch: 'main' }, ...(options.payload ?? prEvent()) }));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
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
    'INPUT_TOKEN': TOKEN,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, options.env ?? {});
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

export { startEmulator, stringify };
export type { Emulator };
