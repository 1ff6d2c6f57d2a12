// What a report says across all its files: one row per principle of every pack used (with the uses
// that need approval or are blocked under it, and the approvals that cleared it), and the counts.

import type { Counts, FileReport, PrincipleRow, UseRef } from '../model/report.js';
import { PRINCIPLE_STATUS_RANK } from '../model/vocabulary.js';
import type { Pack } from '../policy/library.js';
import { compareText } from '../util/order.js';

const isOpen = (f: { status: string }) => f.status === 'needs-approval' || f.status === 'blocked';

export function principleRows(packs: readonly Pack[], files: readonly FileReport[]): PrincipleRow[] {
  // pack → principle id → row: nested maps, so a lookup per finding builds no key string.
  const rows = new Map<string, Map<string, Tally>>();
  const tallies: Tally[] = [];
  const sorted = [...packs].sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version));
  // Two versions of one pack judged different files (a pin and the configured minimum): each version
  // gets rows of its own, holding only what it judged.
  const versioned = new Set(sorted.filter((p, i) => sorted.findIndex((q) => q.name === p.name) !== i).map((p) => p.name));
  const keyOf = (pack: string, version: string | undefined) => (versioned.has(pack) ? `${pack}@${version ?? ''}` : pack);
  for (const pack of sorted) {
    for (const p of [...pack.doc.principles].sort((a, b) => a.number - b.number)) {
      const row: PrincipleRow = {
        pack: pack.name,
        ...(versioned.has(pack.name) ? { version: pack.version } : {}),
        id: p.id,
        number: p.number,
        title: p.title,
        status: 'clear',
        needsApproval: [],
        blocked: [],
        approvedBy: [],
        noted: [],
      };
      const key = keyOf(pack.name, pack.version);
      let byId = rows.get(key);
      if (!byId) rows.set(key, (byId = new Map()));
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
        const tally = rows.get(keyOf(f.pack, file.policies.find((p) => p.pack === f.pack)?.version))?.get(f.principle);
        if (!tally) continue;
        const { row } = tally;
        if (f.status === 'blocked') addRef(row.blocked, tally.blocked, file.path, use.id);
        else if (f.status === 'needs-approval') addRef(row.needsApproval, tally.needsApproval, file.path, use.id);
        else if (f.status === 'noted') addRef(row.noted, tally.noted, file.path, use.id);
        // A ticket is named only where it cleared the principle for the use: not beside a rule of the same
        // principle that the use still needs approved.
        else if (f.approval && !tally.approvedBy.has(f.approval) && !use.findings.some((g) => g.pack === f.pack && g.principle === f.principle && isOpen(g))) {
          tally.approvedBy.add(f.approval);
          row.approvedBy.push(f.approval);
        }
        if (PRINCIPLE_STATUS_RANK[f.status] > PRINCIPLE_STATUS_RANK[row.status]) row.status = f.status;
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

export function countOf(files: readonly FileReport[]): Counts {
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
