import { resolve } from 'node:path';
import { migrateV1Text } from '../declaration/migrate-text.js';
import type { Work } from '../declaration/types.js';
import { decodeDocument } from '../documents/read.js';
import { readRegularFile, toPosix, writeFileAtomic } from '../io/files.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';

const WORKS: readonly Work[] = ['scripted', 'documentary', 'unscripted', 'news', 'marketing', 'unknown'];

export const migrateSpec = {
  summary: 'rewrite genai-usage/v1 files as v2, keeping comments and order',
  usage: 'genai-clearance migrate FILE... [--work KIND] [--dry-run]',
  options: { work: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  help: `Rewrites each genai-usage/v1 FILE as genai-usage/v2 in place, keeping comments and order, and
prints what it changed and what is left for you to fill in. It refuses, leaving the file as it is,
when the result would not mean what the v1 file is read as, or would lose a comment.

Options:
      --work KIND   the kind of work, for production.work: scripted, documentary, unscripted,
                    news or marketing (default: unknown, which escalates where a rule reads it)
      --dry-run     print the v2 text instead of writing it

Exit codes: 0 migrated (or already v2), 2 refused, unreadable or a usage error.`,
} as const;

export function migrateCommand(files: readonly string[], opts: { work?: string; dryRun?: boolean }, io: CliIO): number {
  if (files.length === 0) throw new UsageError('migrate needs at least one FILE');
  const work = (opts.work ?? 'unknown') as Work;
  if (!WORKS.includes(work)) throw new UsageError(`--work takes one of ${WORKS.join(', ')}, got "${opts.work}"`);
  let code: number = EXIT.pass;
  for (const file of files) {
    const shown = toPosix(file);
    let decoded: ReturnType<typeof decodeDocument>;
    try {
      // Strict, as every document is read: a byte that is not UTF-8 is refused, never written back as U+FFFD.
      decoded = decodeDocument(readRegularFile(resolve(io.cwd, file)));
    } catch (err) {
      io.stderr(`${shown}: cannot read: ${(err as Error).message}\n`);
      code = EXIT.invalid;
      continue;
    }
    if ('error' in decoded) {
      io.stderr(`${shown}:${decoded.error.line}:${decoded.error.column} ${decoded.error.message}\n`);
      code = EXIT.invalid;
      continue;
    }
    const { text } = decoded;
    const result = migrateV1Text(shown, text, work);
    if ('errors' in result) {
      const already = result.errors.length === 1 && result.errors[0]?.code === 'not-v1';
      for (const e of result.errors) io.stderr(`${shown}:${e.line}:${e.column} ${e.message}\n`);
      if (!already) code = EXIT.invalid;
      continue;
    }
    for (const n of result.notes) io.stderr(`${shown}:${n.line}:${n.column} note: ${n.message}\n`);
    if (opts.dryRun) io.stdout(result.text);
    else {
      writeFileAtomic(resolve(io.cwd, file), result.text);
      io.stderr(`${shown}: migrated to genai-usage/v2\n`);
    }
  }
  return code;
}
