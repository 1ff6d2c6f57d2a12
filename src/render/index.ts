// One entry point for every surface: the CLI's `--format` and the Action pick a renderer by name.
import type { Report } from '../model/report.js';
import type { RowContext } from '../model/rows.js';
import { jsonChunks, renderJson } from './json.js';
import { junitChunks, renderJunit } from './junit.js';
import { type MarkdownOptions, markdownChunks, renderMarkdown } from './markdown.js';
import { ndjsonChunks, renderNdjson, rowContext } from './ndjson.js';
import { renderSarif, type SarifOptions, sarifLog } from './sarif.js';
import { renderText, textChunks } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Text only: ANSI colour (the CLI decides: a TTY and no NO_COLOR). */
  color?: boolean;
  markdown?: MarkdownOptions;
  sarif?: SarifOptions;
  /** NDJSON only: where the evaluation ran (the report model does not know). */
  rows?: RowContext;
}

const rowsOf = (report: Report, options: RenderOptions): RowContext => options.rows ?? rowContext({}, report.evaluatedOn, { repository: 'unknown', commit: 'unknown' });

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(report: Report, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color ?? false });
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, options.markdown);
    case 'sarif':
      return renderSarif(report, options.sarif);
    case 'junit':
      return renderJunit(report);
    case 'ndjson':
      return renderNdjson(report, rowsOf(report, options));
  }
}

/**
 * The same bytes as `render`, in pieces, for a writer that sends each on as it comes: the two JSON
 * formats a batch of uses (or results) at a time, the others about 64 K characters at a time.
 */
export function* renderChunks(report: Report, format: Format, options: RenderOptions = {}): Generator<string> {
  if (format === 'json') yield* jsonChunks(report);
  else if (format === 'sarif') yield* jsonChunks(sarifLog(report, options.sarif));
  else if (format === 'junit') yield* junitChunks(report);
  else if (format === 'ndjson') yield* ndjsonChunks(report, rowsOf(report, options));
  else if (format === 'markdown') yield* markdownChunks(report, options.markdown);
  else yield* textChunks(report, { color: options.color ?? false });
}

export {
  escapeHtml,
  escapeHtmlComment,
  escapeMarkdown,
  escapeXml,
  markdownCode,
  markdownCodeLine,
  plainText,
} from './escape.js';
export { type FittedMarkdown, fitMarkdown, type MarkdownForm, type MarkdownOptions } from './markdown.js';
export { reportRows, rowContext } from './ndjson.js';
export type { SarifOptions } from './sarif.js';
export type { TextOptions } from './text.js';
export { jsonChunks, renderJson, renderJunit, renderMarkdown, renderSarif, renderText };
