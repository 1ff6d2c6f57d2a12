// A GitHub REST API emulator on loopback for end-to-end tests of the Action. Every request it serves
// and every response it sends is checked against GitHub's OpenAPI description; mismatches land in
// `violations`, which tests assert to be empty, so a wrong endpoint or malformed body fails the test.
//
//   const gh = await startEmulator({ repos: {...}, users: { [token]: GITHUB_ACTIONS_BOT } });
//   const run = await runAction(gh, inputs, options);   // test/support/run-action.ts (or runBundle)
//   expect(gh.violations).toEqual([]);
//   await gh.close();
//
// What it serves: contents, git trees and blobs, pull requests (files, commits, reviews), issue
// comments (with their edit times), commit statuses, workflow runs, team membership, pull requests
// of a commit, archives of a tree (redirected, as GitHub does, to an archive host it also plays), and
// the GraphQL viewer; faults and tampering are injected per request.
//
// The emulator answers from the test's own event loop, so a spawned Action must be spawned
// asynchronously (spawn/execFile); spawnSync/execFileSync would block the loop and the Action hang.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ArchiveRewrite } from './archive.js';
import { archiveEntries, tarball } from './archive.js';
import type { EmulatorState, LiveState } from './emulator-state.js';
import { fileBytes, World } from './emulator-state.js';
import type { Fault, TamperRule } from './faults.js';
import { defaultFaultBody, faultResponds, matches } from './faults.js';
import { basicError, gitBlobSha, isoSeconds, prefixedNodeId } from './github-objects.js';
import { answerGraphql } from './graphql-viewer.js';
import type { MatchedOperation, Violation } from './openapi-check.js';
import { checkRequest, checkResponse, findOperation, warmUp } from './openapi-check.js';
import type { Reply } from './rest-handlers.js';
import { CODELOAD_PREFIX, EMULATED_OPERATIONS, restHandlers } from './rest-handlers.js';

export type { ArchiveEntry, ArchiveRewrite } from './archive.js';
export type { ChangedFile, CommentInit, EmulatorState, Identity, LiveState, PullInit, RepoInit, RunInit, StoredComment } from './emulator-state.js';
export { GITHUB_ACTIONS_BOT } from './emulator-state.js';
export type { Fault, RequestMatch, TamperRule } from './faults.js';
export { faults } from './faults.js';

