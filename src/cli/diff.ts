import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findExamples, runExample } from '../io/examples.js';
import { readUtf8 } from '../io/files.js';
import type { FileReport } from '../model/report.js';
import { diffPacks, withEvidence, worsened } from '../policy/diff.js';
import type { Change, ExampleOutcome, OutcomeChange, PackDiff } from '../policy/diff.js';
import { resolvePack } from '../policy/library.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { pinPack } from '../testing/pin.js';
import type { CliIO } from './context.js';
import { EXIT, loadLibrary, UsageError } from './context.js';

export interface DiffOptions {
  from?: string;
  to?: string;
  /** Folders of example declarations; default `examples/` when it exists. */
  examples?: string[];
  policyDir?: string;
  changelog?: boolean;
}

/**
 * Compares two versions of a pack: what changed, which example uses change outcome, and the semver
 * bump required. Exit 0 when the declared version bump is enough, 1 when it is not, 2 for usage errors
 * or packs that do not load.
 */
export function diffCommand(opts: DiffOptions, io: CliIO): number {
  if (!opts.from || !opts.to) throw new UsageError('diff compares two versions: `genai-clearance diff PACK@A PACK@B` (e.g. netflix-genai@1.0.0 netflix-genai@1.1.0)');
  const library = loadLibrary(io, opts.policyDir);
  if (library.errors.length > 0) {
    io.stderr(`genai-clearance: the policy packs do not load:\n${library.errors.map((e) => `  ${e.file ?? ''}:${e.line}:${e.column}: ${e.message}\n`).join('')}`);
    return EXIT.invalid;
  }
  const a = resolveArg(library, opts.from);
  const b = resolveArg(library, opts.to);
  if (a.name !== b.name) throw new UsageError(`diff compares two versions of one pack; got ${a.name} and ${b.name}`);

  const dirs = opts.examples ?? (existsSync(resolve(io.cwd, 'examples')) ? ['examples'] : []);
  for (const d of dirs) {
    const abs = resolve(io.cwd, d);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`no examples folder: ${d}`);
  }
  const examples = dirs.flatMap((d) => findExamples(resolve(io.cwd, d)));
  const evidence = compareExamples(examples, library, a, b, io.cwd);
  const diff = withEvidence(diffPacks(a, b), evidence.changes);

  io.stdout(opts.changelog ? renderChangelog(diff, b, evidence.changes) : renderText(diff, evidence));
  if (!diff.enough) io.stderr(`genai-clearance: ${b.name} ${diff.from} → ${diff.to} is a ${diff.declared} change, but it needs ${diff.required}: release it as ${diff.suggested} or later\n`);
  return diff.enough ? EXIT.pass : EXIT.fail;
}

function resolveArg(library: PackLibrary, ref: string): Pack {
  if (!/^[a-z0-9][a-z0-9-]*@\d+(\.\d+\.\d+)?$/.test(ref)) throw new UsageError(`\`${ref}\` is not PACK@VERSION (e.g. netflix-genai@1.0.0)`);
  const r = resolvePack(library, ref);
  if ('error' in r) throw new UsageError(r.error);
  return r.pack;
}

interface Evidence {
  /** Examples that pin the pack (the others cannot change). */
  examples: number;
  changes: OutcomeChange[];
}

function compareExamples(paths: readonly string[], library: PackLibrary, a: Pack, b: Pack, cwd: string): Evidence {
  const changes: OutcomeChange[] = [];
  let examples = 0;
  for (const path of paths) {
    const text = readUtf8(path);
    const underA = pinPack(text, a.name, a.version);
    if (!underA.pinned) continue;
    examples++;
    const before = runExample(path, library, cwd, underA.text);
    const after = runExample(path, library, cwd, pinPack(text, b.name, b.version).text);
    changes.push(...useChanges(before.path, before.report?.files[0], after.report?.files[0], a.name));
  }
  return { examples, changes };
}

