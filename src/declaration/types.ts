// TypeScript view of genai-usage.yml v2 after validation and defaults: the model every stage after
// loading reads (src/schema/genai-usage.v2.schema.json is the source of truth; these types must follow
// it). v1 files are converted into it by ./migrate-v1.ts.

export type TriState = boolean | 'unknown';

export type Format = 'genai-usage/v1' | 'genai-usage/v2';

export type Work = 'scripted' | 'documentary' | 'unscripted' | 'news' | 'marketing' | 'unknown';

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

export type ConsentParty = 'performer' | 'estate' | 'guardian' | 'union' | 'all-parties';
export type ConsentScope = 'this-use' | 'this-production' | 'other-productions';

export interface ConsentRecord {
  ref: string;
  party?: ConsentParty;
  scope?: ConsentScope;
  signed_on?: string;
}

export interface Performer {
  who: string;
  status: 'living' | 'deceased' | 'unknown';
  union: 'member' | 'non-member' | 'unknown';
  consent: ConsentRecord[];
}

export interface Asset {
  path: string;
  sha256?: string;
  /** Timecode ranges of the shots in the cut that hold this file's material. */
  ranges?: Array<{ from: string; to: string; note?: string }>;
}

export interface Use {
  id: string;
  summary: string;
  stage: string;
  work: Work;
  disclosed: string | false;
  tools: Tool[];
  inputs: string[];
  training: 'none' | 'fine-tune' | 'train' | 'unknown';
  output: { kinds: string[]; final: TriState; prominence: string; source_type?: string; resembles: string[] };
  creative: { key_element: TriState; references: string[] };
  talent: {
    replica: 'none' | 'create' | 'use' | 'unknown';
    replica_use: string;
    alteration: 'none' | 'customary' | 'significant' | 'unknown';
    model_reuse: TriState;
    union_work: 'none' | 'member-own-work' | 'materially-affects' | 'replaces' | 'unknown';
    performers: Performer[];
  };
  audience: { could_mislead: TriState };
  assets: Asset[];
  approvals: Approval[];
}

export interface Declaration {
  format: 'genai-usage/v2';
  policies: string[];
  production: { title: string; work: Work; id?: string; contact?: string };
  uses: Use[];
}
