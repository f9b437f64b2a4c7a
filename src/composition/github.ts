/**
 * GitHub access, for every job that talks to GitHub: the client made on first use (Octokit is
 * never loaded by a run that does not need it) and the web address links point at.
 * src/composition/ builds the adapters the jobs are handed as ports (src/jobs/ports.ts), one
 * file per area, so that a bundle holds only its own area's adapters.
 */
import { LockstepError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import type { GitHubClient } from '../adapters/github/client.js';
import { githubServerUrl } from '../adapters/github/server.js';

// Small and read at start: the default rate-limit budget of the inputs.
export { DEFAULT_RATE_LIMIT_WAIT } from '../adapters/github/rate-limit.js';

/** GitHub's client, made (and its module — Octokit, its plugins — imported) on first use. */
export type GitHubAccess = () => Promise<GitHubClient>;

/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one, and does not load Octokit: docs/benchmarks.md); without a token, that first use is an
 * error saying `missing`. Waits for a rate limit are told to `reporter` (a workflow warning in
 * the actions, a line on stderr in the CLI). `rateLimitWait`: seconds the client may wait for
 * rate limits in all (the `rate-limit-wait` input; default 60).
 */
export function gitHubAccess(token: string | undefined, missing: string, reporter: Pick<Reporter, 'warning'>, { rateLimitWait }: { rateLimitWait?: number } = {}): GitHubAccess {
  let client: Promise<GitHubClient> | undefined;
  return () => {
    if (!token) return Promise.reject(new LockstepError(missing));
    return (client ??= import('../adapters/github/client.js').then(m =>
      m.createGitHubClient({ token, warning: message => reporter.warning(message), ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) }),
    ));
  };
}

/** The GitHub web address links point at (`GITHUB_SERVER_URL`; github.com when unset). */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string {
  return githubServerUrl(env);
}
