// assets.csv: the file disclosure map. Every media file the scan read (what it states, its Content
// Credentials, the use that declares it, whether it is a deliverable), one row per timecode range its
// use declares; and every file a use declares that no scan read.
import type { DeclaredAsset } from '../model/declared.js';
import type { AssetReport } from '../model/provenance.js';
import type { Report, UseRef } from '../model/report.js';
import { assetSays, CLASS_WORD, CREDENTIALS_WORD } from '../render/words.js';
import { globMatcher } from '../util/glob.js';
import { csvFile, joinCell } from './csv.js';
import { statusRow } from './status.js';

export const ASSET_COLUMNS = ['path', 'sha256', 'scanned', 'states', 'class', 'credentials', 'signer', 'declared_by', 'in_deliverables', 'timecode_from', 'timecode_to', 'shot', 'findings'] as const;

interface Declaring {
  ref: UseRef;
  asset: DeclaredAsset;
}

/** Every declared asset entry, with the use that lists it. */
function declaredEntries(report: Report): Declaring[] {
  return report.files.flatMap((f) => f.uses.flatMap((u) => (u.declared?.assets ?? []).map((asset) => ({ ref: { file: f.path, use: u.id }, asset }))));
}

const useName = (r: UseRef) => `${r.file}#${r.use}`;

function rangeRows(base: string[], tail: string[], entries: readonly Declaring[]): string[][] {
  const ranges = entries.flatMap((e) => (e.asset.ranges ?? []).map((r) => ({ ...r, by: e.ref })));
  if (ranges.length === 0) return [[...base, '', '', '', ...tail]];
  return ranges.map((r) => [...base, r.from, r.to, r.note ?? '', ...tail]);
}

function scannedRows(a: AssetReport, entries: readonly Declaring[]): string[][] {
  const mine = entries.filter((e) => a.declaredBy.some((r) => r.file === e.ref.file && r.use === e.ref.use) && (e.asset.path === a.path || globMatcher(e.asset.path)(a.path)));
  const base = [
    a.path,
    a.sha256 ?? '',
    a.notScanned ? `no: ${a.notScanned.message}` : 'yes',
    assetSays(a),
    CLASS_WORD[a.class],
    CREDENTIALS_WORD[a.credentials.status],
    a.credentials.signer ?? '',
    a.declaredBy.length > 0 ? joinCell(a.declaredBy.map(useName)) : 'no use declares it',
    a.inDeliverables ? 'yes' : 'no',
  ];
  return rangeRows(base, [joinCell(a.findings.map((f) => `${f.pack}/${f.rule} (${f.status})`))], mine);
}

function assetRows(report: Report): string[][] {
  const entries = declaredEntries(report);
  const scanned = report.provenance?.assets ?? [];
  const rows = scanned.flatMap((a) => scannedRows(a, entries));
  const seen = new Set(scanned.map((a) => a.path));
  // What a use declares that the scan did not read (no scan, a glob, a file not in the repository).
  const unread = new Map<string, Declaring[]>();
  for (const e of entries) {
    if (seen.has(e.asset.path)) continue;
    unread.set(e.asset.path, [...(unread.get(e.asset.path) ?? []), e]);
  }
  for (const [path, list] of unread) {
    const sha = list.find((e) => e.asset.sha256)?.asset.sha256 ?? '';
    const base = [path, sha, report.provenance ? 'no: not found by the scan' : 'no: packet made without scan', '', '', '', '', joinCell([...new Set(list.map((e) => useName(e.ref)))]), ''];
    rows.push(...rangeRows(base, [''], list));
  }
  return rows;
}

export function renderAssets(report: Report): string {
  return csvFile(statusRow(report, 'assets'), ASSET_COLUMNS, assetRows(report));
}
