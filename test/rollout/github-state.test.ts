import { createGitHubClient } from '../../src/adapters/github/client.js';
import { WorkflowDeployer } from '../../src/adapters/deployers/workflow.js';
import { DeploymentsStateStore, jobKey, LOCK_TASK } from '../../src/adapters/state/deployments.js';
import { leaseOf } from '../../src/core/rollout/lock.js';
import type { LockstepError } from '../../src/core/errors.js';
import { planRollout } from '../../src/core/rollout/plan.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { FakeGitHub, noRateLimitWait } from '../support/fake-github.js';
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
    client = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0, warning: noRateLimitWait });
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

  it('on GitHub Enterprise Server, which refuses return_run_details, dispatches without it and finds the run', async () => {
    const runs = new FakeWorkflows('ghes').install(github);
    runs.outcome = () => ({ conclusion: 'success', polls: 0 });
    const ghes = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0, warning: noRateLimitWait });
    const d = new WorkflowDeployer(ghes, { github: 'crois/api', workflow: 'deploy.yml', ref: 'master' }, { initialMs: 5 });
    const ref = await d.start(step, ctx);
    expect(runs.refused).toEqual(['return_run_details']);
    expect(runs.runs).toHaveLength(1);
    expect(ref).toEqual({ deployer: 'workflow', id: String(runs.runs[0].id), url: `https://ghe.example.com/crois/api/actions/runs/${runs.runs[0].id}` });
    expect(await d.wait(ref)).toMatchObject({ ok: true });
    // Refused once: the next dispatch through this client goes without the key straight away.
    const next = await d.start({ ...step, index: 2, commit: sha('api3c') }, ctx);
    expect(next.id).toBe(String(runs.runs[1].id));
    expect(runs.refused).toHaveLength(1);
    const dispatches = github.requests.filter(r => r.method === 'POST' && r.path.endsWith('/dispatches')).slice(-3);
    expect(dispatches.map(r => 'return_run_details' in (r.body as object))).toEqual([true, false, false]);
    expect(reporter.infos.some(m => m.includes('looking for the run it started'))).toBe(true);
  });

  it('a cancelled job cancels the workflow run and says so at once', async () => {
    const runs = new FakeWorkflows(true).install(github);
    runs.outcome = () => ({ conclusion: 'success', polls: 1000 });
    const d = new WorkflowDeployer(client, { github: 'crois/api', workflow: 'deploy.yml', ref: 'master' }, { initialMs: 5 });
    const ref = await d.start(step, ctx);
    const controller = new AbortController();
    const waiting = d.wait(ref, step, { ...ctx, signal: controller.signal });
    await new Promise(r => setTimeout(r, 50));
    controller.abort();
    expect(await waiting).toEqual({ ok: false, cancelled: true, url: ref.url, log: [`asked GitHub to cancel workflow run ${ref.id}`] });
    expect(runs.cancelled).toEqual([Number(ref.id)]);
    expect(runs.runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });

  it('an API error while re-attaching names the step', async () => {
    new FakeWorkflows(true).install(github);
    github.route('GET', /^\/repos\/crois\/api\/actions\/runs\/\d+$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const d = new WorkflowDeployer(client, { github: 'crois/api', workflow: 'deploy.yml', ref: 'master' }, { initialMs: 5 });
    const e = await rejection(d.attach({ deployer: 'workflow', id: '90077' }, step));
    expect(e.message).toBe(`version 3, step 1/1: api@${step.commit.slice(0, 7)}: could not re-attach to workflow run 90077 of crois/api started by an earlier run`);
    expect(e.details[0]).toContain('Resource not accessible by integration');
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
    client = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0, warning: noRateLimitWait });
  });
  beforeEach(() => {
    deployments = new FakeDeployments().install(github);
  });
  afterAll(() => github.stop());
  afterEach(() => expect(violationsOf(github).splice(0)).toEqual([]));

  const store = (env = 'staging') => new DeploymentsStateStore(env, client, 'crois/release', sha('release'));

  it('keeps one deployment per version with a status per step, and reads the same state back', async () => {
    const a = store();
    let state = await a.acquire({ name: 'run 1', job: 'run 1', run: 'crois/release/1' }, { breakLock: false, reporter });
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

    const made = deployments.of('staging (lockstep)');
    expect(deployments.of('staging')).toEqual([]);
    expect(made.map(d => (d.payload as { version: number }).version)).toEqual([1, 2]);
    // One status per step: "step 2 started" also says step 1 finished, "version 1 reached" that step 2 did.
    expect(made[0].statuses.map(s => `${s.state}: ${s.description}`)).toEqual([
      `in_progress: step 1/2 infra@${sha('i1').slice(0, 7)} started #1 codebuild:deploy-infra:1`,
      `in_progress: step 2/2 api@${sha('a1').slice(0, 7)} started #1 codebuild:deploy-api:1`,
      'success: version 1 reached',
      // GitHub's auto_inactive once version 2 succeeded.
      'inactive: ',
    ]);
    expect(made[0].statuses[0].log_url).toBe('https://logs/1/1');
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
    let state = await a.acquire({ name: 'run 5', job: 'run 5' }, { breakLock: false, reporter });
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
    state = await b.acquire({ name: 'run 6', job: 'run 6' }, { breakLock: false, reporter });
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
    expect(deployments.of('qa (lockstep)').at(-1)).toMatchObject({ description: 'rollback to version 1: 1 step' });
    expect(deployments.of('qa (lockstep)').at(-1)!.statuses.at(-1)).toMatchObject({ state: 'success', description: 'rolled back to version 1' });
  });

  it('remembers a started step\'s build id so a later run can re-attach; the hold is a lease only a stale one of which is broken', async () => {
    const lease = leaseOf(3000);
    const a = new DeploymentsStateStore('production', client, 'crois/release', sha('release'), { lease });
    const state = await a.acquire({ name: 'run 2', job: 'crois/release/2/1/deploy/', run: 'crois/release/2', attempt: 1 }, { breakLock: false, reporter });
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await a.beginVersion(part);
    await a.begin(part.pending[0], 1);
    await a.recordStarted(part.pending[0], { deployer: 'codebuild', id: 'deploy-infra:1b2c', url: 'https://logs/x' });
    const back = await store('production').load();
    expect(back.records).toEqual([expect.objectContaining({ repository: 'infra', attempt: 1, status: 'started', ref: { deployer: 'codebuild', id: 'deploy-infra:1b2c', url: 'https://logs/x' } })]);
    expect(back.lock).toMatchObject({ holder: 'run 2', run: 'crois/release/2', attempt: 1, job: jobKey('crois/release/2/1/deploy/') });

    // While its holder renews it, the hold is never broken, break-lock or not.
    for (const breakLock of [false, true]) {
      const e = await rejection(new DeploymentsStateStore('production', client, 'crois/release', sha('release'), { lease }).acquire({ name: 'run 3', job: 'run 3', run: 'crois/release/3' }, { breakLock, reporter }));
      expect(e.message).toContain('environment "production" is held by run 2');
    }
    await new Promise(r => setTimeout(r, 1500));
    const lockStatuses = deployments.of('production (lockstep)', LOCK_TASK)[0].statuses;
    const renewed = lockStatuses.filter(x => x.description.startsWith('renew '));
    expect(renewed.length).toBeGreaterThan(0);
    // Renewals name the token the hold was taken with.
    expect(new Set(lockStatuses.map(x => x.description.split(' ')[1])).size).toBe(1);

    // The runner dies: no more renewals, no release. Once the lease ran out, break-lock takes the hold.
    (a as unknown as { stopRenewing(): void }).stopRenewing();
    // Renewals already under way still land (a break racing them is refused: its takeover names a lease end since renewed).
    await (a as unknown as { queue: Promise<unknown> }).queue;
    await new Promise(r => setTimeout(r, 4500));
    const b = new DeploymentsStateStore('production', client, 'crois/release', sha('release'), { lease });
    reporter.warnings.length = 0;
    await b.acquire({ name: 'run 3', job: 'run 3', run: 'crois/release/3' }, { breakLock: true, reporter });
    expect(reporter.warnings[0]).toContain('breaking the stale hold of run 2');

    // The old holder comes back: it writes nothing more, and its release leaves the new hold alone.
    const statusesBefore = deployments.of('production (lockstep)')[0].statuses.length;
    const lost = await rejection(a.recordFailed(part.pending[0]));
    expect(lost.name).toBe('HoldLost');
    expect(lost.message).toContain('run 3 took it');
    await a.release();
    expect(deployments.of('production (lockstep)')[0].statuses.length).toBe(statusesBefore);
    expect((await store('production').load()).lock?.holder).toBe('run 3');

    await b.beginVersion(part);
    await b.recordFailed(part.pending[0], 'https://logs/x');
    await b.release();
    const last = await store('production').load();
    expect(last.records.at(-1)).toMatchObject({ status: 'failed', url: 'https://logs/x' });
    expect(last.lock).toBeUndefined();
    // The resumed run kept writing to version 1's deployment rather than opening a second one.
    expect(deployments.of('production (lockstep)').length).toBe(1);
    expect(deployments.of('production (lockstep)', LOCK_TASK).length).toBe(1);
  });
});

