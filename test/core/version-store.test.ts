import { writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VersionStore } from '../../src/adapters/version-store.js';
import { tempDir } from '../support/tmp.js';

const A = '29d4d4d49fe2cecee9dd2cfda11c6004375bcd39';

describe('VersionStore', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.cleanup());

  it('lists numerically, writes atomically and refuses to overwrite', async () => {
    const store = new VersionStore(join(dir.path, 'versions'), dir.path);
    expect(await store.list()).toEqual([]);
    expect(await store.latest()).toBeUndefined();
    for (const n of [1, 2, 10]) await store.write({ version: n, repositories: { r: A }, steps: [{ repository: 'r', commit: A }] });
    expect(await store.list()).toEqual([1, 2, 10]);
    expect((await store.latest())?.version).toBe(10);
    await expect(store.write({ version: 2, repositories: { r: A }, steps: [] })).rejects.toThrow('versions/2.yaml was written by another run meanwhile; run again');
    expect(readdirSync(join(dir.path, 'versions')).sort()).toEqual(['1.yaml', '10.yaml', '2.yaml']);
  });

  it('lets exactly one of many concurrent writers create a version, and leaves no temp file', async () => {
    const store = new VersionStore(join(dir.path, 'versions'), dir.path);
    const tries = Array.from({ length: 25 }, (_, i) => {
      const commit = i.toString(16).padStart(40, '0');
      return store.write({ version: 2, repositories: { r: commit }, steps: [{ repository: 'r', commit }] });
    });
    const results = await Promise.allSettled(tries);
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as Error).message).toBe('versions/2.yaml was written by another run meanwhile; run again');
    expect(readdirSync(join(dir.path, 'versions'))).toEqual(['2.yaml']);
    expect((await store.read(2)).repositories.r).toBe(won[0].toString(16).padStart(40, '0'));
  });

  it('names the file of a broken version relative to the workspace', async () => {
    mkdirSync(join(dir.path, 'versions'));
    writeFileSync(join(dir.path, 'versions', '3.yaml'), 'repositories:\n  r: nope\nsteps: []\n');
    const store = new VersionStore(join(dir.path, 'versions'), dir.path);
    await expect(store.read(3)).rejects.toMatchObject({ location: { file: 'versions/3.yaml', line: 2 } });
  });
});
