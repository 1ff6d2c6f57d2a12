// The performance bench: genai-clearance side by side with the floor (`node -e ''`) and its peers, on
// five shapes of generated declarations. Whole-process wall time (median of N runs after a warm-up,
// with min–max), CPU time and peak RSS, one table, written to bench/RESULTS.md.
//
//   npm run bench                            # installs the peers (bench/package.json), then the full bench
//   node bench/run.mjs --scale 0.01 --runs 1 --warmup 0 --out /tmp/R.md    # the smoke run
//
// Options: --scale F (shrinks every shape), --runs N (≥ 1; default 5; the three large shapes run at most
// --large-runs, default 3), --warmup N (default 1; small shapes only), --shapes a,b (typical, series, studio, stress, huge),
// --tools a,b (floor, cli, cli-v2, cli-text, formats, action, action-floor, ajv-cli, ajv-cli-v2, spectral), --out FILE (default
// bench/RESULTS.md), --data DIR (default bench/out/data), --profile (adds `--cpu-prof` summaries).
// Measures the committed bundles: run `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTs } from './bundle-ts.mjs';
import { makeDeclaration, shapes, TODAY, toYaml } from './generate.mjs';
import { BENCH_ENV, HAS_TIME, measure } from './measure.mjs';
import { sourceMapper, summarise } from './profile.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The peers live in bench/node_modules (bench/package.json), not in the project's own dependencies.
const PEER_BIN = (name) => join(ROOT, 'bench/node_modules/.bin', name);
const SCHEMA = join(ROOT, 'src/schema/genai-usage.schema.json');
const SCHEMA_V2 = join(ROOT, 'src/schema/genai-usage.v2.schema.json');
const RULESET = join(ROOT, 'bench/netflix-genai.spectral.yml');
const ALL_TOOLS = ['floor', 'cli', 'cli-v2', 'cli-text', 'formats', 'action', 'action-floor', 'ajv-cli', 'ajv-cli-v2', 'spectral'];
/** The shapes also measured in the v2 format (the format `init` writes), against ajv-cli on the v2 schema. */
const V2_SHAPES = new Set(['typical', 'stress']);
const LARGE = new Set(['studio', 'stress', 'huge']);
const OTHER_FORMATS = ['markdown', 'sarif', 'junit'];

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    shapes: { type: 'string', default: 'typical,series,studio,stress,huge' },
    tools: { type: 'string', default: ALL_TOOLS.join(',') },
    out: { type: 'string', default: join(ROOT, 'bench/RESULTS.md') },
    data: { type: 'string', default: join(ROOT, 'bench/out/data') },
    profile: { type: 'boolean', default: false },
    'large-runs': { type: 'string', default: '3' },
  },
});
const scale = Number(opt.scale);
const runs = Math.max(1, Number(opt.runs));
const warmup = Math.max(0, Number(opt.warmup));
const wantedTools = new Set(opt.tools.split(','));
const wantedShapes = new Set(opt.shapes.split(','));
const log = (s) => process.stderr.write(`${s}\n`);
const largeRuns = Math.max(1, Number(opt['large-runs']));
const runsFor = (shape) => (LARGE.has(shape.name) ? Math.min(runs, largeRuns) : runs);
const warmupFor = (shape) => (LARGE.has(shape.name) ? 0 : warmup);

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
  return { dir, ajvDir, paths, bytes, glob, ...(V2_SHAPES.has(shape.name) ? writeV2(dir, ajvDir) : {}) };
}

/**
 * The same declarations in the v2 format, written by the CLI's own `migrate` (outside the timed
 * region), with an ajv-cli copy that has its dates quoted like the v1 one.
 */
