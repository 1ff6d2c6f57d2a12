import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { writeFileAtomic } from '../io/files.js';
import { today } from '../util/dates.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { starterDeclaration } from './starter.js';

export function initCommand(opts: { output?: string; force?: boolean; title?: string }, io: CliIO): number {
  const target = resolve(io.cwd, opts.output ?? 'genai-usage.yml');
  if (existsSync(target) && !opts.force) throw new UsageError(`${opts.output ?? 'genai-usage.yml'} already exists; pass --force to overwrite it`);
  writeFileAtomic(target, starterDeclaration(opts.title ?? basename(io.cwd), today(io.now)));
  io.stderr(`wrote ${opts.output ?? 'genai-usage.yml'}: declare each use of generative AI, then run \`genai-clearance check\`\n`);
  return EXIT.pass;
}
