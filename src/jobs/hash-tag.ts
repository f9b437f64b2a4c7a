import { resolve } from 'node:path';
import { code, table } from '../core/markdown.js';
import type { Reporter } from '../core/reporter.js';
import { workspacePath } from '../core/tag/paths.js';
import { computeTags, tagImages, type TaggedImage } from '../core/tag/tags.js';
import { analyzeTree, type AnalyzedTree } from './hash-tag/analyse.js';
import { checkRegistry, resolveDigests } from './hash-tag/registry-check.js';
import { renderFiles, renderPatterns, warnWrittenInContexts } from './hash-tag/render.js';
import { writeInputs } from './hash-tag/write-inputs.js';
import type { Files, Snapshots, TagMemory, TagRegistry } from './ports.js';

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
  /** Folder to write `<image>.json` (tag and manifest) into, for "why did my tag change". */
  writeInputs?: string;
  /** The working tree the tags are computed from. */
  snapshots: Pick<Snapshots, 'worktree'>;
  /** Where templates are read and rendered files and manifests written. */
  files: Files;
  /**
   * The registry, made on first use (with `checkRegistry` or `resolveBaseDigests`) for the
   * config's `registry:` (`ghcr.io/acme`): credentials given for it go to it alone.
   */
  registry: (configRegistry: string | undefined) => TagRegistry;
  /**
   * With `checkRegistry`: the memory, kept across runs, of the tags the registry was seen to
   * hold (per config registry), so only the others are asked about. Without it every tag is asked.
   */
  knownTags?: (scope: string) => Promise<TagMemory>;
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

/**
 * The hash-tag job: every image's content tag, which tags the registry lacks (in build
 * order), manifests written for "why", and templates rendered.
 */
export async function hashTag(options: HashTagOptions, reporter: Reporter): Promise<HashTagResult> {
  const workspace = resolve(options.workspace);
  const configPath = workspacePath(options.config ?? 'images.yaml', workspace, 'config');
  // A malformed render pattern fails before anything is computed or written.
  renderPatterns(workspace, options.render ?? []);
  // Without base digests to resolve first, tags are computed from git's index while git
  // status still runs (on a clean checkout, the whole time after git answers), one image at a
  // time until the final listing is there; the final pass keeps every one of them whose paths
  // the working tree does not change.
  let early: { tree: AnalyzedTree; images: TaggedImage[] } | undefined;
  const tree = await analyzeTree(
    options.snapshots.worktree(workspace, message => reporter.warning(message)),
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
  let registry: TagRegistry | undefined;
  const client = () => (registry ??= options.registry(tree.config.registry));

  const digests = options.resolveBaseDigests
    ? await reporter.group('Resolving base image digests', () => resolveDigests(tree, client(), reporter))
    : undefined;
  const images = computeTags({ ...tree, digests, previous: early && { index: early.tree.index, images: early.images } });
  const order = images.map(i => i.name);

  const status: Record<string, ImageStatus> = Object.fromEntries(images.map(i => [i.name, 'unchecked' as ImageStatus]));
  let missing: string[] | undefined;
  if (options.checkRegistry) {
    const found = await reporter.group('Checking the registry', async () => checkRegistry(images, client(), await options.knownTags?.(tree.config.registry ?? ''), reporter));
    missing = images.filter((_, n) => !found[n]).map(i => i.name);
    images.forEach((i, n) => (status[i.name] = found[n] ? 'present' : 'missing'));
  }

  const inputsWritten = options.writeInputs ? await writeInputs(workspace, options.writeInputs, images, options.files) : [];

  const rendered = options.render?.length ? await renderFiles(workspace, options.render, options.renderTo, images, options.files, reporter) : [];

  warnWrittenInContexts([...inputsWritten, ...rendered], tree, reporter);
  for (const i of images) reporter.info(`${i.name.padEnd(Math.max(...order.map(n => n.length)))}  ${i.tag}  ${status[i.name] === 'unchecked' ? '' : status[i.name]}`.trimEnd());
  reporter.summary(summaryTable(images, status));
  return { images, order, missing, status, rendered, inputsWritten };
}

function summaryTable(images: TaggedImage[], status: Record<string, ImageStatus>): string {
  const label: Record<ImageStatus, string> = { present: '✅ in registry', missing: '🔨 to build', unchecked: 'not checked' };
  const rows = images.map(i => [code(i.name), code(i.tag), label[status[i.name]], i.bases.map(code).join(', ')]);
  return ['### Image tags', '', table(['image', 'tag', 'status', 'bases'], rows)].join('\n');
}
