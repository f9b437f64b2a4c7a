import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LockstepError } from '../../core/errors.js';
import type { RegistryCredentials } from './client.js';
import { DOCKER_HUB } from './reference.js';

/**
 * Registry credentials the user already has, read where the container tools put them:
 *
 * - the containers auth files, in the order of containers-auth.json(5): `REGISTRY_AUTH_FILE`
 *   (the explicit override) or `${XDG_RUNTIME_DIR}/containers/auth.json` (the primary file),
 *   then `${XDG_CONFIG_HOME:-~/.config}/containers/auth.json`;
 * - then the Docker config, `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, read as
 *   the docker CLI reads it: `credHelpers[<key>]`, else `credsStore`, else `auths[<key>]`.
 *
 * The first file with credentials for the registry wins. A missing file is not an error (it
 * is the normal case); an unreadable or malformed one is, naming the file, as the tools do.
 */

/** The environment variables the lookup reads; tests point every one at a temp folder. */
export interface CredentialEnvironment {
  HOME?: string;
  DOCKER_CONFIG?: string;
  REGISTRY_AUTH_FILE?: string;
  XDG_RUNTIME_DIR?: string;
  XDG_CONFIG_HOME?: string;
  PATH?: string;
}

export interface UserCredentialOptions {
  env: CredentialEnvironment;
  /** Called with every secret found (password, identity token), so Actions can mask it before anything is logged. */
  onSecret?: (secret: string) => void;
  /** Per credential helper call. Default 60 s (a helper may refresh a cloud token first). */
  helperTimeoutMs?: number;
}

/** Credentials for an image's registry and repository, or undefined when none are configured. */
export type CredentialLookup = (registry: string, repository: string) => Promise<RegistryCredentials | undefined>;

/** The key `docker login` writes for Docker Hub, and the server URL its helpers are asked about. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** What docker-credential-helpers print when they hold nothing for the server (credentials.ErrCredentialsNotFound). */
const NOT_FOUND = 'credentials not found in native keychain';
/** A helper name becomes part of a program name looked up on PATH: never a path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface AuthFile {
  path: string;
  kind: 'containers' | 'docker';
  auths: Record<string, AuthEntry>;
  credHelpers: Record<string, string>;
  credsStore?: string;
}

/**
 * `host[:port]` of an auth key as docker's ConvertToHostname reads it: with or without a
 * scheme, without any path; every Docker Hub alias becomes `docker.io`.
 */
export function authKeyHost(key: string): string {
  let host = key;
  if (key.includes('://')) {
    try {
      const url = new URL(key);
      if (url.hostname) host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
    } catch {
      host = key.slice(key.indexOf('://') + 3).split('/')[0];
    }
  } else {
    host = key.split('/')[0];
  }
  host = host.toLowerCase();
  return DOCKER_HUB_HOSTS.has(host) ? DOCKER_HUB : host;
}

/** The key docker uses for a registry: the v1 index URL for Docker Hub, else `host[:port]`. */
export function dockerAuthKey(registry: string): string {
  return authKeyHost(registry) === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}

