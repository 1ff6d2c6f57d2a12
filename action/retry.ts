// GitHub's API fails transiently (5xx, rate limits). Reads that decide the gate and writes that are best
// effort both go through here; only the caller decides what a final failure means.

export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const RETRY_DEFAULTS: RetryOptions = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

interface HttpishError {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
  message?: string;
}

function isRetryable(err: unknown): boolean {
  const e = err as HttpishError;
  if (e.status === undefined) return true; // network error, timeout, truncated body
  if (e.status >= 500 || e.status === 429) return true;
  if (e.status === 403) {
    const h = e.response?.headers ?? {};
    return h['retry-after'] !== undefined || h['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
  }
  return false;
}

function delayFor(err: unknown, attempt: number, opts: RetryOptions): number {
  const h = (err as HttpishError).response?.headers ?? {};
  const retryAfter = Number(h['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000, opts.maxDelayMs);
  const reset = Number(h['x-ratelimit-reset']);
  if (h['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) return Math.min(Math.max(0, reset * 1000 - Date.now()), opts.maxDelayMs);
  return Math.min(opts.baseDelayMs * 2 ** attempt, opts.maxDelayMs);
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = RETRY_DEFAULTS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.retries || !isRetryable(err)) throw err;
      await opts.sleep(delayFor(err, attempt, opts));
    }
  }
}
