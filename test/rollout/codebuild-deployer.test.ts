import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { buildDeadline, CodeBuildDeployer, idempotencyToken, isTransient, STEP_ID_VARIABLE, stepId } from '../../src/adapters/deployers/codebuild.js';
import { LockstepError } from '../../src/core/errors.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { rejection } from '../support/errors.js';
import { FakeCodeBuild } from '../support/fake-codebuild.js';
import { sha } from './helpers.js';

const reporter: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };
const step: PlannedStep = { kind: 'deploy', version: 4, index: 1, total: 2, repository: 'api', commit: sha('api4') };
const ctx = { environment: 'staging', attempt: 1, reporter };

describe('CodeBuild deployer (local CodeBuild JSON endpoint)', () => {
  const codebuild = new FakeCodeBuild(['deploy-api']);
  let deployer: CodeBuildDeployer;
  beforeAll(async () => {
    await codebuild.start();
    const client = new CodeBuildClient({ region: 'eu-west-1', endpoint: codebuild.url, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
    deployer = new CodeBuildDeployer('deploy-api', { region: 'eu-west-1', endpoint: codebuild.url, poll: { initialMs: 5 } }, client);
  });
  afterAll(() => codebuild.stop());

  it('starts a build of the step\'s commit with a derived idempotency token and the LOCKSTEP_* overrides, and waits for it', async () => {
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 3 });
    const ref = await deployer.start(step, ctx);
    const [start] = codebuild.starts.slice(-1);
    expect(start).toMatchObject({ projectName: 'deploy-api', sourceVersion: step.commit, idempotencyToken: idempotencyToken('staging', step, 1) });
    expect(start.environmentVariablesOverride).toEqual(
      expect.arrayContaining([
        { name: 'LOCKSTEP_REPOSITORY', value: 'api', type: 'PLAINTEXT' },
        { name: 'LOCKSTEP_COMMIT', value: step.commit, type: 'PLAINTEXT' },
        { name: 'LOCKSTEP_ENVIRONMENT', value: 'staging', type: 'PLAINTEXT' },
        { name: 'LOCKSTEP_VERSION', value: '4', type: 'PLAINTEXT' },
        { name: 'LOCKSTEP_STEP', value: '1', type: 'PLAINTEXT' },
      ]),
    );
    expect(ref.id).toMatch(/^deploy-api:/);
    const before = codebuild.calls.filter(c => c.operation === 'BatchGetBuilds').length;
    const outcome = await deployer.wait(ref, step, ctx);
    expect(outcome).toEqual({ ok: true, url: expect.stringContaining('/aws/codebuild/deploy-api') });
    expect(codebuild.calls.filter(c => c.operation === 'BatchGetBuilds').length - before).toBe(4);
  });

  it('gets the same build back for the same step and attempt, a new one for the next attempt', async () => {
    const other = { ...step, index: 2 };
    const a = await deployer.start(other, ctx);
    const b = await deployer.start(other, ctx);
    expect(b.id).toBe(a.id);
    const c = await deployer.start(other, { ...ctx, attempt: 2 });
    expect(c.id).not.toBe(a.id);
    expect(new Set([idempotencyToken('staging', other, 1), idempotencyToken('production', other, 1), idempotencyToken('staging', step, 1)]).size).toBe(3);
  });

  it('reports a failed build with its log link and the failing phase', async () => {
    codebuild.outcome = () => ({ status: 'FAILED', polls: 0 });
    const ref = await deployer.start({ ...step, version: 5 }, ctx);
    const outcome = await deployer.wait(ref, step, ctx);
    expect(outcome.ok).toBe(false);
    expect(outcome.url).toContain(`stream=${ref.id.split(':')[1]}`);
    expect(outcome.log).toEqual([`build ${ref.id} ended FAILED in phase BUILD`, 'Error while executing command: ./deploy.sh. Reason: exit status 1']);
  });

  it('re-attaches to a build it knows and says so when the build is unknown', async () => {
    const ref = await deployer.start({ ...step, version: 6 }, ctx);
    expect((await deployer.attach({ deployer: 'codebuild', id: ref.id }, step, ctx))?.id).toBe(ref.id);
    expect(await deployer.attach({ deployer: 'codebuild', id: 'deploy-api:gone' }, step, ctx)).toBeUndefined();
  });

  it('names the step and passes CodeBuild\'s own error through (unknown project)', async () => {
    const wrong = new CodeBuildDeployer('no-such-project', { region: 'eu-west-1', poll: { initialMs: 5 } }, new CodeBuildClient({ region: 'eu-west-1', endpoint: codebuild.url, credentials: { accessKeyId: 'A', secretAccessKey: 'B' }, maxAttempts: 1 }));
    const e = await rejection(wrong.start(step, ctx));
    expect(e.message).toContain('CodeBuild project "no-such-project"');
    expect(e.details).toEqual(['ResourceNotFoundException: Project cannot be found: no-such-project (HTTP 400)']);
  });
});

