// The register bench: a synthetic studio (productions × uses × weekly evaluations) recorded by the
// committed CLI into PGlite and into Postgres, beside Postgres' own COPY of the same NDJSON; the
// open-approval and expiry queries timed on Postgres with EXPLAIN; `register html` timed.
//   node bench/register.mjs --url postgres://… [--productions 500] [--uses 200] [--weeks 52] [--pglite-weeks 2]
// It needs a Postgres it may create databases on (test/support/postgres.ts's way of starting one works)
// and `psql` for the COPY. Results go to stdout as markdown; bench/RESULTS-register.md keeps a run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    productions: { type: 'string', default: '500' },
    uses: { type: 'string', default: '200' },
    weeks: { type: 'string', default: '52' },
    'pglite-weeks': { type: 'string', default: '1' },
  },
});
if (!values.url) throw new Error('--url postgres://… is needed');
const P = Number(values.productions),
  U = Number(values.uses),
  W = Number(values.weeks),
  PW = Number(values['pglite-weeks']);
const dir = mkdtempSync(join(tmpdir(), 'register-bench-'));
// The queries' SQL, as the CLI runs it, for EXPLAIN.
execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [join(ROOT, 'src/register/sql.ts'), '--format=esm', `--outfile=${join(ROOT, 'bench/out/register-sql.mjs')}`, '--log-level=warning']);
const out = [];
const say = (line) => {
  out.push(line);
  console.log(line);
};

const DECISIONS = ['clear', 'clear', 'clear', 'clear', 'approved', 'approved', 'needs-approval', 'blocked'];
/** One week's rows for every production: 1 in 8 uses waits, 1 in 8 is blocked, every approved use has an expiry. */
async function writeWeeks(file, weeks) {
  const stream = createWriteStream(file);
  let rows = 0;
  for (let w = 0; w < weeks; w++) {
    const day = new Date(Date.UTC(2026, 0, 5) + w * 7 * 86_400_000).toISOString().slice(0, 10);
    for (let p = 0; p < P; p++) {
      let chunk = '';
      for (let u = 0; u < U; u++) {
        const decision = DECISIONS[(p + u) % DECISIONS.length];
        const expires = new Date(Date.UTC(2026, 0, 5) + ((p * 7 + u * 13) % 720) * 86_400_000).toISOString().slice(0, 10);
        chunk += `${JSON.stringify({ schemaVersion: 1, kind: 'use', repository: `studio/production-${p}`, commit: `${w.toString(16).padStart(8, '0')}${p.toString(16).padStart(32, '0')}`, evaluation: day, evaluatedOn: day, toolVersion: '0.1.0', packs: [`netflix-genai@${p % 3 === 0 ? '1.0.0' : '2.0.0'}`], production: `Production ${p}`, path: 'genai-usage.yml', use: `use-${u}`, summary: `Use ${u} of production ${p}`, stage: 'post', decision, rules: decision === 'clear' ? [] : [{ rule: 'final-deliverable', pack: 'netflix-genai', level: decision === 'blocked' ? 'block' : 'escalate', status: decision === 'approved' ? 'approved' : decision }], approvals: decision === 'approved' ? [{ ref: `LEGAL-${p}-${u}`, status: 'valid', rules: ['final-deliverable'], cleared: ['final-deliverable'], expiresOn: expires }] : [] })}\n`;
        rows++;
      }
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    }
  }
  await new Promise((r) => stream.end(r));
  return rows;
}

function timed(label, cmd, args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, GENAI_CLEARANCE_CODE_CACHE: '0', ...env }, maxBuffer: 1 << 28 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
  return { s, stdout: r.stdout };
}

function database(name) {
  execFileSync('psql', [values.url, '-qc', `DROP DATABASE IF EXISTS ${name}`, '-c', `CREATE DATABASE ${name}`]);
  const u = new URL(values.url);
  u.pathname = `/${name}`;
  return u.toString();
}

const full = join(dir, 'studio.ndjson');
const rows = await writeWeeks(full, W);
say(`Synthetic studio: ${P} productions × ${U} uses × ${W} weeks = ${rows.toLocaleString('en')} use rows (${(statSync(full).size / 1e9).toFixed(2)} GB of NDJSON).\n`);
say('| what | rows | seconds | rows/s |\n|---|---:|---:|---:|');

// Yardstick: Postgres' own COPY of the same NDJSON into one jsonb column.
const copyDb = database('register_bench_copy');
execFileSync('psql', [copyDb, '-qc', 'CREATE TABLE raw (row jsonb)']);
const copy = timed('COPY', 'psql', [copyDb, '-qc', `\\copy raw FROM '${full}' WITH (FORMAT text)`]);
say(`| Postgres \`COPY\` (jsonb, no keys or indexes) | ${rows} | ${copy.s.toFixed(1)} | ${Math.round(rows / copy.s)} |`);

const pgDb = database('register_bench');
const rec = timed('record postgres', 'node', [CLI, 'register', 'record', full, '--db', pgDb, '-q']);
say(`| \`register record\` into Postgres | ${rows} | ${rec.s.toFixed(1)} | ${Math.round(rows / rec.s)} |`);

const part = join(dir, 'pglite.ndjson');
const partRows = await writeWeeks(part, PW);
const lite = timed('record pglite', 'node', [CLI, 'register', 'record', part, '--db', join(dir, 'pglite'), '-q']);
say(`| \`register record\` into PGlite (${PW} of ${W} weeks) | ${partRows} | ${lite.s.toFixed(1)} | ${Math.round(partRows / lite.s)} |`);
say(
  `\nPGlite extrapolated to ${rows.toLocaleString('en')} rows at that rate: ${(((rows / partRows) * lite.s) / 60).toFixed(0)} minutes (assumes the rate holds as the tables grow, which it may not).\n`,
);

say('| query on Postgres | rows | ms (best of 5) |\n|---|---:|---:|');
for (const q of ['open', 'expiring']) {
  let best = Infinity,
    n = 0;
  for (let i = 0; i < 5; i++) {
    const r = timed(q, 'node', [CLI, 'register', 'query', q, '--format', 'json', '--db', pgDb, '--today', '2026-12-28', '--days', '30']);
    n = JSON.parse(r.stdout)[q].length;
    best = Math.min(best, r.s * 1000);
  }
  // The query alone, inside the server, without the CLI's start-up and connection.
  const explain = execFileSync('psql', [pgDb, '-qAtc', `EXPLAIN (ANALYZE, BUFFERS) ${await sqlOf(q)}`]).toString();
  const ms = /Execution Time: ([\d.]+) ms/.exec(explain)?.[1];
  say(`| \`register query ${q}\` (whole CLI run) / in the server | ${n} | ${best.toFixed(0)} / ${ms} |`);
  say(`\n<details><summary>EXPLAIN ${q}</summary>\n\n\`\`\`\n${explain.trim()}\n\`\`\`\n</details>\n`);
}
const html = timed('html', 'node', [CLI, 'register', 'html', '-o', join(dir, 'site'), '--db', pgDb, '--today', '2026-12-28']);
say(`\n\`register html\` for ${P} productions from Postgres: ${html.s.toFixed(1)} s (${html.stdout.trim()}).`);

async function sqlOf(q) {
  const sql = await import(join(ROOT, 'bench/out/register-sql.mjs'));
  const text = q === 'open' ? sql.OPEN_APPROVALS : sql.EXPIRING_APPROVALS;
  return text.replace(/\$1/g, "'2026-12-28'").replace(/\$2/g, '30');
}
rmSync(dir, { recursive: true, force: true });
