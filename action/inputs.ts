// Every input's default lives here and only here; action.yml documents inputs without defaults so the
// two can never disagree (dependency-review-action's lesson).

export type CommentMode = 'always' | 'on-change' | 'never';

export interface ActionInputs {
  declarations: string;
  policySource: string;
  ledger: string;
  token: string;
  policyToken: string;
  comment: CommentMode;
  warnOnly: boolean;
}

export const DEFAULTS = {
  declarations: '**/genai-usage.yml',
  policySource: 'bundled',
  ledger: '',
  comment: 'on-change',
  warnOnly: false,
} as const;

export class InputError extends Error {}

export function readInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string) => get(name).trim();
  const comment = value('comment') || DEFAULTS.comment;
  if (!['always', 'on-change', 'never'].includes(comment)) throw new InputError(`input comment must be always, on-change or never; got "${comment}"`);
  const warnOnlyText = value('warn-only').toLowerCase();
  if (warnOnlyText !== '' && !['true', 'false'].includes(warnOnlyText)) throw new InputError(`input warn-only must be true or false; got "${warnOnlyText}"`);
  const token = value('token');
  if (!token) throw new InputError('input token is empty: pass `token: ${{ github.token }}` (the default) or a token with pull-requests: write');
  return {
    declarations: value('declarations') || DEFAULTS.declarations,
    policySource: value('policy-source') || DEFAULTS.policySource,
    ledger: value('ledger') || DEFAULTS.ledger,
    token,
    policyToken: value('policy-token') || token,
    comment: comment as CommentMode,
    warnOnly: warnOnlyText === '' ? DEFAULTS.warnOnly : warnOnlyText === 'true',
  };
}
