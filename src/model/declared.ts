// What a declaration says, carried in the report for the renderers that restate it (the evidence
// packet): the usage register, the consent index and the disclosure statement read these and never
// the declaration itself. Present only when an evaluation is asked for them; field names are part of
// the `--format json` contract (additive to schemaVersion 1).
import type { TriState } from '../declaration/types.js';

export interface DeclaredTool {
  name: string;
  vendor?: string;
  enterprise: TriState;
  /** Whether the vendor keeps and trains on what is put in (the tool's retention terms). */
  trainsOnInputs: TriState;
}

export interface DeclaredConsent {
  ref: string;
  party?: string;
  scope?: string;
  signedOn?: string;
  /** How consent was given (separate writing, rider, contract clause…). */
  form?: string;
  /** Digest of the signed document: the repository never holds the document itself. */
  sha256?: string;
}

export interface DeclaredPerformer {
  who: string;
  status: string;
  union: string;
  consent: DeclaredConsent[];
}

/** A timecode range of the shots a file holds, as the use declares it (`HH:MM:SS:FF`, `;` for drop-frame). */
export interface DeclaredRange {
  from: string;
  to: string;
  note?: string;
}

export interface DeclaredAsset {
  path: string;
  sha256?: string;
  ranges?: DeclaredRange[];
}

/** An approval the use lists (or the pull request granted), with the ledger entry that grants it, when one does. */
export interface DeclaredApproval {
  ref: string;
  approvedOn: string;
  expiresOn?: string;
  /** Who granted it: the ledger entry's approver, or the trusted approver in the pull request. */
  approver?: string;
  /** The use fingerprint the ledger entry or the grant binds to. */
  fingerprint?: string;
  revokedOn?: string;
}

export interface DeclaredUse {
  work: string;
  /** The date the use was shared with the platform contact, or `false`. */
  disclosed: string | false;
  tools: DeclaredTool[];
  inputs: string[];
  training: string;
  output: { kinds: string[]; final: TriState; prominence: string; sourceType?: string };
  replica: string;
  performers: DeclaredPerformer[];
  assets: DeclaredAsset[];
  approvals: DeclaredApproval[];
}

export interface DeclaredFile {
  /** Lower-case hex SHA-256 of the declaration's bytes as read. */
  sha256: string;
  work: string;
  contact?: string;
}
