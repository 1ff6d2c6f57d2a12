// `register html`: the register as a static site (no server, no build step for the reader). Every
// page is complete HTML that reads without JavaScript; one small script adds sorting and filtering to
// each table. Every text that came from a declaration or a file goes through escapeHtml.
import { createHash } from 'node:crypto';
import type { Production, SiteData } from '../register/queries.js';
import { escapeHtml } from './escape.js';
import type { Column } from './register-columns.js';
import { COLUMNS, QUESTION_TITLES } from './register-columns.js';
import { plural } from './words.js';

const CELL_MAX = 2000;
const esc = (value: string | number) => escapeHtml(String(value), CELL_MAX);

/** The site's files, path → content. */
export function renderRegisterSite(data: SiteData): Map<string, string> {
  const files = new Map<string, string>();
  files.set('site.css', CSS);
  files.set('site.js', SCRIPT);
  files.set('index.html', page('Overview', '', overview(data)));
  files.set('queue.html', page('Open approvals', '', queue(data)));
  files.set('expiry.html', page('Expiry calendar', '', expiry(data)));
  const usesByRepo = group(data.uses, (u) => u.repository);
  for (const p of data.productions)
    files.set(`productions/${productionSlug(p.repository)}.html`, page(p.production || p.repository, '../', productionPage(p, data, usesByRepo.get(p.repository) ?? [])));
  return files;
}

