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
}

/** git's answers, each awaited when needed: the index comes well before `status`. */
export interface GitListing {
  indexed: Promise<GitResult>;
  status: Promise<GitResult>;
  /**
   * Where the workspace lies in the repository and how git names objects there (`git rev-parse
   * --show-prefix --show-object-format`): asked only when `status` names a path, to be read.
   */
  location(): Promise<RepoLocation>;
}

/** `git ls-files -s` and `git status`, started at once. */
export function gitListing(root: string, pathspec: string[]): GitListing {
  let location: Promise<RepoLocation> | undefined;
  const runs = {
    indexed: git(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...pathspec]),
    status: git(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
    location: () =>
      (location ??= git(root, ['rev-parse', '--show-prefix', '--show-object-format']).then(({ stdout }) => {
        const [prefix, format] = stdout.split('\n');
        // A git too old to know the option (before 2.25) echoes it, and has SHA-1 repositories only.
        return { prefix, format: format === 'sha256' ? 'sha256' : 'sha1' };
      })),
  };
  // Not a repository, or an answer never awaited: whoever awaits it reports or falls back.
  runs.indexed.catch(() => undefined);
  runs.status.catch(() => undefined);
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
