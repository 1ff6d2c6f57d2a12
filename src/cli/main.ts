import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { TOOL } from '../evaluate/report.js';
import { checkCommand } from './check.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { diffCommand } from './diff.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { migrateCommand, migrateSpec } from './migrate.js';
import { testCommand } from './test.js';

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  help: string;
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIO): number;
}

const POLICY_DIR = { type: 'string' } as const;

const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'check declarations against their policy packs',
    usage: 'genai-clearance check [PATH...] [options]',
    options: { format: { type: 'string', short: 'f' }, 'policy-dir': POLICY_DIR, ledger: { type: 'string' }, base: { type: 'string' }, output: { type: 'string', short: 'o' }, today: { type: 'string' } },
    help: `Evaluates every genai-usage.yml below PATH (default: the current folder; node_modules and .git are skipped).

Options:
  -f, --format FORMAT   text (default), json, markdown, sarif or junit
      --policy-dir DIR  policy packs to use (default: the packs bundled with this tool)
      --ledger FILE     approvals ledger; approvals must match it (without one, references are only format-checked)
      --base FILE       an earlier version of the declaration: marks uses added, changed or removed
  -o, --output FILE     write the report to FILE instead of standard output
      --today DATE      judge approval dates as of DATE (YYYY-MM-DD) instead of today

Exit codes: 0 pass, 1 uses need approval or are blocked, 2 invalid input or usage.`,
    run: (v, p, io) =>
      checkCommand(
        {
          paths: p,
          ...(v.format !== undefined ? { format: String(v.format) } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          ...(v.ledger !== undefined ? { ledger: String(v.ledger) } : {}),
          ...(v.base !== undefined ? { base: String(v.base) } : {}),
          ...(v.output !== undefined ? { output: String(v.output) } : {}),
          ...(v.today !== undefined ? { today: String(v.today) } : {}),
        },
        io,
      ),
  },
  test: {
    summary: 'run the example declarations against the packs; report rule coverage and lint',
    usage: 'genai-clearance test [--examples DIR] [--policy-dir DIR] [--min-coverage N]',
    options: { examples: { type: 'string' }, 'policy-dir': POLICY_DIR, 'min-coverage': { type: 'string' } },
    help: `Evaluates every example (a folder with genai-usage.yml and expected.yml) at its expected.yml's
evaluated_on date and compares each use's outcome and fired rules with expected.yml. Then reports rule
coverage for every pack version an example pins — a rule is covered when some example use fires it
and another use does not — and lints the packs (every rule cites a source and gives a remedy).

Options:
      --examples DIR      where the examples are (default: examples)
      --policy-dir DIR    policy packs to test (default: the packs bundled with this tool)
      --min-coverage N    fail when a pack version covers less than N% (default: 100)

Exit codes: 0 all pass, 1 an expectation mismatch, coverage below the threshold or a lint problem,
2 a pack does not load or a usage error.`,
    run: (v, _p, io) =>
      testCommand(
        {
          ...(v.examples !== undefined ? { examples: String(v.examples) } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          ...(v['min-coverage'] !== undefined ? { minCoverage: String(v['min-coverage']) } : {}),
        },
        io,
      ),
  },
  diff: {
    summary: 'compare two versions of a pack: changes, example outcomes, required semver bump',
    usage: 'genai-clearance diff PACK@A PACK@B [--examples DIR ...] [--policy-dir DIR] [--changelog]',
    options: { examples: { type: 'string', multiple: true }, 'policy-dir': POLICY_DIR, changelog: { type: 'boolean' } },
    help: `Lists the rules added, removed and changed between A and B, the example uses whose outcome changes,
and the semver bump the change requires: MAJOR when it can turn a clear or approved use into
needs-approval or blocked (including approvals that become stale), MINOR for loosening, PATCH for
wording. Conditions count as narrowed only when that can be proved; any other condition change is MAJOR.

Options:
      --examples DIR      example declarations to evaluate under A and B (repeatable; default: examples, if present)
      --policy-dir DIR    policy packs (default: the packs bundled with this tool)
      --changelog         print a CHANGELOG section (markdown) instead of the report

Exit codes: 0 B's version bump is enough, 1 it is not, 2 a pack does not load or a usage error.`,
    run: (v, p, io) => {
      if (p.length > 2) throw new UsageError(`diff takes two versions, got ${p.length} arguments: ${p.join(' ')}`);
      return diffCommand(
        {
          ...(p[0] !== undefined ? { from: p[0] } : {}),
          ...(p[1] !== undefined ? { to: p[1] } : {}),
          ...(Array.isArray(v.examples) ? { examples: v.examples } : {}),
          ...(v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}),
          changelog: v.changelog === true,
        },
        io,
      );
    },
  },
  init: {
    summary: 'write a commented starter genai-usage.yml',
    usage: 'genai-clearance init [--output FILE] [--title TITLE] [--force]',
    options: { output: { type: 'string', short: 'o' }, title: { type: 'string' }, force: { type: 'boolean' } },
    help: 'Writes a starter declaration (one low-risk ideation use) that passes `check` as written.',
    run: (v, _p, io) =>
      initCommand(
        { ...(v.output !== undefined ? { output: String(v.output) } : {}), ...(v.title !== undefined ? { title: String(v.title) } : {}), force: v.force === true },
        io,
      ),
  },
  migrate: { ...migrateSpec, run: (v, p, io) => migrateCommand(p, { ...(v.work !== undefined ? { work: String(v.work) } : {}), dryRun: v['dry-run'] === true }, io) },
  explain: {
    summary: "show a rule's principle, condition, remedy and source",
    usage: 'genai-clearance explain RULE [--policy-dir DIR]',
    options: { 'policy-dir': POLICY_DIR },
    help: 'RULE is a rule id (final-deliverable) or pack/rule (netflix-genai/final-deliverable).',
    run: (v, p, io) => explainCommand(p[0], v['policy-dir'] !== undefined ? { policyDir: String(v['policy-dir']) } : {}, io),
  },
};

export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
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
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT.invalid : EXIT.pass;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${TOOL.version}\n`);
    return EXIT.pass;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout(`Usage: ${command.usage}\n\n${command.help}\n`);
      return EXIT.pass;
    }
    return command.run(values as Record<string, string | boolean | string[] | undefined>, positionals, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`genai-clearance: ${(err as Error).message}\n${command ? `Usage: ${command.usage}\n` : ''}`);
      return EXIT.invalid;
    }
    // Fail closed: an internal error is never a pass.
    io.stderr(`genai-clearance: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.invalid;
  }
}