describe('CodeBuild deployer under faults', () => {
  const codebuild = new FakeCodeBuild(['deploy-api', 'deploy-web']);
  const infos: string[] = [];
  const warnings: string[] = [];
  const noisy: Reporter = { ...reporter, info: m => void infos.push(m), warning: m => void warnings.push(m) };
  const c = { environment: 'staging', attempt: 1, reporter: noisy };
  let deployer: CodeBuildDeployer;
  const make = (project = 'deploy-api') =>
    new CodeBuildDeployer(project, { region: 'eu-west-1', poll: { initialMs: 2 } }, new CodeBuildClient({ region: 'eu-west-1', endpoint: codebuild.url, credentials: { accessKeyId: 'A', secretAccessKey: 'B' }, maxAttempts: 1 }));
  beforeAll(async () => {
    await codebuild.start();
    deployer = make();
  });
  afterAll(() => codebuild.stop());
  beforeEach(() => {
    codebuild.builds.length = 0;
    codebuild.calls.length = 0;
    codebuild.faults.length = 0;
    infos.length = 0;
    warnings.length = 0;
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 2 });
  });
  const gets = () => codebuild.calls.filter(x => x.operation === 'BatchGetBuilds').length;

  it('keeps waiting through 5xx, throttling and dropped connections while the build runs', async () => {
    const ref = await deployer.start(step, c);
    codebuild.faults.push(
      { operation: 'BatchGetBuilds', status: 500, type: 'InternalFailure' },
      { operation: 'BatchGetBuilds', status: 503, type: 'ServiceUnavailableException' },
      { operation: 'BatchGetBuilds', status: 400, type: 'ThrottlingException' },
      { operation: 'BatchGetBuilds', drop: true },
      { operation: 'BatchGetBuilds', status: 400, type: 'ThrottlingException' },
    );
    expect(await deployer.wait(ref, step, c)).toMatchObject({ ok: true });
    expect(codebuild.faults).toEqual([]);
    expect(infos.filter(m => m.startsWith(`CodeBuild did not answer about build ${ref.id}`))).toHaveLength(5);
    expect(infos.some(m => m.includes('ThrottlingException'))).toBe(true);
    expect(codebuild.builds).toHaveLength(1);
  });

  it('a lasting error that waiting cannot fix names the step and the build, and leaves the build alone', async () => {
    const ref = await deployer.start(step, c);
    codebuild.faults.push({ operation: 'BatchGetBuilds', status: 400, type: 'AccessDeniedException' });
    const e = await rejection(deployer.wait(ref, step, c));
    expect(e.message).toBe(`version 4, step 1/2: api@${step.commit.slice(0, 7)}: lost track of CodeBuild build ${ref.id}`);
    expect(e.details[0]).toContain('AccessDeniedException');
    expect(e.details[1]).toContain('re-attaches');
    expect(codebuild.calls.some(x => x.operation === 'StopBuild')).toBe(false);
  });

  it('finds the build a dead runner started for the step after the idempotency token expired: never two builds', async () => {
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 0, held: true });
    const first = await deployer.start(step, c);
    // Past CodeBuild's 5-minute token window: the token alone would start a second build.
    codebuild.expireTokens();
    const again = await deployer.start(step, c);
    expect(again.id).toBe(first.id);
    expect(codebuild.starts).toHaveLength(1);
    expect(codebuild.starts[0].environmentVariablesOverride).toContainEqual({ name: STEP_ID_VARIABLE, value: stepId('staging', step, 1), type: 'PLAINTEXT' });
    expect(warnings[0]).toContain(`build ${first.id} (LOCKSTEP_STEP_ID=staging/deploy/4/1/${step.commit}/1) was already started for this step by an earlier run`);
    // It finished meanwhile: the same lookup still finds it, and its outcome is the step's.
    codebuild.finish(first.id, 'SUCCEEDED');
    expect((await deployer.start(step, c)).id).toBe(first.id);
    expect(codebuild.starts).toHaveLength(1);
    // The lookup reads the newest builds first and stops at this environment's newest one.
    const list = codebuild.calls.filter(x => x.operation === 'ListBuildsForProject');
    expect(list.at(-1)!.body).toEqual({ projectName: 'deploy-api' });
  });

  it('starts a new build for a new attempt, for a step deployed again after another, and per environment', async () => {
    const a1 = await deployer.start(step, c);
    expect((await deployer.start(step, { ...c, attempt: 2 })).id).not.toBe(a1.id);
    expect(codebuild.starts).toHaveLength(2);

    // Step 1 ran, then something else was deployed by this project in staging: step 1 again is a new deployment.
    const other = { ...step, version: 5, commit: sha('api5') };
    codebuild.expireTokens();
    await deployer.start(other, c);
    await deployer.start(step, c);
    expect(codebuild.starts).toHaveLength(4);

    // Production's lookup is not fooled by staging's builds, nor staging's by production's.
    const prod = await deployer.start(step, { ...c, environment: 'production' });
    codebuild.expireTokens();
    expect((await deployer.start(step, { ...c, environment: 'production' })).id).toBe(prod.id);
    expect(codebuild.starts).toHaveLength(5);
  });

  it('ignores builds started by hand and reads at most 100 builds of a long history', async () => {
    for (let i = 0; i < 130; i++) {
      codebuild.builds.push({ ...codebuild.builds[0], id: `deploy-api:old-${i}`, projectName: 'deploy-api', sourceVersion: sha(`old${i}`), environment: {}, buildStatus: 'SUCCEEDED', pollsLeft: 0, end: 'SUCCEEDED', held: false, buildNumber: i + 1, startTime: 1, timeoutInMinutes: 60, queuedTimeoutInMinutes: 480 });
    }
    const ref = await deployer.start(step, c);
    expect(codebuild.builds.at(-1)!.id).toBe(ref.id);
    const batches = codebuild.calls.filter(x => x.operation === 'BatchGetBuilds').map(x => (x.body.ids as string[]).length);
    expect(batches).toEqual([10, 90]);
    expect(codebuild.calls.filter(x => x.operation === 'ListBuildsForProject')).toHaveLength(1);
  });

  it('an API error while re-attaching names the step, after retrying what is transient', async () => {
    const ref = await deployer.start(step, c);
    codebuild.faults.push({ operation: 'BatchGetBuilds', status: 500, type: 'InternalFailure' });
    expect((await deployer.attach(ref, step, c))?.id).toBe(ref.id);
    const before = gets();
    codebuild.faults.push({ operation: 'BatchGetBuilds', status: 400, type: 'ExpiredTokenException' });
    const e = await rejection(deployer.attach(ref, step, c));
    expect(e).toBeInstanceOf(LockstepError);
    expect(e.message).toBe(`version 4, step 1/2: api@${step.commit.slice(0, 7)}: could not re-attach to CodeBuild build ${ref.id} started by an earlier run`);
    expect(e.details[0]).toContain('ExpiredTokenException');
    expect(gets() - before).toBe(1);
  });

  it('a cancelled job stops the build (StopBuild) and says so at once', async () => {
    codebuild.outcome = () => ({ status: 'SUCCEEDED', polls: 0, held: true });
    const ref = await deployer.start(step, c);
    const controller = new AbortController();
    const waiting = deployer.wait(ref, step, { ...c, signal: controller.signal });
    await new Promise(r => setTimeout(r, 50));
    controller.abort();
    expect(await waiting).toEqual({ ok: false, cancelled: true, url: ref.url, log: [`asked CodeBuild to stop build ${ref.id}`] });
    expect(codebuild.calls.filter(x => x.operation === 'StopBuild').map(x => x.body)).toEqual([{ id: ref.id }]);
    expect(codebuild.builds[0].buildStatus).toBe('STOPPED');
  });

  it('a failed lookup before StartBuild names the step and starts nothing', async () => {
    codebuild.faults.push({ operation: 'ListBuildsForProject', status: 400, type: 'AccessDeniedException' });
    const e = await rejection(deployer.start(step, c));
    expect(e.message).toContain(`version 4, step 1/2: api@${step.commit.slice(0, 7)}: could not read the builds of CodeBuild project "deploy-api"`);
    expect(codebuild.starts).toHaveLength(0);
  });
});

