// The Action's evidence packet (`packet: true`): the same files `genai-clearance packet` writes, from
// this run's report, into a fresh folder under RUNNER_TEMP.
import { join } from 'node:path';
import { writeFolderAtomic } from '../src/io/folder.js';
import { packetFonts } from '../src/io/fonts.js';
import type { Report } from '../src/model/report.js';
import { buildPacket, sha256 } from '../src/packet/index.js';
import { PACKET_FILES } from '../src/packet/readme.js';

export function writeActionPacket(report: Report, dir: string, read: { ledger?: { path: string; bytes: Uint8Array } }, warn: (message: string) => void): string {
  const ledger = read.ledger ? { name: read.ledger.path, sha256: sha256(read.ledger.bytes) } : undefined;
  const packet = buildPacket(report, { fonts: packetFonts(), ...(ledger ? { ledger } : {}) });
  for (const m of packet.missingGlyphs) warn(`the packet's PDF font has no glyph for ${m.codePoint}; it is printed as [${m.codePoint}]`);
  const path = join(dir, 'genai-clearance-packet');
  writeFolderAtomic(path, packet.files, new Set(Object.keys(PACKET_FILES)));
  return path;
}
