// The register's rows: the report model flattened, one object per use per evaluation and one per media
// file the scan read, for a warehouse table or `genai-clearance register record`. Field names are the
// `--format ndjson` contract, described by src/schema/register-row.v1.schema.json.
import type { AssetClass, CredentialsStatus, Signal } from './provenance.js';
import type { ApprovalStatus, FindingStatus, Level, UseOutcome } from './report.js';

/** Bumped only on a breaking change to the rows; the register refuses a version it does not know. */
export const ROW_SCHEMA_VERSION = 1;

/** Where the evaluation ran: not in the report model, which judges text, not a checkout. */
export interface RowContext {
  /** `owner/name`, as GitHub spells it. */
  repository: string;
  /** The commit evaluated. */
  commit: string;
  /** One evaluation of that commit (a workflow run, or the day it was judged): re-recording it adds nothing. */
  evaluation: string;
}

interface RowBase extends RowContext {
  schemaVersion: typeof ROW_SCHEMA_VERSION;
  evaluatedOn: string;
  toolVersion: string;
  /** Every pack the evaluation applied, as `pack@version`. */
  packs: string[];
}

export interface RowRule {
  rule: string;
  pack: string;
  level: Level;
  status: FindingStatus;
}

export interface RowApproval {
  ref: string;
  status: ApprovalStatus;
  rules: string[];
  cleared: string[];
  /** Absent when it names no expiry or clears nothing. */
  expiresOn?: string;
}

export interface UseRow extends RowBase {
  kind: 'use';
  /** The production's title; its id when the declaration gives one. */
  production: string;
  productionId?: string;
  /** The declaration's path in the repository. */
  path: string;
  use: string;
  summary: string;
  stage: string;
  decision: UseOutcome;
  rules: RowRule[];
  approvals: RowApproval[];
}

export interface FileRow extends RowBase {
  kind: 'file';
  path: string;
  size: number;
  format?: string;
  /** Why the file was not read, when it was not (a Git LFS pointer, over the size cap). */
  notScanned?: string;
  credentials: CredentialsStatus;
  signal: Signal;
  sourceType?: string;
  class: AssetClass;
  inDeliverables: boolean;
  /** Declared by no use while a pack says only declaring it clears it. */
  undeclared: boolean;
  declaredBy: Array<{ path: string; use: string }>;
}

export type RegisterRow = UseRow | FileRow;
