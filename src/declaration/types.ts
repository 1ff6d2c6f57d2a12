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

export type Jurisdiction = 'US-CA' | 'US-NY' | 'US-IL' | 'US-TN' | 'US-other' | 'EU' | 'UK' | 'worldwide' | 'other' | 'unknown';
export type ConsentForm = 'separate-writing' | 'rider' | 'contract-clause' | 'voucher' | 'unknown';
export type Representation = 'counsel' | 'union-agreement' | 'none' | 'unknown';
export type Agreement = 'sag-aftra-tv-theatrical' | 'sag-aftra-commercials' | 'sag-aftra-interactive' | 'other' | 'none' | 'unknown';
export type ReplicaType = 'employment-based' | 'independently-created' | 'background' | 'none' | 'unknown';

export interface ConsentRecord {
  ref: string;
  party?: ConsentParty;
  scope?: ConsentScope;
  signed_on?: string;
  form?: ConsentForm;
  rider_version?: string;
  description?: string;
  representation?: Representation;
  representation_ref?: string;
  covers?: { projects?: string[]; media?: string[]; territories?: Jurisdiction[]; term_ends?: string };
  sha256?: string;
}

export interface Performer {
  who: string;
  status: 'living' | 'deceased' | 'unknown';
  union: 'member' | 'non-member' | 'unknown';
  consent: ConsentRecord[];
  agreement?: Agreement;
  replica_type?: ReplicaType;
  minor?: TriState;
  guardian?: string;
  date_of_death?: string;
  domicile_at_death?: Jurisdiction;
  rights_holder?: { name?: string; authority?: 'executor' | 'heir' | 'transferee' | 'union' | 'unknown'; ref?: string; sha256?: string };
  domicile?: Jurisdiction;
  performed_in?: Jurisdiction;
  session?: { engaged_on?: string; notified_on?: string; scanned_on?: string; business_reason?: string };
}

export interface Synthetic {
  performer?: TriState;
  human_role?: TriState;
  union_notice_on?: string;
  bargaining_ref?: string;
  added_value?: string;
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
  output: {
    kinds: string[];
    final: TriState;
    prominence: string;
    source_type?: string;
    resembles: string[];
    enhancement_only?: TriState;
    editorial_review?: 'none' | 'human-review' | 'editorial-control' | 'unknown';
    editor?: string;
  };
  creative: { key_element: TriState; references: string[] };
  talent: {
    replica: 'none' | 'create' | 'use' | 'unknown';
    replica_use: string;
    alteration: 'none' | 'customary' | 'significant' | 'unknown';
    model_reuse: TriState;
    union_work: 'none' | 'member-own-work' | 'materially-affects' | 'replaces' | 'unknown';
    performers: Performer[];
    synthetic?: Synthetic;
  };
  audience: { could_mislead: TriState };
  assets: Asset[];
  approvals: Approval[];
  // Optional sections without defaults: a file that does not write them says nothing about them.
  dates?: { started_on?: string; ended_on?: string; released_on?: string };
  distribution?: Jurisdiction[];
  writing?: { to_writer?: TriState; disclosed?: TriState; disclosed_on?: string; handed_on?: string };
  direction?: { consulted?: TriState; consulted_on?: string; record?: string };
}

export interface Declaration {
  format: 'genai-usage/v2';
  policies: string[];
  production: { title: string; work: Work; id?: string; contact?: string; distribution?: Jurisdiction[] };
  uses: Use[];
}
