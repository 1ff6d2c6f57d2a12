import { stringify } from 'yaml';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../emulator/github-emulator.js';
import type { Emulator, EmulatorState } from '../emulator/github-emulator.js';
import { CLEAN_USE, declarationYaml, patch, readText } from '../helpers.js';
import { BASE, HEAD, PR, REPO, TOKEN } from '../support/run-action.js';

export { BASE, HEAD, PR, prEvent, REPO, runAction, runBundle, TOKEN } from '../support/run-action.js';
export type { RunResult } from '../support/run-action.js';

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

export { startEmulator, stringify };
export type { Emulator };
