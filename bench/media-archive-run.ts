// One run of the Action, in-process against the loopback emulator, on a pull request that adds N
// declared PNG frames (`scan: changed`): either as the Action reads them (one archive of the tree), or
// with the tree listed as too large to stream (one blobs request per frame). bench/media-archive.mjs
// bundles this file into bench/out/ and runs it once per process, so each peak RSS is one run's.
//
//   node bench/out/media-archive-run.mjs archive|per-blob N   → stdout: one JSON line
import { performance } from 'node:perf_hooks';
import type { GitHubApi } from '../action/github-api.js';
import { GITHUB_ACTIONS_BOT, startEmulator } from '../test/support/emulator/github-emulator.js';
import { png, TRAINED, xmpPacket } from '../test/support/media/containers.js';
import { CLEAN_V2, v2 } from '../test/support/provenance.js';
import { BASE, HEAD, PR, REPO, runAction, TOKEN } from '../test/support/run-action.js';

const [mode = 'archive', count = '1100'] = process.argv.slice(2);
const frames = Number(count);
const head: Record<string, Uint8Array | string> = { 'genai-usage.yml': v2([{ ...CLEAN_V2, assets: [{ path: 'frames/*.png' }] }]) };
// One frame's bytes under every name, as in test/action/budget.test.ts: the emulator finds a blob by
// hashing its files in turn, and distinct frames would make its own lookups, not the Action, the cost.
const frame = png({ xmp: xmpPacket(TRAINED) });
for (let i = 0; i < frames; i++) head[`frames/${String(i).padStart(5, '0')}.png`] = frame;
const base = { 'genai-usage.yml': v2([CLEAN_V2]) };

const perBlob = (api: GitHubApi): GitHubApi =>
  Object.assign(Object.create(api) as GitHubApi, {
    listTree: async (...args: Parameters<GitHubApi['listTree']>) => [...(await api.listTree(...args)), { path: 'masters/reel.bin', sha: 'c'.repeat(40), size: 3 * 1024 ** 3 }],
  });

const gh = await startEmulator({
  repos: { [REPO]: { files: { main: base, [BASE]: base, [HEAD]: head }, pulls: { [PR]: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } } } },
  users: { [TOKEN]: GITHUB_ACTIONS_BOT },
  rateLimit: 5000,
});
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = await runAction(gh, {}, { now: new Date('2026-12-01T12:00:00Z'), ...(mode === 'per-blob' ? { wrapApi: perBlob } : {}) });
const wallMs = performance.now() - started;
const byOperation: Record<string, number> = {};
for (const r of gh.requests) {
  const op = r.operationId ?? (r.path === '/graphql' ? 'graphql' : r.path.startsWith('/_codeload/') ? 'archive host' : `${r.method} ${r.path}`);
  byOperation[op] = (byOperation[op] ?? 0) + 1;
}
const out = {
  mode,
  frames,
  code: result.code,
  decision: result.outputs.decision,
  requests: gh.requests.length,
  byOperation,
  wallMs: Math.round(wallMs),
  rssBeforeMiB: Math.round(rssBefore / 2 ** 20),
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  violations: gh.violations.length,
  ...(process.env.MEDIA_BENCH_DEBUG ? { stdout: result.stdout.split('\n').filter((l) => l.startsWith('::error')) } : {}),
};
await gh.close();
process.stdout.write(`${JSON.stringify(out)}\n`);
