import { Document, Scalar, isScalar as isYamlScalar, parseDocument, stringify, visit } from 'yaml';
import { isCommitId } from '../commit.js';
import { LockstepError } from '../errors.js';
import { YamlSource, checkKeys, isSeq, mapEntries, scalarString, isScalar, type Node } from '../yaml.js';

/** One deployment step: bring `repository` to `commit`. */
export interface Step {
  repository: string;
  commit: string;
}

/** A pull request a version delivers. */
export interface DeliveredPull {
  number: number;
  title?: string;
}

/** A merged pull request a version does not deliver yet, and why. */
export interface HeldPull {
  repository: string;
  number: number;
  reason: string;
}

/**
 * One release of the whole product. `repositories` and `steps` keep the meaning of the
 * original design (a commit per repository, and the order to deploy them); the other keys
 * tell a person, or the next run, what the version carries.
 */
export interface VersionFile {
  version: number;
  previous?: number;
  repositories: Record<string, string>;
  steps: Step[];
  pulls?: Record<string, DeliveredPull[]>;
  held?: HeldPull[];
}

/** Where a parsed version file's parts sit, for errors found later (a broken chain of versions). */
export interface VersionSource {
  file: string;
  /** Line of `previous:` (of the document when absent). */
  previous: number;
  /** Line of `repositories:`. */
  repositories: number;
  /** Line of each repository's commit under `repositories`. */
  repository: Record<string, number>;
}

// Kept beside the parsed value rather than in it: a VersionFile stays plain data (compared,
// serialized, copied into a rollout's state) and a hand-built one simply has no source.
const sources = new WeakMap<VersionFile, VersionSource>();

/** The file and lines a version was parsed from; undefined for one built in code. */
export function versionSource(v: VersionFile): VersionSource | undefined {
  return sources.get(v);
}

const TOP_KEYS = ['version', 'previous', 'repositories', 'steps', 'pulls', 'held'] as const;
const STEP_KEYS = ['repository', 'commit'] as const;

/**
 * Parses and validates a version file. Every problem is reported with its file and line;
 * `expectedVersion` (from the file name) must agree with a `version:` key when both exist.
 */
export function parseVersionFile(text: string, file: string, expectedVersion?: number): VersionFile {
  const src = new YamlSource(text, file);
  const entries = mapEntries(src, src.root, 'version file');
  checkKeys(src, entries, TOP_KEYS, 'version file');
  const get = (key: string) => entries.find(([k]) => k === key);

  let version = expectedVersion;
  const versionEntry = get('version');
  if (versionEntry) {
    const v = positiveInt(src, versionEntry[1], 'version');
    if (expectedVersion !== undefined && v !== expectedVersion) {
      throw src.error(`version: ${v} does not match the file name (version ${expectedVersion})`, versionEntry[1]);
    }
    version = v;
  }
  if (version === undefined) throw src.error('version file: missing "version" and no number in the file name', src.root);

  const previousEntry = get('previous');
  const previous = previousEntry ? positiveInt(src, previousEntry[1], 'previous') : undefined;

  const reposEntry = get('repositories');
  if (!reposEntry) throw src.error('version file: missing "repositories"', src.root);
  const repositories: Record<string, string> = {};
  for (const [name, value] of mapEntries(src, reposEntry[1], 'repositories')) {
    repositories[name] = commitValue(src, value, `repositories.${name}`);
  }

  const stepsEntry = get('steps');
  if (!stepsEntry) throw src.error('version file: missing "steps"', src.root);
  const stepsNode = stepsEntry[1];
  const steps: Step[] = [];
  if (stepsNode !== null && !(isScalar(stepsNode) && stepsNode.value === null)) {
    if (!isSeq(stepsNode)) throw src.error('steps must be a list', stepsNode);
    stepsNode.items.forEach((item, i) => {
      const what = `steps[${i + 1}]`;
      const fields = mapEntries(src, item as Node, what);
      checkKeys(src, fields, STEP_KEYS, what);
      const repoField = fields.find(([k]) => k === 'repository');
      const commitField = fields.find(([k]) => k === 'commit');
      if (!repoField) throw src.error(`${what}: missing "repository"`, item as Node);
      if (!commitField) throw src.error(`${what}: missing "commit"`, item as Node);
      const repository = scalarString(src, repoField[1], `${what}.repository`);
      if (!(repository in repositories)) {
        throw src.error(`${what}: repository "${repository}" is not listed under repositories`, repoField[1]);
      }
      steps.push({ repository, commit: commitValue(src, commitField[1], `${what}.commit`) });
    });
  }
  // The last step of a repository must leave it where `repositories` says it ends up.
  const last = new Map<string, { commit: string; index: number }>();
  steps.forEach((s, index) => last.set(s.repository, { commit: s.commit, index }));
  for (const [repo, { commit, index }] of last) {
    if (repositories[repo] !== commit) {
      const node = (stepsNode as { items: Node[] }).items[index];
      throw src.error(`steps[${index + 1}]: last step of "${repo}" deploys ${commit}, but repositories.${repo} is ${repositories[repo]}`, node);
    }
  }

  const result: VersionFile = { version, repositories, steps };
  if (previous !== undefined) result.previous = previous;
  sources.set(result, {
    file,
    previous: src.lineOf(previousEntry ? previousEntry[1] : src.root),
    repositories: src.lineOf(reposEntry[2] ?? reposEntry[1]),
    repository: Object.fromEntries(mapEntries(src, reposEntry[1], 'repositories').map(([name, value, key]) => [name, src.lineOf(key ?? value)])),
  });
  const pullsEntry = get('pulls');
  if (pullsEntry) result.pulls = parsePulls(src, pullsEntry[1]);
  const heldEntry = get('held');
  if (heldEntry) result.held = parseHeld(src, heldEntry[1]);
  return result;
}

