/**
 * The release repository and where merged pull requests come from: resolve-deps, its PR
 * check, and what apply-steps reads of the release. Adapters are imported on first use.
 */
import { LockstepError } from '../core/errors.js';
import type { MergingPulls } from '../core/deps/check.js';
import type { RemoteRelease } from '../adapters/release-repo.js';
import type { PullSource, ReleaseContext, ReleaseSnapshot, Releases } from '../jobs/ports.js';
import type { GitHubAccess } from './github.js';

export type { RemoteRelease };

/** The release repository in the workspace (a checkout, the CLI's folder). */
export function releases(): Releases {
  const repo = () => import('../adapters/release-repo.js');
  return {
    open: async (configPath, workspace) => (await repo()).openRelease(configPath, workspace),
    latest: async (configPath, workspace) => (await repo()).readLocalRelease(configPath, workspace),
  };
}

/**
 * What a PR check on GitHub reads: the release (its repository through the API, `remote`, or
 * the config in the workspace) and the PRs being merged, from the event that started the run
 * (`GITHUB_EVENT_PATH`: a pull_request or a merge_group).
 */
export function gitHubCheckSources(
  github: GitHubAccess,
  eventPath: string,
  release: { remote: RemoteRelease } | { config: string; workspace: string },
): { release: () => Promise<ReleaseSnapshot>; merging: () => Promise<MergingPulls> } {
  return {
    release: async () => {
      if ('config' in release) return releases().latest(release.config, release.workspace);
      const [{ readRemoteRelease }, client] = await Promise.all([import('../adapters/release-repo.js'), github()]);
      return readRemoteRelease(client, release.remote);
    },
    merging: async () => {
      const [{ readMergingPulls }, client] = await Promise.all([import('../adapters/github/event.js'), github()]);
      return readMergingPulls(client, eventPath);
    },
  };
}

/** A local branch against its base in the clone `dir`: the commit it is at and its commits' messages, oldest first (what `lockstep check` takes for a PR). */
export async function branchCommits(dir: string, base: string, branch: string): Promise<{ head: string; messages: string[] }> {
  const { branchHead, branchMessages } = await import('../adapters/git/history.js');
  const [from, head] = await Promise.all([branchHead(dir, base), branchHead(dir, branch)]);
  return { head, messages: await branchMessages(dir, from, head) };
}

export type PullSourceKind = 'git' | 'github';

/**
 * Where merged PRs are read: local clones (`git`, their `path:` relative to the release
 * config's folder, so only for a release repository on disk) or the GraphQL API (`github`).
 */
export function pullSource(kind: PullSourceKind, github: GitHubAccess): (ctx: Pick<ReleaseContext, 'config'> & { configDir?: string }) => Promise<PullSource> {
  if (kind === 'git') {
    return async ctx => {
      if (ctx.configDir === undefined) throw new LockstepError('source git reads local clones named by a release config on disk: use the config input, not release-repository');
      const { GitPullSource } = await import('../adapters/pull-source.js');
      return new GitPullSource(ctx.configDir, ctx.config.file);
    };
  }
  return async ctx => {
    const [{ GitHubPullSource }, client] = await Promise.all([import('../adapters/pull-source.js'), github()]);
    return new GitHubPullSource(client, ctx.config.file);
  };
}
