import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Entry {
  id: number;
  key: string;
  version: string;
  data: Buffer;
  committed: boolean;
  /** v2: blocks staged for the blob, by block id, until a block list commits them. */
  blocks: Map<string, Buffer>;
}

type Reply = { status: number; body?: Buffer; headers?: Record<string, string> };

/** The two protocols `@actions/cache` speaks: v2 where github.com runners are, v1 where GHES is. */
export type CacheProtocol = 'v1' | 'v2';

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

/**
 * The GitHub Actions cache service on 127.0.0.1, in either protocol `@actions/cache` speaks
 * (node_modules/@actions/cache/lib/internal):
 *
 * - **v2** (`ACTIONS_CACHE_SERVICE_V2` set, `ACTIONS_RESULTS_URL`; github.com): Twirp JSON
 *   `CacheService/GetCacheEntryDownloadURL`, `CreateCacheEntry` and `FinalizeCacheEntryUpload`
 *   (proto field names, as the generated client sends and the Go service answers), the archive
 *   going to and coming from a signed blob URL: an Azure Blob `PUT` (`x-ms-blob-type: BlockBlob`,
 *   or staged blocks and a block list for a large archive) as the Azure SDK sends it, and a `GET`.
 *   The blob URL is path-style on 127.0.0.1 (`/<account>/<container>/<blob>?<sas>`, as Azurite's).
 *   One difference remains: @actions/cache downloads with the Azure SDK (a `HEAD`, then ranged
 *   `GET`s with `x-ms-range`, both served here) only from a `*.blob.core.windows.net` host, so from
 *   127.0.0.1 it takes its plain http-client `GET` of the same URL; the upload is the SDK's.
 * - **v1** (`ACTIONS_CACHE_URL`; GHES): `_apis/artifactcache` look-up, reserve, chunked `PATCH`
 *   upload, commit, download.
 *
 * Entries live in memory; a look-up matches the key exactly, then each restore key as a prefix,
 * newest first, and only entries of the same version.
 */
export class FakeActionsCache {
  readonly entries: Entry[] = [];
  readonly requests: Array<{ method: string; path: string; query: URLSearchParams }> = [];
  private server?: Server;
  private port = 0;

