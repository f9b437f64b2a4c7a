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
    return this.under(dir).length > 0;
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
  if (patterns.some(p => p.startsWith('!'))) return path => matcher.ignores(path);
  // Without negations nothing below an ignored folder can come back, and the matcher's verdict
  // on a folder already covers its parents: one call per folder settles a whole `node_modules`.
  const folders = new Map<string, boolean>();
  return path => {
    const slash = path.lastIndexOf('/');
    if (slash > 0) {
      const folder = path.slice(0, slash);
      let ignored = folders.get(folder);
      if (ignored === undefined) folders.set(folder, (ignored = matcher.ignores(folder)));
      if (ignored) return true;
    }
    return matcher.ignores(path);
  };
}

/** The files of each declared input path (a file or a folder), by repository path. */
export function selectInputFiles(index: FileIndex, inputs: readonly string[]): Array<{ input: string; files: FileEntry[] }> {
  return inputs.map(input => ({ input, files: index.under(input) }));
}
