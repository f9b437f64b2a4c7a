/**
 * The one place that builds adapters from plain options and hands them to the jobs as their
 * ports (src/jobs/ports.ts): the git trees and workspace files hash-tag reads, the registry
 * and its memory of pushed tags, the release repository, the GitHub client, where merged pull
 * requests come from, where rollout state lives, which deployers run steps. The actions
 * (src/actions) and the CLI (src/cli) turn their inputs or flags into these options; neither
 * builds an adapter itself.
 *
 * Every adapter but the one-line reading of GITHUB_SERVER_URL is imported here on first use,
 * never at start-up: this module is in every bundle's first chunk, and a hash-tag run must not load deployers, a plan must not load the
 * AWS SDK, a git-sourced release must not load Octokit (docs/benchmarks.md).
 */
import { resolve } from 'node:path';
import { LockstepError } from './core/errors.js';
import type { Reporter } from './core/reporter.js';
import type { Lease } from './core/rollout/lock.js';
import type { Deployers } from './adapters/deployers/index.js';
import type { GitHubClient } from './adapters/github/client.js';
import { githubServerUrl } from './adapters/github/server.js';
import type { RemoteRelease } from './adapters/release-repo.js';
import type { MergingPulls } from './core/deps/check.js';
import type { RegistryCredentials } from './adapters/registry/client.js';
import type { CredentialEnvironment } from './adapters/registry/credentials.js';
import type { CacheBackend } from './adapters/registry/known-tags.js';
import type { HashTagOptions } from './jobs/hash-tag.js';
import type { DeployerSource, Files, PullSource, ReleaseContext, ReleaseSnapshot, Releases, Snapshots, StateStore, TagMemory, TagRegistry } from './jobs/ports.js';

// Read at every start and small (no dependency of their own), so not loaded lazily: who this
// run is, the signals that cancel it, the default rate-limit budget, git's head start.
export { currentHolder } from './adapters/state/holder.js';
export { terminationSignal } from './adapters/termination.js';
export { DEFAULT_RATE_LIMIT_WAIT } from './adapters/github/rate-limit.js';
export { startWorktreeListing } from './adapters/git/listing.js';
export type { RemoteRelease };

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
    return (client ??= import('./adapters/github/client.js').then(m =>
      m.createGitHubClient({ token, warning: message => reporter.warning(message), ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) }),
    ));
  };
}

/** Git trees: the working tree as Docker would send it, and commits. */
export async function snapshots(): Promise<Snapshots> {
  const { commitSnapshot, worktreeSnapshot } = await import('./adapters/git/worktree.js');
  return { worktree: worktreeSnapshot, commit: commitSnapshot };
}

/** The local file system, for the files hash-tag renders and writes. */
export async function files(): Promise<Files> {
  const fs = await import('./adapters/fs.js');
  return { list: fs.listFiles, read: fs.readFileAndMode, isLink: fs.isSymbolicLink, writeAtomic: fs.writeFileAtomic };
}

export interface RegistryOptions {
  /** Credentials for the images config's registry, offered to no other registry. */
  credentials?: RegistryCredentials;
  /**
   * Look up the logins the user already has (Docker config, containers auth files, credential
   * helpers) in this environment; `onSecret` hears every secret found, to mask it. Without it, none.
   */
  userCredentials?: { env: CredentialEnvironment; onSecret?: (secret: string) => void };
  /**
   * Remember across runs, in the Actions cache, which tags the registry was seen to hold.
   * `dir`: the same folder in every run (the cache is keyed on it), under `RUNNER_TEMP`;
   * `runId`: unique per workflow run and attempt; `backend`: default `@actions/cache`, loaded only then.
   */
  knownTags?: { dir: string; runId: string; backend?: CacheBackend };
  /** A registry of the caller's own in place of the network's (the example's folder). */
  registry?: TagRegistry;
}

/** Everything hash-tag reaches outside itself; the registry's code is loaded only when a tag or digest is first asked for. */
export async function hashTagPorts(options: RegistryOptions = {}): Promise<Pick<HashTagOptions, 'files' | 'registry' | 'knownTags'> & { snapshots: Snapshots }> {
  const [trees, workspace] = await Promise.all([snapshots(), files()]);
  const { knownTags } = options;
  return {
    snapshots: trees,
    files: workspace,
    registry: configRegistry => options.registry ?? networkRegistry(configRegistry, options),
    ...(knownTags ? { knownTags: scope => tagMemory({ ...knownTags, scope }) } : {}),
  };
}

