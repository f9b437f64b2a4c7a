import { assertCommitId } from '../../core/commit.js';
import { LockstepError } from '../../core/errors.js';
import type { Change } from '../../core/deps/model.js';
import { git } from './git.js';

/**
 * The branch's head in a local clone: the local branch, else the `origin` remote-tracking
 * one (a fresh clone only has the default branch locally).
 */
export async function branchHead(dir: string, branch: string): Promise<string> {
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      const { stdout } = await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
      return assertCommitId(stdout.trim(), `head of ${branch}`);
    } catch (e) {
      if (!(e instanceof LockstepError)) throw e;
    }
  }
  throw new LockstepError(`branch "${branch}" not found in ${dir}`);
}

/**
 * The first-parent commits after `released` up to `head`, oldest first, with their messages.
 * `released` must itself be on the first-parent line (a force-push that dropped it is an error).
 */
export async function firstParentCommits(dir: string, released: string, head: string): Promise<Array<{ commit: string; message: string }>> {
  assertCommitId(released, 'released commit');
  assertCommitId(head, 'branch head');
  try {
    await git(dir, ['cat-file', '-e', '--end-of-options', `${released}^{commit}`]);
  } catch {
    throw new LockstepError(`released commit ${released} does not exist in ${dir}`);
  }
  const { stdout } = await git(dir, ['log', '-z', '--first-parent', '--reverse', '--format=%H%x00%P%x00%B', '--end-of-options', `${released}..${head}`]);
  const fields = stdout.split('\0');
  const out: Array<{ commit: string; message: string }> = [];
  let expectedParent = released;
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const commit = fields[i].replace(/^\n/, '');
    const parents = fields[i + 1].split(' ');
    if (parents[0] !== expectedParent) {
      throw new LockstepError(`released commit ${released} is not on the first-parent history of ${head} in ${dir} (was the branch rewritten?)`);
    }
    expectedParent = commit;
    out.push({ commit: assertCommitId(commit, 'commit'), message: fields[i + 2] });
  }
  if (out.length === 0 && released !== head) {
    throw new LockstepError(`released commit ${released} is not an ancestor of the branch head ${head} in ${dir}`);
  }
  return out;
}

const MERGE_SUBJECT = /^Merge pull request #([0-9]+) from \S+/;
const SQUASH_SUBJECT = /^(.*\S)\s+\(#([0-9]+)\)$/;

/**
 * A first-parent commit as a change: GitHub's merge subject (`Merge pull request #N from ...`,
 * the PR title on the next paragraph) or a squash subject `Title (#N)`; the rest of the
 * message is the PR description.
 */
export function changeFromMessage(commit: string, message: string): Change {
  const lines = message.replace(/\s+$/, '').split('\n');
  const subject = lines[0] ?? '';
  const merge = MERGE_SUBJECT.exec(subject);
  if (merge) {
    let i = 1;
    while (i < lines.length && lines[i].trim() === '') i++;
    const title = lines[i]?.trim() || undefined;
    return withDescription({ commit, pull: Number(merge[1]), title }, lines.slice(i + 1));
  }
  const squash = SQUASH_SUBJECT.exec(subject);
  if (squash) return withDescription({ commit, pull: Number(squash[2]), title: squash[1] }, lines.slice(1));
  return { commit, title: subject || undefined, texts: [] };
}

function withDescription(change: Omit<Change, 'texts'>, rest: string[]): Change {
  const body = rest.join('\n').replace(/^\s*\n/, '');
  const c: Change = { commit: change.commit, pull: change.pull, texts: [{ kind: 'description', body }] };
  if (change.title) c.title = change.title;
  return c;
}

/**
 * PR numbers that `released` contains, so earlier versions delivered: squash subjects on its
 * first-parent history, and `Merge pull request #N` commits anywhere in its history (a PR
 * merged into another PR's branch, a stacked PR, reached the branch with that PR).
 */
export async function releasedPullNumbers(dir: string, released: string): Promise<Set<number>> {
  assertCommitId(released, 'released commit');
  const out = new Set<number>();
  const all = await git(dir, ['log', '--format=%s', '--end-of-options', released]);
  for (const subject of all.stdout.split('\n')) {
    const m = MERGE_SUBJECT.exec(subject);
    if (m) out.add(Number(m[1]));
  }
  const firstParent = await git(dir, ['log', '--first-parent', '--format=%s', '--end-of-options', released]);
  for (const subject of firstParent.stdout.split('\n')) {
    const s = MERGE_SUBJECT.test(subject) ? undefined : SQUASH_SUBJECT.exec(subject);
    if (s) out.add(Number(s[2]));
  }
  return out;
}

/**
 * Stacked PRs of a window: each `Merge pull request #N` commit on the second-parent line of one
 * of the window's first-parent merges (`firstParent`, oldest first), mapped to the first of
 * those merges that brought it onto the branch. What `released` already contains is not here.
 */
export async function carriedPullNumbers(dir: string, released: string, head: string, firstParent: readonly string[]): Promise<Map<number, string>> {
  assertCommitId(released, 'released commit');
  assertCommitId(head, 'branch head');
  const { stdout } = await git(dir, ['log', '-z', '--format=%H%x00%P%x00%s', '--end-of-options', `${released}..${head}`]);
  const fields = stdout.split('\0');
  const commits = new Map<string, { parents: string[]; subject: string }>();
  for (let i = 0; i + 2 < fields.length; i += 3) commits.set(fields[i].replace(/^\n/, ''), { parents: fields[i + 1].split(' ').filter(Boolean), subject: fields[i + 2] });
  const seen = new Set(firstParent);
  const out = new Map<number, string>();
  for (const carrier of firstParent) {
    const stack = (commits.get(carrier)?.parents ?? []).slice(1);
    while (stack.length) {
      const c = stack.pop()!;
      const commit = commits.get(c);
      // Outside the range: `released` already has it.
      if (!commit || seen.has(c)) continue;
      seen.add(c);
      const m = MERGE_SUBJECT.exec(commit.subject);
      if (m && !out.has(Number(m[1]))) out.set(Number(m[1]), carrier);
      stack.push(...commit.parents);
    }
  }
  return out;
}

/** The messages of the commits a branch has that `base` does not, oldest first: a PR's text before it is opened. */
export async function branchMessages(dir: string, base: string, head: string): Promise<string[]> {
  assertCommitId(base, 'base commit');
  assertCommitId(head, 'branch head');
  const { stdout } = await git(dir, ['log', '-z', '--reverse', '--format=%B', '--end-of-options', `${base}..${head}`]);
  return stdout.split('\0').map(m => m.replace(/^\n/, '').replace(/\s+$/, '')).filter(Boolean);
}
