// The semver verdict: how big a bump a set of changes needs, how big a bump the versions declare,
// and whether the one covers the other.
import { compareVersions, parseVersion } from './semver.js';

export type Bump = 'none' | 'patch' | 'minor' | 'major';
export type DeclaredBump = Bump | 'downgrade';

const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (BUMP_RANK[b] > BUMP_RANK[a] ? b : a), 'none');
}

export function declaredBump(from: string, to: string): DeclaredBump {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return 'none';
  if (compareVersions(to, from) < 0) return 'downgrade';
  if (y.major > x.major) return 'major';
  if (y.minor > x.minor) return 'minor';
  if (y.patch > x.patch) return 'patch';
  return 'none';
}

export function isEnough(declared: DeclaredBump, required: Bump): boolean {
  if (declared === 'downgrade') return required === 'none';
  return BUMP_RANK[declared] >= BUMP_RANK[required];
}

export function nextVersion(from: string, bump: Bump): string {
  const v = parseVersion(from);
  if (!v) return from;
  if (bump === 'major') return `${v.major + 1}.0.0`;
  if (bump === 'minor') return `${v.major}.${v.minor + 1}.0`;
  if (bump === 'patch') return `${v.major}.${v.minor}.${v.patch + 1}`;
  return from;
}
