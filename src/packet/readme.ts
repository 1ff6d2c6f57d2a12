// README.txt: what each packet file is, who reads it, and how the packet was made.
import type { Report } from '../model/report.js';
import { plainText } from '../render/escape.js';
import { plural } from '../render/words.js';
import type { MissingGlyph } from './pdf.js';
import { CSV_CONTRACT, markingLine, PREDICATE_TYPE, productionName } from './status.js';

export const PACKET_FILES = {
  'register.csv': `The AI usage register: one row per declared use (tools, vendors, inputs, output, decision, rules that fired, approvals, consents, files). For the E&O underwriter and the distributor. Columns: contract register v${CSV_CONTRACT.register}.`,
  'consents.csv': `The consent index: one row per consent record, with the uses it supports. For the E&O underwriter and business affairs. Columns: contract consents v${CSV_CONTRACT.consents}.`,
  'assets.csv': `The file disclosure map: every media file the scan read and every file a use declares, one row per timecode range. For the E&O underwriter (highest-exposure shots) and festivals. Columns: contract assets v${CSV_CONTRACT.assets}.`,
  'disclosure.html': 'The disclosure statement as a web page (prints on A4 and US Letter). For the platform contact.',
  'disclosure.pdf': 'The same statement as a PDF with a signature block. For the insurer, the distributor, festivals and the copyright registration (the excluded-material text).',
  'statement.json': `An in-toto Statement v1 over these files and the deliverables the scan read; predicate type ${PREDICATE_TYPE}. For the studio's own audit: sign it with an artifact attestation.`,
  'README.txt': 'This file.',
} as const;

export type PacketFile = keyof typeof PACKET_FILES;

export function renderReadme(report: Report, paper: string, missing: readonly MissingGlyph[]): string {
  const lines = [
    markingLine(report),
    '',
    `Evidence packet for ${plainText(productionName(report))}`,
    `Made by ${report.tool.name} ${report.tool.version} from the same evaluation as \`genai-clearance check\`, as of ${report.evaluatedOn} (${report.packs.map((p) => `${p.pack}@${p.version}`).join(', ') || 'no pack'}).`,
    'Every file is built from that one report: rebuilding the packet from the same commit, configuration and date gives the same bytes.',
    '',
    'Files:',
    ...Object.entries(PACKET_FILES).map(([name, what]) => `  ${name}\n    ${what}`),
    '',
    'The CSV files are RFC 4180, UTF-8 with a byte-order mark. Row 1 says whether the check passed; row 2 is the header.',
    "A cell that starts with ' had a leading =, +, -, @, tab or CR: the ' keeps spreadsheets from running it as a formula.",
    'Invisible characters from the declaration (bidirectional controls, zero-width spaces) are shown as [U+XXXX] in every file.',
    `disclosure.pdf is laid out on ${paper === 'letter' ? 'US Letter' : 'A4'}.`,
  ];
  if (missing.length > 0) {
    lines.push('', `The PDF's font has no glyph for ${plural(missing.length, 'character')}; each is printed as [U+XXXX]:`);
    for (const m of missing) lines.push(`  ${m.codePoint} in "${plainText(m.in)}"`);
  }
  return `${lines.join('\n')}\n`;
}
