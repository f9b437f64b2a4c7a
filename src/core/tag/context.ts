import dockerignoreModule from '@balena/dockerignore';
import { compareStrings, joinRepoPath } from './paths.js';

/** A file of the tree as git sees it: mode `100644`, `100755`, `120000` (symlink) or `160000` (submodule). */
export interface FileEntry {
  /** Repository path (posix, relative to the workspace root). */
  path: string;
  mode: string;
  /** Git blob id (sha1 of `blob <len>\0<bytes>`), or the commit id of a submodule. */
  oid: string;
}

type IgnoreFactory = (options?: { ignorecase?: boolean }) => { add(p: string[]): unknown; ignores(path: string): boolean };
// The package is CommonJS with `exports.default = factory` beside `module.exports = factory`.
const dockerignore: IgnoreFactory =
  ((dockerignoreModule as unknown as { default?: IgnoreFactory }).default ?? (dockerignoreModule as unknown as IgnoreFactory));

/** The files of a tree, sorted by path, so that every folder is one contiguous range. */
export class FileIndex {
  readonly entries: readonly FileEntry[];

  constructor(entries: Iterable<FileEntry>) {
    const list = [...entries];
    // git lists in path order already: check in one pass, sort only when needed.
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = compareStrings(list[i - 1].path, list[i].path) < 0;
    this.entries = sorted ? list : list.sort((a, b) => compareStrings(a.path, b.path));
  }

  /** Index of the first entry whose path is not below `path` in sort order. */
  private lowerBound(path: string): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareStrings(this.entries[mid].path, path) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(path: string): FileEntry | undefined {
    const entry = this.entries[this.lowerBound(path)];
    return entry?.path === path ? entry : undefined;
  }

  /** Calls `fn` with each file at or below `dir` (`.` is everything), in path order, copying nothing. */
  forEachUnder(dir: string, fn: (entry: FileEntry) => void): void {
    const entries = this.entries;
    if (dir === '.') {
      for (let i = 0; i < entries.length; i++) fn(entries[i]);
      return;
    }
    const file = this.get(dir);
    if (file) fn(file);
    const prefix = `${dir}/`;
    for (let i = this.lowerBound(prefix); i < entries.length && entries[i].path.startsWith(prefix); i++) fn(entries[i]);
  }

  /** The files at or below `dir` (`.` is everything). */
  under(dir: string): FileEntry[] {
    if (dir === '.') return [...this.entries];
    const out: FileEntry[] = [];
    const file = this.get(dir);
    if (file) out.push(file);
    const prefix = `${dir}/`;
    for (let i = this.lowerBound(prefix); i < this.entries.length && this.entries[i].path.startsWith(prefix); i++) out.push(this.entries[i]);
    return out;
  }

  /** True when `dir` is a file or holds at least one file. */
  exists(dir: string): boolean {
    if (dir === '.') return this.entries.length > 0;
    return this.get(dir) !== undefined || this.entries[this.lowerBound(`${dir}/`)]?.path.startsWith(`${dir}/`) === true;
  }
}

/**
 * Where Docker looks for the ignore file of a build, most specific first: BuildKit's
 * `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`.
 */
export function dockerignoreCandidates(context: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, joinRepoPath(context, '.dockerignore')];
}

/**
 * The files of `context` that Docker sends to the builder, as context-relative entries:
 * the `.dockerignore` rules are applied with Docker's own matcher (negations, `**`, a
 * leading `/` or `./`, parent folders), case-sensitively as on Linux.
 */
export function selectContextFiles(index: FileIndex, context: string, dockerignoreText?: string): FileEntry[] {
  return contextEntries(index, context, dockerignoreText).map(e => ({ path: contextPath(e.path, context), mode: e.mode, oid: e.oid }));
}

/**
 * The index's own entries (repository paths) of the files `selectContextFiles` selects, in
 * path order: nothing is allocated per file but the context-relative path the matcher tests.
 */
export function contextEntries(index: FileIndex, context: string, dockerignoreText?: string): FileEntry[] {
  const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText);
  const out: FileEntry[] = [];
  index.forEachUnder(context, e => {
    if (ignores === undefined || !ignores(contextPath(e.path, context))) out.push(e);
  });
  return out;
}

