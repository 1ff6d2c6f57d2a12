// The lines above the report in the comment and the job summary that only the Action can say: what
// the run was judged by when the pull request tried to change it, and what the pull request removes.
// Notes are markdown as written, so every name from the pull request goes through the escaping.

import type { Report } from '../src/model/report.js';
import { formatCommand } from '../src/approvals/commands.js';
import type { PullRequestGrant } from '../src/approvals/grants.js';
import { grantVerdicts, verdictLine } from '../src/render/grant-verdicts.js';
import type { GrantVerdict } from '../src/render/grant-verdicts.js';
import { escapeMarkdown, markdownCode } from '../src/render/index.js';
import { formatCount } from '../src/util/order.js';
import type { Repo } from './github-api.js';
import { describeSource, trustedPathsTouched } from './sources.js';
import type { Trust } from './trust.js';

const NAMES_SHOWN = 20;

export interface NoteFacts {
  report: Report;
  trust: Trust;
  repo: Repo;
  changed: { files: string[]; capped: boolean };
  configPath?: string;
  hasLedger: boolean;
}

export function runNotes({ report, trust, repo, changed, configPath, hasLedger }: NoteFacts): string[] {
  const notes: string[] = [];
  const { refs } = trust;
  if (refs.untrustedBase) {
    notes.push(
      `⚠️ This pull request targets ${markdownCode(refs.untrustedBase, 200)}, which is not a trusted branch: it was judged by the configuration, packs and ledger of the default branch ${markdownCode(trust.defaultBranch, 200)}.`,
    );
  }
  const touched = trustedPathsTouched(changed.files, [trust.policySource, trust.ledgerSource, ...(configPath ? [{ kind: 'repo-path' as const, path: configPath }] : [])]);
  if (touched.length > 0) {
    notes.push(
      `⚠️ This pull request changes files the check depends on (${touched
        .slice(0, NAMES_SHOWN)
        .map((t) => markdownCode(t, 300))
        .join(', ')}${touched.length > NAMES_SHOWN ? `, +${formatCount(touched.length - NAMES_SHOWN)} more` : ''}). ` +
        `It was judged by the policy from ${noteText(describeSource(trust.policySource, repo, refs.trusted))}${hasLedger ? ` and the ledger from ${noteText(describeSource(trust.ledgerSource, repo, refs.trusted))}` : ''}, not by its own versions.`,
    );
  }
  if (changed.capped)
    notes.push(`⚠️ GitHub lists only the first ${formatCount(3000)} files of a pull request, so the files named here may be incomplete; every declaration was still read from the commit itself.`);
  const removed = report.removed ?? [];
  if (removed.length > 0) {
    const needed = removed.filter((r) => r.neededApproval).length;
    const deleted = [...new Set(removed.filter((r) => r.fileDeleted).map((r) => r.file))];
    const names = removed.slice(0, NAMES_SHOWN).map((r) => (r.use ? `${markdownCode(r.file, 200)} › ${markdownCode(r.use, 100)}` : markdownCode(r.file, 200)));
    const uses = removed.filter((r) => r.use).length;
    notes.push(
      `➖ This change removes ${formatCount(uses)} declared use(s)${deleted.length > 0 ? ` (${formatCount(deleted.length)} declaration file(s) deleted)` : ''}, ${formatCount(needed)} of which needed written approval: ${names.join(', ')}${removed.length > NAMES_SHOWN ? `, +${formatCount(removed.length - NAMES_SHOWN)} more` : ''}.`,
    );
  }
  if (!hasLedger && report.approvalMode === 'format-only') notes.push('ℹ️ No approvals ledger is configured: approval references were only checked for format.');
  return notes;
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

export interface ApprovalHintFacts {
  report: Report;
  /** Rule ids two of the packs in use define: only those need their `pack/` prefix to be unambiguous. */
  sharedRuleIds: ReadonlySet<string>;
  /** Approvers are configured: show the command to paste; otherwise the ledger entry to add. */
  fromPullRequest: boolean;
  /** The reference form the pack accepts (its example), to be replaced by the real ticket. */
  refExample: (pack: string) => string;
  production?: string;
  today: string;
  /** The approvals posted in the pull request, bound to a use or not. */
  grants?: readonly PullRequestGrant[];
}

const MAX_HINTS = 30;

/**
 * For each use that needs approval: what it needs and the one thing to paste — the approval command
 * (approvers configured) or the ledger entry (ledger only), naming the use by id and by the
 * fingerprint of its content. And who already approved what, in this pull request.
 */
export function approvalNotes({ report, sharedRuleIds, fromPullRequest, refExample, production, today, grants }: ApprovalHintFacts): {
  notes: string[];
  commands: Map<string, string>;
  verdicts: GrantVerdict[];
} {
  const notes: string[] = [];
  const commands = new Map<string, string>();
  const open = report.files.flatMap((f) => f.uses.filter((u) => u.outcome === 'needs-approval' && u.fingerprint).map((u) => ({ file: f, use: u })));
  const finish = () => {
    // What each approval posted here cleared, and what it did not: listed before what is still open.
    const verdicts = grantVerdicts(report, grants ?? report.pullRequestApprovals ?? [], commands);
    const shown = verdicts.filter((v) => report.pullRequestApprovals?.some((g) => g.origin === v.grant.origin && g.ref === v.grant.ref));
    if (shown.length > 0)
      notes.unshift(
        `✍️ Approved in this pull request:\n${shown
          .slice(0, MAX_HINTS)
          .map((v) => `- ${verdictLine(v)}`)
          .join('\n')}`,
      );
    return { notes, commands, verdicts };
  };
  if (open.length === 0) return finish();
  const shared = new Set(report.files.flatMap((f) => f.uses.map((u) => u.id)).filter((id, i, all) => all.indexOf(id) !== i));
  const expires = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const entries: string[] = [];
  for (const { file, use } of open) {
    const findings = use.findings.filter((f) => f.status === 'needs-approval');
    const rules = [...new Set(findings.map((f) => (sharedRuleIds.has(f.rule) ? `${f.pack}/${f.rule}` : f.rule)))];
    const ref = refExample(findings[0]?.pack ?? '');
    if (fromPullRequest) {
      // Shown under the use itself, where the reviewer reads what it needs.
      commands.set(`${file.path}#${use.id}`, formatCommand({ action: 'approve', use: use.id, fingerprint: use.fingerprint as string, rules, ref, ...(shared.has(use.id) ? { path: file.path } : {}) }));
      continue;
    }
    if (entries.length >= MAX_HINTS) continue;
    const production_ = production ?? file.production?.id ?? 'PRD-0000';
    // Shown for copying only when every value is plain: anything else could not be pasted as YAML as is.
    if (![file.path, production_].every((v) => /^[A-Za-z0-9._/ -]+$/.test(v))) {
      entries.push(`- ${markdownCode(use.id, 100)} needs ${rules.map((r) => markdownCode(r, 100)).join(', ')} (its ledger entry: see the JSON report; the declaration path is not plain text)`);
      continue;
    }
    const entry = [
      `- ref: ${ref}`,
      `  production: ${production_}`,
      `  path: ${file.path}`,
      `  use: ${use.id}`,
      `  rules: [${rules.join(', ')}]`,
      `  fingerprint: ${use.fingerprint}`,
      `  approved_on: ${today}`,
      `  expires_on: ${expires}`,
      '  approver: Name (Role)',
    ];
    entries.push(`- ${markdownCode(use.id, 100)}:\n\n  \`\`\`yaml\n${entry.map((l) => `  ${escapeFenced(l)}`).join('\n')}\n  \`\`\``);
  }
  if (fromPullRequest) {
    notes.push(
      '🖊️ To approve a use, an approver posts the line shown under it as a new comment or review, with `<ticket>` replaced by the reference of the approval; the approval stops counting if the use changes, and each command that counts for less than it says is answered under it.',
    );
  } else {
    const more = open.length > MAX_HINTS ? `\n\n+${formatCount(open.length - MAX_HINTS)} more in the job summary.` : '';
    notes.push(
      `🖊️ To approve, a reviewer adds the use's entry to the approvals ledger (with the real ticket as the reference), then re-runs this check.\n\n<details><summary>Ledger entries to add</summary>\n\n${entries.join('\n')}${more}\n\n</details>`,
    );
  }
  return finish();
}

/** A line inside a fenced block: only a fence of its own could end the block early. */
function escapeFenced(line: string): string {
  return line.replace(/`/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ');
}
