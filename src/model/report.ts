// The one report model. Every renderer (text, JSON, markdown, SARIF, JUnit, job summary) and every
// shell (CLI, Action) reads this and nothing else, so what the user sees cannot drift between surfaces.
// The JSON renderer serialises it as-is: field names here are the stable `--format json` contract.
import type { Level, UseRef } from './basics.js';
import type { DeclaredFile, DeclaredUse } from './declared.js';
import type { Grant } from './grant.js';
import type { ProvenanceReport } from './provenance.js';

export type { Level, UseRef };

export type UseOutcome = 'clear' | 'approved' | 'needs-approval' | 'blocked';
export type FileStatus = 'valid' | 'invalid';
export type Decision = 'pass' | 'fail';

/** A place in a source file. Lines and columns are 1-based, as editors and GitHub annotations expect. */
export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic extends Position {
  message: string;
  /** The file it is about, when that is not the file the diagnostic is listed under (a pack, the ledger). */
  file?: string;
  /** JSON-pointer-like path in the document (`uses[2].tools[0].enterprise`), when there is one. */
  path?: string;
  /** Machine-readable kind, stable across releases (e.g. `unknown-key`, `duplicate-key`, `approval-expiring`). */
  code: string;
  /** Absent means error. Warnings never change the decision. */
  severity?: 'error' | 'warning';
}

export interface PackRef {
  pack: string;
  version: string;
  title: string;
  /** What the declaration asked for, e.g. `netflix-genai@1`. */
  requested: string;
  /** Applied because the trusted configuration requires it, not because the declaration asked. */
  required?: true;
  deprecated?: string;
}

/** Why a condition entry held: the value matched, or the value was `unknown` (uncertainty escalates). */
export type FireReason = 'match' | 'unknown';

export interface FiredPath extends Position {
  path: string;
  value: unknown;
  reason: FireReason;
}

export type FindingStatus =
  /** inform: noted, never blocks. */
  | 'noted'
  /** escalate, covered by a valid approval. */
  | 'approved'
  /** escalate, no valid approval. */
  | 'needs-approval'
  /** block: no approval clears it. */
  | 'blocked';

export interface Finding {
  rule: string;
  pack: string;
  principle: string;
  category: string;
  /** The rule's own level. */
  level: Level;
  /** The level applied: an `unknown` value lifts an inform rule to escalate, as the guidance asks. */
  effectiveLevel: Level;
  status: FindingStatus;
  message: string;
  remedy: string;
  source: string;
  paths: FiredPath[];
  /** The approval ref that cleared this finding, when one did. */
  approval?: string;
  /** For a finding about performers: each performer it read, with the consent records judged. */
  performers?: JudgedPerformer[];
}

/** A performer a finding read, as declared, with where each consent record is in the file. */
export interface JudgedPerformer {
  who: string;
  line: number;
  consent: JudgedConsent[];
}

export interface JudgedConsent {
  ref: string;
  party?: string;
  scope?: string;
  signed_on?: string;
  line: number;
  /** Fields a complete record has that this one lacks (`party`, `scope`, `signed_on`). */
  missing: string[];
}

export type ApprovalStatus = 'valid' | 'invalid';

export interface ApprovalReport extends Position {
  ref: string;
  rules: string[];
  status: ApprovalStatus;
  /** Rule ids this approval actually cleared in this evaluation. */
  cleared: string[];
  /** Why it is invalid, or warnings about it (expiring soon, covers nothing). */
  problems: Diagnostic[];
  /** When what it cleared lapses (the earliest expiry of the grants that cleared a rule), when it clears anything. */
  expiresOn?: string;
  /** Granted in the pull request by a trusted approver, rather than listed by the declaration. */
  grantedIn?: { approver: string; on: string; origin: string };
}

export type UseChange = 'added' | 'changed' | 'unchanged';

export interface UseReport extends Position {
  id: string;
  summary: string;
  stage: string;
  outcome: UseOutcome;
  findings: Finding[];
  approvals: ApprovalReport[];
  /** Present only when the check was given a base version of the declaration. */
  change?: UseChange;
  /** Fingerprint of the declared content (approvals aside): what an approval from the pull request binds to. */
  fingerprint?: string;
  /** What the use declares (tools, inputs, output, consents, files), when the evaluation was asked to carry it (the packet). */
  declared?: DeclaredUse;
}

export interface FileReport {
  path: string;
  status: FileStatus;
  production?: { title: string; id?: string };
  policies: PackRef[];
  errors: Diagnostic[];
  /** File-level warnings (a deprecated pack). Approval warnings stay with their approval. */
  warnings: Diagnostic[];
  uses: UseReport[];
  /** Use ids present in the base version but gone from this one (only with a base). */
  removedUses?: string[];
  /** The declaration's digest and production details, when the evaluation was asked to carry them (the packet). */
  declared?: DeclaredFile;
}

/** A use the change removes: gone from its declaration, or its whole declaration deleted. */
export interface RemovedUse {
  file: string;
  /** Absent for a deleted declaration that declared no use. */
  use?: string;
  fileDeleted: boolean;
  /** It escalated at the base (needed or had an approval): reviewers should know it is no longer declared. */
  neededApproval: boolean;
}

export type PrincipleStatus = 'clear' | 'noted' | 'approved' | 'needs-approval' | 'blocked';

export interface PrincipleRow {
  pack: string;
  /** Set when two versions of the pack judged different files: the version this row holds. */
  version?: string;
  id: string;
  number: number;
  title: string;
  status: PrincipleStatus;
  needsApproval: UseRef[];
  blocked: UseRef[];
  /** Approval refs that cleared a finding under this principle. */
  approvedBy: string[];
  noted: UseRef[];
}

export interface Counts {
  files: number;
  invalid: number;
  uses: number;
  clear: number;
  approved: number;
  needsApproval: number;
  blocked: number;
}

export interface Report {
  /** Bumped only on a breaking change to this structure. */
  schemaVersion: 1;
  tool: { name: string; version: string };
  decision: Decision;
  /** The date approvals were judged against (YYYY-MM-DD), injected so reports are reproducible. */
  evaluatedOn: string;
  /** `ledger`: approvals were matched against a trusted ledger; `format-only`: refs were only format-checked. */
  approvalMode: 'ledger' | 'format-only';
  packs: PackRef[];
  principles: PrincipleRow[];
  counts: Counts;
  files: FileReport[];
  /** What the scanned media files say, when media were scanned (`scan`, the Action's `scan` input). */
  provenance?: ProvenanceReport;
  /** Uses and declarations the change removes, when the check was given the base of the change. */
  removed?: RemovedUse[];
  /** Approvals granted in the pull request that were bound to a use (whether or not they cleared it). */
  pullRequestApprovals?: Array<Grant & { fingerprint: string; origin: string }>;
  /** Notes not tied to one declaration that do not change the decision (an approval that matched no use). */
  warnings?: Diagnostic[];
  /** Problems not tied to one declaration (policy or ledger), which fail the check closed. */
  errors: Diagnostic[];
}
