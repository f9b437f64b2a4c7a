import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { DeploymentsStateStore } from '../../src/adapters/state/deployments.js';
import { planRollout } from '../../src/core/rollout/plan.js';
import { emptyState, reduce } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { FakeGitHub, noRateLimitWait } from '../support/fake-github.js';
import { FakeDeployments, violationsOf } from '../support/github-rest.js';
import { environmentStatus, productStatus, renderStatus } from '../../src/core/rollout/status.js';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { TestRepo } from '../support/git-repo.js';
import { runAction, runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';
import { applyTo, files, sha, version } from './helpers.js';

const silent: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };

const v1 = version(1, [['infra', 'i1'], ['api', 'a1']]);
const v2 = version(2, [['infra', 'i2'], ['api', 'a2']], v1.repositories);
const v3 = { ...version(3, [['api', 'a3']], v2.repositories), held: [{ repository: 'web', number: 23, reason: 'depends on infra#41, not merged yet' }] };
const available = files(v1, v2, v3);

describe('status of an environment', () => {
  test('its version, the live commits, what is pending, and a rollout that stopped half-way', () => {
    const staging = applyTo(applyTo(emptyState('staging'), available, 1).state, available, 2, { version: 2, index: 2 }).state;
    expect(environmentStatus(staging, [1, 2, 3])).toEqual({
      environment: 'staging',
      version: 1,
      deployed: { infra: sha('i2'), api: sha('a1') },
      pending: [2, 3],
      partial: { version: 2, finished: 1, total: 2 },
    });
    expect(environmentStatus(emptyState('production'), [1, 2, 3])).toEqual({ environment: 'production', deployed: {}, pending: [1, 2, 3] });
  });

  test('an environment ahead of every version file (reverted) will roll back; a hold names its holder', () => {
    let state = applyTo(emptyState('dev'), available, 3).state;
    state = reduce(state, { type: 'lock', lock: { holder: 'acme/release run 42 (attempt 1)', job: 'acme/release/42/1/deploy/', token: 't', since: '2026-01-01T00:00:00Z', expires: '2026-01-01T00:02:00Z' } });
    expect(environmentStatus(state, [1, 2])).toMatchObject({ version: 3, pending: [], rollbackTo: 2, heldBy: 'acme/release run 42 (attempt 1)' });
  });

  test('rendered: one row per environment with a column per repository, then the held-back PRs', () => {
    const staging = applyTo(emptyState('staging'), available, 3).state;
    const production = applyTo(emptyState('production'), available, 1).state;
    const markdown = renderStatus(productStatus([staging, production, emptyState('qa|x')], [3, 1, 2], v3, ['infra', 'api', 'web']));
    const c = (label: string) => `\`${sha(label).slice(0, 7)}\``;
    expect(markdown).toBe(
      [
        '### Lockstep status: newest version 3',
        '',
        '| environment | version | infra | api | web | pending |',
        '| --- | --- | --- | --- | --- | --- |',
        `| staging | 3 | ${c('i2')} | ${c('a3')} | — | up to date |`,
        `| production | 1 | ${c('i1')} | ${c('a1')} | — | 2, 3 |`,
        '| qa\\|x | — | — | — | — | 1, 2, 3 |',
        '',
        '#### Held back from version 3',
        '',
        '| pull request | reason |',
        '| --- | --- |',
        '| web#23 | depends on infra#41, not merged yet |',
        '',
      ].join('\n'),
    );
  });
});

