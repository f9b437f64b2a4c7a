import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { KnownTags, RememberingRegistry } from '../../src/adapters/registry/known-tags.js';
import { parseImageReference, type ImageReference } from '../../src/adapters/registry/reference.js';
import { Buildah } from '../support/buildah.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';
import { FakeActionsCache, type CacheProtocol } from './fake-actions-cache.js';

const ENV_KEYS = [...FakeActionsCache.VARIABLES, 'RUNNER_TEMP', 'GITHUB_WORKSPACE'];

// Both protocols of the cache service: v2 (Twirp and a signed blob URL) is what runs on
// github.com, v1 (_apis/artifactcache) what GHES runs.
describe.each<[CacheProtocol, string]>([
  ['v2', 'github.com'],
  ['v1', 'GHES'],
])('tags known to be pushed, remembered across runs with @actions/cache (cache service %s, as on %s)', protocol => {
  let buildah: Buildah;
  let registry: TestRegistry;
  let cacheService: FakeActionsCache;
  let dir: { path: string; cleanup: () => Promise<void> };
  const saved: Record<string, string | undefined> = {};
  let refs: ImageReference[];

  beforeAll(async () => {
    for (const k of ENV_KEYS) saved[k] = process.env[k];
    dir = await tempDir('lockstep-known-tags-');
    buildah = await Buildah.create();
    registry = await TestRegistry.start();
    cacheService = new FakeActionsCache(protocol);
    await cacheService.start();
    const ctx = join(dir.path, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'f'), 'x\n');
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY f /\n');
    await buildah.build(ctx, 'localhost/known:1');
    await buildah.push('localhost/known:1', `${registry.host}/team/app:aaaa`);
    await buildah.push('localhost/known:1', `${registry.host}/team/lib:bbbb`);
    refs = ['team/app:aaaa', 'team/lib:bbbb', 'team/app:cccc'].map(r => parseImageReference(`${registry.host}/${r}`));
    for (const k of FakeActionsCache.VARIABLES) delete process.env[k];
    Object.assign(process.env, cacheService.env(), { RUNNER_TEMP: join(dir.path, 'runner-temp'), GITHUB_WORKSPACE: join(dir.path, 'workspace') });
    mkdirSync(process.env.RUNNER_TEMP!, { recursive: true });
    mkdirSync(process.env.GITHUB_WORKSPACE!, { recursive: true });
  });

  afterAll(async () => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await cacheService?.stop();
    await registry?.stop();
    await buildah?.cleanup();
    await dir?.cleanup();
  });

  /** One workflow run: restore the memory, check every tag, save. */
  async function run(runId: string): Promise<{ answers: boolean[]; registryRequests: number; restored: number; saved: boolean }> {
    // The same folder in every run (as RUNNER_TEMP is), emptied as on a fresh runner.
    const memoryDir = join(process.env.RUNNER_TEMP!, 'lockstep-known-tags');
    const known = await KnownTags.restore({ dir: memoryDir, scope: `${registry.host}/team`, runId });
    const restored = known.size;
    const client = new RegistryClient();
    const answers = await new RememberingRegistry(client, known).hasManifests(refs);
    return { answers, registryRequests: client.stats.requests, restored, saved: await known.save() };
  }

  test('a second run asks the registry only about tags not yet seen pushed', async () => {
    const first = await run('101-1');
    expect(first).toEqual({ answers: [true, true, false], registryRequests: 3, restored: 0, saved: true });
    expect(cacheService.entries.filter(e => e.committed).map(e => e.key)).toEqual([expect.stringMatching(/^lockstep-known-tags-v1-[0-9a-f]{16}-101-1$/)]);
    // The protocol this describe is about, not the other one, carried it.
    const paths = cacheService.requests.map(r => `${r.method} ${r.path.replace(/\d+/g, 'N')}`);
    expect([...new Set(paths)].sort()).toEqual(
      protocol === 'v2'
        ? [
            'POST /twirp/github.actions.results.api.vN.CacheService/CreateCacheEntry',
            'POST /twirp/github.actions.results.api.vN.CacheService/FinalizeCacheEntryUpload',
            'POST /twirp/github.actions.results.api.vN.CacheService/GetCacheEntryDownloadURL',
            'PUT /blob/actionscache/cache-N',
          ]
        : ['GET /_apis/artifactcache/cache', 'PATCH /_apis/artifactcache/caches/N', 'POST /_apis/artifactcache/caches', 'POST /_apis/artifactcache/caches/N'],
    );

    const before = cacheService.requests.length;
    const second = await run('102-1');
    // Restored from the service: the archive came down the protocol's own download.
    expect(cacheService.requests.slice(before).map(r => `${r.method} ${r.path}`)).toContain(protocol === 'v2' ? 'GET /blob/actionscache/cache-1' : 'GET /archive/1');
    // Same answers; only the missing tag cost a request. Nothing new learnt, nothing saved.
    expect(second).toEqual({ answers: [true, true, false], registryRequests: 1, restored: 2, saved: false });

    // The missing image gets built and pushed; the next run learns it, and the one after asks nothing.
    await buildah.push('localhost/known:1', `${registry.host}/team/app:cccc`);
    expect(await run('103-1')).toEqual({ answers: [true, true, true], registryRequests: 1, restored: 2, saved: true });
    expect(await run('104-1')).toEqual({ answers: [true, true, true], registryRequests: 0, restored: 3, saved: false });
  });

  test('another scope (registry prefix) does not share the memory', async () => {
    const known = await KnownTags.restore({ dir: join(process.env.RUNNER_TEMP!, 'other'), scope: 'ghcr.io/someone-else', runId: '105-1' });
    expect(known.size).toBe(0);
    expect(known.restoredFrom).toBeUndefined();
  });

  test('without a cache service (CLI, laptop) it remembers nothing and asks every time', async () => {
    const variable = protocol === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
    const url = process.env[variable];
    delete process.env[variable];
    try {
      const before = cacheService.requests.length;
      const result = await run('106-1');
      expect(result).toEqual({ answers: [true, true, true], registryRequests: 3, restored: 0, saved: false });
      expect(cacheService.requests.length).toBe(before);
    } finally {
      process.env[variable] = url;
    }
  });
});
