import {
  isAlias,
  isMap as isYamlMap,
  isScalar as isYamlScalar,
  isSeq as isYamlSeq,
  LineCounter,
  parseDocument,
  Scalar as YamlScalar,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { LockstepError, LockstepErrors } from './errors.js';

// The nodes readers walk are `yaml`'s own, with positions from its parser. One pass after parsing
// makes them a plain tree of three kinds: every alias is replaced by the node it names (readers
// never meet an Alias), a missing value becomes a null scalar at the end of its key, and what
// YAML 1.2 does not have or `yaml` would only warn about is refused with its line.

/** A scalar: string, number, boolean or null (the YAML 1.2 core schema). */
export type Scalar = YamlScalar;
export type Seq = YAMLSeq<Node>;
export type YamlMap = YAMLMap<Node, Node>;
/** A node of a parsed document; its `range[0]` is the offset its line is reported from. */
export type Node = Scalar | Seq | YamlMap;

export const isScalar = (node: Node | null | undefined): node is Scalar => isYamlScalar(node);
export const isSeq = (node: Node | null | undefined): node is Seq => isYamlSeq(node);
export const isMap = (node: Node | null | undefined): node is YamlMap => isYamlMap(node);

/**
 * How many alias expansions turning a document into plain values may take (`yaml`'s own guard
 * against an alias bomb, its default): anchors for a few shared settings stay far below it.
 */
const MAX_ALIAS_COUNT = 100;

const OPTIONS = {
  // The core schema whatever the file says: `on` is a string, `012` is 12, and a `%YAML 1.1`
  // directive is refused below rather than read with 1.1's other booleans and merge keys.
  version: '1.2',
  schema: 'core',
  // `!!binary`, `!!timestamp`, `!!set`... belong to YAML 1.1's types, not to the core schema.
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
} as const;

/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
export class YamlSource {
  /** The document's top node; null for an empty file. */
  readonly root: Node | null;
  private readonly lines = new LineCounter();

  constructor(
    readonly text: string,
    readonly file: string,
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    readonly lineOffset = 0,
  ) {
    const doc = parseDocument(text, { ...OPTIONS, lineCounter: this.lines });
    const problems = [...doc.errors, ...doc.warnings].map(e => this.problem(describe(e.code, e.message, text, e.pos), e.pos[0]));
    if (problems.length === 0 && doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
      problems.push(this.problem(`%YAML ${doc.directives.yaml.version}: only YAML 1.2 is read (its core schema)`, 0));
    }
    if (problems.length > 0) throw new LockstepErrors(problems);
    try {
      this.root = doc.contents === null ? null : new Resolver(doc, this).node(doc.contents);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw new LockstepErrors([this.problem('nested too deeply to read', 0)]);
    }
  }

  /** Line (1-based, in the original file) of a node, or of the document start. */
  lineOf(node: Node | null | undefined): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line + this.lineOffset;
  }

  error(message: string, node?: Node | null): LockstepError {
    return new LockstepError(message, { file: this.file, line: this.lineOf(node) });
  }

  /** A refusal of the text itself, with the column where it starts. */
  problem(reason: string, offset: number): LockstepError {
    const { line, col } = this.lines.linePos(offset);
    return new LockstepError(`invalid YAML: ${reason}`, { file: this.file, line: line + this.lineOffset, column: col });
  }
}

const CORE_TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map'];

