import { LockstepError } from '../errors.js';
import { dockerignoreCandidates, dockerignoreMatcher, dockerignoreRules, forEachContextFile, selectContextFiles, selectInputFiles } from './context.js';
import type { FileEntry, FileIndex } from './file-index.js';
import { compareStrings, isUnder, joinRepoPath, relativeTo } from './paths.js';
import { imageLevels, type ImageGraph } from './graph.js';
import { buildManifest, ManifestFiles, manifestFiles, manifestTagOf, type ManifestFile, type TagManifest } from './hash.js';
import type { ImagesConfig } from './images-config.js';

/** One image's computed identity. */
export interface TaggedImage {
  name: string;
  tag: string;
  /** `registry/name:tag`, or `name:tag` without a registry. */
  image: string;
  context: string;
  dockerfile: string;
  /** The ignore file that applied, if any. */
  dockerignore?: string;
  buildArgs: Record<string, string>;
  platform?: string;
  /** Configured base images (direct), sorted. */
  bases: string[];
  /** External `FROM` images. */
  external: string[];
  /** 0 for images on no configured base, else one more than the deepest base. */
  level: number;
  manifest: TagManifest;
}

/** Every repository path whose files a tag can depend on: list only these when that is cheaper. */
export function pathsOfInterest(config: ImagesConfig): string[] {
  return [...new Set(config.images.flatMap(pathsOfImage))];
}

/** Whether any of `changed` lies at or below one of `scope`. */
function touched(changed: readonly string[], scope: readonly string[]): boolean {
  return changed.some(p => scope.some(s => isUnder(p, s)));
}

/** The paths whose files one image's tag depends on: its context, Dockerfile, ignore files and inputs. */
function pathsOfImage(image: ImagesConfig['images'][number]): string[] {
  return [image.context, image.dockerfile, ...dockerignoreCandidates(image.context, image.dockerfile), ...image.inputs];
}

/** Which files can reach a tag: see `contentNeeded`. */
export interface ContentFilter {
  /** Whether this file's content can reach any tag. */
  (path: string): boolean;
  /**
   * Whether any file at or below the folder `dir` can: false only when none can, so that a
   * walker may skip the folder unread (a `.dockerignore`d `node_modules`, as Docker skips it).
   */
  anyBelow(dir: string): boolean;
}

/**
 * Whether a file's content can reach any tag: it is a Dockerfile or ignore file, lies under a
 * declared input, or lies in a context whose ignore file lets it through. Files failing this
 * (a `.dockerignore`d `node_modules`) need not be read at all. `ignoreTexts` holds the text of
 * each existing ignore file (see `dockerignoreCandidates`).
 */
export function contentNeeded(config: ImagesConfig, ignoreTexts: ReadonlyMap<string, string | undefined>): ContentFilter {
  const always = new Set<string>();
  const images = config.images.map(image => {
    const candidates = dockerignoreCandidates(image.context, image.dockerfile);
    always.add(image.dockerfile);
    for (const c of candidates) always.add(c);
    const ignoreFile = candidates.find(c => ignoreTexts.get(c) !== undefined);
    return { context: image.context, inputs: image.inputs, rules: ignoreFile === undefined ? undefined : rulesOrAll(ignoreTexts.get(ignoreFile)!, ignoreFile) };
  });
  const needs = (path: string) =>
    always.has(path) ||
    images.some(i => i.inputs.some(input => isUnder(path, input)) || (isUnder(path, i.context) && !i.rules?.ignores(relativeTo(path, i.context))));
  const anyBelow = (dir: string) =>
    [...always].some(p => isUnder(p, dir)) ||
    images.some(
      i =>
        i.inputs.some(input => isUnder(input, dir) || isUnder(dir, input)) ||
        // A context at or below `dir` is read whole; `dir` inside a context only when its rules let something through.
        isUnder(i.context, dir) ||
        (isUnder(dir, i.context) && !i.rules?.excludesFolder(relativeTo(dir, i.context))),
    );
  return Object.assign(needs, { anyBelow });
}

