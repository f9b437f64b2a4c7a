import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Entry {
  id: number;
  key: string;
  version: string;
  data: Buffer;
  committed: boolean;
}

/**
 * The GitHub Actions cache service (the `_apis/artifactcache` protocol `@actions/cache`
 * speaks when `ACTIONS_CACHE_URL` is set) on 127.0.0.1: look-up by key and restore-key
 * prefixes, reserve, chunked upload, commit, download. Entries live in memory.
 */
export class FakeActionsCache {
  readonly entries: Entry[] = [];
  readonly requests: Array<{ method: string; path: string }> = [];
  private server?: Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The environment `@actions/cache` reads. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: this.url, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token' };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', c => chunks.push(c as Buffer));
      req.on('end', () => {
        const { status, body, headers } = this.handle(req, Buffer.concat(chunks));
        res.writeHead(status, { ...(body !== undefined ? { 'Content-Length': String(body.length) } : {}), ...headers }).end(body);
      });
    });
    await new Promise<void>(res => this.server!.listen(0, '127.0.0.1', res));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(res => (this.server ? this.server.close(() => res()) : res()));
  }

  private json(status: number, value: unknown): { status: number; body: Buffer; headers: Record<string, string> } {
    return { status, body: Buffer.from(JSON.stringify(value)), headers: { 'Content-Type': 'application/json' } };
  }

  private handle(req: IncomingMessage, body: Buffer): { status: number; body?: Buffer; headers?: Record<string, string> } {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname });
    const api = '/_apis/artifactcache/';
    if (req.method === 'GET' && url.pathname === `${api}cache`) {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      const usable = this.entries.filter(e => e.committed && e.version === version);
      // The primary key exactly, then each restore key as a prefix, newest first.
      const exact = usable.find(e => e.key === keys[0]);
      const hit = exact ?? keys.map(k => usable.filter(e => e.key.startsWith(k)).at(-1)).find(Boolean);
      if (!hit) return { status: 204 };
      return this.json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${this.url}archive/${hit.id}` });
    }
    if (req.method === 'POST' && url.pathname === `${api}caches`) {
      const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
      if (this.entries.some(e => e.key === key && e.version === version)) return this.json(409, { message: `Cache already exists: ${key}` });
      const entry = { id: this.entries.length + 1, key, version, data: Buffer.alloc(0), committed: false };
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
