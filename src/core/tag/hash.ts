import { createHash } from 'node:crypto';
import { compareStrings } from './paths.js';
import type { FileEntry, FileIndex } from './file-index.js';

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

/** Where a files part starts growing: a context of a few hundred files fits. */
const INITIAL_BYTES = 64 * 1024;

/**
 * The files part of a manifest as the bytes `canonicalManifest` has for them: each file is
 * `,["path","mode","oid"]` (its canonical JSON with the comma before it; the first file's comma
 * is dropped when hashing, see `manifestTagOf`), and `ends` says where each file ends. A
 * 40,000-file context need not become 40,000 `[path, mode, blob]` arrays and a multi-megabyte
 * string to be hashed; and a tree that differs from this one in a few files is tagged by
 * splicing those in (`tagImages`), without serializing every file again.
 */
export class ManifestFiles {
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private at = 0;
  private readonly ends: number[] = [];

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + n));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }

  /** One context file, context-relative; files must come sorted by path, each path once. */
  file(path: string, mode: string, oid: string): void {
    // Strings JSON leaves as they are need no JSON.stringify (the common case); anything else takes the canonical path.
    const text = NEEDS_ESCAPE.test(path) || NEEDS_ESCAPE.test(oid) || NEEDS_ESCAPE.test(mode) ? `,${JSON.stringify([path, mode, oid])}` : `,["${path}","${mode}","${oid}"]`;
    // At most three UTF-8 bytes per UTF-16 unit: room is made first, as `write` would cut short silently.
    this.room(text.length * 3);
    this.at += this.bytes.write(text, this.at, 'utf8');
    this.ends.push(this.at);
  }

  /**
   * `file` for row `row` of `index`, its path without the first `skip` characters (the
   * context's folder and slash). Where the index has its text as bytes (`FileColumns.bytes`)
   * and neither path, mode nor blob id needs a JSON escape, the bytes are copied as they are:
   * the bytes `file` would write, without a string per file (measured: 100 images of a
   * 480,000-file tree, serializing took a third of the time).
   */
  row(index: FileIndex, row: number, skip: number): void {
    const c = index.columns;
    const source = c.bytes;
    const pathStart = c.pathStart[row] + skip;
    const pathEnd = c.pathEnd[row];
    const oidStart = c.oidStart[row];
    const oidEnd = c.oidEnd[row];
    const mode = c.modes[c.modeCode[row]];
    if (source === undefined || pathEnd > source.length || oidEnd > source.length) {
      this.file(index.pathFrom(row, skip), mode, index.oid(row));
      return;
    }
    // `,["` `","` `","` `"]`: 11 bytes around the three values.
    this.room(pathEnd - pathStart + oidEnd - oidStart + mode.length + 11);
    const out = this.bytes;
    let at = this.at;
    out[at++] = 0x2c;
    out[at++] = 0x5b;
    out[at++] = 0x22;
    // A byte JSON would escape (quote, backslash, control) or one outside ASCII: `file` decides.
    for (let i = pathStart; i < pathEnd; i++) {
      const b = source[i];
      if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f) return this.file(index.pathFrom(row, skip), mode, index.oid(row));
      out[at++] = b;
    }
    out[at++] = 0x22;
    out[at++] = 0x2c;
    out[at++] = 0x22;
    for (let i = 0; i < mode.length; i++) {
      const b = mode.charCodeAt(i);
      if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f) return this.file(index.pathFrom(row, skip), mode, index.oid(row));
      out[at++] = b;
    }
    out[at++] = 0x22;
    out[at++] = 0x2c;
    out[at++] = 0x22;
    for (let i = oidStart; i < oidEnd; i++) {
      const b = source[i];
      if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f) return this.file(index.pathFrom(row, skip), mode, index.oid(row));
      out[at++] = b;
    }
    out[at++] = 0x22;
    out[at++] = 0x5d;
    this.at = at;
    this.ends.push(at);
  }

  /** The bytes written, and where each file ends in them. */
  done(): { bytes: Buffer; ends: Int32Array } {
    return { bytes: this.bytes.subarray(0, this.at), ends: Int32Array.from(this.ends) };
  }
}

/**
 * The tag of the manifest whose files part is the concatenation of `files` (bytes as
 * `ManifestFiles` writes them, the first file's comma included) and whose other fields are
 * `rest`. `inputsJson`, when given, is `JSON.stringify(rest.inputs)` (or its UTF-8 bytes): images
 * sharing their inputs (15,000 files of a shared scripts folder) serialize them once. The same tag as
 * `manifestTag` (a test holds the two together).
 */
export function manifestTagOf(
  dockerfileBlob: string,
  files: readonly Uint8Array[],
  rest: Pick<TagManifest, 'inputs' | 'buildArgs' | 'platform' | 'bases' | 'external'>,
  inputsJson: string | Uint8Array = JSON.stringify(rest.inputs),
  algorithm = TAG_ALGORITHM,
): string {
  const hash = createHash('sha256');
  hash.update(`[${JSON.stringify(algorithm)},${JSON.stringify(dockerfileBlob)},[`);
  let first = true;
  for (const piece of files) {
    if (piece.length === 0) continue;
    if (first && piece[0] !== 0x2c) throw new Error('bug: a files part that does not start with the comma before its first file');
    hash.update(first ? piece.subarray(1) : piece);
    first = false;
  }
  hash.update('],');
  hash.update(inputsJson);
  hash.update(`,${JSON.stringify([rest.buildArgs, rest.platform, rest.bases, rest.external]).slice(1)}`);
  return hash.digest('hex').slice(0, TAG_LENGTH);
}

/** The tag of a manifest: the first hex digits of the sha256 of `canonicalManifest(m)` (always a valid Docker tag). */
export function manifestTag(m: TagManifest): string {
  const files = new ManifestFiles();
  for (const [path, mode, oid] of m.files) files.file(path, mode, oid);
  return manifestTagOf(m.dockerfile, [files.done().bytes], m, undefined, m.algorithm);
}
