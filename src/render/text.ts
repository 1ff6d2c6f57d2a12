// Terminal output. Locations are `file:line:col:` at the start of a line so editors and terminals make
// them clickable; colour is ANSI only, and only when the CLI says so (TTY and no NO_COLOR). Declaration
// text is sanitised: an ESC in a summary must not be able to drive the terminal.

import type { ProvenanceReport } from '../model/provenance.js';
import type { Diagnostic, FileReport, Finding, Report, UseReport } from '../model/report.js';
import { plainText } from './escape.js';
import {
  approvalProblem,
  assetSays,
  at,
  CREDENTIALS_WORD,
  clearance,
  diagnosticPlace,
  FINDING_STATUS_LABEL,
  failureParts,
  findingPrinciple,
  isOpen,
  isSilent,
  judgedPerformerWords,
  OUTCOME_LABEL,
  PRINCIPLE_STATUS_LABEL,
  type PrincipleLookup,
  packLabel,
  passParts,
  plural,
  principleLookup,
  principleName,
  principlesByPack,
  provenanceSummary,
  showValue,
} from './words.js';

export interface TextOptions {
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m` : (_style, text) => text;
}

const OUTCOME_STYLE: Record<UseReport['outcome'], Style> = {
  clear: 'green',
  approved: 'green',
  'needs-approval': 'yellow',
  blocked: 'red',
};

const FINDING_STYLE: Record<Finding['status'], Style> = {
  noted: 'cyan',
  approved: 'green',
  'needs-approval': 'yellow',
  blocked: 'red',
};

// Generous: a terminal wraps, but a 10,000-character summary still should not flood it.
const TEXT_MAX = 500;
const t = (text: string): string => plainText(text, TEXT_MAX);

export function renderText(report: Report, options: TextOptions): string {
  return [...textChunks(report, options)].join('');
}

/**
 * The bytes of `renderText` in pieces of about 64 K characters: the lines of one file at a time are
 * held, never those of the whole report.
 */
export function* textChunks(report: Report, options: TextOptions): Generator<string> {
  let buffer = '';
  for (const block of textBlocks(report, options)) {
    for (const line of block) {
      buffer += `${line}\n`;
      if (buffer.length >= 1 << 16) {
        yield buffer;
        buffer = '';
      }
    }
  }
  yield buffer;
}

/** The report's lines, a block at a time: what comes before the files, each file, what comes after. */
function* textBlocks(report: Report, options: TextOptions): Generator<string[]> {
  const paint = painter(options.color);
  const lookup = principleLookup(report);
  let lines: string[] = [];
  if (foundNothing(report)) {
    // No declaration and nothing else wrong: the one line that says so is the whole answer, without a
    // footer of packs and ledger notes about files that are not there.
    yield report.errors.map((d) => diagnosticLine(paint, d, undefined, 'error'));
    return;
  }

  for (const d of report.errors) lines.push(diagnosticLine(paint, d, undefined, 'error'));
  if (report.errors.length > 0) lines.push('');

  yield lines;
  for (const file of report.files) {
    const block: string[] = [];
    fileLines(block, paint, lookup, file);
    block.push('');
    yield block;
  }
  lines = [];
  if (report.provenance) {
    provenanceLines(lines, paint, report.provenance);
    lines.push('');
  }

  if (report.principles.length > 0) {
    lines.push(paint('bold', 'Principles'));
    for (const group of principlesByPack(report)) {
      if (group.rows.length === 0) continue;
      lines.push(`  ${group.ref ? packLabel(group.ref) : group.pack}${group.judged ? ` judged ${t(group.judged.join(', '))}` : ''}`);
      const width = Math.max(...group.rows.map((row) => t(principleName(row)).length));
      for (const row of group.rows) {
        const status = PRINCIPLE_STATUS_LABEL[row.status].word;
        const style: Style = row.status === 'blocked' ? 'red' : row.status === 'needs-approval' ? 'yellow' : 'green';
        lines.push(`    ${t(principleName(row)).padEnd(width)}  ${paint(style, status)}`);
      }
    }
    lines.push('');
  }

  if (report.approvalMode === 'format-only') {
    lines.push(paint('yellow', 'note: approval references were only format-checked (no approval ledger configured).'));
  }
  lines.push(paint('dim', `${t(report.tool.name)} ${t(report.tool.version)} · ${report.packs.map(packLabel).join(', ') || 'no policy pack'} · evaluated on ${t(report.evaluatedOn)}`));
  lines.push(report.decision === 'pass' ? `${paint('green', paint('bold', 'PASS'))} ${passParts(report).join(', ')}` : `${paint('red', paint('bold', 'FAIL'))} ${failureParts(report).join(', ')}`);
  yield lines;
}

function foundNothing(report: Report): boolean {
  return report.files.length === 0 && (report.provenance?.assets.length ?? 0) === 0 && report.errors.length > 0 && report.errors.every((d) => d.code === 'no-declarations');
}

function diagnosticLine(paint: Paint, d: Diagnostic, listedUnder: string | undefined, severity: 'error' | 'warning'): string {
  // Without a file, name the tool instead, as compilers do for errors that have no source position.
  const place = diagnosticPlace(d, listedUnder) ?? 'genai-clearance';
  return `${t(place)}: ${paint(severity === 'error' ? 'red' : 'yellow', severity)}: ${t(d.message)} ${paint('dim', `(${t(d.code)})`)}`;
}

// Lines are appended to the caller's array, never spread into it: a spread passes every line as an
// argument, and a file with 50,000 uses has more lines than the stack has room for arguments.
function fileLines(lines: string[], paint: Paint, lookup: PrincipleLookup, file: FileReport): void {
  const title = file.production ? ` — ${t(file.production.title)}` : '';
  const status = file.status === 'invalid' ? ` ${paint('red', '(invalid)')}` : '';
  lines.push(`${paint('bold', t(file.path))}${status}${title}`);
  // Diagnostics start at column 0, compiler-style, so editors' problem matchers pick them up.
  for (const d of file.errors) lines.push(diagnosticLine(paint, d, file.path, 'error'));
  for (const use of file.uses) useLines(lines, paint, lookup, file, use);
  for (const d of file.warnings) lines.push(diagnosticLine(paint, d, file.path, 'warning'));
  // A rejected approval is a warning, as in SARIF: what fails is the finding it did not clear.
  for (const use of file.uses) {
    for (const approval of use.approvals) {
      for (const d of approval.problems) {
        lines.push(diagnosticLine(paint, { ...d, message: `approval ${approval.ref}: ${approvalProblem(approval.ref, d.message)}` }, file.path, 'warning'));
      }
    }
  }
  for (const id of file.removedUses ?? []) lines.push(`  ${paint('dim', `removed: ${t(id)}`)}`);
}

function useLines(lines: string[], paint: Paint, lookup: PrincipleLookup, file: FileReport, use: UseReport): void {
  const label = OUTCOME_LABEL[use.outcome].word;
  const change = use.change !== undefined && use.change !== 'unchanged' ? paint('dim', ` (${use.change})`) : '';
  lines.push(`  ${paint(OUTCOME_STYLE[use.outcome], label.padEnd(14))} ${paint('bold', t(use.id))}${change} ${paint('dim', `— ${t(use.summary)}`)}`);
  // Open findings first: they are what the reader must act on.
  const ordered = [...use.findings.filter(isOpen), ...use.findings.filter((f) => !isOpen(f))];
  for (const finding of ordered) {
    const where = finding.paths[0] ?? use;
    const status = FINDING_STATUS_LABEL[finding.status].word;
    lines.push(`    ${t(at(file.path, where.line, where.column))}: ${paint(FINDING_STYLE[finding.status], status)} ${t(finding.rule)} [${t(findingPrinciple(lookup, finding))}] ${t(finding.message)}`);
    for (const p of finding.paths) {
      const unknown = p.reason === 'unknown' ? ' (unknown: uncertainty escalates)' : '';
      lines.push(paint('dim', `        ${t(p.path)} = ${t(showValue(p.value))} at ${p.line}:${p.column}${unknown}`));
    }
    for (const p of finding.performers ?? []) lines.push(paint('dim', `        consent judged: ${t(judgedPerformerWords(p))}`));
    if (finding.status === 'approved') {
      lines.push(paint('dim', `        cleared by ${t(finding.approval ?? 'an approval')}`));
    } else if (isOpen(finding)) {
      lines.push(paint('dim', `        remedy: ${t(finding.remedy)}`));
      lines.push(paint('dim', `        to clear: ${clearance(finding)}`));
    }
  }
}

// Every file that says anything, fails, or was not read; the silent rest only counted.
function provenanceLines(lines: string[], paint: Paint, p: ProvenanceReport): void {
  lines.push(`${paint('bold', 'Provenance')} ${paint('dim', provenanceSummary(p))}`);
  for (const pack of p.packsWithoutChecks) lines.push(`  ${paint('dim', `${t(pack)} has no provenance checks: it judges no file`)}`);
  let silent = 0;
  for (const a of p.assets) {
    const failing = a.findings.filter((f) => f.status === 'undeclared');
    if (isSilent(a)) {
      silent++;
      continue;
    }
    const mark =
      failing.length > 0 ? paint('red', 'undeclared'.padEnd(14)) : a.notScanned ? paint('yellow', 'not scanned'.padEnd(14)) : paint('dim', (a.declaredBy.length > 0 ? 'declared' : 'seen').padEnd(14));
    const by = a.declaredBy.length > 0 ? paint('dim', ` — declared by ${a.declaredBy.map((r) => `${t(r.file)} › ${t(r.use)}`).join(', ')}`) : '';
    lines.push(`  ${mark} ${t(a.path)}: ${t(assetSays(a))}${by}`);
    if (a.credentials.status !== 'none')
      lines.push(
        paint(
          'dim',
          `        Content Credentials: ${t(CREDENTIALS_WORD[a.credentials.status])}${a.credentials.codes.length > 0 ? ` (${t(a.credentials.codes.join(', '))})` : ''}${a.credentials.remoteUrl ? ` at ${t(a.credentials.remoteUrl)}` : ''}`,
        ),
      );
    for (const f of a.findings) {
      lines.push(`        ${paint(f.status === 'undeclared' ? 'red' : 'dim', f.status === 'undeclared' ? 'needs declaring' : 'noted')} ${t(f.rule)} [${t(f.pack)} ${t(f.principle)}] ${t(f.message)}`);
      if (f.status === 'undeclared') lines.push(paint('dim', `        remedy: ${t(f.remedy)}`));
    }
    for (const note of a.notes) lines.push(paint('dim', `        note: ${t(note)}`));
  }
  if (silent > 0) lines.push(`  ${paint('dim', `${plural(silent, 'other file')} state${silent === 1 ? 's' : ''} no source type: unknown, not clean`)}`);
}
