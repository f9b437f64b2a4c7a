import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { LockstepError } from '../../core/errors.js';
import { mapLimit } from '../../core/map-limit.js';
import { apiHost, formatImageReference, isLocalRegistry, manifestReference, type ImageReference } from './reference.js';

export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (`identitytoken` of a Docker config), exchanged at the token service. */
  identityToken?: string;
  /** Where they came from (a file, a helper), for error messages; never the secret itself. */
  source?: string;
}

type MaybePromise<T> = T | Promise<T>;

export interface RegistryClientOptions {
  /**
   * Credentials for every registry, or a function choosing them per registry (so a token
   * for ghcr.io is not offered to Docker Hub when base images are resolved there).
   */
  credentials?: RegistryCredentials | ((registry: string, repository: string) => MaybePromise<RegistryCredentials | undefined>);
  /** Speak HTTP instead of HTTPS. Default: only for localhost / 127.x registries, as Docker does. */
  plainHttp?: boolean | ((registry: string) => boolean);
  /** Attempts after the first for 429, 5xx and dropped connections. Default 4. */
  retries?: number;
  /** First backoff delay; doubles each attempt, capped at 10 s. Default 500 ms. */
  retryDelayMs?: number;
  /** Per-request time limit. Default 30 s. */
  timeoutMs?: number;
}

/** Every manifest type a tag can point at; an index (multi-arch) is accepted as itself. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
  'application/vnd.docker.distribution.manifest.v1+json',
];

interface Challenge {
  scheme: 'bearer' | 'basic';
  params: Record<string, string>;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Counts of HTTP round trips, so callers and tests can see what a cache saved. */
export interface RegistryStats {
  requests: number;
  tokenRequests: number;
}

const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** Parses `Bearer realm="..",service="..",scope=".."` (RFC 7235 auth-params; quoted values may hold commas). */
export function parseChallenge(header: string): Challenge | undefined {
  const schemes = [...header.matchAll(/(?:^|,)\s*(Bearer|Basic)(?=\s|$)/gi)];
  const pick = schemes.find(m => m[1].toLowerCase() === 'bearer') ?? schemes[0];
  if (!pick) return undefined;
  const scheme = pick[1].toLowerCase() as Challenge['scheme'];
  const start = (pick.index ?? 0) + pick[0].length;
  const next = schemes.find(m => (m.index ?? 0) > (pick.index ?? 0));
  const text = header.slice(start, next ? next.index : undefined);
  const params: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  }
  return { scheme, params };
}

function networkCode(e: unknown): string | undefined {
  const cause = (e as { cause?: { code?: string; name?: string } }).cause;
  return cause?.code ?? (e as { name?: string }).name;
}

function describeNetworkError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
  if ((e as { name?: string }).name === 'TimeoutError') return 'timed out';
  return cause?.message ?? (e as Error).message ?? String(e);
}

/**
 * A client for the read side of the OCI distribution API: does a manifest exist, what is
 * its digest. It answers the registry's `WWW-Authenticate` challenge itself (bearer tokens
 * as ghcr.io, Docker Hub, ECR and Harbor use, or basic auth) and remembers each registry's
 * challenge and each scope's token, so checking many images costs one request each.
 */
export class RegistryClient {
  readonly stats: RegistryStats = { requests: 0, tokenRequests: 0 };
  private readonly challenges = new Map<string, Challenge>();
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.retries = options.retries ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** `HEAD /v2/<name>/manifests/<tag|digest>`: true on 2xx, false on 404. */
  async hasManifest(ref: ImageReference): Promise<boolean> {
    const res = await this.manifestRequest('HEAD', ref);
    if (res.status === 404) return false;
    await this.expectOk(res, ref);
    return true;
  }

  /** Checks many references, at most `concurrency` requests at a time; answers in input order. */
  hasManifests(refs: readonly ImageReference[], concurrency = 8): Promise<boolean[]> {
    return mapLimit(refs, concurrency, ref => this.hasManifest(ref));
  }

