// The evidence-packet bench: the stress shape (one declaration, 10,000 uses) checked and made into a
// packet by the committed CLI bundle, side by side: wall time (median of N runs), CPU, peak RSS
// (/usr/bin/time -v, as bench/run.mjs measures), the packet-to-check ratio and the PDF's page count.
// Writes bench/RESULTS-packet.md.
//
//   node bench/packet.mjs [--uses 10000] [--runs 3] [--out bench/RESULTS-packet.md]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeDeclaration, TODAY, toYaml } from './generate.mjs';
import { HAS_TIME, measure } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: { uses: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: join(ROOT, 'bench/RESULTS-packet.md') } },
});
const uses = Number(opt.uses);
const runs = Math.max(1, Number(opt.runs));
const dir = mkdtempSync(join(tmpdir(), 'genai-bench-packet-'));
writeFileSync(join(dir, 'genai-usage.yml'), toYaml(makeDeclaration(3, uses)));
const CLI = join(ROOT, 'bin/genai-clearance.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function series(args) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(process.execPath, [CLI, ...args], { cwd: dir, ok: [0, 1] }));
  return { ms: median(all.map((r) => r.ms)), cpuMs: median(all.map((r) => r.cpuMs)), rssMb: Math.max(...all.map((r) => r.rssMb)) };
}

const check = await series(['check', '.', '--today', TODAY, '--format', 'json', '--output', join(dir, 'report.json')]);
const packet = await series(['packet', '.', '-o', join(dir, 'packet'), '--today', TODAY]);
const pdf = readFileSync(join(dir, 'packet/disclosure.pdf')).toString('latin1');
const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf)?.[1] ?? (pdf.match(/\/Type \/Page\b/g) ?? []).length);
rmSync(dir, { recursive: true, force: true });

const row = (name, r) => `| ${name} | ${Math.round(r.ms).toLocaleString('en')} | ${Math.round(r.cpuMs).toLocaleString('en')} | ${Math.round(r.rssMb)} |`;
const text = `# Evidence packet bench

One declaration with ${uses.toLocaleString('en')} uses (bench/generate.mjs, seed 3), the committed CLI bundle, median of ${runs} runs; peak RSS ${HAS_TIME ? 'from /usr/bin/time -v' : 'from the preloaded resource-usage hook'}.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0]?.toFixed(2)} at the start. Reproduce with \`npm run build && node bench/packet.mjs\`.

| command | wall ms | CPU ms | peak RSS MB |
|---|---:|---:|---:|
${row('`genai-clearance check --format json`', check)}
${row('`genai-clearance packet -o DIR`', packet)}

Packet / check: **${(packet.ms / check.ms).toFixed(2)}×** wall time (target: at most 3×); peak RSS ${Math.round(packet.rssMb)} MB (target: under 400 MB); disclosure.pdf: **${pages} pages**.
`;
writeFileSync(opt.out, text);
process.stdout.write(text);