function writeV2(dir, ajvDir) {
  const v2Dir = `${dir}-v2`;
  const v2AjvDir = `${ajvDir}-v2`;
  for (const d of [v2Dir, v2AjvDir]) rmSync(d, { recursive: true, force: true });
  execFileSync('cp', ['-r', dir, v2Dir]);
  const files = readdirSync(v2Dir, { recursive: true }).filter((f) => String(f).endsWith('genai-usage.yml'));
  execFileSync(NODE, [join(ROOT, 'dist/cli.js'), 'migrate', ...files.map(String), '--work', 'scripted'], { cwd: v2Dir, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const f of files) {
    mkdirSync(dirname(join(v2AjvDir, String(f))), { recursive: true });
    writeFileSync(join(v2AjvDir, String(f)), readFileSync(join(v2Dir, String(f)), 'utf8').replace(/: (\d{4}-\d{2}-\d{2})$/gm, ': "$1"'));
  }
  return { v2Dir, v2AjvDir };
}

// ----------------------------------------------------------------------------------- measuring

// GENAI_BENCH_NO_TIME=1 forces the fallback (to test it where GNU time exists).
// ------------------------------------------------------------------------------------- the tools

const NODE = process.execPath;
const PEERS_INSTALLED = existsSync(PEER_BIN('ajv')) && existsSync(PEER_BIN('spectral'));
const cliArgs = (data, format, dir = data.dir) => [join(ROOT, 'dist/cli.js'), 'check', dir, '--format', format, '--today', TODAY];
const ajvArgs = (schema, data) => [PEER_BIN('ajv'), 'validate', '-s', schema, '-d', data.glob, '--spec=draft7', '--strict=false', '--all-errors'];

function toolsFor(shape, data, action) {
  const tools = [];
  const add = (name, label, fn) => {
    if (wantedTools.has(name)) tools.push({ name, label, run: fn });
  };
  add('floor', "`node -e ''` (floor)", () => measure(NODE, ['-e', '']));
  add('cli', '`genai-clearance check --format json`', () => measure(NODE, cliArgs(data, 'json'), { ok: [0, 1], output: true }));
  if (data.v2Dir) add('cli-v2', '`genai-clearance check --format json`, v2 format', () => measure(NODE, cliArgs(data, 'json', data.v2Dir), { ok: [0, 1], output: true }));
  add('cli-text', '`genai-clearance check --format text`', () => measure(NODE, cliArgs(data, 'text'), { ok: [0, 1], output: true }));
  if (shape.name === 'huge') {
    for (const format of OTHER_FORMATS) {
      if (wantedTools.has('formats'))
        tools.push({ name: `cli-${format}`, label: `\`genai-clearance check --format ${format}\``, run: () => measure(NODE, cliArgs(data, format), { ok: [0, 1], output: true }) });
    }
  }
  if (action) add('action', 'Action bundle (`dist/index.js`, loopback GitHub)', () => runAction(action));
  if (action) add('action-floor', 'Action floor (reads the inputs, writes one comment)', () => runAction(action, { bundle: join(ROOT, 'bench/comment-floor.mjs'), floor: true }));
  if (PEERS_INSTALLED) {
    add('ajv-cli', 'ajv-cli 5 `validate` (schema only)', () => measure(NODE, ajvArgs(SCHEMA, data), { cwd: data.ajvDir }));
    if (data.v2AjvDir) add('ajv-cli-v2', 'ajv-cli 5 `validate`, v2 schema only', () => measure(NODE, ajvArgs(SCHEMA_V2, data), { cwd: data.v2AjvDir }));
    add('spectral', `Spectral 6 \`lint\` (${RULE_COUNT} rules)`, () => measure(NODE, [PEER_BIN('spectral'), 'lint', data.glob, '-r', RULESET, '-f', 'json', '-q'], { cwd: data.dir }));
  }
  return tools;
}

const RULE_COUNT = (readFileSync(RULESET, 'utf8').match(/^ {2}netflix-genai-/gm) ?? []).length;

// -------------------------------------------------------------------------------------- the Action

const EMULATOR_OUT = join(ROOT, `bench/out/action-emulator-${process.pid}.mjs`);

async function startActionEmulator(paths) {
  // Bundled beside node_modules (its packages stay external), one file per bench process.
  if (!existsSync(EMULATOR_OUT)) {
    await bundleTs(join(ROOT, 'bench/action-emulator.ts'), EMULATOR_OUT);
  }
  // The paths go through stdin: a studio's 500 paths are too long for some command lines.
  const child = spawn(NODE, [EMULATOR_OUT], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.write(`${JSON.stringify(paths)}\n`);
  let buf = '';
  const waiting = [];
  child.stdout.on('data', (d) => {
    buf += d;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      waiting.shift()?.resolve(JSON.parse(line));
    }
  });
  const next = () => new Promise((resolvePromise, reject) => waiting.push({ resolve: resolvePromise, reject }));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`emulator exited with ${code}`));
  });
  const info = await next();
  return {
    ...info,
    /** What the Action asked for since the last call: request count, most connections open at once, per operation. */
    requests: () => {
      const answer = next();
      child.stdin.write('requests\n');
      return answer;
    },
    stop: () =>
      new Promise((resolvePromise) => {
        child.removeAllListeners('exit');
        child.on('exit', (code) => resolvePromise(code));
        child.stdin.end();
      }),
  };
}

