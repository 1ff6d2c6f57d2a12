// `genai-clearance register`: the studio's register of every production's uses and approvals, in
// PGlite (a folder; the default) or the studio's Postgres (a postgres:// URL, or DATABASE_URL).
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/files.js';
import type { RowContext } from '../model/rows.js';
import { migrate } from '../register/migrations.js';
import type { Question } from '../register/queries.js';
import { ask, QUESTIONS, siteData } from '../register/queries.js';
import { recordInto } from '../register/record.js';
import type { Store } from '../register/store.js';
import { isServerUrl, openStore, RegisterProblem } from '../register/store.js';
import { renderRegisterSite } from '../render/register-site.js';
import { renderRegisterText } from '../render/register-text.js';
import type { CliIO } from './context.js';
import { EXIT, resolveToday, UsageError } from './context.js';
import { didYouMean } from './suggest.js';

const DEFAULT_REGISTER = './register';
const DEFAULT_DAYS = 30;

export const registerSpec = {
  summary: "record reports into the studio's register; ask it questions; write its site",
  usage: 'genai-clearance register record FILE... | query [QUESTION...] | html -o DIR  [--db DIR|URL] [options]',
  options: {
    db: { type: 'string' },
    repository: { type: 'string' },
    commit: { type: 'string' },
    evaluation: { type: 'string' },
    format: { type: 'string', short: 'f' },
    days: { type: 'string' },
    today: { type: 'string' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: `record FILE...   appends reports to the register: rows from \`check --format ndjson\` (or the
                 Action's rows-path), or JSON reports (\`--format json\`, with --repository and
                 --commit). One transaction per call: the same evaluation twice adds nothing, and a bad
                 row anywhere records nothing.
query [Q...]     answers from each production's newest evaluation: open (approvals waiting, by
                 production and age), expiring (within --days), blocked, undeclared (media files no use
                 declares), packs (productions per pack version); all of them by default.
html -o DIR      writes the register as a static site: an overview, a page per production, the
                 open-approval queue and the expiry calendar.

Options:
      --db DIR|URL        the register: a folder (PGlite, embedded; default ${DEFAULT_REGISTER}) or a
                          postgres:// URL (default: DATABASE_URL when it is set)
      --repository NAME   record: the repository a JSON report judged (default: GITHUB_REPOSITORY)
      --commit SHA        record: the commit it judged (default: GITHUB_SHA)
      --evaluation ID     record: which evaluation it was (default: the workflow run, else its day)
  -f, --format FORMAT     query: text (default) or json
      --days N            query, html: the expiry window in days (default ${DEFAULT_DAYS})
      --today DATE        query, html: count ages and expiry from DATE (YYYY-MM-DD) instead of today
  -o, --output DIR        html: where to write the site
  -q, --quiet             record: print nothing on success

Exit codes: 0 done, 2 invalid input, an unreachable or refusing database, or a register made by a
newer genai-clearance (nothing is written then).`,
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

export async function registerCommand(v: Values, positionals: string[], io: CliIO): Promise<number> {
  const [verb, ...args] = positionals;
  const verbs = ['record', 'query', 'html'];
  if (verb === undefined || !verbs.includes(verb)) throw new UsageError(verb === undefined ? 'register needs record, query or html' : `unknown register command "${verb}"${didYouMean(verb, verbs)}`);
  const db = registerLocation(v, io);
  if (verb === 'record') return record(db, args, v, io);
  const today = resolveToday(io, v.today === undefined ? undefined : String(v.today));
  const days = v.days === undefined ? DEFAULT_DAYS : Number(v.days);
  if (!Number.isInteger(days) || days < 0 || days > 3660) throw new UsageError(`--days takes a whole number of days (0–3660), got "${String(v.days)}"`);
  if (verb === 'query') return query(db, args, v, today, days, io);
  if (args.length > 0) throw new UsageError(`register html takes no arguments, got ${args.join(' ')}`);
  if (typeof v.output !== 'string') throw new UsageError('register html needs -o DIR, the folder to write the site to');
  return html(db, resolve(io.cwd, v.output), today, days, io);
}

function registerLocation(v: Values, io: CliIO): string {
  const db = typeof v.db === 'string' ? v.db : (io.env.DATABASE_URL ?? DEFAULT_REGISTER);
  return isServerUrl(db) ? db : isAbsolute(db) ? db : resolve(io.cwd, db);
}

async function record(db: string, files: string[], v: Values, io: CliIO): Promise<number> {
  if (files.length === 0) throw new UsageError('register record needs the reports or rows to record (FILE...)');
  const sources = files.map((f) => ({ file: resolve(io.cwd, f), shown: f }));
  const missing = sources.filter((s) => !existsSync(s.file) || !statSync(s.file).isFile());
  if (missing.length > 0) throw new UsageError(`no such file: ${missing.map((s) => s.shown).join(', ')}`);
  const context: Partial<RowContext> = {
    ...optional('repository', v.repository ?? io.env.GITHUB_REPOSITORY),
    ...optional('commit', v.commit ?? io.env.GITHUB_SHA),
    ...optional('evaluation', v.evaluation ?? (io.env.GITHUB_RUN_ID ? `run-${io.env.GITHUB_RUN_ID}.${io.env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined)),
  };
  if (!isServerUrl(db)) mkdirSync(dirname(db), { recursive: true });
  const result = await withStore(db, true, (store) => recordInto(store, sources, context));
  if (v.quiet !== true) io.stdout(`recorded ${result.added} new row${result.added === 1 ? '' : 's'} of ${result.rows} read (${result.rows - result.added} already in the register)\n`);
  return EXIT.pass;
}

const optional = (key: keyof RowContext, value: unknown) => (typeof value === 'string' && value !== '' ? { [key]: value } : {});

async function query(db: string, args: string[], v: Values, today: string, days: number, io: CliIO): Promise<number> {
  for (const a of args) if (!(QUESTIONS as readonly string[]).includes(a)) throw new UsageError(`unknown question "${a}"${didYouMean(a, QUESTIONS)}; questions: ${QUESTIONS.join(', ')}`);
  const format = v.format === undefined ? 'text' : String(v.format);
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json; got "${format}"${didYouMean(format, ['text', 'json'])}`);
  const asked = (args.length > 0 ? [...new Set(args)] : [...QUESTIONS]) as Question[];
  const answers = await withStore(db, false, async (store) => {
    const out: Partial<Record<Question, unknown[]>> = {};
    for (const q of asked) out[q] = await ask(store, q, today, days);
    return out;
  });
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ today, days, ...answers }, null, 2)}\n`);
    return EXIT.pass;
  }
  const heading = (q: Question) => (q === 'expiring' ? ` within ${days} days of ${today}` : q === 'open' ? ` (days counted to ${today})` : '');
  io.stdout(asked.map((q) => renderRegisterText(q, answers[q] as never, heading(q))).join('\n'));
  return EXIT.pass;
}

async function html(db: string, dir: string, today: string, days: number, io: CliIO): Promise<number> {
  const data = await withStore(db, false, (store) => siteData(store, today, days));
  const files = renderRegisterSite(data);
  for (const [path, content] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, content, path);
  }
  io.stdout(`wrote ${files.size} files to ${dir} (${data.productions.length} production pages)\n`);
  return EXIT.pass;
}

/** Opens the register, brings its schema up to date (or refuses a newer one), runs `work`, closes it. */
async function withStore<T>(db: string, create: boolean, work: (store: Store) => Promise<T>): Promise<T> {
  if (!create && !isServerUrl(db) && (!existsSync(db) || readdirSync(db).length === 0)) {
    throw new RegisterProblem(`there is no register at ${db}: \`genai-clearance register record\` makes one`);
  }
  const store = await openStore(db);
  let ok = false;
  try {
    if (!create) {
      const [made] = await store.query<{ made: boolean }>("SELECT to_regclass('register_migrations') IS NOT NULL AS made");
      if (!made?.made) throw new RegisterProblem(`there is no register in ${store.where}: \`genai-clearance register record\` makes one`);
    }
    await migrate(store);
    const result = await work(store);
    ok = true;
    return result;
  } catch (err) {
    if (err instanceof RegisterProblem) throw err;
    throw new RegisterProblem(`the register at ${store.where} could not be ${create ? 'written' : 'read'}: ${(err as Error).message}; nothing was changed`);
  } finally {
    await store.close().catch(() => {});
    // A register this call made and could not fill leaves no empty folder behind.
    if (!ok && store.created) rmSync(db, { recursive: true, force: true });
  }
}
