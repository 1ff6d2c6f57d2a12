import type { DeclarationV1, UseV1 } from './types-v1.js';
import type { Declaration, Performer, Use } from './types.js';

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
    // Only a production that names its distribution gives its uses one: a file without it reads as before.
    ...(use.distribution === undefined && distribution !== undefined ? { distribution } : {}),
    work: use.work ?? work,
    training: use.training ?? 'none',
    output: { resembles: [], ...(use.output as Partial<Use['output']>) },
    creative: { key_element: false, references: [], ...use.creative },
    talent: { ...V2_TALENT, ...talent, performers: (talent.performers ?? []).map((p: Performer) => ({ ...p, consent: p.consent ?? [] })) },
    audience: { could_mislead: false, ...use.audience },
    assets: use.assets ?? [],
    approvals: use.approvals ?? [],
  } as Use;
}
