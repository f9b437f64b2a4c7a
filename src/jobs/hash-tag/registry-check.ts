import { LockstepError } from '../../core/errors.js';
import { mapLimit } from '../../core/map-limit.js';
import type { Reporter } from '../../core/reporter.js';
import type { ImagesConfig } from '../../core/tag/images-config.js';
import type { TaggedImage } from '../../core/tag/tags.js';
import type { CredentialLookup } from '../../adapters/registry/credentials.js';
import { RegistryClient, type RegistryCredentials } from '../../adapters/registry/client.js';
import { KnownTags, RememberingRegistry, type CacheBackend } from '../../adapters/registry/known-tags.js';
import { parseImageReference, type ImageReference } from '../../adapters/registry/reference.js';
import type { AnalyzedTree } from './analyse.js';

/** What hash-tag needs from a registry (the real `RegistryClient`, or a test's own). */
export interface TagRegistry {
  hasManifest(ref: ImageReference): Promise<boolean>;
  resolveDigest(ref: ImageReference): Promise<string>;
}

/** Remembering pushed tags across runs: see `HashTagOptions.knownTags`. */
export interface KnownTagsOptions {
  /** The same folder in every run (the cache is keyed on it): under `RUNNER_TEMP`. */
  dir: string;
  /** Unique per workflow run and attempt. */
  runId: string;
  /** Default `@actions/cache`, loaded only then. */
  backend?: CacheBackend;
}

/** Registry requests in flight at once: quick for 30 images, polite to rate limits. */
const REGISTRY_CONCURRENCY = 8;

/** Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one the credentials are for. */
function registryHost(config: ImagesConfig): string | undefined {
  return config.registry ? parseImageReference(`${config.registry}/x:latest`).registry : undefined;
}

export function defaultRegistry(config: ImagesConfig, credentials?: RegistryCredentials, userCredentials?: CredentialLookup): TagRegistry {
  const host = registryHost(config);
  return new RegistryClient({ credentials: (registry, repository) => (registry === host && credentials) || userCredentials?.(registry, repository) });
}

/** Resolves each external, unpinned base image once; a failure names the FROM line. */
export async function resolveDigests(tree: AnalyzedTree, registry: TagRegistry, reporter: Reporter): Promise<Map<string, string>> {
  const where = new Map<string, { file: string; line: number }>();
  for (const [name, dockerfile] of tree.dockerfiles) {
    const external = new Set(tree.graph.nodes.get(name)!.external.filter(e => !e.digest).map(e => e.ref));
    for (const from of dockerfile.froms) if (external.has(from.image) && !where.has(from.image)) where.set(from.image, { file: dockerfile.file, line: from.line });
  }
  const digests = new Map<string, string>();
  await mapLimit([...where], REGISTRY_CONCURRENCY, async ([ref, location]) => {
    try {
      const digest = await registry.resolveDigest(parseImageReference(ref));
      digests.set(ref, digest);
      reporter.info(`${ref} → ${digest}`);
    } catch (e) {
      if (e instanceof LockstepError) throw new LockstepError(`FROM ${ref}: ${e.message}`, location, e.details);
      throw e;
    }
  });
  return digests;
}

/**
 * Which images' tags the registry holds, in image order, at most `REGISTRY_CONCURRENCY`
 * requests at a time; with `knownTags`, tags remembered from earlier runs are not asked about.
 */
export async function checkRegistry(images: TaggedImage[], registry: TagRegistry, config: ImagesConfig, memory: KnownTagsOptions | undefined, reporter: Reporter): Promise<boolean[]> {
  const refs = images.map(i => parseImageReference(i.image));
  const known = memory ? await KnownTags.restore({ ...memory, scope: config.registry ?? '' }) : undefined;
  if (known?.restoredFrom) reporter.info(`${known.size} tag${known.size === 1 ? '' : 's'} known to be pushed, remembered from an earlier run`);
  const remembered = refs.map(ref => known?.has(ref) === true);
  const checker = known ? new RememberingRegistry(registry, known) : registry;
  const found = await mapLimit(refs, REGISTRY_CONCURRENCY, async (ref, n) => {
    const exists = await checker.hasManifest(ref);
    reporter.info(`${images[n].image}: ${exists ? 'present' : 'missing'}${remembered[n] ? ' (remembered)' : ''}`);
    return exists;
  });
  if (known && (await known.save())) reporter.info('remembered the tags seen pushed for the next run');
  return found;
}
