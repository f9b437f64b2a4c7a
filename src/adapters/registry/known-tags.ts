import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.js';
import { mapLimit } from '../../core/map-limit.js';
import { formatImageReference, type ImageReference } from './reference.js';

/** The part of `@actions/cache` used here (the real module, or a test's own). */
export interface CacheBackend {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface KnownTagsOptions {
  /** Folder holding the remembered list; must be the same path in every run (the cache version hashes it). */
  dir: string;
  /** What the memory is about (the registry prefix), so two configs never share one. */
  scope: string;
  /** Unique per run (`GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT`): cache entries are immutable, each run saves its own. */
  runId: string;
  backend?: CacheBackend;
  /** Most references kept; the oldest are forgotten first. Default 20,000. */
  limit?: number;
}

/**
 * `@actions/cache` (with Azure's storage client, ~MBs of code) is loaded only when a memory is
 * actually restored or saved: a run without `check-registry`, or the CLI, never pays for it.
 */
let actionsCache: Promise<CacheBackend> | undefined;
function defaultBackend(): Promise<CacheBackend> {
  return (actionsCache ??= import('@actions/cache').then(m => {
    // A CommonJS module: its functions are named exports, or hang off `default` in a bundle.
    const named = m as Partial<CacheBackend> & { default?: CacheBackend };
    return typeof named.isFeatureAvailable === 'function' ? (named as CacheBackend) : named.default!;
  }));
}

const FILE = 'known-tags.json';
const KEY_VERSION = 'v1';

/**
 * A memory, across workflow runs, of image references the registry was seen to hold. It is
 * sound only for content-addressed tags: such a tag names one tree forever, so once it was
 * pushed it needs no second HEAD request (a registry retention policy deleting tags would
 * defeat it: clear the cache then).
 */
export class KnownTags {
  private readonly known: Set<string>;
  private added = 0;

  private constructor(
    private readonly options: KnownTagsOptions,
    known: Iterable<string>,
    /** The cache key restored from, if any. */
    readonly restoredFrom: string | undefined,
  ) {
    this.known = new Set(known);
  }

  private static keyPrefix(scope: string): string {
    return `lockstep-known-tags-${KEY_VERSION}-${createHash('sha256').update(scope).digest('hex').slice(0, 16)}-`;
  }

  /**
   * Restores the newest saved memory for the scope; without a cache service (the CLI, a
   * laptop) or on any cache failure it starts empty — the memory only ever saves requests.
   */
  static async restore(options: KnownTagsOptions): Promise<KnownTags> {
    const backend = options.backend ?? (await defaultBackend());
    // Only our own file is removed: the folder is the caller's.
    await mkdir(options.dir, { recursive: true });
    await rm(join(options.dir, FILE), { force: true });
    let restoredFrom: string | undefined;
    let known: string[] = [];
    if (backend.isFeatureAvailable()) {
      const prefix = KnownTags.keyPrefix(options.scope);
      try {
        restoredFrom = await backend.restoreCache([options.dir], `${prefix}${options.runId}`, [prefix]);
        if (restoredFrom) {
          const body = JSON.parse(await readFile(join(options.dir, FILE), 'utf8')) as { version?: number; refs?: unknown };
          if (body.version === 1 && Array.isArray(body.refs)) known = body.refs.filter((r): r is string => typeof r === 'string');
        }
      } catch {
        // A broken or unreadable memory is no memory: every tag is asked for again.
        restoredFrom = undefined;
        known = [];
      }
    }
    return new KnownTags(options, known, restoredFrom);
  }

  get size(): number {
    return this.known.size;
  }

  has(ref: ImageReference): boolean {
    return this.known.has(formatImageReference(ref));
  }

  add(ref: ImageReference): void {
    const key = formatImageReference(ref);
    if (this.known.has(key)) return;
    this.known.add(key);
    this.added++;
  }

  /** Saves the memory under this run's key when it learnt something; false when there was nothing to save or no cache. */
  async save(): Promise<boolean> {
    if (this.added === 0) return false;
    const backend = this.options.backend ?? (await defaultBackend());
    if (!backend.isFeatureAvailable()) return false;
    const limit = this.options.limit ?? 20_000;
    const refs = [...this.known].slice(-limit);
    await writeFileAtomic(join(this.options.dir, FILE), `${JSON.stringify({ version: 1, refs })}\n`);
    try {
      const id = await backend.saveCache([this.options.dir], `${KnownTags.keyPrefix(this.options.scope)}${this.options.runId}`);
      return id !== -1;
    } catch {
      // Another job of this run saved first, or the cache is full: the next run asks the registry.
      return false;
    }
  }
}

/** What is asked of a registry when checking tags (`RegistryClient` satisfies it). */
export interface ManifestChecker {
  hasManifest(ref: ImageReference): Promise<boolean>;
  resolveDigest(ref: ImageReference): Promise<string>;
}

/**
 * A registry that answers "present" from memory for content tags seen before and asks the
 * real one otherwise, remembering what it finds. Digests are always asked: they resolve
 * mutable tags (`eclipse-temurin:21`), whose answer changes.
 */
export class RememberingRegistry implements ManifestChecker {
  constructor(
    private readonly registry: ManifestChecker,
    private readonly known: KnownTags,
  ) {}

  async hasManifest(ref: ImageReference): Promise<boolean> {
    if (this.known.has(ref)) return true;
    const present = await this.registry.hasManifest(ref);
    if (present) this.known.add(ref);
    return present;
  }

  resolveDigest(ref: ImageReference): Promise<string> {
    return this.registry.resolveDigest(ref);
  }

  /** Checks many references, at most `concurrency` registry requests at a time; answers in input order. */
  hasManifests(refs: readonly ImageReference[], concurrency = 8): Promise<boolean[]> {
    return mapLimit(refs, concurrency, ref => this.hasManifest(ref));
  }
}
