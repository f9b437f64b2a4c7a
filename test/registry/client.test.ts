import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { RegistryClient, parseChallenge } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/adapters/registry/reference.js';
import { LockstepError } from '../../src/core/errors.js';
import { Buildah } from '../support/buildah.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';

const PASSWORD = 's3cret-Passw0rd!';
const USERS = { ci: PASSWORD };

function skopeo(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('skopeo', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)));
  });
}

/** The digest skopeo reports, checked against the hash of the raw manifest bytes it fetched. */
async function skopeoDigest(ref: string, creds?: string): Promise<string> {
  const auth = creds ? ['--creds', creds] : [];
  const info = JSON.parse(await skopeo(['inspect', '--tls-verify=false', ...auth, `docker://${ref}`])) as { Digest: string };
  const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', ...auth, `docker://${ref}`]);
  expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(info.Digest);
  return info.Digest;
}

let buildah: Buildah;
let work: { path: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  buildah = await Buildah.create();
  work = await tempDir('lockstep-client-');
  for (const name of ['one', 'two']) {
    const ctx = join(work.path, name);
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'payload.txt'), `image ${name}\n`);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /\n');
    await buildah.build(ctx, `localhost/test-${name}:1`);
  }
});

afterAll(async () => {
  await buildah?.cleanup();
  await work?.cleanup();
});

describe('registry without auth', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await TestRegistry.start();
    await buildah.push('localhost/test-one:1', `${registry.host}/team/app-one:v1`);
    await buildah.push('localhost/test-two:1', `${registry.host}/team/app-two:v1`);
    // A multi-arch index over both images: its digest, not a member's, is the tag's digest.
    await buildah.buildah(['manifest', 'create', 'localhost/multi:1']);
    await buildah.buildah(['manifest', 'add', '--arch', 'amd64', 'localhost/multi:1', 'containers-storage:localhost/test-one:1']);
    await buildah.buildah(['manifest', 'add', '--arch', 'arm64', 'localhost/multi:1', 'containers-storage:localhost/test-two:1']);
    await buildah.buildah(['manifest', 'push', '--all', '--tls-verify=false', 'localhost/multi:1', `docker://${registry.host}/team/multi:v1`]);
  });
  afterAll(async () => registry?.stop());

  test('a pushed tag exists, an absent tag or repository does not', async () => {
    const client = new RegistryClient();
    expect(await client.hasManifest(parseImageReference(`${registry.host}/team/app-one:v1`))).toBe(true);
    expect(await client.hasManifest(parseImageReference(`${registry.host}/team/app-one:v2`))).toBe(false);
    expect(await client.hasManifest(parseImageReference(`${registry.host}/team/never-pushed:v1`))).toBe(false);
  });

  test('digests match what skopeo reports, for an image and for a multi-arch index', async () => {
    const client = new RegistryClient();
    for (const name of ['team/app-one:v1', 'team/app-two:v1', 'team/multi:v1']) {
      const ref = `${registry.host}/${name}`;
      const digest = await client.resolveDigest(parseImageReference(ref));
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(digest).toBe(await skopeoDigest(ref));
    }
    const one = await client.resolveDigest(parseImageReference(`${registry.host}/team/app-one:v1`));
    expect(one).not.toBe(await client.resolveDigest(parseImageReference(`${registry.host}/team/app-two:v1`)));
    // The digest names the manifest: asking by digest finds it, and resolves to itself.
    const byDigest = parseImageReference(`${registry.host}/team/app-one@${one}`);
    expect(await client.hasManifest(byDigest)).toBe(true);
    expect(await client.resolveDigest(byDigest)).toBe(one);
  });

  test('resolving a missing tag is an error naming the image and registry', async () => {
    const client = new RegistryClient();
    const ref = parseImageReference(`${registry.host}/team/app-one:missing`);
    await expect(client.resolveDigest(ref)).rejects.toThrow(LockstepError);
    await expect(client.resolveDigest(ref)).rejects.toThrow(`image ${registry.host}/team/app-one:missing was not found in registry ${registry.host}`);
  });

  test('hasManifests answers in input order with bounded concurrency', async () => {
    const client = new RegistryClient();
    const names = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 'team/app-one:v1' : i % 3 === 1 ? 'team/app-two:v1' : `team/app-one:nope-${i}`));
    const answers = await client.hasManifests(names.map(n => parseImageReference(`${registry.host}/${n}`)), 3);
    expect(answers).toEqual(names.map(n => !n.includes('nope')));
    expect(client.stats.requests).toBe(12);
  });
});

