// The provenance bench: `genai-clearance scan` on 1,000 small images and on one 2 GB video, side by
// side with the floor (`node -e ''`) and ExifTool (the broadest public metadata reader, reading the
// same XMP digital source type; it validates no Content Credentials), every command in one
// environment. Whole-process wall time (median of N runs, min–max) and peak RSS, written to
// bench/RESULTS-provenance.md.
//
//   npm ci --prefix bench && npm run build && node bench/provenance.mjs [--runs N] [--images N] [--out FILE] [--data DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { HAS_TIME, measure } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    images: { type: 'string', default: '1000' },
    out: { type: 'string', default: join(ROOT, 'bench/RESULTS-provenance.md') },
    data: { type: 'string', default: join(ROOT, 'bench/out/provenance') },
  },
});
const runs = Math.max(1, Number(opt.runs));
const NODE = process.execPath;
const DATA = opt.data;
const IMAGES = Math.max(10, Number(opt.images));
const EXIFTOOL = join(ROOT, 'bench/node_modules/exiftool-vendored.pl/bin/exiftool');
const TODAY = '2026-12-01';

rmSync(DATA, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });
const generator = join(ROOT, 'bench/out/provenance-data.mjs');
await build({ entryPoints: [join(ROOT, 'bench/provenance-data.ts')], outfile: generator, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' });
execFileSync(NODE, [generator, DATA, String(IMAGES)], { stdio: 'inherit', cwd: ROOT });

const scan = (what) => [join(ROOT, 'dist/cli.js'), 'scan', what, '--format', 'json', '--today', TODAY];
const tools = [
  { name: 'floor', shape: 'both', cmd: NODE, args: () => ['-e', ''] },
  { name: 'scan', shape: 'images', cmd: NODE, args: () => scan('images'), ok: [0, 1] },
  { name: 'exiftool', shape: 'images', cmd: 'perl', args: () => [EXIFTOOL, '-r', '-json', '-q', '-XMP-iptcExt:DigitalSourceType', 'images'], ok: [0, 1] },
  { name: 'scan', shape: 'video', cmd: NODE, args: () => scan('video'), ok: [0, 1] },
  { name: 'exiftool', shape: 'video', cmd: 'perl', args: () => [EXIFTOOL, '-json', '-q', '-XMP-iptcExt:DigitalSourceType', 'video/master.mov'], ok: [0, 1] },
].filter((t) => t.name !== 'exiftool' || existsSync(EXIFTOOL));

const results = [];
for (const tool of tools) {
  const samples = [];
  await measure(tool.cmd, tool.args(), { cwd: DATA, ok: tool.ok ?? [0] }); // warm-up: the page cache, not the process
  for (let i = 0; i < runs; i++) samples.push(await measure(tool.cmd, tool.args(), { cwd: DATA, ok: tool.ok ?? [0] }));
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  results.push({ ...tool, median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms.at(-1), rssMb: Math.max(...samples.map((s) => s.rssMb)) });
  process.stderr.write(`${tool.name} ${tool.shape}: ${results.at(-1).median.toFixed(0)} ms\n`);
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const row = (r) => `| ${r.shape} | ${r.name} | ${fmt(r.median)} | ${fmt(r.min)}–${fmt(r.max)} | ${HAS_TIME ? fmt(r.rssMb) : 'n/a'} |`;
const find = (shape, name) => results.find((r) => r.shape === shape && r.name === name);
const ratio = (shape) => {
  const a = find(shape, 'scan');
  const b = find(shape, 'exiftool');
  return a && b ? `${(a.median / b.median).toFixed(2)}×` : '—';
};
const size = statSync(join(DATA, 'video/master.mov')).size;
const md = `# Provenance bench results

Measured on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${loadavg()
  .map((l) => l.toFixed(1))
  .join('/')}; median of ${runs} runs after one warm-up, every command in the same environment (bench/measure.mjs).
\`images\`: ${IMAGES} JPEGs (45% generated and 45% captured, by XMP; 10% signed with Content Credentials, validated
offline). \`video\`: one QuickTime master of ${String(size).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes (sparse on disk), XMP after the media.
ExifTool reads the same XMP value; it validates no Content Credentials.

| data | tool | median ms | min–max ms | peak RSS MB |
|---|---|---|---|---|
${results.map(row).join('\n')}

scan ÷ ExifTool: images ${ratio('images')}, video ${ratio('video')}.
`;
writeFileSync(opt.out, md);
process.stdout.write(md);
