import { overrideHint } from '../../src/core/deps/extract.js';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../../src/core/errors.js';
import { GitPullSource } from '../../src/adapters/pull-source.js';
import { changeFromMessage, firstParentCommits } from '../../src/adapters/git/history.js';
import { releases } from '../../src/composition/releases.js';
import { bootstrap, resolveDeps, type ReleaseContext } from '../../src/jobs/resolve-deps.js';
import { collectingReporter } from './support.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

const gitSource = (ctx: ReleaseContext) => new GitPullSource(ctx.configDir, ctx.config.file);

describe('changeFromMessage', () => {
  const C = '29d4d4d49fe2cecee9dd2cfda11c6004375bcd39';
  it('reads merge subjects, squash subjects and direct pushes', () => {
    expect(changeFromMessage(C, 'Merge pull request #12 from acme/topic\n\nUse the env var\n\n# dependency\n- pull: infra#7\n')).toEqual({
      commit: C,
      pull: 12,
      title: 'Use the env var',
      texts: [{ kind: 'description', body: '# dependency\n- pull: infra#7' }],
    });
    expect(changeFromMessage(C, 'Add env var (#7)\n\nbody line\n')).toEqual({ commit: C, pull: 7, title: 'Add env var', texts: [{ kind: 'description', body: 'body line' }] });
    expect(changeFromMessage(C, 'Fix typo in README\n')).toEqual({ commit: C, title: 'Fix typo in README', texts: [] });
  });
});