describe('registry with htpasswd basic auth', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'basic', users: USERS });
    await buildah.push('localhost/test-one:1', `${registry.host}/private/app:v1`, { username: 'ci', password: PASSWORD });
  });
  afterAll(async () => registry?.stop());

  test('the right password reads tags and digests; the challenge is learnt once', async () => {
    const client = new RegistryClient({ credentials: { username: 'ci', password: PASSWORD } });
    const ref = parseImageReference(`${registry.host}/private/app:v1`);
    expect(await client.hasManifest(ref)).toBe(true);
    expect(await client.hasManifest(parseImageReference(`${registry.host}/private/app:v9`))).toBe(false);
    expect(await client.resolveDigest(ref)).toBe(await skopeoDigest(ref.registry + '/private/app:v1', `ci:${PASSWORD}`));
    // 1 anonymous attempt + its retry with basic auth, then one request per question.
    expect(client.stats.requests).toBe(4);
  });

  test('a wrong password is an error naming registry, image and user, never the password', async () => {
    const wrong = 'wrong-Secret-42';
    const client = new RegistryClient({ credentials: { username: 'ci', password: wrong } });
    const ref = parseImageReference(`${registry.host}/private/app:v1`);
    const error = await client.hasManifest(ref).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LockstepError);
    const text = `${(error as Error).message}\n${(error as Error).stack}`;
    expect((error as Error).message).toContain(`registry ${registry.host} rejected the credentials of user "ci" for ${registry.host}/private/app:v1`);
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(Buffer.from(`ci:${wrong}`).toString('base64'));
  });

  test('no credentials is an error that says credentials are needed', async () => {
    const client = new RegistryClient();
    await expect(client.hasManifest(parseImageReference(`${registry.host}/private/app:v1`))).rejects.toThrow(
      `registry ${registry.host} requires credentials to read ${registry.host}/private/app:v1; set registry-username and registry-password`,
    );
  });

  test('credentials chosen per registry are not offered to other registries', async () => {
    const asked: string[] = [];
    const client = new RegistryClient({
      credentials: r => {
        asked.push(r);
        return r === registry.host ? { username: 'ci', password: PASSWORD } : undefined;
      },
    });
    expect(await client.hasManifest(parseImageReference(`${registry.host}/private/app:v1`))).toBe(true);
    expect(asked).toContain(registry.host);
  });
});

describe('registry with bearer-token auth', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'token', users: USERS });
    await buildah.push('localhost/test-one:1', `${registry.host}/acme/api:v1`, { username: 'ci', password: PASSWORD });
    await buildah.push('localhost/test-two:1', `${registry.host}/acme/web:v1`, { username: 'ci', password: PASSWORD });
    registry.tokenRequests.length = 0;
  });
  afterAll(async () => registry?.stop());

  test('answers the challenge with a pull token for the right service and scope, cached per repository', async () => {
    const client = new RegistryClient({ credentials: { username: 'ci', password: PASSWORD } });
    const api = parseImageReference(`${registry.host}/acme/api:v1`);
    expect(await client.hasManifest(api)).toBe(true);
    expect(await client.hasManifest(parseImageReference(`${registry.host}/acme/api:v2`))).toBe(false);
    expect(await client.resolveDigest(api)).toBe(await skopeoDigest(`${registry.host}/acme/api:v1`, `ci:${PASSWORD}`));
    const ours = registry.tokenRequests.filter(r => r.scopes.every(s => s.endsWith(':pull')));
    expect(ours[0]).toEqual({ service: 'lockstep-test-registry', scopes: ['repository:acme/api:pull'], user: 'ci', authenticated: true });
    expect(client.stats.tokenRequests).toBe(1);
    // Another repository needs its own scope: one more token, and no second 401 round trip.
    const before = client.stats.requests;
    expect(await client.hasManifest(parseImageReference(`${registry.host}/acme/web:v1`))).toBe(true);
    expect(client.stats.tokenRequests).toBe(2);
    expect(client.stats.requests - before).toBe(2);
    expect(registry.tokenRequests.at(-1)).toEqual({ service: 'lockstep-test-registry', scopes: ['repository:acme/web:pull'], user: 'ci', authenticated: true });
  });

  test('concurrent checks of one repository, from a cold start, share one token request', async () => {
    const client = new RegistryClient({ credentials: { username: 'ci', password: PASSWORD } });
    const refs = Array.from({ length: 8 }, (_, i) => parseImageReference(`${registry.host}/acme/api:${i === 0 ? 'v1' : `x${i}`}`));
    const answers = await client.hasManifests(refs, 8);
    expect(answers).toEqual(refs.map((_, i) => i === 0));
    expect(client.stats.tokenRequests).toBe(1);
    // Each check: one anonymous 401 that taught the challenge, then one authorised request.
    expect(client.stats.requests).toBe(8 * 2 + 1);
  });

  test('a wrong password fails at the token service without leaking it', async () => {
    const wrong = 'not-the-Password-7';
    const client = new RegistryClient({ credentials: { username: 'ci', password: wrong } });
    const error = await client.hasManifest(parseImageReference(`${registry.host}/acme/api:v1`)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as Error).message).toContain(`registry ${registry.host} rejected the credentials of user "ci"`);
    expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain(wrong);
    expect(registry.tokenRequests.at(-1)).toMatchObject({ user: 'ci', authenticated: false });
  });

  test('an anonymous token without pull rights is reported as needing credentials', async () => {
    const client = new RegistryClient();
    await expect(client.hasManifest(parseImageReference(`${registry.host}/acme/api:v1`))).rejects.toThrow(
      `registry ${registry.host} requires credentials to read ${registry.host}/acme/api:v1`,
    );
    expect(registry.tokenRequests.at(-1)).toEqual({ service: 'lockstep-test-registry', scopes: ['repository:acme/api:pull'], user: undefined, authenticated: true });
  });
});

