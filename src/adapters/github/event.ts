import { readFile } from 'node:fs/promises';
import { isCommitId } from '../../core/commit.js';
import { LockstepError } from '../../core/errors.js';
import type { MergingPulls } from '../../core/deps/check.js';
import type { GitHubClient } from './client.js';
import { completeComments, fetchMergeGroup, fetchPulls, pullChange } from './pulls.js';

interface EventPayload {
  pull_request?: { number?: number; base?: { ref?: string }; head?: { sha?: string } };
  merge_group?: { head_sha?: string; head_ref?: string; base_ref?: string };
  repository?: { full_name?: string };
}

/** GitHub's merge-queue branch: `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`, N the last PR of the group. */
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-([0-9]+)-[0-9a-f]{40}$/;

/**
 * The PRs of a `pull_request` or `merge_group` event (GITHUB_EVENT_PATH): for a pull request,
 * that PR; for a merge group, every PR of the group in queue order (the branch's merge queue
 * entries up to the one whose head is the group's `head_sha`). Descriptions and all comments
 * are read through the API.
 */
export async function readMergingPulls(client: GitHubClient, eventPath: string): Promise<MergingPulls> {
  let event: EventPayload;
  try {
    event = JSON.parse(await readFile(eventPath, 'utf8')) as EventPayload;
  } catch (e) {
    throw new LockstepError(`cannot read the event payload ${eventPath}: ${(e as Error).message}`);
  }
  const full = event.repository?.full_name ?? '';
  const [owner, name] = full.split('/');
  if (!owner || !name) throw new LockstepError('the event payload names no repository (repository.full_name)');
  const notes: string[] = [];
  const out = (base: string, pulls: MergingPulls['pulls'], title: string): MergingPulls => ({ owner, name, base, pulls, title, notes });

  if (event.merge_group) {
    const { head_sha: head, head_ref: headRef, base_ref: baseRef } = event.merge_group;
    if (!head || !isCommitId(head) || !baseRef?.startsWith('refs/heads/')) throw new LockstepError('merge_group event without a head_sha and base_ref');
    const base = baseRef.slice('refs/heads/'.length);
    const group = await fetchMergeGroup(client, { owner, name }, base, head);
    let pulls: MergingPulls['pulls'];
    if (group) {
      pulls = group.map(g => pullChange(g.pull, g.head));
    } else {
      // The entry left the queue before this job asked (merged or removed): the group's own PR is in its branch name.
      const number = QUEUE_REF.exec(headRef ?? '')?.[1];
      if (!number) throw new LockstepError(`merge group ${head}: not in the merge queue of ${base} any more, and its head_ref "${headRef}" names no PR`);
      const [pr] = await fetchPulls(client, [{ owner, name, number: Number(number) }]);
      if (!pr) throw new LockstepError(`${full}#${number} (from the merge group's head_ref) does not exist`);
      notes.push(`the merge group left the queue before this check read it: checked ${full}#${number} alone`);
      pulls = [pullChange(pr, head)];
    }
    await completeComments(client, pulls);
    return out(base, pulls, `merge group ${full}${pulls.map(p => `#${p.pull}`).join(', ')}`);
  }

  const number = event.pull_request?.number;
  const head = event.pull_request?.head?.sha;
  const base = event.pull_request?.base?.ref;
  if (!number || !head || !isCommitId(head) || !base) throw new LockstepError('mode check runs on a pull_request or merge_group event (no pull request in the event payload)');
  const [pr] = await fetchPulls(client, [{ owner, name, number }]);
  if (!pr) throw new LockstepError(`${full}#${number} not found (or the token cannot read it)`);
  const pulls = [pullChange(pr, head)];
  await completeComments(client, pulls);
  return out(base, pulls, `${full}#${number}`);
}
