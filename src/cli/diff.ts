import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findExamples, runExample } from '../authoring/examples.js';
import { pinPack } from '../authoring/pin.js';
import { decodeDocument } from '../documents/read.js';
import { FileProblem, readRegularFile } from '../io/files.js';
import type { FileReport } from '../model/report.js';
import type { ExampleOutcome, OutcomeChange, PackDiff } from '../policy/diff.js';
import { diffPacks, withEvidence } from '../policy/diff.js';
import { loosensSignOff, outcomeReasons } from '../policy/diff-reasons.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { resolvePack } from '../policy/library.js';
import type { DiffEvidence } from '../render/pack-diff.js';
import { renderChangelog, renderPackDiff } from '../render/pack-diff.js';
import { compareText } from '../util/order.js';
import type { CliIO } from './context.js';
import { EXIT, loadLibrary, UsageError } from './context.js';

export interface DiffOptions {
  from?: string;
  to?: string;
  /** Folders of example declarations; default `examples/` when it exists. */
  examples?: string[];
  policyDir?: string;
  changelog?: boolean;
  format?: 'text' | 'json';
}

/**
 * Compares two versions of a pack: what changed, which example uses change outcome, and the semver
 * bump required. Exit 0 when the declared version bump is enough, 1 when it is not, 2 for usage errors
 * or packs that do not load.
 */
export async function diffCommand(opts: DiffOptions, io: CliIO): Promise<number> {
  if (!opts.to)
    throw new UsageError('diff compares two versions: `genai-clearance diff PACK@A PACK@B` (e.g. netflix-genai@1.0.0 netflix-genai@1.1.0), or one with nothing: `genai-clearance diff PACK@B`');
  const library = loadLibrary(io, opts.policyDir);
  if (library.errors.length > 0) {
    io.stderr(`genai-clearance: the policy packs do not load:\n${library.errors.map((e) => `  ${e.file ?? ''}:${e.line}:${e.column}: ${e.message}\n`).join('')}`);
    return EXIT.invalid;
  }
  const b = resolveArg(library, opts.to);
  const a = opts.from === undefined ? nothingBefore(b) : resolveArg(library, opts.from);
  if (a.name !== b.name) throw new UsageError(`diff compares two versions of one pack; got ${a.name} and ${b.name}`);

  const dirs = opts.examples ?? (existsSync(resolve(io.cwd, 'examples')) ? ['examples'] : []);
  for (const d of dirs) {
    const abs = resolve(io.cwd, d);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`no examples folder: ${d}`);
  }
  // Against nothing, no example can be judged by the version that does not exist.
  const examples = opts.from === undefined ? [] : dirs.flatMap((d) => findExamples(resolve(io.cwd, d)));
  const pure = diffPacks(a, b);
  const evidence = await compareExamples(examples, library, a, b, io.cwd, pure);
  const diff = withEvidence(pure, evidence.changes);

  io.stdout(opts.changelog ? renderChangelog(diff, b.doc.effective, evidence) : renderPackDiff(diff, evidence, opts.format ?? 'text'));
  if (!diff.enough) io.stderr(`genai-clearance: ${b.name} ${diff.from} → ${diff.to} is a ${diff.declared} change, but it needs ${diff.required}: release it as ${diff.suggested} or later\n`);
  return diff.enough ? EXIT.pass : EXIT.fail;
}

/** The pack before its first release: the same settings, no principles and no rules, version 0.0.0. */
function nothingBefore(b: Pack): Pack {
  return { ...b, version: '0.0.0', rules: [], principles: new Map(), doc: { ...b.doc, version: '0.0.0', principles: [], rules: [] } };
}

function resolveArg(library: PackLibrary, ref: string): Pack {
  if (!/^[a-z0-9][a-z0-9-]*@\d+(\.\d+\.\d+)?$/.test(ref)) throw new UsageError(`\`${ref}\` is not PACK@VERSION (e.g. netflix-genai@1.0.0)`);
  const r = resolvePack(library, ref);
  if ('error' in r) throw new UsageError(r.error);
  return r.pack;
}

async function compareExamples(paths: readonly string[], library: PackLibrary, a: Pack, b: Pack, cwd: string, diff: PackDiff): Promise<DiffEvidence> {
  const changes: OutcomeChange[] = [];
  let examples = 0;
  let withMedia = 0;
  for (const path of paths) {
    // Strict, as every document is read: an example with a byte that is not UTF-8 stops the diff at
    // its place, rather than pinning and judging a text with U+FFFD in it.
    const decoded = decodeDocument(readRegularFile(path));
    if ('error' in decoded) throw new FileProblem(`${path}:${decoded.error.line}:${decoded.error.column}: ${decoded.error.message}`, decoded.error.message);
    const { text } = decoded;
    const underA = pinPack(text, a.name, a.version);
    if (!underA.pinned) continue;
    examples++;
    // Both versions judge the example on one day, on which both are in effect: a version that starts
    // after the example's date would otherwise show every use as invalid rather than what it decides.
    const day = [a.doc.effective, b.doc.effective].sort(compareText).at(-1) as string;
    const before = await runExample(path, library, cwd, { text: underA.text, notBefore: day });
    const after = await runExample(path, library, cwd, { text: pinPack(text, b.name, b.version).text, notBefore: day });
    if (after.media !== undefined) withMedia++;
    changes.push(...useChanges(before.path, before.report?.files[0], after.report?.files[0], a.name, diff));
  }
  // A rule that reads what `scan` finds fires only on an example that ships media: without one, "no
  // use changes" would be said of uses that could not show it.
  const scanRules = diff.changes.filter((c) => c.subject === 'rule' && c.change !== 'removed' && readsScan(b, c.id)).map((c) => c.id);
  return { examples, changes, withMedia, unexercised: withMedia === 0 ? scanRules : [] };
}

function readsScan(pack: Pack, rule: string): boolean {
  return pack.rules.find((r) => r.id === rule)?.condition.fields.some((f) => f.startsWith('derived.provenance.')) ?? false;
}

function useChanges(example: string, before: FileReport | undefined, after: FileReport | undefined, pack: string, diff: PackDiff): OutcomeChange[] {
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
    if (from.outcome === to.outcome && rulesAdded.length === 0 && rulesRemoved.length === 0) continue;
    const useBefore = before?.uses.find((u) => u.id === id);
    const useAfter = after?.uses.find((u) => u.id === id);
    out.push({
      example,
      use: id,
      from: from.outcome,
      to: to.outcome,
      rulesAdded,
      rulesRemoved,
      reasons: outcomeReasons(useBefore, useAfter, pack, diff),
      signOff: loosensSignOff(useBefore, useAfter, pack),
    });
  }
  return out;
}
