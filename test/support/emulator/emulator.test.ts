import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { Octokit } from '@octokit/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorState } from './github-emulator.js';
import { faults, GITHUB_ACTIONS_BOT, startEmulator } from './github-emulator.js';
import { contentFile, diffEntry, issueComment, privateUser, pullRequest, simpleUser, workflowRun } from './github-objects.js';
import { checkComponent, checkRequest, checkResponse, findOperation, openApiTimings } from './openapi-check.js';
import { paginate } from './pagination.js';
import { diffFile } from './unified-diff.js';

const BOT_TOKEN = 'ghs_installation_token';
const USER_TOKEN = 'ghp_personal_token';
const OTHER_TOKEN = 'ghp_someone_else';
const OWNER = 'acme';
const REPO = 'film';
const FULL = `${OWNER}/${REPO}`;
const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'b'.repeat(40);

function fixture(): EmulatorState {
  return {
    repos: {
      [FULL]: {
        files: {
          main: { 'README.md': '# Film\n', 'policy/genai.yml': 'version: 1\n', 'policy/rules/a.yml': 'a: 1\n' },
          [BASE_SHA]: { 'README.md': '# Film\n', 'scenes/one.md': 'line 1\nline 2\nline 3\n', 'old.txt': 'gone\n' },
          [HEAD_SHA]: { 'README.md': '# Film\n', 'scenes/one.md': 'line 1\nline two\nline 3\n', 'scenes/two.md': 'new\nfile\n' },
        },
        pulls: { 7: { number: 7, head: { sha: HEAD_SHA, ref: 'feature' }, base: { sha: BASE_SHA, ref: 'main' }, user: 'director' } },
        issues: [3],
      },
    },
    users: {
      [BOT_TOKEN]: GITHUB_ACTIONS_BOT,
      [USER_TOKEN]: { login: 'director', id: 1001, type: 'User' },
      [OTHER_TOKEN]: { login: 'editor', id: 1002, type: 'User' },
    },
    comments: [{ repo: FULL, issue: 7, body: 'first', user: 'director' }],
  };
}

let emulator: Emulator | undefined;

async function start(init: EmulatorState = fixture()): Promise<Emulator> {
  emulator = await startEmulator(init);
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function api(emu: Emulator, path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token = BOT_TOKEN, headers, ...rest } = init;
  return fetch(emu.url + path, {
    ...rest,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token === null ? {} : { authorization: `token ${token}` }),
      ...(rest.body ? { 'content-type': 'application/json' } : {}),
      ...(headers as Record<string, string> | undefined),
    },
  });
}

const octokitFor = (emu: Emulator, token = BOT_TOKEN) => getOctokit(token, { baseUrl: emu.url });

// The shape of Octokit's RequestError, without importing a package that is only a transitive dependency.
interface RequestError extends Error {
  status: number;
  response?: { headers: Record<string, string | undefined> };
}

