// The lines above the report in the comment and the job summary that only the Action can say: what
// the run was judged by when the pull request tried to change it, and what the pull request removes.
// Notes are markdown as written, so every name from the pull request goes through the escaping.

import type { Report } from '../src/model/report.js';
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
      `⚠️ This pull request changes files the check depends on (${touched.map((t) => markdownCode(t, 300)).join(', ')}). ` +
        `It was judged by the policy from ${noteText(describeSource(trust.policySource, repo, refs.trusted))}${hasLedger ? ` and the ledger from ${noteText(describeSource(trust.ledgerSource, repo, refs.trusted))}` : ''}, not by its own versions.`,
    );
  }
  if (changed.capped) notes.push(`⚠️ GitHub lists only the first ${formatCount(3000)} files of a pull request, so the files named here may be incomplete; every declaration was still read from the commit itself.`);
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
