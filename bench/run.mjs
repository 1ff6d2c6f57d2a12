// The performance benchmark of issue 6: genai-clearance side by side with the floor and its peers, on
// four shapes of generated declarations. Whole-process wall time (median of N runs after a warm-up,
// with min–max) and peak RSS, one table, written to bench/RESULTS.md.
//
//   node bench/run.mjs                       # the full bench (several minutes)
//   node bench/run.mjs --scale 0.01 --runs 1 --warmup 0 --out /tmp/R.md    # the smoke run
//
// Options: --scale F (shrinks every shape), --runs N (≥ 1; default 5), --warmup N (default 1),
// --shapes a,b (typical, series, studio, stress), --tools a,b (floor, cli, action, ajv-cli, spectral),
// --out FILE (default bench/RESULTS.md), --data DIR (default bench/out/data).
// Measures the committed bundles: run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { makeDeclaration, shapes, TODAY, toYaml } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = (name) => join(ROOT, 'node_modules/.bin', name);
const SCHEMA = join(ROOT, 'src/schema/genai-usage.schema.json');
const RULESET = join(ROOT, 'bench/netflix-genai.spectral.yml');
const ALL_TOOLS = ['floor', 'cli', 'action', 'ajv-cli', 'spectral'];

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    shapes: { type: 'string', default: 'typical,series,studio,stress' },
    tools: { type: 'string', default: ALL_TOOLS.join(',') },
    out: { type: 'string', default: join(ROOT, 'bench/RESULTS.md') },
    data: { type: 'string', default: join(ROOT, 'bench/out/data') },
  },
});
const scale = Number(opt.scale);
const runs = Math.max(1, Number(opt.runs));
const warmup = Math.max(0, Number(opt.warmup));
const wantedTools = new Set(opt.tools.split(','));
const wantedShapes = new Set(opt.shapes.split(','));
const log = (s) => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------------------------------ data

/** Writes each shape's files (same seed, same bytes) and the ajv-cli copy with quoted dates. */
function writeData(shape) {
  const dir = resolve(opt.data, `${shape.name}-${shape.files}x${shape.uses}`);
  const ajvDir = `${dir}-ajv`;
  rmSync(dir, { recursive: true, force: true });
  rmSync(ajvDir, { recursive: true, force: true });
  const paths = [];
  let bytes = 0;
  for (let i = 0; i < shape.files; i++) {
    const rel = shape.files === 1 ? 'genai-usage.yml' : `p${String(i + 1).padStart(4, '0')}/genai-usage.yml`;
    const text = toYaml(makeDeclaration(i + 1, shape.uses), `bench declaration ${i + 1}: ${shape.uses} uses`);
    for (const [base, body] of [
      [dir, text],
      // js-yaml 3 (inside ajv-cli) reads YAML 1.1, where a plain 2026-01-10 is a timestamp, not a
      // string; quoting the dates gives it the same data as YAML 1.2 readers get from the original.
      [ajvDir, text.replace(/: (\d{4}-\d{2}-\d{2})$/gm, ': "$1"')],
    ]) {
      mkdirSync(dirname(join(base, rel)), { recursive: true });
      writeFileSync(join(base, rel), body);
    }
    paths.push(join(dir, rel));
    bytes += Buffer.byteLength(text);
  }
  const glob = shape.files === 1 ? 'genai-usage.yml' : '*/genai-usage.yml';
  return { dir, ajvDir, paths, bytes, glob };
}

// ----------------------------------------------------------------------------------- measuring

// GENAI_BENCH_NO_TIME=1 forces the fallback (to test it where GNU time exists).
const HAS_TIME = existsSync('/usr/bin/time') && !process.env.GENAI_BENCH_NO_TIME;
const RSS_PRELOAD = join(ROOT, 'bench/rss-preload.cjs');

