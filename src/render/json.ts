// `--format json` is the report model itself: the model's field names are the documented contract, so
// nothing here reshapes it. Same report in, same bytes out (key order is the model's construction order).
import type { Report } from '../model/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