/** A repository path at or below `context`, relative to it (`.` for the context itself). */
export function contextPath(path: string, context: string): string {
  if (context === '.') return path;
  return path.length === context.length ? '.' : path.slice(context.length + 1);
}

/**
 * Docker's matcher for one ignore file: true for a context-relative path Docker leaves out
 * (negations, `**`, a leading `/` or `./`, parent folders), case-sensitively as on Linux.
 * Undefined when the file holds no pattern.
 */
export function dockerignoreMatcher(text: string): ((path: string) => boolean) | undefined {
  return dockerignoreRules(text)?.ignores;
}

/** One ignore file's rules: Docker's verdict for a path, and for a whole folder. */
export interface DockerignoreRules {
  /** True for a context-relative path Docker leaves out. */
  ignores(path: string): boolean;
  /**
   * True only when Docker leaves out every path at or below the context-relative folder `dir`:
   * the folder is excluded and no negation (`!`) pattern could match anything beneath it.
   * Docker's walker skips such a folder without reading it; false whenever in doubt.
   */
  excludesFolder(dir: string): boolean;
}

export function dockerignoreRules(text: string): DockerignoreRules | undefined {
  const patterns = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter(line => !line.startsWith('#'))
    .map(line => line.trim())
    .filter(line => line !== '');
  if (patterns.length === 0) return undefined;
  const matcher = dockerignore({ ignorecase: false });
  matcher.add(patterns);
  const ignores = folderAwareMatcher(matcher) ?? ((path: string) => matcher.ignores(path));
  const negations = negationRules(matcher);
  return {
    ignores,
    excludesFolder: dir => dir !== '.' && negations !== undefined && ignores(dir) && !negations.some(n => couldMatchBelow(n, dir.split('/'))),
  };
}

/** The folder segments of every negation rule, as the library parsed them; undefined when its internals are not as expected. */
function negationRules(matcher: unknown): string[][] | undefined {
  const rules = (matcher as Partial<LibraryInternals>)._rules;
  if (!Array.isArray(rules)) return undefined;
  const out: string[][] = [];
  for (const rule of rules) {
    if (typeof rule?.negative !== 'boolean' || !Array.isArray(rule.dirs) || !rule.dirs.every(d => typeof d === 'string')) return undefined;
    if (rule.negative) out.push(rule.dirs);
  }
  return out;
}

/**
 * Whether a pattern (its `/`-separated segments, Go `filepath.Match` syntax) could match a
 * path strictly below `dir`. Matches on `dir` itself or its ancestors need no look: the
 * caller's verdict on `dir` already folds them in (Docker matches a path's parent folders
 * too). A `**` may match any depth; a segment with a class or an escape is assumed to match.
 */
function couldMatchBelow(segments: readonly string[], dir: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.includes('**')) return true;
    if (i >= dir.length) return true;
    if (!segmentCouldMatch(segment, dir[i])) return false;
  }
  // As many segments as `dir` or fewer, none `**`: it matches at `dir`'s depth or above only.
  return false;
}

