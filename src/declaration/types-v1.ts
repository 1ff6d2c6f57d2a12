// TypeScript view of genai-usage.yml v1 after validation and defaults (src/schema/genai-usage.schema.json
// is the source of truth; these types must follow it). v1 files are read into the v2 model
// (./types.ts) by ./migrate-v1.ts; packs written for v1 read this shape.

import type { Approval, Tool, TriState } from './types.js';

export interface UseV1 {
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

export interface DeclarationV1 {
  format: 'genai-usage/v1';
  policies: string[];
  production: { title: string; id?: string; contact?: string };
  uses: UseV1[];
}
