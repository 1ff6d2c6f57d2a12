// The GitHub side of the Action benchmark: the loopback emulator from test/support/emulator/, serving one pull
// request whose head holds the declarations named on stdin. bench/run.mjs bundles this file with
// esbuild into bench/out/ (the emulator is TypeScript) and runs it as a separate process, so the time
// measured is the Action's own process; the emulator's start-up is outside the timed region.
//
//   stdin line 1: a JSON array of declaration paths   → stdout: {"url": "...", ...}
//   stdin "requests": what was asked since the last one → stdout: {"total", "maxInFlight" (connections), "byOperation"}
//   stdin closed: exits (3 if any request or response broke GitHub's OpenAPI description)

import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import type { Emulator } from '../test/support/emulator/github-emulator.js';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../test/support/emulator/github-emulator.js';

export const REPO = 'studio/bench';
export const TOKEN = 'ghs_benchtoken';
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const PR = 7;

// Connections open at once: how many requests the Action has in flight. (The emulator answers each
// request within its handler, so counting requests being handled would always say 1.) Counted where
// the HTTP server takes connections, so the emulator itself stays as the tests use it.
let open = 0;
let maxInFlight = 0;
const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'connection') {
    open++;
    maxInFlight = Math.max(maxInFlight, open);
    (args[0] as Socket).once('close', () => open--);
  }
  return (emit as (this: Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
} as typeof Server.prototype.emit;

let emulator: Emulator | undefined;
let counted = 0;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!emulator) {
    void start(JSON.parse(line) as string[]);
    return;
  }
  if (line === 'requests') {
    const since = emulator.requests.slice(counted);
    counted = emulator.requests.length;
    const byOperation: Record<string, number> = {};
    for (const r of since) {
      const op = r.operationId ?? (r.path === '/graphql' ? 'graphql' : `${r.method} ${r.path}`);
      byOperation[op] = (byOperation[op] ?? 0) + 1;
    }
    process.stdout.write(`${JSON.stringify({ total: since.length, maxInFlight, byOperation })}\n`);
    maxInFlight = open;
  }
});
lines.on('close', () => {
  if (!emulator) process.exit(0);
  if (emulator.violations.length > 0) process.stderr.write(`emulator violations:\n${emulator.violations.join('\n')}\n`);
  const code = emulator.violations.length > 0 ? 3 : 0;
  void emulator.close().then(() => process.exit(code));
});

async function start(paths: string[]): Promise<void> {
  const files: Record<string, string> = {};
  paths.forEach((path, i) => {
    files[paths.length === 1 ? 'genai-usage.yml' : `p${String(i + 1).padStart(4, '0')}/genai-usage.yml`] = readFileSync(path, 'utf8');
  });
  emulator = await startEmulator({
    repos: {
      [REPO]: {
        files: { main: {}, [BASE]: {}, [HEAD]: files },
        pulls: { [PR]: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } },
      },
    },
    users: { [TOKEN]: GITHUB_ACTIONS_BOT },
  });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, repo: REPO, token: TOKEN, head: HEAD, pr: PR })}\n`);
}