/** `yaml`'s messages, reworded where they name its API or leave out what they are about. */
function describe(code: string, message: string, text: string, pos: [number, number]): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key ${JSON.stringify(text.slice(pos[0], pos[1]).trim())}`;
    case 'MULTIPLE_DOCS':
      return 'expected one document, found more (a second "---")';
    case 'TAG_RESOLVE_FAILED': {
      const tag = message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!');
      return CORE_TAGS.includes(tag)
        ? `the value does not fit its tag ${tag}`
        : `unknown tag ${tag} (the YAML 1.2 core schema has ${CORE_TAGS.join(', ')})`;
    }
    default:
      return message;
  }
}

/** Walks the document once, in source order, replacing aliases by their anchors' nodes. */
class Resolver {
  /** The latest node of each anchor name seen so far: an alias names the last one before it. */
  private readonly anchors = new Map<string, Node>();
  /** Collections being walked: an alias to one of them would make the tree a cycle. */
  private readonly open = new Set<Node>();
  /** Where the first alias sits: an alias bomb is reported there. */
  private firstAlias: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly src: YamlSource,
  ) {}

  node(value: unknown): Node {
    const root = this.resolve(value, 0);
    // Counted on the document as parsed, before the aliases are replaced and no longer counted.
    if (this.firstAlias !== undefined) this.checkExpansion(this.firstAlias);
    for (const patch of this.patches) patch();
    return root;
  }

  /** Replacements in the parsed tree, made once the whole document has been checked. */
  private readonly patches: Array<() => void> = [];

  private resolve(value: unknown, fallbackOffset: number): Node {
    if (value === null || value === undefined) {
      // `? key` or `{ key }` with no value: the same null a `key:` line gives, at the key's end.
      const empty = new YamlScalar(null);
      empty.range = [fallbackOffset, fallbackOffset, fallbackOffset];
      return empty;
    }
    if (isAlias(value)) {
      const offset = value.range?.[0] ?? fallbackOffset;
      this.firstAlias ??= offset;
      const target = this.anchors.get(value.source);
      if (!target) throw this.fail(`alias *${value.source} names no anchor before it`, offset);
      if (this.open.has(target)) throw this.fail(`alias *${value.source} refers to a node that contains it`, offset);
      return target;
    }
    const node = value as Node;
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (isScalar(node)) return node;
    this.open.add(node);
    if (isSeq(node)) {
      const items = node.items.map(item => this.resolve(item, node.range?.[1] ?? fallbackOffset));
      this.patches.push(() => (node.items = items));
    } else {
      for (const pair of node.items) {
        const key = this.resolve(pair.key, node.range?.[0] ?? fallbackOffset);
        if (isScalar(key) && key.value === '<<' && key.type === YamlScalar.PLAIN) {
          throw this.fail('"<<" merge keys are YAML 1.1, not 1.2: write the keys out (or quote "<<" for a key of that name)', key.range?.[0] ?? 0);
        }
        const item = this.resolve(pair.value, key.range?.[1] ?? fallbackOffset);
        this.patches.push(() => {
          pair.key = key;
          pair.value = item;
        });
      }
    }
    this.open.delete(node);
    return node;
  }

  /** Lets `yaml` count what its own conversion to plain values would expand, with its limit. */
  private checkExpansion(offset: number): void {
    try {
      this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      throw this.fail(`aliases expand past ${MAX_ALIAS_COUNT} copies (an alias bomb?): ${err.message}`, offset);
    }
  }

  private fail(reason: string, offset: number): LockstepErrors {
    return new LockstepErrors([this.src.problem(reason, offset)]);
  }
}

/** A node as plain JavaScript values (mappings as objects with string keys). */
export function toJS(node: Node | null): unknown {
  if (node === null) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(toJS);
  // Object.fromEntries defines own properties: a `__proto__` key stays a key.
  return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}

/** The key/value pairs of a mapping node, failing with its position when it is not one. */
export function mapEntries(src: YamlSource, node: Node | null | undefined, what: string): Array<[string, Node, Node]> {
  if (!isMap(node)) throw src.error(`${what} must be a mapping`, node);
  const seen = new Set<string>();
  return node.items.map(({ key, value }) => {
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      throw src.error(`${what}: keys must be strings`, key);
    }
    const name = String(key.value);
    // `1:` and `"1":` are two keys to YAML but one name to every reader.
    if (seen.has(name)) throw src.error(`${what}: duplicate key "${name}"`, key);
    seen.add(name);
    return [name, value as Node, key];
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
