import { LockstepError, LockstepErrors } from '../../core/errors.js';
import { dockerignoreCandidates } from '../../core/tag/context.js';
import { parseDockerfile, type ParsedDockerfile } from '../../core/tag/dockerfile.js';
import type { FileIndex } from '../../core/tag/file-index.js';
import { buildImageGraph, type ImageGraph } from '../../core/tag/graph.js';
import { parseImagesConfig, type ImagesConfig } from '../../core/tag/images-config.js';
import { checkIgnoreFile, checkTree, contentNeeded, dockerignoreOf, pathsOfInterest } from '../../core/tag/tags.js';
import type { TreeSnapshot } from '../../adapters/git/worktree.js';

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
