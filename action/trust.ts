// What the run is judged by, decided before anything from the pull request is read: the trusted
// configuration (default branch or pinned ref), the refs, and the sources of packs and ledger. When a
// configuration exists it alone decides the policy source, the ledger and warn-only: under
// `pull_request` the workflow file, and so the Action's inputs, come from the pull request itself.

import type { ScanScope, TrustedConfig } from '../src/config/load.js';
import { DEFAULT_CONFIG, loadConfig } from '../src/config/load.js';
import type { Diagnostic } from '../src/model/report.js';
import type { GitHubApi, Repo } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { EventPayload, Refs } from './refs.js';
import { defaultBranchOf, resolveRefs } from './refs.js';
import type { Source } from './sources.js';
import { loadConfigBytes, parseSource } from './sources.js';

export interface Trust {
  refs: Refs;
  defaultBranch: string;
  config: TrustedConfig;
  /** Problems in the configuration itself; any of them fails the check closed. */
  configErrors: Diagnostic[];
  policySource: Source;
  ledgerSource: Source;
  warnOnly: boolean;
  scan: ScanScope;
  /** Inputs the configuration overrode, for the log. */
  overridden: string[];
}

export interface TrustContext {
  inputs: ActionInputs;
  event: string;
  payload: EventPayload;
  sha: string | undefined;
  api: GitHubApi;
  policyApi: GitHubApi;
  repo: Repo;
  sleep: (ms: number) => Promise<void>;
}

export async function establishTrust(ctx: TrustContext): Promise<Trust> {
  const { inputs } = ctx;
  const defaultBranch = defaultBranchOf(ctx.payload);
  const configFile = await loadConfigBytes(parseSource(inputs.config, 'config'), inputs.configExplicit, { ...ctx, defaultBranch });
  let config: TrustedConfig = DEFAULT_CONFIG;
  const configErrors: Diagnostic[] = [];
  if (configFile) {
    const loaded = loadConfig(configFile.path, configFile.bytes);
    if ('config' in loaded) config = loaded.config;
    else configErrors.push(...loaded.errors);
  }
  const refs = await resolveRefs({ event: ctx.event, payload: ctx.payload, sha: ctx.sha, defaultBranch, trustedBranches: config.trustedBranches, api: ctx.api, repo: ctx.repo, sleep: ctx.sleep });

  const overridden: string[] = [];
  const decide = <T>(input: string, fromInput: T, fromConfig: T | undefined, fallback: T, same: (a: T, b: T) => boolean): T => {
    // With a configuration file, its value (or the safe default) wins over whatever the workflow says.
    if (!configFile) return fromInput;
    const value = fromConfig ?? fallback;
    // An input the workflow leaves unset is not ignored: README's own workflow sets none.
    if (ctx.inputs.named.has(input) && !same(value, fromInput)) overridden.push(input);
    return value;
  };
  // A configuration that names no ledger while the workflow names one would silently drop to
  // format-only approvals, where any reference that looks right clears its rules: refuse instead.
  if (configFile && !config.ledger && inputs.ledger) {
    configErrors.push({
      file: configFile.path,
      line: 1,
      column: 1,
      code: 'ledger-not-configured',
      message: `the workflow names the ledger ${inputs.ledger}, but the trusted configuration names none; add \`ledger: ${inputs.ledger}\` to ${configFile.path} (the configuration decides the ledger)`,
    });
  }
  const policyText = decide('policy-source', inputs.policySource, config.policySource, 'bundled', (a, b) => a === b);
  const ledgerText = decide('ledger', inputs.ledger, config.ledger, '', (a, b) => a === b);
  const warnOnly = decide('warn-only', inputs.warnOnly, config.warnOnly, false, (a, b) => a === b);
  // A pull request can edit its own workflow to `scan: off`: with a configuration, it decides (default changed).
  const scan = decide<ScanScope>('scan', inputs.scan, config.scan, 'changed', (a, b) => a === b);
  return {
    refs,
    defaultBranch,
    config,
    configErrors,
    policySource: parseSource(policyText, 'policy-source'),
    ledgerSource: parseSource(ledgerText, 'ledger'),
    warnOnly,
    scan,
    overridden,
  };
}
