import type { GitHubApi, Repo, TreeEntry } from './github-types.js';

/** The same API, with each commit's tree listed once however many readers ask for it. */
export function withTreeCache(api: GitHubApi): GitHubApi {
  const trees = new Map<string, Promise<TreeEntry[]>>();
  return Object.assign(Object.create(api) as GitHubApi, {
    listTree(repo: Repo, ref: string): Promise<TreeEntry[]> {
      const key = `${repo.owner}/${repo.repo}@${ref}`;
      let listing = trees.get(key);
      if (!listing) trees.set(key, (listing = api.listTree(repo, ref)));
      return listing;
    },
  });
}
