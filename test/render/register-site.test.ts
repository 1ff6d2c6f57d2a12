// The register site's overview counts in words: one of a thing reads as one.
import { describe, expect, it } from 'vitest';
import type { OpenApproval, Production, SiteData } from '../../src/register/queries.js';
import { renderRegisterSite } from '../../src/render/register-site.js';

const production = (needs: number): Production => ({
  repository: 'studio/show',
  production: 'PRD-0001',
  commit: 'a'.repeat(40),
  evaluation: 'e1',
  evaluated_on: '2026-11-23',
  packs: 'netflix-genai@1.0.0',
  evaluations: 1,
  uses: 2,
  clear: 1,
  approved: 0,
  needs_approval: needs,
  blocked: 0,
  undeclared_files: 0,
});
const open = {
  repository: 'studio/show',
  production: 'PRD-0001',
  path: 'genai-usage.yml',
  use: 'title-card',
  rules: 'final-deliverable',
  waiting_since: '2026-11-20',
  days_waiting: 3,
} as unknown as OpenApproval;
const site = (n: number): SiteData => ({
  today: '2026-11-23',
  days: 1,
  productions: Array.from({ length: n }, () => production(1)),
  uses: [],
  open: Array.from({ length: n }, () => open),
  expiring: [],
  blocked: [],
  undeclared: [],
  packs: [],
});
const overview = (data: SiteData) => /<p>([^<]*as of each one[^<]*)<\/p>/.exec(renderRegisterSite(data).get('index.html') ?? '')?.[1];

describe('the register overview', () => {
  it('one production, one use waiting: singular throughout', () => {
    expect(overview(site(1))).toBe("1 production, as of each one's newest evaluation; 1 use in 1 production waits for approval, 0 are blocked, 0 approvals expire within 1 day of 2026-11-23.");
  });
  it('its twin: two of each read as plural', () => {
    expect(overview(site(2))).toMatch(/^2 productions, .*; 2 uses in 2 productions wait for approval, /);
  });
});
