// `npm start`: what a reviewer would see on a pull request that adds the bundled examples, sized for a
// terminal: the verdict, the principle table and what each failing use needs. The full pull-request
// comment (markdown, exactly as the Action posts it) is written to a file, named at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'start');
const COMMENT = join(OUT, 'pull-request-comment.md');
const PREVIEW = join(OUT, 'pull-request-comment.html');
const REPORT = join(OUT, 'report.json');
/** Never wider than 120 columns; the terminal's width when it is narrower. */
const WIDTH = Math.max(60, Math.min(120, process.stdout.columns || Number(process.env.COLUMNS) || 100));

mkdirSync(OUT, { recursive: true });
// Without a ledger: each example's approvals are judged on their own (examples/series pairs with
// examples/ledger/approvals.yml; see its expected.yml and `genai-clearance test`).
const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', 'examples', '-f', 'json', '-o', REPORT, '-f', 'markdown', '-o', COMMENT], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (result.status !== 0 && result.status !== 1) {
  console.error(`genai-clearance exited ${result.status ?? result.signal}: the examples could not be checked.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));

// Declaration text reaches the terminal: no control, bidi or line-separator characters.
const plain = (s) => String(s).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, '?');

/** `text` wrapped at WIDTH, continuation lines indented by `hang` spaces. */
function wrap(text, indent = 0, hang = indent + 2) {
  const words = plain(text).split(' ');
  const lines = [];
  let line = ' '.repeat(indent);
  let fresh = true;
  for (const word of words) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(hang);
      fresh = true;
    }
    // A single word longer than the line is cut, so no line is ever wider than WIDTH.
    let w = word;
    while (line.length + (fresh ? 0 : 1) + w.length > WIDTH) {
      const room = WIDTH - line.length - (fresh ? 0 : 1);
      line += (fresh ? '' : ' ') + w.slice(0, room);
      lines.push(line);
      w = w.slice(room);
      line = ' '.repeat(hang);
      fresh = true;
    }
    line += (fresh ? '' : ' ') + w;
    fresh = false;
  }
  lines.push(line);
  return lines.join('\n');
}

const n = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const c = report.counts;
const out = [];
out.push(wrap('genai-clearance: the bundled examples, as a reviewer sees them on a pull request'), '');
const verdict =
  report.decision === 'pass'
    ? `PASS: clear to merge (${n(c.uses, 'use')} in ${n(c.files, 'file')}: ${c.clear} clear, ${c.approved} approved)`
    : `FAIL: merge blocked: ${[c.needsApproval && `${n(c.needsApproval, 'use')} need${c.needsApproval === 1 ? 's' : ''} written approval`, c.blocked && `${c.blocked} blocked`, c.invalid && `${n(c.invalid, 'file')} invalid`].filter(Boolean).join(', ')} (of ${n(c.uses, 'use')} in ${n(c.files, 'file')}; ${c.clear} clear, ${c.approved} approved)`;
out.push(wrap(verdict, 0, 6));
for (const e of report.errors) out.push(wrap(`error: ${e.file ?? ''}:${e.line}:${e.column}: ${e.message}`, 2));
if (report.approvalMode === 'format-only') out.push(wrap('Approval references were only format-checked: no approvals ledger was given.', 0));

const STATUS = { clear: 'clear', noted: 'noted', approved: 'approved', 'needs-approval': 'needs approval', blocked: 'blocked' };
for (const pack of report.packs) {
  const rows = report.principles.filter((p) => p.pack === pack.pack);
  out.push('', wrap(`${pack.title} (${pack.pack}@${pack.version})`));
  const name = (p) => `${p.id} ${p.title}`;
  const head = ['Principle', 'Status', 'Needs approval', 'Blocked', 'Cleared by'];
  const cells = rows.map((p) => [name(p), STATUS[p.status] ?? p.status, n(p.needsApproval.length, 'use'), n(p.blocked.length, 'use'), n(p.approvedBy.length, 'approval')]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  // The principle name gives way first when the terminal is narrow.
  const fixed = widths.slice(1).reduce((a, b) => a + b, 0) + 2 + 4 * 2;
  widths[0] = Math.max(12, Math.min(widths[0], WIDTH - fixed));
  const row = (r) => `  ${r.map((v, i) => (v.length > widths[i] ? `${v.slice(0, widths[i] - 1)}…` : v.padEnd(widths[i]))).join('  ')}`.trimEnd();
  out.push(row(head), row(widths.map((w) => '-'.repeat(w))), ...cells.map(row));
}

const failing = report.files.flatMap((f) => f.uses.filter((u) => u.outcome === 'needs-approval' || u.outcome === 'blocked').map((u) => ({ file: f.path, use: u })));
const invalid = report.files.filter((f) => f.status === 'invalid');
if (failing.length > 0 || invalid.length > 0) {
  out.push('', wrap(`What each failing use needs (${failing.length})`));
  let file;
  for (const { file: path, use } of failing) {
    if (path !== file) out.push(wrap(path, 2));
    file = path;
    const open = use.findings.filter((f) => f.status === 'needs-approval').map((f) => f.rule);
    const blocked = use.findings.filter((f) => f.status === 'blocked');
    const needs = blocked.length > 0 ? `blocked by ${blocked.map((f) => f.rule).join(', ')}: change the use (no approval clears it)` : `a written approval listing ${open.join(', ')}`;
    out.push(wrap(`${use.id} (line ${use.line}): ${needs}`, 4, 6));
  }
  for (const f of invalid) out.push(wrap(`${f.path}: invalid (${n(f.errors.length, 'error')}); run \`genai-clearance check ${f.path}\``, 2));
}

await writePreview();
const shownPath = (p) => relative(process.cwd(), p) || p;
out.push('', wrap(`The full pull-request comment, as the Action posts it: ${shownPath(COMMENT)}`, 0, 2));
out.push(wrap(`and as a browser shows it: ${shownPath(PREVIEW)}`, 0, 2));
out.push(wrap('Try: node bin/genai-clearance.js explain final-deliverable, check examples/m1-ideation, or scan a folder of media (what its files say against the declarations)', 0, 5));
console.log(out.join('\n'));

/**
 * The comment as HTML, for a browser. GitHub-flavoured markdown through micromark; the comment's own
 * HTML (`<details>`) is kept, as GitHub keeps it, and declaration text in it was already escaped by
 * the markdown renderer (src/render/escape.ts).
 */
async function writePreview() {
  const { micromark } = await import('micromark');
  const { gfm, gfmHtml } = await import('micromark-extension-gfm');
  const body = micromark(readFileSync(COMMENT, 'utf8'), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const style =
    'body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1012px;margin:2em auto;padding:0 1em;color:#1f2328}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}code{background:#eff1f3;padding:.1em .3em;border-radius:4px}';
  writeFileSync(PREVIEW, `<!doctype html>\n<meta charset="utf-8">\n<title>genai-clearance: pull-request comment preview</title>\n<style>${style}</style>\n${body}\n`);
}
