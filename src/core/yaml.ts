import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  parseEvents,
  realMapTag,
  YAMLException,
  type Event,
} from 'js-yaml';
import { LockstepError, LockstepErrors } from './errors.js';

// js-yaml over `yaml`: about a third of the load and parse time, which a small action's
// start-up feels (docs/benchmarks.md). js-yaml builds values without positions, so this module
// builds the small tree its readers walk from js-yaml's events (which carry source offsets) and
// takes every value from js-yaml's own construction of the same events: tags, aliases and
// duplicate keys keep js-yaml's YAML 1.2 core-schema meaning. Native Maps keep keys in source order.
const SCHEMA = CORE_SCHEMA.withTags(realMapTag);

/** A scalar: string, number, boolean or null (the YAML 1.2 core schema). */
export interface Scalar {
  readonly kind: 'scalar';
  readonly value: unknown;
  readonly offset: number;
}
export interface Seq {
  readonly kind: 'seq';
  readonly items: Node[];
  readonly offset: number;
}
export interface YamlMap {
  readonly kind: 'map';
  readonly items: Array<{ key: Node; value: Node }>;
  readonly offset: number;
}
/** A node of a parsed document, with the source offset its line is reported from. */
export type Node = Scalar | Seq | YamlMap;

export const isScalar = (node: Node | null | undefined): node is Scalar => node?.kind === 'scalar';
export const isSeq = (node: Node | null | undefined): node is Seq => node?.kind === 'seq';
export const isMap = (node: Node | null | undefined): node is YamlMap => node?.kind === 'map';

/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
export class YamlSource {
  /** The document's top node; null for an empty file. */
  readonly root: Node | null;
  private lineStarts: number[] | undefined;

  constructor(
    readonly text: string,
    readonly file: string,
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    readonly lineOffset = 0,
  ) {
    try {
      const events = parseEvents(text, { filename: file });
      this.root = buildTree(text, events, constructFromEvents(events, { source: text, schema: SCHEMA }));
    } catch (err) {
      if (!(err instanceof YAMLException)) throw err;
      const line = err.mark ? err.mark.line + 1 : 1;
      throw new LockstepErrors([
        new LockstepError(`invalid YAML: ${err.reason}`, { file, line: line + lineOffset, column: (err.mark?.column ?? 0) + 1 }),
      ]);
    }
  }

  /** Line (1-based, in the original file) of a node, or of the document start. */
  lineOf(node: Node | null | undefined): number {
    return this.lineAt(node?.offset ?? 0) + this.lineOffset;
  }

  error(message: string, node?: Node | null): LockstepError {
    return new LockstepError(message, { file: this.file, line: this.lineOf(node) });
  }

  private lineAt(offset: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * Walks the events of one document beside the values js-yaml constructed from them: both
 * list a collection's children in source order, a mapping's as key, value, key, value.
 */
function buildTree(text: string, events: Event[], documents: unknown[]): Node | null {
  if (documents.length === 0) return null;
  if (documents.length > 1) {
    const second = events.findIndex((e, i) => i > 0 && e.type === EVENT_ID.DOCUMENT);
    throw YAMLException.throwAt(text, offsetOf(events[second + 1], 0), 'expected one document, found more (a second "---")');
  }
  const anchors = new Map<string, Node>();
  const unfinished = new Set<Node>();
  let i = 1; // events[0] opens the document
  let last = 0;

  const node = (value: unknown): Node => {
    const event = events[i++];
    last = offsetOf(event, last);
    if (event.type === EVENT_ID.ALIAS) {
      const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
      if (!target || unfinished.has(target)) throw YAMLException.throwAt(text, last, 'an alias may not refer to a node that contains it');
      return target;
    }
    let built: Node;
    if (event.type === EVENT_ID.SCALAR) built = { kind: 'scalar', value, offset: last };
    else if (event.type === EVENT_ID.SEQUENCE) built = { kind: 'seq', items: [], offset: last };
    else if (event.type === EVENT_ID.MAPPING) built = { kind: 'map', items: [], offset: last };
    else throw YAMLException.throwAt(text, last, 'unexpected YAML event');
    // Registered before its children are read, so that an alias inside it is recognised as recursive.
    if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), built);
    if (built.kind === 'scalar') return built;
    unfinished.add(built);
    if (built.kind === 'seq') {
      const values = value as unknown[];
      while (events[i].type !== EVENT_ID.POP) built.items.push(node(values[built.items.length]));
    } else {
      const pairs = (value as Map<unknown, unknown>).entries();
      while (events[i].type !== EVENT_ID.POP) {
        const [k, v] = pairs.next().value as [unknown, unknown];
        const key = node(k);
        built.items.push({ key, value: node(v) });
      }
    }
    i++; // the collection's closing event
    unfinished.delete(built);
    return built;
  };
  return node(documents[0]);
}

/** Where an event's node starts (its tag or anchor if it has one); `fallback` for an empty scalar. */
function offsetOf(event: Event | undefined, fallback: number): number {
  if (!event) return fallback;
  const starts = [
    'tagStart' in event ? event.tagStart : -1,
    'anchorStart' in event ? event.anchorStart : -1,
    'valueStart' in event ? event.valueStart : 'start' in event ? event.start : -1,
  ].filter(s => s >= 0);
  return starts.length > 0 ? Math.min(...starts) : fallback;
}

/** A node as plain JavaScript values (mappings as objects with string keys). */
export function toJS(node: Node | null): unknown {
  if (node === null) return null;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJS);
  return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}

/** The key/value pairs of a mapping node, failing with its position when it is not one. */
export function mapEntries(src: YamlSource, node: Node | null | undefined, what: string): Array<[string, Node, Node]> {
  if (!isMap(node)) throw src.error(`${what} must be a mapping`, node);
  return node.items.map(({ key, value }) => {
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      throw src.error(`${what}: keys must be strings`, key);
    }
    return [String(key.value), value, key];
  });
}

/** A scalar string (numbers are accepted and stringified: `branch: 2024` is a branch name). */
export function scalarString(src: YamlSource, node: Node | null | undefined, what: string): string {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  throw src.error(`${what} must be a string`, node);
}

/** Rejects keys a reader would otherwise silently ignore (a typo like `is_compatable`). */
export function checkKeys(src: YamlSource, entries: Array<[string, Node, Node]>, allowed: readonly string[], what: string): void {
  for (const [key, , keyNode] of entries) {
    if (!allowed.includes(key)) {
      throw src.error(`${what}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`, keyNode);
    }
  }
}
