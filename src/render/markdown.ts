// The PR comment and the job summary. Order follows what a reviewer needs: verdict, the principle table,
// what must be done (with exactly what is missing), then everything else folded away, then provenance.
// The content is built in markdown-content.ts; markdown-fit.ts picks the form that fits a limit.

export type { MarkdownOptions } from './markdown-content.js';
export { DEFAULT_TITLE } from './markdown-content.js';
export type { FittedMarkdown, MarkdownForm } from './markdown-fit.js';
export { fitMarkdown, markdownChunks, renderMarkdown } from './markdown-fit.js';