export interface RequestRecord {
  method: string;
  /** The pathname as sent (still percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** Response status; 0 when the connection was dropped on purpose. */
  status: number;
  /** Parsed JSON request body (the raw text if it was not JSON). */
  body?: unknown;
  token?: string;
  accept?: string;
  /** GitHub's operationId, e.g. `issues/create-comment`, when the path matched one. */
  operationId?: string;
  /** Answered by an injected fault rather than by the emulated GitHub. */
  fault?: true;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`; use as GITHUB_API_URL / Octokit baseUrl. */
  readonly url: string;
  /** Live and mutable; inspect comments after a run, or change files between requests. */
  readonly state: LiveState;
  readonly requests: RequestRecord[];
  /** OpenAPI mismatches and unknown endpoints; tests should assert this is empty. */
  readonly violations: string[];
  /** The most requests that were being answered at the same moment. */
  readonly maxInFlight: number;
  /** Queues a scripted fault; faults are consumed in the order injected, per matching request. */
  inject(fault: Fault): void;
  /** Test-only: corrupts real response bodies before they are checked. */
  tamper(rule: TamperRule): void;
  /** Test-only: rewrites the entries of every archive served from now on (codeload, not the API). */
  tamperArchive(rewrite: ArchiveRewrite): void;
  /** Test-only: archives are sent up to half their bytes, then the connection stays open and silent. */
  stallArchives(): void;
  close(): Promise<void>;
}

interface Queued<T> {
  item: T;
  remaining: number;
}

const RATE_LIMIT = 5000;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Starts an emulator on 127.0.0.1 with a random port. `init` is copied, not shared. */
export async function startEmulator(init?: EmulatorState): Promise<Emulator> {
  // Compile validators up front so the Action's first request is not the one that pays ~0.3 s.
  warmUp(EMULATED_OPERATIONS.map((op) => ({ ...op, statuses: [...op.statuses] })));
  const emulator = new GitHubEmulator(init);
  await emulator.listen();
  return emulator;
}

class GitHubEmulator implements Emulator {
  url = '';
  readonly state: LiveState;
  readonly requests: RequestRecord[] = [];
  readonly violations: string[] = [];
  private readonly world: World;
  private readonly server: Server;
  private readonly faultQueue: Array<Queued<Fault>> = [];
  private readonly tamperQueue: Array<Queued<TamperRule>> = [];
  private readonly rateLimitReset = Math.floor(Date.now() / 1000) + 3600;
  private rateLimitUsed = 0;
  private readonly rateLimit: number;
  private inFlight = 0;
  private archiveRewrite: ArchiveRewrite | undefined;
  private archiveStalls = false;
  maxInFlight = 0;

  constructor(init: EmulatorState | undefined) {
    this.state = World.fromInit(init, isoSeconds());
    this.rateLimit = init?.rateLimit ?? RATE_LIMIT;
    this.world = new World(this.state, () => this.url);
    this.server = createServer((req, res) => {
      res.on('error', () => {}); // the client may hang up mid-fault; nothing to report
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('close', () => (this.inFlight -= 1));
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`emulator failure on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) this.send(res, 500, {}, basicError(500, 'Server Error'));
        else res.destroy();
      });
    });
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        const { port } = this.server.address() as AddressInfo;
        this.url = `http://127.0.0.1:${port}`;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  inject(fault: Fault): void {
    this.faultQueue.push({ item: fault, remaining: fault.times ?? 1 });
  }

  tamper(rule: TamperRule): void {
    this.tamperQueue.push({ item: rule, remaining: rule.times ?? 1 });
  }

  tamperArchive(rewrite: ArchiveRewrite): void {
    this.archiveRewrite = rewrite;
  }

  stallArchives(): void {
    this.archiveStalls = true;
  }

  /** The archive host: not the API, so no rate-limit headers and nothing to check against the description. */
  private async codeload(res: ServerResponse, rawPath: string): Promise<number> {
    const match = /^([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([^/]+)$/.exec(rawPath.slice(CODELOAD_PREFIX.length));
    const found = match ? this.world.repo(match[1] as string, match[2] as string) : undefined;
    const ref = decodeURIComponent(match?.[3] ?? '');
    const files = found?.repo.files[ref];
    if (!found || !files) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return 404;
    }
    const entries = archiveEntries(files);
    const root = `${found.fullName.replace('/', '-')}-${gitBlobSha(Buffer.from(ref)).slice(0, 7)}`;
    const data = await tarball(root, ref, this.archiveRewrite ? this.archiveRewrite(entries) : entries);
    res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(data.length), 'content-disposition': `attachment; filename=${root}.tar.gz` });
    if (this.archiveStalls) res.write(data.subarray(0, data.length >> 1));
    else res.end(data);
    return 200;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1));
    const text = await readBody(req);
    let body: unknown;
    let malformedJson = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        malformedJson = true;
      }
    }
    const token = bearerToken(req.headers.authorization);
    const accept = req.headers.accept ?? '';
    const record: RequestRecord = { method, path: rawPath, query: Object.fromEntries(query), status: 0 };
    if (body !== undefined) record.body = body;
    if (token !== undefined) record.token = token;
    if (accept) record.accept = accept;
    this.requests.push(record);

    const isCodeload = method === 'GET' && rawPath.startsWith(CODELOAD_PREFIX);
    const isGraphql = method === 'POST' && rawPath === '/graphql';
    const op = isGraphql || isCodeload ? undefined : findOperation(method, rawPath);
    if (op) record.operationId = op.operationId;
    const unknownEndpoint = `unknown endpoint: ${method} ${rawPath} is not in GitHub's OpenAPI description`;

    const fault = take(this.faultQueue, (f) => matches(f.match, method, rawPath));
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (faultResponds(fault)) {
        // The answer is scripted, but what the client asked for must still be a valid GitHub request.
        if (op) this.report(requestProblems(op, query, body, malformedJson));
        else if (!isGraphql && !isCodeload) this.violations.push(unknownEndpoint);
        record.fault = true;
        if (fault.destroy) {
          req.socket.destroy();
          return;
        }
        record.status = this.sendFault(res, fault);
        return;
      }
    }

    if (isGraphql) {
      record.status = this.graphql(res, token, body);
      return;
    }
    if (isCodeload) {
      record.status = await this.codeload(res, rawPath);
      return;
    }
    if (!op) {
      this.violations.push(unknownEndpoint);
      record.status = this.send(res, 404, {}, basicError(404, 'Not Found', 'https://docs.github.com/rest'));
      return;
    }

    const reply = this.serve(op, { query, body, malformedJson, token, accept, rawPath });
    const tamper = take(this.tamperQueue, (t) => matches(t.match, method, rawPath));
    if (tamper && reply.body !== undefined) reply.body = tamper.mutate(reply.body);
    if (!reply.raw) {
      this.report(checkResponse(op, { status: reply.status, mediaType: reply.mediaType ?? 'application/json', body: reply.body }));
    }
    record.status = this.sendReply(res, reply);
  }

  private serve(op: MatchedOperation, request: { query: URLSearchParams; body: unknown; malformedJson: boolean; token: string | undefined; accept: string; rawPath: string }): Reply {
    if (request.token === undefined) return { status: 401, body: basicError(401, 'Requires authentication') };
    const identity = this.state.users[request.token];
    if (!identity) return { status: 401, body: basicError(401, 'Bad credentials') };
    const requestViolations = requestProblems(op, request.query, request.body, request.malformedJson);
    this.report(requestViolations);
    if (request.malformedJson) return { status: 400, body: basicError(400, 'Problems parsing JSON') };
    const bodyProblem = requestViolations.find((v) => v.where === 'body');
    if (bodyProblem) return { status: 422, body: basicError(422, `Invalid request.\n\n${bodyProblem.message}`) };

    const handler = restHandlers[op.operationId];
    if (!handler) {
      this.violations.push(`unknown endpoint: ${op.method} ${op.template} (${op.operationId}) is not emulated`);
      return { status: 404, body: basicError(404, 'Not Found') };
    }
    return handler({ params: op.pathParams, query: request.query, body: request.body, identity, accept: request.accept, selfUrl: this.url + request.rawPath }, this.world);
  }

  private graphql(res: ServerResponse, token: string | undefined, body: unknown): number {
    const identity = token === undefined ? undefined : this.state.users[token];
    if (!identity) {
      return this.send(res, 401, {}, basicError(401, token === undefined ? 'This endpoint requires you to be authenticated.' : 'Bad credentials', 'https://docs.github.com/graphql'), 'graphql');
    }
    // Every blob of the repository by object id, built once per request.
    let index: Map<string, Buffer> | undefined;
    const answer = answerGraphql(
      body,
      identity,
      (owner, name, oid) => {
        if (!index) {
          index = new Map();
          for (const files of Object.values(this.world.repo(owner, name)?.repo.files ?? {})) {
            for (const content of Object.values(files)) {
              const bytes = fileBytes(content);
              index.set(gitBlobSha(bytes), bytes);
            }
          }
        }
        return index.get(oid);
      },
      (owner, name, number) => {
        const found = this.world.repo(owner, name);
        const pull = found?.repo.pulls?.[number];
        if (!found || !pull) return undefined;
        return (pull.reviews ?? []).map((r, i) => ({
          databaseId: r.id ?? 80_000_000 + i,
          body: r.body,
          lastEditedAt: r.editedAt ?? null,
          submittedAt: r.submittedAt ?? isoSeconds(),
          url: `https://github.com/${found.fullName}/pull/${number}#pullrequestreview-${r.id ?? 80_000_000 + i}`,
          author: { login: r.user },
        }));
      },
      {
        pull: (owner, name, number) => {
          const found = this.world.repo(owner, name);
          const pull = found?.repo.pulls?.[number];
          if (!found || !pull) return undefined;
          return {
            deletions: this.state.deletedComments.filter((d) => d.repo === found.fullName && d.issue === number).map((d) => ({ at: d.at, author: d.author })),
            reviews: (pull.reviews ?? []).map((r, i) => ({ databaseId: r.id ?? 80_000_000 + i, lastEditedAt: r.editedAt ?? null, edits: r.edits ?? [] })),
          };
        },
        comment: (nodeId) => {
          const c = this.state.comments.find((x) => prefixedNodeId('IC', x.id) === nodeId);
          return c ? { databaseId: c.id, edits: c.edits ?? [] } : undefined;
        },
      },
    );
    if (!answer.supported) this.violations.push(`unsupported GraphQL request: ${JSON.stringify(body).slice(0, 300)}`);
    return this.send(res, 200, {}, answer.body, 'graphql');
  }

  private report(violations: Violation[]): void {
    for (const v of violations) this.violations.push(v.message);
  }

  private sendFault(res: ServerResponse, fault: Fault): number {
    if (fault.rawBody !== undefined) {
      const status = fault.status ?? 200;
      this.write(res, status, { 'content-type': JSON_TYPE, ...fault.headers }, Buffer.from(fault.rawBody, 'utf8'));
      return status;
    }
    const status = fault.status ?? 500;
    return this.send(res, status, fault.headers ?? {}, fault.body ?? defaultFaultBody(status));
  }

  private sendReply(res: ServerResponse, reply: Reply): number {
    if (reply.raw) {
      this.write(res, reply.status, { 'content-type': reply.raw.contentType, 'x-github-media-type': 'github.raw; format=raw', ...reply.headers }, reply.raw.data);
      return reply.status;
    }
    return this.send(res, reply.status, reply.headers ?? {}, reply.body);
  }

  private send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown, resource = 'core'): number {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
    this.write(res, status, { ...(payload ? { 'content-type': JSON_TYPE } : {}), ...headers }, payload, resource);
    return status;
  }

  /** Every response, faults included, carries GitHub's rate-limit and request-id headers. */
  private write(res: ServerResponse, status: number, headers: Record<string, string>, payload: Buffer | undefined, resource = 'core'): void {
    this.rateLimitUsed += 1;
    res.writeHead(status, {
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimit - this.rateLimitUsed)),
      'x-ratelimit-reset': String(this.rateLimitReset),
      'x-ratelimit-used': String(this.rateLimitUsed),
      'x-ratelimit-resource': resource,
      ...(payload ? { 'content-length': String(payload.length) } : {}),
      ...lowerCaseKeys(headers),
    });
    res.end(payload);
  }
}

function requestProblems(op: MatchedOperation, query: URLSearchParams, body: unknown, malformedJson: boolean): Violation[] {
  if (malformedJson) return [{ where: 'body', message: `${op.method} ${op.template} (${op.operationId}): request body is not valid JSON` }];
  return checkRequest(op, { query, body });
}

function take<T>(queue: Array<Queued<T>>, predicate: (item: T) => boolean): T | undefined {
  const index = queue.findIndex((q) => predicate(q.item));
  if (index === -1) return undefined;
  const entry = queue[index] as Queued<T>;
  entry.remaining -= 1;
  if (entry.remaining <= 0) queue.splice(index, 1);
  return entry.item;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function requestId(): string {
  const hex = randomBytes(15).toString('hex').toUpperCase();
  return [hex.slice(0, 4), hex.slice(4, 9), hex.slice(9, 16), hex.slice(16, 23), hex.slice(23, 30)].join(':');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
