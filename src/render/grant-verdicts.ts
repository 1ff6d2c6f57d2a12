// What each approval posted in a pull request counted for, in words: the rules it cleared, the rules
// it named that cleared nothing and why (an unknown or misspelt rule, a rule the use does not need, an
// expiry in the past, content that changed since), and the line to post instead. One reading serves the
// reply under the command and the sticky comment's list of approvals.

import type { PullRequestGrant } from '../approvals/grants.js';
import type { Report, UseReport } from '../model/report.js';
import { suggest } from '../validate/suggest.js';
import { markdownCode, markdownCodeBlock, markdownMessage } from './escape.js';
import { approvalProblem } from './words.js';

export interface GrantVerdict {
  grant: PullRequestGrant;
  /** Rules it cleared. */
  cleared: string[];
  /** What it named that counted for nothing, one markdown phrase each. */
  notCounted: string[];
  /** The line to post instead, when the use still needs approval. */
  corrected?: string;
}

const bare = (rule: string) => rule.slice(rule.indexOf('/') + 1);

/** Each grant's verdict; `offered` is the line the comment offers per `path#use` (with `<ticket>`). */
export function grantVerdicts(report: Report, grants: readonly PullRequestGrant[], offered: ReadonlyMap<string, string>): GrantVerdict[] {
  const uses = report.files.flatMap((f) => f.uses.map((u) => ({ path: f.path, use: u })));
  return grants.map((grant) => {
    const holders = uses.filter((u) => u.use.id === grant.use && (grant.path === undefined || u.path === grant.path));
    if (holders.length !== 1) {
      const near = suggest(
        grant.use,
        uses.map((u) => u.use.id),
      );
      const why =
        holders.length === 0
          ? `no declaration has a use ${markdownCode(grant.use, 100)}${near ? ` (did you mean ${markdownCode(near, 100)}?)` : ''}`
          : `${holders.length} declarations have a use ${markdownCode(grant.use, 100)}; add \`path=…\``;
      return { grant, cleared: [], notCounted: [why] };
    }
    const { path, use } = holders[0] as { path: string; use: UseReport };
    // Each grant was judged as an approval of its own (src/evaluate/report.ts), so two comments with one
    // reference are answered each for what it says.
    const approval = use.approvals.find((a) => a.ref === grant.ref && a.grantedIn?.origin === grant.origin) ?? use.approvals.find((a) => a.ref === grant.ref);
    const cleared = (approval?.cleared ?? []).map(bare).filter((r) => grant.rules.some((named) => bare(named) === r));
    const others = grants.filter((g) => g.origin !== grant.origin).map((g) => g.origin);
    const needed = new Set(use.findings.filter((f) => f.effectiveLevel !== 'inform').map((f) => f.rule));
    const problems = approval?.problems.filter((p) => p.severity === 'error' && !others.some((o) => p.message.includes(o))) ?? [];
    const notCounted: string[] = [];
    // An unknown or misspelt rule is said by the judge's own message (with its did-you-mean).
    for (const problem of problems) notCounted.push(markdownMessage(approvalProblem(grant.ref, problem.message), 400));
    for (const rule of grant.rules) {
      const unknown = problems.some((p) => (p.code === 'unknown-rule' || p.code === 'ambiguous-rule') && p.message.includes(`\`${rule}\``));
      if (!cleared.includes(bare(rule)) && !unknown && !needed.has(bare(rule))) notCounted.push(`${markdownCode(rule, 100)}: this use does not need it`);
    }
    const stillOpen = [...new Set(use.findings.filter((f) => f.status === 'needs-approval').map((f) => f.rule))].filter((r) => !grant.rules.some((named) => bare(named) === r));
    if (stillOpen.length > 0) notCounted.push(`it did not name ${stillOpen.map((r) => markdownCode(r, 100)).join(', ')}, which the use still needs`);
    if (grant.revokedOn) notCounted.push(`withdrawn on ${grant.revokedOn}`);
    if (approval === undefined && !grant.revokedOn) notCounted.push('it was not judged against this use');
    const line = offered.get(`${path}#${use.id}`);
    const corrected = use.outcome === 'needs-approval' && line ? line.replace('ref=<ticket>', `ref=${grant.ref}`) : undefined;
    return { grant, cleared, notCounted: [...new Set(notCounted)], ...(corrected ? { corrected } : {}) };
  });
}

/** One line for the sticky comment: what the approval cleared, and what it did not. */
export function verdictLine(v: GrantVerdict): string {
  const g = v.grant;
  const who = `${markdownCode(g.use, 100)}: ${markdownCode(g.ref, 100)} by ${markdownCode(g.approver, 60)} on ${g.approvedOn}`;
  const cleared = v.cleared.length > 0 ? `approved ${v.cleared.map((r) => markdownCode(r, 100)).join(', ')}` : 'approved nothing';
  return `${who} — ${cleared}${v.notCounted.length > 0 ? `; not counted: ${v.notCounted.join('; ')}` : ''}`;
}

/** The reply under a command that counted for less than it says; undefined when it counted in full. */
export function verdictReply(v: GrantVerdict): string | undefined {
  if (v.notCounted.length === 0) return undefined;
  const counted = v.cleared.length > 0 ? `it approved ${v.cleared.map((r) => markdownCode(r, 100)).join(', ')}` : 'it approved nothing';
  return `${counted}; not counted: ${v.notCounted.join('; ')}${v.corrected ? `. To approve what the use needs, post:\n\n${markdownCodeBlock(v.corrected, '', 1200)}\n` : ''}`;
}
