// The one GraphQL query the emulator understands: `{ viewer { login databaseId } }`, which is how a
// workflow learns who GITHUB_TOKEN is (`github-actions[bot]`) since REST `GET /user` refuses
// installation tokens. Anything else gets a GraphQL error, as GitHub would for a query it rejects.

import { legacyNodeId } from './github-objects.js';
import type { Identity } from './github-objects.js';

export interface GraphqlAnswer {
  body: unknown;
  /** False when the query was outside what the emulator supports (recorded as a violation). */
  supported: boolean;
}

const VIEWER_QUERY = /^(?:query\b\s*(?:[A-Za-z_]\w*)?\s*(?:\([^)]*\))?\s*)?\{\s*viewer\s*\{([^{}]*)\}\s*\}$/;

function viewerField(field: string, who: Identity): unknown {
  switch (field) {
    case 'login':
      return who.login;
    case 'databaseId':
      return who.id;
    case 'id':
      return legacyNodeId(who.type, who.id);
    case '__typename':
      return who.type === 'Bot' ? 'Bot' : 'User';
    default:
      return undefined;
  }
}

function error(message: string, extra: Record<string, unknown> = {}): GraphqlAnswer {
  return { body: { errors: [{ message, ...extra }] }, supported: false };
}

export function answerGraphql(request: unknown, who: Identity): GraphqlAnswer {
  const query = (request as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return error('A query attribute must be specified and must be a string.');
  const compact = query.replace(/#[^\n]*/g, '').trim();
  const match = VIEWER_QUERY.exec(compact);
  if (!match) return error(`The emulator only answers { viewer { login databaseId } }; got: ${compact.slice(0, 200)}`);
  const fields = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
  const viewer: Record<string, unknown> = {};
  for (const field of fields) {
    const value = viewerField(field, who);
    if (value === undefined) {
      return error(`Field '${field}' doesn't exist on type '${who.type === 'Bot' ? 'Bot' : 'User'}'`, {
        path: ['query', 'viewer', field],
        extensions: { code: 'undefinedField', typeName: 'User', fieldName: field },
      });
    }
    viewer[field] = value;
  }
  return { body: { data: { viewer } }, supported: true };
}
