import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { TOOL } from '../evaluate/report.js';
import { FileProblem } from '../io/files.js';
import { MEDIA_EXTENSIONS } from '../provenance/read-media.js';
import { approveCommand, approveSpec } from './approve.js';
import { checkCommand } from './check.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { diffCommand } from './diff.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { initPackSchema } from './init-pack.js';
import { migrateCommand, migrateSpec } from './migrate.js';
import { registerCommand, registerSpec } from './register.js';
import type { ScanOptions } from './scan.js';
import { scanCommand } from './scan.js';
import { didYouMean } from './suggest.js';
import { testCommand } from './test.js';

const MEDIA_NAMES = `files named *.${MEDIA_EXTENSIONS.join(', *.')}`;

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  help: string;
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIO): number | Promise<number>;
}

const POLICY_DIR = { type: 'string' } as const;

/** What `check` and `scan` share: where the report goes, what judges, the day, and the folder walk. */
const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  'policy-dir': POLICY_DIR,
  ledger: { type: 'string' },
  config: { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
} as const satisfies Options;

function reportOptions(v: Record<string, string | boolean | string[] | undefined>, paths: string[]): ScanOptions {
  return {
    paths,
    formats: Array.isArray(v.format) ? v.format : [],
    outputs: Array.isArray(v.output) ? v.output : [],
    ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
    ...(v.ledger !== undefined ? { ledger: String(v.ledger) } : {}),
    ...(v.config !== undefined ? { config: String(v.config) } : {}),
    ...(v.today !== undefined ? { today: String(v.today) } : {}),
    ...(v['no-color'] === true ? { color: false } : v.color === true ? { color: true } : {}),
    quiet: v.quiet === true,
    ignore: Array.isArray(v.ignore) ? v.ignore : [],
  };
}

