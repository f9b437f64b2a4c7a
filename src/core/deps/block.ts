import { LockstepError, LockstepErrors } from '../errors.js';
import { YamlSource, checkKeys, isScalar, isSeq, mapEntries, scalarString, type Node } from '../yaml.js';
import { parsePullRef, type PullRef } from './refs.js';

/** One `- pull: ...` entry of a dependency block. */
export interface BlockDependency {
  ref: PullRef;
  /** The text as written, for messages. */
  text: string;
  isCompatible: boolean;
  /** Line within the PR description or comment (1-based). */
  line: number;
}

export interface BlockParse {
  dependencies: BlockDependency[];
  errors: LockstepError[];
  /** Near misses that are not blocks (a `## Dependencies` heading above `- pull:` lines). */
  warnings: Array<{ message: string; location: { file: string; line: number } }>;
}

const HEADER = /^\s*#{1,6}\s*dependenc(?:y|ies)\s*:?\s*$/i;
const FENCE = /^\s*(```|~~~)/;

/** Whether a text holds a dependency block at all (to warn about blocks that do not count). */
export function hasDependencyHeader(text: string): boolean {
  return text.split(/\r?\n/).some(l => HEADER.test(l));
}

/**
 * Finds every dependency block in a PR description or comment: a `# dependency` line
 * followed by a YAML list, bare or in a fenced block (the header may also sit inside the
 * fence). `label` names the text in errors (`repo-1#12 description`); lines are the text's own.
 */
export function parseDependencyBlocks(text: string, label: string): BlockParse {
  const lines = text.split(/\r?\n/);
  const out: BlockParse = { dependencies: [], errors: [], warnings: [] };
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i])) {
      inFence = !inFence;
      continue;
    }
    if (!HEADER.test(lines[i])) continue;
    let j = i + 1;
    const body: string[] = [];
    if (inFence) {
      for (; j < lines.length && !FENCE.test(lines[j]); j++) body.push(lines[j]);
    } else {
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j < lines.length && FENCE.test(lines[j])) {
        inFence = true;
        for (j++; j < lines.length && !FENCE.test(lines[j]); j++) body.push(lines[j]);
      } else {
        for (; j < lines.length && !FENCE.test(lines[j]) && /^(\s|-|$)/.test(lines[j]); j++) body.push(lines[j]);
      }
    }
    const start = j - body.length;
    while (body.length && body[body.length - 1].trim() === '') body.pop();
    parseBlock(body.join('\n'), label, start, out);
    i = j - 1;
  }
  return out;
}

function parseBlock(yaml: string, label: string, lineOffset: number, out: BlockParse): void {
  let src: YamlSource;
  try {
    src = new YamlSource(yaml, label, lineOffset);
  } catch (e) {
    if (e instanceof LockstepErrors) out.errors.push(...e.errors);
    else if (e instanceof LockstepError) out.errors.push(e);
    else throw e;
    return;
  }
  const root = src.root;
  // An empty block is a PR template's placeholder, not a mistake.
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isSeq(root)) {
    out.errors.push(src.error('dependency block: expected a list of "- pull: owner/repo#N" entries', root));
    return;
  }
  for (const item of root.items as Node[]) {
    try {
      out.dependencies.push(parseDependencyEntry(src, item));
    } catch (e) {
      if (!(e instanceof LockstepError)) throw e;
      out.errors.push(e);
    }
  }
}

/** One `{pull, is_compatible}` mapping (a block's list item, a release-config override's entry). */
export function parseDependencyEntry(src: YamlSource, item: Node): BlockDependency {
  const what = 'dependency';
  const fields = mapEntries(src, item, what);
  checkKeys(src, fields, ['pull', 'is_compatible'], what);
  const pull = fields.find(([k]) => k === 'pull');
  if (!pull) throw src.error('dependency: missing "pull"', item);
  const pullNode = pull[1];
  if (pullNode === null || (isScalar(pullNode) && pullNode.value === null)) {
    throw src.error('dependency: "pull" is empty (a "#" starts a YAML comment: quote it, pull: "#12")', pullNode ?? pull[2]);
  }
  const text = scalarString(src, pullNode, 'dependency: "pull"');
  const ref = parsePullRef(text);
  if (!ref) {
    throw src.error(`dependency: "${text}" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)`, pullNode);
  }
  let isCompatible = true;
  const compat = fields.find(([k]) => k === 'is_compatible');
  if (compat) {
    const node = compat[1];
    if (!isScalar(node) || typeof node.value !== 'boolean') throw src.error('dependency: "is_compatible" must be true or false', node ?? compat[2]);
    isCompatible = node.value;
  }
  return { ref, text, isCompatible, line: src.lineOf(item) };
}
