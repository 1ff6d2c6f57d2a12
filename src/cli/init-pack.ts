// `genai-clearance init --schema-only --pack DIR`: the pack schema for a studio's own copy of the packs.
// A pack's first line points editors at the schema by a relative path; in this repository that is
// src/schema/, which a copied pack does not have. So the schema is written into the studio's policy
// folder and each pack file's schema line is pointed at it: it resolves offline, in any editor, for
// everyone who clones the studio's repository.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileProblem, fsReason, readUtf8, toPosix, writeFileAtomic } from '../io/files.js';
import packSchema from '../schema/policy-pack.schema.json' with { type: 'json' };
import { compareText } from '../util/order.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';

const PACK_SCHEMA_FILE = 'policy-pack.schema.json';
const MODELINE = `# yaml-language-server: $schema=../${PACK_SCHEMA_FILE}`;
const ANY_MODELINE = /^#\s*yaml-language-server:\s*\$schema=.*$/;

export function initPackSchema(dir: string, opts: { quiet?: boolean }, io: CliIO): number {
  const abs = resolve(io.cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (err) {
    throw new UsageError(`no policy folder ${dir}: ${fsReason(err)}`);
  }
  if (!isDir) throw new UsageError(`--pack names the policy folder (PACK/VERSION.yml below it), and ${dir} is not a folder`);
  const files = packFiles(abs);
  if (files.length === 0) throw new UsageError(`no pack files below ${dir} (PACK/VERSION.yml, e.g. netflix-genai/4.0.0.yml)`);

  const schemaShown = toPosix(join(dir, PACK_SCHEMA_FILE));
  const schema = `${JSON.stringify(packSchema, null, 2)}\n`;
  writeFileAtomic(join(abs, PACK_SCHEMA_FILE), schema, schemaShown);
  const pointed: string[] = [];
  for (const rel of files) {
    const shown = toPosix(join(dir, rel));
    const text = readUtf8(join(abs, rel), shown);
    const [first = '', ...rest] = text.split('\n');
    if (first === MODELINE) continue;
    const next = ANY_MODELINE.test(first) ? [MODELINE, ...rest].join('\n') : `${MODELINE}\n${text}`;
    try {
      writeFileAtomic(join(abs, rel), next, shown);
    } catch (err) {
      throw new FileProblem(`cannot point ${shown} at ${schemaShown}: ${err instanceof FileProblem ? err.reason : fsReason(err)}`);
    }
    pointed.push(shown);
  }
  if (!opts.quiet) io.stdout(`wrote ${schemaShown}${pointed.length > 0 ? `; the schema line of ${pointed.join(', ')} now names it` : '; every pack file below it already names it'}\n`);
  return EXIT.pass;
}

function packFiles(abs: string): string[] {
  const out: string[] = [];
  for (const pack of readdirSync(abs, { withFileTypes: true })) {
    if (!pack.isDirectory()) continue;
    for (const f of readdirSync(join(abs, pack.name))) if (/^\d+\.\d+\.\d+\.yml$/.test(f)) out.push(`${pack.name}/${f}`);
  }
  return out.sort(compareText);
}