/** `bundle` and `nodeFlags` let the profiled run use the source-mapped build under `--cpu-prof`. */
async function runAction(emu, { bundle = join(ROOT, 'dist/index.js'), nodeFlags = [], floor = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'genai-bench-action-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: emu.pr,
      repository: { default_branch: 'main' },
      pull_request: { number: emu.pr, head: { sha: emu.head, ref: 'feature' }, base: { sha: 'b'.repeat(40), ref: 'main' } },
    }),
  );
  writeFileSync(outputPath, '');
  writeFileSync(join(dir, 'summary.md'), '');
  const extraEnv = {
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
    // Every matching declaration in the studio's tree, not only the root one.
    INPUT_DECLARATIONS: '**/genai-usage.yml',
  };
  const result = await measure(NODE, [...nodeFlags, bundle], { extraEnv, cwd: dir, ok: [0, 1] });
  const outputs = readFileSync(outputPath, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  if (floor) return { ...result, requests: await emu.requests() };
  if (!/^decision<<ghadelimiter_[^\n]+\n(pass|fail)\n/m.test(outputs)) throw new Error(`the Action did not report a decision:\n${outputs.slice(0, 2000)}`);
  return { ...result, requests: await emu.requests() };
}

// --------------------------------------------------------------------------------------- the run

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const results = [];
const loadBefore = loadavg();
const started = Date.now();
const emulators = [];
const shapeData = new Map();
try {
  for (const shape of shapes(scale).filter((s) => wantedShapes.has(s.name))) {
    const data = writeData(shape);
    shapeData.set(shape.name, data);
    log(`\n${shape.label}: ${shape.files} file(s), ${shape.files * shape.uses} uses, ${(data.bytes / 1024).toFixed(0)} KiB`);
    let action;
    if ((shape.name === 'typical' || shape.name === 'studio') && wantedTools.has('action')) {
      action = await startActionEmulator(data.paths);
      emulators.push(action);
    }
    const tools = toolsFor(shape, data, action);
    const samples = new Map(tools.map((t) => [t.name, []]));
    for (let i = 0; i < warmupFor(shape); i++) for (const t of tools) await t.run();
    // Interleaved: drift on a shared machine hits every tool alike.
    for (let i = 0; i < runsFor(shape); i++) {
      for (const t of tools) {
        const s = await t.run();
        samples.get(t.name).push(s);
        log(`  ${t.name.padEnd(12)} run ${i + 1}/${runsFor(shape)}: ${s.ms.toFixed(0)} ms (cpu ${s.cpuMs.toFixed(0)}), ${s.rssMb.toFixed(0)} MB${s.requests ? `, ${s.requests.total} requests` : ''}`);
      }
    }
    for (const t of tools) {
      const ss = samples.get(t.name);
      const ms = ss.map((s) => s.ms);
      results.push({
        shape,
        tool: t,
        median: median(ms),
        min: Math.min(...ms),
        max: Math.max(...ms),
        cpu: median(ss.map((s) => s.cpuMs)),
        rss: Math.max(...ss.map((s) => s.rssMb)),
        outBytes: Math.min(...ss.map((s) => s.outBytes)),
        requests: ss.at(-1).requests,
        runs: ss.length,
        bytes: data.bytes,
        uses: shape.files * shape.uses,
      });
    }
  }
} finally {
  for (const emu of emulators) {
    const code = await emu.stop();
    if (code !== 0) {
      log('the GitHub emulator recorded OpenAPI violations (see above)');
      process.exitCode = 1;
    }
  }
}
const benchSeconds = (Date.now() - started) / 1000;

