// disclosure.html: the statement as one self-contained page (no script, no external resource) that
// prints on A4 or US Letter. Every text from a declaration is escaped, and invisible characters are shown.
import type { Report } from '../model/report.js';
import { visibleText } from '../render/escape.js';
import type { Block } from './disclosure.js';
import { disclosureBlocks } from './disclosure.js';
import { marking } from './status.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => visibleText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const STYLE = `
@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 3mm; }
th, td { border: 1px solid #888; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: #eee; }
tr { break-inside: avoid; }
.marking { font-weight: bold; font-size: 12pt; padding: 2mm 3mm; border: 2px solid currentColor; }
.not-cleared { color: #8b0000; }
.cleared { color: #0b5d1e; }
.facts th { width: 32%; }
.signature p { margin: 5mm 0 0; border-bottom: 1px solid #111; padding-bottom: 1mm; }
.signature p:first-child { border-bottom: none; }
@media print { body { padding: 0; max-width: none; } .running { position: fixed; top: 0; right: 0; font-size: 8pt; } }
@media screen { .running { display: none; } }
`;

function block(b: Block, cls: string): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'marking':
      return `<p class="marking ${cls}" role="status">${esc(b.text)}</p>`;
    case 'heading':
      return `<h2>${esc(b.text)}</h2>`;
    case 'para':
      return `<p>${esc(b.text)}</p>`;
    case 'facts':
      return `<table class="facts"><tbody>${b.rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`;
    case 'table': {
      const total = b.widths.reduce((s, w) => s + w, 0);
      const cols = b.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('');
      const head = b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
    case 'signature':
      return `<div class="signature">${b.lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`;
  }
}

export function renderDisclosureHtml(report: Report): string {
  const blocks = disclosureBlocks(report);
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : 'Generative-AI disclosure statement';
  const cls = report.decision === 'pass' ? 'cleared' : 'not-cleared';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(`${marking(report)}: ${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="running ${cls}" aria-hidden="true">${esc(marking(report))}</div>
${blocks.map((b) => block(b, cls)).join('\n')}
</main>
</body>
</html>
`;
}
