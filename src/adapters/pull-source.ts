import { isAbsolute, resolve } from 'node:path';
import type { RepositoryConfig } from '../core/config/release.js';
import { LockstepError } from '../core/errors.js';
import type { OutsideState, PullKey, RepoWindow } from '../core/deps/model.js';
import { pullKey } from '../core/deps/model.js';
import { branchHead, carriedPullNumbers, changeFromMessage, firstParentCommits, releasedPullNumbers } from './git/history.js';
import type { GitHubClient } from './github/client.js';
import { fetchPulls, readHeads, readWindows, resolveStacked, type PullNode, type StackedAnswer } from './github/pulls.js';

/**
 * Where merged PRs come from. The resolver does not care: a git source reads local clones
 * (no network), a GitHub source reads the GraphQL API. Both answer the same three questions.
 */
export interface PullSource {
  /**
   * Each repository's changes after its released commit, in the order given. Without
   * `released` the repository is adopted: an empty window whose released commit is its head.
   */
  windows(requests: ReadonlyArray<WindowRequest>): Promise<RepoWindow[]>;
  /** PRs no window holds: released before, carried by a change (a stacked PR), not merged (yet), or missing. Keyed `repo#N`. */
  lookup(targets: ReadonlyArray<{ repo: RepositoryConfig; number: number }>, windows: readonly RepoWindow[]): Promise<Map<string, OutsideState>>;
  /** Each repository's branch head (bootstrap, and repositories new to the config). */
  heads(repos: readonly RepositoryConfig[]): Promise<string[]>;
}

export interface WindowRequest {
  repo: RepositoryConfig;
  released?: string;
}

/** `source: git`: each repository's `path:` (relative to the release config's folder) is a local clone. */
export class GitPullSource implements PullSource {
  constructor(
    private readonly configDir: string,
    private readonly configFile: string,
  ) {}

  private dir(repo: RepositoryConfig): string {
    if (!repo.path) {
      throw new LockstepError(`repositories.${repo.name}: "path" (a local clone) is required with source: git`, { file: this.configFile, line: repo.line });
    }
    return isAbsolute(repo.path) ? repo.path : resolve(this.configDir, repo.path);
  }

  async heads(repos: readonly RepositoryConfig[]): Promise<string[]> {
    return Promise.all(repos.map(r => this.located(r, () => branchHead(this.dir(r), r.branch))));
  }

  async windows(requests: ReadonlyArray<WindowRequest>): Promise<RepoWindow[]> {
    return Promise.all(
      requests.map(({ repo, released }) =>
        this.located(repo, async () => {
          const dir = this.dir(repo);
          const head = await branchHead(dir, repo.branch);
          if (released === undefined) return { repository: repo.name, released: head, head, changes: [] };
          const commits = await firstParentCommits(dir, released, head);
          return { repository: repo.name, released, head, changes: commits.map(c => changeFromMessage(c.commit, c.message)) };
        }),
      ),
    );
  }

  async lookup(targets: ReadonlyArray<{ repo: RepositoryConfig; number: number }>, windows: readonly RepoWindow[]): Promise<Map<string, OutsideState>> {
    const out = new Map<string, OutsideState>();
    const read = new Map<string, { released: Set<number>; carried: Map<number, string> }>();
    for (const { repo, number } of targets) {
      const window = windows.find(w => w.repository === repo.name);
      if (!window) continue;
      if (!read.has(repo.name)) {
        read.set(
          repo.name,
          await this.located(repo, async () => {
            const dir = this.dir(repo);
            const commits = window.changes.map(c => c.commit);
            return { released: await releasedPullNumbers(dir, window.released), carried: await carriedPullNumbers(dir, window.released, window.head, commits) };
          }),
        );
      }
      const { released, carried } = read.get(repo.name)!;
      const carrier = carried.get(number);
      out.set(
        pullKey({ repository: repo.name, number }),
        released.has(number)
          ? { state: 'released' }
          : carrier
            ? { state: 'carried', commit: carrier, detail: `merged into another PR's branch, which reached ${repo.branch} with ${carrier.slice(0, 7)}` }
            : { state: 'unmerged', detail: `not on the first-parent history of ${repo.branch}` },
      );
    }
    return out;
  }

  /** Git errors name the repository entry of the release config. */
  private async located<T>(repo: RepositoryConfig, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof LockstepError && !e.location.file) {
        throw new LockstepError(`repositories.${repo.name}: ${e.message}`, { file: this.configFile, line: repo.line }, e.details);
      }
      throw e;
    }
  }
}