describe('lockstep status and the apply-steps summary (bundles)', () => {
  let tmp: { path: string; cleanup: () => Promise<void> };
  let release: TestRepo;
  let a1: string;
  let a2: string;
  beforeAll(async () => {
    tmp = await tempDir('lockstep-status-');
    const api = TestRepo.create(join(tmp.path, 'api'));
    a1 = api.write('x', '1').commit('one');
    a2 = api.write('x', '2').commit('two');
    release = TestRepo.create(join(tmp.path, 'release'));
    release.write('release.yaml', 'repositories:\n  api: { github: crois/api }\n  web: { github: crois/web }\n');
    release.write('versions/1.yaml', serializeVersionFile({ version: 1, repositories: { api: a1 }, steps: [{ repository: 'api', commit: a1 }] }));
    release.write(
      'versions/2.yaml',
      serializeVersionFile({ version: 2, repositories: { api: a2 }, steps: [{ repository: 'api', commit: a2 }], held: [{ repository: 'web', number: 7, reason: 'is_compatible: false with api#5' }] }),
    );
    release.commit('versions');
  });
  afterAll(async () => tmp?.cleanup());

  test('status reads the state file: every environment, its commits, pending versions, held PRs', async () => {
    const deployed = await runCli(['apply', '--environment', 'dev', '--version', '1', '--run', 'true'], { cwd: release.dir });
    expect(deployed.exitCode).toBe(0);
    const status = await runCli(['status'], { cwd: release.dir });
    expect(status.stderr).toBe('');
    expect(status.exitCode).toBe(0);
    expect(status.stdout).toContain('| environment | version | api | web | pending |');
    expect(status.stdout).toContain(`| dev | 1 | \`${a1.slice(0, 7)}\` | — | 2 |`);
    expect(status.stdout).toContain('| web#7 | is\\_compatible: false with api#5 |');

    const json = await runCli(['status', '--json', '--environment', 'production', '--environment', 'dev'], { cwd: release.dir });
    expect(JSON.parse(json.stdout)).toEqual({
      repositories: ['api', 'web'],
      newest: 2,
      environments: [
        { environment: 'production', deployed: {}, pending: [1, 2] },
        { environment: 'dev', version: 1, deployed: { api: a1 }, pending: [2] },
      ],
      held: [{ repository: 'web', number: 7, reason: 'is_compatible: false with api#5' }],
    });
    const help = await runCli(['--help'], { cwd: release.dir });
    expect(help.stdout).toContain('status');
  });

  test('status reads GitHub Deployments, the state apply-steps keeps in Actions', async () => {
    const github = new FakeGitHub();
    new FakeDeployments().install(github);
    await github.start();
    try {
      const client = createGitHubClient({ token: 'ghs_status', baseUrl: github.url, retries: 0, warning: noRateLimitWait });
      const store = new DeploymentsStateStore('staging', client, 'crois/release', sha('release'));
      const state = await store.acquire({ name: 'run 1', job: 'run 1', run: 'crois/release/1' }, { breakLock: false, reporter: silent });
      const v = (n: number, commit: string) => ({ version: n, repositories: { api: commit }, steps: [{ repository: 'api', commit }] });
      for (const part of planRollout({ state, available: new Map([[1, v(1, a1)]]), target: v(1, a1) }).parts) {
        await store.beginVersion(part);
        for (const step of part.pending) {
          await store.begin(step, 1);
          await store.recordStarted(step, { deployer: 'command', id: '1' });
          await store.recordFinished(step);
        }
        await store.complete(part);
      }
      await store.release();
      const env = { GITHUB_API_URL: github.url, GITHUB_TOKEN: 'ghs_status' };
      const status = await runCli(['status', '--state', 'deployments', '--repository', 'crois/release', '--environment', 'staging', '--json'], { cwd: release.dir, env });
      expect(status.stderr).toBe('');
      expect(JSON.parse(status.stdout).environments).toEqual([{ environment: 'staging', version: 1, deployed: { api: a1 }, pending: [2] }]);
      expect(violationsOf(github)).toEqual([]);
      const unnamed = await runCli(['status', '--state', 'deployments', '--repository', 'crois/release'], { cwd: release.dir, env });
      expect(unnamed.exitCode).toBe(1);
      expect(unnamed.stderr).toContain('--state deployments: name the environments with --environment');
    } finally {
      await github.stop();
    }
  });

  test("apply-steps' job summary ends with the same status table", async () => {
    const run = await runAction('apply-steps', { cwd: release.dir, inputs: { environment: 'qa', state: 'file', 'state-file': 'qa-state.json', run: 'true' } });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(release.dir, 'qa-state.json'))).toBe(true);
    const table = run.summary.slice(run.summary.indexOf('### Lockstep status'));
    expect(table).toContain('### Lockstep status: newest version 2');
    expect(table).toContain(`| qa | 2 | \`${a2.slice(0, 7)}\` | — | up to date |`);
    expect(JSON.parse(readFileSync(join(release.dir, 'qa-state.json'), 'utf8')).environments.qa.version).toBe(2);
  });
});