/** The files to search, in order, as the environment names them. */
export function credentialFiles(env: CredentialEnvironment): Array<{ path: string; kind: AuthFile['kind'] }> {
  const files: Array<{ path: string; kind: AuthFile['kind'] }> = [];
  const home = env.HOME;
  if (env.REGISTRY_AUTH_FILE) files.push({ path: env.REGISTRY_AUTH_FILE, kind: 'containers' });
  else if (env.XDG_RUNTIME_DIR) files.push({ path: join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), kind: 'containers' });
  const configHome = env.XDG_CONFIG_HOME || (home ? join(home, '.config') : undefined);
  if (configHome) files.push({ path: join(configHome, 'containers', 'auth.json'), kind: 'containers' });
  const dockerDir = env.DOCKER_CONFIG || (home ? join(home, '.docker') : undefined);
  if (dockerDir) files.push({ path: join(dockerDir, 'config.json'), kind: 'docker' });
  return files;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readAuthFile(path: string, kind: AuthFile['kind']): Promise<AuthFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new LockstepError(`cannot read registry credentials file ${path}: ${(e as Error).message}`, { file: path });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new LockstepError(`registry credentials file ${path} is not valid JSON: ${(e as Error).message}`, { file: path });
  }
  if (!isRecord(body)) throw new LockstepError(`registry credentials file ${path} must hold a JSON object`, { file: path });
  const auths = body.auths ?? {};
  const credHelpers = body.credHelpers ?? {};
  if (!isRecord(auths) || !Object.values(auths).every(isRecord)) {
    throw new LockstepError(`registry credentials file ${path}: "auths" must map registries to objects`, { file: path });
  }
  if (!isRecord(credHelpers) || !Object.values(credHelpers).every(v => typeof v === 'string')) {
    throw new LockstepError(`registry credentials file ${path}: "credHelpers" must map registries to helper names`, { file: path });
  }
  const credsStore = kind === 'docker' && typeof body.credsStore === 'string' && body.credsStore ? body.credsStore : undefined;
  return { path, kind, auths: auths as Record<string, AuthEntry>, credHelpers: credHelpers as Record<string, string>, credsStore };
}

/** An `auths` entry as credentials: `auth` is base64 of `user:password`, as docker writes it. */
function decodeEntry(file: AuthFile, key: string, entry: AuthEntry): RegistryCredentials | undefined {
  const source = `${file.path} (auths "${key}")`;
  let username = typeof entry.username === 'string' ? entry.username : undefined;
  let password = typeof entry.password === 'string' ? entry.password : undefined;
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(entry.auth) ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw new LockstepError(`registry credentials file ${file.path}: the "auth" of "${key}" is not base64 of user:password`, { file: file.path });
    username = decoded.slice(0, colon);
    // Docker trims the NUL padding some writers leave.
    password = decoded.slice(colon + 1).replace(/^\0+|\0+$/g, '');
  }
  const identityToken = typeof entry.identitytoken === 'string' && entry.identitytoken ? entry.identitytoken : undefined;
  if (!(username && password) && !identityToken) return undefined;
  return { username, password: identityToken ? undefined : password, identityToken, source };
}

/**
 * `auths` keys for an image, most specific first. Containers auth files may hold namespaces
 * (`quay.io/team/app`, `quay.io/team`); docker's file holds registries only.
 */
function findEntry(file: AuthFile, registry: string, repository: string): { key: string; entry: AuthEntry } | undefined {
  const keys = Object.keys(file.auths);
  if (file.kind === 'containers') {
    const parts = repository.split('/');
    for (let n = parts.length; n > 0; n--) {
      const wanted = `${registry}/${parts.slice(0, n).join('/')}`;
      if (file.auths[wanted]) return { key: wanted, entry: file.auths[wanted] };
    }
  }
  const exact = file.kind === 'docker' ? dockerAuthKey(registry) : registry;
  if (file.auths[exact]) return { key: exact, entry: file.auths[exact] };
  // Older `docker login` versions stored URLs (`https://host/v1/`): match them by host.
  const host = authKeyHost(registry);
  const legacy = keys.find(k => (file.kind === 'containers' ? !k.includes('/') || k.includes('://') : true) && authKeyHost(k) === host);
  return legacy ? { key: legacy, entry: file.auths[legacy] } : undefined;
}

interface HelperAnswer {
  Username?: string;
  Secret?: string;
}

/**
 * `docker-credential-<name> get` with the server URL on stdin, as docker-credential-helpers'
 * client runs it: no shell, the name validated, the answer parsed as JSON.
 */
