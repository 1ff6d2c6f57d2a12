// `genai-clearance packet`: the evidence packet, made from the same evaluation `check` (or, with
// --scan, `scan`) makes, written to a folder whole or not at all.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { writeFolderAtomic } from '../io/folder.js';
import { packetFonts } from '../io/fonts.js';
import { buildPacket, sha256 } from '../packet/index.js';
import type { Paper } from '../packet/pdf.js';
import { PAPERS } from '../packet/pdf.js';
import { PACKET_FILES } from '../packet/readme.js';
import type { Digested } from '../packet/statement.js';
import { markingLine } from '../packet/status.js';
import type { CheckOptions } from './check.js';
import { evaluateCheck, exitCodeFor } from './check.js';
import type { CliIO } from './context.js';
import { EXIT, UsageError } from './context.js';
import { evaluateScan } from './scan.js';

export interface PacketOptions extends Omit<CheckOptions, 'formats' | 'outputs' | 'base' | 'color'> {
  out?: string;
  /** Read the media files too, as `scan` does (assets.csv and the statement then list every file's digest). */
  scan?: boolean;
  /** Refuse to make a packet for a check that does not pass. */
  requirePass?: boolean;
  paper?: string;
}

/** A file the evaluation read, by the path it was named with and its digest (undefined when it cannot be read again). */
function digestOf(io: CliIO, path: string | undefined): Digested | undefined {
  if (path === undefined) return undefined;
  try {
    return { name: path, sha256: sha256(readFileSync(isAbsolute(path) ? path : resolve(io.cwd, path))) };
  } catch {
    return undefined;
  }
}

export async function packetCommand(opts: PacketOptions, io: CliIO): Promise<number> {
  if (opts.out === undefined) throw new UsageError('packet needs a folder to write to: -o DIR');
  const paper = (opts.paper ?? 'a4') as Paper;
  if (!PAPERS.includes(paper)) throw new UsageError(`--paper must be one of ${PAPERS.join(', ')}; got "${opts.paper}"`);
  const { report, judging } = opts.scan ? await evaluateScan(opts, io, { declared: true, hashAll: true }) : evaluateCheck(opts, io, { declared: true });
  const code = exitCodeFor(report);
  if (opts.requirePass && report.decision !== 'pass') {
    io.stderr(`no packet written: --require-pass, and the check does not pass (${markingLine(report)})\n`);
    return EXIT.fail;
  }
  const configuration = digestOf(io, judging.config?.path);
  const ledger = digestOf(io, judging.ledger?.path);
  const packet = buildPacket(report, { fonts: packetFonts(), paper, ...(configuration ? { configuration } : {}), ...(ledger ? { ledger } : {}) });
  writeFolderAtomic(resolve(io.cwd, opts.out), packet.files, new Set(Object.keys(PACKET_FILES)), opts.out);
  for (const m of packet.missingGlyphs) io.stderr(`warning: the PDF font has no glyph for ${m.codePoint} (in "${m.in}"); it is printed as [${m.codePoint}]\n`);
  if (!(opts.quiet && code === EXIT.pass))
    io.stdout(`${markingLine(report)}\npacket written to ${opts.out} (${packet.files.length} files; disclosure.pdf: ${packet.pages} page${packet.pages === 1 ? '' : 's'})\n`);
  return code;
}
