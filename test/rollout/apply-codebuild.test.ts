import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { FakeCodeBuild } from '../support/fake-codebuild.js';
import { TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';
import { startAction, until } from './helpers.js';

/** The action with the CodeBuild deployer, against a local CodeBuild JSON endpoint. */
describe('apply-steps action: CodeBuild deployer', () => {
  const codebuild = new FakeCodeBuild(['deploy-api', 'deploy-web']);
  let tmp: { path: string; cleanup: () => Promise<void> };
  let release: TestRepo;
  let api: string;
  let web: string;

  beforeAll(() => codebuild.start());
  afterAll(() => codebuild.stop());
  beforeEach(async () => {
    tmp = await tempDir('lockstep-codebuild-');
    const component = TestRepo.create(join(tmp.path, 'component'));
    api = component.write('a', '1').commit('api');
    web = component.write('w', '1').commit('web');
    release = TestRepo.create(join(tmp.path, 'release'));
    release.write(
      'release.yaml',
      ['deploy: { deployer: codebuild }', 'repositories:', '  api:', '    deploy: { project: deploy-api }', '  web:', '    deploy: { project: deploy-web }', ''].join('\n'),
    );
    release.write('versions/1.yaml', serializeVersionFile({ version: 1, repositories: { api, web }, steps: [{ repository: 'api', commit: api }, { repository: 'web', commit: web }] }));
    release.commit('version 1');
    codebuild.calls.length = 0;
    codebuild.builds.length = 0;
    codebuild.faults.length = 0;
  });
  afterEach(() => tmp.cleanup());

  const inputs = { environment: 'production', state: 'file', 'state-file': 'state.json', 'codebuild-region': 'eu-west-1', 'poll-interval': '0.01' };
  const env = (attempt: string) => ({
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_REPOSITORY: 'crois/release',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: attempt,
  });
  const state = () => JSON.parse(readFileSync(join(release.dir, 'state.json'), 'utf8')).environments.production;

  it('runs each step as a build of its commit in its project', async () => {
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 2 });
    const result = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('1') });
    expect(result.exitCode).toBe(0);
    expect(codebuild.starts.map(s => [s.projectName, s.sourceVersion])).toEqual([
      ['deploy-api', api],
      ['deploy-web', web],
    ]);
    expect(new Set(codebuild.starts.map(s => s.idempotencyToken)).size).toBe(2);
    const applied = JSON.parse(result.outputs.applied) as Array<{ url: string }>;
    expect(applied[0].url).toContain('group=/aws/codebuild/deploy-api');
  });

  it('fails with the build log link, and a retry is a new build (a new idempotency token)', async () => {
    codebuild.outcome = b => ({ status: b.projectName === 'deploy-web' ? 'FAILED' : 'SUCCEEDED', polls: 0 });
    const failed = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('1') });
    expect(failed.exitCode).toBe(1);
    const message = failed.annotations.find(a => a.level === 'error')!.message;
    expect(message).toContain(`version 1, step 2/2 failed: web at ${web} (codebuild deployer)`);
    expect(message).toContain('group=/aws/codebuild/deploy-web');
    expect(message).toContain('ended FAILED in phase BUILD');

    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 0 });
    const retried = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('2') });
    expect(retried.exitCode).toBe(0);
    expect(codebuild.starts.map(s => s.projectName)).toEqual(['deploy-api', 'deploy-web', 'deploy-web']);
    expect(codebuild.builds.filter(b => b.projectName === 'deploy-web').map(b => b.buildStatus)).toEqual(['FAILED', 'SUCCEEDED']);
  });

  it('re-attaches to the build a dead runner started instead of starting it twice', async () => {
    codebuild.outcome = b => ({ status: 'SUCCEEDED', polls: 0, held: b.projectName === 'deploy-api' });
    const first = startAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('1') });
    await until(() => {
      try {
        return state().records.some((r: { status: string; ref?: unknown }) => r.status === 'started' && r.ref);
      } catch {
        return false;
      }
    }, 'the build id to be recorded');
    // The runner dies while the build runs: started and recorded, never finished.
    first.child.kill('SIGKILL');
    await new Promise(r => first.child.on('close', r));
    const [build] = codebuild.builds;
    expect(state().records[0]).toMatchObject({ repository: 'api', status: 'started', ref: { deployer: 'codebuild', id: build.id } });
    codebuild.finish(build.id, 'SUCCEEDED');

    // The workflow is re-run: attempt 2 of the same run takes over the hold.
    const resumed = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('2') });
    expect(resumed.exitCode).toBe(0);
    expect(resumed.stdout).toContain(`re-attaching to codebuild ${build.id} started by an earlier run`);
    expect(resumed.annotations.some(a => a.level === 'warning' && a.message.includes('taking over environment "production" from an earlier attempt of this run'))).toBe(true);
    expect(codebuild.starts.filter(s => s.projectName === 'deploy-api')).toHaveLength(1);
    expect(codebuild.calls.filter(c => c.operation === 'BatchGetBuilds' && (c.body.ids as string[])[0] === build.id).length).toBeGreaterThan(0);
    expect(state().version).toBe(1);
    expect(state().records.map((r: { repository: string; status: string }) => `${r.repository}:${r.status}`)).toEqual(['api:finished', 'web:finished']);
  });

  it('finds the build by its step id when the runner died before the build id was recorded', async () => {
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 1 });
    const first = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url, version: '1' }, env: env('1') });
    expect(first.exitCode).toBe(0);
    // Put the state back to the moment after StartBuild was sent for web but before its answer was recorded.
    const s = state();
    s.version = undefined;
    s.deployed = { api };
    s.versions[0].finished = [1];
    s.records[1] = { ...s.records[1], status: 'starting', ref: undefined, finishedAt: undefined };
    writeFileSync(join(release.dir, 'state.json'), JSON.stringify({ format: 'lockstep-state/1', environments: { production: s } }));
    const webBuilds = codebuild.builds.filter(b => b.projectName === 'deploy-web').length;

    const again = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('2') });
    expect(again.exitCode).toBe(0);
    expect(again.annotations.some(a => a.message.includes('starting it again as the same attempt'))).toBe(true);
    // The build carries the step's id: found among the project's builds, waited on, not started again.
    expect(again.annotations.some(a => a.level === 'warning' && a.message.includes('was already started for this step by an earlier run'))).toBe(true);
    expect(codebuild.starts.filter(x => x.projectName === 'deploy-web')).toHaveLength(1);
    expect(codebuild.builds.filter(b => b.projectName === 'deploy-web').length).toBe(webBuilds);
    expect(state().version).toBe(1);
  });

  it('an API error while re-attaching is an ::error naming the step; nothing is started', async () => {
    codebuild.outcome = b => ({ status: 'SUCCEEDED', polls: 0, held: b.projectName === 'deploy-api' });
    const first = startAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('1') });
    await until(() => {
      try {
        return state().records.some((r: { status: string; ref?: unknown }) => r.status === 'started' && r.ref);
      } catch {
        return false;
      }
    }, 'the build id to be recorded');
    first.child.kill('SIGKILL');
    await new Promise(r => first.child.on('close', r));
    codebuild.faults.push({ operation: 'BatchGetBuilds', status: 400, type: 'AccessDeniedException' });
    const resumed = await runAction('apply-steps', { cwd: release.dir, inputs: { ...inputs, 'codebuild-endpoint': codebuild.url }, env: env('2') });
    expect(resumed.exitCode).toBe(1);
    const error = resumed.annotations.find(a => a.level === 'error')!.message;
    expect(error).toContain(`version 1, step 1/2: api@${api.slice(0, 7)}: could not re-attach to CodeBuild build ${codebuild.builds[0].id}`);
    expect(error).toContain('AccessDeniedException');
    expect(error).not.toContain('unexpected error');
    expect(codebuild.starts).toHaveLength(1);
    codebuild.finish(codebuild.builds[0].id);
  });
});
