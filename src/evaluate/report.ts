import pkg from '../../package.json' with { type: 'json' };
import { loadDeclaration } from '../declaration/load.js';
import type { Declaration } from '../declaration/types.js';
import type { Ledger } from '../ledger/load.js';
import type { Counts, Diagnostic, FileReport, PackRef, PrincipleRow, PrincipleStatus, Report, UseChange, UseRef } from '../model/report.js';
import { canonicalJson, resolvePack } from '../policy/library.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { evaluateUse } from './use.js';
import { compareText } from '../util/order.js';

export interface DeclarationInput {
  /** Path as shown to users (relative to the repository root, forward slashes). */
  path: string;
  /** Raw bytes are preferred: they are decoded strictly, so a non-UTF-8 file is reported, not misread. */
  text: string | Uint8Array;
  /** The same file at the base of the change, to mark uses added, changed or removed. */
  baseText?: string;
}

export interface EvaluationInput {
  files: readonly DeclarationInput[];
  library: PackLibrary;
  ledger?: Ledger;
  /** YYYY-MM-DD. Injected so the same inputs give the same report, byte for byte. */
  today: string;
  /** Problems found by the shell (unreadable ledger, …); any of them fails the check. */
  errors?: readonly Diagnostic[];
}

export const TOOL = { name: 'genai-clearance', version: pkg.version } as const;

/** The pure core: declarations, packs and ledger in, one report out. No I/O, no clock. */
export function evaluate(input: EvaluationInput): Report {
  const errors: Diagnostic[] = [...input.library.errors, ...(input.errors ?? [])];
  if (input.files.length === 0) {
    errors.push({ line: 1, column: 1, code: 'no-declarations', message: 'no genai-usage.yml found: nothing to check (fails closed)' });
  }
  const used = new Map<string, { ref: PackRef; pack: Pack }>();
  const files = [...input.files].sort((a, b) => compareText(a.path, b.path)).map((f) => evaluateFile(f, input, used));
  const packs = [...used.values()].map((u) => u.ref).sort((a, b) => compareText(`${a.pack}@${a.version}`, `${b.pack}@${b.version}`));
  const principles = principleRows([...used.values()].map((u) => u.pack), files);
  const counts = countOf(files);
  const fail = errors.length > 0 || counts.invalid > 0 || counts.needsApproval > 0 || counts.blocked > 0;
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    decision: fail ? 'fail' : 'pass',
    evaluatedOn: input.today,
    approvalMode: input.ledger ? 'ledger' : 'format-only',
    packs,
    principles,
    counts,
    files,
    errors,
  };
}

function evaluateFile(file: DeclarationInput, input: EvaluationInput, used: Map<string, { ref: PackRef; pack: Pack }>): FileReport {
  const loaded = loadDeclaration(file.path, file.text);
  const report: FileReport = { path: file.path, status: 'invalid', policies: [], errors: loaded.errors, warnings: [], uses: [] };
  const d = loaded.declaration;
  if (!d) return report;
  report.production = { title: d.production.title, ...(d.production.id ? { id: d.production.id } : {}) };

  const packs: Pack[] = [];
  d.policies.forEach((requested, i) => {
    const at = loaded.source.locate(['policies', i]);
    const resolved = resolvePack(input.library, requested, input.today);
    if ('error' in resolved) {
      report.errors.push({ ...at, path: `policies[${i}]`, code: 'unknown-pack', message: resolved.error });
      return;
    }
    const { pack } = resolved;
    const ref: PackRef = { pack: pack.name, version: pack.version, title: pack.doc.title, requested };
    const { sunset, deprecated } = pack.doc;
    if (sunset && sunset <= input.today) {
      report.errors.push({ ...at, code: 'pack-sunset', message: `${pack.name}@${pack.version} reached its sunset on ${sunset}; pin a newer version: ${upgradeHint(input.library, pack)}` });
    } else if (deprecated && deprecated <= input.today) {
      ref.deprecated = deprecated;
      report.warnings.push({ ...at, severity: 'warning', code: 'pack-deprecated', message: `${pack.name}@${pack.version} is deprecated since ${deprecated}${sunset ? ` and stops being accepted on ${sunset}` : ''}; ${upgradeHint(input.library, pack)}` });
    }
    report.policies.push(ref);
    packs.push(pack);
    used.set(`${pack.name}@${pack.version}`, { ref: { ...ref, requested: `${pack.name}@${pack.version}` }, pack });
  });
  if (report.errors.length > 0) return report;

  report.status = 'valid';
  report.uses = d.uses.map((use, index) =>
    evaluateUse(use, {
      source: loaded.source,
      index,
      today: input.today,
      packs,
      library: input.library,
      ...(input.ledger ? { ledger: input.ledger } : {}),
      ...(d.production.id ? { productionId: d.production.id } : {}),
    }),
  );
  if (file.baseText !== undefined) markChanges(report, d, file.baseText);
  return report;
}

