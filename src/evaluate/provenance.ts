// Files against declarations: which use declares each scanned file (its `assets`, by path or glob,
// and by sha256 when one is given), what the packs read about a use's own files (`derived.provenance`),
// and the findings for files no use declares. Pure: the shell read the files; this only judges them.

import type { Declaration } from '../declaration/types.js';
import type { AssetClass, AssetFinding, AssetReport, CredentialsStatus, ProvenanceReport } from '../model/provenance.js';
import { SIGNAL_WORDS } from '../model/provenance.js';
import type { UseRef } from '../model/report.js';
import type { Pack } from '../policy/library.js';
import type { Evidence } from '../provenance/evidence.js';
import { evidenceOf } from '../provenance/evidence.js';
import type { MediaRead } from '../provenance/types.js';
import { assetMatcher, clean, pathMatcher } from '../util/glob.js';
import { compareText } from '../util/order.js';
import type { LoadedInput } from './inputs.js';

export interface ProvenanceInput {
  /** Every file read, in any order. */
  media: readonly MediaRead[];
  scope: 'all' | 'changed';
}

/** What v2 rules read under `derived.provenance` (documented in src/schema/genai-usage.v2.schema.json). */
export interface ProvenanceDerived {
  files: number;
  unread: boolean;
  credentials: CredentialsStatus[];
  source_types: string[];
  unmarked: boolean;
  in_deliverables: boolean;
}

interface Scanned {
  media: MediaRead;
  evidence: Evidence;
  declaredBy: UseRef[];
  inDeliverables: boolean;
  notes: string[];
}

export interface MediaBinding {
  derivedFor(file: string, use: string): ProvenanceDerived | undefined;
  report(packs: readonly Pack[]): ProvenanceReport;
}

const key = (file: string, use: string) => `${file}\u0000${use}`;

export function bindMedia(input: ProvenanceInput, declarations: ReadonlyArray<{ path: string; declaration?: Declaration }>, deliverables: readonly string[]): MediaBinding {
  const delivered = pathMatcher(deliverables);
  const scanned: Scanned[] = [...input.media]
    .sort((a, b) => compareText(a.path, b.path))
    .map((media) => {
      const evidence = evidenceOf(media);
      return { media, evidence, declaredBy: [], inDeliverables: delivered(media.path), notes: [...media.problems, ...evidence.notes] };
    });
  const byUse = new Map<string, Scanned[]>();
  for (const { path, declaration } of declarations) {
    for (const use of declaration?.uses ?? []) {
      const mine: Scanned[] = [];
      for (const asset of use.assets) {
        const matches = assetMatcher(asset);
        for (const s of scanned) {
          if (!matches(s.media.path)) continue;
          if (asset.sha256 !== undefined && s.media.sha256 !== undefined && s.media.sha256 !== asset.sha256) {
            s.notes.push(`${path} use \`${use.id}\` declares this path with sha256 ${asset.sha256}, but the file's is ${s.media.sha256}: that entry does not declare this file`);
            continue;
          }
          if (!mine.includes(s)) mine.push(s);
          if (!s.declaredBy.some((r) => r.file === path && r.use === use.id)) s.declaredBy.push({ file: path, use: use.id });
        }
      }
      if (mine.length > 0) byUse.set(key(path, use.id), mine);
    }
  }
  return {
    derivedFor: (file, use) => {
      const mine = byUse.get(key(file, use));
      return mine ? derivedOf(mine) : undefined;
    },
    report: (packs) => provenanceReport(input.scope, scanned, packs),
  };
}

function derivedOf(files: readonly Scanned[]): ProvenanceDerived {
  const read = files.filter((f) => !f.media.notScanned);
  return {
    files: files.length,
    unread: read.length < files.length,
    credentials: read.map((f) => f.evidence.credentials.status),
    source_types: [...new Set(read.flatMap((f) => f.evidence.deciding.map((s) => s.term ?? s.value)))].sort(compareText),
    unmarked: read.some((f) => f.evidence.credentials.status === 'none' && f.evidence.statements.length === 0),
    in_deliverables: files.some((f) => f.inDeliverables),
  };
}

const CLASS_RANK: Record<AssetClass, number> = { unknown: 0, other: 1, review: 2, ai: 3 };

