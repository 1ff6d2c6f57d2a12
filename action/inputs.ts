// Every input's default lives here and only here; action.yml documents inputs without defaults so the
// two can never disagree (dependency-review-action's lesson).

import type { ScanScope } from '../src/config/load.js';
import { CONFIG_PATH } from '../src/config/load.js';
import { DEFAULT_DECLARATION_GLOB } from '../src/util/glob.js';

export type CommentMode = 'always' | 'on-change' | 'never';

export interface ActionInputs {
  declarations: string;
  /** The trusted configuration: a path at the default branch, or `owner/repo/path@ref`. */
  config: string;
  /** Set only when the workflow named it: then a missing configuration is an error, not the default. */
  configExplicit: boolean;
  /** Tells this job's sticky comment apart from another job's on the same pull request. */
  commentKey: string;
  policySource: string;
  ledger: string;
  token: string;
  policyToken: string;
  /** Sets the commit status; a dedicated App's token lets branch protection require that App's status. */
  statusToken: string;
  comment: CommentMode;
  warnOnly: boolean;
  /** Which media files are read and judged against the declarations. */
  scan: ScanScope;
  /** The inputs the workflow set: only these can be said to be ignored when the configuration decides. */
  named: ReadonlySet<string>;
  /** Write the evidence packet (to RUNNER_TEMP; output `packet-path`). */
  packet: boolean;
}

export const DEFAULTS = {
  declarations: DEFAULT_DECLARATION_GLOB,
  config: CONFIG_PATH,
  commentKey: '',
  policySource: 'bundled',
  ledger: '',
  comment: 'on-change',
  warnOnly: false,
  scan: 'changed',
  packet: false,
} as const;

class InputError extends Error {}

export function readInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string) => get(name).trim();
  const comment = value('comment') || DEFAULTS.comment;
  if (!['always', 'on-change', 'never'].includes(comment)) throw new InputError(`input comment must be always, on-change or never; got "${comment}"`);
  const warnOnlyText = value('warn-only').toLowerCase();
  if (warnOnlyText !== '' && !['true', 'false'].includes(warnOnlyText)) throw new InputError(`input warn-only must be true or false; got "${warnOnlyText}"`);
  const commentKey = value('comment-key');
  if (commentKey !== '' && !/^[A-Za-z0-9_.-]{1,64}$/.test(commentKey)) throw new InputError(`input comment-key must be 1 to 64 letters, digits, '.', '_' or '-'; got "${commentKey}"`);
  const scan = value('scan') || DEFAULTS.scan;
  if (!['changed', 'all', 'off'].includes(scan)) throw new InputError(`input scan must be changed, all or off; got "${scan}"`);
  const packetText = value('packet').toLowerCase();
  if (packetText !== '' && !['true', 'false'].includes(packetText)) throw new InputError(`input packet must be true or false; got "${packetText}"`);
  const token = value('token');
  if (!token) throw new InputError('input token is empty: pass `token: ${{ github.token }}` (the default) or a token with pull-requests: write');
  return {
    declarations: value('declarations') || DEFAULTS.declarations,
    config: value('config') || DEFAULTS.config,
    configExplicit: value('config') !== '',
    commentKey,
    policySource: value('policy-source') || DEFAULTS.policySource,
    ledger: value('ledger') || DEFAULTS.ledger,
    token,
    policyToken: value('policy-token') || token,
    statusToken: value('status-token') || token,
    comment: comment as CommentMode,
    warnOnly: warnOnlyText === '' ? DEFAULTS.warnOnly : warnOnlyText === 'true',
    scan: scan as ScanScope,
    named: new Set(['policy-source', 'ledger', 'warn-only', 'scan'].filter((name) => value(name) !== '')),
    packet: packetText === '' ? DEFAULTS.packet : packetText === 'true',
  };
}