  /**
   * The `Docker-Content-Digest` of the manifest the reference names: the index for a
   * multi-arch image, so the digest is the one `docker pull name@digest` accepts.
   */
  async resolveDigest(ref: ImageReference): Promise<string> {
    const head = await this.manifestRequest('HEAD', ref);
    this.throwIfMissing(head, ref);
    await this.expectOk(head, ref);
    const digest = head.headers.get('docker-content-digest');
    if (digest) return digest;
    // Some registries omit the header on HEAD; the digest is then the hash of the bytes served.
    const res = await this.manifestRequest('GET', ref);
    this.throwIfMissing(res, ref);
    await this.expectOk(res, ref);
    const body = Buffer.from(await res.arrayBuffer());
    return res.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(body).digest('hex')}`;
  }

  private throwIfMissing(res: Response, ref: ImageReference): void {
    if (res.status === 404) {
      throw new LockstepError(`image ${formatImageReference(ref)} was not found in registry ${ref.registry}`);
    }
  }

  private async expectOk(res: Response, ref: ImageReference): Promise<void> {
    if (res.ok) return;
    const text = await res.text().catch(() => '');
    const detail = registryErrorDetail(text);
    throw new LockstepError(
      `registry ${ref.registry} answered ${res.status} ${res.statusText} for ${formatImageReference(ref)}${detail ? `: ${detail}` : ''}`,
    );
  }

  private async credentialsFor(ref: ImageReference): Promise<RegistryCredentials | undefined> {
    const c = this.options.credentials;
    const creds = typeof c === 'function' ? await c(ref.registry, ref.repository) : c;
    return creds && (creds.username || creds.password || creds.identityToken) ? creds : undefined;
  }

  private baseUrl(registry: string): string {
    const p = this.options.plainHttp;
    const plain = typeof p === 'function' ? p(registry) : (p ?? isLocalRegistry(registry));
    return `${plain ? 'http' : 'https'}://${apiHost(registry)}`;
  }

  private async manifestRequest(method: 'HEAD' | 'GET', ref: ImageReference): Promise<Response> {
    const url = `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${manifestReference(ref)}`;
    const scope = `repository:${ref.repository}:pull`;
    const headers: Record<string, string> = { Accept: MANIFEST_MEDIA_TYPES.join(', '), 'User-Agent': 'lockstep' };
    let answeredChallenge = false;
    for (;;) {
      const auth = await this.authorization(ref, scope);
      const res = await this.send(url, { method, headers: auth ? { ...headers, Authorization: auth } : headers }, ref);
      if (res.status !== 401) return res;
      await res.arrayBuffer().catch(() => undefined);
      const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
      if (answeredChallenge || !challenge) throw await this.unauthorized(ref, Boolean(auth));
      // A first 401 teaches the registry's scheme (or says a cached token went stale): answer it once.
      answeredChallenge = true;
      this.challenges.set(ref.registry, challenge);
      if (auth) await this.forgetToken(this.tokenKey(ref.registry, scope), auth);
    }
  }

  /**
   * Drops a cached token the registry refused, unless another request already replaced it:
   * many concurrent checks that all met the first 401 must share one new token, not fetch one each.
   */
  private async forgetToken(key: string, refused: string): Promise<void> {
    const pending = this.tokens.get(key);
    if (!pending) return;
    const cached = await pending.catch(() => undefined);
    if (this.tokens.get(key) === pending && (!cached || `Bearer ${cached.token}` === refused)) this.tokens.delete(key);
  }

  private async unauthorized(ref: ImageReference, sentCredentials: boolean): Promise<LockstepError> {
    const creds = await this.credentialsFor(ref);
    const image = formatImageReference(ref);
    if (creds) {
      const who = creds.username ? `user "${creds.username}"` : 'an identity token';
      const from = creds.source ? ` from ${creds.source}` : '';
      return new LockstepError(`registry ${ref.registry} rejected the credentials of ${who}${from} for ${image} (wrong password, or no pull access to ${ref.repository})`);
    }
    return new LockstepError(
      `registry ${ref.registry} requires credentials to read ${image}${sentCredentials ? ' (an anonymous token was not enough)' : ''}; ` +
        'set registry-username and registry-password, or log in first (docker login, podman login)',
    );
  }

  private tokenKey(registry: string, scope: string): string {
    return `${registry}\n${scope}`;
  }

  /** The Authorization header for a request, from what the registry's challenge asked for. */
  private async authorization(ref: ImageReference, scope: string): Promise<string | undefined> {
    const challenge = this.challenges.get(ref.registry);
    if (!challenge) return undefined;
    const creds = await this.credentialsFor(ref);
    if (challenge.scheme === 'basic') {
      // An identity token is only good at a token service; basic auth needs a user or password.
      if (!creds || !(creds.username || creds.password)) throw await this.unauthorized(ref, false);
      return basicAuth(creds);
    }
    const key = this.tokenKey(ref.registry, scope);
    let pending = this.tokens.get(key);
    if (pending) {
      const cached = await pending.catch(() => undefined);
      if (!cached || cached.expiresAt <= Date.now()) pending = undefined;
    }
    if (!pending) {
      pending = this.fetchToken(ref, challenge, scope, creds);
      this.tokens.set(key, pending);
      pending.catch(() => this.tokens.delete(key));
    }
    return `Bearer ${(await pending).token}`;
  }

  private async fetchToken(ref: ImageReference, challenge: Challenge, scope: string, creds: RegistryCredentials | undefined): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) throw new LockstepError(`registry ${ref.registry} sent a bearer challenge without a realm for ${formatImageReference(ref)}`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new LockstepError(`registry ${ref.registry} sent a bearer challenge with an invalid realm "${realm}"`);
    }
    const headers: Record<string, string> = { 'User-Agent': 'lockstep' };
    let init: RequestInit;
    if (creds?.identityToken) {
      // The OAuth2 refresh-token grant docker uses for an identity token (distribution's token auth spec, "oauth").
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'lockstep', scope });
      if (challenge.params.service) form.set('service', challenge.params.service);
      init = { method: 'POST', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() };
    } else {
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
      url.searchParams.set('scope', scope);
      if (creds) headers.Authorization = basicAuth(creds);
      init = { method: 'GET', headers };
    }
    this.stats.tokenRequests++;
    const res = await this.send(url.toString(), init, ref, 'token service');
    const text = await res.text().catch(() => '');
    if (res.status === 401 || res.status === 403) throw await this.unauthorized(ref, false);
    if (!res.ok) {
      const detail = registryErrorDetail(text);
      throw new LockstepError(`token service of registry ${ref.registry} answered ${res.status} for ${formatImageReference(ref)}${detail ? `: ${detail}` : ''}`);
    }
    let body: { token?: string; access_token?: string; expires_in?: number };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new LockstepError(`token service of registry ${ref.registry} did not answer JSON for ${formatImageReference(ref)}`);
    }
    const token = body.token ?? body.access_token;
    if (!token) throw new LockstepError(`token service of registry ${ref.registry} answered without a token for ${formatImageReference(ref)}`);
    // The spec's default lifetime is 60 s; renew a little early so a token never expires in flight.
    const lifetime = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
    return { token, expiresAt: Date.now() + Math.max(lifetime - 10_000, lifetime / 2) };
  }

  /** One HTTP exchange with bounded retries on 429, 5xx and dropped connections. */
  private async send(url: string, init: RequestInit, ref: ImageReference, what = 'registry'): Promise<Response> {
    const label = what === 'registry' ? `registry ${ref.registry}` : `${what} of registry ${ref.registry}`;
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        this.stats.requests++;
        res = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (e) {
        const code = networkCode(e);
        if (attempt < this.retries && code && (TRANSIENT_NETWORK_CODES.has(code) || code === 'TimeoutError')) {
          await sleep(this.backoff(attempt));
          continue;
        }
        throw new LockstepError(`cannot reach ${label} (${new URL(url).origin}) for ${formatImageReference(ref)}: ${describeNetworkError(e)}`);
      }
      if ((res.status === 429 || res.status >= 500) && attempt < this.retries) {
        await res.arrayBuffer().catch(() => undefined);
        await sleep(this.backoff(attempt, res.headers.get('retry-after')));
        continue;
      }
      if (res.status >= 500 || res.status === 429) {
        const detail = registryErrorDetail(await res.text().catch(() => ''));
        throw new LockstepError(
          `${label} answered ${res.status} ${res.statusText} for ${formatImageReference(ref)} after ${attempt + 1} attempts${detail ? `: ${detail}` : ''}`,
        );
      }
      return res;
    }
  }

  private backoff(attempt: number, retryAfter?: string | null): number {
    const cap = 10_000;
    const seconds = retryAfter ? Number(retryAfter) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, cap);
    return Math.min(this.retryDelayMs * 2 ** attempt, cap);
  }
}

function basicAuth(creds: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${creds.username ?? ''}:${creds.password ?? ''}`).toString('base64')}`;
}

/** The first message of a distribution-spec error body (`{"errors":[{"code","message"}]}`), else a short text. */
function registryErrorDetail(text: string): string {
  if (!text) return '';
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> };
    const first = body.errors?.[0];
    if (first) return [first.code, first.message].filter(Boolean).join(' ');
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 200);
}
