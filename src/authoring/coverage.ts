// Rule coverage from example reports. A rule has two behaviours to witness: firing on some use, and
// not firing on some other use judged by the same pack version (a rule that fires on everything is as
// untested as one that never fires). Coverage is the share of those behaviours the examples show.
import type { Report } from '../model/report.js';
import type { PackLibrary } from '../policy/library.js';
import { compareText } from '../util/order.js';

export interface RuleCoverage {
  rule: string;
  /** Example uses it fired on. */
  fired: number;
  /** Example uses, judged by this pack version, it did not fire on. */
  passed: number;
}

export interface PackCoverage {
  pack: string;
  version: string;
  /** Example declarations that pin this version (resolved). */
  examples: string[];
  uses: number;
  rules: RuleCoverage[];
  /** Behaviours witnessed, out of `total` (two per rule). */
  covered: number;
  total: number;
}

export interface CoverageResult {
  /** Every pack version some example pins, plus the newest version of every pack, in effect or not yet. */
  packs: PackCoverage[];
  /** Older versions no example pins: shown, not failed (examples move to the newest version of a major). */
  superseded: Array<{ pack: string; version: string }>;
}

export function ruleCoverage(library: PackLibrary, reports: ReadonlyArray<{ path: string; report?: Report }>): CoverageResult {
  const byVersion = new Map<string, PackCoverage>();
  const entry = (name: string, version: string): PackCoverage | undefined => {
    const key = `${name}@${version}`;
    const existing = byVersion.get(key);
    if (existing) return existing;
    const pack = library.packs.get(name)?.find((p) => p.version === version);
    if (!pack) return undefined;
    const created: PackCoverage = { pack: name, version, examples: [], uses: 0, rules: pack.rules.map((r) => ({ rule: r.id, fired: 0, passed: 0 })), covered: 0, total: 2 * pack.rules.length };
    byVersion.set(key, created);
    return created;
  };

  for (const { path, report } of reports) {
    for (const file of report?.files ?? []) {
      if (file.status !== 'valid') continue;
      for (const ref of file.policies) {
        const cov = entry(ref.pack, ref.version);
        if (!cov) continue;
        if (!cov.examples.includes(path)) cov.examples.push(path);
        for (const use of file.uses) {
          cov.uses++;
          const fired = new Set(use.findings.filter((f) => f.pack === ref.pack).map((f) => f.rule));
          for (const r of cov.rules) {
            if (fired.has(r.rule)) r.fired++;
            else r.passed++;
          }
        }
      }
    }
  }

  const superseded: CoverageResult['superseded'] = [];
  for (const [name, versions] of library.packs) {
    for (const [i, p] of versions.entries()) {
      if (byVersion.has(`${name}@${p.version}`)) continue;
      // The newest version is what productions move to, published ahead of its date or not: untested
      // by the examples, it is reported (at 0%), never passed over because an older one is pinned.
      if (i === 0) entry(name, p.version);
      else superseded.push({ pack: name, version: p.version });
    }
  }

  const packs = [...byVersion.values()].sort((a, b) => compareText(a.pack, b.pack) || compareText(a.version, b.version));
  for (const p of packs) p.covered = p.rules.reduce((n, r) => n + (r.fired > 0 ? 1 : 0) + (r.passed > 0 ? 1 : 0), 0);
  return { packs, superseded };
}

/** Exact comparison (no rounding): 44 of 44 meets 100, 43 of 44 does not. */
export function meetsThreshold(p: PackCoverage, minPercent: number): boolean {
  return p.total === 0 || p.covered * 100 >= minPercent * p.total;
}

export function percent(p: PackCoverage): string {
  if (p.total === 0) return '100%';
  const v = Math.floor((p.covered * 1000) / p.total) / 10;
  return `${v}%`;
}
