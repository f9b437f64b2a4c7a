import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo } from '../support/git-repo.js';
import { TestRegistry } from '../support/registry.js';
import { runAction, runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

// The bundles (dist/hash-tag/index.js, dist/cli/index.js) with the logins a user already has:
// docker/login-action's Docker config, podman login's auth file. All of them in temp folders.

const PASSWORD = 'L0gged-In-Already';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('hash-tag reuses existing registry logins', () => {
  let registry: TestRegistry;
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;

  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'basic', users: { ci: PASSWORD } });
    dir = await tempDir('lockstep-credentials-action-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo.write('images.yaml', `registry: ${registry.host}/acme\nimages:\n  app:\n    context: app\n`).write('app/Dockerfile', 'FROM scratch\nCOPY . /\n');
    repo.commit('init');
  });
  afterAll(async () => {
    await registry?.stop();
    await dir?.cleanup();
  });

  function dockerConfig(name: string, password: string): string {
    const config = join(dir.path, name);
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth: b64(`ci:${password}`) } } }));
    return config;
  }

  test('the action reads DOCKER_CONFIG as docker/login-action leaves it, and masks the password', async () => {
    const run = await runAction('hash-tag', { cwd: repo.dir, inputs: { 'check-registry': 'true' }, env: { DOCKER_CONFIG: dockerConfig('docker-good', PASSWORD) } });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.missing)).toEqual(['app']);
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(run.stdout.replace(`::add-mask::${PASSWORD}`, '')).not.toContain(PASSWORD);
  });

  test('inputs win over the Docker config', async () => {
    const inputs = { 'check-registry': 'true', 'registry-username': 'ci', 'registry-password': 'wrong-input' };
    const run = await runAction('hash-tag', { cwd: repo.dir, inputs, env: { DOCKER_CONFIG: dockerConfig('docker-good-2', PASSWORD) } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map(a => a.message)).toEqual([expect.stringContaining(`rejected the credentials of user "ci" for ${registry.host}/acme/app:`)]);
    const fixed = await runAction('hash-tag', { cwd: repo.dir, inputs: { ...inputs, 'registry-password': PASSWORD }, env: { DOCKER_CONFIG: dockerConfig('docker-bad', 'stale') } });
    expect(fixed.exitCode).toBe(0);
  });

  test('the CLI reads REGISTRY_AUTH_FILE; LOCKSTEP_REGISTRY_* win over it', async () => {
    const authFile = join(dir.path, 'auth.json');
    writeFileSync(authFile, JSON.stringify({ auths: { [registry.host]: { auth: b64(`ci:${PASSWORD}`) } } }));
    const run = await runCli(['hash-tag', '--check-registry', '--json'], { cwd: repo.dir, env: { REGISTRY_AUTH_FILE: authFile } });
    expect(run.stderr).not.toContain('error');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).missing).toEqual(['app']);
    const wrong = await runCli(['hash-tag', '--check-registry'], { cwd: repo.dir, env: { REGISTRY_AUTH_FILE: authFile, LOCKSTEP_REGISTRY_USERNAME: 'ci', LOCKSTEP_REGISTRY_PASSWORD: 'nope' } });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout + wrong.stderr).toContain(`rejected the credentials of user "ci" for ${registry.host}/acme/app:`);
  });
});
