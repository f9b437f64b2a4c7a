import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { authKeyHost, credentialFiles, dockerAuthKey, userCredentials, type CredentialEnvironment } from '../../src/adapters/registry/credentials.js';
import { parseImageReference } from '../../src/adapters/registry/reference.js';
import { LockstepError } from '../../src/core/errors.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';
import { pushImage } from '../tag/push-image.js';

const USERS = { ci: 'Corr3ct-Horse', other: 'another-pass' };
const b64 = (s: string) => Buffer.from(s).toString('base64');

let work: { path: string; cleanup: () => Promise<void> };
let n = 0;

beforeAll(async () => {
  work = await tempDir('lockstep-credentials-');
});
afterAll(async () => work?.cleanup());

/** A fresh set of credential locations, all inside the test's temp folder; nothing of the real home. */
function locations(): CredentialEnvironment & { dir: string } {
  const dir = join(work.path, `env-${++n}`);
  mkdirSync(join(dir, 'runtime'), { recursive: true });
  return {
    dir,
    HOME: join(dir, 'home'),
    DOCKER_CONFIG: join(dir, 'docker'),
    XDG_RUNTIME_DIR: join(dir, 'runtime'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`,
  };
}

function writeJson(path: string, value: unknown): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/**
 * A credential helper in the shape docker-credential-helpers define: `get`, the server URL on
 * stdin, JSON on stdout, or "credentials not found in native keychain" and exit 1. It logs
 * every server URL it is asked about.
 */
function fakeHelper(env: CredentialEnvironment & { dir: string }, name: string, answers: Record<string, { Username: string; Secret: string }>): string {
  const bin = join(env.dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const log = join(env.dir, `${name}.log`);
  const cases = Object.entries(answers)
    .map(([url, a]) => `  '${url}') printf '%s' '${JSON.stringify({ ServerURL: url, ...a })}' ;;`)
    .join('\n');
  const script = `#!/bin/sh\n[ "$1" = get ] || { echo "unsupported: $1" >&2; exit 2; }\nurl=$(cat)\nprintf '%s\\n' "$url" >> '${log}'\ncase "$url" in\n${cases}\n  *) echo 'credentials not found in native keychain'; exit 1 ;;\nesac\n`;
  const path = join(bin, `docker-credential-${name}`);
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return log;
}

function asked(log: string): string[] {
  try {
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function skopeoInspect(ref: string, env: CredentialEnvironment): Promise<{ ok: boolean; stderr: string }> {
  return new Promise(resolve => {
    execFile('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`], { env: { ...env, PATH: env.PATH } as NodeJS.ProcessEnv }, (error, _stdout, stderr) =>
      resolve({ ok: !error, stderr }),
    );
  });
}

describe('auth keys as docker matches them', () => {
  test('host[:port] with or without scheme and path; every Docker Hub alias is one registry', () => {
    expect(authKeyHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(authKeyHost('registry-1.docker.io')).toBe('docker.io');
    expect(authKeyHost('https://ghcr.io')).toBe('ghcr.io');
    expect(authKeyHost('http://127.0.0.1:5000/v2/')).toBe('127.0.0.1:5000');
    expect(authKeyHost('127.0.0.1:5000/team')).toBe('127.0.0.1:5000');
    expect(authKeyHost('Quay.IO')).toBe('quay.io');
    expect(dockerAuthKey('docker.io')).toBe('https://index.docker.io/v1/');
    expect(dockerAuthKey('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });

  test('file order: REGISTRY_AUTH_FILE replaces the runtime file, then XDG config, then the Docker config', () => {
    const env = { HOME: '/h', XDG_RUNTIME_DIR: '/run/u', REGISTRY_AUTH_FILE: '/x/auth.json' };
    expect(credentialFiles(env).map(f => f.path)).toEqual(['/x/auth.json', '/h/.config/containers/auth.json', '/h/.docker/config.json']);
    expect(credentialFiles({ HOME: '/h', XDG_RUNTIME_DIR: '/run/u', DOCKER_CONFIG: '/d', XDG_CONFIG_HOME: '/c' }).map(f => f.path)).toEqual([
      '/run/u/containers/auth.json',
      '/c/containers/auth.json',
      '/d/config.json',
    ]);
    expect(credentialFiles({})).toEqual([]);
  });

  test('Docker Hub credentials are found under the v1 index URL docker login writes', async () => {
    const env = locations();
    writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { 'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') } } });
    const creds = await userCredentials({ env })('docker.io', 'library/alpine');
    expect(creds).toMatchObject({ username: 'hubuser', password: 'hubpass' });
    expect(await userCredentials({ env })('ghcr.io', 'acme/app')).toBeUndefined();
  });

  test('a malformed file is an error naming it; a missing one is not', async () => {
    const env = locations();
    expect(await userCredentials({ env })('ghcr.io', 'acme/app')).toBeUndefined();
    const path = writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { 'ghcr.io': { auth: b64('no-colon') } } });
    await expect(userCredentials({ env })('ghcr.io', 'acme/app')).rejects.toThrow(`registry credentials file ${path}: the "auth" of "ghcr.io" is not base64 of user:password`);
    writeFileSync(path, '{ "auths": ');
    await expect(userCredentials({ env })('ghcr.io', 'acme/app')).rejects.toThrow(LockstepError);
  });

  test('a helper that is not on PATH, or whose name is a path, is an error naming the file', async () => {
    const env = locations();
    const path = writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { credHelpers: { 'ghcr.io': 'absent-helper' } });
    await expect(userCredentials({ env })('ghcr.io', 'a/b')).rejects.toThrow(`${path} (credHelpers "ghcr.io") names credential helper docker-credential-absent-helper, which is not on PATH`);
    writeJson(path, { credsStore: '../../bin/sh' });
    await expect(userCredentials({ env })('ghcr.io', 'a/b')).rejects.toThrow('is not a plain program suffix');
  });
});

describe('htpasswd registry', () => {
  let registry: TestRegistry;
  const image = () => parseImageReference(`${registry.host}/team/app:v1`);
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'basic', users: USERS });
    await pushImage(registry.host, 'team/app', 'v1', 'one', { username: 'ci', password: USERS.ci });
  });
  afterAll(async () => registry?.stop());

  test('auths in $DOCKER_CONFIG/config.json, keyed by host:port or by a URL; the secret is handed to masking', async () => {
    for (const key of [registry.host, `http://${registry.host}`, `https://${registry.host}/v2/`]) {
      const env = locations();
      writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [key]: { auth: b64(`ci:${USERS.ci}`) } } });
      const secrets: string[] = [];
      const client = new RegistryClient({ credentials: userCredentials({ env, onSecret: s => secrets.push(s) }), retries: 0 });
      expect(await client.hasManifest(image())).toBe(true);
      expect(await client.hasManifest(parseImageReference(`${registry.host}/team/app:v2`))).toBe(false);
      expect(secrets).toContain(USERS.ci);
    }
  });

  test('~/.docker/config.json when DOCKER_CONFIG is unset', async () => {
    const env = locations();
    delete env.DOCKER_CONFIG;
    writeJson(join(env.HOME!, '.docker', 'config.json'), { auths: { [registry.host]: { auth: b64(`ci:${USERS.ci}`) } } });
    expect(await new RegistryClient({ credentials: userCredentials({ env }) }).hasManifest(image())).toBe(true);
  });

  test('a wrong password names the user and the file, never the password', async () => {
    const env = locations();
    const path = writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: { auth: b64('ci:Wr0ng-Secret') } } });
    const error = await new RegistryClient({ credentials: userCredentials({ env }), retries: 0 }).hasManifest(image()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as Error).message).toBe(
      `registry ${registry.host} rejected the credentials of user "ci" from ${path} (auths "${registry.host}") for ${registry.host}/team/app:v1 (wrong password, or no pull access to team/app)`,
    );
    expect((error as Error).message).not.toContain('Wr0ng-Secret');
  });

  test('containers auth files come first, in containers-auth.json(5) order, as skopeo reads them', async () => {
    const good = { auth: b64(`ci:${USERS.ci}`) };
    const bad = { auth: b64('ci:nope') };
    const cases: Array<{ runtime?: object; configHome?: object; docker?: object; explicit?: object; ok: boolean }> = [
      { runtime: good, docker: bad, ok: true },
      { runtime: bad, docker: good, ok: false },
      { configHome: good, docker: bad, ok: true },
      { runtime: bad, configHome: good, ok: false },
      { explicit: good, runtime: bad, ok: true },
      { explicit: bad, runtime: good, ok: false },
      { docker: good, ok: true },
    ];
    for (const c of cases) {
      const env = locations();
      const entry = (v?: object) => ({ auths: v ? { [registry.host]: v } : {} });
      if (c.runtime) writeJson(join(env.XDG_RUNTIME_DIR!, 'containers', 'auth.json'), entry(c.runtime));
      if (c.configHome) writeJson(join(env.XDG_CONFIG_HOME!, 'containers', 'auth.json'), entry(c.configHome));
      if (c.docker) writeJson(join(env.DOCKER_CONFIG!, 'config.json'), entry(c.docker));
      if (c.explicit) env.REGISTRY_AUTH_FILE = writeJson(join(env.dir, 'explicit.json'), entry(c.explicit));
      const ours = await new RegistryClient({ credentials: userCredentials({ env }), retries: 0 })
        .hasManifest(image())
        .then(() => true, () => false);
      const skopeo = await skopeoInspect(`${registry.host}/team/app:v1`, env);
      expect({ case: c, ours }).toEqual({ case: c, ours: c.ok });
      expect({ case: c, skopeo: skopeo.ok }).toEqual({ case: c, skopeo: c.ok });
    }
  });

  test('namespaced keys of a containers auth file: the most specific one wins', async () => {
    const env = locations();
    writeJson(join(env.XDG_RUNTIME_DIR!, 'containers', 'auth.json'), {
      auths: { [`${registry.host}/team/app`]: { auth: b64(`ci:${USERS.ci}`) }, [`${registry.host}/team`]: { auth: b64('ci:nope') }, [registry.host]: { auth: b64('ci:nope') } },
    });
    expect(await new RegistryClient({ credentials: userCredentials({ env }), retries: 0 }).hasManifest(image())).toBe(true);
    expect((await skopeoInspect(`${registry.host}/team/app:v1`, env)).ok).toBe(true);
  });

  test('credHelpers for the registry runs docker-credential-<name> get with the host on stdin, once', async () => {
    const env = locations();
    const log = fakeHelper(env, 'fake', { [registry.host]: { Username: 'ci', Secret: USERS.ci } });
    writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: { auth: b64('ci:nope') } }, credHelpers: { [registry.host]: 'fake' } });
    const client = new RegistryClient({ credentials: userCredentials({ env }), retries: 0 });
    expect(await client.hasManifest(image())).toBe(true);
    expect(await client.hasManifest(parseImageReference(`${registry.host}/team/app:v2`))).toBe(false);
    expect(asked(log)).toEqual([registry.host]);
    expect((await skopeoInspect(`${registry.host}/team/app:v1`, env)).ok).toBe(true);
  });

  test('credsStore stands for every registry without a credHelpers entry; "not found" means no credentials', async () => {
    const env = locations();
    const log = fakeHelper(env, 'store', {});
    writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: {} }, credsStore: 'store' });
    const error = await new RegistryClient({ credentials: userCredentials({ env }), retries: 0 }).hasManifest(image()).catch((e: Error) => e);
    expect((error as Error).message).toContain(`registry ${registry.host} requires credentials to read ${registry.host}/team/app:v1`);
    expect(asked(log)).toEqual([registry.host]);
    fakeHelper(env, 'store', { [registry.host]: { Username: 'ci', Secret: USERS.ci } });
    expect(await new RegistryClient({ credentials: userCredentials({ env }) }).hasManifest(image())).toBe(true);
  });

  test('a failing helper is an error with its own message', async () => {
    const env = locations();
    const bin = join(env.dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'docker-credential-broken'), '#!/bin/sh\ncat >/dev/null\necho "keychain is locked" >&2\nexit 3\n');
    chmodSync(join(bin, 'docker-credential-broken'), 0o755);
    writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { credHelpers: { [registry.host]: 'broken' } });
    await expect(new RegistryClient({ credentials: userCredentials({ env }), retries: 0 }).hasManifest(image())).rejects.toThrow(
      `credential helper docker-credential-broken (from ${join(env.DOCKER_CONFIG!, 'config.json')} (credHelpers "${registry.host}")) exited with 3 for ${registry.host}: keychain is locked`,
    );
  });
});

