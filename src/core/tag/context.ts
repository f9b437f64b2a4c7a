import dockerignoreModule from '@balena/dockerignore';
import type { FileEntry, FileIndex } from './file-index.js';
import { joinRepoPath } from './paths.js';

type IgnoreFactory = (options?: { ignorecase?: boolean }) => { add(p: string[]): unknown; ignores(path: string): boolean };
// The package is CommonJS with `exports.default = factory` beside `module.exports = factory`.
const dockerignore: IgnoreFactory =
  ((dockerignoreModule as unknown as { default?: IgnoreFactory }).default ?? (dockerignoreModule as unknown as IgnoreFactory));

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
  const out: FileEntry[] = [];
  const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText);
  forEachContextFile(index, context, ignores, (row, path) => out.push({ path, mode: index.mode(row), oid: index.oid(row) }));
  return out;
}

/**
 * Calls `fn` with the index row and context-relative path of each file of `context` that
 * `ignores` (a `dockerignoreMatcher`) lets through, in path order, allocating nothing per
 * file but the path the matcher tests.
 */
export function forEachContextFile(index: FileIndex, context: string, ignores: ((path: string) => boolean) | undefined, fn: (row: number, path: string) => void): void {
  const { file, start, end } = index.rowsUnder(context);
  // Only a context that is itself a file (which Docker refuses) has a row for its own path.
  if (file >= 0 && !ignores?.('.')) fn(file, '.');
  const skip = context === '.' ? 0 : context.length + 1;
  // One plain loop: this runs once per file of every context, before the JIT has warmed up.
  for (let row = start; row < end; row++) {
    const path = index.pathFrom(row, skip);
    if (ignores === undefined || !ignores(path)) fn(row, path);
  }
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
  interface Rule {
    negative: boolean;
    regexp: RegExp;
    length: number;
    doubleStar: boolean;
    fixed: number;
    depth?: number;
    lastSegment: boolean;
  }
  const rules: Rule[] = [];
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
  // The library's fold gives a file the verdict of the last rule matching it or a folder above
  // it; so per folder, the last rule matching the folder decides unless a later rule matches
  // the file itself, and only those later rules (at the file's depth) are left to test per file.
  interface Folder {
    depth: number;
    matches: boolean[];
    /** The verdict when no rule in `candidates` matches the file. */
    verdict: boolean;
    /** Rules that may match a file of this folder, last first. */
    candidates: Rule[];
  }
  const folder = (depth: number, matches: boolean[]): Folder => {
    const last = matches.lastIndexOf(true);
    const candidates: Rule[] = [];
    for (let i = rules.length - 1; i > last; i--) if (rules[i].depth === undefined || rules[i].depth === depth + 1) candidates.push(rules[i]);
    return { depth, matches, verdict: last >= 0 && !rules[last].negative, candidates };
  };
  const top = folder(0, rules.map(r => r.doubleStar && r.fixed === 0 && r.regexp.test('')));
  // Files at the top are tested against every rule, as the library tests them.
  const topFiles = folder(0, rules.map(() => false));
  const folders = new Map<string, Folder>();
  const folderMatches = (path: string): Folder => {
    const known = folders.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = slash > 0 ? folderMatches(path.slice(0, slash)) : top;
    const depth = parent.depth + 1;
    const matches = rules.map((rule, i) => {
      if (rule.doubleStar) return parent.matches[i] || (depth >= rule.fixed && rule.regexp.test(path));
      if (rule.length < depth) return parent.matches[i];
      return rule.length === depth && rule.regexp.test(path);
    });
    const verdict = folder(depth, matches);
    folders.set(path, verdict);
    return verdict;
  };
  // Files come in path order, so most share the previous file's folder: compared in place, not sliced.
  let lastFolder = '';
  let last: Folder | undefined;
  return path => {
    const slash = path.lastIndexOf('/');
    let parent: Folder;
    if (slash <= 0) parent = topFiles;
    else if (last !== undefined && slash === lastFolder.length && path.startsWith(lastFolder)) parent = last;
    else parent = last = folderMatches((lastFolder = path.slice(0, slash)));
    const candidates = parent.candidates;
    let name: string | undefined;
    for (let k = 0; k < candidates.length; k++) {
      const rule = candidates[k];
      if (rule.lastSegment ? rule.regexp.test((name ??= path.slice(slash + 1))) : rule.regexp.test(path)) return !rule.negative;
    }
    return parent.verdict;
  };
}

/** The files of each declared input path (a file or a folder), by repository path. */
export function selectInputFiles(index: FileIndex, inputs: readonly string[]): Array<{ input: string; files: FileEntry[] }> {
  return inputs.map(input => ({ input, files: index.under(input) }));
}