const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'check declarations against their policy packs',
    usage: 'genai-clearance check [PATH...] [options]',
    options: { ...REPORT_OPTIONS, base: { type: 'string' }, 'stdin-filename': { type: 'string' } },
    help: `Evaluates every genai-usage.yml and genai-usage.yaml below PATH (default: the current folder;
node_modules, .git and --ignore globs are skipped; symbolic links are followed while they stay
inside PATH, and reported otherwise). PATH \`-\` reads one declaration from standard input.

Options:
  -f, --format FORMAT   text (default), json, markdown, sarif, junit or ndjson (register rows); repeat it with --output for several reports
  -o, --output FILE     write the report to FILE (\`-\`: standard output); the Nth --output takes the Nth --format
      --policy-dir DIR  policy packs to use (default: the packs bundled with this tool)
      --ledger FILE     approvals ledger; approvals must match it (without one, references are only format-checked)
      --config FILE     trusted configuration: required packs, production, ledger (default: .github/genai-clearance.yml
                        when it exists; otherwise every declaration is judged by netflix-genai at least)
      --base FILE       an earlier version of the declaration: marks uses added, changed or removed
      --today DATE      judge approval dates as of DATE (YYYY-MM-DD) instead of today
  -q, --quiet           print nothing when the check passes
      --no-color        no colour in text output (also: the NO_COLOR environment variable); --color forces it
      --ignore GLOB     pass over matching paths when searching folders (repeatable; e.g. archive/**)
      --stdin-filename NAME   the name a declaration read from \`-\` is reported under (default: <stdin>)
      --debug           show the stack trace of an internal error

Exit codes: 0 pass, 1 uses need approval or are blocked, 2 invalid input or usage.`,
    run: (v, p, io) =>
      checkCommand(
        {
          ...reportOptions(v, p),
          ...(v.base !== undefined ? { base: String(v.base) } : {}),
          ...(v['stdin-filename'] !== undefined ? { stdinName: String(v['stdin-filename']) } : {}),
        },
        io,
      ),
  },
  scan: {
    summary: 'check declarations and the media files themselves (C2PA, XMP digital source type)',
    usage: 'genai-clearance scan [PATH...] [options]',
    options: REPORT_OPTIONS,
    help: `Does what \`check\` does, and reads every media file below PATH (default: the current folder;
${MEDIA_NAMES}; node_modules, .git and --ignore globs are skipped): the
Content Credentials (C2PA manifests, validated offline against the trust list shipped in
policy/c2pa-trust/ and the trusted configuration's anchors; a remote manifest is reported, never
fetched) and the XMP digital source type. Each file is matched with the uses that list it in
\`assets\` (every declaration in the current folder counts), and the packs judge both: a file that
says it was generated by AI and that no use declares fails the check. Git LFS pointers and files that
cannot be read are reported as not scanned. Paths in the report are relative to the current folder,
the repository root that \`assets\` paths are written against.

Options: as for \`check\` (--format, --output, --policy-dir, --ledger, --config, --today, --quiet,
--no-color, --ignore, --debug).

Exit codes: 0 pass, 1 uses need approval or are blocked, or a file needs declaring, 2 invalid input or usage.`,
    run: (v, p, io) => scanCommand(reportOptions(v, p), io),
  },
  test: {
    summary: 'run the example declarations against the packs; report rule coverage and lint',
    usage: 'genai-clearance test [--examples DIR] [--policy-dir DIR] [--min-coverage N] [--format text|json]',
    options: { examples: { type: 'string' }, 'policy-dir': POLICY_DIR, 'min-coverage': { type: 'string' }, format: { type: 'string', short: 'f' } },
    help: `Evaluates every example (a folder with genai-usage.yml and expected.yml) at its expected.yml's
evaluated_on date (or the first day of a pinned version that starts later) and compares each use's
outcome and fired rules with expected.yml; an example whose expected.yml says \`scan\` has the media
files in its folder read as \`scan\` reads them. Then reports rule coverage for every pack version an
example pins and for the newest version of every pack — a rule is covered when some example use fires
it and another use does not — and lints the packs (every rule cites a source and gives a remedy).

Options:
      --examples DIR      where the examples are (default: examples)
      --policy-dir DIR    policy packs to test (default: the packs bundled with this tool)
      --min-coverage N    fail when a pack version covers less than N% (default: 100)
  -f, --format FORMAT     text (default) or json (the examples, coverage and lint as data)

Exit codes: 0 all pass, 1 an expectation mismatch, coverage below the threshold or a lint problem,
2 a pack does not load or a usage error.`,
    run: (v, _p, io) =>
      testCommand(
        {
          ...(v.examples !== undefined ? { examples: String(v.examples) } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          ...(v['min-coverage'] !== undefined ? { minCoverage: String(v['min-coverage']) } : {}),
          ...(v.format !== undefined ? { format: testFormat(String(v.format)) } : {}),
        },
        io,
      ),
  },
  diff: {
    summary: 'compare two versions of a pack: changes, example outcomes, required semver bump',
    usage: 'genai-clearance diff [PACK@A] PACK@B [--examples DIR ...] [--policy-dir DIR] [--changelog | --format text|json]',
    options: { examples: { type: 'string', multiple: true }, 'policy-dir': POLICY_DIR, changelog: { type: 'boolean' }, format: { type: 'string', short: 'f' } },
    help: `Lists the rules added, removed and changed between A and B, the example uses whose outcome changes,
and the semver bump the change requires: MAJOR when it can turn a clear or approved use into
needs-approval or blocked (including approvals that become stale), MINOR for loosening, PATCH for
wording. Conditions count as narrowed only when that can be proved; any other condition change is MAJOR.
With one version, compares it with nothing: a pack's first release, every rule added (its first
CHANGELOG section with --changelog).

Options:
      --examples DIR      example declarations to evaluate under A and B (repeatable; default: examples, if present)
      --policy-dir DIR    policy packs (default: the packs bundled with this tool)
      --changelog         print a CHANGELOG section (markdown) instead of the report
  -f, --format FORMAT     text (default) or json (the changes, their bumps, the example evidence)

Exit codes: 0 B's version bump is enough, 1 it is not, 2 a pack does not load or a usage error.`,
    run: (v, p, io) => {
      if (p.length > 2) throw new UsageError(`diff takes two versions, got ${p.length} arguments: ${p.join(' ')}`);
      return diffCommand(
        {
          ...(p.length === 2 ? { from: p[0] as string, to: p[1] as string } : p[0] !== undefined ? { to: p[0] } : {}),
          ...(Array.isArray(v.examples) ? { examples: v.examples } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          changelog: v.changelog === true,
          ...(v.format !== undefined ? { format: testFormat(String(v.format)) } : {}),
        },
        io,
      );
    },
  },
  packet: {
    summary: 'write the evidence packet: usage register, consents, file map, disclosure statement (HTML, PDF), in-toto statement',
    usage: 'genai-clearance packet [PATH...] -o DIR [options]',
    options: {
      output: { type: 'string', short: 'o' },
      scan: { type: 'boolean' },
      'require-pass': { type: 'boolean' },
      paper: { type: 'string' },
      'policy-dir': POLICY_DIR,
      ledger: { type: 'string' },
      config: { type: 'string' },
      today: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      ignore: { type: 'string', multiple: true },
    },
    help: `Makes the check \`check\` makes (the same packs, ledger, configuration and date) and writes what it
found to DIR, whole or not at all: register.csv, consents.csv, assets.csv, disclosure.html,
disclosure.pdf, statement.json and README.txt (which says what each file is). A packet for a check
that does not pass is still written, marked NOT CLEARED on every page and in every file's first line.

Options:
  -o, --output DIR      the folder to write (replaced if it holds an earlier packet; refused if it holds other files)
      --scan            also read the media files, as \`scan\` does: assets.csv and statement.json list each file's sha256
      --require-pass    write nothing, and exit 1, unless the check passes
      --paper SIZE      a4 (default) or letter, for disclosure.pdf
      --policy-dir DIR, --ledger FILE, --config FILE, --today DATE, --ignore GLOB: as for \`check\`
  -q, --quiet           print nothing when the check passes

Exit codes: 0 pass, 1 uses need approval or are blocked (the packet is written, marked NOT CLEARED,
unless --require-pass), 2 invalid input or usage.`,
    // Loaded on use: the PDF library and its font engine are no start-up cost for the other commands.
    run: async (v, p, io) =>
      (await import('./packet.js')).packetCommand(
        {
          paths: p,
          ...(v.output !== undefined ? { out: String(v.output) } : {}),
          ...(v.paper !== undefined ? { paper: String(v.paper) } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          ...(v.ledger !== undefined ? { ledger: String(v.ledger) } : {}),
          ...(v.config !== undefined ? { config: String(v.config) } : {}),
          ...(v.today !== undefined ? { today: String(v.today) } : {}),
          scan: v.scan === true,
          requirePass: v['require-pass'] === true,
          quiet: v.quiet === true,
          ignore: Array.isArray(v.ignore) ? v.ignore : [],
        },
        io,
      ),
  },
  init: {
    summary: 'write a commented starter genai-usage.yml',
    usage: 'genai-clearance init [--output FILE] [--title TITLE] [--force] [--schema-only [--pack DIR]] [--quiet]',
    options: {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      force: { type: 'boolean' },
      'schema-only': { type: 'boolean' },
      pack: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
    help: `Writes a starter declaration (one low-risk ideation use) that passes \`check\` as written, and
beside it genai-usage.schema.json, the schema its first line points editors at (autocomplete and
descriptions through yaml-language-server, offline). Commit both.

Options:
  -o, --output FILE   where to write the declaration (default: genai-usage.yml)
      --title TITLE   the production's title (default: the folder's name)
      --force         overwrite existing files
      --schema-only   only write (or refresh) the schema beside the declaration
      --pack DIR      with --schema-only: write the policy pack schema into DIR, a studio's copy
                      of the packs (PACK/VERSION.yml below it), and point each pack file's schema
                      line at it
  -q, --quiet         print nothing on success`,
    run: (v, _p, io) => {
      if (v.pack !== undefined) {
        if (v['schema-only'] !== true) throw new UsageError('--pack writes the policy pack schema only: `genai-clearance init --schema-only --pack DIR`');
        return initPackSchema(String(v.pack), { quiet: v.quiet === true }, io);
      }
      return initCommand(
        {
          ...(v.output !== undefined ? { output: String(v.output) } : {}),
          ...(v.title !== undefined ? { title: String(v.title) } : {}),
          force: v.force === true,
          schemaOnly: v['schema-only'] === true,
          quiet: v.quiet === true,
        },
        io,
      );
    },
  },
  approve: {
    ...approveSpec,
    run: (v, p, io) =>
      approveCommand(
        p,
        Object.fromEntries(
          (['rules', 'ref', 'approver', 'ledger', 'expires', 'production', 'config', 'today'] as const)
            .flatMap((k) => (v[k] !== undefined ? [[k, String(v[k])]] : []))
            .concat(v['policy-dir'] !== undefined ? [['policyDir', String(v['policy-dir'])]] : []),
        ),
        io,
      ),
  },
  migrate: { ...migrateSpec, run: (v, p, io) => migrateCommand(p, { ...(v.work !== undefined ? { work: String(v.work) } : {}), dryRun: v['dry-run'] === true }, io) },
  register: { ...registerSpec, run: registerCommand },
  explain: {
    summary: "show a rule's principle, condition, remedy and source",
    usage: 'genai-clearance explain RULE [--policy-dir DIR]',
    options: { 'policy-dir': POLICY_DIR },
    help: 'RULE is a rule id (final-deliverable) or pack/rule (netflix-genai/final-deliverable).',
    run: (v, p, io) => explainCommand(p[0], v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}, io),
  },
};

/** `--format` of the policy-owner commands (test, diff): their results as text or as data. */
function testFormat(format: string): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json; got "${format}"${didYouMean(format, ['text', 'json'])}`);
  return format;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `${TOOL.name} ${TOOL.version} — declare and clear generative-AI use in production

Usage: genai-clearance <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Run \`genai-clearance <command> --help\` for a command's options.
`;
}

/** The whole CLI as a function of its arguments and IO, so tests run it in-process on real files. */
export function runCli(argv: readonly string[], io: CliIO): number {
  const code = dispatch(argv, io);
  if (typeof code !== 'number') throw new Error(`\`${argv[0]}\` runs asynchronously: call runCliAsync`);
  return code;
}

/** runCli for every command, `scan` included (it reads files as streams and validates manifests). */
export async function runCliAsync(argv: readonly string[], io: CliIO): Promise<number> {
  return dispatch(argv, io);
}

function dispatch(argv: readonly string[], io: CliIO): number | Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  // `help check` is `check --help`.
  const [name, ...rest] = args[0] === 'help' && args[1] !== undefined ? [args[1], '--help'] : args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT.invalid : EXIT.pass;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${TOOL.version}\n`);
    return EXIT.pass;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}; commands: ${Object.keys(COMMANDS).join(', ')}`);
    const options = { ...command.options, help: { type: 'boolean', short: 'h' } } as const satisfies Options;
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(argumentProblem(err as Error & { code?: string }, options));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(`Usage: ${command.usage}\n\n${command.help}\n`);
      return EXIT.pass;
    }
    const code = command.run(values as Record<string, string | boolean | string[] | undefined>, positionals, io);
    return typeof code === 'number' ? code : code.catch((err: unknown) => failed(err, command, debug, io));
  } catch (err) {
    return failed(err, command, debug, io);
  }
}