/** Runs one process to completion; wall time from spawn to exit, peak RSS of the process itself. */
function measure(cmd, args, { env = process.env, cwd = ROOT, ok = [0] } = {}) {
  const rssFile = join(tmpdir(), `genai-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  let file = cmd;
  let argv = args;
  let childEnv = env;
  if (HAS_TIME) {
    file = '/usr/bin/time';
    argv = ['-f', '%M %U %S', '-o', rssFile, cmd, ...args];
  } else {
    // No GNU time: every node process in the tree reports its own maxRSS on exit; the largest wins.
    childEnv = { ...env, GENAI_BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${RSS_PRELOAD}`.trim() };
  }
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { env: childEnv, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKb = NaN;
      let cpuMs = NaN;
      try {
        // GNU time: "maxRSS-KiB user-s sys-s" (its last line; "Command exited with …" may precede it).
        // The preload fallback: one "maxRSS-KiB user-µs sys-µs" line per node process.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
        const rows = lines.filter((l) => l.length === 3 && l.every((n) => Number.isFinite(n)));
        rssKb = Math.max(...rows.map((r) => r[0]));
        cpuMs = HAS_TIME ? rows.reduce((n, r) => n + (r[1] + r[2]) * 1000, 0) : rows.reduce((n, r) => n + (r[1] + r[2]) / 1000, 0);
        rmSync(rssFile, { force: true });
      } catch {
        /* reported as n/a */
      }
      if (!ok.includes(code)) reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
      else resolvePromise({ ms, cpuMs, rssMb: rssKb / 1024 });
    });
  });
}

// ------------------------------------------------------------------------------------- the tools

const NODE = process.execPath;

function toolsFor(shape, data, action) {
  const tools = [];
  const add = (name, label, fn) => {
    if (wantedTools.has(name)) tools.push({ name, label, run: fn });
  };
  add('floor', "`node -e ''` (floor)", () => measure(NODE, ['-e', '']));
  add('cli', '`genai-clearance check --format json`', () => measure(NODE, [join(ROOT, 'dist/cli.js'), 'check', data.dir, '--format', 'json', '--today', TODAY], { ok: [0, 1] }));
  if (action && shape.name === 'typical') add('action', 'Action bundle (`dist/index.js`, loopback GitHub)', () => runAction(action));
  add('ajv-cli', 'ajv-cli 5 `validate` (schema only)', () =>
    measure(NODE, [BIN('ajv'), 'validate', '-s', SCHEMA, '-d', data.glob, '--spec=draft7', '--strict=false', '--all-errors'], { cwd: data.ajvDir }),
  );
  add('spectral', `Spectral 6 \`lint\` (${RULE_COUNT} rules)`, () => measure(NODE, [BIN('spectral'), 'lint', data.glob, '-r', RULESET, '-f', 'json', '-q'], { cwd: data.dir }));
  return tools;
}

const RULE_COUNT = (readFileSync(RULESET, 'utf8').match(/^ {2}netflix-genai-/gm) ?? []).length;

// -------------------------------------------------------------------------------------- the Action