describe('openapi-check', () => {
  it('matches literal segments before parameters, and keeps %2F inside a parameter', () => {
    expect(findOperation('PATCH', '/repos/o/r/issues/comments/5')).toMatchObject({
      operationId: 'issues/update-comment',
      pathParams: { owner: 'o', repo: 'r', comment_id: '5' },
    });
    expect(findOperation('GET', '/repos/o/r/issues/comments')?.operationId).toBe('issues/list-comments-for-repo');
    expect(findOperation('GET', '/repos/o/r/contents/src%2Fa%20b.ts')?.pathParams.path).toBe('src/a b.ts');
    expect(findOperation('GET', '/repos/o/r/contents/src/deep/a.ts')?.pathParams.path).toBe('src/deep/a.ts');
    expect(findOperation('GET', '/repos/o/r/no-such-thing')).toBeUndefined();
    expect(findOperation('PUT', '/user')).toBeUndefined();
  });

  it('flags a request body without the required field, a mistyped parameter and an unknown one', () => {
    const create = findOperation('POST', '/repos/o/r/issues/1/comments');
    const list = findOperation('GET', '/repos/o/r/issues/x/comments');
    if (!create || !list) throw new Error('operations not found');
    expect(checkRequest(create, { query: new URLSearchParams(), body: { text: 'hi' } })).toEqual([
      expect.objectContaining({ where: 'body', message: expect.stringMatching(/must have required property 'body'/) }),
    ]);
    expect(checkRequest(create, { query: new URLSearchParams(), body: undefined })[0]?.message).toMatch(/requires a request body/);
    const problems = checkRequest(list, { query: new URLSearchParams('per_page=lots&perPage=5'), body: undefined });
    expect(problems.map((p) => p.where).sort()).toEqual(['path', 'query', 'query']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/issue_number must be integer[\s\S]*unknown query parameter "perPage"[\s\S]*per_page must be integer/);
  });

  it('accepts every object the factories build, and rejects a damaged one', () => {
    const api = 'http://127.0.0.1:1';
    const bot = GITHUB_ACTIONS_BOT;
    const repo = { fullName: FULL, id: 9, owner: { login: OWNER, id: 5, type: 'Organization' as const }, defaultBranch: 'main', private: false, fork: false };
    const comment = issueComment(api, {
      id: 1,
      repo: FULL,
      issue: 7,
      isPullRequest: true,
      body: 'x',
      author: bot,
      authorAssociation: 'NONE',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    expect(checkComponent('simple-user', simpleUser(api, bot))).toEqual([]);
    expect(checkComponent('private-user', privateUser(api, { login: 'me', id: 3, type: 'User' }))).toEqual([]);
    expect(checkComponent('issue-comment', comment)).toEqual([]);
    expect(checkComponent('content-file', contentFile(api, { repo: FULL, ref: 'main', path: 'a/b.md' }, Buffer.from('hi')))).toEqual([]);
    expect(checkComponent('diff-entry', diffEntry(api, { repo: FULL, headSha: HEAD_SHA, filename: 'a', status: 'added', sha: null, additions: 1, deletions: 0 }))).toEqual([]);
    const pr = pullRequest(api, {
      number: 7,
      title: 't',
      body: null,
      state: 'open',
      draft: false,
      author: bot,
      authorAssociation: 'NONE',
      base: { ref: 'main', sha: BASE_SHA, repo },
      head: { ref: 'f', sha: HEAD_SHA, repo },
      comments: 0,
      additions: 0,
      deletions: 0,
      changedFiles: 0,
      mergeable: true,
      mergeCommitSha: null,
    });
    expect(checkComponent('pull-request', pr)).toEqual([]);
    const run = workflowRun(api, {
      id: 42,
      attempt: 1,
      path: '.github/workflows/genai.yml',
      event: 'pull_request',
      status: 'in_progress',
      headSha: HEAD_SHA,
      headBranch: 'f',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      repo,
      actor: bot,
    });
    expect(checkComponent('workflow-run', run)).toEqual([]);

    const { user: _user, ...withoutUser } = comment;
    expect(checkComponent('issue-comment', withoutUser)).toEqual(["(root) must have required property 'user'"]);
    expect(checkComponent('issue-comment', { ...comment, created_at: 'yesterday' })).toEqual(['/created_at must match format "date-time"']);
    expect(checkComponent('issue-comment', { ...comment, author_association: 'BOT' })[0]).toMatch(/author_association must be equal to one of the allowed values/);
  });

  it('checks a response against the schema for its status, and notices undeclared bodies', () => {
    const del = findOperation('DELETE', '/repos/o/r/issues/comments/1');
    const get = findOperation('GET', '/repos/o/r/pulls/1');
    if (!del || !get) throw new Error('operations not found');
    expect(checkResponse(del, { status: 204, mediaType: 'application/json', body: undefined })).toEqual([]);
    expect(checkResponse(del, { status: 204, mediaType: 'application/json', body: {} })[0]?.message).toMatch(/declares no body/);
    expect(checkResponse(get, { status: 201, mediaType: 'application/json', body: {} })[0]?.message).toMatch(/status 201 is not described/);
    // Undocumented error statuses are held to GitHub's generic error shape.
    expect(checkResponse(get, { status: 401, mediaType: 'application/json', body: { message: 'Bad credentials' } })).toEqual([]);
    expect(checkResponse(get, { status: 401, mediaType: 'application/json', body: { message: 42 } })[0]?.message).toMatch(/message must be string/);
  });
});

describe('helpers', () => {
  it('writes Link headers the way GitHub does', () => {
    const items = Array.from({ length: 195 }, (_, i) => i);
    const self = 'http://h/repos/o/r/issues/1/comments';
    const middle = paginate(items, new URLSearchParams('per_page=20&page=2'), self);
    expect(middle.items).toEqual(items.slice(20, 40));
    expect(middle.link).toBe(
      `<${self}?per_page=20&page=1>; rel="prev", <${self}?per_page=20&page=3>; rel="next", ` + `<${self}?per_page=20&page=10>; rel="last", <${self}?per_page=20&page=1>; rel="first"`,
    );
    expect(paginate(items, new URLSearchParams('page=7'), self).link).toBe(`<${self}?page=6>; rel="prev", <${self}?page=1>; rel="first"`);
    expect(paginate(items, new URLSearchParams('per_page=500'), self).items).toHaveLength(100);
    expect(paginate(items.slice(0, 30), new URLSearchParams(), self).link).toBeUndefined();
  });

  it('diffs a file into one hunk whose counts agree with it', () => {
    expect(diffFile('a\nb\nc\n', 'a\nB\nc\n')).toEqual({ additions: 1, deletions: 1, patch: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c' });
    expect(diffFile(undefined, 'x\ny\n')).toEqual({ additions: 2, deletions: 0, patch: '@@ -0,0 +1,2 @@\n+x\n+y' });
    expect(diffFile('x\n', undefined)).toEqual({ additions: 0, deletions: 1, patch: '@@ -1,1 +0,0 @@\n-x' });
    expect(diffFile('same\n', 'same\n')).toEqual({ additions: 0, deletions: 0 });
  });
});

describe('emulator over plain fetch', () => {
  it('requires authentication and sends GitHub headers on every response', async () => {
    const emu = await start();
    const res = await api(emu, `/repos/${FULL}/pulls/7`, { token: null });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });
    for (const header of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource', 'x-github-request-id']) {
      expect(res.headers.get(header), header).toBeTruthy();
    }
    expect((await api(emu, `/repos/${FULL}/pulls/7`, { token: 'nope' })).status).toBe(401);
    expect(emu.violations).toEqual([]);
    expect(emu.requests.map((r) => r.status)).toEqual([401, 401]);
  });

  it('serves files as base64 content-file objects, raw bytes, directory listings and 404s', async () => {
    const emu = await start();
    const file = await api(emu, `/repos/${FULL}/contents/policy%2Fgenai.yml?ref=main`);
    expect(file.status).toBe(200);
    const json = (await file.json()) as { type: string; encoding: string; content: string; size: number };
    expect(json).toMatchObject({ type: 'file', encoding: 'base64', size: 11 });
    expect(Buffer.from(json.content, 'base64').toString('utf8')).toBe('version: 1\n');

    const raw = await api(emu, `/repos/${FULL}/contents/policy/genai.yml`, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(await raw.text()).toBe('version: 1\n');

    const dir = await api(emu, `/repos/${FULL}/contents/policy?ref=main`);
    expect(((await dir.json()) as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ['genai.yml', 'file'],
      ['rules', 'dir'],
    ]);
    const object = await api(emu, `/repos/${FULL}/contents/policy`, { headers: { accept: 'application/vnd.github.object' } });
    expect(((await object.json()) as { entries: unknown[] }).entries).toHaveLength(2);

    const missing = await api(emu, `/repos/${FULL}/contents/nope.md`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: 'Not Found', documentation_url: expect.any(String), status: '404' });
    const badRef = await api(emu, `/repos/${FULL}/contents/README.md?ref=${'c'.repeat(40)}`);
    expect(((await badRef.json()) as { message: string }).message).toBe(`No commit found for the ref ${'c'.repeat(40)}`);
    expect(emu.violations).toEqual([]);
  });

  it('answers an unknown endpoint with 404 and records a violation', async () => {
    const emu = await start();
    expect((await api(emu, `/repos/${FULL}/pull/7`)).status).toBe(404);
    expect((await api(emu, `/repos/${FULL}/issues/7/labels`)).status).toBe(404); // documented, not emulated
    expect(emu.violations).toEqual([
      expect.stringMatching(/^unknown endpoint: GET \/repos\/acme\/film\/pull\/7 is not in GitHub's OpenAPI/),
      expect.stringMatching(/^unknown endpoint: GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/labels .* is not emulated/),
    ]);
  });

  it('rejects a comment without `body` with 422 and records the violation', async () => {
    const emu = await start();
    const res = await api(emu, `/repos/${FULL}/issues/7/comments`, { method: 'POST', body: JSON.stringify({ text: 'hello' }) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toMatch(/^Invalid request\./);
    expect(emu.violations).toEqual([expect.stringMatching(/issues\/create-comment.*request body \(root\) must have required property 'body'/)]);
    expect(emu.state.comments).toHaveLength(1);
  });

  it('catches a response that does not match the description', async () => {
    const emu = await start();
    emu.tamper({
      match: { method: 'GET', pathRegex: /\/pulls\/7$/ },
      mutate: (body) => ({ ...(body as object), number: 'seven', head: undefined }),
    });
    expect((await api(emu, `/repos/${FULL}/pulls/7`)).status).toBe(200);
    expect(emu.violations.join('\n')).toMatch(/pulls\/get\) response 200: body \(root\) must have required property 'head'/);
    expect(emu.violations.join('\n')).toMatch(/\/number must be integer/);
  });

  it('refuses GET /user to installation tokens, like GitHub, and answers the viewer query', async () => {
    const emu = await start();
    const bot = await api(emu, '/user');
    expect(bot.status).toBe(403);
    expect(((await bot.json()) as { message: string }).message).toBe('Resource not accessible by integration');
    const user = await api(emu, '/user', { token: USER_TOKEN });
    expect(await user.json()).toMatchObject({ login: 'director', id: 1001, type: 'User' });

    const viewer = await api(emu, '/graphql', { method: 'POST', body: JSON.stringify({ query: 'query { viewer { login databaseId } }' }) });
    expect(await viewer.json()).toEqual({ data: { viewer: { login: 'github-actions[bot]', databaseId: 41898282 } } });
    expect(viewer.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(emu.violations).toEqual([]);

    const other = await api(emu, '/graphql', { method: 'POST', body: JSON.stringify({ query: '{ repository(owner:"a", name:"b") { id } }' }) });
    expect(((await other.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(emu.violations).toEqual([expect.stringMatching(/^unsupported GraphQL request/)]);
  });
});

describe('emulator through Octokit', () => {
  it('reads file contents, the pull request and its changed files', async () => {
    const emu = await start();
    const octokit = octokitFor(emu);
    const { data: file } = await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'scenes/one.md', ref: HEAD_SHA });
    expect(Array.isArray(file) ? undefined : Buffer.from((file as { content: string }).content, 'base64').toString()).toBe('line 1\nline two\nline 3\n');
    const { data: raw } = await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'README.md', mediaType: { format: 'raw' } });
    expect(raw).toBe('# Film\n');

    const { data: pr } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(pr).toMatchObject({ number: 7, head: { sha: HEAD_SHA, ref: 'feature' }, base: { sha: BASE_SHA }, user: { login: 'director' }, changed_files: 3 });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 7, per_page: 2 });
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['old.txt', 'removed', 0, 1],
      ['scenes/one.md', 'modified', 1, 1],
      ['scenes/two.md', 'added', 2, 0],
    ]);
    expect(files[1]?.patch).toBe('@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line two\n line 3');
    const { data: diff } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7, mediaType: { format: 'diff' } });
    expect(diff).toContain('diff --git a/scenes/two.md b/scenes/two.md\nnew file mode 100644\n--- /dev/null\n+++ b/scenes/two.md\n@@ -0,0 +1,2 @@\n+new\n+file\n');
    const missing = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 8 }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: 'HttpError' });
    expect((missing as RequestError).status).toBe(404);
    expect(emu.violations).toEqual([]);
  });

  it('paginates 2,000 comments with Link headers, at 100 and at the default 30 per page', async () => {
    const init = fixture();
    init.comments = Array.from({ length: 2000 }, (_, i) => ({ repo: FULL, issue: 7, body: `comment ${i}`, user: i % 2 ? 'director' : GITHUB_ACTIONS_BOT.login }));
    const emu = await start(init);
    const octokit = octokitFor(emu);
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: 7, per_page: 100 });
    expect(all).toHaveLength(2000);
    expect(all.map((c) => c.body)).toEqual(init.comments.map((c) => c.body));
    expect(emu.requests).toHaveLength(20);
    expect(emu.requests[19]?.query).toEqual({ per_page: '100', page: '20' });

    const byDefault = await octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: 7 });
    expect(new Set(byDefault.map((c) => c.id)).size).toBe(2000);
    expect(emu.requests).toHaveLength(20 + Math.ceil(2000 / 30));
    expect(emu.violations).toEqual([]);
  });

  it('creates, updates and deletes comments, enforcing authorship and the body limit', async () => {
    const emu = await start();
    const bot = octokitFor(emu);
    const { data: created, status, headers } = await bot.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'report v1' });
    expect(status).toBe(201);
    expect(headers.location).toBe(created.url);
    expect(created).toMatchObject({ body: 'report v1', user: { login: 'github-actions[bot]', type: 'Bot' }, author_association: 'NONE' });
    expect(created.html_url).toBe(`https://github.com/${FULL}/pull/7#issuecomment-${created.id}`);

    const { data: updated } = await bot.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.id, body: 'report v2' });
    expect(updated.body).toBe('report v2');
    expect(emu.state.comments.find((c) => c.id === created.id)?.body).toBe('report v2');

    const stranger = octokitFor(emu, OTHER_TOKEN);
    const forbidden = await stranger.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.id, body: 'mine now' }).catch((e: unknown) => e);
    expect((forbidden as RequestError).status).toBe(403);
    const notFound = await bot.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: 1 }).catch((e: unknown) => e);
    expect((notFound as RequestError).status).toBe(404);

    const tooLong = await bot.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'x'.repeat(65537) }).catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ name: 'HttpError' });
    expect((tooLong as RequestError).status).toBe(422);
    expect((tooLong as RequestError).message).toMatch(/Body is too long \(maximum is 65536 characters\)/);
    // The limit is in characters: 65,536 astral emoji (131,072 UTF-16 units) still fit.
    await bot.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '🎬'.repeat(65536) });

    expect((await bot.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: created.id })).status).toBe(204);
    expect(emu.state.comments.map((c) => c.user)).toEqual(['director', 'github-actions[bot]']);
    const onPlainIssue = await bot.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 3, body: 'hi' });
    expect(onPlainIssue.data.html_url).toContain('/issues/3#');
    const noSuchIssue = await bot.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 99, body: 'hi' }).catch((e: unknown) => e);
    expect((noSuchIssue as RequestError).status).toBe(404);
    expect(emu.violations).toEqual([]);
  });

  it('learns its identity through GraphQL with @octokit/core', async () => {
    const emu = await start();
    const octokit = new Octokit({ auth: BOT_TOKEN, baseUrl: emu.url });
    const result = await octokit.graphql<{ viewer: { login: string; databaseId: number } }>('query { viewer { login databaseId } }');
    expect(result.viewer).toEqual({ login: 'github-actions[bot]', databaseId: 41898282 });
    const me = await octokit.request('GET /user').catch((e: unknown) => e);
    expect((me as RequestError).status).toBe(403);
    expect(emu.requests.map((r) => r.token)).toEqual([BOT_TOKEN, BOT_TOKEN]);
    expect(emu.violations).toEqual([]);
  });
});

