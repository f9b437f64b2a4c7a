import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { BlockBlobClient } from '@azure/storage-blob';
import { FakeActionsCache } from './fake-actions-cache.js';

// The fake's blob side against the Azure SDK that @actions/cache uses on github.com (its
// uploadCacheArchiveSDK and downloadCacheStorageSDK): what the SDK sends, the fake must answer
// as Blob Storage does, or the known-tags tests would pass against a service that cannot exist.
describe('the v2 cache fake answers the Azure SDK', () => {
  const cache = new FakeActionsCache('v2');
  beforeAll(() => cache.start());
  afterAll(() => cache.stop());

  async function twirp(method: string, body: unknown): Promise<Record<string, string>> {
    const res = await fetch(`${cache.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer fake-runtime-token' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, string>;
  }

  test.each([
    ['in one shot', 1000, {}, []],
    ['in staged blocks and a block list', 3 * 1024 + 5, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 2 }, ['block', 'block', 'block', 'block', 'blocklist']],
  ])('upload %s, then properties and a ranged download', async (_how, size, options, comps) => {
    const before = cache.requests.length;
    const key = `k-${size}`;
    const { signed_upload_url: upload } = await twirp('CreateCacheEntry', { key, version: 'v' });
    const data = Buffer.from(Array.from({ length: size }, (_, i) => i % 251));
    await new BlockBlobClient(upload).uploadData(data, options);
    const puts = cache.requests.slice(before).filter(r => r.method === 'PUT');
    expect(puts.map(r => r.query.get('comp')).filter(Boolean).sort()).toEqual(comps);
    expect(await twirp('FinalizeCacheEntryUpload', { key, version: 'v', size_bytes: String(size) })).toMatchObject({ ok: true });

    const found = await twirp('GetCacheEntryDownloadURL', { key: 'other', restore_keys: ['k-'], version: 'v' });
    expect(found).toMatchObject({ ok: true, matched_key: expect.stringMatching(/^k-/) });
    const { signed_download_url: download } = await twirp('GetCacheEntryDownloadURL', { key, version: 'v' });
    const blob = new BlockBlobClient(download);
    expect((await blob.getProperties()).contentLength).toBe(size);
    expect(Buffer.compare(await blob.downloadToBuffer(0, size, { blockSize: 512, concurrency: 2 }), data)).toBe(0);
    // The upload URL's signature does not read, and the download URL's does not write.
    await expect(new BlockBlobClient(download).uploadData(Buffer.from('x'))).rejects.toMatchObject({ statusCode: 403 });
  });

  test('a key taken twice is a Twirp already_exists, a miss is ok: false', async () => {
    await twirp('CreateCacheEntry', { key: 'dup', version: 'v' });
    expect(await twirp('CreateCacheEntry', { key: 'dup', version: 'v' })).toMatchObject({ code: 'already_exists' });
    expect(await twirp('GetCacheEntryDownloadURL', { key: 'nothing', version: 'v' })).toEqual({ ok: false });
  });
});
