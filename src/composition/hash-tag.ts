/**
 * hash-tag's ports: the git trees and workspace files it reads and writes, the registry and
 * its memory of pushed tags. Each adapter is imported on first use: a run without a registry
 * check never loads the registry client or @actions/cache.
 */
import type { RegistryCredentials } from '../adapters/registry/client.js';
import type { CredentialEnvironment } from '../adapters/registry/credentials.js';
import type { CacheBackend } from '../adapters/registry/known-tags.js';
import type { HashTagOptions } from '../jobs/hash-tag.js';
import type { Files, Snapshots, TagMemory, TagRegistry } from '../jobs/ports.js';

// Small, and first on purpose: git starts listing the workspace before the rest loads.
export { startWorktreeListing } from '../adapters/git/listing.js';

/** Git trees: the working tree as Docker would send it, and commits. */
export async function snapshots(): Promise<Snapshots> {
  const { commitSnapshot, worktreeSnapshot } = await import('../adapters/git/worktree.js');
  return { worktree: worktreeSnapshot, commit: commitSnapshot };
}

/** The local file system, for the files hash-tag renders and writes. */
export async function files(): Promise<Files> {
  const fs = await import('../adapters/fs.js');
  return { list: fs.listFiles, read: fs.readFileAndMode, isLink: fs.isSymbolicLink, writeAtomic: fs.writeFileAtomic };
}

export interface RegistryOptions {
  /** Credentials for the images config's registry, offered to no other registry. */
  credentials?: RegistryCredentials;
  /**
   * Look up the logins the user already has (Docker config, containers auth files, credential
   * helpers) in this environment; `onSecret` hears every secret found, to mask it. Without it, none.
   */
  userCredentials?: { env: CredentialEnvironment; onSecret?: (secret: string) => void };
  /**
   * Remember across runs, in the Actions cache, which tags the registry was seen to hold.
   * `dir`: the same folder in every run (the cache is keyed on it), under `RUNNER_TEMP`;
   * `runId`: unique per workflow run and attempt; `backend`: default `@actions/cache`, loaded only then.
   */
  knownTags?: { dir: string; runId: string; backend?: CacheBackend };
  /** A registry of the caller's own in place of the network's (the example's folder). */
  registry?: TagRegistry;
}

/** Everything hash-tag reaches outside itself; the registry's code is loaded only when a tag or digest is first asked for. */
export async function hashTagPorts(options: RegistryOptions = {}): Promise<Pick<HashTagOptions, 'files' | 'registry' | 'knownTags'> & { snapshots: Snapshots }> {
  const [trees, workspace] = await Promise.all([snapshots(), files()]);
  const { knownTags } = options;
  return {
    snapshots: trees,
    files: workspace,
    registry: configRegistry => options.registry ?? networkRegistry(configRegistry, options),
    ...(knownTags ? { knownTags: scope => tagMemory({ ...knownTags, scope }) } : {}),
  };
}

function networkRegistry(configRegistry: string | undefined, options: RegistryOptions): TagRegistry {
  const made = (async () => {
    const [{ RegistryClient }, { parseImageReference }, credentials] = await Promise.all([
      import('../adapters/registry/client.js'),
      import('../adapters/registry/reference.js'),
      options.userCredentials ? import('../adapters/registry/credentials.js') : undefined,
    ]);
    // Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one `credentials` are for.
    const host = configRegistry ? parseImageReference(`${configRegistry}/x:latest`).registry : undefined;
    const user = options.userCredentials && credentials?.userCredentials(options.userCredentials);
    const client = new RegistryClient({ credentials: (registry, repository) => (registry === host && options.credentials) || user?.(registry, repository) });
    return { client, parse: parseImageReference };
  })();
  return {
    hasManifest: async image => {
      const { client, parse } = await made;
      return client.hasManifest(parse(image));
    },
    resolveDigest: async image => {
      const { client, parse } = await made;
      return client.resolveDigest(parse(image));
    },
  };
}

/** The memory of pushed tags for one registry scope, restored now (`@actions/cache` loaded only then). */
async function tagMemory(options: { dir: string; runId: string; scope: string; backend?: CacheBackend }): Promise<TagMemory> {
  const [{ KnownTags, RememberingRegistry }, { formatImageReference, parseImageReference }] = await Promise.all([
    import('../adapters/registry/known-tags.js'),
    import('../adapters/registry/reference.js'),
  ]);
  const known = await KnownTags.restore(options);
  return {
    get size() {
      return known.size;
    },
    restoredFrom: known.restoredFrom,
    has: image => known.has(parseImageReference(image)),
    over: registry => {
      const remembering = new RememberingRegistry(
        { hasManifest: ref => registry.hasManifest(formatImageReference(ref)), resolveDigest: ref => registry.resolveDigest(formatImageReference(ref)) },
        known,
      );
      return { hasManifest: image => remembering.hasManifest(parseImageReference(image)), resolveDigest: image => remembering.resolveDigest(parseImageReference(image)) };
    },
    save: () => known.save(),
  };
}