/**
 * An ignore file's rules; for an invalid one, none (every file is needed), so that the
 * listing goes on and the error is reported with the others (see `checkIgnoreFile`).
 */
function rulesOrAll(text: string, file: string) {
  try {
    return dockerignoreRules(text, file);
  } catch (e) {
    if (e instanceof LockstepError) return undefined;
    throw e;
  }
}

/** Throws the LockstepError (file and line) for an ignore file BuildKit would refuse. */
export function checkIgnoreFile(text: string, file: string): void {
  dockerignoreRules(text, file);
}

/**
 * The ignore file of a declared input folder. Such a folder goes to the build as a named
 * context, and BuildKit reads a named context's `.dockerignore` at its root (never a
 * `<Dockerfile>.dockerignore`: dockerui's NamedContext, moby/buildkit).
 */
export function inputDockerignore(input: string): string {
  return joinRepoPath(input, '.dockerignore');
}

/** The ignore file that governs an image's build, if any (see `dockerignoreCandidates`). */
export function dockerignoreOf(index: FileIndex, context: string, dockerfile: string): string | undefined {
  return dockerignoreCandidates(context, dockerfile).find(p => index.get(p) !== undefined);
}

/**
 * Checks what the tree must hold for the config to build: every context and input exists.
 * Dockerfiles are checked earlier, when they are read.
 */
export function checkTree(config: ImagesConfig, index: FileIndex): void {
  for (const image of config.images) {
    if (!index.exists(image.context)) {
      throw new LockstepError(`images.${image.name}.context: "${image.context}" does not exist or holds no file`, { file: config.file, line: image.lines.context });
    }
    image.inputs.forEach((input, i) => {
      if (!index.exists(input)) {
        throw new LockstepError(`images.${image.name}.inputs: "${input}" does not exist or holds no file`, { file: config.file, line: image.lines.inputs[i] });
      }
    });
  }
}

/** What `computeTags` takes. */
export interface TagInput {
  config: ImagesConfig;
  graph: ImageGraph;
  index: FileIndex;
  /** Text of each ignore file named by `dockerignoreOf`, by path. */
  texts: Map<string, string>;
  /** Digests of external base images, by reference, when resolved. */
  digests?: Map<string, string>;
  /** Blob ids of the bytes behind Dockerfiles that are symbolic links (Docker reads through them), by path. */
  dockerfileBlobs?: ReadonlyMap<string, string>;
  /**
   * Tags computed before (all or some of them) from this index or from one this index was
   * made from (`FileIndex.withChanges`): an image none of whose paths changed, on bases whose
   * tags did not change, keeps its result.
   */
  previous?: { index: FileIndex; images: readonly TaggedImage[] };
}

/**
 * Tags every image, bases first, so that each image folds in its bases' tags (Merkle-style:
 * a base's change reaches every image built on it, however deep).
 */
export function computeTags(input: TagInput): TaggedImage[] {
  return [...tagImages(input)];
}

