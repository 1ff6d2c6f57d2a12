import type { Declaration, Use } from './types.js';

// "Nothing to declare" values of the optional sections (SPEC §1). Required fields never get a default.
const SECTION_DEFAULTS = {
  training: 'none',
  creative: { key_element: false, references: [] },
  talent: { replica: 'none', replica_use: 'none', alteration: 'none', consent: [], model_reuse: false, union_work: 'none' },
  audience: { could_mislead: false },
  approvals: [],
} as const;

type RawUse = Partial<Use> & Record<string, unknown>;

export function withDefaults(raw: { uses: RawUse[] } & Omit<Declaration, 'uses'>): Declaration {
  return { ...raw, uses: raw.uses.map(useWithDefaults) };
}

function useWithDefaults(use: RawUse): Use {
  return {
    ...use,
    training: use.training ?? SECTION_DEFAULTS.training,
    creative: { ...SECTION_DEFAULTS.creative, references: [], ...use.creative },
    talent: { ...SECTION_DEFAULTS.talent, consent: [], ...use.talent },
    audience: { ...SECTION_DEFAULTS.audience, ...use.audience },
    approvals: use.approvals ?? [],
  } as Use;
}
