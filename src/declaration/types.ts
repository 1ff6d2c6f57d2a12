// TypeScript view of genai-usage.yml v1 after validation and defaults (src/schema/genai-usage.schema.json
// is the source of truth; these types must follow it).

export type TriState = boolean | 'unknown';

export interface Tool {
  name: string;
  vendor?: string;
  enterprise: TriState;
  trains_on_inputs: TriState;
}

export interface Approval {
  ref: string;
  rules: string[];
  approved_on: string;
  expires_on?: string;
  policy?: string;
}

export interface Use {
  id: string;
  summary: string;
  stage: string;
  disclosed: string | false;
  tools: Tool[];
  inputs: string[];
  training: 'none' | 'fine-tune' | 'train';
  output: { kinds: string[]; final: TriState; prominence: string; source_type?: string };
  creative: { key_element: TriState; references: string[] };
  talent: {
    replica: 'none' | 'create' | 'use';
    replica_use: string;
    alteration: 'none' | 'customary' | 'significant';
    consent: string[];
    model_reuse: TriState;
    union_work: 'none' | 'assists' | 'replaces';
  };
  audience: { could_mislead: TriState };
  approvals: Approval[];
}

export interface Declaration {
  format: 'genai-usage/v1';
  policies: string[];
  production: { title: string; id?: string; contact?: string };
  uses: Use[];
}
