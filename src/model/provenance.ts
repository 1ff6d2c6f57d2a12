// The provenance part of the one report model: what each scanned file says about its origin, which use
// declares it, and what the packs make of that. Renderers read it like the rest of the report; its
// field names are part of the `--format json` contract.
import type { CredentialState, MediaFormat } from '../provenance/types.js';
import type { Level, UseRef } from './basics.js';

export type CredentialsStatus =
  | CredentialState
  /** No C2PA manifest in the file. */
  | 'none'
  /** A manifest is embedded but was not validated (the file is over the validation size cap). */
  | 'not-validated';

/** Which statement decides a file's source type, strongest first. */
export type Signal = 'c2pa-trusted' | 'c2pa-untrusted' | 'xmp' | 'c2pa-invalid' | 'none';

/** How each signal is named in messages and reports. */
export const SIGNAL_WORDS: Readonly<Record<Signal, string>> = {
  'c2pa-trusted': 'Content Credentials from a trusted signer',
  'c2pa-untrusted': 'Content Credentials from a signer not on the trust list',
  xmp: 'XMP metadata (unsigned)',
  'c2pa-invalid': 'Content Credentials that do not match the file',
  none: 'nothing',
};

/** How a pack's `provenance.source_types` classes the deciding source type; `unknown` when nothing is stated. */
export type AssetClass = 'ai' | 'review' | 'other' | 'unknown';

export interface AssetStatement {
  /** Where it is written: the C2PA manifest (signed) or the XMP packet (unsigned, easily stripped). */
  in: 'c2pa' | 'xmp';
  /** As the file wrote it. */
  value: string;
  /** The IPTC term it names, when it names one. */
  term?: string;
  /** For C2PA: the active manifest's own actions, or an ingredient's. */
  from?: 'active' | 'ingredient';
  action?: string;
  softwareAgent?: string;
}

export interface AssetCredentials {
  status: CredentialsStatus;
  /** Validation failure codes (e.g. `assertion.dataHash.mismatch`). */
  codes: string[];
  signer?: string;
  generator?: string;
  /** A remote manifest's URL: reported, never fetched. */
  remoteUrl?: string;
}

export interface AssetFinding {
  rule: string;
  pack: string;
  principle: string;
  level: Level;
  /** `undeclared`: no use declares the file, and only declaring it (in a use's `assets`) clears this. */
  status: 'noted' | 'undeclared';
  message: string;
  remedy: string;
  source: string;
}

export interface AssetReport {
  /** Relative to the scanned root (the repository), forward slashes. */
  path: string;
  size: number;
  /** Lower-case hex, when the file was hashed (a use binds it by sha256, or the packet asked for every digest). */
  sha256?: string;
  format?: MediaFormat;
  /** Why the file was not read: a Git LFS pointer, over the size cap, not a container this tool reads. */
  notScanned?: { code: string; message: string };
  credentials: AssetCredentials;
  signal: Signal;
  /** The deciding source type (an IPTC term, or the value as written when it names none). */
  sourceType?: string;
  /** The strictest class any pack in effect gives the file. */
  class: AssetClass;
  statements: AssetStatement[];
  declaredBy: UseRef[];
  /** In the trusted configuration's deliverables folders. */
  inDeliverables: boolean;
  findings: AssetFinding[];
  /** What reading the file met (a truncated box, a statement the stronger one overrides, a hash that differs). */
  notes: string[];
}

export interface ProvenanceCounts {
  files: number;
  notScanned: number;
  ai: number;
  review: number;
  /** Files with a finding only declaring them clears (those that fail the check). */
  undeclared: number;
}

export interface ProvenanceReport {
  /** `changed`: only the files the change adds or modifies were scanned; `all`: every media file. */
  scope: 'all' | 'changed';
  /** Packs in effect that carry no provenance checks: they judge no file. */
  packsWithoutChecks: string[];
  counts: ProvenanceCounts;
  assets: AssetReport[];
}
