// What GitHub itself keeps about a pull request's comments and reviews that nobody with write access can
// rewrite: the text of every revision of an edited comment or review (its edit history; a revision
// removed from the history leaves a record that it was), and a record of each deleted comment with
// its author. The Action has no storage of its own a pull request's author cannot edit (its comments,
// statuses and artifacts are all writable by the same people), so a revoke an approver once posted is
// found here even after its comment was edited or deleted.

import { isObject, MalformedResponseError } from './http.js';

export interface Revision {
  /** When this revision was written. */
  at: string;
  /** Its text; undefined when the revision was removed from the history. */
  text?: string;
}

export interface ContentHistory {
  /** Comments deleted from the pull request: when, and whose they were (undefined: a deleted account). */
  deletions: Array<{ at: string; author?: string }>;
  /** Earlier revisions of each edited review, by review id. */
  reviews: Map<number, Revision[]>;
  /** Earlier revisions of each edited comment, by comment id. */
  comments: Map<number, Revision[]>;
}

type Graphql = <T>(query: string) => Promise<T>;

const EDITS = 'userContentEdits(first: 100) { pageInfo { hasNextPage } nodes { editedAt deletedAt diff } }';
/** Node ids a query asks for at once: GitHub limits a query's nodes, and 100 edit lists stay below it. */
const NODES_PER_QUERY = 50;

function revisions(what: string, edits: unknown): Revision[] {
  if (!isObject(edits) || !Array.isArray(edits.nodes)) throw new MalformedResponseError(`the edit history of ${what} (GraphQL)`);
  if (isObject(edits.pageInfo) && edits.pageInfo.hasNextPage === true) throw new Error(`${what} was edited more than 100 times; its history cannot be read completely (fails closed)`);
  return edits.nodes.map((n: unknown) => {
    const node = isObject(n) ? n : {};
    const at = typeof node.editedAt === 'string' ? node.editedAt : '';
    // A revision removed from the history keeps its record, without its text.
    return typeof node.diff === 'string' && (node.deletedAt === null || node.deletedAt === undefined) ? { at, text: node.diff } : { at };
  });
}

/**
 * The history of a pull request's deleted comments and edited reviews, and of the edited comments
 * named by node id. Anything GitHub cannot list completely fails the run closed.
 */
export async function readContentHistory(
  graphql: Graphql,
  repo: { owner: string; repo: string },
  pull: number,
  editedComments: ReadonlyArray<{ id: number; nodeId: string }>,
): Promise<ContentHistory> {
  const query = `query { repository(owner: ${JSON.stringify(repo.owner)}, name: ${JSON.stringify(repo.repo)}) { pullRequest(number: ${pull}) { timelineItems(itemTypes: [COMMENT_DELETED_EVENT], first: 100) { pageInfo { hasNextPage } nodes { ... on CommentDeletedEvent { createdAt deletedCommentAuthor { login } } } } reviews(first: 100) { nodes { databaseId lastEditedAt ${EDITS} } } } } }`;
  const answer = await graphql<{ repository?: { pullRequest?: Record<string, unknown> | null } }>(query);
  const pr = answer?.repository?.pullRequest;
  const timeline = isObject(pr) ? pr.timelineItems : undefined;
  const reviewList = isObject(pr) ? pr.reviews : undefined;
  if (!isObject(timeline) || !Array.isArray(timeline.nodes) || !isObject(reviewList) || !Array.isArray(reviewList.nodes)) throw new MalformedResponseError(`the history of #${pull} (GraphQL)`);
  if (isObject(timeline.pageInfo) && timeline.pageInfo.hasNextPage === true) throw new Error(`more than 100 comments were deleted from #${pull}; its history cannot be read completely (fails closed)`);
  const deletions = timeline.nodes.map((n: unknown) => {
    const node = isObject(n) ? n : {};
    const author = isObject(node.deletedCommentAuthor) && typeof node.deletedCommentAuthor.login === 'string' ? node.deletedCommentAuthor.login : undefined;
    return { at: typeof node.createdAt === 'string' ? node.createdAt : '', ...(author ? { author } : {}) };
  });
  const reviews = new Map<number, Revision[]>();
  for (const n of reviewList.nodes as unknown[]) {
    if (!isObject(n) || typeof n.databaseId !== 'number' || n.lastEditedAt === null || n.lastEditedAt === undefined) continue;
    reviews.set(n.databaseId, revisions(`review ${n.databaseId}`, n.userContentEdits));
  }
  const comments = new Map<number, Revision[]>();
  for (let i = 0; i < editedComments.length; i += NODES_PER_QUERY) {
    const batch = editedComments.slice(i, i + NODES_PER_QUERY);
    const nodes = await graphql<{ nodes?: unknown }>(`query { nodes(ids: [${batch.map((c) => JSON.stringify(c.nodeId)).join(', ')}]) { ... on IssueComment { databaseId ${EDITS} } } }`);
    if (!Array.isArray(nodes?.nodes)) throw new MalformedResponseError(`the edit history of comments of #${pull} (GraphQL)`);
    for (const c of batch) {
      const node = (nodes.nodes as unknown[]).find((n) => isObject(n) && n.databaseId === c.id);
      // A comment deleted since it was listed has no history left to read; its deletion is recorded.
      if (node !== undefined) comments.set(c.id, revisions(`comment ${c.id}`, (node as Record<string, unknown>).userContentEdits));
    }
  }
  return { deletions, reviews, comments };
}
