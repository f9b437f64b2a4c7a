import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The one way Lockstep talks to GitHub: an Octokit with retries and rate-limit handling.
 * Every GitHub call in the code base goes through an instance made here, so tests point
 * `GITHUB_API_URL` at a local server and nothing else changes.
 */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST base URL; GraphQL is `<baseUrl>/graphql`. Defaults to `GITHUB_API_URL` or api.github.com. */
  baseUrl?: string;
  /** Retries after a secondary rate limit or a 5xx; tests lower it. */
  retries?: number;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('a GitHub token is required');
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const retries = options.retries ?? 3;
  return getOctokit(
    options.token,
    {
      baseUrl,
      retry: { retries },
      throttle: {
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit hit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
      },
    },
    retry,
    throttling,
  );
}
