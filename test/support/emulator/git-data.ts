// Git data endpoints: the Action lists the tree at the pull request's head and reads declarations as
// blobs (contents is capped at 1 MB; blobs are not).

import { fileBytes } from './emulator-state.js';
import { basicError, fakeSha, gitBlobSha, prefixedNodeId, stableId, wrappedBase64 } from './github-objects.js';
import type { Handler, Reply } from './rest-handlers.js';

const DOCS = {
  getTree: 'https://docs.github.com/rest/git/trees#get-a-tree',
  getBlob: 'https://docs.github.com/rest/git/blobs#get-a-blob',
} as const;

const notFound = (docs: string): Reply => ({ status: 404, body: basicError(404, 'Not Found', docs) });

export const getTree: Handler = (ctx, world) => {
  const found = world.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  const ref = ctx.params.tree_sha ?? '';
  const files = found?.repo.files[ref];
  if (!found || !files) return notFound(DOCS.getTree);
  const api = world.apiUrl();
  const base = `${api}/repos/${found.fullName}/git`;
  const recursive = ctx.query.has('recursive');
  const dirs = new Set<string>();
  const blobs = Object.entries(files)
    .filter(([path]) => recursive || !path.includes('/'))
    .map(([path, content]) => {
      const bytes = fileBytes(content);
      const sha = gitBlobSha(bytes);
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
      return { path, mode: '100644', type: 'blob', sha, size: bytes.length, url: `${base}/blobs/${sha}` };
    });
  const trees = [...(recursive ? dirs : [])].map((path) => {
    const sha = fakeSha(`tree ${ref}:${path}`);
    return { path, mode: '040000', type: 'tree', sha, url: `${base}/trees/${sha}` };
  });
  const sha = fakeSha(`tree ${ref}:`);
  return { status: 200, body: { sha, url: `${base}/trees/${sha}`, truncated: false, tree: [...trees, ...blobs].sort((a, b) => (a.path < b.path ? -1 : 1)) } };
};

export const getBlob: Handler = (ctx, world) => {
  const found = world.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  const wanted = ctx.params.file_sha ?? '';
  if (!found) return notFound(DOCS.getBlob);
  for (const files of Object.values(found.repo.files)) {
    for (const content of Object.values(files)) {
      const bytes = fileBytes(content);
      if (gitBlobSha(bytes) !== wanted) continue;
      return {
        status: 200,
        body: {
          sha: wanted,
          node_id: prefixedNodeId('B', stableId(wanted)),
          size: bytes.length,
          url: `${world.apiUrl()}/repos/${found.fullName}/git/blobs/${wanted}`,
          content: wrappedBase64(bytes),
          encoding: 'base64',
        },
      };
    }
  }
  return notFound(DOCS.getBlob);
};
