// What GitHub shows of a run besides the comment: the job's error line, the commit status, the
// annotations on the declaration's lines, and the notes above the report (what the run was judged by,
// what the change removes, how to approve). Each is worded here from the report and the facts the
// Action gathered (src/model/github.ts), with the vocabulary every other surface uses, so the job's
// error line can never say less than the comment.

import type { ApprovalHint, GitHubFacts, TrustFacts } from '../model/github.js';
import type { Report } from '../model/report.js';
import { formatCount } from '../util/order.js';
import { escapeMarkdown, logText, markdownCode } from './escape.js';
import type { GrantVerdict } from './grant-verdicts.js';
import { grantVerdicts, verdictLine } from './grant-verdicts.js';
import { APPROVE_NOTE, approvalProblem, creationNote, diagnosticPlace, failureParts, mergedNote, passParts, plural, trustedBranchNote } from './words.js';

/** The one line the job fails with. */
export function gateMessage(report: Report): string {
  const parts = failureParts(report);
  const shown = report.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => [diagnosticPlace(e), e.message].filter(Boolean).join(' '));
  const more = report.errors.length > MAX_ERRORS_SHOWN ? `; +${formatCount(report.errors.length - MAX_ERRORS_SHOWN)} more` : '';
  return `GenAI clearance failed: ${parts.join(', ')}${shown.length > 0 ? ` (${shown.join('; ')}${more})` : ''}.`;
}

const MAX_ERRORS_SHOWN = 10;

/** A failure warn-only reports without failing the job. */
export function warnOnlyMessage(message: string): string {
  return `${message} (warn-only: the check is not failed)`;
}

/** Why a run that could not finish fails. */
export function failedClosedMessage(why: string): string {
  return `genai-clearance could not complete the check, so it fails closed: ${why}`;
}

export function summaryFailedMessage(why: string): string {
  return `genai-clearance could not write the job summary, so it fails closed: ${why}`;
}

export type StatusState = 'success' | 'failure' | 'error';

// GitHub refuses a longer status description.
const STATUS_MAX = 140;

/**
 * The commit status: `error` when the run judged nothing, else the decision in the report's own
 * words. warn-only reports a failure as success, saying so, so it never blocks the merge.
 */
export function commitStatus(report: Report | undefined, failure: string | undefined, warnOnly: boolean): { state: StatusState; description: string } {
  const judged: { state: StatusState; description: string } = !report
    ? { state: 'error', description: `could not complete the check: ${failure ?? 'internal error'}` }
    : report.decision === 'pass'
      ? { state: 'success', description: passParts(report).join(', ') }
      : { state: 'failure', description: failureParts(report).join(', ') };
  const shown = warnOnly && judged.state !== 'success' ? { state: 'success' as const, description: `warn-only: ${judged.description}` } : judged;
  return { state: shown.state, description: clip(shown.description, STATUS_MAX) };
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  line?: number;
  column?: number;
}

// GitHub shows a limited number of annotations per step; the most important go first.
const MAX_ANNOTATIONS = 50;

/**
 * Annotations on the declaration's lines, with control and bidi characters made visible (the toolkit
 * escapes the command syntax itself). A file whose text at the pushed head differs from the judged
 * merge result is annotated as a whole, since its lines would point at the wrong places.
 */