/** A file name no repository name can break out of, unique per repository. */
function productionSlug(repository: string): string {
  const readable = repository
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${readable || 'production'}-${createHash('sha256').update(repository).digest('hex').slice(0, 8)}`;
}

function page(title: string, up: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — GenAI clearance register</title>
<link rel="stylesheet" href="${up}site.css">
<script src="${up}site.js" defer></script>
</head>
<body>
<header><nav aria-label="Register"><ul>
<li><a href="${up}index.html">Overview</a></li>
<li><a href="${up}queue.html">Open approvals</a></li>
<li><a href="${up}expiry.html">Expiry calendar</a></li>
</ul></nav></header>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

interface Cell {
  text: string | number;
  href?: string;
}

function table<R>(id: string, caption: string, columns: readonly Column<R>[], rows: readonly R[], link?: (row: R, column: number) => string | undefined): string {
  if (rows.length === 0) return `<h2 id="${id}-heading">${esc(caption)}</h2>\n<p>None.</p>\n`;
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' data-numeric' : ''}>${esc(c.heading)}</th>`).join('');
  const body = rows
    .map((r) => {
      const cells: Cell[] = columns.map((c, i) => {
        const href = link?.(r, i);
        return { text: c.value(r), ...(href ? { href } : {}) };
      });
      return `<tr>${cells.map((c) => `<td>${c.href ? `<a href="${c.href}">${esc(c.text)}</a>` : esc(c.text)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<h2 id="${id}-heading">${esc(caption)}</h2>
<table id="${id}" class="register" aria-labelledby="${id}-heading">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
`;
}

const PRODUCTION_COLUMNS: Column<Production>[] = [
  { heading: 'Production', value: (p) => p.production || p.repository },
  { heading: 'Repository', value: (p) => p.repository },
  { heading: 'Evaluated on', value: (p) => p.evaluated_on },
  { heading: 'Uses', value: (p) => p.uses, numeric: true },
  { heading: 'Need approval', value: (p) => p.needs_approval, numeric: true },
  { heading: 'Blocked', value: (p) => p.blocked, numeric: true },
  { heading: 'Undeclared files', value: (p) => p.undeclared_files, numeric: true },
  { heading: 'Packs', value: (p) => p.packs },
];

function overview(data: SiteData): string {
  const waiting = data.productions.filter((p) => p.needs_approval > 0).length;
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  return `<p>${plural(data.productions.length, 'production')}, as of each one's newest evaluation; ${plural(data.open.length, 'use')} in ${plural(waiting, 'production')} ${verb(data.open.length, 'waits', 'wait')} for approval, ${data.blocked.length} ${verb(data.blocked.length, 'is', 'are')} blocked, ${plural(data.expiring.length, 'approval')} ${verb(data.expiring.length, 'expires', 'expire')} within ${plural(data.days, 'day')} of ${esc(data.today)}.</p>
${table('productions', 'Productions', PRODUCTION_COLUMNS, data.productions, (p, i) => (i === 0 ? `productions/${productionSlug(p.repository)}.html` : undefined))}
${table('blocked', QUESTION_TITLES.blocked, COLUMNS.blocked, data.blocked)}
${table('undeclared', QUESTION_TITLES.undeclared, COLUMNS.undeclared, data.undeclared)}
${table('packs', QUESTION_TITLES.packs, COLUMNS.packs, data.packs)}`;
}

const toProduction = (repository: string) => `productions/${productionSlug(repository)}.html`;

function queue(data: SiteData): string {
  return `<p>Uses waiting for written approval, the longest-waiting first (days counted to ${esc(data.today)}).</p>
${table('queue', QUESTION_TITLES.open, COLUMNS.open, data.open, (r, i) => (i === 0 ? toProduction(r.repository) : undefined))}`;
}

function expiry(data: SiteData): string {
  const byMonth = group(data.expiring, (a) => a.expires_on.slice(0, 7));
  const months = [...byMonth.entries()].map(([month, rows]) => `<li><a href="#expiring">${esc(month)}</a>: ${rows.length}</li>`).join('\n');
  return `<p>Approvals that clear something today and lapse within ${data.days} days of ${esc(data.today)}, by date.</p>
${months ? `<ul class="months">\n${months}\n</ul>` : ''}
${table('expiring', QUESTION_TITLES.expiring, COLUMNS.expiring, data.expiring, (r, i) => (i === 2 ? toProduction(r.repository) : undefined))}`;
}

function productionPage(p: Production, data: SiteData, uses: SiteData['uses']): string {
  const mine = <R extends { repository: string }>(rows: readonly R[]) => rows.filter((r) => r.repository === p.repository);
  const useColumns: Column<SiteData['uses'][number]>[] = [
    { heading: 'Declaration', value: (u) => u.path },
    { heading: 'Use', value: (u) => u.use },
    { heading: 'Summary', value: (u) => u.summary },
    { heading: 'Stage', value: (u) => u.stage },
    { heading: 'Decision', value: (u) => u.decision },
    { heading: 'Rules', value: (u) => u.rules },
    { heading: 'Approvals', value: (u) => u.approvals },
  ];
  return `<dl>
<dt>Repository</dt><dd>${esc(p.repository)}</dd>
<dt>Newest evaluation</dt><dd>${esc(p.evaluated_on)} (${esc(p.evaluation)}, commit <code>${esc(p.commit)}</code>); ${p.evaluations} recorded</dd>
<dt>Packs</dt><dd>${esc(p.packs)}</dd>
</dl>
${table('uses', 'Uses', useColumns, uses)}
${table('queue', QUESTION_TITLES.open, COLUMNS.open, mine(data.open))}
${table('expiring', QUESTION_TITLES.expiring, COLUMNS.expiring, mine(data.expiring))}
${table('undeclared', QUESTION_TITLES.undeclared, COLUMNS.undeclared, mine(data.undeclared))}`;
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const CSS = `body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 80rem; padding: 0 1rem 2rem; }
nav ul { list-style: none; display: flex; gap: 1.5rem; padding: 0; }
a { color: #0b4f9c; }
table.register { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { text-align: left; border-bottom: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; vertical-align: top; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: #1a1a1a; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.filter { margin: 0.5rem 0; }
`;

// Sorting and filtering, added by the page itself: without JavaScript the tables read as written.
const SCRIPT = `"use strict";
document.querySelectorAll("table.register").forEach(function (table) {
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var label = document.createElement("label");
  label.className = "filter";
  label.textContent = "Filter " + (document.getElementById(table.getAttribute("aria-labelledby")) || {}).textContent + " ";
  var input = document.createElement("input");
  input.type = "search";
  input.setAttribute("data-filter", table.id);
  label.appendChild(input);
  var count = document.createElement("span");
  count.setAttribute("role", "status");
  label.appendChild(count);
  table.parentNode.insertBefore(label, table);
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var keep = q === "" || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !keep;
      if (keep) shown++;
    });
    count.textContent = q === "" ? "" : " " + shown + " of " + body.rows.length + " rows";
  });
  Array.prototype.forEach.call(heads, function (th, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.hasAttribute("data-numeric");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].textContent, y = b.cells[index].textContent;
        var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? d : -d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;
