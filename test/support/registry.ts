import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createSign, randomUUID, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { tempDir } from './tmp.js';

const REGISTRY_BIN = '/usr/bin/docker-registry';

export type RegistryAuth = 'none' | 'basic' | 'token';

export interface TestRegistryOptions {
  /** `basic`: htpasswd (bcrypt); `token`: bearer tokens from a local token server. Default `none`. */
  auth?: RegistryAuth;
  /** Accounts for basic/token auth. */
  users?: Record<string, string>;
  /** Token auth: give anonymous callers a pull token (as Docker Hub does for public images). */
  anonymousPull?: boolean;
  /** Token auth: OAuth2 refresh tokens (identity tokens) the token server accepts, each for a user. */
  refreshTokens?: Record<string, string>;
}

/** One request the token server answered: what was asked and who asked. */
export interface TokenRequest {
  service: string | null;
  scopes: string[];
  /** The user named by basic auth, if any. */
  user?: string;
  /** false when basic auth was sent with a wrong password (answered 401). */
  authenticated: boolean;
  /** `POST` with `grant_type=refresh_token` (an identity token) rather than `GET` with basic auth. */
  grant?: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(res => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>(res => server.close(() => res()));
  return port;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/**
 * A local bearer-token service in the shape the distribution spec describes: GET the realm
 * with `service` and `scope`, basic credentials optional, answer `{token}` — a JWT signed with
 * a key whose self-signed certificate the registry trusts (`rootcertbundle`).
 */
class TokenServer {
  readonly requests: TokenRequest[] = [];
  private server?: Server;
  port = 0;

  constructor(
    private readonly keyPem: string,
    private readonly certDer: Buffer,
    private readonly issuer: string,
    private readonly users: Record<string, string>,
    private readonly anonymousPull: boolean,
    private readonly refreshTokens: Record<string, string> = {},
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>(res => this.server!.listen(0, '127.0.0.1', res));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(res => (this.server ? this.server.close(() => res()) : res()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8').on('data', d => (body += d));
      req.on('end', () => this.answer(req, res, new URLSearchParams(body)));
      return;
    }
    this.answer(req, res, new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`).searchParams);
  }

  /** GET with basic auth (the token spec), or the OAuth2 POST form with a refresh token. */
  private answer(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): void {
    const scopes = params.getAll('scope').flatMap(s => s.split(' ')).filter(Boolean);
    const service = params.get('service');
    let user: string | undefined;
    let authenticated = true;
    const header = req.headers.authorization;
    const grant = req.method === 'POST' ? (params.get('grant_type') ?? '') : undefined;
    if (grant !== undefined) {
      user = grant === 'refresh_token' ? this.refreshTokens[params.get('refresh_token') ?? ''] : undefined;
      authenticated = user !== undefined;
    } else if (header?.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      user = decoded.slice(0, colon);
      authenticated = this.users[user] !== undefined && this.users[user] === decoded.slice(colon + 1);
    }
    this.requests.push({ service, scopes, user, authenticated, ...(grant !== undefined ? { grant } : {}) });
    if (!authenticated) {
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ details: 'incorrect username or password' }));
      return;
    }
    const access = scopes.flatMap(scope => {
      const [type, ...rest] = scope.split(':');
      const actions = rest.pop()?.split(',') ?? [];
      const granted = user ? actions : this.anonymousPull ? actions.filter(a => a === 'pull') : [];
      return granted.length ? [{ type, name: rest.join(':'), actions: granted }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header64 = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [this.certDer.toString('base64')] }));
    const claims = base64url(
      JSON.stringify({ iss: this.issuer, sub: user ?? '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }),
    );
    const signature = createSign('RSA-SHA256').update(`${header64}.${claims}`).sign(this.keyPem);
    const token = `${header64}.${claims}.${base64url(signature)}`;
    // The OAuth2 endpoint answers `access_token`, the token spec's GET `token`.
    const answer = grant !== undefined ? { access_token: token, expires_in: 300 } : { token, expires_in: 300 };
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
  }
}

/**
 * The real Debian `docker-registry` (distribution 2.x) on 127.0.0.1 with a free port and a
 * temp storage folder, optionally behind htpasswd basic auth or bearer-token auth.
 */
export class TestRegistry {
  private log = '';
  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly dir: { path: string; cleanup: () => Promise<void> },
    readonly tokenServer: TokenServer | undefined,
  ) {}

  /** `127.0.0.1:<port>`, the registry part of image references. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get tokenRequests(): TokenRequest[] {
    return this.tokenServer?.requests ?? [];
  }

  /** What the registry printed, for failure messages. */
  get output(): string {
    return this.log;
  }

  static async start(options: TestRegistryOptions = {}): Promise<TestRegistry> {
    if (!existsSync(REGISTRY_BIN)) {
      throw new Error(`${REGISTRY_BIN} is missing: install the Debian package docker-registry (apt-get install docker-registry); .ci/run does`);
    }
    const auth = options.auth ?? 'none';
    const users = options.users ?? {};
    const dir = await tempDir('lockstep-registry-');
    let tokenServer: TokenServer | undefined;
    try {
      const port = await freePort();
      const storage = join(dir.path, 'storage');
      let authConfig = '';
      if (auth === 'basic') {
        const htpasswd = join(dir.path, 'htpasswd');
        // The registry accepts bcrypt entries only; cost 4 keeps tests fast.
        writeFileSync(htpasswd, Object.entries(users).map(([u, p]) => `${u}:${bcrypt.hashSync(p, 4)}\n`).join(''));
        authConfig = `auth:\n  htpasswd:\n    realm: lockstep-test\n    path: ${htpasswd}\n`;
      } else if (auth === 'token') {
        const key = join(dir.path, 'token.key');
        const cert = join(dir.path, 'token.crt');
        try {
          execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=lockstep-test-token'], {
            stdio: 'pipe',
          });
        } catch (e) {
          throw new Error(`token auth needs the openssl CLI to make a certificate: ${(e as Error).message}`, { cause: e });
        }
        const certDer = Buffer.from(new X509Certificate(readFileSync(cert)).raw);
        tokenServer = new TokenServer(readFileSync(key, 'utf8'), certDer, 'lockstep-test-issuer', users, options.anonymousPull ?? false, options.refreshTokens);
        await tokenServer.start();
        authConfig =
          `auth:\n  token:\n    realm: http://127.0.0.1:${tokenServer.port}/token\n    service: lockstep-test-registry\n` +
          `    issuer: lockstep-test-issuer\n    rootcertbundle: ${cert}\n`;
      }
      const config = join(dir.path, 'config.yml');
      writeFileSync(
        config,
        `version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\n  delete:\n    enabled: true\n` +
          `http:\n  addr: 127.0.0.1:${port}\n  secret: ${randomUUID()}\n${authConfig}`,
      );
      const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
      const registry = new TestRegistry(port, child, dir, tokenServer);
      child.stdout?.on('data', d => (registry.log += d));
      child.stderr?.on('data', d => (registry.log += d));
      await registry.waitReady();
      return registry;
    } catch (e) {
      await tokenServer?.stop();
      await dir.cleanup();
      throw e;
    }
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 15_000;
    let exited = false;
    this.child.once('exit', () => (exited = true));
    while (Date.now() < deadline) {
      if (exited) throw new Error(`docker-registry exited during start-up:\n${this.log}`);
      try {
        const res = await fetch(`http://${this.host}/v2/`);
        await res.arrayBuffer();
        if (res.status === 200 || res.status === 401) return;
      } catch {
        // not listening yet
      }
      await new Promise(res => setTimeout(res, 50));
    }
    this.child.kill('SIGKILL');
    throw new Error(`docker-registry did not answer on ${this.host} within 15 s:\n${this.log}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise(res => this.child.once('exit', res));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await this.tokenServer?.stop();
    await this.dir.cleanup();
  }
}
