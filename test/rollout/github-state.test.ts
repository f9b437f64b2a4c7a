import { createGitHubClient } from '../../src/adapters/github/client.js';
import { WorkflowDeployer } from '../../src/adapters/deployers/workflow.js';
import { DeploymentsStateStore, LOCK_TASK } from '../../src/adapters/state/deployments.js';
import type { LockstepError } from '../../src/core/errors.js';
import { planRollout } from '../../src/core/rollout/plan.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { FakeGitHub } from '../support/fake-github.js';
import { checkRestRequest, FakeDeployments, FakeWorkflows, violationsOf } from '../support/github-rest.js';
import { files, sha, version } from './helpers.js';
import { rejection } from '../support/errors.js';

const reporter: Reporter & { warnings: string[]; infos: string[] } = {
  warnings: [],
  infos: [],
  info(m) {
    this.infos.push(m);
  },
  warning(m) {
    this.warnings.push(m);
  },
  error: () => {},
  group: (_t, fn) => fn(),
  summary: () => {},
};


describe("GitHub's OpenAPI description as the fake's referee", () => {
  it('accepts what GitHub accepts and names what it would reject', () => {
    const q = new URLSearchParams();
    expect(checkRestRequest('POST', '/repos/a/b/deployments', q, { ref: 'main', environment: 'staging', required_contexts: [], payload: { x: 1 } })).toEqual([]);
    expect(checkRestRequest('POST', '/repos/a/b/deployments/3/statuses', q, { state: 'done' })).toEqual([
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses: body/state must be equal to one of the allowed values (error, failure, inactive, in_progress, queued, pending, success)',
    ]);
    expect(checkRestRequest('POST', '/repos/a/b/actions/workflows/d.yml/dispatches', q, { inputs: {} })).toEqual([
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: body must have required property 'ref'",
    ]);
    expect(checkRestRequest('GET', '/repos/a/b/deployments', new URLSearchParams('environment=x&state=y'), undefined)).toEqual([
      'GET /repos/{owner}/{repo}/deployments: unknown query parameter "state"',
    ]);
    expect(checkRestRequest('PUT', '/repos/a/b/deployments', q, {})[0]).toContain('no such operation');
  });
});

describe('workflow deployer', () => {
  const github = new FakeGitHub();
  let client: ReturnType<typeof createGitHubClient>;
  const step: PlannedStep = { kind: 'deploy', version: 3, index: 1, total: 1, repository: 'api', commit: sha('api3') };
  const ctx = { environment: 'staging', attempt: 1, reporter };
  beforeAll(async () => {
    await github.start();
    client = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0 });
  });
  afterAll(() => github.stop());
  afterEach(() => expect(violationsOf(github).splice(0)).toEqual([]));

  it('dispatches with commit/environment/version, takes the run id GitHub returns and waits for the conclusion', async () => {
    const runs = new FakeWorkflows(true).install(github);
    runs.outcome = () => ({ conclusion: 'success', polls: 2 });
    const d = new WorkflowDeployer(client, { github: 'crois/api', workflow: 'deploy.yml', ref: 'master' }, { initialMs: 5 });
    const ref = await d.start(step, ctx);
    const [run] = runs.runs;
    expect(run.inputs).toEqual({ commit: step.commit, environment: 'staging', version: '3' });
    expect(run.ref).toBe('master');
    expect(ref).toEqual({ deployer: 'workflow', id: String(run.id), url: run.html_url });
    expect(github.requests.some(r => r.path.endsWith('/runs') && r.method === 'GET')).toBe(false);
    expect(await d.wait(ref)).toEqual({ ok: true, url: run.html_url });
  });

  it('finds the run itself where the dispatch answers 204, and fails with the run page', async () => {
    const runs = new FakeWorkflows(false).install(github);
    runs.outcome = () => ({ conclusion: 'failure', polls: 0 });
    const d = new WorkflowDeployer(client, { github: 'crois/api', workflow: 'deploy.yml', ref: 'master' }, { initialMs: 5 });
    const ref = await d.start(step, ctx);
    const run = runs.runs.at(-1)!;
    expect(ref.id).toBe(String(run.id));
    const list = github.requests.filter(r => r.method === 'GET' && r.path.endsWith('/deploy.yml/runs')).at(-1)!;
    expect(list.query.get('event')).toBe('workflow_dispatch');
    expect(list.query.get('branch')).toBe('master');
    expect(list.query.get('created')).toMatch(/^>=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await d.wait(ref)).toEqual({ ok: false, url: run.html_url, log: [`workflow run ${run.id} concluded failure`] });
    // The next step of the same deployer never takes a run it already claimed.
    const next = await d.start({ ...step, index: 2, commit: sha('api3b') }, ctx);
    expect(next.id).not.toBe(ref.id);
  });

  it('refuses to guess between simultaneous runs that do not name the commit', async () => {
    const runs = new FakeWorkflows(false).install(github);
    runs.title = () => 'Deploy';
    const d = new WorkflowDeployer(client, { github: 'crois/web', workflow: 'deploy.yml', ref: 'main' }, { initialMs: 5 });
    const e1 = d.start({ ...step, repository: 'web' }, ctx);
    const other = new WorkflowDeployer(client, { github: 'crois/web', workflow: 'deploy.yml', ref: 'main' }, { initialMs: 5 });
    const e2 = other.start({ ...step, repository: 'web', commit: sha('other') }, ctx);
    const results = await Promise.allSettled([e1, e2]);
    const refused = results.filter(r => r.status === 'rejected').map(r => (r as PromiseRejectedResult).reason as LockstepError);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].message).toContain('cannot tell which one deploys web@');
    expect(refused[0].details[0]).toContain('run-name');
  });
});

