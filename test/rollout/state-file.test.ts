import { existsSync } from 'node:fs';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
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
    const state = await store.acquire({ name: 'alice', job: 'alice' }, { breakLock: false, reporter: recorder() });
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
    const stores = [new FileStateStore('staging', path), new FileStateStore('production', path)];
    for (const s of stores) await s.acquire({ name: s.environment, job: s.environment }, { breakLock: false, reporter: recorder() });
    const all = JSON.parse(await readFile(path, 'utf8'));
    await Promise.all(stores.map(s => s.release()));
    expect(Object.keys(all.environments).sort()).toEqual(['production', 'staging']);
  });

  /** A job of a workflow run, as currentHolder() names it. */
  const job = (run: number, attempt: number, name = 'deploy', key = '') => ({
    name: `run ${run} attempt ${attempt} job ${name}${key ? ` [${key}]` : ''}`,
    job: `acme/release/${run}/${attempt}/${name}/${key}`,
    run: `acme/release/${run}`,
    attempt,
  });
  const options = (breakLock = false, reporter = recorder()) => ({ breakLock, reporter });
  const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

  it('refuses a second holder with the way out; a later attempt of the same run takes over', async () => {
    const path = join(dir.path, 'state.json');
    const first = new FileStateStore('prod', path);
    await first.acquire(job(7, 1), options());
    const e = await rejection(new FileStateStore('prod', path).acquire(job(8, 1), options()));
    expect(e.message).toMatch(/^environment "prod" is held by run 7 attempt 1 job deploy since \d{4}-.*refusing to start a second rollout/);
    expect(e.details.join(' ')).toContain('break-lock: true');
    expect(e.details.join(' ')).toContain('concurrency');

    const same = recorder();
    const second = new FileStateStore('prod', path);
    await second.acquire(job(7, 2), options(false, same));
    expect(same.warnings[0]).toContain('earlier attempt of this run');
    // The first attempt's release, when it comes, leaves the new hold alone.
    await first.release();
    expect((await new FileStateStore('prod', path).load()).lock?.holder).toBe('run 7 attempt 2 job deploy');
    await second.release();
    expect((await new FileStateStore('prod', path).load()).lock).toBeUndefined();
  });

  it('keeps two jobs of one run apart: another job, and a matrix sibling that shares this job\'s name', async () => {
    const path = join(dir.path, 'state.json');
    const holder = new FileStateStore('prod', path);
    await holder.acquire(job(7, 1, 'deploy', '0'), options());
    await expect(new FileStateStore('prod', path).acquire(job(7, 1, 'smoke'), options())).rejects.toThrow('is held by run 7 attempt 1 job deploy [0]');
    await expect(new FileStateStore('prod', path).acquire(job(7, 1, 'deploy', '1'), options())).rejects.toThrow('refusing to start a second rollout');
    // Without hold-keys the siblings share one job name: still refused, with the hint.
    const unkeyed = new FileStateStore('prod', join(dir.path, 'other.json'));
    await unkeyed.acquire(job(7, 1), options());
    const e = await rejection(new FileStateStore('prod', join(dir.path, 'other.json')).acquire(job(7, 1), options()));
    expect(e.details[0]).toContain('hold-key');
    await holder.release();
    await unkeyed.release();
  });

  it('breaks only a hold whose lease ran out; a live holder keeps renewing it', async () => {
    const path = join(dir.path, 'state.json');
    const live = new FileStateStore('prod', path, 'state.json', { ttlMs: 5000, renewMs: 100 });
    await live.acquire(job(7, 1), options());
    const before = (await new FileStateStore('prod', path).load()).lock!.expires;
    await sleep(900);
    const renewed = (await new FileStateStore('prod', path).load()).lock!;
    expect(Date.parse(renewed.expires)).toBeGreaterThan(Date.parse(before));
    const e = await rejection(new FileStateStore('prod', path).acquire(job(9, 1), options(true)));
    expect(e.message).toContain('break-lock takes only a stale hold');
    await live.release();
  });

  it('lets break-lock take a stale hold; the run that lost it stops before its next step and leaves the new hold alone', async () => {
    const path = join(dir.path, 'state.json');
    // A holder that stops renewing (as a SIGKILLed or stalled runner does).
    const stalled = new FileStateStore('prod', path, 'state.json', { ttlMs: 200, renewMs: 60_000 });
    const state = await stalled.acquire(job(7, 1), options());
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await stalled.beginVersion(part);
    await sleep(300);
    const without = await rejection(new FileStateStore('prod', path).acquire(job(9, 1), options()));
    expect(without.message).toContain('its lease ran out at');
    const breaker = recorder();
    const taker = new FileStateStore('prod', path);
    await taker.acquire(job(9, 1), options(true, breaker));
    expect(breaker.warnings[0]).toContain('breaking the stale hold of run 7 attempt 1 job deploy');

    const lost = await rejection(stalled.begin(part.pending[0], 1));
    expect(lost.message).toMatch(/^lost the hold on environment "prod": run 9 attempt 1 job deploy took it at /);
    await stalled.release();
    const after = await new FileStateStore('prod', path).load();
    expect(after.lock?.holder).toBe('run 9 attempt 1 job deploy');
    expect(after.records).toEqual([]);
    await taker.release();
  });

  it('a run that stalled past its lease, and that nobody broke, renews it with its next write: a later break-lock is refused', async () => {
    const path = join(dir.path, 'state.json');
    const stalled = new FileStateStore('prod', path, 'state.json', { ttlMs: 200, renewMs: 60_000 });
    const state = await stalled.acquire(job(7, 1), options());
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await stalled.beginVersion(part);
    await sleep(300);
    // It wakes up and records its next step before anyone broke the hold: it deploys, so its hold is live again.
    await stalled.begin(part.pending[0], 1);
    const e = await rejection(new FileStateStore('prod', path).acquire(job(9, 1), options(true)));
    expect(e.message).toContain('break-lock takes only a stale hold');
    await stalled.release();
  });

  it('lets exactly one of many simultaneous runs in when they all find a guard left by a dead process', async () => {
    const path = join(dir.path, 'state.json');
    const guard = `${path}.lock`;
    await writeFile(guard, '');
    const old = new Date(Date.now() - 60_000);
    await utimes(guard, old, old);
    const stores = Array.from({ length: 8 }, () => new FileStateStore('prod', path));
    const attempts = await Promise.allSettled(stores.map((s, i) => s.acquire({ name: `run ${i}`, job: `run ${i}` }, { breakLock: false, reporter: recorder() })));
    expect(attempts.filter(a => a.status === 'fulfilled')).toHaveLength(1);
    expect((await readdir(dir.path)).filter(f => f.startsWith('state.json.lock'))).toEqual([]);
    await Promise.all(stores.map(s => s.release()));
  });

  it('lets exactly one of many simultaneous runs take the environment', async () => {
    const path = join(dir.path, 'state.json');
    const stores = Array.from({ length: 8 }, () => new FileStateStore('prod', path));
    const attempts = await Promise.allSettled(stores.map((s, i) => s.acquire({ name: `run ${i}`, job: `run ${i}` }, { breakLock: false, reporter: recorder() })));
    const won = attempts.filter(a => a.status === 'fulfilled') as Array<PromiseFulfilledResult<{ lock?: { holder: string } }>>;
    expect(won).toHaveLength(1);
    expect((await new FileStateStore('prod', path).load()).lock?.holder).toBe(won[0].value.lock?.holder);
    for (const a of attempts.filter(x => x.status === 'rejected')) expect(String((a as PromiseRejectedResult).reason.message)).toContain('is held by');
    await Promise.all(stores.map(s => s.release()));
  });

  it('keeps every environment\'s progress when several write the same file at once', async () => {
    const path = join(dir.path, 'state.json');
    const envs = ['a', 'b', 'c', 'd', 'e', 'f'];
    const stores = envs.map(e => new FileStateStore(e, path));
    await Promise.all(stores.map(s => s.acquire({ name: `run ${s.environment}`, job: `run ${s.environment}` }, { breakLock: false, reporter: recorder() })));
    const all = JSON.parse(await readFile(path, 'utf8'));
    await Promise.all(stores.map(s => s.release()));
    expect(Object.keys(all.environments).sort()).toEqual(envs);
  });

  it('names the file when it is not a state file', async () => {
    const path = join(dir.path, 'state.json');
    await writeFile(path, '{"environments": []');
    const e = await rejection(new FileStateStore('prod', path, 'state.json').load());
    expect(e.location.file).toBe('state.json');
    expect(e.message).toContain('not valid JSON');
  });

  it('checks the file against docs/schemas/state.schema.json, naming the path of every wrong part, and leaves it untouched', async () => {
    const path = join(dir.path, 'state.json');
    const good = new FileStateStore('staging', path);
    const state = await good.acquire({ name: 'alice', job: 'alice' }, { breakLock: false, reporter: recorder() });
    const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
    await good.beginVersion(part);
    await good.begin(part.pending[0], 1);
    await good.recordStarted(part.pending[0], { deployer: 'command', id: '42', process: { pid: 42, host: 'h', start: '123' } });
    await good.recordCancelled(part.pending[0]);
    await good.release();
    const written = JSON.parse(await readFile(path, 'utf8'));

    type Obj = Record<string, unknown>;
    const cases: Array<[string, (file: Obj, env: Obj) => void, string]> = [
      ['environments is a list', f => (f.environments = []), 'environments: must be object'],
      ['a version in words', (_, e) => (e.version = 'two'), 'environments.staging.version: must be integer'],
      ['an unknown status', (_, e) => ((e.records as Obj[])[0].status = 'done'), 'environments.staging.records[0].status: must be one of "starting", "started", "finished", "failed", "cancelled"'],
      ['a short commit', (_, e) => (e.deployed = { api: 'abc1234' }), 'environments.staging.deployed.api: must match pattern'],
      ['a missing key', (_, e) => delete e.records, 'environments.staging: missing "records"'],
      ['a typo', (_, e) => (e.verison = 2), 'environments.staging: unknown key "verison"'],
      ['a hold without its lease', (_, e) => (e.lock = { holder: 'x', job: 'x', token: 't', since: '2026-01-01T00:00:00Z' }), 'environments.staging.lock: missing "expires"'],
      ['an environment filed under another name', (f, e) => ((f.environments as Obj).production = { ...e }), 'environments.production.environment: "staging" is not the environment it is filed under'],
    ];
    for (const [what, edit, message] of cases) {
      const bad = structuredClone(written);
      edit(bad, bad.environments.staging);
      const text = JSON.stringify(bad, null, 2);
      await writeFile(path, text);
      const e = await rejection(new FileStateStore('staging', path, '.lockstep/state.json').acquire({ name: 'bob', job: 'bob' }, { breakLock: false, reporter: recorder() }));
      expect([what, e.location.file]).toEqual([what, '.lockstep/state.json']);
      expect([what, e.message]).toEqual([what, expect.stringContaining(`state file does not match docs/schemas/state.schema.json: ${message}`)]);
      expect(e.details.at(-1)).toContain('Nothing was deployed');
      expect(await readFile(path, 'utf8')).toBe(text);
      expect(existsSync(`${path}.lock`)).toBe(false);
    }
    // The state the store writes is what the schema describes.
    await writeFile(path, JSON.stringify(written));
    expect((await new FileStateStore('staging', path).load()).records[0].status).toBe('cancelled');
  });

  it('validates with what ajv compiles docs/schemas/state.schema.json to (the committed module is current)', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = join(import.meta.dirname, '../..');
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/gen-state-validator.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