function ownerName(repo: RepositoryConfig, configFile: string): { owner: string; name: string } {
  if (!repo.github) throw new LockstepError(`repositories.${repo.name}: "github" (owner/repo) is required with source: github`, { file: configFile, line: repo.line });
  const [owner, name] = repo.github.split('/');
  return { owner, name };
}

/** `source: github`: the GraphQL API through the shared client (retries and rate limits included). */
export class GitHubPullSource implements PullSource {
  private readonly headDates = new Map<string, string | undefined>();

  constructor(
    private readonly client: GitHubClient,
    private readonly configFile: string,
  ) {}

  async heads(repos: readonly RepositoryConfig[]): Promise<string[]> {
    return readHeads(this.client, repos.map(r => ({ ...ownerName(r, this.configFile), branch: r.branch })));
  }

  async windows(requests: ReadonlyArray<WindowRequest>): Promise<RepoWindow[]> {
    const read = await readWindows(
      this.client,
      requests.map(({ repo, released }) => ({ ...ownerName(repo, this.configFile), branch: repo.branch, released })),
    );
    return read.map((w, i) => {
      this.headDates.set(requests[i].repo.name, w.headDate);
      return { repository: requests[i].repo.name, released: requests[i].released ?? w.head, head: w.head, changes: w.changes };
    });
  }

  async lookup(targets: ReadonlyArray<{ repo: RepositoryConfig; number: number }>, windows: readonly RepoWindow[]): Promise<Map<string, OutsideState>> {
    const found = await fetchPulls(this.client, targets.map(t => ({ ...ownerName(t.repo, this.configFile), number: t.number })));
    const stackedAt = targets.flatMap((t, i) => (found[i]?.merged && found[i]!.baseRefName !== t.repo.branch ? [i] : []));
    const stacked = stackedAt.length
      ? await resolveStacked(this.client, stackedAt.map(i => ({ ...ownerName(targets[i].repo, this.configFile), branch: targets[i].repo.branch, pull: found[i]! })))
      : [];
    const out = new Map<string, OutsideState>();
    targets.forEach(({ repo, number }, i) => {
      const pr = found[i];
      const key = pullKey({ repository: repo.name, number } satisfies PullKey);
      const headDate = this.headDates.get(repo.name);
      const window = windows.find(w => w.repository === repo.name);
      const arrived = (mergedAt: string | null) => !headDate || !mergedAt || Date.parse(mergedAt) <= Date.parse(headDate);
      if (!pr) out.set(key, { state: 'missing', detail: `${repo.github}#${number} not found` });
      else if (!pr.merged) out.set(key, { state: 'unmerged', detail: pr.state === 'CLOSED' ? 'closed without merging' : 'open' });
      else if (pr.baseRefName !== repo.branch) out.set(key, this.stackedState(repo, pr, stacked[stackedAt.indexOf(i)], window, arrived));
      else if (!arrived(pr.mergedAt)) out.set(key, { state: 'unmerged', detail: 'merged after this run read the branch' });
      else out.set(key, { state: 'released' });
    });
    return out;
  }

  /** A PR merged into another branch counts once its merge commit is in the released branch's history. */
  private stackedState(repo: RepositoryConfig, pr: PullNode, answer: StackedAnswer, window: RepoWindow | undefined, arrived: (mergedAt: string | null) => boolean): OutsideState {
    const into = `merged into ${pr.baseRefName}`;
    if (!answer.reached) return { state: 'unmerged', detail: `${into}, which has not reached ${repo.branch}` };
    const carrier = answer.carrier;
    const commit = carrier?.mergeCommit ?? pr.mergeCommit?.oid;
    if (commit && window?.changes.some(c => c.commit === commit)) {
      return { state: 'carried', commit, detail: `${into}, which reached ${repo.branch} with ${carrier ? `#${carrier.number}` : commit.slice(0, 7)}` };
    }
    if (!carrier) return { state: 'unmerged', detail: `${into}; its merge commit is on ${repo.branch}, but no merged PR of ${pr.baseRefName} tells in which change` };
    if (!arrived(carrier.mergedAt)) return { state: 'unmerged', detail: `${into}, which reached ${repo.branch} with #${carrier.number} after this run read the branch` };
    return { state: 'released' };
  }
}