  constructor(readonly protocol: CacheProtocol) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The environment `@actions/cache` reads on a runner that has this service. */
  env(): Record<string, string> {
    const common = { ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token', GITHUB_SERVER_URL: 'https://github.com' };
    if (this.protocol === 'v2') return { ...common, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: this.url };
    // GHES: a server that is not github.com keeps @actions/cache on v1 whatever else is set.
    return { ...common, ACTIONS_CACHE_URL: this.url, GITHUB_SERVER_URL: 'https://ghes.example.internal' };
  }

  /** Variables of the other protocol, to clear before `env()` is applied. */
  static readonly VARIABLES = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_SERVER_URL'];

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', c => chunks.push(c as Buffer));
      req.on('end', () => {
        const { status, body, headers } = this.handle(req, Buffer.concat(chunks));
        res.writeHead(status, { ...(body !== undefined ? { 'Content-Length': String(body.length) } : {}), ...headers }).end(req.method === 'HEAD' ? undefined : body);
      });
    });
    await new Promise<void>(res => this.server!.listen(0, '127.0.0.1', res));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(res => (this.server ? this.server.close(() => res()) : res()));
  }

  private json(status: number, value: unknown): Reply {
    return { status, body: Buffer.from(JSON.stringify(value)), headers: { 'Content-Type': 'application/json' } };
  }

  /** The newest committed entry of `version` for the key, else for the first restore key that prefixes one. */
  private lookup(keys: string[], version: string | null): Entry | undefined {
    const usable = this.entries.filter(e => e.committed && e.version === version);
    return usable.find(e => e.key === keys[0]) ?? keys.map(k => usable.filter(e => e.key.startsWith(k)).at(-1)).find(Boolean);
  }

  private handle(req: IncomingMessage, body: Buffer): Reply {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams });
    if (this.protocol === 'v2') {
      if (url.pathname.startsWith(TWIRP)) return this.twirp(req, url.pathname.slice(TWIRP.length), body);
      if (url.pathname.startsWith('/blob/')) return this.blob(req, url, body);
    } else if (url.pathname.startsWith('/_apis/artifactcache/') || url.pathname.startsWith('/archive/')) {
      return this.v1(req, url, body);
    }
    return this.json(404, { message: `unexpected ${req.method} ${url.pathname} for a ${this.protocol} cache service` });
  }

  // ---------- v2: Twirp JSON ----------

  private twirp(req: IncomingMessage, method: string, body: Buffer): Reply {
    if (req.method !== 'POST') return this.twirpError(404, 'bad_route', `${req.method} is not a Twirp call`);
    if (!String(req.headers['content-type']).startsWith('application/json')) return this.twirpError(415, 'malformed', 'this fake speaks Twirp JSON only');
    if (req.headers.authorization !== 'Bearer fake-runtime-token') return this.twirpError(401, 'unauthenticated', 'no runtime token');
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body.toString()) as Record<string, unknown>;
    } catch {
      return this.twirpError(400, 'malformed', 'the body is not JSON');
    }
    const key = String(input.key ?? '');
    const version = String(input.version ?? '');
    if (!key || !version) return this.twirpError(400, 'invalid_argument', 'key and version are required');
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const hit = this.lookup([key, ...((input.restore_keys as string[] | undefined) ?? [])], version);
        if (!hit) return this.json(200, { ok: false });
        return this.json(200, { ok: true, signed_download_url: this.blobUrl(hit, 'r'), matched_key: hit.key });
      }
      case 'CreateCacheEntry': {
        if (this.entries.some(e => e.key === key && e.version === version)) {
          return this.twirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
        }
        const entry: Entry = { id: this.entries.length + 1, key, version, data: Buffer.alloc(0), committed: false, blocks: new Map() };
        this.entries.push(entry);
        return this.json(200, { ok: true, signed_upload_url: this.blobUrl(entry, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find(e => e.key === key && e.version === version && !e.committed);
        if (!entry) return this.json(200, { ok: false, message: `no upload in progress for ${key}` });
        if (String(input.size_bytes) !== String(entry.data.length)) return this.json(200, { ok: false, message: `size ${String(input.size_bytes)} != uploaded ${entry.data.length}` });
        entry.committed = true;
        // int64 is a string in proto3 JSON.
        return this.json(200, { ok: true, entry_id: String(entry.id) });
      }
      default:
        return this.twirpError(404, 'bad_route', `no method ${method}`);
    }
  }

  private twirpError(status: number, code: string, msg: string): Reply {
    return this.json(status, { code, msg });
  }

  /** A signed URL of the entry's blob: path-style account and container, a SAS query the blob side checks. */
  private blobUrl(entry: Entry, permissions: string): string {
    return `${this.url}blob/actionscache/cache-${entry.id}?sv=2025-01-05&sp=${permissions}&sig=fake-signature-${entry.id}`;
  }

  // ---------- v2: the blob, as Azure Blob Storage answers the Azure SDK ----------

  private blob(req: IncomingMessage, url: URL, body: Buffer): Reply {
    const m = /^\/blob\/actionscache\/cache-(\d+)$/.exec(url.pathname);
    const entry = m ? this.entries.find(e => e.id === Number(m[1])) : undefined;
    if (!entry || url.searchParams.get('sig') !== `fake-signature-${entry.id}`) return this.azureError(403, 'AuthenticationFailed', 'the signature does not match');
    const may = url.searchParams.get('sp') ?? '';
    const stored = { ETag: `"0x${entry.id.toString(16).padStart(8, '0')}"`, 'Last-Modified': new Date(0).toUTCString(), 'x-ms-version': '2025-01-05', 'x-ms-request-id': `req-${this.requests.length}` };
    if (req.method === 'PUT') {
      if (!may.includes('w') || entry.committed) return this.azureError(403, 'AuthorizationPermissionMismatch', 'this URL may not write the blob');
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id) return this.azureError(400, 'InvalidQueryParameterValue', 'blockid is missing');
        entry.blocks.set(id, body);
        return { status: 201, headers: { ...stored, 'x-ms-request-server-encrypted': 'true' } };
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(x => x[1]);
        const missing = ids.filter(id => !entry.blocks.has(id));
        if (missing.length > 0) return this.azureError(400, 'InvalidBlockList', `blocks not staged: ${missing.join(', ')}`);
        entry.data = Buffer.concat(ids.map(id => entry.blocks.get(id)!));
        entry.blocks.clear();
        return { status: 201, headers: { ...stored, 'x-ms-request-server-encrypted': 'true' } };
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return this.azureError(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
      entry.data = body;
      return { status: 201, headers: { ...stored, 'x-ms-request-server-encrypted': 'true' } };
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!may.includes('r') || !entry.committed) return this.azureError(404, 'BlobNotFound', 'the blob does not exist');
      const blobHeaders = { ...stored, 'x-ms-blob-type': 'BlockBlob', 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' };
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (range && req.method === 'GET') {
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), entry.data.length - 1) : entry.data.length - 1;
        return { status: 206, body: entry.data.subarray(start, end + 1), headers: { ...blobHeaders, 'Content-Range': `bytes ${start}-${end}/${entry.data.length}` } };
      }
      return { status: 200, body: entry.data, headers: blobHeaders };
    }
    return this.azureError(405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
  }

  private azureError(status: number, code: string, message: string): Reply {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    return { status, body: Buffer.from(xml), headers: { 'Content-Type': 'application/xml', 'x-ms-error-code': code } };
  }

  // ---------- v1: _apis/artifactcache ----------

  private v1(req: IncomingMessage, url: URL, body: Buffer): Reply {
    const api = '/_apis/artifactcache/';
    if (req.method === 'GET' && url.pathname === `${api}cache`) {
      const hit = this.lookup((url.searchParams.get('keys') ?? '').split(','), url.searchParams.get('version'));
      if (!hit) return { status: 204 };
      return this.json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${this.url}archive/${hit.id}` });
    }
    if (req.method === 'POST' && url.pathname === `${api}caches`) {
      const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
      if (this.entries.some(e => e.key === key && e.version === version)) return this.json(409, { message: `Cache already exists: ${key}` });
      const entry: Entry = { id: this.entries.length + 1, key, version, data: Buffer.alloc(0), committed: false, blocks: new Map() };
      this.entries.push(entry);
      return this.json(201, { cacheId: entry.id });
    }
    const m = new RegExp(`^${api}caches/(\\d+)$`).exec(url.pathname);
    const entry = m ? this.entries.find(e => e.id === Number(m[1])) : undefined;
    if (m && !entry) return this.json(404, { message: 'no such cache' });
    if (entry && req.method === 'PATCH') {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range']));
      if (!range) return this.json(400, { message: 'Content-Range missing' });
      const start = Number(range[1]);
      const data = Buffer.alloc(Math.max(entry.data.length, start + body.length));
      entry.data.copy(data);
      body.copy(data, start);
      entry.data = data;
      return { status: 204 };
    }
    if (entry && req.method === 'POST') {
      const { size } = JSON.parse(body.toString()) as { size: number };
      if (size !== entry.data.length) return this.json(400, { message: `size ${size} != uploaded ${entry.data.length}` });
      entry.committed = true;
      return { status: 204 };
    }
    const archive = /^\/archive\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && archive) {
      const hit = this.entries.find(e => e.id === Number(archive[1]) && e.committed);
      return hit ? { status: 200, body: hit.data, headers: { 'Content-Type': 'application/octet-stream' } } : { status: 404 };
    }
    return this.json(404, { message: `unexpected ${req.method} ${url.pathname}` });
  }
}