function useChanges(example: string, before: FileReport | undefined, after: FileReport | undefined, pack: string): OutcomeChange[] {
  const view = (f: FileReport | undefined) =>
    new Map((f?.uses ?? []).map((u) => [u.id, { outcome: (f?.status === 'valid' ? u.outcome : 'invalid') as ExampleOutcome, rules: u.findings.filter((x) => x.pack === pack).map((x) => x.rule) }]));
  const x = view(before);
  const y = view(after);
  const ids = [...new Set([...x.keys(), ...y.keys()])];
  const out: OutcomeChange[] = [];
  for (const id of ids) {
    const from = x.get(id) ?? { outcome: 'invalid' as const, rules: [] };
    const to = y.get(id) ?? { outcome: 'invalid' as const, rules: [] };
    const rulesAdded = to.rules.filter((r) => !from.rules.includes(r));
    const rulesRemoved = from.rules.filter((r) => !to.rules.includes(r));
    if (from.outcome !== to.outcome || rulesAdded.length > 0 || rulesRemoved.length > 0) out.push({ example, use: id, from: from.outcome, to: to.outcome, rulesAdded, rulesRemoved });
  }
  return out;
}

const SIGN: Record<Change['change'], string> = { added: '+', removed: '-', changed: '~' };
const LABEL: Record<Change['subject'], string> = { rule: 'Rules', principle: 'Principles', pack: 'Pack settings' };

function renderText(diff: PackDiff, evidence: Evidence): string {
  const out: string[] = [`${diff.pack} ${diff.from} → ${diff.to}`, ''];
  if (diff.changes.length === 0) out.push('No changes.', '');
  for (const subject of ['rule', 'principle', 'pack'] as const) {
    const list = diff.changes.filter((c) => c.subject === subject);
    if (list.length === 0) continue;
    out.push(LABEL[subject]);
    for (const c of list) {
      out.push(`  ${SIGN[c.change]} ${c.id}  ${c.bump.toUpperCase()}: ${c.why}`);
      for (const d of c.details) out.push(`      ${d}`);
    }
    out.push('');
  }
  if (evidence.examples === 0) out.push(`Example uses: no example declaration pins ${diff.pack}; pass --examples DIR to see which uses change.`, '');
  else {
    const outcome = evidence.changes.filter((c) => c.from !== c.to);
    out.push(`Example uses whose outcome changes (${outcome.length}, in ${evidence.examples} ${evidence.examples === 1 ? 'example' : 'examples'} pinning ${diff.pack})`);
    if (outcome.length === 0) out.push('  none');
    for (const c of outcome) out.push(`  ${worsened(c) ? '!' : ' '} ${c.example} ${c.use}: ${c.from} → ${c.to}${ruleDelta(c)}`);
    const quiet = evidence.changes.filter((c) => c.from === c.to);
    if (quiet.length > 0)
      out.push(`  (${quiet.length} more ${quiet.length === 1 ? 'use keeps its' : 'uses keep their'} outcome with different findings: ${quiet.map((c) => `${c.use}${ruleDelta(c)}`).join('; ')})`);
    out.push('');
  }
  if (diff.staleRules.length > 0) out.push(`Approvals granted under ${diff.pack}@${diff.from} for ${diff.staleRules.join(', ')} become stale: they must be granted again.`, '');
  out.push(verdict(diff), '');
  return out.join('\n');
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
export function renderChangelog(diff: PackDiff, to: Pack, outcomes: readonly OutcomeChange[]): string {
  const version = diff.enough ? diff.to : diff.suggested;
  const out: string[] = [`## ${version} — effective ${to.doc.effective}`, ''];
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
    for (const c of list) out.push(`- ${c.change === 'added' ? 'Added' : c.change === 'removed' ? 'Removed' : 'Changed'} ${c.subject} \`${c.id}\`: ${c.details.join('; ')}. ${capitalise(c.why)}.`);
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
    for (const c of moved) out.push(`- \`${c.example}\` \`${c.use}\`: ${c.from} → ${c.to}${ruleDelta(c)}`);
    out.push('');
  }
  return out.join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