describe('Deployments state', () => {
  const github = new FakeGitHub();
  let client: ReturnType<typeof createGitHubClient>;
  let deployments: FakeDeployments;
  const v1 = version(1, [['infra', 'i1'], ['api', 'a1']]);
  const v2 = version(2, [['api', 'a2']], v1.repositories);
  beforeAll(async () => {
    await github.start();
    client = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0 });
  });
  beforeEach(() => {
    deployments = new FakeDeployments().install(github);
  });
  afterAll(() => github.stop());
  afterEach(() => expect(violationsOf(github).splice(0)).toEqual([]));

  const store = (env = 'staging') => new DeploymentsStateStore(env, client, 'crois/release', sha('release'));

  it('keeps one deployment per version with a status per step, and reads the same state back', async () => {
    const a = store();
    let state = await a.acquire({ name: 'run 1', run: 'crois/release/1' }, { breakLock: false, reporter });
    for (const part of planRollout({ state, available: files(v1, v2), target: v2 }).parts) {
      await a.beginVersion(part);
      for (const s of part.pending) {
        await a.begin(s, 1);
        await a.recordStarted(s, { deployer: 'codebuild', id: `deploy-${s.repository}:${s.version}`, url: `https://logs/${s.version}/${s.index}` });
        await a.recordFinished(s, `https://logs/${s.version}/${s.index}`);
      }
      await a.complete(part);
    }
    await a.release();

    const made = deployments.of('staging');
    expect(made.map(d => (d.payload as { version: number }).version)).toEqual([1, 2]);
    expect(made[0].statuses.map(s => `${s.state}: ${s.description}`)).toEqual([
      `in_progress: step 1/2 infra@${sha('i1').slice(0, 7)} starting #1`,
      `in_progress: step 1/2 infra@${sha('i1').slice(0, 7)} started codebuild:deploy-infra:1`,
      `in_progress: step 1/2 infra@${sha('i1').slice(0, 7)} finished`,
      `in_progress: step 2/2 api@${sha('a1').slice(0, 7)} starting #1`,
      `in_progress: step 2/2 api@${sha('a1').slice(0, 7)} started codebuild:deploy-api:1`,
      `in_progress: step 2/2 api@${sha('a1').slice(0, 7)} finished`,
      'success: version 1 reached',
      // GitHub's auto_inactive once version 2 succeeded.
      'inactive: ',
    ]);
    expect(made[1].statuses.at(-1)).toMatchObject({ state: 'success', description: 'version 2 reached' });

    const before = github.requests.length;
    state = await store().load();
    expect(github.requests.length - before).toBeLessThanOrEqual(4);
    expect(state.version).toBe(2);
    expect(state.deployed).toEqual(v2.repositories);
    expect(state.versions.map(v => [v.version, v.finished])).toEqual([
      [1, [1, 2]],
      [2, [1]],
    ]);
    expect(state.lock).toBeUndefined();
  });

  it('rolls back from what the deployments remember when the newer version file is gone', async () => {
    const a = store('qa');
    let state = await a.acquire({ name: 'run 5' }, { breakLock: false, reporter });
    const runPlan = async (plan: ReturnType<typeof planRollout>) => {
      for (const part of plan.parts) {
        await a.beginVersion(part);
        for (const s of part.pending) {
          await a.begin(s, 1);
          await a.recordStarted(s, { deployer: 'command', id: '1' });
          await a.recordFinished(s);
        }
        await a.complete(part);
      }
    };
    await runPlan(planRollout({ state, available: files(v1, v2), target: v2 }));
    await a.release();

    // A fresh runner: only version 1's file is left, everything else comes from GitHub.
    const b = store('qa');
    state = await b.acquire({ name: 'run 6' }, { breakLock: false, reporter });
    const back = planRollout({ state, available: files(v1), target: v1 });
    expect(back.direction).toBe('rollback');
    expect(back.parts[0].pending.map(s => [s.repository, s.commit])).toEqual([['api', sha('a1')]]);
    await b.beginVersion(back.parts[0]);
    await b.begin(back.parts[0].pending[0], 1);
    await b.recordStarted(back.parts[0].pending[0], { deployer: 'command', id: '2' });
    await b.recordFinished(back.parts[0].pending[0]);
    await b.complete(back.parts[0]);
    await b.release();

    const after = await store('qa').load();
    expect(after.version).toBe(1);
    expect(after.deployed).toEqual(v1.repositories);
    expect(after.versions.map(v => v.version)).toEqual([1]);
    expect(deployments.of('qa').at(-1)).toMatchObject({ description: 'rollback to version 1: 1 step' });
    expect(deployments.of('qa').at(-1)!.statuses.at(-1)).toMatchObject({ state: 'success', description: 'rolled back to version 1' });
  });

  it('remembers a started step\'s build id so a later run can re-attach, and a failure', async () => {
    const a = store('production');
    const state = await a.acquire({ name: 'run 2', run: 'crois/release/2' }, { breakLock: false, reporter });
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await a.beginVersion(part);
    await a.begin(part.pending[0], 1);
    await a.recordStarted(part.pending[0], { deployer: 'codebuild', id: 'deploy-infra:1b2c', url: 'https://logs/x' });
    // The runner dies here: no finished, no release.
    const back = await store('production').load();
    expect(back.records).toEqual([expect.objectContaining({ repository: 'infra', attempt: 1, status: 'started', ref: { deployer: 'codebuild', id: 'deploy-infra:1b2c', url: 'https://logs/x' } })]);
    expect(back.lock?.holder).toBe('run 2');

    const e = await rejection(store('production').acquire({ name: 'run 3', run: 'crois/release/3' }, { breakLock: false, reporter }));
    expect(e.message).toContain('environment "production" is held by run 2');

    const b = store('production');
    await b.acquire({ name: 'run 3', run: 'crois/release/3' }, { breakLock: true, reporter });
    await b.beginVersion(part);
    await b.recordFailed(part.pending[0], 'https://logs/x');
    await b.release();
    const last = await store('production').load();
    expect(last.records.at(-1)).toMatchObject({ status: 'failed', url: 'https://logs/x' });
    expect(last.lock).toBeUndefined();
    // The resumed run kept writing to version 1's deployment rather than opening a second one.
    expect(deployments.of('production').length).toBe(1);
    expect(deployments.of('production', LOCK_TASK).length).toBe(1);
  });
});
