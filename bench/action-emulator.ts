// The GitHub side of the Action benchmark: the loopback emulator from test/emulator/, serving one pull
// request whose head holds the declarations given on the command line. bench/run.mjs bundles this file
// with esbuild into bench/out/ (the emulator is TypeScript) and runs it as a separate process, so the
// time measured is the Action's own process; the emulator's start-up is outside the timed region.
//
//   node bench/out/action-emulator.mjs <declaration.yml>...   → prints {"url": "..."} and serves until stdin closes
import { readFileSync } from 'node:fs';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../test/emulator/github-emulator.js';

export const REPO = 'studio/bench';
export const TOKEN = 'ghs_benchtoken';
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const PR = 7;

const files: Record<string, string> = {};
process.argv.slice(2).forEach((path, i) => {
  files[i === 0 ? 'genai-usage.yml' : `p${String(i).padStart(4, '0')}/genai-usage.yml`] = readFileSync(path, 'utf8');
});

const emulator = await startEmulator({
  repos: {
    [REPO]: {
      files: { main: {}, [BASE]: {}, [HEAD]: files },
      pulls: { [PR]: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } },
    },
  },
  users: { [TOKEN]: GITHUB_ACTIONS_BOT },
});
process.stdout.write(`${JSON.stringify({ url: emulator.url, repo: REPO, token: TOKEN, head: HEAD, pr: PR })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  if (emulator.violations.length > 0) process.stderr.write(`emulator violations:\n${emulator.violations.join('\n')}\n`);
  void emulator.close().then(() => process.exit(emulator.violations.length > 0 ? 3 : 0));
});
