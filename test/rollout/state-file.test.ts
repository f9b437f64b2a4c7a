import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStateStore } from '../../src/adapters/state/file.js';
import type { Reporter } from '../../src/core/reporter.js';
import { planRollout } from '../../src/core/rollout/plan.js';
import { tempDir } from '../support/tmp.js';
import { files, sha, version } from './helpers.js';
import { rejection } from '../support/errors.js';

function recorder(): Reporter & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, error: () => {}, warning: m => void warnings.push(m), group: (_t, fn) => fn(), summary: () => {} };
}


const v1 = version(1, [['api', 'a1'], ['web', 'w1']]);

describe('file state', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.cleanup());

  it('writes every step to disk as it happens and reads it back', async () => {
    const path = join(dir.path, 'state.json');
    const store = new FileStateStore('staging', path);
    const state = await store.acquire({ name: 'alice' }, { breakLock: false, reporter: recorder() });
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await store.beginVersion(part);
    const [s1, s2] = part.pending;
    await store.begin(s1, 1);
    await store.recordStarted(s1, { deployer: 'codebuild', id: 'deploy-api:1', url: 'https://logs/1' });
    const midway = JSON.parse(await readFile(path, 'utf8'));
    expect(midway.environments.staging.records[0]).toMatchObject({ repository: 'api', status: 'started', ref: { id: 'deploy-api:1' } });
    await store.recordFinished(s1, 'https://logs/1');
    await store.begin(s2, 1);
    await store.recordStarted(s2, { deployer: 'command', id: '42' });
    await store.recordFailed(s2);

    const again = await new FileStateStore('staging', path).load();
    expect(again.deployed).toEqual({ api: sha('a1') });
    expect(again.version).toBeUndefined();
    expect(again.versions[0].finished).toEqual([1]);
    expect(again.records.map(r => `${r.repository}:${r.status}`)).toEqual(['api:finished', 'web:failed']);
    expect(again.lock?.holder).toBe('alice');
    await store.release();
    expect((await new FileStateStore('staging', path).load()).lock).toBeUndefined();
  });

  it('keeps other environments in the same file', async () => {
    const path = join(dir.path, 'state.json');
    await new FileStateStore('staging', path).acquire({ name: 'a' }, { breakLock: false, reporter: recorder() });
    await new FileStateStore('production', path).acquire({ name: 'b' }, { breakLock: false, reporter: recorder() });
    const all = JSON.parse(await readFile(path, 'utf8'));
    expect(Object.keys(all.environments).sort()).toEqual(['production', 'staging']);
  });

  it('refuses a second holder with the way out, lets a later attempt of the same run and a broken lock through', async () => {
    const path = join(dir.path, 'state.json');
    await new FileStateStore('prod', path).acquire({ name: 'run 7 attempt 1', run: 'acme/release/7' }, { breakLock: false, reporter: recorder() });
    const e = await rejection(new FileStateStore('prod', path).acquire({ name: 'run 8 attempt 1', run: 'acme/release/8' }, { breakLock: false, reporter: recorder() }));
    expect(e.message).toMatch(/^environment "prod" is held by run 7 attempt 1 since \d{4}-/);
    expect(e.details.join(' ')).toContain('break-lock: true');
    expect(e.details.join(' ')).toContain('concurrency');

    const same = recorder();
    await new FileStateStore('prod', path).acquire({ name: 'run 7 attempt 2', run: 'acme/release/7' }, { breakLock: false, reporter: same });
    expect(same.warnings[0]).toContain('earlier attempt of this run');

    const breaker = recorder();
    const state = await new FileStateStore('prod', path).acquire({ name: 'run 9', run: 'acme/release/9' }, { breakLock: true, reporter: breaker });
    expect(breaker.warnings[0]).toContain('breaking the hold of run 7 attempt 2');
    expect(state.lock?.holder).toBe('run 9');

    // `breakLock()` drops a hold without taking one (an operator clearing a dead run's hold).
    await new FileStateStore('prod', path).breakLock();
    expect((await new FileStateStore('prod', path).load()).lock).toBeUndefined();
  });

  it('lets exactly one of many simultaneous runs take the environment', async () => {
    const path = join(dir.path, 'state.json');
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => new FileStateStore('prod', path).acquire({ name: `run ${i}` }, { breakLock: false, reporter: recorder() })),
    );
    const won = attempts.filter(a => a.status === 'fulfilled') as Array<PromiseFulfilledResult<{ lock?: { holder: string } }>>;
    expect(won).toHaveLength(1);
    expect((await new FileStateStore('prod', path).load()).lock?.holder).toBe(won[0].value.lock?.holder);
    for (const a of attempts.filter(x => x.status === 'rejected')) expect(String((a as PromiseRejectedResult).reason.message)).toContain('is held by');
  });

  it('keeps every environment\'s progress when several write the same file at once', async () => {
    const path = join(dir.path, 'state.json');
    const envs = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(envs.map(e => new FileStateStore(e, path).acquire({ name: `run ${e}` }, { breakLock: false, reporter: recorder() })));
    const all = JSON.parse(await readFile(path, 'utf8'));
    expect(Object.keys(all.environments).sort()).toEqual(envs);
  });

  it('names the file when it is not a state file', async () => {
    const path = join(dir.path, 'state.json');
    await writeFile(path, '{"environments": []');
    const e = await rejection(new FileStateStore('prod', path, 'state.json').load());
    expect(e.location.file).toBe('state.json');
    expect(e.message).toContain('not valid JSON');
  });
});
