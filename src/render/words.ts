// Wording and groupings shared by every renderer, so the terminal, the PR comment, SARIF and JUnit
// describe one report with the same words and in the same order.

import type { AssetClass, AssetReport, CredentialsStatus, ProvenanceReport } from '../model/provenance.js';
import { SIGNAL_WORDS } from '../model/provenance.js';
import type { Diagnostic, FileReport, Finding, FindingStatus, JudgedConsent, JudgedPerformer, PackRef, PrincipleRow, PrincipleStatus, Report, UseOutcome, UseReport } from '../model/report.js';
import { formatCount } from '../util/order.js';

export interface Label {
  emoji: string;
  word: string;
}

export const OUTCOME_LABEL: Record<UseOutcome, Label> = {
  clear: { emoji: '✅', word: 'clear' },
  approved: { emoji: '☑️', word: 'approved' },
  'needs-approval': { emoji: '⚠️', word: 'needs approval' },
  blocked: { emoji: '⛔', word: 'blocked' },
};

export const PRINCIPLE_STATUS_LABEL: Record<PrincipleStatus, Label> = {
  clear: { emoji: '✅', word: 'clear' },
  noted: { emoji: 'ℹ️', word: 'noted' },
  approved: { emoji: '☑️', word: 'approved' },
  'needs-approval': { emoji: '⚠️', word: 'needs approval' },
  blocked: { emoji: '⛔', word: 'blocked' },
};

