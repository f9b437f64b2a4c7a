import { YamlSource, checkKeys, isMap, isScalar, isSeq, mapEntries, scalarString, type Node } from '../yaml.js';
import { joinRepoPath, normalizeRepoPath } from './paths.js';

/** One image of the images config, with the lines of its fields for later messages. */
export interface ImageConfig {
  name: string;
  /** Build context, a normalized repository path (`.` for the root). */
  context: string;
  /** Dockerfile path, relative to the repository root (not to the context). */
  dockerfile: string;
  /** Bases declared with `base:` (FROM lines add more). */
  base: string[];
  /** Extra repository paths (files or folders) that go into the image. */
  inputs: string[];
  buildArgs: Record<string, string>;
  platform?: string;
  lines: {
    /** The image's key. */
    image: number;
    context: number;
    /** The `dockerfile:` line, or the `context:` line when the default is used. */
    dockerfile: number;
    /** Line of each entry of `base:`. */
    base: number[];
    inputs: number[];
  };
}

export interface ImagesConfig {
  file: string;
  /** Prefix of image references (`ghcr.io/acme`), without a trailing slash. */
  registry?: string;
  images: ImageConfig[];
}

/** Docker's repository path component: lower case, separated by `.`, `_`, `__` or dashes. */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const REGISTRY = /^[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseImagesConfig(text: string, file: string): ImagesConfig {
  const src = new YamlSource(text, file);
  const top = mapEntries(src, src.root, 'images config');
  checkKeys(src, top, ['registry', 'images'], 'images config');
  const get = (k: string) => top.find(([key]) => key === k);

  const config: ImagesConfig = { file, images: [] };
  const registry = get('registry');
  if (registry && registry[1] !== null) {
    const value = scalarString(src, registry[1], 'registry').replace(/\/+$/, '');
    if (!REGISTRY.test(value)) throw src.error(`registry: "${value}" is not a registry host with an optional path (ghcr.io/acme)`, registry[1]);
    config.registry = value;
  }

  const images = get('images');
  if (!images) throw src.error('images config: missing "images"', src.root);
  for (const [name, value, keyNode] of mapEntries(src, images[1], 'images')) {
    config.images.push(parseImage(src, name, value, keyNode));
  }
  if (config.images.length === 0) throw src.error('images: list at least one image', images[1]);
  return config;
}

function parseImage(src: YamlSource, name: string, value: Node | null, keyNode: Node): ImageConfig {
  const what = `images.${name}`;
  if (!IMAGE_NAME.test(name)) {
    throw src.error(`${what}: "${name}" is not a valid image name (lower-case letters, digits, ".", "_", "-", "/")`, keyNode);
  }
  const fields = mapEntries(src, value, what);
  checkKeys(src, fields, ['context', 'dockerfile', 'base', 'inputs', 'build-args', 'platform'], what);
  const field = (k: string) => fields.find(([key]) => key === k);

  const contextEntry = field('context');
  if (!contextEntry) throw src.error(`${what}: missing "context" (the build context, relative to the repository root)`, keyNode);
  const context = repoPath(src, contextEntry[1], `${what}.context`);

  const dockerfileEntry = field('dockerfile');
  const dockerfile = dockerfileEntry ? repoPath(src, dockerfileEntry[1], `${what}.dockerfile`) : joinRepoPath(context, 'Dockerfile');

  const image: ImageConfig = {
    name,
    context,
    dockerfile,
    base: [],
    inputs: [],
    buildArgs: {},
    lines: {
      image: src.lineOf(keyNode),
      context: src.lineOf(contextEntry[1]),
      dockerfile: src.lineOf(dockerfileEntry ? dockerfileEntry[1] : contextEntry[1]),
      base: [],
      inputs: [],
    },
  };

  const base = field('base');
  if (base) {
    for (const item of stringList(src, base[1], `${what}.base`)) {
      image.base.push(item.value);
      image.lines.base.push(src.lineOf(item.node));
    }
  }
  const inputs = field('inputs');
  if (inputs) {
    for (const item of stringList(src, inputs[1], `${what}.inputs`)) {
      image.inputs.push(repoPath(src, item.node, `${what}.inputs`));
      image.lines.inputs.push(src.lineOf(item.node));
    }
  }
  const args = field('build-args');
  if (args && args[1] !== null) {
    for (const [arg, argValue, argKey] of mapEntries(src, args[1], `${what}.build-args`)) {
      if (!BUILD_ARG.test(arg)) throw src.error(`${what}.build-args: "${arg}" is not a valid build argument name`, argKey);
      if (!isScalar(argValue) || argValue.value === null || typeof argValue.value === 'object') {
        throw src.error(`${what}.build-args.${arg} must be a string, number or boolean`, argValue ?? argKey);
      }
      image.buildArgs[arg] = String(argValue.value);
    }
  }
  const platform = field('platform');
  if (platform) {
    image.platform = scalarString(src, platform[1], `${what}.platform`);
    if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(image.platform)) {
      throw src.error(`${what}.platform: "${image.platform}" is not os/arch[/variant] (linux/amd64)`, platform[1]);
    }
  }
  return image;
}

function stringList(src: YamlSource, node: Node | null, what: string): Array<{ value: string; node: Node }> {
  // A single string is accepted for a one-element list: `base: jvm-base` reads naturally.
  if (isScalar(node)) return [{ value: scalarString(src, node, what), node }];
  if (!isSeq(node)) throw src.error(`${what} must be a list of strings`, node);
  return node.items.map(item => {
    if (isMap(item) || isSeq(item)) throw src.error(`${what}: each entry must be a string`, item as Node);
    return { value: scalarString(src, item as Node, what), node: item as Node };
  });
}

function repoPath(src: YamlSource, node: Node | null, what: string): string {
  const raw = scalarString(src, node, what);
  const path = normalizeRepoPath(raw);
  if (path === undefined) throw src.error(`${what}: "${raw}" must be a path inside the repository, relative to its root`, node);
  return path;
}
