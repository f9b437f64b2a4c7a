import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMergingPulls } from '../../src/adapters/github/event.js';
import { readRemoteRelease } from '../../src/adapters/release-repo.js';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { checkRelease } from '../../src/jobs/check-deps.js';
import type { WorldRepo } from '../support/github-graphql.js';
import { tempDir } from '../support/tmp.js';
import { collectingReporter, graphQLWorld } from './support.js';

/** Check mode against a GitHub world: the release repository read through the API, every window, the PR merged next. */
describe('check mode runs the release planner', () => {
  const gh = graphQLWorld();
  let dir: { path: string; cleanup: () => Promise<void> };
  let release: WorldRepo;
  beforeEach(async () => {
    dir = await tempDir('lockstep-check-');
    release = gh.world.repo('crois/release');
  });
  afterEach(() => dir.cleanup());

  /** release.yaml naming `repos` and version 1 pinning their current heads. */
  const cut = (repos: WorldRepo[], extra = '') => {
    release.files.set('release.yaml', `repositories:\n${repos.map(r => `  ${r.name}: { github: ${r.owner}/${r.name} }`).join('\n')}\n${extra}`);
    const repositories = Object.fromEntries(repos.map(r => [r.name, r.head]));
    release.files.set('versions/1.yaml', serializeVersionFile({ version: 1, repositories, steps: repos.map(r => ({ repository: r.name, commit: r.head })) }));
  };
  const pullEvent = (repo: WorldRepo, number: number) => {
    const path = join(dir.path, 'event.json');
    const pr = repo.pulls.get(number)!;
    writeFileSync(path, JSON.stringify({ pull_request: { number, base: { ref: pr.base }, head: { sha: pr.commits[0] } }, repository: { full_name: `${repo.owner}/${repo.name}` } }));
    return path;
  };
  const check = async (eventPath: string) => {
    const client = gh.client();
    const { reporter, log } = collectingReporter();
    const before = gh.fake.requests.length;
    const result = await checkRelease(
      {
        release: () => readRemoteRelease(client, { owner: 'crois', name: 'release', ref: '', config: 'release.yaml' }),
        merging: () => readMergingPulls(client, eventPath),
        repositoryOf: (m, r) => r.config.repositories.find(x => x.github === `${m.owner}/${m.name}`),
        source: gh.source,
      },
      reporter,
    );
    return { ...result, log, requests: gh.fake.requests.length - before };
  };

  it('says where the PR ships: step and the PRs it waits for', async () => {
    const infra = gh.world.repo('crois/infra');
    const api = gh.world.repo('crois/api');
    cut([infra, api]);
    infra.squash({ number: 40 });
    infra.squash({ number: 41, title: 'Add env var' });
    api.open({ number: 12, body: '# dependency\n- pull: crois/infra#41' });
    const result = await check(pullEvent(api, 12));
    expect(result.errors).toBe(0);
    expect(result.placements).toEqual([{ pull: 'api#12', step: 2, steps: 2, after: ['infra#41'] }]);
    expect(result.log.info).toContain('api#12 ships in the next release, step 2 of 2, after infra#41');
    expect(result.log.summary[0]).toContain('| api#12 | next release, step 2 of 2, after infra#41 |');
    expect(result.log.summary[0]).toContain('No problems found.');
  });

  it('fails a cycle this PR closes through merge order, with the path', async () => {
    const infra = gh.world.repo('crois/infra');
    const api = gh.world.repo('crois/api');
    cut([infra, api]);
    api.open({ number: 20, body: '# dependency\n- pull: crois/infra#8' });
    // infra#7 was merged declaring it needs api#20 (held since); infra#8 merged after it.
    infra.squash({ number: 7, body: '# dependency\n- pull: crois/api#20' });
    infra.squash({ number: 8 });
    const result = await check(pullEvent(api, 20));
    expect(result.errors).toBe(1);
    expect(result.log.error).toEqual([
      'merging would make the next release impossible: dependency cycle, no deployment order exists: infra#7 needs api#20 → api#20 needs infra#8 → infra#8 is after infra#7',
    ]);
    expect(result.log.summary[0]).toContain('**1 problem(s)**');
  });

  it('fails a dependency on a repository outside the release or a PR that does not exist; warns of a hold', async () => {
    const infra = gh.world.repo('crois/infra');
    const api = gh.world.repo('crois/api');
    cut([infra, api]);
    infra.open({ number: 50 });
    api.open({ number: 12, body: '# dependency\n- pull: crois/other#3\n- pull: crois/infra#404\n- pull: crois/infra#50' });
    const result = await check(pullEvent(api, 12));
    expect(result.log.error).toEqual([
      'dependency "crois/other#3": repository is not in the release config',
      'dependency on infra#404, which does not exist (crois/infra#404 not found)',
    ]);
    expect(result.errors).toBe(2);

    api.open({ number: 13, body: '# dependency\n- pull: crois/infra#50' });
    const held = await check(pullEvent(api, 13));
    expect(held.errors).toBe(0);
    expect(held.placements).toEqual([{ pull: 'api#13', held: 'needs infra#50, which is not merged (open)' }]);
    expect(held.log.warning).toContain('api#13 would be held back from the next release: needs infra#50, which is not merged (open)');
  });

  it('a problem the next release has anyway is a warning, not this PR failing', async () => {
    const infra = gh.world.repo('crois/infra');
    const api = gh.world.repo('crois/api');
    cut([infra, api]);
    infra.squash({ number: 3, body: '# dependency\n- pull: crois/nowhere#1' });
    api.open({ number: 12 });
    const result = await check(pullEvent(api, 12));
    expect(result.errors).toBe(0);
    expect(result.log.warning.some(w => w.startsWith('the next release stops here whether or not this merges: dependency "crois/nowhere#1"'))).toBe(true);
  });

  it('merge_group: every PR of the group in queue order, read from the merge queue', async () => {
    const infra = gh.world.repo('crois/infra');
    const api = gh.world.repo('crois/api');
    cut([infra, api]);
    infra.squash({ number: 41 });
    api.open({ number: 12, body: '# dependency\n- pull: crois/infra#41' });
    api.open({ number: 13, body: '# dependency\n- pull: "#12"' });
    api.enqueue(12);
    const head = api.enqueue(13);
    const path = join(dir.path, 'group.json');
    writeFileSync(
      path,
      JSON.stringify({
        action: 'checks_requested',
        merge_group: { head_sha: head, head_ref: `refs/heads/gh-readonly-queue/main/pr-13-${api.head}`, base_sha: api.head, base_ref: 'refs/heads/main' },
        repository: { full_name: 'crois/api' },
      }),
    );
    const result = await check(path);
    expect(result.errors).toBe(0);
    expect(result.placements).toEqual([
      { pull: 'api#12', step: 2, steps: 2, after: ['infra#41'] },
      { pull: 'api#13', step: 2, steps: 2, after: [] },
    ]);
    expect(result.log.summary[0]).toContain('## resolve-deps check: merge group crois/api#12, #13');
  });

  it('reads 20 repositories x 100 merged PRs and the release repository in at most 6 GraphQL requests', async () => {
    const repos = Array.from({ length: 20 }, (_, r) => gh.world.repo(`crois/repo-${r}`));
    cut(repos);
    for (let n = 1; n <= 100; n++) {
      repos.forEach((repo, r) => {
        const body = n > 1 ? `# dependency\n- pull: repo-${(r + 1) % 20}#${n - 1}` : '';
        if (n % 2) repo.merge({ number: n, title: `PR ${n}`, body });
        else repo.squash({ number: n, title: `PR ${n}`, body });
      });
    }
    repos[3].open({ number: 500, body: '# dependency\n- pull: crois/repo-7#100\n- pull: crois/repo-2#1' });
    const result = await check(pullEvent(repos[3], 500));
    expect(result.errors).toBe(0);
    expect(result.placements).toHaveLength(1);
    expect(result.requests).toBeLessThanOrEqual(6);
    process.stderr.write(`check mode, 20 repositories x 100 merged PRs: ${result.requests} GraphQL requests\n`);
  });
});
