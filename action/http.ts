// The HTTP path under the GitHub client: the Octokit instance (loaded on first use), a per-request
// timeout, a cap on requests in flight, and JSON bodies Octokit's own parser gives up on.

/** A response GitHub cut short (truncated JSON arrives as a string) or shaped unlike the description. */
export class MalformedResponseError extends Error {
  // No `status`: retry.ts retries it like a dropped connection.
  constructor(what: string) {
    super(`GitHub sent a malformed or truncated response for ${what}`);
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Every request, paginated and GraphQL ones included, is abandoned after its timeout (then
 * retried): a GitHub that accepts the connection and never answers must not hold the job until the
 * workflow's own timeout. Wraps the toolkit's proxy-aware fetch, so proxies keep working.
 */
function timedFetch(base: Fetch, timeoutMs: number): Fetch {
  return (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return base(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/**
 * Octokit parses JSON with a BigInt-aware parser that gives up on large bodies (a 10 MB blob, a big
 * patch) and then hands back the text. A JSON body that arrives as a string is parsed here with the
 * native parser; one that still does not parse was cut short, and stays a string for the shape check.
 */
export function reparsed<T extends { data: unknown; headers?: Record<string, unknown> }>(response: T): T {
  const type = String(response.headers?.['content-type'] ?? '');
  if (typeof response.data !== 'string' || !/json/i.test(type)) return response;
  try {
    return { ...response, data: JSON.parse(response.data) as unknown };
  } catch {
    return response;
  }
}

export const isObject = (d: unknown): d is Record<string, unknown> => d !== null && typeof d === 'object' && !Array.isArray(d);

// Loaded on first use, not at start-up: @actions/github parses GITHUB_EVENT_PATH when it is loaded
// and throws on malformed JSON, which at start-up would kill the process before run() could fail
// closed with a message and a job summary.
export async function newOctokit(token: string, baseUrl: string, timeoutMs: number) {
  const [{ getOctokit }, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  const request = defaults.request ?? {};
  const base = (request.fetch as Fetch | undefined) ?? fetch;
  const octokit = getOctokit(token, { baseUrl, request: { ...request, fetch: timedFetch(base, timeoutMs) } });
  return Object.assign(octokit, { streamingFetch: (idleMs: number, totalMs: number) => streamingFetch(base, idleMs, totalMs) });
}

/**
 * A download read while it streams (an archive of the tree): a whole-request timeout would cut a large
 * archive short, so it is abandoned when no byte arrives for `idleMs`, and after `totalMs` however
 * fast it trickles: a stalled transfer fails, never hangs.
 */
function streamingFetch(base: Fetch, idleMs: number, totalMs: number): Fetch {
  return async (url, init = {}) => {
    const stalled = new AbortController();
    const signals = [stalled.signal, AbortSignal.timeout(totalMs), ...(init.signal ? [init.signal] : [])];
    // Unref'd: a reader that gave up on the body must not keep the process alive until the timer fires.
    const arm = () => setTimeout(() => stalled.abort(new Error(`no data from GitHub for ${idleMs / 1000} s`)), idleMs).unref();
    let timer = arm();
    const rearm = () => {
      clearTimeout(timer);
      timer = arm();
    };
    try {
      const response = await base(url, { ...init, signal: AbortSignal.any(signals) });
      rearm();
      if (!response.body) {
        clearTimeout(timer);
        return response;
      }
      const watched = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            rearm();
            controller.enqueue(chunk);
          },
          flush: () => clearTimeout(timer),
        }),
      );
      return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (err) {
      clearTimeout(timer);
      throw err;
    }
  };
}

/** Runs at most `limit` tasks at once; the rest wait their turn in order. */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