describe('token registry', () => {
  let registry: TestRegistry;
  const image = () => parseImageReference(`${registry.host}/team/app:v1`);
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'token', users: USERS, refreshTokens: { 'refresh-me-123': 'ci' } });
    const tokenUrl = `http://127.0.0.1:${registry.tokenServer!.port}/token?service=lockstep-test-registry&scope=repository:team/app:push,pull`;
    const res = await fetch(tokenUrl, { headers: { authorization: `Basic ${b64(`ci:${USERS.ci}`)}` } });
    const { token } = (await res.json()) as { token: string };
    await pushImage(registry.host, 'team/app', 'v1', 'one', undefined, token);
  });
  afterAll(async () => registry?.stop());

  test('basic credentials from the Docker config are sent to the token service only', async () => {
    const env = locations();
    writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: { auth: b64(`other:${USERS.other}`) } } });
    const before = registry.tokenRequests.length;
    expect(await new RegistryClient({ credentials: userCredentials({ env }) }).hasManifest(image())).toBe(true);
    expect(registry.tokenRequests.slice(before)).toEqual([{ service: 'lockstep-test-registry', scopes: ['repository:team/app:pull'], user: 'other', authenticated: true }]);
  });

  test('an identitytoken (auths, or a helper answering as "<token>") is exchanged with the OAuth2 refresh-token grant', async () => {
    const fromFile = locations();
    writeJson(join(fromFile.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: { auth: b64('ci:unused'), identitytoken: 'refresh-me-123' } } });
    const fromHelper = locations();
    fakeHelper(fromHelper, 'tok', { [registry.host]: { Username: '<token>', Secret: 'refresh-me-123' } });
    writeJson(join(fromHelper.DOCKER_CONFIG!, 'config.json'), { credHelpers: { [registry.host]: 'tok' } });
    for (const env of [fromFile, fromHelper]) {
      const secrets: string[] = [];
      const before = registry.tokenRequests.length;
      expect(await new RegistryClient({ credentials: userCredentials({ env, onSecret: s => secrets.push(s) }) }).hasManifest(image())).toBe(true);
      expect(registry.tokenRequests.slice(before)).toEqual([
        { service: 'lockstep-test-registry', scopes: ['repository:team/app:pull'], user: 'ci', authenticated: true, grant: 'refresh_token' },
      ]);
      expect(secrets).toEqual(['refresh-me-123']);
    }
  });

  test('a refused identity token is an error that names where it came from', async () => {
    const env = locations();
    const path = writeJson(join(env.DOCKER_CONFIG!, 'config.json'), { auths: { [registry.host]: { identitytoken: 'revoked' } } });
    await expect(new RegistryClient({ credentials: userCredentials({ env }), retries: 0 }).hasManifest(image())).rejects.toThrow(
      `registry ${registry.host} rejected the credentials of an identity token from ${path} (auths "${registry.host}")`,
    );
  });
});
