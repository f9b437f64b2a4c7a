import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersionFile } from '../../src/core/versions/version-file.js';
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
      { level: 'error', properties: { file: 'api#12 description', line: '5' }, message: 'api#12 description:5: dependency: unknown key "is_compatable" (expected one of: pull, is_compatible)' },
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
    expect(fail.stderr).toBe('error: infra#3 description:2: infra#3 needs api#40, which is not merged (not on the first-parent history of main); on-unmerged is fail\n');
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

  it('check mode: annotates a malformed block, a missing target, an unmerged one and a cycle', async () => {
    const api = world.repo('acme/api');
    const web = world.repo('acme/web');
    web.open({ number: 5, title: 'Waits', body: '# dependency\n- pull: acme/api#9' });
    api.merge({ number: 3, title: 'merged' });
    api.open({
      number: 9,
      title: 'This PR',
      body: ['Intro', '# dependency', '- pull: web#5', '- pull: api#3', '- pull: "#404"', '- pull: web#6', '  is_compatible: nope'].join('\n'),
    });
    const event = join(dir.path, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9, body: 'stale' }, repository: { full_name: 'acme/api' } }));
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: { mode: 'check', token: 't' }, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(run.exitCode).toBe(1);
    const byLevel = (level: string) => run.annotations.filter(a => a.level === level).map(a => a.message);
    expect(byLevel('error')).toEqual([
      'acme/api#9 description:7: dependency: "is_compatible" must be true or false',
      'acme/api#9 description:5: dependency "#404": acme/api#404 does not exist (or the token cannot read it)',
      'acme/api#9 description: merging acme/api#9 would close a dependency cycle: acme/api#9 needs acme/web#5 → acme/web#5 needs acme/api#9',
      '3 problem(s) in the dependency blocks of acme/api#9',
    ]);
    expect(byLevel('warning')).toEqual(['acme/api#9 description:3: dependency "web#5": acme/web#5 is not merged yet (open); this PR will be held back until it is']);
    expect(run.summary).toContain('| acme/api#3 | true | merged |');
    expect(run.outputs.held).toBe(JSON.stringify([{ pull: 'acme/web#5', state: 'open' }]));
  });

  it('check mode: passes a PR whose block is fine, ignoring blocks from commenters without write access', async () => {
    const api = world.repo('acme/api');
    api.merge({ number: 3, title: 'merged' });
    api.open({
      number: 9,
      author: 'alice',
      body: '# dependency\n- pull: "#3"\n- pull: "#9"',
      comments: [{ body: '# dependency\n- pull: acme/ghost#1', author: 'mallory', association: 'NONE' }],
    });
    const event = join(dir.path, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9 }, repository: { full_name: 'acme/api' } }));
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: { mode: 'check', token: 't' }, env: { ...env(), GITHUB_EVENT_PATH: event } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: "acme/api#9 comment 1 by @mallory: dependency block ignored: @mallory is neither the PR's author nor has write access (NONE)",
      }),
      expect.objectContaining({ level: 'warning', message: 'acme/api#9 description:3: dependency "#9" names this PR itself: ignored' }),
    ]);
    expect(run.summary).toContain('No problems found.');

    const noEvent = await runAction('resolve-deps', { cwd: dir.path, inputs: { mode: 'check', token: 't' }, env: env() });
    expect(noEvent.exitCode).toBe(1);
    expect(noEvent.annotations[0].message).toBe('mode check needs a pull_request event (GITHUB_EVENT_PATH is not set)');
  });
});
