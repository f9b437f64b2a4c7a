/**
 * The one place that builds adapters from plain options: the GitHub client, where merged pull
 * requests come from, where rollout state lives, which deployers run steps. The actions
 * (src/actions) and the CLI (src/cli) turn their inputs or flags into these options and hand
 * the result to the jobs (src/jobs); neither builds an adapter itself.
 */
import { resolve } from 'node:path';
import { LockstepError } from './core/errors.js';
import { Deployers } from './adapters/deployers/index.js';
import type { GitHubClient } from './adapters/github/client.js';
import { GitHubPullSource, GitPullSource, type PullSource } from './adapters/pull-source.js';
import type { ReleaseContext } from './adapters/release-repo.js';
import type { StateStore } from './adapters/state/store.js';
import type { Lease } from './core/rollout/lock.js';

/** GitHub's client, made (and its module — Octokit, its plugins — imported) on first use. */
export type GitHubAccess = () => Promise<GitHubClient>;

/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one, and does not load Octokit: docs/benchmarks.md); without a token, that first use is an
 * error saying `missing`. `rateLimitWait`: seconds the client may wait for rate limits in all
 * (the `rate-limit-wait` input; default 60).
 */
export function gitHubAccess(token: string | undefined, missing: string, { rateLimitWait }: { rateLimitWait?: number } = {}): GitHubAccess {
  let client: Promise<GitHubClient> | undefined;
  return () => {
    if (!token) return Promise.reject(new LockstepError(missing));
    return (client ??= import('./adapters/github/client.js').then(m => m.createGitHubClient({ token, ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) })));
  };
}

export type PullSourceKind = 'git' | 'github';

/** Where merged PRs are read: local clones (`git`) or the GraphQL API (`github`). */
export function pullSource(kind: PullSourceKind, github: GitHubAccess): (ctx: ReleaseContext) => PullSource | Promise<PullSource> {
  if (kind === 'git') return ctx => new GitPullSource(ctx.configDir, ctx.config.file);
  return async ctx => new GitHubPullSource(await github(), ctx.config.file);
}

export type StateOptions =
  /** A JSON file in the workspace; `file` as the user wrote it, for messages. */
  | { kind: 'file'; environment: string; workspace: string; file: string; lease?: Lease }
  /** GitHub Deployments of the release repository at commit `ref`, in GitHub environment `githubEnvironment` (default `<environment> (lockstep)`). */
  | { kind: 'deployments'; environment: string; github: GitHubAccess; repository: string; ref: string; githubEnvironment?: string };

/** The rollout state store; only the chosen kind's module is loaded. */
export async function stateStore(options: StateOptions): Promise<StateStore> {
  if (options.kind === 'file') {
    const { FileStateStore } = await import('./adapters/state/file.js');
    return new FileStateStore(options.environment, resolve(options.workspace, options.file), options.file, options.lease);
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) throw new LockstepError(`repository: "${options.repository}" is not owner/repo`);
  if (!options.ref) throw new LockstepError('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
  if ((options.githubEnvironment ?? '').length > 255) throw new LockstepError(`deployments environment: "${options.githubEnvironment!.slice(0, 40)}…" is longer than GitHub's 255 characters for an environment name`);
  const { DeploymentsStateStore } = await import('./adapters/state/deployments.js');
  return new DeploymentsStateStore(options.environment, await options.github(), options.repository, options.ref, { githubEnvironment: options.githubEnvironment });
}

export interface DeployerOptions {
  /** First wait before checking a workflow run or build. */
  pollSeconds: number;
  github: GitHubAccess;
  codebuild: { region?: string; endpoint?: string };
}

/** The deployers a rollout's steps use, each made when a step first needs it. */
export function deployers(options: DeployerOptions): Deployers {
  if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0) throw new LockstepError(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
  return new Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild });
}