async function startActionEmulator(paths) {
  // Bundled beside node_modules (its packages stay external), one file per bench process.
  const outfile = join(ROOT, `bench/out/action-emulator-${process.pid}.mjs`);
  await build({ entryPoints: [join(ROOT, 'bench/action-emulator.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' });
  const child = spawn(NODE, [outfile, ...paths], { stdio: ['pipe', 'pipe', 'inherit'] });
  const info = await new Promise((resolvePromise, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolvePromise(JSON.parse(buf.slice(0, nl)));
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return {
    ...info,
    stop: () =>
      new Promise((resolvePromise) => {
        child.removeAllListeners('exit');
        child.on('exit', (code) => {
          rmSync(outfile, { force: true });
          resolvePromise(code);
        });
        child.stdin.end();
      }),
  };
}

async function runAction(emu) {
  const dir = mkdtempSync(join(tmpdir(), 'genai-bench-action-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: emu.pr, repository: { default_branch: 'main' }, pull_request: { number: emu.pr, head: { sha: emu.head, ref: 'feature' }, base: { sha: 'b'.repeat(40), ref: 'main' } } }));
  writeFileSync(outputPath, '');
  writeFileSync(join(dir, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: emu.repo,
    GITHUB_SHA: emu.head,
    GITHUB_API_URL: emu.url,
    GITHUB_GRAPHQL_URL: `${emu.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    INPUT_TOKEN: emu.token,
  };
  const result = await measure(NODE, [join(ROOT, 'dist/index.js')], { env, cwd: dir, ok: [0, 1] });
  const outputs = readFileSync(outputPath, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  if (!/^decision<<ghadelimiter_[^\n]+\n(pass|fail)\n/m.test(outputs)) throw new Error(`the Action did not report a decision:\n${outputs.slice(0, 2000)}`);
  return result;
}

// --------------------------------------------------------------------------------------- the run

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const results = [];
const loadBefore = loadavg();
let action;
try {
  for (const shape of shapes(scale).filter((s) => wantedShapes.has(s.name))) {
    const data = writeData(shape);
    log(`\n${shape.label}: ${shape.files} file(s), ${shape.files * shape.uses} uses, ${(data.bytes / 1024).toFixed(0)} KiB`);
    if (shape.name === 'typical' && wantedTools.has('action') && !action) action = await startActionEmulator(data.paths);
    const tools = toolsFor(shape, data, action);
    const samples = new Map(tools.map((t) => [t.name, []]));
    for (let i = 0; i < warmup; i++) for (const t of tools) await t.run();
    // Interleaved: drift on a shared machine hits every tool alike.
    for (let i = 0; i < runs; i++) {
      for (const t of tools) {
        const s = await t.run();
        samples.get(t.name).push(s);
        log(`  ${t.name.padEnd(9)} run ${i + 1}/${runs}: ${s.ms.toFixed(0)} ms (cpu ${s.cpuMs.toFixed(0)}), ${s.rssMb.toFixed(0)} MB`);
      }
    }
    for (const t of tools) {
      const ss = samples.get(t.name);
      const ms = ss.map((s) => s.ms);
      results.push({ shape, tool: t, median: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu: median(ss.map((s) => s.cpuMs)), rss: Math.max(...ss.map((s) => s.rssMb)), bytes: data.bytes, uses: shape.files * shape.uses });
    }
  }
} finally {
  if (action) {
    const code = await action.stop();
    if (code !== 0) {
      log('the GitHub emulator recorded OpenAPI violations (see above)');
      process.exitCode = 1;
    }
  }
}

// ------------------------------------------------------------------------------------- the table

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : 'n/a');
const ratio = (a, b) => (a && b ? `${fmt(a.median / b.median, 2)}×` : '—');
const find = (shape, tool) => results.find((r) => r.shape.name === shape && r.tool.name === tool);

const rows = results.map((r) => {
  const floor = find(r.shape.name, 'floor');
  const ajv = find(r.shape.name, 'ajv-cli');
  const spectral = find(r.shape.name, 'spectral');
  return `| ${r.shape.label} | ${r.tool.label} | ${fmt(r.median)} | ${fmt(r.min)}–${fmt(r.max)} | ${fmt(r.cpu)} | ${fmt(r.rss)} | ${r.tool.name === 'floor' ? '1.00×' : ratio(r, floor)} | ${r.tool.name === 'ajv-cli' ? '—' : ratio(r, ajv)} | ${r.tool.name === 'spectral' ? '—' : ratio(r, spectral)} |`;
});

function targets() {
  const lines = [];
  const check = (label, ok, detail) => lines.push(`| ${label} | ${detail} | ${ok === undefined ? 'n/a' : ok ? 'met' : '**missed**'} |`);
  const cli = (s) => find(s, 'cli');
  const t = cli('typical');
  const tf = find('typical', 'floor');
  if (t && tf) check('typical: CLI ≤ 1.6× the floor', t.median / tf.median <= 1.6, `${fmt(t.median / tf.median, 2)}×`);
  const a = find('typical', 'action');
  if (a && tf) check('typical: Action bundle ≤ 2.5× the floor', a.median / tf.median <= 2.5, `${fmt(a.median / tf.median, 2)}×`);
  for (const s of ['studio', 'stress']) {
    const c = cli(s);
    const sp = find(s, 'spectral');
    const aj = find(s, 'ajv-cli');
    if (c && sp) check(`${s}: ≥ 5× faster than Spectral`, sp.median / c.median >= 5, `${fmt(sp.median / c.median, 2)}× faster`);
    if (c && aj) check(`${s}: no slower than ajv-cli`, c.median <= aj.median, `${fmt(c.median)} ms vs ${fmt(aj.median)} ms (${fmt(c.median / aj.median, 2)}×)`);
  }
  const cliRows = results.filter((r) => r.tool.name === 'cli' || r.tool.name === 'action');
  if (cliRows.length) {
    const worst = cliRows.reduce((m, r) => (r.rss > m.rss ? r : m));
    check('peak RSS ≤ 200 MB (CLI and Action, every shape)', worst.rss <= 200, `worst ${fmt(worst.rss)} MB (${worst.shape.name}, ${worst.tool.name})`);
  }
  const [ty, se, st] = [cli('typical'), cli('series'), cli('stress')];
  if (ty && se && st) {
    // Time per use above the fixed cost (start-up, packs), taken as the typical run.
    const perSeries = (se.median - ty.median) / (se.uses - ty.uses);
    const perStress = (st.median - ty.median) / (st.uses - ty.uses);
    check('growth: time per use, 1,000 → 10,000 uses, within 1.5×', perStress / perSeries <= 1.5, `${fmt(perSeries * 1000, 0)} µs → ${fmt(perStress * 1000, 0)} µs per use (${fmt(perStress / perSeries, 2)}×)`);
  }
  return lines;
}

const cpu = cpus();
const md = `# Benchmark results

Generated by \`node bench/run.mjs\` (\`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${process.platform}-${process.arch}.
Load average (1/5/15 min) at the start ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, at the end ${loadavg().map((l) => l.toFixed(2)).join(' / ')}: the bench itself keeps about one core busy; a load well above 1 means other work shared the two cores and wall times are inflated.
Whole-process wall time from spawn to exit: median of ${runs} run(s) after ${warmup} warm-up run(s), runs interleaved across tools; peak RSS is the largest maxRSS seen (${HAS_TIME ? '`/usr/bin/time -f %M`' : 'each node process reports `process.resourceUsage().maxRSS` on exit'}). CPU ms is the median user + system time of the measured process (${HAS_TIME ? 'GNU time, 10 ms resolution' : 'summed over its node processes'}): unlike wall time it leaves out waiting (the Action waits on the emulator) and most of the noise of a shared machine. Ratios compare wall-time medians (row ÷ column: below 1 is faster).

| shape | tool | median ms | min–max ms | CPU ms | peak RSS MB | × floor | × ajv-cli | × Spectral |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

## Targets (issue 6)

| target | measured | |
|---|---|---|
${targets().join('\n')}

## What each row runs

- **floor**: \`node -e ''\`.
- **genai-clearance**: \`node dist/cli.js check DIR --format json --today ${TODAY}\`, stdout discarded: YAML with positions, schema, ${RULE_COUNT} rules of netflix-genai@1, approvals, JSON report.
- **Action bundle**: \`node dist/index.js\` as the runner runs it (\`INPUT_*\`, \`GITHUB_*\`, event file) against the loopback GitHub emulator of \`test/emulator/\` (bundled into \`bench/out/\`, started once, outside the timed region; it still checks every request and response against GitHub's OpenAPI description, on its own process). Reads the tree and blobs, the PR's files, finds and updates the sticky comment, writes outputs, summary and annotations. Typical shape only.
- **ajv-cli**: \`ajv validate -s src/schema/genai-usage.schema.json -d GLOB --strict=false --all-errors\` — YAML in (js-yaml 3), schema validation only, no rules, no positions. js-yaml 3 reads YAML 1.1, where a plain \`2026-01-10\` is a timestamp, so on the original files ajv-cli rejects every date; it gets a copy with the dates quoted (same data as YAML 1.2 readers get; generated outside the timed region).
- **Spectral**: \`spectral lint GLOB -r bench/netflix-genai.spectral.yml -f json -q\` — the same ${RULE_COUNT} rules written as Spectral \`schema\` rules over \`$.uses[*]\` (generated by \`bench/spectral-ruleset.mjs\`), no declaration schema, no approvals.
- Shapes come from \`bench/generate.mjs\` (seeded; the guidance's risk matrix: mostly clear ideation, vendor pipelines with several tools, escalations with and without approvals; block style, no anchors or aliases)${scale !== 1 ? `, scaled by ${scale}` : ''}. Sizes: ${[...new Map(results.map((r) => [r.shape.name, r])).values()].map((r) => `${r.shape.name} ${fmt(r.bytes / 1024)} KiB`).join(', ')}.
- Growth compares the time per use above the typical run's fixed cost: (T(n) − T(typical)) ÷ (n − typical uses).
`;

mkdirSync(dirname(resolve(opt.out)), { recursive: true });
writeFileSync(resolve(opt.out), md);
process.stdout.write(md);
log(`\nwrote ${opt.out}`);
