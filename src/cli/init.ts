import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileProblem, fsReason, readUtf8, toPosix, writeFileAtomic } from '../io/files.js';
import declarationSchema from '../schema/genai-usage.v2.schema.json' with { type: 'json' };
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { SCHEMA_FILE, starterDeclaration } from './starter.js';

/** The file's text; undefined when it is missing or not a regular file (a FIFO is never opened to read). */
function readIfRegular(path: string): string | undefined {
  try {
    return readUtf8(path);
  } catch {
    return undefined;
  }
}

/** The declaration schema as `init` writes it beside a declaration. */
function schemaCopyText(): string {
  return `${JSON.stringify(declarationSchema, null, 2)}\n`;
}

/**
 * Writes the starter declaration and, beside it, a copy of the schema its modeline names. A copy, not
 * a path into an installed package: `npx` runs the tool from a cache folder that differs per machine
 * and is cleared at will, and most productions have no node_modules at all, so only a file committed
 * next to the declaration resolves for every collaborator, offline, in any editor.
 */
export function initCommand(opts: { output?: string; force?: boolean; title?: string; quiet?: boolean; schemaOnly?: boolean }, io: CliIO): number {
  const shown = opts.output ?? 'genai-usage.yml';
  const target = resolve(io.cwd, shown);
  const schemaPath = join(dirname(target), SCHEMA_FILE);
  const schemaShown = toPosix(join(dirname(shown), SCHEMA_FILE));
  const schema = schemaCopyText();
  const schemaCurrent = readIfRegular(schemaPath) === schema;
  if (opts.schemaOnly) {
    if (!schemaCurrent) {
      makeFolder(dirname(schemaPath), dirname(shown));
      writeFileAtomic(schemaPath, schema, schemaShown);
    }
    if (!opts.quiet) io.stdout(schemaCurrent ? `${schemaShown} is already this version's schema\n` : `wrote ${schemaShown}\n`);
    return EXIT.pass;
  }
  if (existsSync(target) && !opts.force) throw new UsageError(`${shown} already exists; pass --force to overwrite it`);
  if (existsSync(schemaPath) && !schemaCurrent && !opts.force) throw new UsageError(`${schemaShown} already exists and differs from this version's schema; pass --force to overwrite it`);
  makeFolder(dirname(target), dirname(shown));
  if (!schemaCurrent) writeFileAtomic(schemaPath, schema, schemaShown);
  writeFileAtomic(target, starterDeclaration(opts.title ?? basename(io.cwd)), shown);
  if (!opts.quiet) {
    // What `init` wrote is the command's result, so it goes to stdout; the next steps are what a team must fill in.
    io.stdout(
      `wrote ${shown} and ${schemaShown} (its editor schema; commit both)\n` +
        "next: fill in production.id (the platform's production id, needed to match approvals in a ledger), declare each use of generative AI with the date you told your platform contact as `disclosed`, then run `genai-clearance check`\n",
    );
  }
  return EXIT.pass;
}

/** The folder `--output` names, made with its parents: a team starting a production has no folder yet. */
function makeFolder(abs: string, shown: string): void {
  try {
    mkdirSync(abs, { recursive: true });
  } catch (err) {
    const reason = (err as { code?: string }).code === 'EEXIST' ? 'a file of that name is in the way' : fsReason(err);
    throw new FileProblem(`cannot make the folder ${toPosix(shown)}: ${reason}`);
  }
}

/**
 * A note for each declaration whose schema copy (written by `init`) is not this version's schema: the
 * editor would autocomplete against other fields and values than `check` accepts.
 */
export function staleSchemaNotes(declarations: readonly string[], cwd: string): string[] {
  const schema = schemaCopyText();
  const notes = new Set<string>();
  for (const d of declarations) {
    const copy = join(dirname(resolve(cwd, d)), SCHEMA_FILE);
    const text = readIfRegular(copy);
    if (text !== undefined && text !== schema) {
      const shown = toPosix(join(dirname(d), SCHEMA_FILE));
      notes.add(
        `note: ${shown} is not this version's declaration schema, so editors may suggest other fields and values than check accepts; refresh it with \`genai-clearance init --schema-only${dirname(d) === '.' ? '' : ` --output ${toPosix(d)}`}\``,
      );
    }
  }
  return [...notes];
}
