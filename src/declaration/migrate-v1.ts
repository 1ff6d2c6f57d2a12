// The one place genai-usage/v1 and v2 meet. v1 files are read into the v2 model (upgrade), and packs
// written for v1 read every declaration, v1 or v2, through its v1 view. `genai-clearance migrate`
// rewrites the text with the same upgrade (./migrate-text.ts), so a migrated file means exactly what
// the v1 file was read as.
import type { Diagnostic } from '../model/report.js';
import type { Declaration, Use } from './types.js';
import type { DeclarationV1, UseV1 } from './types-v1.js';

/** What v1 left unsaid and v2 asks for, as the upgrade fills it in. */
const V1_WORK = 'unknown' as const;
export const V1_PERFORMER = 'not named in genai-usage/v1';

// A v1 use read from a v1 file keeps its original for v1 packs, so they judge the fields they were
// written for, not the v2 model's reading of them.
const originals = new WeakMap<Use, UseV1>();

export function upgradeDeclaration(d: DeclarationV1, work: Use['work'] = V1_WORK): Declaration {
  const uses = d.uses.map((u) => {
    const use = upgradeUse(u, work);
    originals.set(use, u);
    return use;
  });
  return { format: 'genai-usage/v2', policies: d.policies, production: { ...d.production, work }, uses };
}

/**
 * v1 → v2, field by field. Nothing is dropped: consent strings become consent records (with only
 * their reference: incomplete, so packs for v2 do not count them), `union_work: assists` ("assists
 * or materially affects" in v1) becomes `materially-affects`, the reading that keeps it escalating,
 * and a replica used without saying how (`replica_use: none`) becomes `unknown`.
 */
function upgradeUse(u: UseV1, work: Use['work'] = V1_WORK): Use {
  const t = u.talent;
  const out: Use = {
    id: u.id,
    summary: u.summary,
    stage: u.stage,
    work,
    disclosed: u.disclosed,
    tools: u.tools,
    inputs: u.inputs,
    training: u.training,
    output: { ...u.output, resembles: [] },
    creative: u.creative,
    talent: {
      replica: t.replica,
      replica_use: t.replica === 'use' && t.replica_use === 'none' ? 'unknown' : t.replica_use,
      alteration: t.alteration,
      model_reuse: t.model_reuse,
      union_work: t.union_work === 'assists' ? 'materially-affects' : t.union_work,
      performers: t.consent.length > 0 ? [{ who: V1_PERFORMER, status: 'unknown', union: 'unknown', consent: t.consent.map((ref) => ({ ref })) }] : [],
    },
    audience: u.audience,
    assets: [],
    approvals: u.approvals,
  };
  return out;
}

const V1_UNION: Record<Use['talent']['union_work'], string> = {
  none: 'none',
  // v1 cannot tell a member's own use from an effect on union work: "assists or materially affects".
  'member-own-work': 'assists',
  'materially-affects': 'assists',
  replaces: 'replaces',
  unknown: 'unknown',
};

/**
 * What a pack written for v1 reads. A use read from a v1 file: that file's own values. A v2 use: its
 * v1 projection, where v1's `consent` lists every consent reference recorded (v1 took any reference
 * as consent) and a v2 `unknown` stays `unknown`, which fires the rules that read the field.
 */
export function v1ViewOf(use: Use): UseV1 {
  const original = originals.get(use);
  if (original) return original;
  const t = use.talent;
  return {
    id: use.id,
    summary: use.summary,
    stage: use.stage,
    disclosed: use.disclosed,
    tools: use.tools,
    inputs: use.inputs,
    training: use.training as UseV1['training'],
    output: { kinds: use.output.kinds, final: use.output.final, prominence: use.output.prominence, ...(use.output.source_type !== undefined ? { source_type: use.output.source_type } : {}) },
    creative: use.creative,
    talent: {
      replica: t.replica as UseV1['talent']['replica'],
      replica_use: t.replica_use,
      alteration: t.alteration as UseV1['talent']['alteration'],
      consent: t.performers.flatMap((p) => p.consent.map((c) => c.ref)),
      model_reuse: t.model_reuse,
      union_work: V1_UNION[t.union_work] as UseV1['talent']['union_work'],
    },
    audience: use.audience,
    approvals: use.approvals,
  };
}

/**
 * The note a v1 file gets when a pack written for v2 judges it: that pack reads the upgrade, in which
 * v1's consent strings are incomplete records. (Packs written for v1 read the file as it is.)
 */
export function migrationNote(
  format: string | undefined,
  path: string,
  packs: ReadonlyArray<{ name: string; version: string; doc: { declaration_format: string } }>,
  at: { line: number; column: number },
): Diagnostic | undefined {
  if (format !== 'genai-usage/v1') return undefined;
  const v2 = packs.filter((p) => p.doc.declaration_format !== 'genai-usage/v1').map((p) => `${p.name}@${p.version}`);
  if (v2.length === 0) return undefined;
  return {
    ...at,
    severity: 'warning',
    code: 'read-through-migration',
    message: `genai-usage/v1, read through the migration to v2 for ${v2.join(', ')}: consent strings are kept as consent records with only a reference, which do not count as documented consent; \`genai-clearance migrate ${path}\` rewrites the file as v2 and says what to complete`,
  };
}
