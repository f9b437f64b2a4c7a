/**
 * What the jobs are handed: every way a job reaches git, the file system, a registry, GitHub
 * or the release repository is one of these ports, given to it in its options. A job imports
 * no adapter (test/flow/layers.test.ts fails if one does); src/composition/ builds the
 * real ports from plain options, for the actions and the CLI alike, and a test may hand a job
 * its own.
 */
import type { TreeSnapshot } from '../adapters/git/worktree.js';
import type { Deployer } from '../adapters/deployers/deployer.js';
import type { PullSource } from '../adapters/pull-source.js';
import type { ReleaseContext, ReleaseSnapshot } from '../adapters/release-repo.js';
import type { StateStore } from '../adapters/state/store.js';
import type { DeploySettings } from '../core/rollout/deploy-settings.js';

export type { Deployer, PullSource, ReleaseContext, ReleaseSnapshot, StateStore, TreeSnapshot };

/** Trees of a git repository to compute tags from (hash-tag, why). */
export interface Snapshots {
  /** The working tree at `root` as Docker would send it; `warning` hears what git could not say. */
  worktree(root: string, warning: (message: string) => void): TreeSnapshot;
  /** The tree of commit `revision`; not a commit: an error naming it. */
  commit(root: string, revision: string): Promise<TreeSnapshot>;
}

/** The workspace files hash-tag renders and writes. Paths are absolute unless said otherwise. */
export interface Files {
  /**
   * Every file at or below `path` (relative to `root`, `/`-separated, as returned): `.git`
   * folders are skipped, a link to a file is listed, a link to a folder is not walked; nothing
   * at `path`: none.
   */
  list(root: string, path: string): Promise<string[]>;
  /** A file's bytes and permission bits, through symbolic links. */
  read(path: string): Promise<{ bytes: Buffer; mode: number }>;
  /** Whether `path` itself is a symbolic link. */
  isLink(path: string): Promise<boolean>;
  /** Replaces `path` whole (readers see the old bytes or the new, never half); `mode`, when given, is set on it. */
  writeAtomic(path: string, data: string | Uint8Array, mode?: number): Promise<void>;
}

/** A container registry, as hash-tag asks it. Images are references as written (`ghcr.io/acme/app:tag`, a FROM line's). */
export interface TagRegistry {
  /** Whether the registry holds the image's tag (or digest). */
  hasManifest(image: string): Promise<boolean>;
  /** The digest the image's tag points at now. */
  resolveDigest(image: string): Promise<string>;
}

/** A memory, kept across runs, of the tags a registry was seen to hold (content tags never change meaning). */
export interface TagMemory {
  /** Tags remembered. */
  readonly size: number;
  /** Where the memory was restored from; undefined when this run starts with none. */
  readonly restoredFrom: string | undefined;
  /** Whether `image` was seen pushed. */
  has(image: string): boolean;
  /** `registry`, answering remembered tags itself and remembering those it finds. */
  over(registry: TagRegistry): TagRegistry;
  /** Keeps what this run learnt for the next; false when there was nothing new or nowhere to keep it. */
  save(): Promise<boolean>;
}

/** The release repository in the workspace: its config and version files. */
export interface Releases {
  /** The release config at `configPath` (relative to `workspace`) and its folder of version files. */
  open(configPath: string, workspace: string): Promise<ReleaseContext>;
  /** The same, with its newest version file; none yet is an error saying to bootstrap. */
  latest(configPath: string, workspace: string): Promise<ReleaseSnapshot & { ctx: ReleaseContext }>;
}

/** The deployer for a step's settings, made when a step first needs it. */
export interface DeployerSource {
  for(settings: DeploySettings): Promise<Deployer>;
}
