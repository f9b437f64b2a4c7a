import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubPullSource } from '../../src/adapters/pull-source.js';
import { releases } from '../../src/composition/releases.js';
import type { RepositoryConfig } from '../../src/core/config/release.js';
import { resolveDeps } from '../../src/jobs/resolve-deps.js';
import { validateGitHubQuery } from '../support/github-graphql.js';
import { tempDir } from '../support/tmp.js';
import { collectingReporter, graphQLWorld, writeRelease } from './support.js';

const repoConfig = (name: string, github: string, branch = 'main', line = 1): RepositoryConfig => ({ name, github, branch, line });

describe('source: github', () => {
  // Every query any test sends must be valid against GitHub's schema.
  const gh = graphQLWorld();

  it('the validator rejects what GitHub would reject', () => {
    expect(validateGitHubQuery('{ repository(owner: "a", name: "b") { pullRequest(number: 1) { nope } } }')).toEqual([
      'Cannot query field "nope" on type "PullRequest".',
    ]);
    expect(validateGitHubQuery('query { viewer { login } }')).toEqual([]);
  });

  it('reads first-parent changes with descriptions, trusted comments and every comment page', async () => {
    const api = gh.world.repo('crois/api-server');
    const released = api.head;
    api.open({ number: 3, title: 'still open' });
    const many = Array.from({ length: 120 }, (_, i) => ({ body: `comment ${i}`, author: 'bob', association: 'MEMBER' }));
    many[110] = { body: '# dependency\n- pull: crois/infra#8', author: 'bob', association: 'MEMBER' };
    const m1 = api.merge({ number: 12, title: 'Use env var', author: 'alice', body: 'x\n# dependency\n- pull: infra#7', comments: many });
    const push = api.push('hotfix');
    const s1 = api.squash({ number: 13, title: 'Squashed', author: 'alice', comments: [{ body: '# dependency\n- pull: "#3"', author: 'mallory' }] });
    const source = new GitHubPullSource(gh.client(), 'release.yaml');
    const [w] = await source.windows([{ repo: repoConfig('api', 'crois/api-server'), released }]);
    expect(w.head).toBe(s1);
    expect(w.changes.map(c => [c.commit, c.pull, c.title, c.author])).toEqual([
      [m1, 12, 'Use env var', 'alice'],
      [push, undefined, undefined, undefined],
      [s1, 13, 'Squashed', 'alice'],
    ]);
    expect(w.changes[0].texts).toHaveLength(121);
    expect(w.changes[0].texts[111]).toMatchObject({ kind: 'comment', body: '# dependency\n- pull: crois/infra#8', author: 'bob', association: 'MEMBER' });
    expect(w.changes[2].texts[1]).toMatchObject({ author: 'mallory', association: 'NONE' });
    // One query for the window, one for the remaining comment page.
    expect(gh.fake.requests).toHaveLength(2);
  });

  it('looks up PRs outside the window by number: released, open, closed, other base, missing', async () => {
    const infra = gh.world.repo('crois/infra');
    infra.squash({ number: 1, title: 'old' });
    const released = infra.head;
    infra.open({ number: 2 });
    infra.open({ number: 4 }, 'CLOSED');
    infra.squash({ number: 5, title: 'new' });
    const repo = repoConfig('infra', 'crois/infra');
    const source = new GitHubPullSource(gh.client(), 'release.yaml');
    const windows = await source.windows([{ repo, released }]);
    const found = await source.lookup([1, 2, 4, 77].map(number => ({ repo, number })), windows);
    expect(Object.fromEntries(found)).toEqual({
      'infra#1': { state: 'released' },
      'infra#2': { state: 'unmerged', detail: 'open' },
      'infra#4': { state: 'unmerged', detail: 'closed without merging' },
      'infra#77': { state: 'missing', detail: 'crois/infra#77 not found' },
    });
    expect(windows[0].changes.map(c => c.pull)).toEqual([5]);
    expect(gh.fake.requests).toHaveLength(2);

    // Merged after the window was read, or into another branch: not part of this release.
    infra.squash({ number: 40 });
    infra.squash({ number: 41 });
    infra.pulls.get(41)!.base = 'develop';
    const late = await source.lookup([40, 41].map(number => ({ repo, number })), windows);
    expect(Object.fromEntries(late)).toEqual({
      'infra#40': { state: 'unmerged', detail: 'merged after this run read the branch' },
      'infra#41': { state: 'unmerged', detail: 'merged into develop; its merge commit is on main, but no merged PR of develop tells in which change' },
    });
  });

  it('reports a repository or branch that does not exist', async () => {
    const source = new GitHubPullSource(gh.client(), 'release.yaml');
    await expect(source.windows([{ repo: repoConfig('x', 'crois/nope'), released: 'a'.repeat(40) }])).rejects.toThrow('repository crois/nope not found (or the token cannot read it)');
    const api = gh.world.repo('crois/api');
    await expect(source.windows([{ repo: repoConfig('x', 'crois/api', 'trunk'), released: api.head }])).rejects.toThrow('crois/api: branch "trunk" not found');
    await expect(source.windows([{ repo: repoConfig('x', 'crois/api'), released: 'a'.repeat(40) }])).rejects.toThrow(
      `crois/api: released commit ${'a'.repeat(40)} does not exist (was the branch rewritten?)`,
    );
    // A commit that exists but is not on the branch's first-parent line.
    api.open({ number: 1 });
    const side = [...api.pulls.get(1)!.commits][0];
    api.squash({ number: 2 });
    await expect(source.windows([{ repo: repoConfig('x', 'crois/api'), released: side }])).rejects.toThrow('is not on the first-parent history of "main"');
  });

  it('reads 20 repositories with 100 merged PRs each in a handful of requests', async () => {
    const repos = Array.from({ length: 20 }, (_, r) => gh.world.repo(`crois/repo-${r}`));
    const released = repos.map(r => r.head);
    for (let n = 1; n <= 100; n++) {
      repos.forEach((repo, r) => {
        const body = n > 1 ? `# dependency\n- pull: repo-${(r + 1) % 20}#${n - 1}` : '';
        if (n % 2) repo.merge({ number: n, title: `PR ${n}`, body });
        else repo.squash({ number: n, title: `PR ${n}`, body });
      });
    }
    const source = new GitHubPullSource(gh.client(), 'release.yaml');
    const windows = await source.windows(repos.map((repo, r) => ({ repo: repoConfig(`repo-${r}`, `crois/repo-${r}`), released: released[r] })));
    expect(windows.map(w => w.changes.length)).toEqual(repos.map(() => 100));
    expect(windows.every(w => w.changes.every((c, i) => c.pull === i + 1))).toBe(true);
    // 150 first-parent + side commits per repository: 2 pages, all 20 repositories in each query.
    expect(gh.fake.requests.length).toBe(2);
    process.stderr.write(`20 repositories x 100 merged PRs: ${gh.fake.requests.length} GraphQL requests\n`);
  });

  it('resolves a release end to end against the API', async () => {
    const infra = gh.world.repo('crois/infra', 'master');
    const api = gh.world.repo('crois/api');
    const dir = await tempDir();
    try {
      writeRelease(dir.path, 'repositories:\n  infra: { github: crois/infra, branch: master }\n  api: { github: crois/api }\n', { repositories: { infra: infra.head, api: api.head } });
      infra.squash({ number: 1, title: 'old' });
      const i7 = infra.merge({ number: 7, title: 'Add env var' });
      const a12 = api.squash({ number: 12, title: 'Use env var', author: 'alice', comments: [{ body: '# dependency\n- pull: crois/infra#7', author: 'alice', association: 'CONTRIBUTOR' }] });
      api.squash({ number: 13, title: 'Waits', body: '# dependency\n- pull: https://github.com/crois/infra/pull/30' });
      infra.open({ number: 30 });
      const { reporter, log } = collectingReporter();
      const result = await resolveDeps(
        { config: 'release.yaml', workspace: dir.path, releases: releases(), source: gh.source, onUnmerged: 'hold', write: true },
        reporter,
      );
      expect(result.steps).toEqual([
        { repository: 'infra', commit: i7 },
        { repository: 'api', commit: a12 },
      ]);
      expect(result.held).toEqual([{ repository: 'api', number: 13, reason: 'needs infra#30, which is not merged (open)' }]);
      expect(readFileSync(join(dir.path, 'versions', '2.yaml'), 'utf8')).toContain('pulls:\n  infra:\n  - number: 1\n    title: old\n  - number: 7\n');
      expect(log.summary.join('\n')).toContain('n0 --> n1');
    } finally {
      await dir.cleanup();
    }
  });

  it('applies a release.yaml override to a merged PR read from the API, and records it', async () => {
    const infra = gh.world.repo('crois/infra', 'master');
    const api = gh.world.repo('crois/api');
    const dir = await tempDir();
    try {
      const config = 'repositories:\n  infra: { github: crois/infra, branch: master }\n  api: { github: crois/api }\n';
      writeRelease(dir.path, config, { repositories: { infra: infra.head, api: api.head } });
      const i7 = infra.merge({ number: 7, title: 'Add env var' });
      const a12 = api.squash({ number: 12, title: 'Use env var', body: '# dependency\n- pull: crois/infra#30\n  compatible: yes' });
      infra.open({ number: 30 });
      const run = () => {
        const { reporter } = collectingReporter();
        return resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source: gh.source, onUnmerged: 'hold', write: true }, reporter);
      };
      await expect(run()).rejects.toMatchObject({ location: { file: 'api#12 description', line: 3 }, message: expect.stringContaining('overrides: { "api#12"') });
      writeFileSync(join(dir.path, 'release.yaml'), `${config}overrides:\n  api#12:\n    dependencies:\n    - pull: crois/infra#7\n`);
      const result = await run();
      expect(result.steps).toEqual([
        { repository: 'infra', commit: i7 },
        { repository: 'api', commit: a12 },
      ]);
      expect(result.version?.overrides).toEqual([{ repository: 'api', number: 12, dependencies: [{ repository: 'infra', number: 7, isCompatible: true }] }]);
    } finally {
      await dir.cleanup();
    }
  });
});
