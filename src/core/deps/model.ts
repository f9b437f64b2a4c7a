/** A PR description or one of its comments: where dependency blocks are written. */
export interface PullText {
  kind: 'description' | 'comment';
  body: string;
  /** GitHub login of the writer (absent for the git source, where every text is the commit message). */
  author?: string;
  /** GitHub's authorAssociation of the writer (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...). */
  association?: string;
  url?: string;
}

/** One first-parent commit of a repository's branch since the released commit. */
export interface Change {
  commit: string;
  /** The PR this commit merged, when there is one (a direct push has none and rides along). */
  pull?: number;
  title?: string;
  /** Login of the PR's author. */
  author?: string;
  texts: PullText[];
}

/** What a repository has to offer this release: its changes after the released commit, oldest first. */
export interface RepoWindow {
  repository: string;
  released: string;
  head: string;
  changes: Change[];
}

/**
 * A PR outside every window, looked up by number. `carried`: it was merged into another PR's
 * branch (a stacked PR) and that branch reached the released branch with the window's change
 * `commit`, so it ships with that change.
 */
export type OutsideState =
  | { state: 'released' }
  | { state: 'carried'; commit: string; detail: string }
  | { state: 'unmerged'; detail: string }
  | { state: 'missing'; detail: string };

export interface PullKey {
  repository: string;
  number: number;
}

/** "change `from` of its repository needs PR `target`". */
export interface DependencyEdge {
  from: { repository: string; index: number };
  target: PullKey;
  isCompatible: boolean;
  /** Where it was written, for messages: `repo-1#12 description, line 3`. */
  where: string;
  /** The same as an annotation location (the PR text as the file, its line). */
  location?: { file: string; line: number };
}

export function pullKey(k: PullKey): string {
  return `${k.repository}#${k.number}`;
}
