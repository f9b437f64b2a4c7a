import { LockstepError, LockstepErrors } from '../../core/errors.js';
import { dockerignoreCandidates } from '../../core/tag/context.js';
import { parseDockerfile, type ParsedDockerfile } from '../../core/tag/dockerfile.js';
import type { FileIndex } from '../../core/tag/file-index.js';
import { buildImageGraph, type ImageGraph } from '../../core/tag/graph.js';
import { parseImagesConfig, type ImagesConfig } from '../../core/tag/images-config.js';
import { joinRepoPath } from '../../core/tag/paths.js';
import { checkIgnoreFile, checkTree, contentNeeded, dockerignoreOf, inputDockerignore, pathsOfInterest } from '../../core/tag/tags.js';
import type { TreeSnapshot } from '../ports.js';

/** The images config read from a tree, with everything the tags need from that tree. */
export interface AnalyzedTree {
  config: ImagesConfig;
  graph: ImageGraph;
  index: FileIndex;
  texts: Map<string, string>;
  dockerfiles: Map<string, ParsedDockerfile>;
  /** Blob ids of the bytes behind Dockerfiles that are symbolic links, by path. */
  dockerfileBlobs: Map<string, string>;
}

/**
 * The config with contexts, inputs and the folders of Dockerfiles as the paths they resolve to:
 * Docker follows a symbolic link given as a context (or named context, or `-f` folder) and
 * sends the folder it leads to. One leading out of the workspace is refused.
 */
async function resolveLinks(config: ImagesConfig, snapshot: TreeSnapshot): Promise<ImagesConfig> {
  const images = await Promise.all(
    config.images.map(async image => {
      const follow = async (path: string, what: string, line: number) => {
        const real = await snapshot.resolve(path);
        if (real === undefined) {
          throw new LockstepError(`images.${image.name}.${what}: "${path}" is a symbolic link that leads out of the repository; Docker would send files from outside it`, { file: config.file, line });
        }
        return real;
      };
      const context = await follow(image.context, 'context', image.lines.context);
      const slash = image.dockerfile.lastIndexOf('/');
      const folder = slash < 0 ? '.' : await follow(image.dockerfile.slice(0, slash), 'dockerfile', image.lines.dockerfile);
      const dockerfile = joinRepoPath(folder, image.dockerfile.slice(slash + 1));
      const inputs = await Promise.all(image.inputs.map((input, i) => follow(input, 'inputs', image.lines.inputs[i])));
      return context === image.context && dockerfile === image.dockerfile && inputs.every((p, i) => p === image.inputs[i]) ? image : { ...image, context, dockerfile, inputs };
    }),
  );
  return images.every((image, i) => image === config.images[i]) ? config : { ...config, images };
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
  const config = await resolveLinks(parseImagesConfig(configText, configPath), snapshot);
  // git lists the tree (the long pole) while the ignore files and Dockerfiles are read; the
  // ignore files decide which untracked files need reading at all.
  const settle = <T>(p: Promise<T>) => p.then(value => ({ value }), (error: unknown) => ({ error }));
  const ignoreFiles = [...new Set(config.images.flatMap(i => [...dockerignoreCandidates(i.context, i.dockerfile), ...i.inputs.map(inputDockerignore)]))];
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
      // The context's ignore file, and those of input folders (named contexts: see inputDockerignore).
      const inputIgnores = image.inputs.filter(input => index.find(input) < 0).map(inputDockerignore);
      for (const ignore of [dockerignoreOf(index, image.context, image.dockerfile), ...inputIgnores.filter(p => index.get(p) !== undefined)]) {
        if (ignore === undefined || texts.has(ignore)) continue;
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
    // A Dockerfile that is a symbolic link is read through it: its tag is of the bytes Docker reads.
    const dockerfileBlobs = new Map<string, string>();
    for (const image of config.images) {
      if (index.get(image.dockerfile)?.mode !== '120000' || dockerfileBlobs.has(image.dockerfile)) continue;
      const blob = await snapshot.readBlobId(image.dockerfile);
      if (blob === undefined) throw new LockstepError(`images.${image.name}: Dockerfile "${image.dockerfile}" is a symbolic link to nothing`, { file: config.file, line: image.lines.dockerfile });
      dockerfileBlobs.set(image.dockerfile, blob);
    }
    return { config, graph: buildImageGraph(config, dockerfiles), index, texts, dockerfiles, dockerfileBlobs };
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
