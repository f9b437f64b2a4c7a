import { createHash } from 'node:crypto';
import { compareStrings } from './paths.js';
import type { FileEntry } from './file-index.js';

/**
 * Folded into every tag: changing how tags are computed (what goes into the manifest, how it
 * is serialized) must change this, so that every image is re-tagged and rebuilt once.
 */
export const TAG_ALGORITHM = 'lockstep-tag-v1';

/** Hex digits of the sha256 kept in a tag: 80 bits, far from collisions among one repo's builds. */
export const TAG_LENGTH = 20;

/** `[path, mode, blob id]` */
export type ManifestFile = [string, string, string];

/**
 * Everything an image's tag depends on, in canonical order. Written per image by
 * `write-inputs` so that "why did my tag change" can compare two of them.
 */
export interface TagManifest {
  algorithm: string;
  /** Blob id of the Dockerfile's bytes (where it lives does not change the image). */
  dockerfile: string;
  /** Files Docker sends, relative to the context, sorted by path. */
  files: ManifestFile[];
  /** Files of declared `inputs`, relative to the repository root, sorted by path. */
  inputs: ManifestFile[];
  buildArgs: Array<[string, string]>;
  platform: string | null;
  /** Configured base images and their tags (which already fold in their own bases). */
  bases: Array<[string, string]>;
  /** External `FROM` images with their digest, or null when not resolved. */
  external: Array<[string, string | null]>;
}

export interface ManifestParts {
  dockerfileBlob: string;
  /** Context files, relative to the context: entries, or manifest entries already (not copied). */
  files: ReadonlyArray<FileEntry | ManifestFile>;
  /** Files of declared inputs, relative to the repository root; in any order. */
  inputs: ReadonlyArray<FileEntry | ManifestFile>;
  buildArgs: Record<string, string>;
  platform?: string;
  bases: Record<string, string>;
  external: ReadonlyArray<{ ref: string; digest?: string }>;
}

/** Manifest entries for files, sorted by path, one per path (an input listed twice, a folder and a file in it: the last listing wins). */
export function manifestFiles(list: ReadonlyArray<FileEntry | ManifestFile>): ManifestFile[] {
  const out = list.map(f => (Array.isArray(f) ? f : ([f.path, f.mode, f.oid] as ManifestFile)));
  let ordered = true;
  for (let i = 1; i < out.length && ordered; i++) ordered = compareStrings(out[i - 1][0], out[i][0]) < 0;
  if (ordered) return out;
  out.sort((a, b) => compareStrings(a[0], b[0]));
  return out.filter((f, i) => i + 1 === out.length || out[i + 1][0] !== f[0]);
}

export function buildManifest(parts: ManifestParts): TagManifest {
  const pairs = <V>(record: Record<string, V>): Array<[string, V]> => Object.entries(record).sort((a, b) => compareStrings(a[0], b[0]));
  const external = new Map<string, string | null>();
  for (const e of parts.external) external.set(e.ref, e.digest ?? external.get(e.ref) ?? null);
  return {
    algorithm: TAG_ALGORITHM,
    dockerfile: parts.dockerfileBlob,
    files: manifestFiles(parts.files),
    inputs: manifestFiles(parts.inputs),
    buildArgs: pairs(parts.buildArgs),
    platform: parts.platform ?? null,
    bases: pairs(parts.bases),
    external: pairs(Object.fromEntries(external)),
  };
}

/** One fixed serialization: keys in a fixed order, arrays already sorted. */
export function canonicalManifest(m: TagManifest): string {
  return JSON.stringify([m.algorithm, m.dockerfile, m.files, m.inputs, m.buildArgs, m.platform, m.bases, m.external]);
}

/** Characters JSON.stringify escapes in a string: quote, backslash, controls, unpaired surrogates (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * sha256 over `canonicalManifest` bytes, fed as they are produced: a 40,000-file context need
 * not become 40,000 `[path, mode, blob]` arrays and a multi-megabyte string to be hashed.
 * Call `file` for each context file in path order, then `finish`; the tag is the same as
 * `manifestTag` of the manifest holding those files (a test holds the two together).
 */
export class ManifestHasher {
  private readonly hash = createHash('sha256');
  private buffer: string;
  private first = true;

  constructor(dockerfileBlob: string, algorithm = TAG_ALGORITHM) {
    this.buffer = `[${JSON.stringify(algorithm)},${JSON.stringify(dockerfileBlob)},[`;
  }

  /** One context file, context-relative; files must come sorted by path, each path once. */
  file(path: string, mode: string, oid: string): void {
    const sep = this.first ? '' : ',';
    // Strings JSON leaves as they are need no JSON.stringify (the common case, a measurable
    // share of hashing a large context); anything else takes the canonical path.
    this.buffer += NEEDS_ESCAPE.test(path) || NEEDS_ESCAPE.test(oid) || NEEDS_ESCAPE.test(mode) ? `${sep}${JSON.stringify([path, mode, oid])}` : `${sep}["${path}","${mode}","${oid}"]`;
    this.first = false;
    // Flushed in pieces of about 16 KB: one update per file would cost more than the hashing,
    // and a longer unflushed string survives (and is copied by) more garbage collections.
    if (this.buffer.length > 16384) {
      this.hash.update(this.buffer);
      this.buffer = '';
    }
  }

  /** The tag, given the rest of the manifest (`inputs` and what follows, already in canonical order). */
  finish(rest: Pick<TagManifest, 'inputs' | 'buildArgs' | 'platform' | 'bases' | 'external'>): string {
    this.hash.update(`${this.buffer}],${JSON.stringify([rest.inputs, rest.buildArgs, rest.platform, rest.bases, rest.external]).slice(1)}`);
    this.buffer = '';
    return this.hash.digest('hex').slice(0, TAG_LENGTH);
  }
}

/** The tag of a manifest: the first hex digits of the sha256 of `canonicalManifest(m)` (always a valid Docker tag). */
export function manifestTag(m: TagManifest): string {
  const hasher = new ManifestHasher(m.dockerfile, m.algorithm);
  for (const [path, mode, oid] of m.files) hasher.file(path, mode, oid);
  return hasher.finish(m);
}
