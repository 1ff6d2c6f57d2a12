// The team's questions, asked of the register. Each answer is rows of plain values (text, numbers),
// the same from PGlite and Postgres, for the text, JSON and HTML renderers.
import { BLOCKED_USES, EXPIRING_APPROVALS, NEWEST_USES, OPEN_APPROVALS, PACK_VERSIONS, PRODUCTIONS, UNDECLARED_FILES } from './sql.js';
import type { Sql } from './store.js';

export interface OpenApproval {
  repository: string;
  production: string;
  path: string;
  use: string;
  summary: string;
  since: string;
  age_days: number;
  evaluated_on: string;
  rules: string;
}
export interface ExpiringApproval {
  repository: string;
  production: string;
  path: string;
  use: string;
  ref: string;
  expires_on: string;
  days_left: number;
  rules: string;
}
export interface BlockedUse {
  repository: string;
  production: string;
  path: string;
  use: string;
  summary: string;
  evaluated_on: string;
  rules: string;
}
export interface UndeclaredFile {
  repository: string;
  production: string;
  path: string;
  in_deliverables: boolean;
  class: string;
  signal: string;
  source_type: string;
  evaluated_on: string;
}
export interface PackVersion {
  pack: string;
  productions: number;
  repositories: string;
}
export interface Production {
  repository: string;
  production: string;
  commit: string;
  evaluation: string;
  evaluated_on: string;
  packs: string;
  evaluations: number;
  uses: number;
  clear: number;
  approved: number;
  needs_approval: number;
  blocked: number;
  undeclared_files: number;
}
export interface NewestUse {
  repository: string;
  path: string;
  use: string;
  summary: string;
  stage: string;
  decision: string;
  rules: string;
  approvals: string;
}

export const QUESTIONS = ['open', 'expiring', 'blocked', 'undeclared', 'packs'] as const;
export type Question = (typeof QUESTIONS)[number];

export interface Answers {
  open: OpenApproval[];
  expiring: ExpiringApproval[];
  blocked: BlockedUse[];
  undeclared: UndeclaredFile[];
  packs: PackVersion[];
}

export function ask<Q extends Question>(sql: Sql, question: Q, today: string, days: number): Promise<Answers[Q]> {
  const asked = {
    open: () => sql.query<OpenApproval>(OPEN_APPROVALS, [today]),
    expiring: () => sql.query<ExpiringApproval>(EXPIRING_APPROVALS, [today, days]),
    blocked: () => sql.query<BlockedUse>(BLOCKED_USES),
    undeclared: () => sql.query<UndeclaredFile>(UNDECLARED_FILES),
    packs: () => sql.query<PackVersion>(PACK_VERSIONS),
  }[question];
  return asked() as Promise<Answers[Q]>;
}

export interface SiteData extends Answers {
  today: string;
  days: number;
  productions: Production[];
  uses: NewestUse[];
}

export async function siteData(sql: Sql, today: string, days: number): Promise<SiteData> {
  const [open, expiring, blocked, undeclared, packs, productions, uses] = await Promise.all([
    ask(sql, 'open', today, days),
    ask(sql, 'expiring', today, days),
    ask(sql, 'blocked', today, days),
    ask(sql, 'undeclared', today, days),
    ask(sql, 'packs', today, days),
    sql.query<Production>(PRODUCTIONS),
    sql.query<NewestUse>(NEWEST_USES),
  ]);
  return { today, days, open, expiring, blocked, undeclared, packs, productions, uses };
}
