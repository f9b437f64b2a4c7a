import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { overrideHint } from '../../src/core/deps/extract.js';
import { parseVersionFile, serializeVersionFile } from '../../src/core/versions/version-file.js';
import { FakeGitHub } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { GitHubWorld, serveGraphQL, type GraphQLServer } from '../support/github-graphql.js';
import { runAction, runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

describe('resolve-deps action (bundle), source: git', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let api: TestRepo;
  let infra: TestRepo;
  beforeEach(async () => {
    dir = await tempDir('lockstep-action-');
    api = TestRepo.create(join(dir.path, 'clones', 'api'));
    infra = TestRepo.create(join(dir.path, 'clones', 'infra'));
    api.commit('initial');
    infra.commit('initial');
    mkdirSync(join(dir.path, 'release'));
    writeFileSync(join(dir.path, 'release', 'release.yaml'), 'repositories:\n  infra: { path: ../clones/infra }\n  api: { path: ../clones/api }\n');
  });
  afterEach(() => dir.cleanup());
  const action = (inputs: Record<string, string>) => runAction('resolve-deps', { cwd: dir.path, inputs: { config: 'release/release.yaml', source: 'git', ...inputs } });

  it('bootstraps, releases in dependency order, then reports nothing to do', async () => {
    const boot = await action({ mode: 'bootstrap' });
    expect(boot.exitCode).toBe(0);
    expect(boot.outputs).toMatchObject({ changed: 'true', version: '1', 'version-file': 'release/versions/1.yaml' });

    const i7 = infra.squashPull(7, 'Add env var');
    const a12 = api.mergePull(12, 'Use env var', '# dependency\n- pull: infra#7');
    const i8 = infra.squashPull(8, 'Needs api', '# dependency\n- pull: api#12');
    api.squashPull(13, 'Incompatible', '# dependency\n- pull: infra#8\n  is_compatible: false');
    const run = await action({});
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs.version).toBe('2');
    expect(run.outputs['version-file']).toBe('release/versions/2.yaml');
    expect(JSON.parse(run.outputs.steps)).toEqual([
      { repository: 'infra', commit: i7 },
      { repository: 'api', commit: a12 },
      { repository: 'infra', commit: i8 },
    ]);
    expect(JSON.parse(run.outputs.held)).toEqual([{ repository: 'api', number: 13, reason: 'must ship in a later release than infra#8 (is_compatible: false)' }]);
    const v2 = parseVersionFile(readFileSync(join(dir.path, 'release', 'versions', '2.yaml'), 'utf8'), '2.yaml', 2);
    expect(v2).toMatchObject({ version: 2, previous: 1, repositories: { infra: i8, api: a12 }, pulls: { infra: [{ number: 7 }, { number: 8 }], api: [{ number: 12 }] } });
    expect(run.summary).toContain('| 1 | infra | `' + i7.slice(0, 7) + '` |');
    // The reason is user-facing text: markdown characters in it are escaped (one rule for every summary, src/core/markdown.ts).
    expect(run.summary).toContain('| api#13 | must ship in a later release than infra#8 (is\\_compatible: false) |');
    expect(run.summary).toMatch(/```mermaid\ngraph LR\n {2}subgraph r0\["infra"\]/);
    expect(run.annotations).toEqual([expect.objectContaining({ level: 'warning', message: 'api#13 held back: must ship in a later release than infra#8 (is_compatible: false)' })]);

    // api#13 goes out in the next release, now that infra#8 is released.
    const next = await action({});
    expect(JSON.parse(next.outputs.steps)).toEqual([{ repository: 'api', commit: api.head() }]);
    expect(next.outputs.held).toBe('[]');

    const idle = await action({});
    expect(idle.exitCode).toBe(0);
    expect(idle.outputs).toMatchObject({ changed: 'false', version: '', 'version-file': '', steps: '[]', held: '[]' });
    expect(readdirSync(join(dir.path, 'release', 'versions')).sort()).toEqual(['1.yaml', '2.yaml', '3.yaml']);
  });

  it('plans without writing when write is false', async () => {
    await action({ mode: 'bootstrap' });
    infra.squashPull(1, 'One');
    const run = await action({ write: 'false' });
    expect(run.outputs).toMatchObject({ changed: 'true', version: '2', 'version-file': 'release/versions/2.yaml' });
    expect(existsSync(join(dir.path, 'release', 'versions', '2.yaml'))).toBe(false);
  });

  it('turns bad input into annotations with file and line, and writes nothing', async () => {
    await action({ mode: 'bootstrap' });
    api.mergePull(12, 'Bad block', 'Intro\n\n# dependency\n- pull: infra#7\n  is_compatable: true');
    const bad = await action({});
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations).toEqual([
      { level: 'error', properties: { file: 'api#12 description', line: '5' }, message: `api#12 description:5: dependency: unknown key "is_compatable" (expected one of: pull, is_compatible) (${overrideHint('api#12')})` },
    ]);
    expect(bad.stdout).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir.path, 'release', 'versions'))).toEqual(['1.yaml']);

    const onUnmerged = await action({ 'on-unmerged': 'sometimes' });
    expect(onUnmerged.exitCode).toBe(1);
    expect(onUnmerged.annotations[0].message).toBe('input on-unmerged: "sometimes" is not one of hold, fail');

    writeFileSync(join(dir.path, 'release', 'versions', '1.yaml'), 'version: 1\nrepositories:\n  api: 12345\nsteps: []\n');
    const broken = await action({});
    expect(broken.annotations[0]).toMatchObject({ level: 'error', properties: { file: 'release/versions/1.yaml', line: '3' } });

    writeFileSync(join(dir.path, 'release', 'release.yaml'), 'repositories:\n  api: { path: x, colour: red }\n');
    const config = await action({});
    expect(config.annotations[0]).toMatchObject({ level: 'error', properties: { file: 'release/release.yaml', line: '2' } });
    expect(readdirSync(join(dir.path, 'release', 'versions'))).toEqual(['1.yaml']);
  });

  it('fails a cycle with the path, and on-unmerged: fail stops on an unmerged dependency', async () => {
    await action({ mode: 'bootstrap' });
    api.squashPull(1, 'A', '# dependency\n- pull: infra#2');
    infra.squashPull(2, 'B', '# dependency\n- pull: api#1');
    const cycle = await action({});
    expect(cycle.exitCode).toBe(1);
    expect(cycle.annotations[0].message).toContain('dependency cycle, no deployment order exists: infra#2 needs api#1 → api#1 needs infra#2');
    expect(readdirSync(join(dir.path, 'release', 'versions'))).toEqual(['1.yaml']);
  });

  it('the CLI prints the plan and writes only with --write', async () => {
    await action({ mode: 'bootstrap' });
    infra.squashPull(3, 'Three', '# dependency\n- pull: api#40');
    const cwd = join(dir.path, 'release');
    const plan = await runCli(['resolve'], { cwd });
    expect(plan.exitCode).toBe(0);
    expect(plan.stdout).toContain('(no steps: nothing to release)');
    expect(plan.stdout).toContain('infra#3: needs api#40, which is not merged (not on the first-parent history of main)');
    const fail = await runCli(['resolve', '--on-unmerged', 'fail'], { cwd });
    expect(fail.exitCode).toBe(1);
    expect(fail.stderr).toBe(`error: infra#3 description:2: infra#3 needs api#40, which is not merged (not on the first-parent history of main); on-unmerged is fail; ${overrideHint('infra#3')}\n`);
    api.squashPull(40, 'Forty');
    const dry = await runCli(['resolve'], { cwd });
    expect(dry.stdout).toContain(`1. api → ${api.head()}`);
    expect(dry.stdout).toContain('(not written: run with --write to create versions/2.yaml)');
    expect(existsSync(join(cwd, 'versions', '2.yaml'))).toBe(false);
    const write = await runCli(['resolve', '--write'], { cwd });
    expect(write.exitCode).toBe(0);
    expect(readFileSync(join(cwd, 'versions', '2.yaml'), 'utf8')).toContain(`steps:\n- repository: api\n  commit: ${api.head()}\n- repository: infra\n  commit: ${infra.head()}\n`);
  });
});

