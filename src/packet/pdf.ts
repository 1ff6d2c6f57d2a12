// disclosure.pdf: the statement laid out in-process by pdfkit (no browser at run time), with the
// shipped DejaVu Sans embedded (subset), on A4 or US Letter. Dates come from the evaluation date and
// the file ID from the document's info, so the same report gives the same bytes. A character the
// font cannot draw is written as `[U+XXXX]` and reported, never dropped.

import type { Report } from '../model/report.js';
import { visibleText } from '../render/escape.js';
import type { Block } from './disclosure.js';
import { disclosureBlocks } from './disclosure.js';
import { fontkitLib, pdfkitLib } from './pdf-lib.js';
import { marking, productionName } from './status.js';

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];
const SIZE: Record<Paper, string> = { a4: 'A4', letter: 'LETTER' };

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface MissingGlyph {
  /** `U+1F600`. */
  codePoint: string;
  /** Where it was met: the start of the text that holds it. */
  in: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  missingGlyphs: MissingGlyph[];
}

const MARGIN = 50;
const BODY = 9;
const PAD = 3;

export function renderDisclosurePdf(report: Report, fonts: PdfFonts, paper: Paper = 'a4'): PdfResult {
  const blocks = disclosureBlocks(report);
  const date = new Date(`${report.evaluatedOn}T00:00:00Z`);
  const face = fontkitLib().create(fonts.regular);
  const PDFDocument = pdfkitLib();
  const missing = new Map<string, MissingGlyph>();
  const drawable = (text: string): string =>
    Array.from(visibleText(text), (ch) => {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x20 || face.hasGlyphForCodePoint(cp)) return ch;
      const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      if (!missing.has(name)) missing.set(name, { codePoint: name, in: Array.from(visibleText(text)).slice(0, 40).join('') });
      return `[${name}]`;
    }).join('');

  const title = blocks[0]?.kind === 'title' ? blocks[0].text : 'Generative-AI disclosure statement';
  const doc = new PDFDocument({
    size: SIZE[paper],
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'en',
    displayTitle: true,
    // No default font: pdfkit's would be a standard font read from its own folder. The embedded faces
    // are registered by name below, and a font registered under the same name as a default one would
    // be parsed again at every switch.
    font: null as unknown as string,
    info: {
      Title: drawable(`${marking(report)}: ${title}`),
      Author: drawable(productionName(report)),
      Subject: 'Generative-AI use, clearance and disclosure',
      Keywords: `genai-clearance, ${marking(report)}, ${report.evaluatedOn}`,
      Creator: `${report.tool.name} ${report.tool.version}`,
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('body', Buffer.from(fonts.regular) as unknown as string);
  doc.registerFont('bold', Buffer.from(fonts.bold) as unknown as string);
  doc.font('body');
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const text = (t: string, font: 'body' | 'bold', size: number, opts: PDFKit.Mixins.TextOptions = {}) => {
    doc
      .font(font)
      .fontSize(size)
      .text(drawable(t), { width, ...opts });
  };

  for (const b of blocks) drawBlock(b);

  // Every page carries the marking and its number (drawn after layout, when the count is known).
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = doc.page.height - MARGIN + 4;
    doc.font('bold').fontSize(8);
    doc.text(drawable(marking(report)), MARGIN, y, { width: width / 2, lineBreak: false, height: 10 });
    doc.font('body').fontSize(8);
    doc.text(`${report.evaluatedOn} · page ${i + 1} of ${range.count}`, MARGIN + width / 2, y, { width: width / 2, align: 'right', lineBreak: false, height: 10 });
    // The bottom margin is where the footer goes; pdfkit would otherwise start a page for it.
    doc.page.margins.bottom = MARGIN;
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: range.count, missingGlyphs: [...missing.values()] };

  function drawBlock(b: Block): void {
    switch (b.kind) {
      case 'title':
        text(b.text, 'bold', 15);
        doc.moveDown(0.4);
        return;
      case 'marking': {
        doc.font('bold').fontSize(12);
        const t = drawable(b.text);
        const h = doc.heightOfString(t, { width: width - 2 * PAD * 2 }) + 4 * PAD;
        ensure(h);
        const top = doc.y;
        doc.rect(MARGIN, top, width, h).lineWidth(1.5).stroke();
        doc.text(t, MARGIN + 2 * PAD, top + 2 * PAD, { width: width - 4 * PAD });
        doc.x = MARGIN;
        doc.y = top + h + 6;
        return;
      }
      case 'heading':
        ensure(40);
        doc.moveDown(0.6);
        text(b.text, 'bold', 12);
        doc.moveDown(0.2);
        return;
      case 'para':
        text(b.text, 'body', BODY);
        doc.moveDown(0.3);
        return;
      case 'facts':
        table(['', ''], b.rows, [1, 2.2], false);
        return;
      case 'table':
        table(b.head, b.rows, b.widths, true);
        return;
      case 'signature':
        for (const [i, line] of b.lines.entries()) {
          ensure(30);
          text(line, i === 0 ? 'body' : 'bold', BODY);
          if (i > 0) {
            doc
              .moveTo(MARGIN + 70, doc.y)
              .lineTo(MARGIN + width, doc.y)
              .lineWidth(0.5)
              .stroke();
            doc.moveDown(1.2);
          } else doc.moveDown(0.8);
        }
        return;
    }
  }

  function table(head: readonly string[], rows: readonly (readonly string[])[], weights: readonly number[], withHead: boolean): void {
    const total = weights.reduce((s, w) => s + w, 0);
    const cols = weights.map((w) => (width * w) / total);
    const drawRow = (cells: readonly string[], font: 'body' | 'bold') => {
      doc.font(font).fontSize(BODY);
      const texts = cells.map(drawable);
      const h = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: (cols[i] ?? 0) - 2 * PAD }))) + 2 * PAD;
      const fresh = doc.y + h > bottom();
      if (fresh) {
        doc.addPage();
        if (withHead && font === 'body') drawRow(head, 'bold');
        doc.font(font).fontSize(BODY);
      }
      const top = doc.y;
      let x = MARGIN;
      texts.forEach((t, i) => {
        const w = cols[i] ?? 0;
        doc.rect(x, top, w, h).lineWidth(0.4).stroke();
        doc.text(t, x + PAD, top + PAD, { width: w - 2 * PAD });
        x += w;
      });
      doc.x = MARGIN;
      doc.y = top + h;
    };
    if (withHead) {
      ensure(40);
      drawRow(head, 'bold');
    }
    for (const r of rows) drawRow(withHead ? r : [r[0] ?? '', r[1] ?? ''], withHead ? 'body' : 'body');
    doc.moveDown(0.5);
  }
}
