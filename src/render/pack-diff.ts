// `genai-clearance diff` as the terminal shows it, as JSON, and as a CHANGELOG section: all from the
// one PackDiff model (src/policy/diff.ts) and the example evidence beside it.
import type { Change, OutcomeChange, PackDiff } from '../policy/diff.js';
import { worsened } from '../policy/diff.js';

export interface DiffEvidence {
  /** Examples that pin the pack (the others cannot change). */
  examples: number;
  changes: OutcomeChange[];
  /** Of those, the examples that ship media files (`scan` in expected.yml). */
  withMedia: number;
  /** Added or changed rules that read what `scan` finds, when no example ships media to show them. */
  unexercised: string[];
}

export function renderPackDiff(diff: PackDiff, evidence: DiffEvidence, format: 'text' | 'json'): string {
  return format === 'json' ? `${JSON.stringify({ schemaVersion: 1, ...diff, evidence }, null, 2)}\n` : renderText(diff, evidence);
}

const SIGN: Record<Change['change'], string> = { added: '+', removed: '-', changed: '~' };
const SUBJECT_WORD: Record<Change['subject'], string> = { rule: 'rule', principle: 'principle', pack: 'pack', provenance: 'media-file reading' };
const LABEL: Record<Change['subject'], string> = { rule: 'Rules', principle: 'Principles', pack: 'Pack settings', provenance: 'Media files (scan)' };

