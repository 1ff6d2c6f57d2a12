// The trusted configuration: what a repository's declarations are judged by. The shells read it from the
// trusted side only (the default branch, a pinned ref, or the user's own checkout for the CLI); nothing
// in the declarations under review can change it.
import { readDocument } from '../documents/read.js';
import { validateConfig } from '../generated/validators.js';
import type { Diagnostic, Position } from '../model/report.js';

export const CONFIG_PATH = '.github/genai-clearance.yml';

/** The pack every declaration is judged by when there is no configuration. */
export const DEFAULT_REQUIRED_PACK = 'netflix-genai';

export interface RequiredPackSetting extends Position {
  pack: string;
  minimum?: string;
}

export interface TrustedConfig {
  /** Where it was read, for messages; absent for the built-in default. */
  path?: string;
  production?: string;
  productionAt?: Position;
  packs: RequiredPackSetting[];
  policySource?: string;
  ledger?: string;
  trustedBranches: string[];
  warnOnly?: boolean;
  /** Who may approve from the pull request; absent: approvals come only from the ledger. */
  approvers?: { users: string[]; teams: string[] };
  /** Globs on repository paths where deliverables live; empty: no file counts as delivered. */
  deliverables: string[];
  /** PEM certificates of further C2PA signers to trust. */
  trustAnchors?: string;
  /** Which media files the Action reads; absent: the workflow's input decides. */
  scan?: ScanScope;
}

export type ScanScope = 'changed' | 'all' | 'off';

interface ConfigDocument {
  provenance?: { deliverables?: string[]; trust_anchors?: string; scan?: ScanScope };
  approvers?: { users?: string[]; teams?: string[] };
  production?: string;
  packs?: Array<{ pack: string; minimum?: string }>;
  policy_source?: string;
  ledger?: string;
  trusted_branches?: string[];
  warn_only?: boolean;
}

const CONFIG = { name: 'trusted configuration', shape: '`format: genai-clearance-config/v1` and the settings to enforce', validate: validateConfig };

export const DEFAULT_CONFIG: TrustedConfig = { packs: [{ pack: DEFAULT_REQUIRED_PACK, line: 1, column: 1 }], trustedBranches: [], deliverables: [] };

export function loadConfig(path: string, content: string | Uint8Array): { config: TrustedConfig } | { errors: Diagnostic[] } {
  const read = readDocument<ConfigDocument>(CONFIG, path, content);
  if ('errors' in read) return { errors: read.errors };
  const { value: doc, source } = read;
  // One entry per pack: with two, which minimum holds would depend on their order.
  const seen = new Map<string, number>();
  const duplicates: Diagnostic[] = [];
  (doc.packs ?? []).forEach((p, i) => {
    const first = seen.get(p.pack);
    if (first === undefined) seen.set(p.pack, i);
    else
      duplicates.push({
        ...source.locate(['packs', i, 'pack']),
        file: path,
        path: `packs[${i}].pack`,
        code: 'duplicate-pack',
        message: `packs[${i}]: \`${p.pack}\` is already listed at packs[${first}]; list each pack once, with one minimum`,
      });
  });
  if (duplicates.length > 0) return { errors: duplicates };
  const packs = doc.packs ?? [{ pack: DEFAULT_REQUIRED_PACK }];
  const config: TrustedConfig = {
    path,
    packs: packs.map((p, i) => ({ ...p, ...(doc.packs ? source.locate(['packs', i]) : { line: 1, column: 1 }) })),
    trustedBranches: doc.trusted_branches ?? [],
    deliverables: doc.provenance?.deliverables ?? [],
  };
  if (doc.provenance?.trust_anchors !== undefined) config.trustAnchors = doc.provenance.trust_anchors;
  if (doc.provenance?.scan !== undefined) config.scan = doc.provenance.scan;
  if (doc.production !== undefined) {
    config.production = doc.production;
    config.productionAt = source.locate(['production']);
  }
  if (doc.policy_source !== undefined) config.policySource = doc.policy_source;
  if (doc.ledger !== undefined) config.ledger = doc.ledger;
  if (doc.warn_only !== undefined) config.warnOnly = doc.warn_only;
  if (doc.approvers) config.approvers = { users: doc.approvers.users ?? [], teams: doc.approvers.teams ?? [] };
  return { config };
}