describe('registry with anonymous pull tokens (as Docker Hub serves public images)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'token', users: USERS, anonymousPull: true });
    await buildah.push('localhost/test-one:1', `${registry.host}/library/base:1`, { username: 'ci', password: PASSWORD });
  });
  afterAll(async () => registry?.stop());

  test('reads a public image with no credentials', async () => {
    const client = new RegistryClient();
    const ref = parseImageReference(`${registry.host}/library/base:1`);
    expect(await client.resolveDigest(ref)).toBe(await skopeoDigest(`${registry.host}/library/base:1`));
    expect(registry.tokenRequests.at(-1)).toMatchObject({ scopes: ['repository:library/base:pull'], user: undefined });
  });
});

describe('failures', () => {
  test('an unreachable registry is a clear error naming it and the image', async () => {
    const server = createServer();
    await new Promise<void>(res => server.listen(0, '127.0.0.1', res));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>(res => server.close(() => res()));
    const client = new RegistryClient({ retryDelayMs: 1 });
    await expect(client.hasManifest(parseImageReference(`127.0.0.1:${port}/team/app:v1`))).rejects.toThrow(
      `cannot reach registry 127.0.0.1:${port} (http://127.0.0.1:${port}) for 127.0.0.1:${port}/team/app:v1: connection refused`,
    );
  });

  describe('a flaky registry', () => {
    let server: Server;
    let port: number;
    let plan: number[] = [];
    let served = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        served++;
        const status = plan.shift() ?? 200;
        const headers: Record<string, string> = { 'Docker-Content-Digest': 'sha256:' + 'a'.repeat(64) };
        if (status === 429) headers['Retry-After'] = '0';
        res.writeHead(status, headers).end(status >= 500 ? '{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}' : '');
      });
      await new Promise<void>(res => server.listen(0, '127.0.0.1', res));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => new Promise<void>(res => server.close(() => res())));

    test('429 and 5xx are retried with backoff until an answer', async () => {
      plan = [503, 429, 502];
      served = 0;
      const client = new RegistryClient({ retryDelayMs: 5 });
      expect(await client.hasManifest(parseImageReference(`127.0.0.1:${port}/a:1`))).toBe(true);
      expect(served).toBe(4);
    });

    test('retries are bounded and the last status is reported', async () => {
      plan = [503, 503, 503, 503];
      served = 0;
      const client = new RegistryClient({ retries: 3, retryDelayMs: 5 });
      await expect(client.resolveDigest(parseImageReference(`127.0.0.1:${port}/a:1`))).rejects.toThrow(
        `registry 127.0.0.1:${port} answered 503 Service Unavailable for 127.0.0.1:${port}/a:1 after 4 attempts`,
      );
      expect(served).toBe(4);
    });
  });
});

test('parseChallenge reads quoted parameters with commas and picks Bearer over Basic', () => {
  expect(parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull,push"')).toEqual({
    scheme: 'bearer',
    params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull,push' },
  });
  expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
  expect(parseChallenge('Basic realm="x", Bearer realm="https://t/token",service=svc')?.params).toEqual({ realm: 'https://t/token', service: 'svc' });
  expect(parseChallenge('Negotiate')).toBeUndefined();
});
