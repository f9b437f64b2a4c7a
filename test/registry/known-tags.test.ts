import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { KnownTags, RememberingRegistry } from '../../src/adapters/registry/known-tags.js';
import { parseImageReference, type ImageReference } from '../../src/adapters/registry/reference.js';
import { Buildah } from '../support/buildah.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';
import { FakeActionsCache } from './fake-actions-cache.js';

const ENV_KEYS = ['ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'RUNNER_TEMP', 'GITHUB_WORKSPACE'];

describe('tags known to be pushed, remembered across runs with @actions/cache', () => {
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
    cacheService = new FakeActionsCache();
    await cacheService.start();
    const ctx = join(dir.path, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'f'), 'x\n');
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY f /\n');
    await buildah.build(ctx, 'localhost/known:1');
    await buildah.push('localhost/known:1', `${registry.host}/team/app:aaaa`);
    await buildah.push('localhost/known:1', `${registry.host}/team/lib:bbbb`);
    refs = ['team/app:aaaa', 'team/lib:bbbb', 'team/app:cccc'].map(r => parseImageReference(`${registry.host}/${r}`));
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_RESULTS_URL;
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

    const second = await run('102-1');
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
    const url = process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_CACHE_URL;
    try {
      const before = cacheService.requests.length;
      const result = await run('106-1');
      expect(result).toEqual({ answers: [true, true, true], registryRequests: 3, restored: 0, saved: false });
      expect(cacheService.requests.length).toBe(before);
    } finally {
      process.env.ACTIONS_CACHE_URL = url;
    }
  });
});
