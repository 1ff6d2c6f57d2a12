// Scripted misbehaviour for the emulator, and presets that reproduce what GitHub actually sends
// when it is overloaded or rate limiting.

import { basicError } from './github-objects.js';

export interface RequestMatch {
  /** Case-insensitive HTTP method; any method when omitted. */
  method?: string;
  /** Tested against the request's raw pathname (no query string); any path when omitted. */
  pathRegex?: RegExp;
}

export interface Fault {
  match: RequestMatch;
  /** How many matching requests this fault applies to; default 1. */
  times?: number;
  /** Response status. Defaults to 500 when a body is given, 200 for `rawBody` alone. */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to a basic-error for the status. */
  body?: unknown;
  /** Sent verbatim as `application/json` (e.g. truncated JSON). Wins over `body`. */
  rawBody?: string;
  /** Wait this long first. Alone, the request is then served normally (a slow GitHub). */
  delayMs?: number;
  /** Drop the connection without answering. */
  destroy?: boolean;
}

/** Test-only: rewrite a real response body before it is checked, to prove the response check bites. */
export interface TamperRule {
  match: RequestMatch;
  times?: number;
  mutate(body: unknown): unknown;
}

export function matches(match: RequestMatch, method: string, rawPathname: string): boolean {
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.pathRegex) {
    match.pathRegex.lastIndex = 0;
    if (!match.pathRegex.test(rawPathname)) return false;
  }
  return true;
}

/** Whether the fault answers by itself, rather than only delaying the real response. */
export function faultResponds(fault: Fault): boolean {
  return fault.destroy === true || fault.status !== undefined || fault.body !== undefined || fault.rawBody !== undefined;
}

const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

const STATUS_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

export function defaultFaultBody(status: number): unknown {
  return basicError(status, STATUS_MESSAGES[status] ?? 'Server Error');
}

/** Presets. Every one takes an optional `match` (default: any request) and `times` (default 1). */
export const faults = {
  serverError(status: 500 | 502 | 503 | 504 = 500, times = 1, match: RequestMatch = {}): Fault {
    return { match, times, status, body: defaultFaultBody(status) };
  },

  /** The abuse-detection limit: 403 (or 429) with `retry-after`, remaining quota not exhausted. */
  secondaryRateLimit(options: { status?: 403 | 429; retryAfterSeconds?: number; times?: number; match?: RequestMatch } = {}): Fault {
    const status = options.status ?? 403;
    return {
      match: options.match ?? {},
      times: options.times ?? 1,
      status,
      headers: { 'retry-after': String(options.retryAfterSeconds ?? 60) },
      body: basicError(
        status,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        SECONDARY_RATE_LIMIT_DOCS,
      ),
    };
  },

  /** The hourly quota is spent: 403 with `x-ratelimit-remaining: 0` and a reset time. */
  primaryRateLimit(options: { resetInSeconds?: number; times?: number; match?: RequestMatch } = {}): Fault {
    const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 60);
    return {
      match: options.match ?? {},
      times: options.times ?? 1,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
      body: basicError(403, 'API rate limit exceeded for installation ID 1.', PRIMARY_RATE_LIMIT_DOCS),
    };
  },

  delay(delayMs: number, times = 1, match: RequestMatch = {}): Fault {
    return { match, times, delayMs };
  },

  truncatedJson(times = 1, match: RequestMatch = {}): Fault {
    return { match, times, status: 200, rawBody: '{"id": 1, "body": "trunc' };
  },

  dropConnection(times = 1, match: RequestMatch = {}): Fault {
    return { match, times, destroy: true };
  },
};
