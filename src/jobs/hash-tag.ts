import { chmod, lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LockstepError, LockstepErrors } from '../core/errors.js';
import { dockerignoreCandidates, selectContextFiles } from '../core/tag/context.js';
import { FileIndex } from '../core/tag/file-index.js';
import { parseDockerfile, type ParsedDockerfile } from '../core/tag/dockerfile.js';
import { globBase, globToRegExp, hasGlob } from '../core/tag/glob.js';
import { buildImageGraph, type ImageGraph } from '../core/tag/graph.js';
import { parseImagesConfig, type ImagesConfig } from '../core/tag/images-config.js';
import { isUnder, normalizeRepoPath } from '../core/tag/paths.js';
import { checkIgnoreFile, checkTree, computeTags, contentNeeded, dockerignoreOf, pathsOfInterest, tagImages, type TaggedImage } from '../core/tag/tags.js';
import { renderTemplate, type TemplateImage } from '../core/tag/template.js';
import { diffManifests, type ManifestChange } from '../core/tag/why.js';
import { writeFileAtomic } from '../adapters/fs.js';
import { commitSnapshot, worktreeSnapshot, type TreeSnapshot } from '../adapters/git/worktree.js';
import { mapLimit, RegistryClient, type RegistryCredentials } from '../adapters/registry/client.js';
import { KnownTags, RememberingRegistry, type CacheBackend } from '../adapters/registry/known-tags.js';
import { parseImageReference, type ImageReference } from '../adapters/registry/reference.js';
import type { Reporter } from './reporter.js';

/** What hash-tag needs from a registry (the real `RegistryClient`, or a test's own). */
export interface TagRegistry {
  hasManifest(ref: ImageReference): Promise<boolean>;
  resolveDigest(ref: ImageReference): Promise<string>;
}

export interface HashTagOptions {
  /** Workspace root: the repository checkout. Every path below is relative to it. */
  workspace: string;
  /** Images config path. Default `images.yaml`. */
  config?: string;
  /** Template files to render: paths (a folder means every file in it) or globs. */
  render?: readonly string[];
  /** Folder to write rendered files to, keeping their relative paths; default in place. */
  renderTo?: string;
  /** Ask the registry which tags exist; `missing` is then set. */
  checkRegistry?: boolean;
  /** Fold external base images' registry digests into the tags. */
  resolveBaseDigests?: boolean;
  /** Credentials for the config's registry (never offered to other registries). */
  credentials?: RegistryCredentials;
  /** Folder to write `<image>.json` (tag and manifest) into, for "why did my tag change". */
  writeInputs?: string;
  /** Registry access; default a `RegistryClient` with `credentials`. */
  registry?: TagRegistry;
  /**
   * With `checkRegistry`: remember across runs (in the Actions cache) which tags the registry
   * was seen to hold, and ask only about the others. Content tags never change meaning, so a
   * tag once present needs no second request.
   */
  knownTags?: {
    /** The same folder in every run (the cache is keyed on it): under `RUNNER_TEMP`. */
    dir: string;
    /** Unique per workflow run and attempt. */
    runId: string;
    /** Default `@actions/cache`, loaded only then. */
    backend?: CacheBackend;
  };
}

export type ImageStatus = 'present' | 'missing' | 'unchecked';

export interface HashTagResult {
  images: TaggedImage[];
  /** Build order, bases first. */
  order: string[];
  /** Images whose tag the registry lacks, in build order (only with `checkRegistry`). */
  missing?: string[];
  status: Record<string, ImageStatus>;
  /** Files written by rendering, relative to the workspace. */
  rendered: string[];
  /** Manifest files written by `writeInputs`. */
  inputsWritten: string[];
}

/** The images config read from a tree, with everything the tags need from that tree. */
export interface AnalyzedTree {
  config: ImagesConfig;
  graph: ImageGraph;
  index: FileIndex;
  texts: Map<string, string>;
  dockerfiles: Map<string, ParsedDockerfile>;
}

/**
 * Reads the config, the Dockerfiles and ignore files, and the file listing of every context
 * and input from one tree (the working tree or a commit).
 *
 * With `early`, where the tree has an index that its listing refines (git's), `early` is
 * first called with the tree as that index gives it, while git still compares the working
 * tree with it, and with `settled`, which turns true once the final listing is there; the
 * tree returned is that very object when nothing differed. Whatever `early` throws is
 * ignored: the final tree decides, and reports its own errors.
 */
