import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitPullSource } from '../../src/adapters/pull-source.js';
import { releases } from '../../src/composition/releases.js';
import { overrideHint } from '../../src/core/deps/extract.js';
import { bootstrap, resolveDeps, type ReleaseContext } from '../../src/jobs/resolve-deps.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';
import { collectingReporter, graphQLWorld, writeRelease } from './support.js';

/** A PR merged into another PR's branch (a stacked PR) ships when that branch reaches the released branch. */
describe('stacked pull requests', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir('lockstep-stacked-')));
  afterEach(() => dir.cleanup());

  it('git: a `Merge pull request #N` on the second-parent line of a first-parent merge delivers #N with that merge', async () => {
    const a = TestRepo.create(join(dir.path, 'clones', 'a'));
    const b = TestRepo.create(join(dir.path, 'clones', 'b'));
    a.commit('initial');
    b.commit('initial');
    // a#3 stacked on a#4, both merged before version 1: released.
    const stack = (carrier: number, stacked: number) => {
      a.git('checkout', '-q', '-b', `feat-${carrier}`);
      a.write(`f${carrier}.txt`, 'x').commit(`work for #${carrier}`);
      a.git('checkout', '-q', '-b', `pr-${stacked}`);
      a.write(`f${stacked}.txt`, 'x').commit(`work for #${stacked}`);
      a.git('checkout', '-q', `feat-${carrier}`);
      a.git('merge', '-q', '--no-ff', `pr-${stacked}`, '-m', `Merge pull request #${stacked} from acme/pr-${stacked}\n\nStacked ${stacked}`);
    };
    stack(4, 3);
    a.git('checkout', '-q', 'main');
    a.git('merge', '-q', '--no-ff', 'feat-4', '-m', 'Merge pull request #4 from acme/feat-4\n\nBase 4');
    writeFileSync(join(dir.path, 'release.yaml'), 'repositories:\n  a: { path: clones/a }\n  b: { path: clones/b }\n');
    const source = (ctx: ReleaseContext) => new GitPullSource(ctx.configDir, ctx.config.file);
    await bootstrap({ config: 'release.yaml', workspace: dir.path, releases: releases(), source, write: true }, collectingReporter().reporter);

    a.git('checkout', '-q', 'main');
    stack(6, 5);
    a.git('checkout', '-q', 'main');
    const first = a.squashPull(2, 'Unrelated');
    a.git('merge', '-q', '--no-ff', 'feat-6', '-m', 'Merge pull request #6 from acme/feat-6\n\nBase 6');
    const m6 = a.head();
    a.squashPull(7, 'After', '# dependency\n- pull: b#1');
    // a#8 merged into feat-9, which never reached main.
    stack(9, 8);
    a.git('checkout', '-q', 'main');
    const b1 = b.squashPull(1, 'Needs the stacked PR', '# dependency\n- pull: a#5');
    b.squashPull(2, 'Needs a released stacked PR', '# dependency\n- pull: a#3');
    b.squashPull(3, 'Needs a stack that never merged', '# dependency\n- pull: a#8');

    const { reporter } = collectingReporter();
    const result = await resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source, onUnmerged: 'hold', write: false }, reporter);
    expect(result.held).toEqual([{ repository: 'b', number: 3, reason: 'needs a#8, which is not merged (not on the first-parent history of main)' }]);
    // b#1 needs a#5, delivered by a's merge of #6; a#7 needs b#1: a moves to the merge of #6 first.
    expect(first).not.toBe(m6);
    expect(result.steps).toEqual([
      { repository: 'a', commit: m6 },
      { repository: 'b', commit: b.git('rev-parse', 'HEAD~1') },
      { repository: 'a', commit: a.head() },
    ]);
    expect(b1).toBe(b.git('rev-parse', 'HEAD~2'));
  });

  describe('GitHub', () => {
    const gh = graphQLWorld();

    it('state MERGED into another branch counts once its merge commit is in the branch, with the PR that carried it', async () => {
      const a = gh.world.repo('crois/a');
      const b = gh.world.repo('crois/b');
      a.branchOff('feat-4');
      a.mergeInto({ number: 3 }, 'feat-4');
      a.mergeBranch({ number: 4 }, 'feat-4');
      writeRelease(dir.path, 'repositories:\n  a: { github: crois/a }\n  b: { github: crois/b }\n', { repositories: { a: a.head, b: b.head } });

      a.branchOff('feat-6');
      a.mergeInto({ number: 5 }, 'feat-6');
      const m6 = a.mergeBranch({ number: 6 }, 'feat-6');
      const a7 = a.squash({ number: 7, body: '# dependency\n- pull: crois/b#1' });
      a.branchOff('feat-9');
      a.mergeInto({ number: 8 }, 'feat-9');
      const b1 = b.squash({ number: 1, body: '# dependency\n- pull: crois/a#5' });
      const b2 = b.squash({ number: 2, body: '# dependency\n- pull: crois/a#3' });
      b.squash({ number: 3, body: '# dependency\n- pull: crois/a#8' });

      const { reporter } = collectingReporter();
      const result = await resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source: gh.source, onUnmerged: 'hold', write: false }, reporter);
      expect(result.held).toEqual([{ repository: 'b', number: 3, reason: 'needs a#8, which is not merged (merged into feat-9, which has not reached main)' }]);
      expect(result.steps).toEqual([
        { repository: 'a', commit: m6 },
        { repository: 'b', commit: b2 },
        { repository: 'a', commit: a7 },
      ]);
      expect(result.version?.repositories).toEqual({ a: a7, b: b2 });
      expect(b1).not.toBe(b2);
      // Window, PR lookup, one stack level: no request per commit.
      expect(gh.fake.requests.length).toBe(3);
    });

    it('adopts a repository new to release.yaml at its head: a PR of it counts when the head contains it, a missing one is an error naming who needs it', async () => {
      const api = gh.world.repo('crois/api');
      const web = gh.world.repo('crois/web');
      writeRelease(dir.path, 'repositories:\n  api: { github: crois/api }\n  web: { github: crois/web }\n', { repositories: { api: api.head } });
      const w3 = web.squash({ number: 3 });
      web.open({ number: 4 });
      const a1 = api.squash({ number: 1, body: '# dependency\n- pull: crois/web#3' });
      api.squash({ number: 2, body: '# dependency\n- pull: crois/web#4' });
      const { source } = gh;
      const { reporter, log } = collectingReporter();
      const result = await resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source, onUnmerged: 'hold', write: true }, reporter);
      expect(result.steps).toEqual([
        { repository: 'web', commit: w3 },
        { repository: 'api', commit: a1 },
      ]);
      expect(result.held).toEqual([{ repository: 'api', number: 2, reason: 'needs web#4, which is not merged (open)' }]);
      expect(log.summary.join('\n')).toContain('### Adopted');
      // The windows of both (one query: web's is only its head) and the lookup of web#3 and web#4.
      expect(gh.fake.requests).toHaveLength(2);

      // Version 2 knows web now; a PR that does not exist is an error at the PR that names it.
      web.squash({ number: 5 });
      api.squash({ number: 6, body: '# dependency\n- pull: web#77' });
      const error = await resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source, onUnmerged: 'hold', write: false }, collectingReporter().reporter).catch(e => e as Error & { location?: unknown });
      expect(error).toMatchObject({ message: `api#6 needs web#77, which does not exist (crois/web#77 not found); ${overrideHint('api#6')}`, location: { file: 'api#6 description', line: 2 } });
    });
  });
});
