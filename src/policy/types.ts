import type { Level } from '../model/report.js';

/** A condition: every field path must satisfy its JSON Schema fragment; `any`/`all` combine conditions. */
export interface Condition {
  any?: Condition[];
  all?: Condition[];
  [path: string]: unknown;
}

export interface Principle {
  id: string;
  number: number;
  title: string;
  summary: string;
  source: string;
}

export interface Rule {
  id: string;
  principle: string;
  level: Level;
  category: string;
  /** Ids of the guidance items this rule encodes, e.g. NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT. */
  guidance: string[];
  when: Condition;
  message: string;
  remedy: string;
  source: string;
  /** The passage the rule rests on, and the project's reading of it (shown by `explain`). */
  clause?: Clause;
}

export interface Clause {
  /** Default: the pack's source.url. */
  url?: string;
  /** Default: the pack's source.read_on. */
  read_on?: string;
  quote: string;
  reading: string;
}

export interface PackDocument {
  pack: string;
  version: string;
  title: string;
  source: { url: string; read_on: string };
  effective: string;
  /** `law`: `effective` is the date a legal duty applies from, not the version's release. */
  effective_basis?: 'law' | 'release';
  deprecated?: string;
  sunset?: string;
  declaration_format: string;
  /** Level of a finding that fired only because a field was `unknown`. */
  unknown_level: Level;
  approval: {
    ref_pattern: string;
    ref_example: string;
    require_expiry: boolean;
    max_age_days?: number;
  };
  principles: Principle[];
  rules: Rule[];
  provenance?: ProvenanceSection;
}

/** A finding for a media file that no use declares, by the class of what the file says it is. */
export interface UndeclaredCheck {
  id: string;
  class: 'ai' | 'review';
  principle: string;
  level: Level;
  /** May quote {path}, {source_type} and {signal}. */
  message: string;
  remedy: string;
  source: string;
}

/** How a pack reads media files: the classes of IPTC digital source types, and undeclared files. */
export interface ProvenanceSection {
  source: string;
  source_types: { ai: string[]; review?: string[] };
  undeclared?: UndeclaredCheck[];
}
