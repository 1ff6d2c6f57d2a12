// statement.json: an in-toto Statement v1 whose subjects are the packet's other files and the
// deliverables the scan read, and whose predicate (PREDICATE_TYPE, documented in
// docs/packet-predicate-v1.md) records what the decision was made from. Signed with GitHub's artifact
// attestations it becomes a tamper-evident record of the clearance.
import type { Report } from '../model/report.js';
import { marking, PREDICATE_TYPE } from './status.js';

const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

export interface Digested {
  name: string;
  sha256: string;
}

export interface StatementInputs {
  /** The packet's files this statement covers (all but itself). */
  files: readonly Digested[];
  configuration?: Digested;
  ledger?: Digested;
}

function packetPredicate(report: Report, inputs: StatementInputs) {
  return {
    tool: report.tool,
    evaluatedOn: report.evaluatedOn,
    decision: report.decision,
    marking: marking(report),
    approvalMode: report.approvalMode,
    declarations: report.files.map((f) => ({ path: f.path, sha256: f.declared?.sha256 ?? null, status: f.status, production: f.production ?? null })),
    packs: report.packs.map((p) => ({ pack: p.pack, version: p.version, requested: p.requested, required: p.required === true })),
    configuration: inputs.configuration ? { path: inputs.configuration.name, sha256: inputs.configuration.sha256 } : null,
    ledger: inputs.ledger ? { path: inputs.ledger.name, sha256: inputs.ledger.sha256 } : null,
    approvals: report.files.flatMap((f) =>
      f.uses.flatMap((u) =>
        u.approvals
          .filter((a) => a.status === 'valid' && a.cleared.length > 0)
          .map((a) => {
            const facts = u.declared?.approvals.find((d) => d.ref === a.ref);
            return {
              ref: a.ref,
              declaration: f.path,
              use: u.id,
              cleared: a.cleared,
              approver: facts?.approver ?? a.grantedIn?.approver ?? null,
              approvedOn: facts?.approvedOn ?? a.grantedIn?.on ?? null,
              expiresOn: facts?.expiresOn ?? null,
              fingerprint: facts?.fingerprint ?? u.fingerprint ?? null,
            };
          }),
      ),
    ),
    counts: report.counts,
    provenance: report.provenance ? { scope: report.provenance.scope, ...report.provenance.counts } : null,
  };
}

export function renderStatement(report: Report, inputs: StatementInputs): string {
  const deliverables = (report.provenance?.assets ?? []).filter((a) => a.inDeliverables && a.sha256 !== undefined).map((a) => ({ name: a.path, digest: { sha256: a.sha256 as string } }));
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [...inputs.files.map((f) => ({ name: f.name, digest: { sha256: f.sha256 } })), ...deliverables],
    predicateType: PREDICATE_TYPE,
    predicate: packetPredicate(report, inputs),
  };
  return `${JSON.stringify(statement, null, 2)}\n`;
}