function upgradeHint(library: PackLibrary, pack: Pack): string {
  const newest = library.packs.get(pack.name)?.[0];
  if (!newest || newest.version === pack.version) return 'ask the policy owners for a successor';
  return `set \`policies: [${pack.name}@${newest.version.split('.')[0]}]\` (newest: ${newest.version}) and run \`genai-clearance diff ${pack.name}@${pack.version} ${pack.name}@${newest.version}\` to see what changes`;
}

function markChanges(report: FileReport, current: Declaration, baseText: string): void {
  const base = loadDeclaration(report.path, baseText).declaration;
  const before = new Map((base?.uses ?? []).map((u) => [u.id, canonicalJson(u)]));
  for (const use of report.uses) {
    const now = current.uses.find((u) => u.id === use.id);
    const was = before.get(use.id);
    const change: UseChange = was === undefined ? 'added' : was === canonicalJson(now) ? 'unchanged' : 'changed';
    use.change = change;
  }
  const ids = new Set(current.uses.map((u) => u.id));
  report.removedUses = [...before.keys()].filter((id) => !ids.has(id));
}

const STATUS_RANK: Record<PrincipleStatus, number> = { clear: 0, noted: 1, approved: 2, 'needs-approval': 3, blocked: 4 };

function principleRows(packs: readonly Pack[], files: readonly FileReport[]): PrincipleRow[] {
  // pack → principle id → row: nested maps, so a lookup per finding builds no key string.
  const rows = new Map<string, Map<string, Tally>>();
  const tallies: Tally[] = [];
  const sorted = [...packs].sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version));
  for (const pack of sorted) {
    for (const p of [...pack.doc.principles].sort((a, b) => a.number - b.number)) {
      const row: PrincipleRow = { pack: pack.name, id: p.id, number: p.number, title: p.title, status: 'clear', needsApproval: [], blocked: [], approvedBy: [], noted: [] };
      let byId = rows.get(pack.name);
      if (!byId) rows.set(pack.name, (byId = new Map()));
      // A second version of the same pack takes over the row, in the place the first one had.
      const existing = byId.get(p.id);
      const tally: Tally = { row, blocked: new Map(), needsApproval: new Map(), noted: new Map(), approvedBy: new Set() };
      if (existing) tallies[tallies.indexOf(existing)] = tally;
      else tallies.push(tally);
      byId.set(p.id, tally);
    }
  }
  // Membership through Sets, so the table stays linear in the number of findings; lists keep the
  // order in which uses were first seen.
  for (const file of files) {
    for (const use of file.uses) {
      for (const f of use.findings) {
        const tally = rows.get(f.pack)?.get(f.principle);
        if (!tally) continue;
        const { row } = tally;
        if (f.status === 'blocked') addRef(row.blocked, tally.blocked, file.path, use.id);
        else if (f.status === 'needs-approval') addRef(row.needsApproval, tally.needsApproval, file.path, use.id);
        else if (f.status === 'noted') addRef(row.noted, tally.noted, file.path, use.id);
        else if (f.approval && !tally.approvedBy.has(f.approval)) {
          tally.approvedBy.add(f.approval);
          row.approvedBy.push(f.approval);
        }
        if (STATUS_RANK[f.status] > STATUS_RANK[row.status]) row.status = f.status;
      }
    }
  }
  return tallies.map((t) => t.row);
}

/** A principle row under construction, with what each of its lists already holds (file → use ids). */
interface Tally {
  row: PrincipleRow;
  blocked: Map<string, Set<string>>;
  needsApproval: Map<string, Set<string>>;
  noted: Map<string, Set<string>>;
  approvedBy: Set<string>;
}

function addRef(list: UseRef[], seen: Map<string, Set<string>>, file: string, use: string): void {
  let uses = seen.get(file);
  if (!uses) seen.set(file, (uses = new Set()));
  if (uses.has(use)) return;
  uses.add(use);
  list.push({ file, use });
}

function countOf(files: readonly FileReport[]): Counts {
  const counts: Counts = { files: files.length, invalid: 0, uses: 0, clear: 0, approved: 0, needsApproval: 0, blocked: 0 };
  // One pass, no intermediate array of every use: at studio scale that array alone is a GC cost.
  for (const file of files) {
    if (file.status === 'invalid') counts.invalid++;
    counts.uses += file.uses.length;
    for (const use of file.uses) {
      if (use.outcome === 'clear') counts.clear++;
      else if (use.outcome === 'approved') counts.approved++;
      else if (use.outcome === 'needs-approval') counts.needsApproval++;
      else if (use.outcome === 'blocked') counts.blocked++;
    }
  }
  return counts;
}
