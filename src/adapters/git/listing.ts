import { resolve } from 'node:path';
import { git, type GitResult } from './git.js';

// What the listing of a working tree asks git, apart from what is done with the answers
// (worktree.ts): small, so that an action can start git before it loads anything else.

/** A repository's object format: how git names its objects. */
export type ObjectFormat = 'sha1' | 'sha256';

/** Where a workspace lies in its repository (`a/b/`, empty at the root), and how git names objects there. */
export interface RepoLocation {
  prefix: string;
  format: ObjectFormat;
  /** The repository's own attributes file (`$GIT_DIR/info/attributes`), absolute or relative to the workspace. */
  infoAttributes?: string;
}

/** git's answers, each awaited when needed: the index comes well before `status`. */
export interface GitListing {
  /** `git ls-files -s -v -z`, with its bytes: each record is `<tag> <mode> <oid> <stage>\t<path>` (`-v`: lower case for assume-unchanged, `S` for skip-worktree). */
  indexed: Promise<GitResult>;
  status: Promise<GitResult>;
  /** `git config -z --list`: the settings under which the checkout's bytes may differ from the blobs (core.fileMode, core.autocrlf, ...). */
  config: Promise<GitResult>;
  /**
   * Where the workspace lies in the repository and how git names objects there (`git rev-parse
   * --show-prefix --show-object-format --git-path info/attributes`).
   */
  location(): Promise<RepoLocation>;
}

/** `git ls-files -s`, `git status` and `git config`, started at once. */
export function gitListing(root: string, pathspec: string[]): GitListing {
  // Started with the others: the listing needs it whenever anything is read from disk.
  const location: Promise<RepoLocation> = git(root, ['rev-parse', '--show-prefix', '--show-object-format', '--git-path', 'info/attributes']).then(({ stdout }) => {
    const [prefix, format, infoAttributes] = stdout.split('\n');
    // A git too old to know the option (before 2.25) echoes it, and has SHA-1 repositories only.
    return { prefix, format: format === 'sha256' ? 'sha256' : 'sha1', infoAttributes: infoAttributes || undefined };
  });
  location.catch(() => undefined);
  const runs = {
    // Its bytes are kept: the tags are hashed from them (`FileColumns.bytes`).
    indexed: git(root, ['--literal-pathspecs', 'ls-files', '-s', '-v', '-z', '--', ...pathspec], { keepBytes: true }),
    status: git(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
    config: git(root, ['config', '-z', '--list']),
    location: () => location,
  };
  // Not a repository, or an answer never awaited: whoever awaits it reports or falls back.
  runs.indexed.catch(() => undefined);
  runs.status.catch(() => undefined);
  runs.config.catch(() => undefined);
  return runs;
}

/** Listings started ahead of time, by workspace root: see `startWorktreeListing`. */
const headStarts = new Map<string, GitListing>();

/**
 * Starts git listing the whole workspace now, for the next `worktreeSnapshot(root)`:
 * an action calls this before loading the rest of its code and reading its config, and git
 * (which takes as long as loading the bundle does) runs meanwhile on another core. A whole
 * workspace listing serves any paths; nothing outside them is read.
 */
export function startWorktreeListing(root: string): void {
  headStarts.set(resolve(root), gitListing(resolve(root), ['.']));
}

/** The listing `startWorktreeListing(root)` started, once; undefined when none was. */
export function takeHeadStart(root: string): GitListing | undefined {
  const runs = headStarts.get(resolve(root));
  headStarts.delete(resolve(root));
  return runs;
}