// ------------------------------------------------------------------------------------- profiles

/**
 * One profiled run per shape of the CLI (json) and of the Action, on a build with source maps (same
 * code as dist/, in bench/out/prof/), so that time inside the bundles is attributed to the package
 * or source file it came from.
 */
async function profiles() {
  const out = join(ROOT, 'bench/out/prof');
  rmSync(out, { recursive: true, force: true });
  execFileSync(NODE, [join(ROOT, 'scripts/build.mjs'), '--outdir', out, '--sourcemap'], { cwd: ROOT, stdio: 'inherit' });
  const mapper = sourceMapper(out);
  const sections = [];
  for (const [name, data] of shapeData) {
    const shape = shapes(scale).find((s) => s.name === name);
    // The CLI as users run it, from its code cache: a cache of its own (V8 reports a cached function
    // under the file it was first compiled from), warmed by one run before the profiled one.
    const cacheHome = mkdtempSync(join(tmpdir(), 'genai-bench-cache-'));
    const cliRun = (flags, dir = data.dir) =>
      measure(NODE, [...flags, join(out, 'cli.js'), 'check', dir, '--format', 'json', '--today', TODAY], { ok: [0, 1], output: true, extraEnv: { XDG_CACHE_HOME: cacheHome } });
    const jobs = [['CLI json', 'cli', async (dir) => (await cliRun([]), cliRun([`--cpu-prof-dir=${dir}`, '--cpu-prof']))]];
    if (data.v2Dir) jobs.push(['CLI json, v2', 'cli-v2', async (dir) => (await cliRun([], data.v2Dir), cliRun([`--cpu-prof-dir=${dir}`, '--cpu-prof'], data.v2Dir))]);
    if (name === 'typical' || name === 'studio') {
      jobs.push([
        'Action',
        'action',
        async (dir) => {
          const emu = await startActionEmulator(data.paths);
          try {
            return await runAction(emu, { bundle: join(out, 'index.js'), nodeFlags: [`--cpu-prof-dir=${dir}`, '--cpu-prof'] });
          } finally {
            await emu.stop();
          }
        },
      ]);
    }
    for (const [label, key, job] of jobs) {
      const dir = join(ROOT, 'bench/out/prof-runs', `${name}-${key}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      await job(dir);
      const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) continue;
      const { total, self } = summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')), mapper);
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10);
      sections.push(`**${shape.label}, ${label}** — ${fmt(total)} ms profiled: ${top.map(([k, v]) => `${k} ${fmt(v)}`).join(' · ')}`);
    }
  }
  return sections;
}

// ------------------------------------------------------------------------------------- the table

// Fixed en-US grouping, spelled out: the table must not change with the machine's locale.
const fmt = (n, d = 0) => {
  if (!Number.isFinite(n)) return 'n/a';
  const [int, frac] = Math.abs(n).toFixed(d).split('.');
  return `${n < 0 && Number(Math.abs(n).toFixed(d)) !== 0 ? '−' : ''}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
};
const signed = (n) => `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n))} ms`;
/** `2.10× (+25 ms)`: every ratio with the difference in milliseconds beside it. */
const ratio = (a, b) => (a && b ? `${fmt(a.median / b.median, 2)}× (${signed(a.median - b.median)})` : '—');
const find = (shape, tool) => results.find((r) => r.shape.name === shape && r.tool.name === tool);

const rows = results.map((r) => {
  const floor = find(r.shape.name, 'floor');
  const ajv = find(r.shape.name, r.tool.name.endsWith('-v2') ? 'ajv-cli-v2' : 'ajv-cli');
  const spectral = find(r.shape.name, 'spectral');
  return `| ${r.shape.label} | ${r.tool.label} | ${fmt(r.median)} | ${fmt(r.min)}–${fmt(r.max)} | ${fmt(r.cpu)} | ${fmt(r.rss)} | ${r.tool.name === 'floor' ? '—' : ratio(r, floor)} | ${r.tool.name.startsWith('ajv-cli') ? '—' : ratio(r, ajv)} | ${r.tool.name === 'spectral' ? '—' : ratio(r, spectral)} |`;
});

const DECLARATION_READS = /^(git\/|repos\/(get-content|download-tarball|download-zipball)|graphql)/;

function requestRows() {
  return results
    .filter((r) => r.requests && r.tool.name === 'action')
    .map((r) => {
      const reads = Object.entries(r.requests.byOperation)
        .filter(([op]) => DECLARATION_READS.test(op))
        .reduce((n, [, c]) => n + c, 0);
      const ops = Object.entries(r.requests.byOperation)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([op, c]) => `${op} ${c}`)
        .join(', ');
      return { r, reads, line: `| ${r.shape.label} | ${r.requests.total} | ${reads} | ${r.requests.maxInFlight} | ${ops} |` };
    });
}

function targets() {
  const lines = [];
  const check = (label, ok, detail) => lines.push(`| ${label} | ${detail} | ${ok === undefined ? 'n/a' : ok ? 'met' : '**missed**'} |`);
  const cli = (s) => find(s, 'cli');
  const t = cli('typical');
  const tf = find('typical', 'floor');
  if (t && tf) check('typical: CLI ≤ floor + 25 ms', t.median - tf.median <= 25, `${signed(t.median - tf.median)} (${fmt(t.median / tf.median, 2)}×)`);
  const t2 = find('typical', 'cli-v2');
  if (t2 && tf) check('typical, v2: CLI ≤ floor + 25 ms', t2.median - tf.median <= 25, `${signed(t2.median - tf.median)} (${fmt(t2.median / tf.median, 2)}×)`);
  const a = find('typical', 'action');
  if (a && tf) check('typical: Action ≤ 2.5× the floor', a.median / tf.median <= 2.5, `${fmt(a.median / tf.median, 2)}× (${signed(a.median - tf.median)})`);
  const af = find('typical', 'action-floor');
  if (a && af)
    check('typical: Action ≤ 2.5× a process that reads the inputs and writes one comment', a.median / af.median <= 2.5, `${fmt(a.median / af.median, 2)}× (${signed(a.median - af.median)})`);
  const s2 = find('stress', 'cli-v2');
  const a2 = find('stress', 'ajv-cli-v2');
  if (s2 && a2)
    check(
      'stress, v2: no slower than ajv-cli on the v2 schema',
      s2.median <= a2.median,
      `${fmt(s2.median)} ms vs ${fmt(a2.median)} ms (${fmt(s2.median / a2.median, 2)}×, ${signed(s2.median - a2.median)})`,
    );
  for (const s of ['stress', 'studio']) {
    const c = cli(s);
    const sp = find(s, 'spectral');
    const aj = find(s, 'ajv-cli');
    if (c && aj) check(`${s}: no slower than ajv-cli`, c.median <= aj.median, `${fmt(c.median)} ms vs ${fmt(aj.median)} ms (${fmt(c.median / aj.median, 2)}×, ${signed(c.median - aj.median)})`);
    if (c && sp) check(`${s}: ≥ 5× faster than Spectral`, sp.median / c.median >= 5, `${fmt(sp.median / c.median, 2)}× faster (${signed(c.median - sp.median)})`);
  }
  const huge = results.filter((r) => r.shape.name === 'huge' && r.tool.name.startsWith('cli'));
  if (huge.length > 0) {
    const broken = huge.filter((r) => !(r.outBytes > 0));
    check(
      `huge: every format works (${huge.map((r) => r.tool.name.replace('cli-', '').replace('cli', 'json')).join(', ')})`,
      broken.length === 0,
      broken.length === 0 ? `all wrote a report (${huge.map((r) => `${fmt(r.outBytes / 1e6)} MB`).join(', ')})` : `no output: ${broken.map((r) => r.tool.name).join(', ')}`,
    );
  }
  const [ty, st, hu] = [cli('typical'), cli('stress'), cli('huge')];
  if (ty && st && hu) {
    // Time per use above the fixed cost (start-up, packs), taken as the typical run.
    const perStress = (st.median - ty.median) / (st.uses - ty.uses);
    const perHuge = (hu.median - ty.median) / (hu.uses - ty.uses);
    check('huge: time per use within 1.2× of the 10,000-use figure', perHuge / perStress <= 1.2, `${fmt(perStress * 1000)} µs → ${fmt(perHuge * 1000)} µs per use (${fmt(perHuge / perStress, 2)}×)`);
  }
  const rssOf = (shape, limit) => {
    const rs = results.filter((r) => r.shape.name === shape && (r.tool.name.startsWith('cli') || r.tool.name === 'action'));
    if (rs.length === 0) return;
    const worst = rs.reduce((m, r) => (r.rss > m.rss ? r : m));
    check(
      `${shape}: peak RSS ≤ ${limit} MB`,
      worst.rss <= limit,
      `worst ${fmt(worst.rss)} MB (${worst.tool.name})${rs.length > 1 ? `; ${rs.map((r) => `${r.tool.name} ${fmt(r.rss)}`).join(', ')}` : ''}`,
    );
  };
  rssOf('stress', 200);
  rssOf('huge', 500);
  const sa = find('studio', 'action');
  if (sa) {
    const req = requestRows().find((x) => x.r === sa);
    check('studio: Action reads the declarations in ≤ 10 API requests', req.reads <= 10, `${req.reads} of ${sa.requests.total} requests`);
    check('studio: Action peak RSS ≤ 200 MB', sa.rss <= 200, `${fmt(sa.rss)} MB`);
  }
  return lines;
}

const profileSections = opt.profile ? await profiles() : [];
const requestTable = requestRows();
const cpu = cpus();
const md = `# Benchmark results

Generated by \`node bench/run.mjs\` (\`npm run bench\`) on ${new Date().toISOString().slice(0, 10)} in ${fmt(benchSeconds)} s: Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${process.platform}-${process.arch}.
Load average (1/5/15 min) at the start ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, at the end ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ')}: the bench itself keeps about one core busy; a load well above 1 means other work shared the cores and wall times are inflated.
Every command gets the same environment (${Object.keys(BENCH_ENV)
  .map((k) => `\`${k}\``)
  .join(
    ', ',
  )} only; the Action adds its \`INPUT_*\` and \`GITHUB_*\` variables). Whole-process wall time from spawn to exit, stdout read through a pipe: median of ${runs} run(s) (the large shapes: at most ${largeRuns}) after ${warmup} warm-up run(s) (small shapes only), runs interleaved across tools; peak RSS is the largest maxRSS seen (${HAS_TIME ? '`/usr/bin/time -f %M`' : 'each node process reports `process.resourceUsage().maxRSS` on exit'}). CPU ms is the median user + system time of the measured process (${HAS_TIME ? 'GNU time, 10 ms resolution' : 'summed over its node processes'}): unlike wall time it leaves out waiting (the Action waits on the emulator) and most of the noise of a shared machine. Ratios compare wall-time medians (row ÷ column: below 1 is faster), each with the difference in ms beside it.
${PEERS_INSTALLED ? '' : '\n**The peers are not installed** (`npm ci --prefix bench`): ajv-cli and Spectral rows are missing.\n'}
| shape | tool | median ms | min–max ms | CPU ms | peak RSS MB | × floor | × ajv-cli | × Spectral |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

## Targets

| target | measured | |
|---|---|---|
${targets().join('\n')}
${
  requestTable.length > 0
    ? `
