// The declared facts the evidence packet restates, copied from the validated declaration into the
// report so that every packet file is rendered from the one report model.
import { createHash } from 'node:crypto';
import type { Declaration, Use } from '../declaration/types.js';
import type { Ledger } from '../ledger/load.js';
import type { DeclaredApproval, DeclaredFile, DeclaredUse } from '../model/declared.js';

/** `use` as judged (its pull-request grants added); the ledger entry for the same path and use names the approver. */
export function declaredUse(use: Use, path: string, ledger: Ledger | undefined): DeclaredUse {
  return {
    work: use.work,
    disclosed: use.disclosed,
    tools: use.tools.map((t) => ({ name: t.name, ...(t.vendor !== undefined ? { vendor: t.vendor } : {}), enterprise: t.enterprise, trainsOnInputs: t.trains_on_inputs })),
    inputs: [...use.inputs],
    training: use.training,
    output: { kinds: [...use.output.kinds], final: use.output.final, prominence: use.output.prominence, ...(use.output.source_type !== undefined ? { sourceType: use.output.source_type } : {}) },
    replica: use.talent.replica,
    performers: use.talent.performers.map((p) => ({
      who: p.who,
      status: p.status,
      union: p.union,
      consent: p.consent.map((c) => ({
        ref: c.ref,
        ...(c.party !== undefined ? { party: c.party } : {}),
        ...(c.scope !== undefined ? { scope: c.scope } : {}),
        ...(c.signed_on !== undefined ? { signedOn: c.signed_on } : {}),
        ...(c.form !== undefined ? { form: c.form } : {}),
        ...(c.sha256 !== undefined ? { sha256: c.sha256 } : {}),
      })),
    })),
    assets: use.assets.map((a) => ({
      path: a.path,
      ...(a.sha256 !== undefined ? { sha256: a.sha256 } : {}),
      ...(a.ranges?.length ? { ranges: a.ranges.map((r) => ({ from: r.from, to: r.to, ...(r.note !== undefined ? { note: r.note } : {}) })) } : {}),
    })),
    approvals: use.approvals.map((a): DeclaredApproval => {
      const entry = ledger?.byRef.get(a.ref)?.find((e) => e.path === path && e.use === use.id);
      return {
        ref: a.ref,
        approvedOn: a.approved_on,
        ...(a.expires_on !== undefined ? { expiresOn: a.expires_on } : {}),
        ...(entry ? { approver: entry.approver } : {}),
        ...(entry?.fingerprint !== undefined ? { fingerprint: entry.fingerprint } : {}),
        ...(entry?.revokedOn !== undefined ? { revokedOn: entry.revokedOn } : {}),
      };
    }),
  };
}

export function declaredFile(text: string | Uint8Array, d: Declaration): DeclaredFile {
  return {
    sha256: createHash('sha256').update(text).digest('hex'),
    work: d.production.work,
    ...(d.production.contact !== undefined ? { contact: d.production.contact } : {}),
  };
}
