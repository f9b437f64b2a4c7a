import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { LockstepError } from '../../core/errors.js';
import { FileIndex, GIT_MODES, modeCode as codeOfMode, type FileColumns, type FileEntry } from '../../core/tag/file-index.js';
import { isUnder } from '../../core/tag/paths.js';
import { git } from './git.js';
import { gitListing, takeHeadStart, type GitListing, type ObjectFormat, type RepoLocation } from './listing.js';

/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;

/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
export function outermost(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort();
  const out: string[] = [];
  for (const p of sorted) if (!out.some(o => isUnder(p, o))) out.push(p);
  return out;
}

/**
 * A tree to compute tags from: the working tree as Docker would see it, or a commit
 * (for "why did my tag change"). Paths are relative to the workspace root.
 */
export interface TreeSnapshot {
  /** `working tree` or the commit id, for messages. */
  readonly label: string;
  /**
   * The files at or below `paths` (every file when omitted; a listing may hold more, which a
   * caller looking files up by path never sees). A file that must be read to be
   * known (untracked, modified) and for which `needsContent` says false is listed with an
   * empty blob id instead: a `.dockerignore`d `node_modules` is never read. It may be a
   * promise, so that git can start listing while the caller still reads its ignore files.
   */
  list(paths?: readonly string[], needsContent?: NeedsContent | Promise<NeedsContent>): Promise<FileIndex>;
  /**
   * Where the tree has an index that `list` refines (git's, for the working tree): that index,
   * sooner than `list`. `list` resolves to this very object when nothing differs from it.
   */
  indexed?(paths?: readonly string[]): Promise<FileIndex>;
  /** A file's text, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
}

/**
 * Git's blob id of some bytes: the hash of `blob <length>\0` and the bytes, in the
 * repository's object format, so that a file read from disk gets the id git gives it once
 * committed (and the tag does not change on commit).
 */
export function gitBlobId(bytes: Uint8Array, format: ObjectFormat = 'sha1'): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Mode as git records it: the owner's exec bit is the only permission that counts. */
function gitMode(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return '120000';
  if (stats.isFile()) return stats.mode & 0o100 ? '100755' : '100644';
  return undefined;
}

/**
 * Which paths must be read. With `anyBelow`, a folder for which it says false (nothing below
 * can be needed) is not walked at all: a `.dockerignore`d `node_modules` costs nothing.
 */
export type NeedsContent = (((path: string) => boolean) & { anyBelow?(dir: string): boolean }) | undefined;

/** True when nothing at or below `dir` needs reading, so the folder need not even be listed. */
function skippable(needs: NeedsContent, dir: string): boolean {
  return needs?.anyBelow !== undefined && !needs.anyBelow(dir);
}

/**
 * Hashes one path from disk; a symlink by its target text (never followed, so a broken one is fine).
 * Synchronous on purpose, like `lstatPath`: these run after git has answered, with nothing
 * else to wait for, and a small file read in place costs a fraction of the four thread-pool
 * round trips (open, stat, read, close) an asynchronous read takes (measured: 250 changed
 * files, ~45 ms asynchronously).
 */
function hashPath(full: string, path: string, stats: Stats, needs: NeedsContent, format: ObjectFormat): FileEntry | undefined {
  const mode = gitMode(stats);
  if (mode === undefined) return undefined;
  if (needs && !needs(path)) return { path, mode, oid: '' };
  const bytes = mode === '120000' ? readlinkSync(full, { encoding: 'buffer' }) : readFileSync(full);
  return { path, mode, oid: gitBlobId(bytes, format) };
}

function lstatPath(full: string): Stats | undefined {
  try {
    return lstatSync(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Hashes every file at or below `path` (a file or a folder) into `out`. `.git` folders are
 * skipped: the repository's own database is never part of an image's identity.
 */
async function hashTree(root: string, path: string, out: (entry: FileEntry) => void, needs: NeedsContent, format: ObjectFormat): Promise<void> {
  const full = join(root, path);
  const stats = lstatPath(full);
  if (!stats) return;
  if (stats.isDirectory()) {
    const files: Array<{ path: string }> = [];
    const dirs = [path];
    while (dirs.length > 0) {
      const dir = dirs.pop()!;
      for (const d of await readdir(join(root, dir), { withFileTypes: true })) {
        if (d.name === '.git') continue;
        const child = dir === '.' ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) {
          if (!skippable(needs, child)) dirs.push(child);
        } else files.push({ path: child });
      }
    }
    for (const f of files) {
      const s = lstatPath(join(root, f.path));
      const entry = s && hashPath(join(root, f.path), f.path, s, needs, format);
      if (entry) out(entry);
    }
    return;
  }
  const entry = hashPath(full, path, stats, needs, format);
  if (entry) out(entry);
}

/**
 * The working tree, fast. In a git repository the index already holds the blob id and mode
 * of every tracked file (`git ls-files -s`); `git status` names the few paths that differ
 * (modified, deleted, untracked, and — with `--ignored=matching` — gitignored), and only those
 * are read and hashed here. Both run at once: the listing costs what `git status` costs.
 * Gitignored files inside a context count because Docker sends them (a jar built by an earlier
 * step); `.dockerignore` is what keeps files out of an image. Outside git every file is read.
 * Submodules count by the commit the index records.
 *
 * `indexed` gives git's index alone, as soon as `ls-files` answers and well before `status`
 * does: a caller can compute from it meanwhile, and keep the result when `list` resolves to
 * that very object (nothing differs).
 */
export function worktreeSnapshot(root: string): TreeSnapshot {
  let runs: GitListing | undefined;
  let limit: string[] | undefined;
  let committed: Promise<FileIndex> | undefined;
  // The first call starts git (or takes the head start); later calls share its answers.
  const start = (paths?: readonly string[]): GitListing => {
    if (runs) return runs;
    limit = paths === undefined || paths.includes('.') ? undefined : outermost(paths);
    runs = takeHeadStart(root);
    // git matches every file against every pathspec: past a handful, listing the whole
    // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
    // Literal pathspecs: a folder called `a*` must not match `ab`.
    return (runs ??= gitListing(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']));
  };
  const indexed = (paths?: readonly string[]) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout)));
  return {
    label: 'working tree',
    indexed,
    async list(paths?: readonly string[], needsContent?: NeedsContent | Promise<NeedsContent>): Promise<FileIndex> {
      const git = start(paths);
      let index: FileIndex, status: string;
      let location: RepoLocation = { prefix: '', format: 'sha1' };
      try {
        [index, { stdout: status }] = await Promise.all([indexed(paths), git.status]);
        if (status !== '') location = await git.location();
      } catch {
        // Not a repository (or no git): read everything, as Docker would.
        return listByWalking(root, limit, await needsContent);
      }
      return listWithGit(root, location, index, status, limit, await needsContent);
    },
    // Synchronous inside: the config, Dockerfiles and ignore files are small, and read while
    // git (another process) lists; a few dozen reads in place cost less than their round trips
    // through the thread pool.
    async readText(path: string): Promise<string | undefined> {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
        throw e;
      }
    },
  };
}

async function listByWalking(root: string, limit: string[] | undefined, needs: NeedsContent): Promise<FileIndex> {
  const out: FileEntry[] = [];
  for (const path of limit ?? ['.']) await hashTree(root, path, e => out.push(e), needs, 'sha1');
  return new FileIndex(out);
}

/** Calls `fn` with each NUL-terminated record of git's `-z` output, without splitting it up front. */
function eachRecord(output: string, fn: (start: number, end: number) => void): void {
  for (let start = 0; start < output.length; ) {
    let end = output.indexOf('\0', start);
    if (end < 0) end = output.length;
    if (end > start) fn(start, end);
    start = end + 1;
  }
}

/**
 * `git ls-files -s -z` output as an index whose columns point into it: `<mode> <oid> <stage>\t<path>\0`
 * per file, in git's path order. Nothing is copied per file.
 */
function gitIndex(text: string): FileIndex {
  const columns = indexColumns(text);
  // git orders its index by the bytes of each path, which is the order FileIndex keeps when
  // every path is ASCII (byte length = string length); only a conflict lists a path twice.
  return FileIndex.fromColumns(columns, !columns.conflicted && Buffer.byteLength(text) === text.length);
}

function indexColumns(text: string): FileColumns & { conflicted: boolean } {
  // A record is at least 52 characters (`100644 `, a 40-digit oid, ` 0\t`, one character, NUL):
  // room for that many rows, rather than a first pass to count them.
  const max = Math.floor(text.length / 52) + 1;
  const pathStart = new Int32Array(max);
  const pathEnd = new Int32Array(max);
  const oidStart = new Int32Array(max);
  const oidEnd = new Int32Array(max);
  const modeCode = new Uint8Array(max);
  const modes = [...GIT_MODES];
  let conflicted = false;
  let row = 0;
  // One loop with no call per record (48,000 of them on a large repository, while the JIT is
  // still cold). git writes every oid of a repository at one length, so after the first record
  // the tab is looked for where it must be, and only a record that is not so is searched.
  let oidLength = -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\0', start);
    if (end < 0) end = text.length;
    if (end > start) {
      if (row === max) throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(start, end))}`);
      let space = start + 6;
      let tab = space + oidLength + 3;
      if (text.charCodeAt(space) !== 32 || text.charCodeAt(tab) !== 9 || text.charCodeAt(tab - 2) !== 32) {
        space = text.indexOf(' ', start);
        tab = text.indexOf('\t', space);
        if (space - start === 6) oidLength = tab - space - 3;
      }
      const known = space - start === 6 ? knownMode(text, start) : -1;
      modeCode[row] = known >= 0 ? known : codeOfMode(modes, text.slice(start, space));
      oidStart[row] = space + 1;
      // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
      oidEnd[row] = tab - 2;
      if (text.charCodeAt(tab - 1) !== 48 /* 0 */) conflicted = true;
      pathStart[row] = tab + 1;
      pathEnd[row] = end;
      row++;
    }
    start = end + 1;
  }
  return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted };
}

/** The code (index in `GIT_MODES`) of the six-digit mode at `start`, or -1. */
function knownMode(text: string, start: number): number {
  for (let i = 0; i < GIT_MODES.length; i++) if (text.startsWith(GIT_MODES[i], start)) return i;
  return -1;
}

async function listWithGit(
  root: string,
  { prefix, format }: RepoLocation,
  index: FileIndex,
  status: string,
  limit: string[] | undefined,
  needs: NeedsContent,
): Promise<FileIndex> {
  // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
  const touched: string[] = [];
  eachRecord(status, (start, end) => {
    const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
    if (!path.startsWith(prefix)) return;
    const rel = path.slice(prefix.length);
    // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
    if (!limit || limit.some(p => isUnder(rel, p) || isUnder(p, rel))) touched.push(rel);
  });
  if (touched.length === 0) return index;

  // The few paths git says differ: what is on disk replaces (or removes) the index's entry.
  const changes = new Map<string, FileEntry | null>();
  for (const path of touched) {
    const row = index.find(path);
    if (row >= 0 && index.mode(row) === '160000') continue;
    const stats = lstatPath(join(root, path));
    if (!stats) {
      changes.set(path, null);
    } else if (stats.isDirectory()) {
      // A gitignored folder, or an untracked nested repository; not walked when nothing in it can count.
      changes.set(path, null);
      if (!skippable(needs, path)) await hashTree(root, path, e => changes.set(e.path, e), needs, format);
    } else {
      changes.set(path, hashPath(join(root, path), path, stats, needs, format) ?? null);
    }
  }
  return index.withChanges(changes);
}

/**
 * A commit of the repository at `root`: `git ls-tree -r` gives every file's mode and blob
 * id without a checkout, and `git cat-file` reads the few texts needed (config, Dockerfiles,
 * ignore files).
 */
export async function commitSnapshot(root: string, rev: string): Promise<TreeSnapshot> {
  let commit: string;
  try {
    commit = (await git(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
  } catch {
    throw new LockstepError(`"${rev}" is not a commit of the repository at ${root}`);
  }
  let listing: Promise<FileIndex> | undefined;
  const all = () =>
    (listing ??= git(root, ['ls-tree', '-r', '-z', commit]).then(r => {
      const entries: FileEntry[] = [];
      eachRecord(r.stdout, (start, end) => {
        // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
        const record = r.stdout.slice(start, end);
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        entries.push({ path: record.slice(tab + 1), mode, oid });
      });
      return new FileIndex(entries);
    }));
  return {
    label: commit,
    // The whole commit: a listing may hold more than the paths asked for.
    async list(): Promise<FileIndex> {
      return all();
    },
    async readText(path: string): Promise<string | undefined> {
      const entry = (await all()).get(path);
      if (!entry || entry.mode === '160000') return undefined;
      return (await git(root, ['cat-file', 'blob', entry.oid])).stdout;
    },
  };
}
