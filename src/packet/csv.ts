// RFC 4180 CSV for the packet's spreadsheets: CRLF between records, every field quoted only when it
// must be, UTF-8 with a byte-order mark (so spreadsheet programs read accents, Greek and Cyrillic
// right). Text from a declaration reaches a spreadsheet user, so a cell a spreadsheet would evaluate
// as a formula or command is neutralised: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in front,
// which spreadsheets show as text and hide.
import { visibleText } from '../render/escape.js';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: invisible characters shown, formulas neutralised, quoted when it holds `"`, `,` or a line break. */
function csvCell(value: string): string {
  let text = visibleText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The value a spreadsheet shows for `value` (what `csvCell` writes, unquoted): what the round-trip test expects. */
export function csvValue(value: string): string {
  const text = visibleText(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A whole file: the status row first (padded to the header's width, as RFC 4180 wants every record
 * the same length), then the header, then the rows.
 */
export function csvFile(status: readonly string[], header: readonly string[], rows: Iterable<readonly string[]>): string {
  const width = header.length;
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
  let out = BOM + line([...status, ...Array<string>(Math.max(0, width - status.length)).fill('')]) + line(header);
  for (const row of rows) {
    if (row.length !== width) throw new Error(`csv: a row has ${row.length} cells, the header ${width}`);
    out += line(row);
  }
  return out;
}

/** Several values in one cell. */
export const joinCell = (values: readonly string[]): string => values.join('; ');
