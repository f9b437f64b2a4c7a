import { join } from 'node:path';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { FakeGitHub } from '../support/fake-github.js';
import { FakeDeployments, FakeWorkflows, violationsOf } from '../support/github-rest.js';
import { TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/**
 * The action's defaults inside GitHub: progress in the Deployments API of the release
 * repository, steps run by workflows in the component repositories. Every REST request is
 * checked against GitHub's OpenAPI description.
 */
describe('apply-steps action: Deployments state, workflow deployer', () => {
  const github = new FakeGitHub();
  let tmp: { path: string; cleanup: () => Promise<void> };
  let release: TestRepo;
  let deployments: FakeDeployments;
  let workflows: FakeWorkflows;
  const c: Record<string, string> = {};

  beforeAll(async () => {
    await github.start();
    tmp = await tempDir('lockstep-gh-');
    const component = TestRepo.create(join(tmp.path, 'component'));
    for (const k of ['infra1', 'api1', 'api2']) c[k] = component.write('f', k).commit(k);
    release = TestRepo.create(join(tmp.path, 'release'));
    release.write('release.yaml', 'deploy: { deployer: workflow, workflow: deploy.yml }\nrepositories:\n  infra: { github: crois/infra, branch: master }\n  api: { github: crois/api }\n');
    release.write('versions/1.yaml', serializeVersionFile({ version: 1, repositories: { infra: c.infra1, api: c.api1 }, steps: [{ repository: 'infra', commit: c.infra1 }, { repository: 'api', commit: c.api1 }] }));
    release.write('versions/2.yaml', serializeVersionFile({ version: 2, repositories: { infra: c.infra1, api: c.api2 }, steps: [{ repository: 'api', commit: c.api2 }] }));
    release.commit('versions 1 and 2');
    deployments = new FakeDeployments().install(github);
    workflows = new FakeWorkflows(true).install(github);
  });
  afterAll(async () => {
    await github.stop();
    await tmp.cleanup();
  });
  afterEach(() => expect(violationsOf(github).splice(0)).toEqual([]));

  const run = (inputs: Record<string, string> = {}, runId = '900') =>
    runAction('apply-steps', {
      cwd: release.dir,
      inputs: { environment: 'staging', token: 'ghs_fake_token', 'poll-interval': '0.01', ...inputs },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'crois/release', GITHUB_SHA: release.head(), GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' },
    });

  it('plans without writing anything to GitHub', async () => {
    const plan = await run({ plan: 'true' });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs.plan).toContain('deploy from nothing yet to version 2');
    expect(github.requests.filter(r => r.method !== 'GET')).toEqual([]);
  });

  it('dispatches one workflow per step and records each step as a deployment status', async () => {
    workflows.outcome = () => ({ conclusion: 'success', polls: 1 });
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::add-mask::ghs_fake_token');
    expect(result.stdout.replace('::add-mask::ghs_fake_token', '')).not.toContain('ghs_fake_token');
    expect(workflows.runs.map(r => [r.repository, r.ref, r.inputs.commit, r.inputs.version, r.inputs.environment])).toEqual([
      ['crois/infra', 'master', c.infra1, '1', 'staging'],
      ['crois/api', 'main', c.api1, '1', 'staging'],
      ['crois/api', 'main', c.api2, '2', 'staging'],
    ]);
    const made = deployments.of('staging (lockstep)');
    expect(made.map(d => [d.ref, (d.payload as { version: number }).version, d.description])).toEqual([
      [release.head(), 1, 'version 1: 2 steps'],
      [release.head(), 2, 'version 2: 1 step'],
    ]);
    const v2 = made[1].statuses.map(s => `${s.state} ${s.description}`);
    expect(v2).toEqual([`in_progress step 1/1 api@${c.api2.slice(0, 7)} started #1 workflow:${workflows.runs[2].id}`, 'success version 2 reached']);
    expect(made[1].statuses[0].log_url).toBe(workflows.runs[2].html_url);
    const applied = JSON.parse(result.outputs.applied) as Array<{ url: string }>;
    expect(applied.map(a => a.url)).toEqual(workflows.runs.map(r => r.html_url));
  });

  it('reads "what is deployed where" back from the deployments on the next run', async () => {
    const before = workflows.runs.length;
    const again = await run({}, '901');
    expect(again.exitCode).toBe(0);
    expect(again.outputs['from-version']).toBe('2');
    expect(again.stdout).toContain('already at version 2');
    expect(workflows.runs.length).toBe(before);
  });

  it('fails with the workflow run page and refuses a concurrent holder', async () => {
    release.write('versions/3.yaml', serializeVersionFile({ version: 3, repositories: { infra: c.infra1, api: c.api1 }, steps: [{ repository: 'api', commit: c.api1 }] }));
    release.commit('version 3');
    workflows.outcome = () => ({ conclusion: 'failure', polls: 0 });
    const failed = await run({}, '902');
    expect(failed.exitCode).toBe(1);
    const failedRun = workflows.runs.at(-1)!;
    const message = failed.annotations.find(a => a.level === 'error')!.message;
    expect(message).toContain(`version 3, step 1/1 failed: api at ${c.api1} (workflow deployer)`);
    expect(message).toContain(failedRun.html_url);
    expect(deployments.of('staging (lockstep)').at(-1)!.statuses.at(-1)).toMatchObject({ state: 'failure', log_url: failedRun.html_url });

    // A hold of a run that is still going (its lease renewed until 10 minutes from now): refused, break-lock or not.
    const lock = deployments.of('staging (lockstep)', 'lockstep:lock')[0];
    const token = '0a1b2c3d-0000-4000-8000-000000000950';
    const hold = (end: number) => deployments.seedStatus(lock, 'in_progress', `lock ${token} ${end} 1234abcd 1 crois/release/950 crois/release run 950 attempt 1`);
    hold(Math.floor(Date.now() / 1000) + 600);
    for (const inputs of [{}, { 'break-lock': 'true' }] as Array<Record<string, string>>) {
      const refused = await run(inputs, '903');
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations.find(a => a.level === 'error')!.message).toContain('environment "staging" is held by crois/release run 950 attempt 1');
    }
    expect(workflows.runs.length).toBe(4);

    // Its holder died: the lease it renewed last has run out, and break-lock takes the hold.
    hold(Math.floor(Date.now() / 1000) - 60);
    workflows.outcome = () => ({ conclusion: 'success', polls: 0 });
    const resumed = await run({ 'break-lock': 'true' }, '903');
    expect(resumed.annotations.some(a => a.level === 'warning' && a.message.includes('breaking the stale hold of crois/release run 950 attempt 1'))).toBe(true);
    expect(resumed.exitCode).toBe(0);
    expect(deployments.of('staging (lockstep)').length).toBe(3);
    expect(deployments.of('staging (lockstep)').at(-1)!.statuses.at(-1)).toMatchObject({ state: 'success', description: 'version 3 reached' });
  });

  it('on GitHub Enterprise Server: dispatches without return_run_details once refused, finds the run, links to the server', async () => {
    const ghes = new FakeWorkflows('ghes').install(github);
    release.write('versions/4.yaml', serializeVersionFile({ version: 4, repositories: { infra: c.infra1, api: c.api2 }, steps: [{ repository: 'api', commit: c.api2 }] }));
    release.commit('version 4');
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com' };
    const plan = await runAction('apply-steps', {
      cwd: release.dir,
      inputs: { environment: 'staging', token: 'ghs_fake_token', plan: 'true' },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'crois/release', GITHUB_SHA: release.head(), ...env },
    });
    expect(plan.outputs.plan).toContain(`(https://ghe.example.com/crois/api/compare/${c.api1}...${c.api2})`);
    expect(plan.outputs.plan).not.toContain('https://github.com');
    const result = await runAction('apply-steps', {
      cwd: release.dir,
      inputs: { environment: 'staging', token: 'ghs_fake_token', 'poll-interval': '0.01' },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'crois/release', GITHUB_SHA: release.head(), GITHUB_RUN_ID: '904', GITHUB_RUN_ATTEMPT: '1', ...env },
    });
    expect({ exit: result.exitCode, errors: result.annotations.filter(a => a.level === 'error') }).toEqual({ exit: 0, errors: [] });
    expect(ghes.refused).toEqual(['return_run_details']);
    expect(ghes.runs).toHaveLength(1);
    const url = `https://ghe.example.com/crois/api/actions/runs/${ghes.runs[0].id}`;
    expect(JSON.parse(result.outputs.applied)).toEqual([expect.objectContaining({ repository: 'api', status: 'finished', url })]);
    expect(deployments.of('staging (lockstep)').at(-1)!.statuses.map(x => x.log_url)).toContain(url);
  });
});