export const FINDING_STATUS_LABEL: Record<FindingStatus, Label> = {
  noted: { emoji: 'ℹ️', word: 'noted' },
  approved: { emoji: '☑️', word: 'approved' },
  'needs-approval': { emoji: '⚠️', word: 'needs approval' },
  blocked: { emoji: '⛔', word: 'blocked' },
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1 use`, `3 uses`; thousands grouped so large counts stay readable. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Everything that makes the decision fail, in the order a reviewer acts on it; empty when it passes. */
export function failureParts(report: Report): string[] {
  const { counts } = report;
  const parts: string[] = [];
  if (counts.needsApproval > 0) {
    parts.push(`${plural(counts.needsApproval, 'use')} ${counts.needsApproval === 1 ? 'needs' : 'need'} written approval`);
  }
  if (counts.blocked > 0) parts.push(`${formatCount(counts.blocked)} blocked`);
  if (counts.invalid > 0) parts.push(`${plural(counts.invalid, 'file')} invalid`);
  if (report.errors.length > 0) parts.push(plural(report.errors.length, 'policy error'));
  const undeclared = report.provenance?.counts.undeclared ?? 0;
  if (undeclared > 0) parts.push(`${plural(undeclared, 'media file')} no use declares`);
  // The core fails closed on anything unexpected; say so rather than print an empty reason.
  if (parts.length === 0 && report.decision === 'fail') parts.push('the check failed closed');
  return parts;
}

/** The counts a passing report is made of. */
export function passParts(report: Report): string[] {
  const { counts } = report;
  if (counts.uses === 0) return [`no generative-AI uses declared in ${plural(counts.files, 'file')}`];
  const parts = [plural(counts.uses, 'use')];
  if (counts.clear > 0) parts.push(`${formatCount(counts.clear)} clear`);
  if (counts.approved > 0) parts.push(`${formatCount(counts.approved)} approved`);
  return parts;
}

export function packLabel(pack: Pick<PackRef, 'pack' | 'version'>): string {
  return `${pack.pack}@${pack.version}`;
}

// Rows show the pack's own principle ids (P1…P5, ER, B1): a number would invent principles the guidance lacks.
export function principleName(row: Pick<PrincipleRow, 'id' | 'title'>): string {
  return `${row.id} ${row.title}`;
}

export type PrincipleLookup = (pack: string, principle: string) => PrincipleRow | undefined;

export function principleLookup(report: Report): PrincipleLookup {
  const rows = new Map<string, PrincipleRow>();
  for (const row of report.principles) rows.set(`${row.pack}\u0000${row.id}`, row);
  return (pack, principle) => rows.get(`${pack}\u0000${principle}`);
}

/** `P4 Temporary, not final` when the principle is known, otherwise its raw id. */
export function findingPrinciple(lookup: PrincipleLookup, finding: Finding): string {
  const row = lookup(finding.pack, finding.principle);
  return row ? principleName(row) : finding.principle;
}

export function isOpen(finding: Finding): boolean {
  return finding.status === 'needs-approval' || finding.status === 'blocked';
}

export interface LocatedUse {
  file: FileReport;
  use: UseReport;
}

/** Uses with one outcome, in file then declaration order. */
export function usesWithOutcome(report: Report, outcome: UseOutcome): LocatedUse[] {
  return report.files.flatMap((file) => file.uses.filter((use) => use.outcome === outcome).map((use) => ({ file, use })));
}

/** Groups packs' principle rows in the report's pack order (rows of unlisted packs last). */
export function principlesByPack(report: Report): { pack: string; ref?: PackRef; rows: PrincipleRow[]; judged?: string[] }[] {
  const groups = new Map<string, PrincipleRow[]>();
  const key = (pack: string, version?: string) => (version === undefined ? pack : `${pack}@${version}`);
  const versioned = new Set(report.principles.filter((r) => r.version !== undefined).map((r) => r.pack));
  for (const pack of report.packs) groups.set(key(pack.pack, versioned.has(pack.pack) ? pack.version : undefined), []);
  for (const row of report.principles) {
    const rows = groups.get(key(row.pack, row.version)) ?? [];
    rows.push(row);
    groups.set(key(row.pack, row.version), rows);
  }
  return [...groups].flatMap(([, rows]) => {
    const first = rows[0];
    if (!first) return [];
    const pack = first.pack;
    const version = first.version;
    const ref = report.packs.find((p) => p.pack === pack && (version === undefined || p.version === version));
    // Which files this version judged, when another version of the pack judged others.
    const judged = version === undefined ? undefined : report.files.filter((f) => f.policies.some((p) => p.pack === pack && p.version === version)).map((f) => f.path);
    return [{ pack, rows, ...(ref ? { ref } : {}), ...(judged ? { judged } : {}) }];
  });
}

/** What would turn an open finding into a cleared one; `code` formats the rule id for the surface. */
export function clearance(finding: Finding, code: (id: string) => string = (id) => id): string {
  return finding.status === 'blocked' ? 'no approval can clear this; only a change to the use (or to the policy) can' : `attach a written approval that lists ${code(finding.rule)}`;
}

/** A fired value as it appears in YAML-ish JSON: `true`, `"unknown"`, `["a","b"]`. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function at(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}

/**
 * Where a diagnostic points: its own file if it names one, else the file it is listed under. A
 * problem with neither (an unreadable policy directory) has no meaningful line, so it has no place.
 */
export function diagnosticPlace(d: Diagnostic, listedUnder?: string): string | undefined {
  const file = d.file ?? listedUnder;
  return file === undefined ? undefined : at(file, d.line, d.column);
}

/** What each Content Credentials state is called, everywhere a file's provenance is shown. */
export const CREDENTIALS_WORD: Record<CredentialsStatus, string> = {
  trusted: 'signed, trusted signer',
  untrusted: 'signed, signer not on the trust list',
  invalid: 'invalid: does not match the file',
  remote: 'stored remotely (not fetched)',
  none: 'none',
  'not-validated': 'embedded, not validated (over the size cap)',
};

export const CLASS_WORD: Record<AssetClass, string> = { ai: 'generated by AI', review: 'enhanced or composited by software', other: 'not generated', unknown: 'unknown' };

/** `3 media files scanned (changed in this pull request): 1 generated by AI, 1 no use declares, 2 not scanned`. */
export function provenanceSummary(p: ProvenanceReport): string {
  const { counts } = p;
  const parts = [
    counts.ai > 0 ? `${formatCount(counts.ai)} ${CLASS_WORD.ai}` : '',
    counts.review > 0 ? `${formatCount(counts.review)} ${CLASS_WORD.review}` : '',
    counts.undeclared > 0 ? `${formatCount(counts.undeclared)} no use declares` : '',
    counts.notScanned > 0 ? `${formatCount(counts.notScanned)} not scanned` : '',
  ].filter(Boolean);
  const scope = p.scope === 'changed' ? ' (added or changed by this change)' : '';
  return `${plural(counts.files, 'media file')} checked${scope}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** A file that says nothing, was read, and that no use or check concerns: renderers count these, never list them. */
export function isSilent(a: AssetReport): boolean {
  return a.signal === 'none' && !a.notScanned && a.declaredBy.length === 0 && a.findings.length === 0 && a.credentials.status === 'none';
}

/** A file's provenance in one phrase: what it says, and on what evidence. */
export function assetSays(a: AssetReport): string {
  if (a.notScanned) return `not scanned: ${a.notScanned.message}`;
  if (a.signal === 'none') return a.credentials.status === 'none' ? 'states no source type' : `states no source type (Content Credentials: ${CREDENTIALS_WORD[a.credentials.status]})`;
  return `${a.sourceType ?? '?'} (${CLASS_WORD[a.class]}), in ${SIGNAL_WORDS[a.signal]}`;
}

/**
 * Said when a pull request was judged by a trusted branch other than the default: whoever can create a
 * branch matching a trusted pattern decides what that branch's packs and ledger say, so a reviewer is
 * shown which one it was.
 */
export function trustedBranchNote(branch: string, defaultBranch: string, code: (text: string) => string): string {
  return `ℹ️ Judged by the configuration's trusted branch ${code(branch)} (its packs and ledger), not the default branch ${code(defaultBranch)}: creating branches that match a trusted pattern must be restricted (see docs/trust-model.md).`;
}

/** A base that matches a trusted pattern, judged by the default branch because anyone may be able to create such a branch. */
export function creationNote(branch: string, defaultBranch: string, why: string, code: (text: string) => string): string {
  return `⚠️ This pull request targets ${code(branch)}, which matches a trusted pattern, but ${why}: it was judged by the configuration, packs and ledger of the default branch ${code(defaultBranch)}. Restrict the creation of matching branches with a ruleset (see docs/trust-model.md).`;
}

/** Why a scan was refused before it began: the token's hourly budget cannot cover it. */
export function budgetShortfall(files: number, requests: number, reserve: number, remaining: number, resetAt: Date | undefined): string {
  const reset = resetAt ? `; it resets at ${resetAt.toISOString().slice(11, 16)} UTC` : '';
  return `reading ${plural(files, 'media file')} takes ${plural(requests, 'API request')} and the rest of the run up to ${formatCount(reserve)} more, and the token has ${formatCount(remaining)} left this hour${reset}. The scan was not started rather than starve the repository's other workflows: re-run the check once the budget resets, or declare the files by pattern and scan them with the CLI (fails closed)`;
}

/**
 * What was wrong with an approval, as the sentence that names it: the judge's messages may already
 * start with the reference, and a reference is never printed twice in one sentence.
 */
export function approvalProblem(ref: string, message: string): string {
  return message.startsWith(`${ref}: `) ? message.slice(ref.length + 2) : message;
}

/** What to write for each field a consent record lacks, named at the record's line. */
const CONSENT_FIELD_TO_WRITE: Record<string, string> = {
  party: 'party: performer (or guardian, estate, all-parties)',
  scope: 'scope: this-use, this-production or other-productions',
  signed_on: 'signed_on: YYYY-MM-DD, the date on the signed document',
};

/** One consent record as a talent finding judged it, in plain words (each renderer escapes it). */
function consentRecordWords(c: JudgedConsent): string {
  const facts = [
    c.party !== undefined ? `party ${c.party}` : undefined,
    c.scope !== undefined ? `scope ${c.scope}` : undefined,
    c.signed_on !== undefined ? `signed ${c.signed_on}` : undefined,
  ].filter((x) => x !== undefined);
  const missing = c.missing.map((f) => `no ${f}: write ${CONSENT_FIELD_TO_WRITE[f] ?? f}`);
  return `${c.ref} (line ${c.line}): ${[...facts, ...missing].join(', ')}`;
}

/** A performer and every consent record a talent finding judged. */
export function judgedPerformerWords(p: JudgedPerformer): string {
  const records = p.consent.length > 0 ? p.consent.map(consentRecordWords).join('; ') : 'no consent record';
  return `${p.who} (line ${p.line}) — ${records}`;
}

/**
 * What a rule's level means for a use, worded for the people who act on it: an escalation asks for a
 * decision and is not a prohibition; only `block` withholds the approval route.
 */
export const LEVEL_MEANING: Record<'inform' | 'escalate' | 'block', string> = {
  inform: 'noted for the team; it never holds the check',
  escalate:
    'refer for a decision: the check stays open until a written approval naming this rule is recorded. It is not a prohibition: the person answering for compliance decides, and their approval clears it',
  block: 'no approval clears it: the use passes only once what the rule asks for is done (for example, the consent is recorded)',
};

/** Beside each approval line the comment offers for pasting. */
/** A run on a merged pull request judged the commit it was merged as, and set that commit's status. */
export function mergedNote(commit: string, branch: string, green: boolean, code: (text: string) => string): string {
  return `${green ? 'ℹ️' : '🔴'} This pull request was merged as ${code(commit.slice(0, 12))} into ${code(branch)}: this run judged that commit, and its ${code('genai-clearance')} status is ${green ? 'green' : 'now red'}.`;
}

/** The promise the comment makes about commands, worded to what the Action does (src/render/grant-verdicts.ts, action/reviewers.ts). */
export const APPROVE_NOTE =
  '🖊️ To approve a use, an approver posts the line shown under it as a new comment or review, with `<ticket>` replaced by the reference of the approval; the approval stops counting if the use changes. A command in a comment that is refused, or counts for less than it says, gets one reply under it with the line to post instead (a review has no place for a reply: what it approved is listed in this comment).';

export const APPROVE_INSTRUCTION = 'To approve, post as a new comment with `<ticket>` replaced:';
