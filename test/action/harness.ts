import { expect } from 'vitest';
import { stringify } from 'yaml';
import { CLEAN_USE, declarationYaml, patch, readText } from '../helpers.js';
import type { FileContent } from '../support/emulator/emulator-state.js';
import type { Emulator, EmulatorState } from '../support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../support/emulator/github-emulator.js';
import { BASE, daysFromNow, HEAD, PR, REPO, TOKEN } from '../support/run-action.js';

export type { RunResult } from '../support/run-action.js';
export { BASE, HEAD, PR, prEvent, REPO, runAction, runBundle, TOKEN } from '../support/run-action.js';

export const CLEAR_USE = CLEAN_USE;
export const NEEDS_APPROVAL_USE = patch(CLEAN_USE, { id: 'title-card', summary: 'Main title card', stage: 'post-production', output: { final: true, prominence: 'featured' } });
export const APPROVED_USE = patch(NEEDS_APPROVAL_USE, {
  approvals: [{ ref: 'GENAI-2026-0042', rules: ['final-deliverable', 'prominent-element'], approved_on: '2026-06-01' }],
});

export const declaration = (uses: unknown[]) => declarationYaml(uses);
export const PACK_PATH = 'policy/netflix-genai/1.0.0.yml';
export const PACK_TEXT = readText(PACK_PATH);

/** A repository whose base branch `main` and PR head hold the given files. */
export function repoState(head: Record<string, FileContent>, base: Record<string, FileContent> = {}, extra: Partial<EmulatorState> = {}): EmulatorState {
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

export type { Emulator };
export { startEmulator, stringify };

// What the trust, tamper and red-team tests share: the trusted files, a grant and the checks on a run.
export const LEDGER_PATH = 'approvals/ledger.yml';
export const CONFIG_PATH = '.github/genai-clearance.yml';
export const REF = 'GENAI-2026-0042';
export const RULES = ['final-deliverable', 'prominent-element'];

/** title-card escalates final-deliverable and prominent-element; this approval claims both. */
export const approvedUse = (approval: Record<string, unknown> = {}) => ({ ...NEEDS_APPROVAL_USE, approvals: [{ ref: REF, rules: RULES, approved_on: daysFromNow(-30), ...approval }] });
/** The ledger entry that backs approvedUse(), dated relative to the Action's clock. */
export const grant = (entry: Record<string, unknown> = {}) => ({
  ref: REF,
  production: 'PRD-0001',
  path: 'genai-usage.yml',
  use: 'title-card',
  rules: RULES,
  approved_on: daysFromNow(-30),
  expires_on: daysFromNow(300),
  approver: 'Dana Okafor (Legal)',
  ...entry,
});
export const ledger = (...entries: Array<Record<string, unknown>>) => stringify({ format: 'genai-approvals/v1', approvals: entries });
export const config = (settings: Record<string, unknown> = {}) => stringify({ format: 'genai-clearance-config/v1', ...settings });

/** The sticky comments the Action wrote. */
export const ours = (gh: Emulator) => gh.state.comments.filter((c) => c.user === GITHUB_ACTIONS_BOT.login && c.body.startsWith('<!-- genai-clearance:sticky'));

/** Starts an emulator for `body`, then checks every request was GitHub-shaped and closes it. */
export async function withEmulator(state: EmulatorState, body: (gh: Emulator) => Promise<void>): Promise<void> {
  const gh = await startEmulator(state);
  try {
    await body(gh);
    expect(gh.violations).toEqual([]);
  } finally {
    await gh.close();
  }
}
