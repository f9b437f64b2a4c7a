import { git } from '../../../src/adapters/git/git.js';
import type { GitHubWorld, WorldRepo } from '../../support/github-graphql.js';

const MERGE_SUBJECT = /^Merge pull request #([0-9]+) from \S+$/;

/**
 * Makes a repository of the fake GitHub hold exactly the history of a real local git
 * repository — same commit ids, merge commits as merged pull requests with their title and
 * description — so that what resolve-deps reads from the API and what the local example
 * builds are one story. Commit dates are assigned in topological order (the local commits
 * may share a second). Calling it again after more merges adds the new commits.
 */
export async function mirrorRepository(world: GitHubWorld, repo: WorldRepo, dir: string, branch = 'main'): Promise<void> {
  const { stdout } = await git(dir, ['log', '--reverse', '--topo-order', '-z', '--format=%H%x01%P%x01%B', branch]);
  if (repo.commits.size > 0 && ![...repo.commits.keys()].some(oid => stdout.includes(oid))) repo.commits.clear();
  let head = '';
  for (const entry of stdout.split('\0').filter(Boolean)) {
    const [oid, parentText, message] = entry.replace(/^\n/, '').split('\x01');
    head = oid;
    if (repo.commits.has(oid)) continue;
    const parents = parentText.split(' ').filter(Boolean);
    const date = world.tick();
    const lines = message.trimEnd().split('\n');
    const merge = MERGE_SUBJECT.exec(lines[0] ?? '');
    repo.commits.set(oid, { oid, parents, date, message, ...(merge ? { pull: Number(merge[1]) } : {}) });
    if (merge && parents.length === 2) {
      const title = lines[2]?.trim() ?? '';
      const body = lines.slice(4).join('\n');
      repo.pulls.set(Number(merge[1]), {
        number: Number(merge[1]),
        title,
        body,
        author: 'octocat',
        association: 'MEMBER',
        state: 'MERGED',
        base: branch,
        mergeCommit: oid,
        mergedAt: date,
        commits: [parents[1]],
      });
    }
  }
  repo.branches.set(branch, head);
}