function positiveInt(src: YamlSource, node: Node | null, what: string): number {
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value > 0) return node.value;
  throw src.error(`${what} must be a positive whole number`, node);
}

function commitValue(src: YamlSource, node: Node | null, what: string): string {
  const value = scalarString(src, node, what);
  if (!isCommitId(value)) throw src.error(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, node);
  return value;
}

function parsePulls(src: YamlSource, node: Node | null): Record<string, DeliveredPull[]> {
  const out: Record<string, DeliveredPull[]> = {};
  for (const [repo, list] of mapEntries(src, node, 'pulls')) {
    if (!isSeq(list)) throw src.error(`pulls.${repo} must be a list`, list);
    out[repo] = list.items.map((item, i) => {
      const what = `pulls.${repo}[${i + 1}]`;
      const fields = mapEntries(src, item as Node, what);
      checkKeys(src, fields, ['number', 'title'], what);
      const num = fields.find(([k]) => k === 'number');
      if (!num) throw src.error(`${what}: missing "number"`, item as Node);
      const pull: DeliveredPull = { number: positiveInt(src, num[1], `${what}.number`) };
      const title = fields.find(([k]) => k === 'title');
      if (title) pull.title = scalarString(src, title[1], `${what}.title`);
      return pull;
    });
  }
  return out;
}

function parseHeld(src: YamlSource, node: Node | null): HeldPull[] {
  if (!isSeq(node)) throw src.error('held must be a list', node);
  return node.items.map((item, i) => {
    const what = `held[${i + 1}]`;
    const fields = mapEntries(src, item as Node, what);
    checkKeys(src, fields, ['repository', 'number', 'reason'], what);
    const field = (k: string) => {
      const f = fields.find(([key]) => key === k);
      if (!f) throw src.error(`${what}: missing "${k}"`, item as Node);
      return f[1];
    };
    return {
      repository: scalarString(src, field('repository'), `${what}.repository`),
      number: positiveInt(src, field('number'), `${what}.number`),
      reason: scalarString(src, field('reason'), `${what}.reason`),
    };
  });
}

/**
 * Serializes deterministically: fixed key order, repositories and pulls in the order given,
 * no line folding. Same version, byte-identical file.
 */
export function serializeVersionFile(v: VersionFile): string {
  const doc: Record<string, unknown> = { version: v.version };
  if (v.previous !== undefined) doc.previous = v.previous;
  doc.repositories = v.repositories;
  doc.steps = v.steps.map(s => ({ repository: s.repository, commit: s.commit }));
  if (v.pulls && Object.keys(v.pulls).length > 0) {
    doc.pulls = Object.fromEntries(
      Object.entries(v.pulls).map(([repo, list]) => [repo, list.map(p => (p.title === undefined ? { number: p.number } : { number: p.number, title: p.title }))]),
    );
  }
  if (v.held && v.held.length > 0) {
    doc.held = v.held.map(h => ({ repository: h.repository, number: h.number, reason: h.reason }));
  }
  const out = new Document(doc, { version: '1.2' });
  visit(out, {
    Scalar(_key, node) {
      if (typeof node.value === 'string') node.type = quoting(node.value);
    },
  });
  return out.toString(WRITE);
}

/** Block sequences at their key's indentation, no folding, single quotes where quotes are needed. */
const WRITE = { lineWidth: 0, indentSeq: false, singleQuote: true } as const;

/** What YAML can hold unescaped in a quoted or plain scalar; anything else is written with escapes. */
const PRINTABLE = /^[\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/**
 * The style of a string, the one earlier releases wrote (test/fixtures/version-files), so that
 * rewriting an old version file changes no byte: single quotes whenever a string cannot be plain
 * (`yaml` alone would pick double quotes for one holding a `'`), and also for what a YAML 1.1
 * reader (PyYAML, Go's yaml.v2, a person) would take for a boolean, number or date (`on`,
 * `1_000`, `2024-01-31`), though YAML 1.2 reads it as a string; double quotes with escapes for
 * control characters and blank strings.
 */
function quoting(value: string): Scalar.Type | undefined {
  if (!PRINTABLE.test(value) || (value !== '' && value.trim() === '')) return Scalar.QUOTE_DOUBLE;
  if (value.includes('\n')) return undefined; // a block scalar, `yaml`'s own choice of chomping
  const alone = stringify(value, WRITE);
  if (alone.startsWith("'") || alone.startsWith('"')) return Scalar.QUOTE_SINGLE;
  const as11 = parseDocument(value, { version: '1.1' });
  return as11.errors.length === 0 && isYamlScalar(as11.contents) && typeof as11.contents.value === 'string' ? undefined : Scalar.QUOTE_SINGLE;
}

/** Guards a version number taken from a file name or an input. */
export function parseVersionNumber(value: string, what: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new LockstepError(`${what}: "${value}" is not a version number`);
  return Number(value);
}