describe('emulator as GITHUB_API_URL of a child process', () => {
  it('serves @actions/github in another process, the way the bundled Action will use it', async () => {
    const emu = await start();
    const script = `
      import { getOctokit } from '@actions/github';
      const octokit = getOctokit(process.env.TOKEN);
      const { data: pr } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'film', pull_number: 7 });
      const { viewer } = await octokit.graphql('query { viewer { login databaseId } }');
      await octokit.rest.issues.createComment({ owner: 'acme', repo: 'film', issue_number: 7, body: 'hello from ' + viewer.login });
      console.log(pr.head.sha);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: emu.url, TOKEN: BOT_TOKEN },
      timeout: 15_000,
    });
    expect(stdout.trim()).toBe(HEAD_SHA);
    expect(emu.state.comments.at(-1)).toMatchObject({ body: 'hello from github-actions[bot]', user: 'github-actions[bot]' });
    expect(emu.violations).toEqual([]);
  });
});

describe('faults', () => {
  const commentsPath = /\/issues\/7\/comments$/;

  it('serves a burst of 5xx, then recovers; faults are logged but not schema-checked', async () => {
    const emu = await start();
    emu.inject(faults.serverError(502, 2, { pathRegex: commentsPath }));
    emu.inject({ match: { method: 'GET' }, status: 503, body: { not: 'a github error' } });
    const octokit = octokitFor(emu);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 7 }).catch((e: RequestError) => e);
      statuses.push(res.status);
      if (res.status === 200) break;
    }
    expect(statuses).toEqual([502, 502, 503, 200]);
    expect(emu.requests.map((r) => r.fault ?? false)).toEqual([true, true, true, false]);
    expect(emu.violations).toEqual([]);
  });

  it('still checks the request a fault answers', async () => {
    const emu = await start();
    emu.inject(faults.serverError(500, 2));
    expect((await api(emu, `/repos/${FULL}/issues/7/comments`, { method: 'POST', body: JSON.stringify({ text: 'x' }) })).status).toBe(500);
    expect((await api(emu, '/repos/acme/film/pull/7')).status).toBe(500);
    expect(emu.violations).toEqual([expect.stringMatching(/create-comment.*must have required property 'body'/), expect.stringMatching(/^unknown endpoint: GET \/repos\/acme\/film\/pull\/7/)]);
  });

  it('rate limits with GitHub’s secondary and primary limit responses', async () => {
    const emu = await start();
    emu.inject(faults.secondaryRateLimit({ status: 429, retryAfterSeconds: 7 }));
    emu.inject(faults.primaryRateLimit());
    const octokit = octokitFor(emu);
    const secondary = (await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 }).catch((e: unknown) => e)) as RequestError;
    expect(secondary.status).toBe(429);
    expect(secondary.response?.headers['retry-after']).toBe('7');
    expect(secondary.message).toMatch(/secondary rate limit/);
    const primary = (await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 }).catch((e: unknown) => e)) as RequestError;
    expect(primary.status).toBe(403);
    expect(primary.response?.headers['x-ratelimit-remaining']).toBe('0');
    expect((await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 })).status).toBe(200);
  });

  it('truncates JSON, drops connections and delays responses', async () => {
    const emu = await start();
    const octokit = octokitFor(emu);
    emu.inject(faults.truncatedJson());
    // Octokit does not throw on unparsable JSON: it hands back the text, which callers must survive.
    const truncated = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(truncated.data).toBe('{"id": 1, "body": "trunc');

    emu.inject(faults.dropConnection());
    await expect(api(emu, `/repos/${FULL}/pulls/7`)).rejects.toThrow(/fetch failed/);
    expect(emu.requests.at(-1)).toMatchObject({ status: 0, fault: true });

    emu.inject(faults.delay(400));
    const timedOut = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7, request: { signal: AbortSignal.timeout(50) } }).catch((e: unknown) => e);
    expect(String(timedOut)).toMatch(/abort|timeout/i);
    // A delayed answer still arrives, and after an undelayed request sent later has been answered.
    emu.inject(faults.delay(300, 1, { pathRegex: /\/pulls\/7$/ }));
    const order: string[] = [];
    const delayed = octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 }).then((r) => (order.push('delayed'), r));
    const prompt = octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 7 }).then((r) => (order.push('prompt'), r));
    expect((await delayed).status).toBe(200);
    await prompt;
    expect(order).toEqual(['prompt', 'delayed']);
    expect(emu.violations).toEqual([]);
  });
});

describe('cost', () => {
  it('loaded the description once and compiled only what was used', () => {
    const timings = openApiTimings();
    expect(timings.loadMs).toBeGreaterThan(0);
    console.info(`OpenAPI: load ${timings.loadMs.toFixed(0)} ms, ${timings.validatorsCompiled} validators compiled in ${timings.compileMs.toFixed(0)} ms`);
  });
});