export function annotations(report: Report, sameAtHead: (path: string) => boolean): Annotation[] {
  const out: Annotation[] = [];
  const add = (level: Annotation['level'], message: string, file: string | undefined, line: number | undefined, column: number, title: string) => {
    if (out.length >= MAX_ANNOTATIONS) return;
    const where = file === undefined ? {} : { file: logText(file), ...(line !== undefined && sameAtHead(file) ? { line, column } : {}) };
    out.push({ level, message: logText(message), title: logText(title), ...where });
  };
  for (const e of report.errors) add('error', e.message, e.file, e.line, e.column, 'GenAI clearance: policy, ledger or configuration error');
  for (const file of report.files) for (const e of file.errors) add('error', e.message, file.path, e.line, e.column, 'GenAI clearance: invalid declaration');
  for (const file of report.files) {
    for (const use of file.uses) {
      for (const f of use.findings) {
        if (f.status !== 'blocked' && f.status !== 'needs-approval') continue;
        const place = f.paths[0] ?? use;
        const what = f.status === 'blocked' ? 'blocked' : `needs written approval for rule ${f.rule}`;
        add('error', `${use.id}: ${what}. ${f.message} ${f.remedy}`, file.path, place.line, place.column, `GenAI clearance: ${f.pack} ${f.rule}`);
      }
    }
    for (const w of file.warnings) add('warning', w.message, file.path, w.line, w.column, 'GenAI clearance');
    for (const use of file.uses) {
      for (const a of use.approvals)
        for (const p of a.problems)
          add(p.severity === 'warning' ? 'warning' : 'error', `${use.id}: approval ${a.ref}: ${approvalProblem(a.ref, p.message)}`, file.path, p.line, p.column, 'GenAI clearance: approval');
    }
  }
  // A generated file no use declares fails the check: it is annotated on the file itself.
  for (const asset of report.provenance?.assets ?? []) {
    for (const f of asset.findings) {
      if (f.status !== 'undeclared') continue;
      add('error', `${f.message} ${f.remedy}`, asset.path, undefined, 1, `GenAI clearance: ${f.pack} ${f.rule}`);
    }
  }
  return out;
}

const NAMES_SHOWN = 20;

export const RESOLVED_NOTE = '✅ Resolved: every use is now clear or approved.';

/** The notes above the report in the comment and the job summary, and the approval line under each use (by `path#use`). */
export function runNotes(report: Report, facts: GitHubFacts): { notes: string[]; commands: Map<string, string>; verdicts: GrantVerdict[] } {
  const approvals = approvalNotes(report, facts);
  return { notes: [...(facts.trust ? trustNotes(report, facts.trust) : []), ...approvals.notes], commands: approvals.commands, verdicts: approvals.verdicts };
}

/** What the run was judged by when the pull request tried to change it, and what the pull request removes. */
function trustNotes(report: Report, trust: TrustFacts): string[] {
  const notes: string[] = [];
  if (trust.merged) notes.push(mergedNote(trust.merged.commit, trust.merged.branch, report.decision === 'pass', (t) => markdownCode(t, 200)));
  if (trust.untrustedBase !== undefined && trust.untrustedWhy !== undefined) {
    notes.push(creationNote(trust.untrustedBase, trust.defaultBranch, trust.untrustedWhy, (t) => markdownCode(t, 200)));
  } else if (trust.untrustedBase !== undefined) {
    notes.push(
      `⚠️ This pull request targets ${markdownCode(trust.untrustedBase, 200)}, which is not a trusted branch: it was judged by the configuration, packs and ledger of the default branch ${markdownCode(trust.defaultBranch, 200)}.`,
    );
  } else if (trust.judgedBy !== undefined) notes.push(trustedBranchNote(trust.judgedBy, trust.defaultBranch, (t) => markdownCode(t, 200)));
  if (trust.touched.length > 0) {
    notes.push(
      `⚠️ This pull request changes files the check depends on (${names(trust.touched.map((t) => markdownCode(t, 300)))}). ` +
        `It was judged by the policy from ${noteText(trust.policyFrom)}${trust.ledgerFrom !== undefined ? ` and the ledger from ${noteText(trust.ledgerFrom)}` : ''}, not by its own versions.`,
    );
  }
  if (trust.changedCapped)
    notes.push(`⚠️ GitHub lists only the first ${formatCount(3000)} files of a pull request, so the files named here may be incomplete; every declaration was still read from the commit itself.`);
  const removed = report.removed ?? [];
  if (removed.length > 0) {
    const needed = removed.filter((r) => r.neededApproval).length;
    const deleted = new Set(removed.filter((r) => r.fileDeleted).map((r) => r.file)).size;
    const uses = removed.filter((r) => r.use).length;
    const shown = removed.map((r) => (r.use ? `${markdownCode(r.file, 200)} › ${markdownCode(r.use, 100)}` : markdownCode(r.file, 200)));
    notes.push(
      `➖ This change removes ${plural(uses, 'declared use')}${deleted > 0 ? ` (${plural(deleted, 'declaration file')} deleted)` : ''}, ${formatCount(needed)} of which needed written approval: ${names(shown)}.`,
    );
  }
  if (trust.ledgerFrom === undefined && report.approvalMode === 'format-only') notes.push('ℹ️ No approvals ledger is configured: approval references were only checked for format.');
  return notes;
}