describe('source: git', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let api: TestRepo;
  let infra: TestRepo;
  beforeEach(async () => {
    dir = await tempDir('lockstep-resolve-');
    api = TestRepo.create(join(dir.path, 'clones', 'api'));
    infra = TestRepo.create(join(dir.path, 'clones', 'infra'), 'master');
    api.write('README.md', 'api').commit('initial');
    infra.write('README.md', 'infra').commit('initial');
    writeFileSync(
      join(dir.path, 'release.yaml'),
      'versions: versions\nrepositories:\n  infra: { branch: master, path: clones/infra }\n  api: { path: clones/api }\n',
    );
  });
  afterEach(() => dir.cleanup());

  const run = (extra: Partial<Parameters<typeof resolveDeps>[0]> = {}) => {
    const { reporter, log } = collectingReporter();
    return resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source: gitSource, onUnmerged: 'hold', write: true, ...extra }, reporter).then(r => ({ ...r, log }));
  };
  const boot = async () => {
    const { reporter } = collectingReporter();
    return bootstrap({ config: 'release.yaml', workspace: dir.path, releases: releases(), source: gitSource, write: true }, reporter);
  };
  const versionFile = (n: number) => readFileSync(join(dir.path, 'versions', `${n}.yaml`), 'utf8');

  it('asks for a bootstrap first, then writes version 1 pinning every head', async () => {
    await expect(run()).rejects.toThrow(/no version file yet in versions: write version 1 first with `lockstep bootstrap`/);
    const result = await boot();
    expect(result.versionFile).toBe('versions/1.yaml');
    expect(versionFile(1)).toBe(
      `version: 1\nrepositories:\n  infra: ${infra.head()}\n  api: ${api.head()}\nsteps:\n- repository: infra\n  commit: ${infra.head()}\n- repository: api\n  commit: ${api.head()}\n`,
    );
    await expect(boot()).rejects.toThrow('version 1 already exists: bootstrap only writes version 1');
  });

  it('orders merge and squash PRs across repositories, holds what waits for an unmerged PR', async () => {
    await boot();
    const v1api = api.head();
    const i7 = infra.squashPull(7, 'Add env var');
    const a12 = api.mergePull(12, 'Use the env var', '# dependency\n- pull: infra#7\n  is_compatible: true');
    const push = api.commit('Fix typo');
    const i8 = infra.mergePull(8, 'Read the api', 'Needs the API first.\n\n```\n# dependency\n- pull: api#12\n```');
    api.mergePull(13, 'Wait for infra', '# dependency\n- pull: infra#99');
    api.squashPull(14, 'Later change');

    const result = await run();
    expect(result.changed).toBe(true);
    expect(result.held).toEqual([
      { repository: 'api', number: 13, reason: 'needs infra#99, which is not merged (not on the first-parent history of master)' },
      { repository: 'api', number: 14, reason: 'merged after api#13, which is held' },
    ]);
    expect(versionFile(2)).toBe(
      [
        'version: 2',
        'previous: 1',
        'repositories:',
        `  infra: ${i8}`,
        `  api: ${push}`,
        'steps:',
        `- repository: infra`,
        `  commit: ${i7}`,
        `- repository: api`,
        `  commit: ${push}`,
        `- repository: infra`,
        `  commit: ${i8}`,
        'pulls:',
        '  infra:',
        '  - number: 7',
        '    title: Add env var',
        '  - number: 8',
        '    title: Read the api',
        '  api:',
        '  - number: 12',
        '    title: Use the env var',
        'held:',
        '- repository: api',
        '  number: 13',
        '  reason: needs infra#99, which is not merged (not on the first-parent history of master)',
        '- repository: api',
        '  number: 14',
        '  reason: merged after api#13, which is held',
        '',
      ].join('\n'),
    );
    expect(a12).not.toBe(v1api);
    expect(result.log.summary.join('\n')).toContain('```mermaid');

    // Next run: api#13 and api#14 are still waiting, nothing moves: no file.
    const again = await run();
    expect(again.changed).toBe(false);
    expect(readdirSync(join(dir.path, 'versions')).sort()).toEqual(['1.yaml', '2.yaml']);

    // infra#99 merges: the held PRs ship; the dependency on the released infra#7 is satisfied.
    const i99 = infra.mergePull(99, 'The missing piece');
    api.squashPull(15, 'Depends on released', '# dependency\n- pull: infra#7');
    const third = await run();
    expect(third.held).toEqual([]);
    expect(third.steps.map(s => s.repository)).toEqual(['infra', 'api']);
    expect(third.steps[0].commit).toBe(i99);
    expect(third.steps[1].commit).toBe(api.head());
  });

  it('refuses a cycle and writes nothing', async () => {
    await boot();
    api.mergePull(12, 'A', '# dependency\n- pull: infra#7');
    api.squashPull(15, 'D');
    // infra#5 needs api#15, which is merged after api#12, which needs infra#7, merged after infra#5.
    infra.squashPull(5, 'B', '# dependency\n- pull: api#15');
    infra.squashPull(7, 'C');
    const error = await run().catch(e => e as LockstepError);
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toBe(
      'dependency cycle, no deployment order exists: infra#5 needs api#15 → api#15 is after api#12 → api#12 needs infra#7 → infra#7 is after infra#5',
    );
    expect(existsSync(join(dir.path, 'versions', '2.yaml'))).toBe(false);
  });

  it('reports malformed blocks with the PR and line, and a rewritten branch with the config line', async () => {
    await boot();
    api.mergePull(12, 'A', 'prose\n# dependency\n- pull: infra#7\n  compatible: no\n- pull: nowhere#3');
    const error = (await run().catch(e => e)) as LockstepError & { errors?: LockstepError[] };
    expect(error.errors?.map(e => [e.location.file, e.location.line, e.message])).toEqual([
      ['api#12 description', 4, `dependency: unknown key "compatible" (expected one of: pull, is_compatible) (${overrideHint('api#12')})`],
      ['api#12 description', 5, `dependency "nowhere#3": repository is not in the release config (${overrideHint('api#12')})`],
    ]);

    infra.git('commit', '-q', '--amend', '-m', 'rewritten');
    await expect(run()).rejects.toMatchObject({ location: { file: 'release.yaml', line: 3 }, message: expect.stringContaining('repositories.infra: released commit') });
  });

  it('an override in release.yaml replaces a merged PR\'s broken block, records it, and warns about one not in the window', async () => {
    await boot();
    infra.squashPull(7, 'Add env var');
    api.mergePull(12, 'A', '# dependency\n* pull: infra#99\n');
    api.mergePull(13, 'B', '# dependency\n- pull: api#13\n');
    const broken = (await run({ write: false }).catch(e => e)) as LockstepError;
    expect(broken.message).toContain(overrideHint('api#12'));
    expect(broken.location).toEqual({ file: 'api#12 description', line: 2 });

    writeFileSync(
      join(dir.path, 'release.yaml'),
      [
        'versions: versions',
        'repositories:',
        '  infra: { branch: master, path: clones/infra }',
        '  api: { path: clones/api }',
        'overrides:',
        '  api#12:',
        '    dependencies: [{ pull: infra#7, is_compatible: true }]',
        '    reason: the commit message has a bullet',
        '  api#5: { dependencies: [] }',
        '',
      ].join('\n'),
    );
    const result = await run();
    expect(result.version?.overrides).toEqual([{ repository: 'api', number: 12, dependencies: [{ repository: 'infra', number: 7, isCompatible: true }], reason: 'the commit message has a bullet' }]);
    expect(versionFile(2)).toContain('overrides:\n- repository: api\n  number: 12\n  dependencies:\n  - repository: infra\n    number: 7\n    is_compatible: true\n  reason: the commit message has a bullet\n');
    expect(result.steps.map(s => s.repository)).toEqual(['infra', 'api']);
    expect(result.log.warning).toEqual([
      'api#13: dependency "api#13" names the PR itself: ignored',
      expect.stringMatching(/^overrides."api#5": api#5 is not among the changes merged since the last version /),
    ]);
  });

  it('adopts a repository new to the config at its head; its PRs count only when that head contains them', async () => {
    await boot();
    const web = TestRepo.create(join(dir.path, 'clones', 'web'));
    web.commit('initial');
    const w3 = web.squashPull(3, 'Web');
    const a4 = api.squashPull(4, 'Needs web', '# dependency\n- pull: web#3');
    api.squashPull(5, 'Needs a web PR the head lacks', '# dependency\n- pull: web#9');
    writeFileSync(join(dir.path, 'release.yaml'), 'repositories:\n  api: { path: clones/api }\n  web: { path: clones/web }\n');
    const result = await run();
    expect(result.version).toMatchObject({ repositories: { api: a4, web: w3 } });
    expect(result.steps).toEqual([
      { repository: 'web', commit: w3 },
      { repository: 'api', commit: a4 },
    ]);
    expect(result.held).toEqual([{ repository: 'api', number: 5, reason: 'needs web#9, which is not merged (not on the first-parent history of main)' }]);
    expect(result.log.warning).toEqual([
      'repository "infra" is in version 1 but no longer in the release config: the next version leaves it out',
      'api#5 held back: needs web#9, which is not merged (not on the first-parent history of main)',
    ]);
    expect(result.log.info).toContain(`web: not in version 1: adopted at its head ${w3.slice(0, 7)}`);
    expect(result.log.summary.join('\n')).toContain(`### Adopted\n\nNot in version 1: pinned at the branch head, deployed first.`);
    expect(result.log.summary.join('\n')).toContain(`| web | \`${w3.slice(0, 7)}\` |`);

    // The next version knows web: web#9 merges, api#5 ships after it.
    const w9 = web.squashPull(9, 'The piece');
    const next = await run();
    expect(next.steps).toEqual([
      { repository: 'web', commit: w9 },
      { repository: 'api', commit: api.head() },
    ]);
  });

  it('reads only first-parent commits after the released one', async () => {
    const released = api.head();
    api.git('checkout', '-q', '-b', 'side');
    api.commit('side work');
    api.git('checkout', '-q', 'main');
    const m = api.mergePull(3, 'Three');
    api.git('merge', '-q', '--no-ff', 'side', '-m', 'Merge branch side');
    const commits = await firstParentCommits(api.dir, released, api.head());
    expect(commits.map(c => c.commit)).toEqual([m, api.head()]);
    await expect(firstParentCommits(api.dir, '0'.repeat(40), api.head())).rejects.toThrow('does not exist');
    await expect(firstParentCommits(api.dir, '--output=x', api.head())).rejects.toThrow('not a full commit id');
  });
});