function segmentCouldMatch(segment: string, name: string): boolean {
  if (!/[*?[\\]/.test(segment)) return segment === name;
  if (/[[\\]/.test(segment)) return true;
  const re = segment.replace(/[.+^${}()|/]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`).test(name);
}

interface LibraryRule {
  negative: boolean;
  dirs: string[];
}
interface LibraryInternals {
  _rules: LibraryRule[];
  _compile(rule: LibraryRule): { regexp: RegExp };
}

/**
 * The library's own verdict, computed once per folder instead of once per file. For each
 * file the library tests every rule against the file and, failing that, against the file's
 * parent folders (moby's `Matches`); the folder half is the same for every file of a folder,
 * and costs the most (a `**` rule tests every ancestor). This replays the library's fold over
 * its own parsed rules and compiled regexps, caching the folder half: same answers (a property
 * test compares it with `ignores` on random rules and paths), a fraction of the time. When the
 * library's internals are not what this expects (another version), it is not used.
 */
function folderAwareMatcher(matcher: unknown): ((path: string) => boolean) | undefined {
  const lib = matcher as Partial<LibraryInternals>;
  if (!Array.isArray(lib._rules) || typeof lib._compile !== 'function') return undefined;
  const rules: Array<{ negative: boolean; regexp: RegExp; length: number; doubleStar: boolean; fixed: number; depth?: number; lastSegment: boolean }> = [];
  for (const rule of lib._rules as Array<LibraryRule & { pattern?: unknown }>) {
    if (typeof rule?.negative !== 'boolean' || !Array.isArray(rule.dirs)) return undefined;
    const regexp = lib._compile.call(matcher, rule)?.regexp;
    if (!(regexp instanceof RegExp) || regexp.global || regexp.sticky) return undefined;
    const doubleStar = rule.dirs.includes('**');
    // The library copies characters other than `* ? . $ \` into the regexp as they are: only
    // without regexp syntax (classes, groups, alternatives, escapes) is it sure that `*` and
    // `?` are the only wildcards and neither crosses a `/`.
    const plain = typeof rule.pattern === 'string' && !/[[\](){}|\\^+]/.test(rule.pattern);
    const pattern = plain ? (rule.pattern as string) : '';
    rules.push({
      negative: rule.negative,
      regexp,
      length: rule.dirs.length,
      doubleStar,
      fixed: rule.dirs.filter(d => d !== '**').length,
      // Such a rule without `**` matches only paths with as many segments as it has.
      depth: plain && !doubleStar ? rule.dirs.length : undefined,
      // `**/<segment>` (`^(.*/)?<segment>$`) matches a path exactly when it matches its last segment.
      lastSegment: plain && pattern.startsWith('**/') && !pattern.slice(3).includes('/') && !pattern.slice(3).includes('**'),
    });
  }
  // Each folder's verdict per rule (does the rule match the folder or a folder above it, as
  // moby's parent-path test does), from its parent's: one regexp test per rule and folder.
  interface Folder {
    depth: number;
    matches: boolean[];
  }
  const top: Folder = { depth: 0, matches: rules.map(r => r.doubleStar && r.fixed === 0 && r.regexp.test('')) };
  const folders = new Map<string, Folder>();
  const folderMatches = (folder: string): Folder => {
    const known = folders.get(folder);
    if (known) return known;
    const slash = folder.lastIndexOf('/');
    const parent = slash > 0 ? folderMatches(folder.slice(0, slash)) : top;
    const depth = parent.depth + 1;
    const matches = rules.map((rule, i) => {
      if (rule.doubleStar) return parent.matches[i] || (depth >= rule.fixed && rule.regexp.test(folder));
      if (rule.length < depth) return parent.matches[i];
      return rule.length === depth && rule.regexp.test(folder);
    });
    const verdict = { depth, matches };
    folders.set(folder, verdict);
    return verdict;
  };
  // Files come in path order, so most share the previous file's folder: compared in place, not sliced.
  let lastFolder = '';
  let last: Folder | undefined;
  return path => {
    const slash = path.lastIndexOf('/');
    let parent: Folder | undefined;
    if (slash > 0) {
      if (last !== undefined && slash === lastFolder.length && path.startsWith(lastFolder)) parent = last;
      else parent = last = folderMatches((lastFolder = path.slice(0, slash)));
    }
    const depth = parent ? parent.depth + 1 : slash < 0 ? 1 : undefined;
    let name: string | undefined;
    let ignored = false;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (parent !== undefined && parent.matches[i]) ignored = !rule.negative;
      else if (rule.depth !== undefined && depth !== undefined && rule.depth !== depth) continue;
      else if (rule.lastSegment ? rule.regexp.test((name ??= path.slice(slash + 1))) : rule.regexp.test(path)) ignored = !rule.negative;
    }
    return ignored;
  };
}

/** The files of each declared input path (a file or a folder), by repository path. */
export function selectInputFiles(index: FileIndex, inputs: readonly string[]): Array<{ input: string; files: FileEntry[] }> {
  return inputs.map(input => ({ input, files: index.under(input) }));
}