## The Action's API requests (one run, against the loopback emulator)

| shape | requests | reading declarations | most connections open at once | by operation |
|---|---:|---:|---:|---|
${requestTable.map((x) => x.line).join('\n')}
`
    : ''
}${
  profileSections.length > 0
    ? `
## Where the time goes (\`--cpu-prof\`, one run each, self time in ms by package or source file)

${profileSections.join('\n\n')}
`
    : ''
}
## What each row runs

- **floor**: \`node -e ''\`.
- **genai-clearance**: \`node dist/cli.js check DIR --format F --today ${TODAY}\`: YAML with positions, schema, ${RULE_COUNT} rules of netflix-genai@1, approvals, the report in format F. \`json\` on every shape, \`text\` too, and on the huge shape \`markdown\`, \`sarif\` and \`junit\` as well.
- **Action bundle**: \`node dist/index.js\` as the runner runs it (\`INPUT_*\`, \`GITHUB_*\`, event file; \`declarations: **/genai-usage.yml\`) against the loopback GitHub emulator of \`test/support/emulator/\` (bundled into \`bench/out/\`, started outside the timed region; it checks every request and response against GitHub's OpenAPI description in its own process, and the Action waits for it, so the Action's wall time includes those answers but its CPU column does not). Reads the tree and the declarations, the PR's files, finds and updates the sticky comment, writes outputs, summary and annotations. Typical and studio shapes.
- **v2 rows**: the same declarations rewritten to \`genai-usage/v2\` (the format \`init\` writes) by \`genai-clearance migrate --work scripted\` before the timed runs; ajv-cli validates them against \`src/schema/genai-usage.v2.schema.json\`.
- **Action floor**: \`node bench/comment-floor.mjs\` with the Action's environment: reads the token input and the event file, writes one comment on the pull request through the same emulator (Node's \`fetch\`, no library). The least any Action doing this job must do.
- **ajv-cli** (bench/package.json): \`ajv validate -s src/schema/genai-usage.schema.json -d GLOB --strict=false --all-errors\` — YAML in (js-yaml 3), schema validation only, no rules, no positions. js-yaml 3 reads YAML 1.1, where a plain \`2026-01-10\` is a timestamp, so on the original files ajv-cli rejects every date; it gets a copy with the dates quoted (same data as YAML 1.2 readers get; generated outside the timed region).
- **Spectral** (bench/package.json): \`spectral lint GLOB -r bench/netflix-genai.spectral.yml -f json -q\` — the same ${RULE_COUNT} rules written as Spectral \`schema\` rules over \`$.uses[*]\` (generated by \`bench/spectral-ruleset.mjs\`), no declaration schema, no approvals.
- Shapes come from \`bench/generate.mjs\` (seeded; mostly clear ideation, vendor pipelines with several tools, escalations with and without approvals; block style, no anchors or aliases)${scale !== 1 ? `, scaled by ${scale}` : ''}. Sizes: ${[...new Map(results.map((r) => [r.shape.name, r])).values()].map((r) => `${r.shape.name} ${fmt(r.bytes / 1024)} KiB`).join(', ')}.
- Time per use is taken above the typical run's fixed cost: (T(n) − T(typical)) ÷ (n − typical uses).
`;

rmSync(EMULATOR_OUT, { force: true });
mkdirSync(dirname(resolve(opt.out)), { recursive: true });
writeFileSync(resolve(opt.out), md);
process.stdout.write(md);
log(`\nwrote ${opt.out}`);
