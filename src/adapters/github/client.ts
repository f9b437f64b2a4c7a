import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { LockstepError } from '../../core/errors.js';
import { DEFAULT_RATE_LIMIT_WAIT } from './rate-limit.js';

/**
 * The one way Lockstep talks to GitHub: an Octokit with retries and rate-limit handling.
 * Every GitHub call in the code base goes through an instance made here, so tests point
 * `GITHUB_API_URL` at a local server and nothing else changes.
 */
export type GitHubClient = ReturnType<typeof getOctokit>;

export { DEFAULT_RATE_LIMIT_WAIT };

export interface GitHubClientOptions {
  token: string;
  /** REST base URL; GraphQL is `<baseUrl>/graphql`. Defaults to `GITHUB_API_URL` or api.github.com. */
  baseUrl?: string;
  /** Retries of one request after a rate limit or a 5xx; tests lower it. */
  retries?: number;
  /**
   * Seconds this client may spend, over all its requests, waiting for a rate limit to pass
   * (the `rate-limit-wait` input). A limit whose wait does not fit in what is left fails at once,
   * naming when it lifts; 0 never waits.
   */
  rateLimitWait?: number;
  /** Hears each wait for a rate limit: the actions' reporter makes it a workflow warning, the CLI's a line on stderr. */
  warning: (message: string) => void;
}

interface RequestOptions {
  method: string;
  /** A route template (`/repos/{owner}/{repo}`) whose parameters sit beside it. */
  url: string;
  query?: unknown;
  [parameter: string]: unknown;
}

/** @octokit/plugin-retry's list, and 429: GitHub answers 429 only for a rate limit, which the throttling plugin waits out as GitHub says. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * GitHub's documented answers (docs.github.com, "Rate limits for the REST API"): a primary limit is
 * a 403 or 429 with `x-ratelimit-remaining: 0` (for GraphQL, a 200 whose errors say RATE_LIMITED),
 * to be retried after `x-ratelimit-reset`; a secondary limit is a 403 or 429 whose message says
 * so, to be retried after `retry-after` seconds (or a minute). @octokit/plugin-throttling tells
 * the two apart and asks the handlers below whether to wait; they say yes only while the wait fits
 * in the budget, so a run never sleeps for the hour a primary limit can take.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('a GitHub token is required');
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const retries = options.retries ?? 3;
  const budget = options.rateLimitWait ?? DEFAULT_RATE_LIMIT_WAIT;
  let waited = 0;
  const wait = (kind: string) => (retryAfter: number, opts: RequestOptions, _octokit: unknown, retryCount: number) => {
    if (retryCount >= retries || waited + retryAfter > budget) return false;
    waited += retryAfter;
    options.warning(`GitHub ${kind} rate limit on ${operation(opts)}: waiting ${retryAfter}s before retrying (${budget - waited}s of rate-limit-wait left)`);
    return true;
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      retry: { retries, doNotRetry: DO_NOT_RETRY },
      throttle: { onRateLimit: wait('primary'), onSecondaryRateLimit: wait('secondary') },
    },
    retry,
    throttling,
  );
  // Registered after the plugins, so it sees an error only once they have given up on it.
  octokit.hook.error('request', (error, opts) => {
    throw rateLimitError(error, opts as unknown as RequestOptions, { budget, left: budget - waited }) ?? error;
  });
  return octokit;
}

interface ErrorWithResponse {
  message?: string;
  status?: number;
  response?: { status?: number; headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** A rate-limit refusal as a user-facing error: which limit, what it stopped, when it lifts. */
function rateLimitError(error: unknown, opts: RequestOptions, wait: { budget: number; left: number }): LockstepError | undefined {
  const e = error as ErrorWithResponse;
  const headers = e?.response?.headers;
  if (!headers) return undefined;
  const status = e.status ?? e.response?.status;
  const graphqlLimited = ((e.response?.data as { errors?: Array<{ type?: string }> } | undefined)?.errors ?? []).some(x => x.type === 'RATE_LIMITED');
  const limited = status === 403 || status === 429 || graphqlLimited;
  if (!limited) return undefined;
  const what = operation(opts);
  const allowance = `rate-limit-wait allows ${wait.budget}s of waiting in all, ${Math.max(wait.left, 0)}s of it left`;
  if (/\bsecondary rate\b/i.test(e.message ?? '')) {
    const after = Number(headers['retry-after']);
    return new LockstepError(
      `GitHub's secondary rate limit stopped ${what}` +
        (after > 0 ? `: GitHub asks to wait ${after}s` : '') +
        ` and ${allowance} (raise the rate-limit-wait input, or run fewer jobs against GitHub at once)`,
    );
  }
  if (String(headers['x-ratelimit-remaining']) !== '0' && !graphqlLimited) return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  const resource = headers['x-ratelimit-resource'] ? ` (${headers['x-ratelimit-resource']})` : '';
  const limit = headers['x-ratelimit-limit'] ? `, ${headers['x-ratelimit-limit']} requests an hour` : '';
  const when = Number.isFinite(reset) && reset > 0 ? resetTime(reset) : 'at an unknown time (no x-ratelimit-reset header)';
  return new LockstepError(
    `GitHub's rate limit for this token${resource}${limit} is used up: ${what} was refused; it resets ${when}, ` +
      `longer than ${allowance}. Re-run after the reset, or use a token with a higher limit (a GitHub App's).`,
  );
}

function resetTime(epochSeconds: number): string {
  const at = new Date(epochSeconds * 1000);
  const minutes = Math.max(0, Math.ceil((at.getTime() - Date.now()) / 60_000));
  return `at ${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} (in ${minutes} min)`;
}

/** What a request was doing, for a person: `GET /repos/o/r/pulls/1`, or the GraphQL operation's name. */
function operation(opts: RequestOptions): string {
  const path = opts.url.replace(/^https?:\/\/[^/]+/, '').replace(/\{(\w+)\}/g, (whole, name: string) => (opts[name] === undefined ? whole : String(opts[name])));
  const name = typeof opts.query === 'string' ? /^\s*(query|mutation)\s+(\w+)/.exec(opts.query) : null;
  return name ? `the GraphQL ${name[1]} ${name[2]}` : `${opts.method} ${path}`;
}