function networkRegistry(configRegistry: string | undefined, options: RegistryOptions): TagRegistry {
  const made = (async () => {
    const [{ RegistryClient }, { parseImageReference }, credentials] = await Promise.all([
      import('./adapters/registry/client.js'),
      import('./adapters/registry/reference.js'),
      options.userCredentials ? import('./adapters/registry/credentials.js') : undefined,
    ]);
    // Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one `credentials` are for.
    const host = configRegistry ? parseImageReference(`${configRegistry}/x:latest`).registry : undefined;
    const user = options.userCredentials && credentials?.userCredentials(options.userCredentials);
    const client = new RegistryClient({ credentials: (registry, repository) => (registry === host && options.credentials) || user?.(registry, repository) });
    return { client, parse: parseImageReference };
  })();
  return {
    hasManifest: async image => {
      const { client, parse } = await made;
      return client.hasManifest(parse(image));
    },
    resolveDigest: async image => {
      const { client, parse } = await made;
      return client.resolveDigest(parse(image));
    },
  };
}

/** The memory of pushed tags for one registry scope, restored now (`@actions/cache` loaded only then). */
async function tagMemory(options: { dir: string; runId: string; scope: string; backend?: CacheBackend }): Promise<TagMemory> {
  const [{ KnownTags, RememberingRegistry }, { formatImageReference, parseImageReference }] = await Promise.all([
    import('./adapters/registry/known-tags.js'),
    import('./adapters/registry/reference.js'),
  ]);
  const known = await KnownTags.restore(options);
  return {
    get size() {
      return known.size;
    },
    restoredFrom: known.restoredFrom,
    has: image => known.has(parseImageReference(image)),
    over: registry => {
      const remembering = new RememberingRegistry(
        { hasManifest: ref => registry.hasManifest(formatImageReference(ref)), resolveDigest: ref => registry.resolveDigest(formatImageReference(ref)) },
        known,
      );
      return { hasManifest: image => remembering.hasManifest(parseImageReference(image)), resolveDigest: image => remembering.resolveDigest(parseImageReference(image)) };
    },
    save: () => known.save(),
  };
}

/** The release repository in the workspace (a checkout, the CLI's folder). */
export function releases(): Releases {
  const repo = () => import('./adapters/release-repo.js');
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
      const [{ readRemoteRelease }, client] = await Promise.all([import('./adapters/release-repo.js'), github()]);
      return readRemoteRelease(client, release.remote);
    },
    merging: async () => {
      const [{ readMergingPulls }, client] = await Promise.all([import('./adapters/github/event.js'), github()]);
      return readMergingPulls(client, eventPath);
    },
  };
}

/** A local branch against its base in the clone `dir`: the commit it is at and its commits' messages, oldest first (what `lockstep check` takes for a PR). */
export async function branchCommits(dir: string, base: string, branch: string): Promise<{ head: string; messages: string[] }> {
  const { branchHead, branchMessages } = await import('./adapters/git/history.js');
  const [from, head] = await Promise.all([branchHead(dir, base), branchHead(dir, branch)]);
  return { head, messages: await branchMessages(dir, from, head) };
}

/** The GitHub web address links point at (`GITHUB_SERVER_URL`; github.com when unset). */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string {
  return githubServerUrl(env);
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
      const { GitPullSource } = await import('./adapters/pull-source.js');
      return new GitPullSource(ctx.configDir, ctx.config.file);
    };
  }
  return async ctx => {
    const [{ GitHubPullSource }, client] = await Promise.all([import('./adapters/pull-source.js'), github()]);
    return new GitHubPullSource(client, ctx.config.file);
  };
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

/** The deployers a rollout's steps use, each made (and its module loaded) when a step first needs it. */
export function deployers(options: DeployerOptions): DeployerSource {
  if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0) throw new LockstepError(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
  let made: Promise<Deployers> | undefined;
  return {
    for: async settings => {
      made ??= import('./adapters/deployers/index.js').then(m => new m.Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild }));
      return (await made).for(settings);
    },
  };
}
