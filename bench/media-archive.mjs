// The media bench: the Action on a pull request adding 1,100 declared frames (`scan: changed`), in-process
// against the loopback emulator, reading them from one archive of the tree and, for comparison, one
// blobs request per frame. Requests are counted at the emulator (the archive host's download included);
// wall time and peak RSS are one process's, the emulator's included, since it answers in that process.
// Writes nothing by itself: it prints a markdown table for bench/RESULTS-media-archive.md (run.mjs
// rewrites bench/RESULTS.md whole, so this result keeps a file of its own).
//
//   node bench/media-archive.mjs [--frames 1100] [--runs 3]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTs } from './bundle-ts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { frames: { type: 'string', default: '1100' }, runs: { type: 'string', default: '3' } } });
const OUT = join(ROOT, 'bench/out/media-archive-run.mjs');
await bundleTs(join(ROOT, 'bench/media-archive-run.ts'), OUT);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const mode of ['per-blob', 'archive']) {
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const child = spawnSync(process.execPath, [OUT, mode, values.frames], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 2 ** 20 });
    if (child.status !== 0) throw new Error(`${mode} run failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
  }
  const last = runs.at(-1);
  if (runs.some((r) => r.code !== 0 || r.decision !== 'pass')) throw new Error(`${mode}: the run did not pass: ${JSON.stringify(runs.at(-1))}`);
  if (runs.some((r) => r.violations > 0)) throw new Error(`${mode}: the emulator saw requests or responses unlike GitHub's description`);
  const ops = Object.entries(last.byOperation)
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  const walls = runs.map((r) => r.wallMs);
  rows.push(
    `| ${mode} | ${last.decision} | ${last.requests.toLocaleString('en-US')} | ${median(walls)} (${Math.min(...walls)}–${Math.max(...walls)}) | ${last.rssBeforeMiB} | ${median(runs.map((r) => r.peakRssMiB))} | ${ops} |`,
  );
}
process.stdout.write(
  [
    `node ${process.version}, ${values.frames} frames, ${values.runs} runs of each, one process per run`,
    '',
    '| read as | decision | requests | wall ms, median (min–max) | RSS before the run, MiB | peak RSS, MiB | by operation (last run) |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n'),
);
