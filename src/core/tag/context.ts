import dockerignoreModule from '@balena/dockerignore';
import { compareStrings, joinRepoPath, relativeTo } from './paths.js';

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
  const files = index.under(context).map(e => (context === '.' ? e : { path: relativeTo(e.path, context), mode: e.mode, oid: e.oid }));
  const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText);
  return ignores ? files.filter(f => !ignores(f.path)) : files;
}

/**
 * Docker's matcher for one ignore file: true for a context-relative path Docker leaves out
 * (negations, `**`, a leading `/` or `./`, parent folders), case-sensitively as on Linux.
 * Undefined when the file holds no pattern.
 */
export function dockerignoreMatcher(text: string): ((path: string) => boolean) | undefined {
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
  return folderAwareMatcher(matcher) ?? (path => matcher.ignores(path));
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
  const rules: Array<{ negative: boolean; regexp: RegExp; length: number; doubleStar: boolean; fixed: number }> = [];
  for (const rule of lib._rules) {
    if (typeof rule?.negative !== 'boolean' || !Array.isArray(rule.dirs)) return undefined;
    const regexp = lib._compile.call(matcher, rule)?.regexp;
    if (!(regexp instanceof RegExp) || regexp.global || regexp.sticky) return undefined;
    rules.push({ negative: rule.negative, regexp, length: rule.dirs.length, doubleStar: rule.dirs.includes('**'), fixed: rule.dirs.filter(d => d !== '**').length });
  }
  const folders = new Map<string, boolean[]>();
  const folderMatches = (folder: string): boolean[] => {
    let matches = folders.get(folder);
    if (matches) return matches;
    const dirs = folder.split('/');
    matches = rules.map(rule => {
      if (rule.doubleStar) {
        for (let i = rule.fixed; i <= dirs.length; i++) if (rule.regexp.test(dirs.slice(0, i).join('/'))) return true;
        return false;
      }
      return rule.length <= dirs.length && rule.regexp.test(dirs.slice(0, rule.length).join('/'));
    });
    folders.set(folder, matches);
    return matches;
  };
  return path => {
    const slash = path.lastIndexOf('/');
    const parent = slash > 0 ? folderMatches(path.slice(0, slash)) : undefined;
    let ignored = false;
    for (let i = 0; i < rules.length; i++) {
      if ((parent !== undefined && parent[i]) || rules[i].regexp.test(path)) ignored = !rules[i].negative;
    }
    return ignored;
  };
}

/** The files of each declared input path (a file or a folder), by repository path. */
export function selectInputFiles(index: FileIndex, inputs: readonly string[]): Array<{ input: string; files: FileEntry[] }> {
  return inputs.map(input => ({ input, files: index.under(input) }));
}
