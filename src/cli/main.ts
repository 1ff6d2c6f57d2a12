import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { TOOL } from '../evaluate/report.js';
import { checkCommand } from './check.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  help: string;
  run(values: Record<string, string | boolean | undefined>, positionals: string[], io: CliIO): number;
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
    return command.run(values as Record<string, string | boolean | undefined>, positionals, io);
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
