import { LockstepError } from '../../core/errors.js';
import { mapLimit } from '../../core/map-limit.js';
import type { Reporter } from '../../core/reporter.js';
import type { TaggedImage } from '../../core/tag/tags.js';
import type { TagMemory, TagRegistry } from '../ports.js';
import type { AnalyzedTree } from './analyse.js';

/** Registry requests in flight at once: quick for 30 images, polite to rate limits. */
const REGISTRY_CONCURRENCY = 8;

/** Resolves each external, unpinned base image once; a failure names the line that names it (a FROM, or the syntax directive of a frontend image). */
export async function resolveDigests(tree: AnalyzedTree, registry: TagRegistry, reporter: Reporter): Promise<Map<string, string>> {
  const where = new Map<string, { file: string; line: number; via: string }>();
  for (const [name, dockerfile] of tree.dockerfiles) {
    const external = new Set(tree.graph.nodes.get(name)!.external.filter(e => !e.digest).map(e => e.ref));
    for (const from of dockerfile.froms) if (external.has(from.image) && !where.has(from.image)) where.set(from.image, { file: dockerfile.file, line: from.line, via: from.via === 'syntax' ? 'syntax' : 'FROM' });
  }
  const digests = new Map<string, string>();
  await mapLimit([...where], REGISTRY_CONCURRENCY, async ([ref, { via, ...location }]) => {
    try {
      const digest = await registry.resolveDigest(ref);
      digests.set(ref, digest);
      reporter.info(`${ref} → ${digest}`);
    } catch (e) {
      if (e instanceof LockstepError) throw new LockstepError(`${via} ${ref}: ${e.message}`, location, e.details);
      throw e;
    }
  });
  return digests;
}

/**
 * Which images' tags the registry holds, in image order, at most `REGISTRY_CONCURRENCY`
 * requests at a time; with a `memory`, tags remembered from earlier runs are not asked about.
 */
export async function checkRegistry(images: TaggedImage[], registry: TagRegistry, memory: TagMemory | undefined, reporter: Reporter): Promise<boolean[]> {
  if (memory?.restoredFrom) reporter.info(`${memory.size} tag${memory.size === 1 ? '' : 's'} known to be pushed, remembered from an earlier run`);
  const remembered = images.map(i => memory?.has(i.image) === true);
  const checker = memory ? memory.over(registry) : registry;
  const found = await mapLimit(images, REGISTRY_CONCURRENCY, async (image, n) => {
    const exists = await checker.hasManifest(image.image);
    reporter.info(`${image.image}: ${exists ? 'present' : 'missing'}${remembered[n] ? ' (remembered)' : ''}`);
    return exists;
  });
  if (memory && (await memory.save())) reporter.info('remembered the tags seen pushed for the next run');
  return found;
}