function renderText(diff: PackDiff, evidence: DiffEvidence): string {
  const out: string[] = [`${diff.pack} ${diff.from} → ${diff.to}`, ''];
  if (diff.changes.length === 0) out.push('No changes.', '');
  for (const subject of ['rule', 'principle', 'pack', 'provenance'] as const) {
    const list = diff.changes.filter((c) => c.subject === subject);
    if (list.length === 0) continue;
    out.push(LABEL[subject]);
    for (const c of list) {
      out.push(`${c.signOff ? '!' : ' '} ${SIGN[c.change]} ${c.id}  ${c.bump.toUpperCase()}: ${c.why}`);
      for (const d of c.details) out.push(`      ${d}`);
      if (c.signOff) out.push(`      sign-off: ${c.signOff}`);
    }
    out.push('');
  }
  if (evidence.examples === 0) out.push(`Example uses: no example declaration pins ${diff.pack}; pass --examples DIR to see which uses change.`, '');
  else {
    const outcome = evidence.changes.filter((c) => c.from !== c.to);
    const media = evidence.withMedia > 0 ? `, ${evidence.withMedia} with media files` : '';
    const count = outcome.length === 0 && evidence.unexercised.length > 0 ? 'none shown' : String(outcome.length);
    out.push(`Example uses whose outcome changes (${count}, in ${evidence.examples} ${evidence.examples === 1 ? 'example' : 'examples'} pinning ${diff.pack}${media})`);
    if (outcome.length === 0) out.push(evidence.unexercised.length > 0 ? `  unknown: ${unexercisedSentence(evidence.unexercised)}` : '  none');
    for (const c of outcome) {
      out.push(`  ${marked(c) ? '!' : ' '} ${c.example} ${c.use}: ${c.from} → ${c.to}${ruleDelta(c)}`);
      out.push(...c.reasons.map((r) => `      because ${r}`));
      if (c.signOff.length > 0) out.push(`      sign-off: it loosens ${c.signOff.map((r) => `\`${r}\``).join(', ')}, an ethics or talent question`);
    }
    if (outcome.length > 0 && evidence.unexercised.length > 0) out.push(`  ${unexercisedSentence(evidence.unexercised)}`);
    const quiet = evidence.changes.filter((c) => c.from === c.to);
    if (quiet.length > 0)
      out.push(`  (${quiet.length} more ${quiet.length === 1 ? 'use keeps its' : 'uses keep their'} outcome with different findings: ${quiet.map((c) => `${c.use}${ruleDelta(c)}`).join('; ')})`);
    out.push('');
  }
  if (diff.staleRules.length > 0) out.push(`Approvals granted under ${diff.pack}@${diff.from} for ${diff.staleRules.join(', ')} become stale: they must be granted again.`, '');
  out.push(verdict(diff), '');
  return out.join('\n');
}

/** A worse outcome, or a loosening of an ethics or talent finding: both are for a person to sign off. */
function marked(c: OutcomeChange): boolean {
  return worsened(c) || c.signOff.length > 0;
}

function unexercisedSentence(rules: readonly string[]): string {
  return `${rules.map((r) => `\`${r}\``).join(', ')} ${rules.length === 1 ? 'reads' : 'read'} what \`scan\` finds in media files, and no example pinning the pack ships media (an expected.yml with \`scan\`), so the examples cannot show which uses ${rules.length === 1 ? 'it changes' : 'they change'}`;
}

function ruleDelta(c: OutcomeChange): string {
  const parts = [...c.rulesAdded.map((r) => `+${r}`), ...c.rulesRemoved.map((r) => `-${r}`)];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function verdict(d: PackDiff): string {
  const declared = d.declared === 'downgrade' ? `${d.to} is older than ${d.from}` : `declared ${d.declared.toUpperCase()} (${d.from} → ${d.to})`;
  if (d.required === 'none') return `Semver: no change requires a new version; ${declared}.`;
  return `Semver: requires ${d.required.toUpperCase()}; ${declared}: ${d.enough ? 'enough' : `NOT enough — release as ${d.suggested} or later`}.`;
}

/** A CHANGELOG section for `to`, grouped by what the change means for productions pinned to the pack. */
export function renderChangelog(diff: PackDiff, effective: string, evidence: Pick<DiffEvidence, 'changes' | 'unexercised'>): string {
  const outcomes = evidence.changes;
  const version = diff.enough ? diff.to : diff.suggested;
  const out: string[] = [`## ${version} — effective ${effective}`, ''];
  if (!diff.enough) out.push(`> Drafted from ${diff.from} → ${diff.to}; the changes need a ${diff.required} release, so this section is headed ${version}.`, '');
  const groups: Array<[Change['bump'], string]> = [
    ['major', 'Breaking — uses that passed can need approval or be blocked'],
    ['minor', 'Loosened or added without new blocking'],
    ['patch', 'Wording and metadata'],
  ];
  for (const [bump, title] of groups) {
    const list = diff.changes.filter((c) => c.bump === bump);
    if (list.length === 0) continue;
    out.push(`### ${title}`, '');
    for (const c of list)
      out.push(
        `- ${c.change === 'added' ? 'Added' : c.change === 'removed' ? 'Removed' : 'Changed'} ${SUBJECT_WORD[c.subject]} \`${c.id}\`: ${c.details.join('; ')}. ${capitalise(c.why)}.${c.signOff ? ` Sign-off: ${c.signOff}.` : ''}`,
      );
    out.push('');
  }
  if (diff.changes.length === 0) out.push('No changes.', '');
  if (diff.staleRules.length > 0)
    out.push(
      '### Upgrade notes',
      '',
      `- Approvals granted under ${diff.pack}@${diff.from} (\`policy: ${diff.pack}@${diff.from}\`) for ${diff.staleRules.map((r) => `\`${r}\``).join(', ')} become stale and must be granted again.`,
      '',
    );
  const moved = outcomes.filter((c) => c.from !== c.to);
  if (moved.length > 0) {
    out.push('### Example uses whose outcome changes', '');
    for (const c of moved)
      out.push(
        `- \`${c.example}\` \`${c.use}\`: ${c.from} → ${c.to}${ruleDelta(c)}, because ${c.reasons.join('; ')}.${c.signOff.length > 0 ? ' Sign-off: it loosens an ethics or talent question.' : ''}`,
      );
    out.push('');
  }
  if (evidence.unexercised.length > 0) out.push(`> ${capitalise(unexercisedSentence(evidence.unexercised))}.`, '');
  return out.join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
