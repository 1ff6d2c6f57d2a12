// The GraphQL queries the emulator understands: `{ viewer { login databaseId } }`, which is how a
// workflow learns who GITHUB_TOKEN is (`github-actions[bot]`) since REST `GET /user` refuses
// installation tokens; and a batch of blobs by object id,
// `query { repository(owner: "o", name: "r") { b0: object(oid: "…") { ... on Blob { text isBinary isTruncated byteSize } } … } }`,
// which is how a studio's hundreds of declarations are read in a few requests; and a pull request's
// reviews with `lastEditedAt`, which REST does not give. Anything else gets a
// GraphQL error, as GitHub would for a query it rejects.

import type { Revision } from './emulator-state.js';
import type { Identity } from './github-objects.js';
import { legacyNodeId } from './github-objects.js';

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

const REPOSITORY_QUERY = /^query\b[^{]*\{\s*repository\(owner:\s*"([^"]+)",\s*name:\s*"([^"]+)"\)\s*\{([\s\S]*)\}\s*\}$/;
const BLOB_ALIAS = /([A-Za-z_]\w*):\s*object\(oid:\s*"([0-9a-f]{40})"\)\s*\{\s*\.\.\.\s*on\s+Blob\s*\{\s*text\s+isBinary\s+isTruncated\s+byteSize\s*\}\s*\}/g;

/** Looks a blob up by its git object id in a repository: its bytes, or undefined. */
export type BlobLookup = (owner: string, name: string, oid: string) => Buffer | undefined;

/** A pull request's reviews as GraphQL shows them (`lastEditedAt` is what REST does not give). */
export type ReviewLookup = (
  owner: string,
  name: string,
  pull: number,
) => Array<{ databaseId: number; body: string; lastEditedAt: string | null; submittedAt: string; url: string; author: { login: string } }> | undefined;

const REVIEWS_QUERY =
  /^query\s*\{\s*repository\(owner:\s*"([^"]+)",\s*name:\s*"([^"]+)"\)\s*\{\s*pullRequest\(number:\s*(\d+)\)\s*\{\s*reviews\(first:\s*100\)\s*\{\s*pageInfo\s*\{\s*hasNextPage\s*\}\s*nodes\s*\{\s*databaseId\s+body\s+lastEditedAt\s+submittedAt\s+url\s+author\s*\{\s*login\s*\}\s*\}\s*\}\s*\}\s*\}\s*\}$/;

/** GitHub's Blob.text is the UTF-8 text (replacement characters where bytes are invalid); null for binary. */
function blobObject(bytes: Buffer): unknown {
  const binary = bytes.includes(0);
  return { text: binary ? null : bytes.toString('utf8'), isBinary: binary, isTruncated: false, byteSize: bytes.length };
}

/** What GitHub keeps about a pull request's edited and deleted content. */
export interface HistoryLookup {
  pull(
    owner: string,
    name: string,
    pull: number,
  ): { deletions: Array<{ at: string; author: string | null }>; reviews: Array<{ databaseId: number; lastEditedAt: string | null; edits: Revision[] }> } | undefined;
  /** An issue comment by its node id. */
  comment(nodeId: string): { databaseId: number; edits: Revision[] } | undefined;
}

const EDITS = String.raw`userContentEdits\(first:\s*100\)\s*\{\s*pageInfo\s*\{\s*hasNextPage\s*\}\s*nodes\s*\{\s*editedAt\s+deletedAt\s+diff\s*\}\s*\}`;
const HISTORY_QUERY = new RegExp(
  String.raw`^query\s*\{\s*repository\(owner:\s*"([^"]+)",\s*name:\s*"([^"]+)"\)\s*\{\s*pullRequest\(number:\s*(\d+)\)\s*\{\s*timelineItems\(itemTypes:\s*\[COMMENT_DELETED_EVENT\],\s*first:\s*100\)\s*\{\s*pageInfo\s*\{\s*hasNextPage\s*\}\s*nodes\s*\{\s*\.\.\.\s*on\s+CommentDeletedEvent\s*\{\s*createdAt\s+deletedCommentAuthor\s*\{\s*login\s*\}\s*\}\s*\}\s*\}\s*reviews\(first:\s*100\)\s*\{\s*nodes\s*\{\s*databaseId\s+lastEditedAt\s+${EDITS}\s*\}\s*\}\s*\}\s*\}\s*\}$`,
);
const NODES_QUERY = new RegExp(String.raw`^query\s*\{\s*nodes\(ids:\s*\[((?:\s*"[^"]+"\s*,?)*)\]\)\s*\{\s*\.\.\.\s*on\s+IssueComment\s*\{\s*databaseId\s+${EDITS}\s*\}\s*\}\s*\}$`);

/** GitHub lists edits newest first; a revision removed from the history keeps its record without text. */
function editList(edits: readonly Revision[]): unknown {
  const nodes = [...edits].reverse().map((e) => ({ editedAt: e.at, deletedAt: e.body === null ? e.at : null, diff: e.body }));
  return { pageInfo: { hasNextPage: nodes.length > 100 }, nodes: nodes.slice(0, 100) };
}

export function answerGraphql(request: unknown, who: Identity, blobs?: BlobLookup, reviews?: ReviewLookup, history?: HistoryLookup): GraphqlAnswer {
  const query = (request as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return error('A query attribute must be specified and must be a string.');
  const compact = query.replace(/#[^\n]*/g, '').trim();
  const historyQuery = HISTORY_QUERY.exec(compact);
  if (historyQuery && history) {
    const found = history.pull(historyQuery[1] as string, historyQuery[2] as string, Number(historyQuery[3]));
    if (!found) return { body: { data: { repository: { pullRequest: null } } }, supported: true };
    const deletions = found.deletions.map((d) => ({ createdAt: d.at, deletedCommentAuthor: d.author === null ? null : { login: d.author } }));
    return {
      body: {
        data: {
          repository: {
            pullRequest: {
              timelineItems: { pageInfo: { hasNextPage: deletions.length > 100 }, nodes: deletions.slice(0, 100) },
              reviews: { nodes: found.reviews.map((r) => ({ databaseId: r.databaseId, lastEditedAt: r.lastEditedAt, userContentEdits: editList(r.edits) })) },
            },
          },
        },
      },
      supported: true,
    };
  }
  const nodesQuery = NODES_QUERY.exec(compact);
  if (nodesQuery && history) {
    const ids = [...(nodesQuery[1] as string).matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
    const nodes = ids.map((id) => {
      const c = history.comment(id);
      return c ? { databaseId: c.databaseId, userContentEdits: editList(c.edits) } : null;
    });
    return { body: { data: { nodes } }, supported: true };
  }
  const reviewQuery = REVIEWS_QUERY.exec(compact);
  if (reviewQuery && reviews) {
    const nodes = reviews(reviewQuery[1] as string, reviewQuery[2] as string, Number(reviewQuery[3]));
    if (!nodes) return { body: { data: { repository: { pullRequest: null } } }, supported: true };
    return { body: { data: { repository: { pullRequest: { reviews: { pageInfo: { hasNextPage: nodes.length > 100 }, nodes: nodes.slice(0, 100) } } } } }, supported: true };
  }
  const repository = REPOSITORY_QUERY.exec(compact);
  if (repository && blobs) {
    const [, owner, name, selection] = repository as unknown as [string, string, string, string];
    const repo: Record<string, unknown> = {};
    let matched = 0;
    for (const m of selection.matchAll(BLOB_ALIAS)) {
      const bytes = blobs(owner, name, m[2] as string);
      repo[m[1] as string] = bytes === undefined ? null : blobObject(bytes);
      matched += m[0].length;
    }
    if (matched === 0) return error(`The emulator only answers blob batches in repository queries; got: ${compact.slice(0, 200)}`);
    return { body: { data: { repository: repo } }, supported: true };
  }
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
