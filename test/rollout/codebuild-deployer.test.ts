import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { CodeBuildDeployer, idempotencyToken } from '../../src/adapters/deployers/codebuild.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
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
    const outcome = await deployer.wait(ref);
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
    const outcome = await deployer.wait(ref);
    expect(outcome.ok).toBe(false);
    expect(outcome.url).toContain(`stream=${ref.id.split(':')[1]}`);
    expect(outcome.log).toEqual([`build ${ref.id} ended FAILED in phase BUILD`, 'Error while executing command: ./deploy.sh. Reason: exit status 1']);
  });

  it('re-attaches to a build it knows and says so when the build is unknown', async () => {
    const ref = await deployer.start({ ...step, version: 6 }, ctx);
    expect((await deployer.attach({ deployer: 'codebuild', id: ref.id }))?.id).toBe(ref.id);
    expect(await deployer.attach({ deployer: 'codebuild', id: 'deploy-api:gone' })).toBeUndefined();
  });

  it('passes CodeBuild\'s own error through (unknown project)', async () => {
    const wrong = new CodeBuildDeployer('no-such-project', { region: 'eu-west-1', poll: { initialMs: 5 } }, new CodeBuildClient({ region: 'eu-west-1', endpoint: codebuild.url, credentials: { accessKeyId: 'A', secretAccessKey: 'B' }, maxAttempts: 1 }));
    await expect(wrong.start(step, ctx)).rejects.toThrow('Project cannot be found: no-such-project');
  });
});