export async function analyzeTree(
  snapshot: TreeSnapshot,
  configPath: string,
  early?: (tree: AnalyzedTree, settled: () => boolean) => Promise<void> | void,
): Promise<AnalyzedTree> {
  const configText = await snapshot.readText(configPath);
  if (configText === undefined) {
    throw new LockstepError(`images config ${configPath} does not exist${snapshot.label === 'working tree' ? '' : ` at ${snapshot.label}`}`, { file: configPath });
  }
  const config = parseImagesConfig(configText, configPath);
  // git lists the tree (the long pole) while the ignore files and Dockerfiles are read; the
  // ignore files decide which untracked files need reading at all.
  const settle = <T>(p: Promise<T>) => p.then(value => ({ value }), (error: unknown) => ({ error }));
  const ignoreFiles = [...new Set(config.images.flatMap(i => dockerignoreCandidates(i.context, i.dockerfile)))];
  const ignoreReads = settle(Promise.all(ignoreFiles.map(async p => [p, await snapshot.readText(p)] as const)).then(pairs => new Map(pairs)));
  const needs = ignoreReads.then(r => ('error' in r ? undefined : contentNeeded(config, r.value)));
  const dockerfileReads = settle(Promise.all(config.images.map(image => snapshot.readText(image.dockerfile))));
  const paths = pathsOfInterest(config);
  const listing = snapshot.list(paths, needs);

  const assemble = async (index: FileIndex): Promise<AnalyzedTree> => {
    checkTree(config, index);
    const read = await dockerfileReads;
    if ('error' in read) throw read.error;
    const ignoreRead = await ignoreReads;
    if ('error' in ignoreRead) throw ignoreRead.error;
    const ignoreTexts = ignoreRead.value;
    const texts = new Map<string, string>();
    const dockerfiles = new Map<string, ParsedDockerfile>();
    const errors: LockstepError[] = [];
    config.images.forEach((image, n) => {
      const text = index.get(image.dockerfile) ? read.value[n] : undefined;
      if (text === undefined) {
        errors.push(new LockstepError(`images.${image.name}: Dockerfile "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile }));
        return;
      }
      try {
        dockerfiles.set(image.name, parseDockerfile(text, image.dockerfile, image.buildArgs, image.platform));
      } catch (e) {
        if (e instanceof LockstepError) errors.push(e);
        else throw e;
      }
      const ignore = dockerignoreOf(index, image.context, image.dockerfile);
      if (ignore !== undefined && !texts.has(ignore)) {
        texts.set(ignore, ignoreTexts.get(ignore) ?? '');
        try {
          checkIgnoreFile(texts.get(ignore)!, ignore);
        } catch (e) {
          if (e instanceof LockstepError) errors.push(e);
          else throw e;
        }
      }
    });
    if (errors.length === 1) throw errors[0];
    // Every broken Dockerfile at once, in config order.
    if (errors.length > 1) throw new LockstepErrors(errors);
    return { config, graph: buildImageGraph(config, dockerfiles), index, texts, dockerfiles };
  };

  if (early && snapshot.indexed) {
    // Also the listing's handler while `early` runs: a failure is reported when it is awaited below.
    let settled = false;
    listing.then(
      () => (settled = true),
      () => (settled = true),
    );
    let first: AnalyzedTree | undefined;
    try {
      first = await assemble(await snapshot.indexed(paths));
      await early(first, () => settled);
    } catch {
      first = undefined;
    }
    const index = await listing;
    return first && index === first.index ? first : assemble(index);
  }
  return assemble(await listing);
}

/** Registry requests in flight at once: quick for 30 images, polite to rate limits. */
const REGISTRY_CONCURRENCY = 8;

/** Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one the credentials are for. */
function registryHost(config: ImagesConfig): string | undefined {
  return config.registry ? parseImageReference(`${config.registry}/x:latest`).registry : undefined;
}

function defaultRegistry(config: ImagesConfig, credentials?: RegistryCredentials): TagRegistry {
  const host = registryHost(config);
  return new RegistryClient({ credentials: registry => (registry === host ? credentials : undefined) });
}

/** Resolves each external, unpinned base image once; a failure names the FROM line. */
async function resolveDigests(tree: AnalyzedTree, registry: TagRegistry, reporter: Reporter): Promise<Map<string, string>> {
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
async function checkRegistry(images: TaggedImage[], registry: TagRegistry, config: ImagesConfig, memory: HashTagOptions['knownTags'], reporter: Reporter): Promise<boolean[]> {
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

/**
 * The hash-tag job: every image's content tag, which tags the registry lacks (in build
 * order), manifests written for "why", and templates rendered.
 */
export async function hashTag(options: HashTagOptions, reporter: Reporter): Promise<HashTagResult> {
  const workspace = resolve(options.workspace);
  const configPath = workspacePath(options.config ?? 'images.yaml', workspace, 'config');
  // Without base digests to resolve first, tags are computed from git's index while git
  // status still runs (on a clean checkout, the whole time after git answers), one image at a
  // time until the final listing is there; the final pass keeps every one of them whose paths
  // the working tree does not change.
  let early: { tree: AnalyzedTree; images: TaggedImage[] } | undefined;
  const tree = await analyzeTree(
    worktreeSnapshot(workspace),
    configPath,
    options.resolveBaseDigests
      ? undefined
      : async (t, settled) => {
          early = { tree: t, images: [] };
          for (const image of tagImages(t)) {
            early.images.push(image);
            // Between images, git's answer gets in.
            await new Promise(setImmediate);
            if (settled()) return;
          }
        },
  );
  let registry = options.registry;
  const client = () => (registry ??= defaultRegistry(tree.config, options.credentials));

  const digests = options.resolveBaseDigests
    ? await reporter.group('Resolving base image digests', () => resolveDigests(tree, client(), reporter))
    : undefined;
  const images = computeTags({ ...tree, digests, previous: early && { index: early.tree.index, images: early.images } });
  const order = images.map(i => i.name);

  const status: Record<string, ImageStatus> = Object.fromEntries(images.map(i => [i.name, 'unchecked' as ImageStatus]));
  let missing: string[] | undefined;
  if (options.checkRegistry) {
    const found = await reporter.group('Checking the registry', () => checkRegistry(images, client(), tree.config, options.knownTags, reporter));
    missing = images.filter((_, n) => !found[n]).map(i => i.name);
    images.forEach((i, n) => (status[i.name] = found[n] ? 'present' : 'missing'));
  }

  const inputsWritten: string[] = [];
  if (options.writeInputs) {
    const dir = workspacePath(options.writeInputs, workspace, 'write-inputs');
    for (const i of images) {
      const file = `${dir === '.' ? '' : `${dir}/`}${i.name}.json`;
      const body = { name: i.name, tag: i.tag, image: i.image, context: i.context, dockerfile: i.dockerfile, dockerignore: i.dockerignore ?? null, manifest: i.manifest };
      await writeFileAtomic(join(workspace, file), `${readableJson(body)}\n`);
      inputsWritten.push(file);
    }
  }

  const rendered = options.render?.length ? await renderFiles(workspace, options.render, options.renderTo, images, reporter) : [];

  warnWrittenInContexts([...inputsWritten, ...rendered], tree, reporter);
  for (const i of images) reporter.info(`${i.name.padEnd(Math.max(...order.map(n => n.length)))}  ${i.tag}  ${status[i.name] === 'unchecked' ? '' : status[i.name]}`.trimEnd());
  reporter.summary(summaryTable(images, status));
  return { images, order, missing, status, rendered, inputsWritten };
}

/**
 * Files this run wrote inside a build context (and not excluded by its .dockerignore) would
 * be sent by Docker, so the next run would give that image another tag: say so, once per image.
 */
function warnWrittenInContexts(written: string[], tree: AnalyzedTree, reporter: Reporter): void {
  if (written.length === 0) return;
  for (const image of tree.config.images) {
    const inside = written.filter(path => isUnder(path, image.context));
    if (inside.length === 0) continue;
    const ignore = dockerignoreOf(tree.index, image.context, image.dockerfile);
    const probe = new FileIndex(inside.map(path => ({ path, mode: '100644', oid: '' })));
    const kept = selectContextFiles(probe, image.context, ignore === undefined ? undefined : tree.texts.get(ignore));
    if (kept.length === 0) continue;
    reporter.warning(
      `${kept.length} file${kept.length === 1 ? '' : 's'} written by this run (${inside[0]}${inside.length > 1 ? ', ...' : ''}) lie in the build context of ${image.name}: ` +
        `they change its tag on the next run; write them elsewhere or exclude them in .dockerignore`,
      { file: tree.config.file, line: image.lines.context },
    );
  }
}

/** Indented JSON with each `[path, mode, blob]` (any array of strings) on one line: diffable, greppable. */
function readableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s+(?:"(?:[^"\\]|\\.)*"|null)(?:,\s+(?:"(?:[^"\\]|\\.)*"|null))*\s+\]/g, m => JSON.stringify(JSON.parse(m)));
}

function summaryTable(images: TaggedImage[], status: Record<string, ImageStatus>): string {
  const label: Record<ImageStatus, string> = { present: '✅ in registry', missing: '🔨 to build', unchecked: 'not checked' };
  const rows = images.map(i => `| \`${i.name}\` | \`${i.tag}\` | ${label[status[i.name]]} | ${i.bases.map(b => `\`${b}\``).join(', ')} |`);
  return ['### Image tags', '', '| image | tag | status | bases |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
function workspacePath(path: string, workspace: string, what: string): string {
  const rel = isAbsolute(path) ? relative(workspace, path).split(sep).join('/') : path;
  const norm = normalizeRepoPath(rel);
  if (norm === undefined) throw new LockstepError(`${what}: "${path}" is outside the workspace ${workspace}`);
  return norm;
}

/** Files matching the render patterns, workspace-relative and sorted; a pattern matching nothing is an error. */
export async function expandRenderPatterns(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const raw of patterns.map(p => p.trim()).filter(p => p !== '' && !p.startsWith('#'))) {
    const pattern = workspacePath(raw, workspace, 'render');
    let matched: string[];
    if (!hasGlob(pattern)) {
      matched = await walk(workspace, pattern);
    } else {
      const re = globToRegExp(pattern);
      matched = (await walk(workspace, globBase(pattern))).filter(f => re.test(f));
    }
    if (matched.length === 0) throw new LockstepError(`render: "${raw}" matches no file`);
    for (const f of matched) files.add(f);
  }
  return [...files].sort();
}

/** Every file at or below `path`; `.git` folders are skipped. */
async function walk(workspace: string, path: string): Promise<string[]> {
  const out: string[] = [];
  let s;
  try {
    s = await stat(join(workspace, path));
  } catch {
    return out;
  }
  if (!s.isDirectory()) return [path];
  const dirs = [path];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    for (const d of await readdir(join(workspace, dir), { withFileTypes: true })) {
      if (d.name === '.git') continue;
      const child = dir === '.' ? d.name : `${dir}/${d.name}`;
      if (d.isDirectory()) dirs.push(child);
      else if (d.isFile()) out.push(child);
      // A link to a file is rendered through the link; a link to a folder is not walked.
      else if (d.isSymbolicLink() && (await stat(join(workspace, child)).catch(() => undefined))?.isFile()) out.push(child);
    }
  }
  return out;
}

async function renderFiles(workspace: string, patterns: readonly string[], renderTo: string | undefined, images: TaggedImage[], reporter: Reporter): Promise<string[]> {
  const files = await expandRenderPatterns(workspace, patterns);
  const byName = new Map<string, TemplateImage>(images.map(i => [i.name, { tag: i.tag, image: i.image }]));
  const outDir = renderTo ? workspacePath(renderTo, workspace, 'render-to') : undefined;
  // Render everything first: one unknown name anywhere means nothing is written.
  const results: Array<{ file: string; data: string | Buffer; replaced: number; mode: number }> = [];
  const errors: LockstepError[] = [];
  for (const file of files) {
    const bytes = await readFile(join(workspace, file));
    const { mode } = await stat(join(workspace, file));
    // A file without `{{` (an image, a binary) is copied byte for byte, never re-encoded.
    if (!bytes.includes('{{')) {
      results.push({ file, data: bytes, replaced: 0, mode });
      continue;
    }
    try {
      const out = renderTemplate(bytes.toString('utf8'), file, byName);
      results.push({ file, data: out.text, replaced: out.replaced, mode });
    } catch (e) {
      if (e instanceof LockstepErrors) errors.push(...e.errors);
      else if (e instanceof LockstepError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LockstepErrors(errors);
  return reporter.group(`Rendering ${files.length} template${files.length === 1 ? '' : 's'}`, async () => {
    const written: string[] = [];
    for (const { file, data, replaced, mode } of results) {
      const target = outDir === undefined || outDir === '.' ? file : `${outDir}/${file}`;
      // In place, a file with nothing to replace is left alone (its timestamps too), and a
      // symlink stays a symlink: its target is rendered when the patterns name it.
      if (target === file && (replaced === 0 || (await lstat(join(workspace, file))).isSymbolicLink())) continue;
      await writeFileAtomic(join(workspace, target), data);
      // A rendered script stays executable.
      if (mode & 0o111) await chmod(join(workspace, target), mode & 0o7777);
      reporter.info(`${file}${target === file ? '' : ` → ${target}`} (${replaced} replaced)`);
      written.push(target);
    }
    return written;
  });
}

export interface WhyOptions {
  workspace: string;
  config?: string;
  image: string;
  /**
   * The older tree: a revision. Default `HEAD`; with neither `from` nor `to` and a working tree
   * that gives HEAD's tag, the last commit is explained instead (`HEAD~1` → `HEAD`).
   */
  from?: string;
  /** The newer tree: a revision, or the working tree when omitted. */
  to?: string;
}

export interface WhyResult {
  image: string;
  from: { label: string; tag?: string };
  to: { label: string; tag?: string };
  changes: ManifestChange[];
  /** For each base whose tag changed, why it did (recursively). */
  bases: WhyResult[];
}

/**
 * "Why did my tag change?": computes the image's manifest in two trees (two commits, or a
 * commit and the working tree) and names the files, arguments and bases that differ; a base
 * whose tag changed is explained in turn, down to the file that started it.
 */
export async function whyTagChanged(options: WhyOptions): Promise<WhyResult> {
  const workspace = resolve(options.workspace);
  const configPath = workspacePath(options.config ?? 'images.yaml', workspace, 'config');
  const tagsOf = async (snapshot: TreeSnapshot, older: boolean) => {
    try {
      return new Map(computeTags(await analyzeTree(snapshot, configPath)).map(i => [i.name, i]));
    } catch (e) {
      // A tree from before the images config existed: every image is new in the later one.
      if (older && e instanceof LockstepError && e.location.file === configPath && e.location.line === undefined) return new Map<string, TaggedImage>();
      throw e;
    }
  };
  let fromSnapshot = await commitSnapshot(workspace, options.from ?? 'HEAD');
  let toSnapshot = options.to ? await commitSnapshot(workspace, options.to) : worktreeSnapshot(workspace);
  let [before, after] = await Promise.all([tagsOf(fromSnapshot, true), tagsOf(toSnapshot, false)]);
  if (options.from === undefined && options.to === undefined && before.get(options.image)?.tag === after.get(options.image)?.tag) {
    // A clean working tree: the question is then what the last commit changed.
    const parent = await commitSnapshot(workspace, 'HEAD~1').catch(() => undefined);
    if (parent) {
      [toSnapshot, after] = [fromSnapshot, before];
      fromSnapshot = parent;
      before = await tagsOf(parent, true);
    }
  }
  if (!before.has(options.image) && !after.has(options.image)) {
    throw new LockstepError(`unknown image "${options.image}" (configured: ${[...after.keys()].sort().join(', ')})`, { file: configPath });
  }
  const explain = (name: string): WhyResult => {
    const a = before.get(name);
    const b = after.get(name);
    const changes = a && b ? diffManifests(a.manifest, b.manifest) : [];
    return {
      image: name,
      from: { label: fromSnapshot.label, tag: a?.tag },
      to: { label: toSnapshot.label, tag: b?.tag },
      changes,
      bases: changes.filter(c => c.kind === 'base' && c.before !== undefined && c.after !== undefined).map(c => explain(c.name)),
    };
  };
  return explain(options.image);
}