describe('Deployments state at scale and beside the job\'s own deployment', () => {
  const github = new FakeGitHub();
  let client: ReturnType<typeof createGitHubClient>;
  let deployments: FakeDeployments;
  const v1 = version(1, [['infra', 'i1'], ['api', 'a1']]);
  const v2 = version(2, [['api', 'a2'], ['web', 'w2']], v1.repositories);
  beforeAll(async () => {
    await github.start();
    client = createGitHubClient({ token: 'ghs_test', baseUrl: github.url, retries: 0, warning: noRateLimitWait });
  });
  beforeEach(() => {
    deployments = new FakeDeployments().install(github);
  });
  afterAll(() => github.stop());
  afterEach(() => expect(violationsOf(github).splice(0)).toEqual([]));

  const store = (env = 'staging', githubEnvironment?: string) => new DeploymentsStateStore(env, client, 'crois/release', sha('release'), { ...(githubEnvironment ? { githubEnvironment } : {}) });
  const deploy = async (a: DeploymentsStateStore, target: typeof v1, available = files(v1, v2), stopAt?: { version: number; index: number; fail?: boolean }) => {
    const state = await a.acquire({ name: 'run', job: 'run', run: 'crois/release/1' }, { breakLock: false, reporter });
    for (const part of planRollout({ state, available, target }).parts) {
      await a.beginVersion(part);
      for (const s of part.pending) {
        await a.begin(s, (lastAttempt(a, s) ?? 0) + 1);
        await a.recordStarted(s, { deployer: 'workflow', id: `${s.version}${s.index}` });
        if (stopAt && stopAt.version === s.version && stopAt.index === s.index) {
          if (stopAt.fail) await a.recordFailed(s, 'https://run/x');
          await a.release();
          return;
        }
        await a.recordFinished(s);
      }
      await a.complete(part);
    }
    await a.release();
  };
  const lastAttempt = (a: DeploymentsStateStore, s: PlannedStep) => (a as unknown as { state?: { records: Array<{ index: number; version: number; attempt: number }> } }).state?.records.filter(r => r.version === s.version && r.index === s.index).at(-1)?.attempt;

  it('writes one status per step and reads where a version stopped from its newest status', async () => {
    await deploy(store(), v2, files(v1, v2), { version: 2, index: 2, fail: true });
    const writes = github.requests.filter(r => r.method === 'POST' && r.path.endsWith('/statuses') && !r.path.includes(`/${deployments.of('staging (lockstep)', LOCK_TASK)[0].id}/`));
    // v1: 2 steps + success; v2: step 1, step 2, its failure.
    expect(writes.map(w => (w.body as { description: string }).description.replace(/@[0-9a-f]{7}/, ''))).toEqual([
      'step 1/2 infra started #1 workflow:11',
      'step 2/2 api started #1 workflow:12',
      'version 1 reached',
      'step 1/2 api started #1 workflow:21',
      'step 2/2 web started #1 workflow:22',
      'step 2/2 web failed #1',
    ]);
    const before = github.requests.length;
    const state = await store().load();
    // The newest deployment, its newest statuses, the hold's deployment and its newest statuses.
    expect(github.requests.length - before).toBe(4);
    expect(github.requests.slice(before).filter(r => r.path.endsWith('/statuses')).map(r => r.query.get('per_page'))).toEqual(['10', '10']);
    expect(state.version).toBe(1);
    expect(state.deployed).toEqual({ ...v1.repositories, api: sha('a2') });
    expect(state.versions.map(v => [v.version, v.finished])).toEqual([[1, [1, 2]], [2, [1]]]);
    expect(state.records.at(-1)).toMatchObject({ version: 2, index: 2, repository: 'web', attempt: 1, status: 'failed', url: 'https://run/x' });

    // The retry is attempt 2, and the step's newest status says so.
    await deploy(store(), v2, files(v1, v2), { version: 2, index: 2 });
    const resumed = await store().load();
    expect(resumed.records.at(-1)).toMatchObject({ index: 2, attempt: 2, status: 'started', ref: { deployer: 'workflow', id: '22' } });
    expect(deployments.of('staging (lockstep)').length).toBe(2);
  });

  it('costs the same few requests after 1,000 earlier runs', async () => {
    await deploy(store(), v1);
    // 1,000 earlier runs: each took and released the hold, and wrote a step status.
    const lock = deployments.of('staging (lockstep)', LOCK_TASK)[0];
    const current = deployments.of('staging (lockstep)')[0];
    const at = new Date().toISOString();
    const old = [...lock.statuses];
    lock.statuses.length = 0;
    current.statuses.splice(0, 0, ...Array.from({ length: 1000 }, (_, i) => ({ id: 100 + i, state: 'in_progress', description: `step 1/2 infra@${sha('i1').slice(0, 7)} started #${i + 1} workflow:${i}`, log_url: '', environment: 'staging (lockstep)', created_at: at })));
    for (let i = 0; i < 1000; i++) {
      lock.statuses.push({ id: 3000 + 2 * i, state: 'in_progress', description: `lock crois/release/${i} run ${i}`, log_url: '', environment: 'staging (lockstep)', created_at: at });
      lock.statuses.push({ id: 3001 + 2 * i, state: 'inactive', description: 'released', log_url: '', environment: 'staging (lockstep)', created_at: at });
    }
    lock.statuses.push(...old);
    const before = github.requests.length;
    await deploy(store(), v1);
    const calls = github.requests.slice(before);
    // load (4), take the hold (post + read back), release: nothing grows with the history.
    expect(calls.map(r => `${r.method} ${r.path.replace(/\d+/g, 'N')}`)).toEqual([
      'GET /repos/crois/release/deployments',
      'GET /repos/crois/release/deployments/N/statuses',
      'GET /repos/crois/release/deployments',
      'GET /repos/crois/release/deployments/N/statuses',
      'POST /repos/crois/release/deployments/N/statuses',
      'GET /repos/crois/release/deployments/N/statuses',
      'POST /repos/crois/release/deployments/N/statuses',
    ]);
  });

  it('keeps "what is deployed where" true in GitHub\'s UI beside the deployment of a job that declares environment: staging', async () => {
    // Run 1: the job's deployment starts with the job, Lockstep deploys version 1, the job succeeds.
    const job1 = deployments.startJob('crois/release', 'staging', sha('release'));
    await deploy(store(), v1);
    deployments.finishJob(job1);
    // Run 2 has nothing to deploy; its job deployment succeeds too.
    const job2 = deployments.startJob('crois/release', 'staging', sha('release'));
    expect((await store().load()).version).toBe(1);
    deployments.finishJob(job2);
    expect(deployments.active('staging (lockstep)')).toMatchObject({ task: 'lockstep:deploy', description: 'version 1: 2 steps' });
    expect(deployments.active('staging')).toBe(job2);

    // Sharing the job's environment instead: the job's success marks Lockstep's version inactive.
    const shared = store('qa', 'qa');
    const job3 = deployments.startJob('crois/release', 'qa', sha('release'));
    await deploy(shared, v1);
    deployments.finishJob(job3);
    const job4 = deployments.startJob('crois/release', 'qa', sha('release'));
    deployments.finishJob(job4);
    expect(deployments.of('qa')[0].statuses.at(-1)).toMatchObject({ state: 'inactive' });
    expect(deployments.active('qa')).toBe(job4);
  });

  it('refuses a lockstep:deploy deployment that is not Lockstep\'s record, naming it, and writes nothing', async () => {
    deployments.deployments.push({ id: 77, repository: 'crois/release', ref: 'main', sha: sha('x'), task: 'lockstep:deploy', environment: 'staging (lockstep)', payload: { lockstep: 1, version: 'two', steps: [] }, description: null, transient_environment: false, production_environment: false, created_at: new Date().toISOString(), statuses: [] });
    const writes = github.requests.filter(r => r.method === 'POST').length;
    const e = await rejection(store().acquire({ name: 'run 8', job: 'run 8' }, { breakLock: false, reporter }));
    expect(e.message).toBe('deployment 77 of crois/release in environment "staging (lockstep)" (task lockstep:deploy) is not a Lockstep record of a version; refusing to deploy over it');
    expect(e.details).toEqual(expect.arrayContaining(['payload kind: must be deploy or rollback', 'payload version: must be a positive integer', 'payload base: missing']));
    expect(github.requests.filter(r => r.method === 'POST').length).toBe(writes);
  });

  it('still reads deployments written in the older format (three statuses per step) under the environment\'s own name', async () => {
    const steps = v1.steps;
    const label = (i: number) => `step ${i}/2 ${steps[i - 1].repository}@${steps[i - 1].commit.slice(0, 7)}`;
    const at = new Date().toISOString();
    deployments.deployments.push({
      id: 1,
      repository: 'crois/release',
      ref: sha('release'),
      sha: sha('release'),
      task: 'lockstep:deploy',
      environment: 'staging',
      payload: { lockstep: 1, kind: 'deploy', version: 1, repositories: v1.repositories, steps, base: { deployed: {}, versions: [] } },
      description: 'version 1: 2 steps',
      transient_environment: false,
      production_environment: false,
      created_at: at,
      statuses: [`${label(1)} starting #1`, `${label(1)} started workflow:7`, `${label(1)} finished`, `${label(2)} starting #1`, `${label(2)} started workflow:8`].map((description, i) => ({ id: i + 1, state: 'in_progress', description, log_url: '', environment: 'staging', created_at: at })),
    });
    const a = store();
    const state = await a.acquire({ name: 'run 9', job: 'run 9' }, { breakLock: false, reporter });
    expect(state.deployed).toEqual({ infra: sha('i1') });
    expect(state.records.map(r => [r.index, r.status, r.ref?.id])).toEqual([[1, 'finished', '7'], [2, 'started', '8']]);
    expect(reporter.infos.at(-1)).toContain('continuing from the deployments of environment "staging"; new versions are recorded in "staging (lockstep)"');
    await a.release();
  });
});