function runHelper(name: string, serverUrl: string, env: CredentialEnvironment, timeoutMs: number, configuredIn: string): Promise<HelperAnswer | undefined> {
  const program = `docker-credential-${name}`;
  if (!HELPER_NAME.test(name)) return Promise.reject(new LockstepError(`${configuredIn}: credential helper name "${name}" is not a plain program suffix`));
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', d => (out += d));
    child.stderr.setEncoding('utf8').on('data', d => (err += d));
    child.stdin.on('error', () => undefined);
    child.on('error', e => {
      const code = (e as NodeJS.ErrnoException).code;
      reject(new LockstepError(`${configuredIn} names credential helper ${program}, ${code === 'ENOENT' ? 'which is not on PATH' : `which could not start: ${e.message}`}`));
    });
    child.on('close', (code, signal) => {
      const text = out.trim();
      if (code === 0) {
        try {
          const answer = JSON.parse(text) as HelperAnswer;
          if (!isRecord(answer)) throw new Error('not an object');
          resolve(answer);
        } catch {
          reject(new LockstepError(`credential helper ${program} (from ${configuredIn}) did not answer JSON for ${serverUrl}`));
        }
        return;
      }
      if (text === NOT_FOUND || err.trim() === NOT_FOUND) return resolve(undefined);
      // The helper's own message: it names the problem (locked keychain, expired login) and never the secret.
      const detail = (err.trim() || text).split('\n')[0].slice(0, 200);
      const why = signal ? `was stopped (${signal}${signal === 'SIGTERM' ? `, after ${timeoutMs / 1000} s` : ''})` : `exited with ${code}`;
      reject(new LockstepError(`credential helper ${program} (from ${configuredIn}) ${why} for ${serverUrl}${detail ? `: ${detail}` : ''}`));
    });
    child.stdin.end(serverUrl);
  });
}

/**
 * A lookup over the user's credential files. Files are read once, on the first lookup (a
 * run against public registries only never touches them), and each helper answer is kept.
 */
export function userCredentials(options: UserCredentialOptions): CredentialLookup {
  const { env, onSecret = () => {} } = options;
  const timeoutMs = options.helperTimeoutMs ?? 60_000;
  let files: Promise<AuthFile[]> | undefined;
  const helperAnswers = new Map<string, Promise<RegistryCredentials | undefined>>();

  const loadFiles = () =>
    (files ??= Promise.all(credentialFiles(env).map(f => readAuthFile(f.path, f.kind))).then(all => all.filter((f): f is AuthFile => f !== undefined)));

  const fromHelper = (name: string, serverUrl: string, configuredIn: string): Promise<RegistryCredentials | undefined> => {
    const key = `${name}\n${serverUrl}`;
    let pending = helperAnswers.get(key);
    if (!pending) {
      pending = runHelper(name, serverUrl, env, timeoutMs, configuredIn).then(answer => {
        if (!answer?.Secret) return undefined;
        const source = `credential helper docker-credential-${name}`;
        // Helpers return an identity token under the user name "<token>" (docker's tokenUsername).
        return answer.Username === '<token>' ? { identityToken: answer.Secret, source } : { username: answer.Username ?? '', password: answer.Secret, source };
      });
      helperAnswers.set(key, pending);
    }
    return pending;
  };

  const fromFile = (file: AuthFile, registry: string, repository: string): Promise<RegistryCredentials | undefined> => {
    const helperKey = file.kind === 'docker' ? dockerAuthKey(registry) : registry;
    const helper = file.credHelpers[helperKey];
    if (helper) return fromHelper(helper, helperKey, `${file.path} (credHelpers "${helperKey}")`);
    // With a credsStore, docker keeps every login in it; `auths` then holds only empty markers.
    if (file.credsStore) return fromHelper(file.credsStore, helperKey, `${file.path} (credsStore)`);
    const found = findEntry(file, registry, repository);
    return Promise.resolve(found && decodeEntry(file, found.key, found.entry));
  };

  return async (registry, repository) => {
    for (const file of await loadFiles()) {
      const creds = await fromFile(file, registry, repository);
      if (!creds) continue;
      for (const secret of [creds.password, creds.identityToken]) if (secret) onSecret(secret);
      return creds;
    }
    return undefined;
  };
}