/** The strictest class the pack gives any deciding statement, and the statement that earns it. */
function classIn(pack: Pack, evidence: Evidence): { class: AssetClass; sourceType?: string } {
  const section = pack.doc.provenance;
  let best: { class: AssetClass; sourceType?: string } = { class: 'unknown' };
  for (const s of evidence.deciding) {
    const term = s.term;
    const cls: AssetClass = term && section?.source_types.ai.includes(term) ? 'ai' : term && section?.source_types.review?.includes(term) ? 'review' : term ? 'other' : 'unknown';
    if (best.sourceType === undefined || CLASS_RANK[cls] > CLASS_RANK[best.class]) best = { class: cls, sourceType: term ?? s.value };
  }
  return best;
}

function provenanceReport(scope: ProvenanceInput['scope'], scanned: readonly Scanned[], packs: readonly Pack[]): ProvenanceReport {
  const judging = packs.filter((p) => p.doc.provenance);
  const assets = scanned.map((s): AssetReport => {
    const findings: AssetFinding[] = [];
    const first = s.evidence.deciding[0];
    let cls: AssetClass = 'unknown';
    let sourceType = first ? (first.term ?? first.value) : undefined;
    for (const pack of judging) {
      const got = classIn(pack, s.evidence);
      if (CLASS_RANK[got.class] > CLASS_RANK[cls]) {
        cls = got.class;
        sourceType = got.sourceType;
      }
      if (s.declaredBy.length > 0 || s.media.notScanned) continue;
      for (const check of pack.doc.provenance?.undeclared ?? []) {
        if (check.class !== got.class) continue;
        findings.push({
          rule: check.id,
          pack: pack.name,
          principle: check.principle,
          level: check.level,
          status: check.level === 'inform' ? 'noted' : 'undeclared',
          message: check.message.replace(/\{(path|source_type|signal)\}/g, (_, name: string) =>
            name === 'path' ? s.media.path : name === 'signal' ? SIGNAL_WORDS[s.evidence.signal] : (got.sourceType ?? '(none)'),
          ),
          remedy: check.remedy,
          source: check.source,
        });
      }
    }
    return {
      path: s.media.path,
      size: s.media.size,
      ...(s.media.sha256 ? { sha256: s.media.sha256 } : {}),
      ...(s.media.format ? { format: s.media.format } : {}),
      ...(s.media.notScanned ? { notScanned: s.media.notScanned } : {}),
      credentials: s.evidence.credentials,
      signal: s.evidence.signal,
      ...(sourceType !== undefined ? { sourceType } : {}),
      class: cls,
      statements: s.evidence.statements,
      declaredBy: s.declaredBy,
      inDeliverables: s.inDeliverables,
      findings,
      notes: s.notes,
    };
  });
  return {
    scope,
    packsWithoutChecks: packs.filter((p) => !p.doc.provenance).map((p) => `${p.name}@${p.version}`),
    counts: {
      files: assets.length,
      notScanned: assets.filter((a) => a.notScanned).length,
      ai: assets.filter((a) => a.class === 'ai').length,
      review: assets.filter((a) => a.class === 'review').length,
      undeclared: assets.filter((a) => a.findings.some((f) => f.status === 'undeclared')).length,
    },
    assets,
  };
}

/** What the declarations say about files, for the shell to know which to read and which to hash. */
export interface AssetIndex {
  /** Some use lists the path in its assets, at the judged commit or at the base. */
  declared(path: string): boolean;
  /** The exact paths some use binds by sha256: only these files are hashed (a 2 GB master costs a read). */
  hashed: Set<string>;
}

/**
 * One reading of the declarations (and their base texts, and the declarations a change deletes). A use
 * is judged with what its files say, and a file a change stops declaring must be judged undeclared, so
 * the Action reads the files a use lists even when the change leaves their bytes alone.
 */
export function assetIndex(inputs: readonly LoadedInput[]): AssetIndex {
  const matchers: Array<(path: string) => boolean> = [];
  const hashed = new Set<string>();
  for (const input of inputs) {
    for (const [loaded, current] of [[input.loaded, true], ...(input.base ? [[input.base, false] as const] : [])] as const) {
      for (const use of loaded.declaration?.uses ?? []) {
        for (const asset of use.assets) {
          matchers.push(assetMatcher(asset));
          if (current && asset.sha256 !== undefined) hashed.add(clean(asset.path));
        }
      }
    }
  }
  return { declared: (path) => matchers.some((m) => m(path)), hashed };
}
