// The facts the GitHub surfaces word (src/model/github.ts), gathered from the trusted side: what the
// run was judged by, and for each use that needs approval the command or ledger entry that approves
// it. Sentences are left to src/render/github.ts.

import { formatCommand, PLACEHOLDER } from '../src/approvals/commands.js';
import type { PullRequestGrant } from '../src/approvals/grants.js';
import { ledgerEntryText } from '../src/ledger/entry.js';
import type { ApprovalHint, GitHubFacts } from '../src/model/github.js';
import type { Report } from '../src/model/report.js';
import type { PackLibrary } from '../src/policy/library.js';
import type { Repo } from './github-api.js';
import { describeSource, trustedPathsTouched } from './sources.js';
import type { Trust } from './trust.js';

export interface FactSources {
  report: Report;
  trust: Trust;
  repo: Repo;
  library: PackLibrary;
  changed: { files: string[]; capped: boolean };
  configPath?: string;
  hasLedger: boolean;
  today: string;
  /** The approvals posted in the pull request, bound to a use or not. */
  grants?: readonly PullRequestGrant[];
}

export function gatherFacts({ report, trust, repo, library, changed, configPath, hasLedger, today, grants }: FactSources): GitHubFacts {
  const { refs } = trust;
  const touched = trustedPathsTouched(changed.files, [trust.policySource, trust.ledgerSource, ...(configPath ? [{ kind: 'repo-path' as const, path: configPath }] : [])]);
  const approveBy = trust.config.approvers !== undefined ? 'pull-request' : 'ledger';
  return {
    trust: {
      ...(refs.untrustedBase ? { untrustedBase: refs.untrustedBase } : {}),
      ...(refs.untrustedWhy ? { untrustedWhy: refs.untrustedWhy } : {}),
      ...(refs.trusted !== trust.defaultBranch ? { judgedBy: refs.trusted } : {}),
      defaultBranch: trust.defaultBranch,
      touched,
      policyFrom: describeSource(trust.policySource, repo, refs.trusted),
      ...(hasLedger ? { ledgerFrom: describeSource(trust.ledgerSource, repo, refs.trusted) } : {}),
      changedCapped: changed.capped,
      ...(refs.mergedAs ? { merged: { commit: refs.mergedAs, branch: refs.trusted } } : {}),
    },
    approveBy,
    hints: approvalHints(report, library, approveBy, trust.config.production, today),
    ...(grants ? { grants } : {}),
  };
}

/** Rule ids two differently named packs in use define: only those need `pack/rule` to be unambiguous. */
function sharedRuleIds(report: Report, library: PackLibrary): Set<string> {
  const byPack = new Map<string, Set<string>>();
  for (const ref of report.packs) for (const r of library.packs.get(ref.pack)?.find((v) => v.version === ref.version)?.rules ?? []) byPack.set(ref.pack, (byPack.get(ref.pack) ?? new Set()).add(r.id));
  const ids = [...byPack.values()].flatMap((set) => [...set]);
  return new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
}

function approvalHints(report: Report, library: PackLibrary, approveBy: GitHubFacts['approveBy'], production: string | undefined, today: string): ApprovalHint[] {
  const open = report.files.flatMap((f) => f.uses.filter((u) => u.outcome === 'needs-approval' && u.fingerprint).map((u) => ({ file: f, use: u })));
  if (open.length === 0) return [];
  const shared = sharedRuleIds(report, library);
  const sharedUseIds = new Set(report.files.flatMap((f) => f.uses.map((u) => u.id)).filter((id, i, all) => all.indexOf(id) !== i));
  const expires = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return open.map(({ file, use }) => {
    const findings = use.findings.filter((f) => f.status === 'needs-approval');
    const rules = [...new Set(findings.map((f) => (shared.has(f.rule) ? `${f.pack}/${f.rule}` : f.rule)))];
    const pack = findings[0]?.pack ?? '';
    // A line to paste holds a placeholder the parser refuses, never a ticket-shaped example that could
    // be posted unchanged; a ledger entry shows the reference form the pack accepts.
    const ref = approveBy === 'pull-request' ? PLACEHOLDER : (library.packs.get(pack)?.[0]?.doc.approval.ref_example ?? 'GENAI-2026-0001');
    const fingerprint = use.fingerprint as string;
    const hint: ApprovalHint = { path: file.path, use: use.id, rules };
    if (approveBy === 'pull-request') return { ...hint, command: formatCommand({ action: 'approve', use: use.id, fingerprint, rules, ref, ...(sharedUseIds.has(use.id) ? { path: file.path } : {}) }) };
    const productionId = production ?? file.production?.id ?? 'PRD-0000';
    // Offered for copying only when every value is plain: anything else could not be pasted as YAML as is.
    if (![file.path, productionId].every((v) => /^[A-Za-z0-9._/ -]+$/.test(v))) return hint;
    return {
      ...hint,
      ledgerEntry: ledgerEntryText({ ref, production: productionId, path: file.path, use: use.id, rules, fingerprint, approvedOn: today, expiresOn: expires, approver: 'Name (Role)' }),
    };
  });
}
