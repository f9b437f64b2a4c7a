import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  params: string[];
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * A local HTTP server on 127.0.0.1 that answers the subset of GitHub's REST and GraphQL
 * APIs a test registers. Point `GITHUB_API_URL` (or the client's `baseUrl`) at `url`.
 * Every request is recorded so tests can count round trips and inspect what was sent.
 */
export class FakeGitHub {
  readonly requests: FakeRequest[] = [];
  private readonly routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];
  private readonly interceptors: Array<(req: FakeRequest) => FakeResponse | undefined> = [];
  private readonly gates: Array<(req: FakeRequest) => Promise<void> | void> = [];
  private server?: Server;
  url = '';

  /** Registers a REST route; capture groups of `pattern` arrive as `params`. Later routes win. */
  route(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.unshift({ method, pattern, handler });
    return this;
  }

  /** Answers a request before any route does while `answer` returns a response (a rate limit), else lets the routes answer. */
  intercept(answer: (req: FakeRequest) => FakeResponse | undefined): this {
    this.interceptors.push(answer);
    return this;
  }

  /**
   * Runs `gate` on every request before it is answered and holds the request until the promise
   * it returns settles: a test forces an interleaving of clients' requests with it (see
   * test/support/interleave.ts). Returns the function that removes the gate.
   */
  gate(gate: (req: FakeRequest) => Promise<void> | void): () => void {
    this.gates.push(gate);
    return () => void this.gates.splice(this.gates.indexOf(gate), 1);
  }

  /** Registers the GraphQL endpoint: the handler gets the query text and variables. */
  graphql(handler: (query: string, variables: Record<string, unknown>, req: FakeRequest) => unknown): this {
    return this.route('POST', /^\/graphql$/, async req => {
      const { query, variables } = req.body as { query: string; variables?: Record<string, unknown> };
      return { body: await handler(query, variables ?? {}, req) };
    });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      /* keep the raw text */
    }
    const method = req.method ?? 'GET';
    for (const gate of [...this.gates]) await gate({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: [] });
    for (const answer of this.interceptors) {
      const request: FakeRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: [] };
      const out = answer(request);
      if (!out) continue;
      this.requests.push(request);
      res.writeHead(out.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...out.headers });
      res.end(out.body === undefined ? '' : JSON.stringify(out.body));
      return;
    }
    for (const route of this.routes) {
      const m = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!m) continue;
      const request: FakeRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: m.slice(1) };
      this.requests.push(request);
      try {
        const out = await route.handler(request);
        res.writeHead(out.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...out.headers });
        res.end(out.body === undefined ? '' : JSON.stringify(out.body));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: (e as Error).message }));
      }
      return;
    }
    this.requests.push({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: [] });
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
  }
}

/**
 * The `warning` of a GitHub client in a test whose fake sets no rate limit: a wait would mean
 * the client misread an answer, so it fails the request instead of passing unseen.
 */
export function noRateLimitWait(message: string): never {
  throw new Error(`unexpected rate-limit wait: ${message}`);
}