describe('resolve-deps action (bundle) against a local GitHub', () => {
  let fake: FakeGitHub;
  let world: GitHubWorld;
  let server: GraphQLServer;
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    fake = new FakeGitHub();
    world = new GitHubWorld();
    server = serveGraphQL(fake, () => world.root());
    await fake.start();
    dir = await tempDir('lockstep-action-gh-');
  });
  afterEach(async () => {
    expect(server.invalid()).toEqual([]);
    await fake.stop();
    await dir.cleanup();
  });
  const env = () => ({ GITHUB_API_URL: fake.url });

  it('bootstraps and releases with source: github', async () => {
    const api = world.repo('acme/api');
    const web = world.repo('acme/web');
    writeFileSync(join(dir.path, 'release.yaml'), 'repositories:\n  api: { github: acme/api }\n  web: { github: acme/web }\n');
    const boot = await runAction('resolve-deps', { cwd: dir.path, inputs: { mode: 'bootstrap', token: 'secret-token' }, env: env() });
    expect(boot.exitCode).toBe(0);
    expect(boot.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('secret-token');
    const w1 = web.squash({ number: 1, title: 'Web first', body: '# dependency\n- pull: acme/api#2' });
    const a2 = api.merge({ number: 2, title: 'API' });
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: { token: 'secret-token' }, env: env() });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.steps)).toEqual([
      { repository: 'api', commit: a2 },
      { repository: 'web', commit: w1 },
    ]);
  });

  /** The release repository acme/release on the local GitHub, version 1 pinning the current heads. */
  const releaseRepo = (repos: Array<{ name: string; head: string }>) => {
    const release = world.repo('acme/release');
    release.files.set('release.yaml', `repositories:\n${repos.map(r => `  ${r.name}: { github: acme/${r.name} }`).join('\n')}\n`);
    const repositories = Object.fromEntries(repos.map(r => [r.name, r.head]));
    release.files.set('versions/1.yaml', serializeVersionFile({ version: 1, repositories, steps: repos.map(r => ({ repository: r.name, commit: r.head })) }));
  };
  const checkInputs = { mode: 'check', token: 't', 'release-repository': 'acme/release' };

  it('check mode: annotates a malformed block, a missing target and a cycle through merge order; warns of a hold', async () => {
    const api = world.repo('acme/api');
    const web = world.repo('acme/web');
    releaseRepo([api, web]);
    web.open({ number: 5, title: 'Waits' });
    web.squash({ number: 6, title: 'Needs this PR', body: '# dependency\n- pull: acme/api#9' });
    web.squash({ number: 7, title: 'After it' });
    api.open({
      number: 9,
      title: 'This PR',
      body: ['Intro', '# dependency', '- pull: web#7', '- pull: "#404"', '- pull: web#5', '  is_compatible: nope'].join('\n'),
    });
    const event = join(dir.path, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9, base: { ref: 'main' }, head: { sha: api.pulls.get(9)!.commits[0] } }, repository: { full_name: 'acme/api' } }));
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(run.exitCode).toBe(1);
    const byLevel = (level: string) => run.annotations.filter(a => a.level === level).map(a => a.message);
    expect(byLevel('error')).toEqual([
      'api#9 description:6: dependency: "is_compatible" must be true or false',
      'api#9 description:4: dependency on api#404, which does not exist (acme/api#404 not found)',
      '2 problem(s) would reach the next release (see the annotations)',
    ]);

    // The block fixed: the missing PR fails it, then (once removed) the cycle through web's merge order.
    api.pulls.get(9)!.body = '# dependency\n- pull: web#7\n- pull: "#404"';
    const missing = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(missing.annotations.filter(a => a.level === 'error').map(a => a.message)[0]).toBe('api#9 description:3: dependency on api#404, which does not exist (acme/api#404 not found)');
    api.pulls.get(9)!.body = '# dependency\n- pull: web#7';
    const cycle = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(cycle.exitCode).toBe(1);
    expect(cycle.annotations.filter(a => a.level === 'error').map(a => a.message)[0]).toBe(
      'merging would make the next release impossible: dependency cycle, no deployment order exists: api#9 needs web#7 → web#7 is after web#6 → web#6 needs api#9',
    );
    api.pulls.get(9)!.body = '# dependency\n- pull: web#5';
    const held = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(held.exitCode).toBe(0);
    expect(held.annotations.map(a => [a.level, a.message])).toEqual([['warning', 'api#9 would be held back from the next release: needs web#5, which is not merged (open)']]);
    expect(JSON.parse(held.outputs.held)).toEqual([{ pull: 'api#9', reason: 'needs web#5, which is not merged (open)' }]);
  });

  it('check mode: passes a PR whose block is fine, says where it ships, ignores blocks from commenters without write access', async () => {
    const api = world.repo('acme/api');
    const web = world.repo('acme/web');
    releaseRepo([web, api]);
    web.merge({ number: 3, title: 'merged' });
    api.open({
      number: 9,
      author: 'alice',
      body: '# dependency\n- pull: web#3\n- pull: "#9"',
      comments: [{ body: '# dependency\n- pull: acme/ghost#1', author: 'mallory', association: 'NONE' }],
    });
    const event = join(dir.path, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9, base: { ref: 'main' }, head: { sha: api.pulls.get(9)!.commits[0] } }, repository: { full_name: 'acme/api' } }));
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: "api#9 comment 1 by @mallory: api#9 comment 1 by @mallory: dependency block ignored: @mallory is neither the PR's author nor has write access (NONE)",
      }),
      expect.objectContaining({ level: 'warning', message: 'api#9 description:3: api#9: dependency "#9" names the PR itself: ignored' }),
    ]);
    expect(run.summary).toContain('| api#9 | next release, step 2 of 2, after web#3 |');
    expect(run.summary).toContain('No problems found.');
    expect(JSON.parse(run.outputs.placement)).toEqual([{ pull: 'api#9', step: 2, steps: 2, after: ['web#3'] }]);

    const noEvent = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: env() });
    expect(noEvent.exitCode).toBe(1);
    expect(noEvent.annotations[0].message).toBe('mode check needs a pull_request or merge_group event (GITHUB_EVENT_PATH is not set)');
    const outside = join(dir.path, 'outside.json');
    writeFileSync(outside, JSON.stringify({ pull_request: { number: 1, base: { ref: 'main' }, head: { sha: api.head } }, repository: { full_name: 'acme/other' } }));
    world.repo('acme/other').open({ number: 1 });
    const notInRelease = await runAction('resolve-deps', { cwd: dir.path, inputs: checkInputs, env: { ...env(), GITHUB_EVENT_PATH: outside } });
    expect(notInRelease.exitCode).toBe(1);
    expect(notInRelease.annotations[0].message).toBe('acme/release:release.yaml: acme/other is not a repository of the release (acme/web, acme/api)');
  });
});
