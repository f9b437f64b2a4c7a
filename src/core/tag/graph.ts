import { LockstepError } from '../errors.js';
import { compareStrings } from './paths.js';
import type { ParsedDockerfile } from './dockerfile.js';
import type { ImageConfig, ImagesConfig } from './images-config.js';
import { splitImageRef } from './image-ref.js';

/** An image from outside the config (`eclipse-temurin:21`), folded into the tag by reference or digest. */
export interface ExternalBase {
  /** The reference as the Dockerfile names it after substitution. */
  ref: string;
  /** `sha256:...` when the reference pins one (`x@sha256:...`). */
  digest?: string;
}

export interface ImageNode {
  config: ImageConfig;
  /** Configured images this one is built on (from `base:` and `FROM`), sorted. */
  bases: string[];
  /** External `FROM` images, sorted by reference, without duplicates. */
  external: ExternalBase[];
}

export interface ImageGraph {
  nodes: Map<string, ImageNode>;
  /** Build order: every image after its bases, ties broken by name. */
  order: string[];
}

/**
 * Joins `base:` declarations and `FROM` lines into the image graph. A `FROM` names a
 * configured image when, without its tag or digest, it is the image's name or
 * `<registry>/<name>` (`FROM jvm-base`, `FROM jvm-base:${TAG}`, `FROM ghcr.io/acme/jvm-base:x`).
 */
export function buildImageGraph(config: ImagesConfig, dockerfiles: Map<string, ParsedDockerfile>): ImageGraph {
  const byName = new Map(config.images.map(i => [i.name, i]));
  const byRef = new Map<string, string>();
  for (const image of config.images) {
    byRef.set(image.name, image.name);
    if (config.registry) byRef.set(`${config.registry}/${image.name}`, image.name);
  }

  const nodes = new Map<string, ImageNode>();
  // Where each edge was declared, so that a cycle can point at a line a person can edit.
  const edgeLines = new Map<string, { file: string; line: number }>();
  for (const image of config.images) {
    const bases = new Set<string>();
    image.base.forEach((base, i) => {
      if (!byName.has(base)) {
        throw new LockstepError(`images.${image.name}.base: unknown image "${base}" (configured: ${[...byName.keys()].sort(compareStrings).join(', ')})`, {
          file: config.file,
          line: image.lines.base[i],
        });
      }
      bases.add(base);
      edgeLines.set(`${image.name}\0${base}`, { file: config.file, line: image.lines.base[i] });
    });
    const external = new Map<string, ExternalBase>();
    const dockerfile = dockerfiles.get(image.name);
    for (const from of dockerfile?.froms ?? []) {
      if (from.fromStage || from.scratch) continue;
      const parts = splitImageRef(from.image);
      const configured = byRef.get(parts.name);
      if (configured !== undefined) {
        bases.add(configured);
        if (!edgeLines.has(`${image.name}\0${configured}`)) edgeLines.set(`${image.name}\0${configured}`, { file: dockerfile!.file, line: from.line });
      } else {
        external.set(from.image, parts.digest ? { ref: from.image, digest: parts.digest } : { ref: from.image });
      }
    }
    nodes.set(image.name, {
      config: image,
      bases: [...bases].sort(compareStrings),
      external: [...external.values()].sort((a, b) => compareStrings(a.ref, b.ref)),
    });
  }

  const cycle = findCycle(nodes);
  if (cycle) {
    const where = edgeLines.get(`${cycle[0]}\0${cycle[1]}`) ?? { file: config.file, line: nodes.get(cycle[0])!.config.lines.image };
    throw new LockstepError(`images form a cycle: ${cycle.join(' → ')}`, where, cycle.slice(0, -1).map((name, i) => {
      const edge = edgeLines.get(`${name}\0${cycle[i + 1]}`);
      return `${name} is built on ${cycle[i + 1]}${edge ? ` (${edge.file}:${edge.line})` : ''}`;
    }));
  }
  return { nodes, order: topologicalOrder(nodes) };
}

/** The first cycle found, walking images by name: `[a, b, a]`. */
function findCycle(nodes: Map<string, ImageNode>): string[] | undefined {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'active') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'active');
    stack.push(name);
    for (const base of nodes.get(name)!.bases) {
      const found = visit(base);
      if (found) return found;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of [...nodes.keys()].sort(compareStrings)) {
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}

/** Kahn's algorithm, always taking the smallest ready name: one order for one config. */
function topologicalOrder(nodes: Map<string, ImageNode>): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const names = [...nodes.keys()].sort(compareStrings);
  while (order.length < names.length) {
    const next = names.find(n => !done.has(n) && nodes.get(n)!.bases.every(b => done.has(b)));
    if (next === undefined) throw new Error('topologicalOrder: cycle left undetected');
    done.add(next);
    order.push(next);
  }
  return order;
}

/** Depth in the graph: 0 for an image on no configured base; a workflow can build level by level. */
export function imageLevels(graph: ImageGraph): Map<string, number> {
  const levels = new Map<string, number>();
  for (const name of graph.order) {
    const bases = graph.nodes.get(name)!.bases;
    levels.set(name, bases.length === 0 ? 0 : 1 + Math.max(...bases.map(b => levels.get(b)!)));
  }
  return levels;
}
