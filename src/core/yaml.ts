import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { LockstepError, LockstepErrors } from './errors.js';

/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
export class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lines: LineCounter;

  constructor(
    readonly text: string,
    readonly file: string,
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    readonly lineOffset = 0,
  ) {
    this.lines = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    if (this.doc.errors.length > 0) {
      throw new LockstepErrors(
        this.doc.errors.map(err => {
          const pos = this.lines.linePos(err.pos[0]);
          const msg = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
          return new LockstepError(`invalid YAML: ${msg}`, { file, line: pos.line + lineOffset, column: pos.col });
        }),
      );
    }
  }

  /** Line (1-based, in the original file) of a node, or of the document start. */
  lineOf(node: Node | null | undefined): number {
    const offset = node?.range?.[0] ?? 0;
    return this.lines.linePos(offset).line + this.lineOffset;
  }

  error(message: string, node?: Node | null): LockstepError {
    return new LockstepError(message, { file: this.file, line: this.lineOf(node) });
  }

  get root(): Node | null {
    return this.doc.contents as Node | null;
  }
}

export { isMap, isSeq, isScalar };
export type { Node };

/** The key/value pairs of a mapping node, failing with its position when it is not one. */
export function mapEntries(src: YamlSource, node: Node | null | undefined, what: string): Array<[string, Node | null, Node]> {
  if (!isMap(node)) throw src.error(`${what} must be a mapping`, node);
  return node.items.map(pair => {
    const key = pair.key as Node;
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      throw src.error(`${what}: keys must be strings`, key);
    }
    return [String(key.value), (pair.value as Node | null) ?? null, key];
  });
}

/** A scalar string (numbers are accepted and stringified: `branch: 2024` is a branch name). */
export function scalarString(src: YamlSource, node: Node | null | undefined, what: string): string {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  throw src.error(`${what} must be a string`, node);
}

/** Rejects keys a reader would otherwise silently ignore (a typo like `is_compatable`). */
export function checkKeys(src: YamlSource, entries: Array<[string, Node | null, Node]>, allowed: readonly string[], what: string): void {
  for (const [key, , keyNode] of entries) {
    if (!allowed.includes(key)) {
      throw src.error(`${what}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`, keyNode);
    }
  }
}