describe('CodeBuild: how long poll errors are retried', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const min = 60_000;
  it("is the build's own timeouts from its start, plus 10 minutes", () => {
    expect(buildDeadline({ startTime: new Date(now - 30 * min), timeoutInMinutes: 60, queuedTimeoutInMinutes: 5 }, now)).toBe(now - 30 * min + 65 * min + 10 * min);
    // CodeBuild's defaults (60 and 480 minutes) when the build does not say.
    expect(buildDeadline({ startTime: new Date(now) }, now)).toBe(now + 540 * min + 10 * min);
    // A build that should long be over is still asked about for the margin.
    expect(buildDeadline({ startTime: new Date(now - 3 * 24 * 60 * min), timeoutInMinutes: 2160, queuedTimeoutInMinutes: 480 }, now)).toBe(now + 10 * min);
  });

  it('retries 5xx, throttling and a connection without an answer; not what waiting cannot fix', () => {
    const aws = (name: string, status?: number, fault = 'client') => Object.assign(new Error('x'), { name, $fault: fault, $metadata: status ? { httpStatusCode: status } : {} });
    expect([aws('InternalFailure', 500, 'server'), aws('ThrottlingException', 400), aws('TooManyRequestsException', 429), Object.assign(new Error('AWS SDK error wrapper for TimeoutError: socket hang up'), { $metadata: {} })].map(isTransient)).toEqual([true, true, true, true]);
    expect([aws('AccessDeniedException', 400), aws('ResourceNotFoundException', 400), aws('ExpiredTokenException', 400), new Error('bug'), aws('CredentialsProviderError')].map(isTransient)).toEqual([false, false, false, false, false]);
  });
});