function names(shown: readonly string[]): string {
  return `${shown.slice(0, NAMES_SHOWN).join(', ')}${shown.length > NAMES_SHOWN ? `, +${formatCount(shown.length - NAMES_SHOWN)} more` : ''}`;
}

/**
 * Source descriptions (input paths, repository and branch names) in a note. Text that could open
 * markup, a mention (`@` after a non-word character) or an autolink (`x@y.z`, `www.`) is escaped; plain
 * names stay as they are, so `policy at owner/repo@main` reads as written.
 */
function noteText(text: string): string {
  const plain = /^[A-Za-z0-9./@ -]+$/.test(text) && !/(^|[^A-Za-z0-9])@|@[^ ]*\.|www\./i.test(text);
  return plain ? text : escapeMarkdown(text, 500);
}

const MAX_HINTS = 30;

/**
 * Who already approved what in this pull request, and for each use that needs approval the one thing
 * to paste: the approval command under the use (approvers configured) or its ledger entry.
 */
function approvalNotes(report: Report, facts: GitHubFacts): { notes: string[]; commands: Map<string, string>; verdicts: GrantVerdict[] } {
  const notes: string[] = [];
  const commands = new Map<string, string>();
  if (facts.approveBy === 'pull-request') for (const h of facts.hints) if (h.command !== undefined) commands.set(`${h.path}#${h.use}`, h.command);
  // What each approval posted here cleared, and what it did not: listed before what is still open.
  const verdicts = grantVerdicts(report, facts.grants ?? report.pullRequestApprovals ?? [], commands);
  // A review cannot be replied to, so this list is its only answer, even when it names no use the report holds.
  const shown = verdicts.filter((v) => v.grant.answer?.commentId === undefined || report.pullRequestApprovals?.some((g) => g.origin === v.grant.origin && g.ref === v.grant.ref));
  if (shown.length > 0)
    notes.push(
      `✍️ Approved in this pull request:\n${shown
        .slice(0, MAX_HINTS)
        .map((v) => `- ${verdictLine(v)}`)
        .join('\n')}`,
    );
  if (facts.hints.length === 0) return { notes, commands, verdicts };
  if (facts.approveBy === 'pull-request') {
    // Shown under the use itself, where the reviewer reads what it needs.
    notes.push(APPROVE_NOTE);
    return { notes, commands, verdicts };
  }
  const entries = facts.hints.slice(0, MAX_HINTS).map(ledgerHint);
  const more = facts.hints.length > MAX_HINTS ? `\n\n+${formatCount(facts.hints.length - MAX_HINTS)} more in the job summary.` : '';
  notes.push(
    `🖊️ To approve, a reviewer adds the use's entry to the approvals ledger (with the real ticket as the reference), then re-runs this check.\n\n<details><summary>Ledger entries to add</summary>\n\n${entries.join('\n')}${more}\n\n</details>`,
  );
  return { notes, commands, verdicts };
}

function ledgerHint(h: ApprovalHint): string {
  if (h.ledgerEntry === undefined)
    return `- ${markdownCode(h.use, 100)} needs ${h.rules.map((r) => markdownCode(r, 100)).join(', ')} (its ledger entry: see the JSON report; the declaration path is not plain text)`;
  const lines = h.ledgerEntry.replace(/\n$/, '').split('\n');
  return `- ${markdownCode(h.use, 100)}:\n\n  \`\`\`yaml\n${lines.map((l) => `  ${escapeFenced(l)}`).join('\n')}\n  \`\`\``;
}

/** A line inside a fenced block: only a fence of its own could end the block early. */
function escapeFenced(line: string): string {
  return line.replace(/`/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ');
}