function failed(err: unknown, command: Command | undefined, debug: boolean, io: CliIO): number {
  if (err instanceof UsageError) {
    io.stderr(`genai-clearance: ${err.message}\n${command ? `Usage: ${command.usage}\n` : ''}`);
    return EXIT.invalid;
  }
  if (err instanceof FileProblem) {
    io.stderr(`genai-clearance: ${err.message}\n`);
    return EXIT.invalid;
  }
  // Fail closed: an internal error is never a pass.
  const detail = debug ? ((err as Error).stack ?? String(err)) : `${(err as Error).message ?? String(err)} (run again with --debug for the stack trace)`;
  io.stderr(`genai-clearance: internal error: ${detail}\n`);
  return EXIT.invalid;
}

/** Node's argument-parser messages, said plainly, with the nearest option for a typo. */
function argumentProblem(err: Error & { code?: string }, options: Options): string {
  // Long options only: every one-letter option is one edit away from every other.
  const known = Object.keys(options).map((long) => `--${long}`);
  const typed = /option '([^']+)'/i.exec(err.message)?.[1] ?? /'(-[^']*)'/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && typed) return `unknown option "${typed}"${typed.startsWith('--') ? didYouMean(typed, known) : ''}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && typed) {
    const long = typed.split(/[ ,]/)[0] ?? typed;
    return options[long.replace(/^--?/, '')]?.type === 'boolean' || /does not take an argument/.test(err.message) ? `option "${long}" takes no value` : `option "${long}" needs a value`;
  }
  return err.message;
}
