import { compareText } from '../util/order.js';
export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(v: string): Version | undefined {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return compareText(a, b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}
