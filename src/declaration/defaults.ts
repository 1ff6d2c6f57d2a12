import type { Declaration, Performer, Use } from './types.js';
import type { DeclarationV1, UseV1 } from './types-v1.js';

// "Nothing to declare" values of the optional sections and fields. Required fields never get a default.
const V1_DEFAULTS = {
  training: 'none',
  creative: { key_element: false, references: [] },
  talent: { replica: 'none', replica_use: 'none', alteration: 'none', consent: [], model_reuse: false, union_work: 'none' },
  audience: { could_mislead: false },
  approvals: [],
} as const;

const V2_TALENT = { replica: 'none', replica_use: 'none', alteration: 'none', model_reuse: false, union_work: 'none' } as const;

type Raw<T> = Partial<T> & Record<string, unknown>;

/** A validated genai-usage/v1 document with its defaults filled in. */
export function withDefaults(raw: { uses: Raw<UseV1>[] } & Omit<DeclarationV1, 'uses'>): DeclarationV1 {
  return { ...raw, uses: raw.uses.map(useWithDefaults) };
}

function useWithDefaults(use: Raw<UseV1>): UseV1 {
  return {
    ...use,
    training: use.training ?? V1_DEFAULTS.training,
    creative: { ...V1_DEFAULTS.creative, references: [], ...use.creative },
    talent: { ...V1_DEFAULTS.talent, consent: [], ...use.talent },
    audience: { ...V1_DEFAULTS.audience, ...use.audience },
    approvals: use.approvals ?? [],
  } as UseV1;
}

/** A validated genai-usage/v2 document with its defaults filled in; a use's `work` defaults to the production's. */
export function withDefaultsV2(raw: { uses: Raw<Use>[] } & Omit<Declaration, 'uses'>): Declaration {
  return { ...raw, uses: raw.uses.map((u) => useWithDefaultsV2(u, raw.production)) };
}

function useWithDefaultsV2(use: Raw<Use>, { work, distribution }: Declaration['production']): Use {
  const talent = (use.talent ?? {}) as Partial<Use['talent']>;
  return {
    ...use,
    // Only a production that names its distribution gives its uses one: a file without it declares none.
    ...(use.distribution === undefined && distribution !== undefined ? { distribution } : {}),
    work: use.work ?? work,
    training: use.training ?? 'none',
    output: { resembles: [], ...(use.output as Partial<Use['output']>) },
    creative: { key_element: false, references: [], ...use.creative },
    talent: { ...V2_TALENT, ...talent, performers: (talent.performers ?? []).map((p: Performer) => ({ ...p, consent: p.consent ?? [] })) },
    audience: audienceOf(use.audience as Partial<Use['audience']> | undefined),
    assets: use.assets ?? [],
    approvals: use.approvals ?? [],
  } as Use;
}

/**
 * Audience sections whose `could_mislead` is the default, not a statement: rules written for v2 read the
 * default `false`, and `derived.could_mislead` reads them as unknown. Kept beside the use rather than in
 * it, so what a use declares (and its fingerprint) does not change.
 */
const unstatedAudience = new WeakSet<object>();

function audienceOf(audience: Partial<Use['audience']> | undefined): Use['audience'] {
  const filled = { could_mislead: false as Use['audience']['could_mislead'], ...audience };
  if (audience?.could_mislead === undefined) unstatedAudience.add(filled);
  return filled;
}

/** Whether the use stated `could_mislead` (see unstatedAudience). */
export function couldMisleadStated(use: Pick<Use, 'audience'>): boolean {
  return !unstatedAudience.has(use.audience);
}