/** `computeTags` one image at a time, for a caller that may stop between images. */
export function* tagImages(input: TagInput): Generator<TaggedImage> {
  const { config, graph, index, texts } = input;
  const changed = input.previous && (index === input.previous.index ? [] : index.changesSince(input.previous.index));
  const before = new Map(changed ? input.previous!.images.map(i => [i.name, i]) : []);
  const levels = imageLevels(graph);
  const tags = new Map<string, string>();
  // Images often declare the same inputs (a shared scripts folder): each list is selected once.
  // (With their JSON text: 15,000 files serialized once, not once per image.)
  const inputsOf = new Map<string, { files: ManifestFile[]; json: Uint8Array }>();
  // And the same .dockerignore text (one template copied into every service): its matcher,
  // folder verdicts included (they depend on context-relative paths only), is built once.
  const matchers = new Map<string, ((path: string) => boolean) | undefined>();
  for (const name of graph.order) {
    const node = graph.nodes.get(name)!;
    const image = node.config;
    const kept = before.get(name);
    if (kept && node.bases.every(b => tags.get(b) === before.get(b)?.tag) && !touched(changed!, pathsOfImage(image))) {
      tags.set(name, kept.tag);
      yield kept;
      continue;
    }
    const dockerfileEntry = index.get(image.dockerfile);
    if (!dockerfileEntry) {
      throw new LockstepError(`images.${name}.dockerfile: "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile });
    }
    const dockerignore = dockerignoreOf(index, image.context, image.dockerfile);
    const ignoreText = dockerignore === undefined ? undefined : (texts.get(dockerignore) ?? '');
    const unread = (path: string) => new Error(`bug: ${path} was selected for ${name} but never read (contentNeeded disagrees with selectContextFiles)`);
    const inputsKey = JSON.stringify(image.inputs);
    let shared = inputsOf.get(inputsKey);
    if (!shared) {
      const inputs = manifestFiles(
        selectInputFiles(index, image.inputs).flatMap(({ input, files }) => {
          // A folder is passed as a named build context (`--build-context`): BuildKit applies its own `.dockerignore`.
          const ignoreFile = inputDockerignore(input);
          const text = index.find(input) < 0 && index.get(ignoreFile) !== undefined ? texts.get(ignoreFile) : undefined;
          if (text === undefined) return files;
          if (!matchers.has(text)) matchers.set(text, dockerignoreMatcher(text, ignoreFile));
          const ignores = matchers.get(text);
          const kept: FileEntry[] = [];
          forEachContextFile(index, input, ignores, row => kept.push(index.entry(row)));
          return kept;
        }),
      );
      const unreadInput = inputs.find(f => f[2] === '');
      if (unreadInput) throw unread(unreadInput[0]);
      shared = { files: inputs, json: Buffer.from(JSON.stringify(inputs)) };
      inputsOf.set(inputsKey, shared);
    }
    const inputs = shared.files;
    const parts = {
      dockerfileBlob: input.dockerfileBlobs?.get(image.dockerfile) ?? dockerfileEntry.oid,
      inputs,
      buildArgs: image.buildArgs,
      platform: image.platform,
      bases: Object.fromEntries(node.bases.map(b => [b, tags.get(b)!])),
      external: node.external.map(e => ({ ref: e.ref, digest: e.digest ?? input.digests?.get(e.ref) })),
    };
    // `inputs` is already in manifest form, and shared between images: used as it is.
    const rest = { ...buildManifest({ ...parts, files: [], inputs: [] }), inputs };
    // Context files go straight from the index to their bytes and the hash. The manifest
    // itself (40,000 `[path, mode, blob]` entries for a large context) is built only if it is
    // read (write-inputs, why), from the same selection.
    if (ignoreText !== undefined && !matchers.has(ignoreText)) matchers.set(ignoreText, dockerignoreMatcher(ignoreText, dockerignore));
    const ignores = ignoreText === undefined ? undefined : matchers.get(ignoreText);
    let keep: KeptFiles | undefined;
    const reusable = kept && keptFiles.get(kept);
    const spliced =
      reusable && reusable.index === input.previous!.index && reusable.dockerignore === dockerignore && reusable.ignoreText === ignoreText && reusable.context === image.context
        ? spliceFiles(reusable, index, changed!, ignores, unread)
        : undefined;
    let tag: string;
    if (spliced) {
      tag = manifestTagOf(parts.dockerfileBlob, spliced, rest, shared.json);
    } else {
      const files = new ManifestFiles();
      const rows: number[] = [];
      const skip = image.context === '.' ? 0 : image.context.length + 1;
      forEachContextFile(index, image.context, ignores, (row, path) => {
        if (!index.hasOid(row)) throw unread(index.path(row));
        // A context that is itself a file (refused later by Docker) has the path `.`.
        if (path === '.') files.file(path, index.mode(row), index.oid(row));
        else files.row(index, row, skip);
        rows.push(row);
      });
      const { bytes, ends } = files.done();
      tag = manifestTagOf(parts.dockerfileBlob, [bytes], rest, shared.json);
      // Kept for a tree made from this one (`previous` of a later call), only where there is
      // none yet: the final pass over git's answer has nothing after it to reuse its bytes.
      if (!input.previous) keep = { index, context: image.context, dockerignore, ignoreText, rows: Int32Array.from(rows), bytes, ends };
    }
    tags.set(name, tag);
    let manifest: TagManifest | undefined;
    const tagged: TaggedImage = {
      name,
      tag,
      image: `${config.registry ? `${config.registry}/` : ''}${name}:${tag}`,
      context: image.context,
      dockerfile: image.dockerfile,
      dockerignore,
      buildArgs: { ...image.buildArgs },
      platform: image.platform,
      bases: node.bases,
      external: node.external.map(e => e.ref),
      level: levels.get(name)!,
      get manifest() {
        return (manifest ??= buildManifest({ ...parts, files: selectContextFiles(index, image.context, ignoreText, dockerignore) }));
      },
    };
    if (keep) keptFiles.set(tagged, keep);
    yield tagged;
  }
}

/** What tagging an image kept of its context files, for re-tagging it from a tree that differs in a few of them. */
interface KeptFiles {
  /** The index the files were selected from. */
  index: FileIndex;
  context: string;
  dockerignore: string | undefined;
  ignoreText: string | undefined;
  /** The rows of `index` selected, ascending. */
  rows: Int32Array;
  /** Their bytes in the manifest (`ManifestFiles`), and where each ends. */
  bytes: Buffer;
  ends: Int32Array;
}

/** By the image tagged: dropped with it. */
const keptFiles = new WeakMap<TaggedImage, KeptFiles>();

/** The first `i` in `sorted` with `sorted[i] >= value`. */
function lowerBoundOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The context's files part in `index`, from what was kept of it in the index `index` was made
 * from (`FileIndex.withChanges`), `changed` being the paths that differ: the kept bytes, with
 * the changed files taken out and those `ignores` lets through put in where they sort. The
 * same bytes a pass over every file would give: a file's verdict depends on its path and the
 * ignore rules only, and neither changed for the others. Undefined when the context's own path
 * changed (a folder replaced by a file, or the reverse): every file is read then.
 */
function spliceFiles(
  kept: KeptFiles,
  index: FileIndex,
  changed: readonly string[],
  ignores: ((path: string) => boolean) | undefined,
  unread: (path: string) => Error,
): Uint8Array[] | undefined {
  const context = kept.context;
  const inside = changed.filter(p => isUnder(p, context));
  if (inside.includes(context)) return undefined;
  inside.sort(compareStrings);
  const skip = context === '.' ? 0 : context.length + 1;
  const { rows, bytes, ends } = kept;
  // Ranges of the kept bytes, and (as a number) the added files, in path order.
  const plan: Array<[number, number] | number> = [];
  const added = new ManifestFiles();
  let count = 0;
  let from = 0;
  for (const path of inside) {
    // Where the path stands among the kept files: how many sort before it, and whether it was one of them.
    const before = kept.index.find(path);
    const at = lowerBoundOf(rows, before >= 0 ? before : kept.index.rank(path));
    const start = at === 0 ? 0 : ends[at - 1];
    plan.push([from, start]);
    from = before >= 0 && rows[at] === before ? ends[at] : start;
    const row = index.find(path);
    if (row >= 0 && (ignores === undefined || !ignores(path.slice(skip)))) {
      if (!index.hasOid(row)) throw unread(path);
      added.row(index, row, skip);
      plan.push(count++);
    }
  }
  plan.push([from, bytes.length]);
  const done = added.done();
  return plan.map(p => (typeof p === 'number' ? done.bytes.subarray(p === 0 ? 0 : done.ends[p - 1], done.ends[p]) : bytes.subarray(p[0], p[1])));
}
