/**
 * The one place that builds adapters from plain options: the GitHub client, where merged pull
 * requests come from, where rollout state lives, which deployers run steps. The actions
 * (src/actions) and the CLI (src/cli) turn their inputs or flags into these options and hand
 * the result to the jobs (src/jobs); neither builds an adapter itself.
 */
import { resolve } from 'node:path';
import { LockstepError } from './core/errors.js';
import { Deployers } from './adapters/deployers/index.js';
import { createGitHubClient, type GitHubClient } from './adapters/github/client.js';
import { GitHubPullSource, GitPullSource, type PullSource } from './adapters/pull-source.js';
import type { ReleaseContext } from './adapters/release-repo.js';
import type { StateStore } from './adapters/state/store.js';

/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one); without a token, that first use is an error saying `missing`. `rateLimitWait`: seconds
 * the client may wait for rate limits in all (the `rate-limit-wait` input; default 60).
 */
export function gitHubAccess(token: string | undefined, missing: string, { rateLimitWait }: { rateLimitWait?: number } = {}): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () => {
    if (!token) throw new LockstepError(missing);
    return (client ??= createGitHubClient({ token, ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) }));
  };
}

export type PullSourceKind = 'git' | 'github';

/**
 * Where merged PRs are read: local clones (`git`, their `path:` relative to the release
 * config's folder, so only for a release repository on disk) or the GraphQL API (`github`).
 */
export function pullSource(kind: PullSourceKind, github: () => GitHubClient): (ctx: Pick<ReleaseContext, 'config'> & { configDir?: string }) => PullSource {
  if (kind === 'git') {
    return ctx => {
      if (ctx.configDir === undefined) throw new LockstepError('source git reads local clones named by a release config on disk: use the config input, not release-repository');
      return new GitPullSource(ctx.configDir, ctx.config.file);
    };
  }
  return ctx => new GitHubPullSource(github(), ctx.config.file);
}

export type StateOptions =
  /** A JSON file in the workspace; `file` as the user wrote it, for messages. */
  | { kind: 'file'; environment: string; workspace: string; file: string }
  /** GitHub Deployments of the release repository at commit `ref`. */
  | { kind: 'deployments'; environment: string; github: () => GitHubClient; repository: string; ref: string };

/** The rollout state store; only the chosen kind's module is loaded. */
export async function stateStore(options: StateOptions): Promise<StateStore> {
  if (options.kind === 'file') {
    const { FileStateStore } = await import('./adapters/state/file.js');
    return new FileStateStore(options.environment, resolve(options.workspace, options.file), options.file);
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) throw new LockstepError(`repository: "${options.repository}" is not owner/repo`);
  if (!options.ref) throw new LockstepError('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
  const { DeploymentsStateStore } = await import('./adapters/state/deployments.js');
  return new DeploymentsStateStore(options.environment, options.github(), options.repository, options.ref);
}

export interface DeployerOptions {
  /** First wait before checking a workflow run or build. */
  pollSeconds: number;
  github: () => GitHubClient;
  codebuild: { region?: string; endpoint?: string };
}

/** The deployers a rollout's steps use, each made when a step first needs it. */
export function deployers(options: DeployerOptions): Deployers {
  if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0) throw new LockstepError(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
  return new Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild });
}
