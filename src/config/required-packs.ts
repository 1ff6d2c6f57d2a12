import type { Diagnostic } from '../model/report.js';
import type { Pack, PackLibrary } from '../policy/library.js';
import { compareVersions, parseVersion } from '../policy/semver.js';
import type { TrustedConfig } from './load.js';

export interface RequiredPack {
  name: string;
  /** The lowest version a declaration may pin. */
  minimum: string;
  /** What judges a declaration that pins no version of it: the newest in effect, at least the minimum. */
  fallback: Pack;
}

/**
 * The packs the trusted configuration requires, checked against the packs actually loaded. A required
 * pack that is unknown or has no version in effect is an error on the configuration: the check cannot
 * know what to judge by, so it fails closed.
 */
export function requiredPacks(config: TrustedConfig, library: PackLibrary, today: string): { required: RequiredPack[]; errors: Diagnostic[] } {
  const required: RequiredPack[] = [];
  const errors: Diagnostic[] = [];
  const where = config.path ?? 'the default configuration';
  for (const setting of config.packs) {
    const at = { line: setting.line, column: setting.column, ...(config.path ? { file: config.path } : {}) };
    const versions = library.packs.get(setting.pack);
    if (!versions || versions.length === 0) {
      errors.push({
        ...at,
        code: 'unknown-required-pack',
        message: `${where} requires pack \`${setting.pack}\`, which the policy source does not have (available: ${[...library.packs.keys()].join(', ') || 'none'})`,
      });
      continue;
    }
    const minimum = setting.minimum ?? (versions.at(-1) as Pack).version;
    if (setting.minimum && !versions.some((p) => p.version === setting.minimum)) {
      errors.push({
        ...at,
        code: 'unknown-required-pack',
        message: `${where} requires ${setting.pack} at least ${setting.minimum}, which is not a version the policy source has (available: ${versions.map((p) => p.version).join(', ')})`,
      });
      continue;
    }
    // versions are sorted newest first.
    const fallback = versions.find((p) => p.doc.effective <= today && compareVersions(p.version, minimum) >= 0);
    if (!fallback) {
      errors.push({ ...at, code: 'required-pack-not-in-effect', message: `${where} requires ${setting.pack} ≥ ${minimum}, and no such version is in effect on ${today}` });
      continue;
    }
    required.push({ name: setting.pack, minimum, fallback });
  }
  return { required, errors };
}

export const majorOf = (version: string) => parseVersion(version)?.major ?? 0;
