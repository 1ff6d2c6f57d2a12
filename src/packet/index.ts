// The evidence packet: every file built from one report (the same evaluation `check` makes), as
// bytes; the shells write them. Pure: no clock, no file system.
import { createHash } from 'node:crypto';
import type { Report } from '../model/report.js';
import { renderAssets } from './assets.js';
import { renderConsents } from './consents.js';
import { renderDisclosureHtml } from './html.js';
import type { MissingGlyph, Paper, PdfFonts } from './pdf.js';
import { renderDisclosurePdf } from './pdf.js';
import type { PacketFile } from './readme.js';
import { renderReadme } from './readme.js';
import { renderRegister } from './register.js';
import type { Digested } from './statement.js';
import { renderStatement } from './statement.js';
import { markingLine } from './status.js';

export interface PacketContext {
  fonts: PdfFonts;
  paper?: Paper;
  /** The trusted configuration and the ledger the evaluation read, by path and digest. */
  configuration?: Digested;
  ledger?: Digested;
}

export interface Packet {
  files: Array<{ name: PacketFile; bytes: Uint8Array }>;
  pages: number;
  missingGlyphs: MissingGlyph[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function buildPacket(report: Report, ctx: PacketContext): Packet {
  const paper = ctx.paper ?? 'a4';
  const pdf = renderDisclosurePdf(report, ctx.fonts, paper);
  const html = renderDisclosureHtml(report);
  const files: Packet['files'] = [
    { name: 'register.csv', bytes: utf8(renderRegister(report)) },
    { name: 'consents.csv', bytes: utf8(renderConsents(report)) },
    { name: 'assets.csv', bytes: utf8(renderAssets(report)) },
    // An HTML comment may come before the doctype: the marking is the file's first line too.
    { name: 'disclosure.html', bytes: utf8(`<!-- ${markingLine(report).replace(/--/g, '- -').replace(/[<>]/g, '')} -->\n${html}`) },
    { name: 'disclosure.pdf', bytes: pdf.bytes },
    { name: 'README.txt', bytes: utf8(renderReadme(report, paper, pdf.missingGlyphs)) },
  ];
  const digested = files.map((f) => ({ name: f.name, sha256: sha256(f.bytes) }));
  files.push({
    name: 'statement.json',
    bytes: utf8(renderStatement(report, { files: digested, ...(ctx.configuration ? { configuration: ctx.configuration } : {}), ...(ctx.ledger ? { ledger: ctx.ledger } : {}) })),
  });
  return { files, pages: pdf.pages, missingGlyphs: pdf.missingGlyphs };
}
