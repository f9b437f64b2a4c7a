import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Stats } from 'node:fs';
import { LockstepError } from '../../core/errors.js';
import { FileIndex, GIT_MODES, modeCode as codeOfMode, type FileColumns, type FileEntry } from '../../core/tag/file-index.js';
import { followLinks, isUnder, normalizeRepoPath } from '../../core/tag/paths.js';
import { git } from './git.js';
import { gitListing, takeHeadStart, type GitListing, type ObjectFormat, type RepoLocation } from './listing.js';
import { attributesMayConvert, checkoutSettings, convertedPaths, outsideAttributes, type CheckoutSettings } from './on-disk.js';

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
  /** A file's text (through symbolic links, as Docker reads a Dockerfile), or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** The blob id of the bytes a reader of `path` gets, through symbolic links; undefined when there is no such file. */
  readBlobId(path: string): Promise<string | undefined>;
  /**
   * The path `path` leads to once symbolic links are followed (itself when none is on the way,
   * or when it does not exist); undefined when it leads out of the workspace.
   */
  resolve(path: string): Promise<string | undefined>;
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
export function worktreeSnapshot(root: string, warning: (message: string) => void): TreeSnapshot {
  let runs: GitListing | undefined;
  let limit: string[] | undefined;
  let committed: Promise<GitIndex> | undefined;
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
  let realRoot: string | undefined;
  const read = (paths?: readonly string[]) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout, r.bytes)));
  return {
    label: 'working tree',
    indexed: async paths => (await read(paths)).index,
    async list(paths?: readonly string[], needsContent?: NeedsContent | Promise<NeedsContent>): Promise<FileIndex> {
      const git = start(paths);
      let index: GitIndex, status: string, config: string;
      try {
        [index, { stdout: status }, { stdout: config }] = await Promise.all([read(paths), git.status, git.config]);
      } catch (e) {
        if (!isNotARepository(e)) throw e;
        // Not a repository: read everything, as Docker would, naming blobs as git's default (SHA-1) does.
        warning(`${root} is not in a git repository: every file is read and hashed (a git checkout is faster, and gives the same tags for SHA-1 repositories)`);
        return listByWalking(root, limit, await needsContent);
      }
      return listWithGit(root, git, index, status, checkoutSettings(config), limit, await needsContent);
    },
    // Synchronous inside: the config, Dockerfiles and ignore files are small, and read while
    // git (another process) lists; a few dozen reads in place cost less than their round trips
    // through the thread pool.
    async readText(path: string): Promise<string | undefined> {
      return readOrUndefined(join(root, path))?.toString('utf8');
    },
    async readBlobId(path: string): Promise<string | undefined> {
      const bytes = readOrUndefined(join(root, path));
      if (bytes === undefined) return undefined;
      const format = await start().location().then(l => l.format, () => 'sha1' as const);
      return gitBlobId(bytes, format);
    },
    async resolve(path: string): Promise<string | undefined> {
      let real: string;
      try {
        // The system's realpath: one call, not one lstat per folder on the way (300 paths for 100 images).
        real = realpathSync.native(join(root, path));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return path;
        throw e;
      }
      const rel = relative((realRoot ??= realpathSync.native(root)), real);
      if (rel === '') return '.';
      return normalizeRepoPath(rel.split(sep).join('/'));
    },
  };
}

function readOrUndefined(full: string): Buffer | undefined {
  // Most ignore-file candidates (`<Dockerfile>.dockerignore`) do not exist: asked without an
  // exception, whose error object and stack cost more than the read.
  try {
    if (statSync(full, { throwIfNoEntry: false }) === undefined) return undefined;
    return readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw e;
  }
}

/** git's own word that a folder is outside any repository; any other failure is an error to report. */
function isNotARepository(e: unknown): boolean {
  return e instanceof LockstepError && /not a git repository/i.test(e.message);
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
 * git's index, and the paths in it whose bytes on disk git does not vouch for: submodules
 * (their files are on disk, not in this index) and files marked assume-unchanged or
 * skip-worktree (git status does not look at them; a sparse checkout leaves them absent).
 */
interface GitIndex {
  index: FileIndex;
  special: string[];
  /** The `.gitattributes` files the index lists. */
  attributeFiles: string[];
}

/**
 * `git ls-files -s -v -z` output as an index whose columns point into it: `<tag> <mode> <oid> <stage>\t<path>\0`
 * per file, in git's path order. Nothing is copied per file.
 */
function gitIndex(text: string, bytes: Buffer | undefined): GitIndex {
  const columns = indexColumns(text);
  // git orders its index by the bytes of each path, which is the order FileIndex keeps when
  // every path is ASCII (byte length = string length); only a conflict lists a path twice.
  // ASCII text is also its bytes, offset for offset: the hasher copies from those.
  const ascii = Buffer.byteLength(text) === text.length;
  if (ascii && bytes !== undefined && bytes.length === text.length) columns.bytes = bytes;
  const index = FileIndex.fromColumns(columns, !columns.conflicted && ascii);
  const attributeFiles: string[] = [];
  // Found in the text itself, not per row: a large index rarely holds more than a few.
  for (let at = text.indexOf('.gitattributes\0'); at >= 0; at = text.indexOf('.gitattributes\0', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 47 /* / */ || before === 9 /* tab */) attributeFiles.push(text.slice(text.lastIndexOf('\t', at) + 1, at + 14));
  }
  return { index, special: columns.special.map(row => text.slice(columns.pathStart[row], columns.pathEnd[row])), attributeFiles };
}

function indexColumns(text: string): FileColumns & { conflicted: boolean; special: number[] } {
  // A record is at least 54 characters (`H `, `100644 `, a 40-digit oid, ` 0\t`, one character, NUL):
  // room for that many rows, rather than a first pass to count them.
  const max = Math.floor(text.length / 54) + 1;
  const pathStart = new Int32Array(max);
  const pathEnd = new Int32Array(max);
  const oidStart = new Int32Array(max);
  const oidEnd = new Int32Array(max);
  const modeCode = new Uint8Array(max);
  const modes = [...GIT_MODES];
  let conflicted = false;
  const special: number[] = [];
  let row = 0;
  // One loop with no call per record (48,000 of them on a large repository, while the JIT is
  // still cold). git writes every oid of a repository at one length, so after the first record
  // the tab is looked for where it must be, and only a record that is not so is searched.
  let oidLength = -1;
  for (let record = 0; record < text.length; ) {
    let end = text.indexOf('\0', record);
    if (end < 0) end = text.length;
    if (end > record) {
      if (row === max) throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(record, end))}`);
      // `-v`'s tag: `H` for a plain cached file; lower case (assume-unchanged), `S` (skip-worktree).
      const tag = text.charCodeAt(record);
      const start = record + 2;
      let space = start + 6;
      let tab = space + oidLength + 3;
      if (text.charCodeAt(space) !== 32 || text.charCodeAt(tab) !== 9 || text.charCodeAt(tab - 2) !== 32) {
        space = text.indexOf(' ', start);
        tab = text.indexOf('\t', space);
        if (space - start === 6) oidLength = tab - space - 3;
      }
      const known = space - start === 6 ? knownMode(text, start) : -1;
      modeCode[row] = known >= 0 ? known : codeOfMode(modes, text.slice(start, space));
      if ((tag !== 72 /* H */ && tag !== 77) /* M: unmerged, which status names */ || known === GITLINK) special.push(row);
      oidStart[row] = space + 1;
      // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
      oidEnd[row] = tab - 2;
      if (text.charCodeAt(tab - 1) !== 48 /* 0 */) conflicted = true;
      pathStart[row] = tab + 1;
      pathEnd[row] = end;
      row++;
    }
    record = end + 1;
  }
  return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted, special };
}

const GITLINK = GIT_MODES.indexOf('160000');

/** The code (index in `GIT_MODES`) of the six-digit mode at `start`, or -1. */
function knownMode(text: string, start: number): number {
  for (let i = 0; i < GIT_MODES.length; i++) if (text.startsWith(GIT_MODES[i], start)) return i;
  return -1;
}

async function listWithGit(
  root: string,
  git: GitListing,
  { index, special, attributeFiles }: GitIndex,
  status: string,
  settings: CheckoutSettings,
  limit: string[] | undefined,
  needs: NeedsContent,
): Promise<FileIndex> {
  const inLimit = (rel: string) => !limit || limit.some(p => isUnder(rel, p) || isUnder(p, rel));
  const reread = new Set<string>();
  for (const path of special) if (inLimit(path)) reread.add(path);
  const everyFile = () => {
    const out: string[] = [];
    for (const dir of limit ?? ['.']) {
      const { file, start, end } = index.rowsUnder(dir);
      if (file >= 0) out.push(index.path(file));
      for (let row = start; row < end; row++) out.push(index.path(row));
    }
    return out;
  };
  // Attributes can make checkout write other bytes than the blob: only when some attributes
  // file mentions a converting attribute is git asked which paths it applies to.
  // Started with the listing, answered by now.
  const location = await git.location();
  if (settings.crlf) {
    for (const path of everyFile()) reread.add(path);
  } else if (attributesConvert(root, location, attributeFiles, limit, settings)) {
    for (const path of await convertedPaths(root, everyFile())) reread.add(path);
  }

  // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
  const prefix = location.prefix;
  eachRecord(status, (start, end) => {
    const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
    if (!path.startsWith(prefix)) return;
    const rel = path.slice(prefix.length);
    // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
    if (inLimit(rel)) reread.add(rel);
  });

  const changes = new Map<string, FileEntry | null>();
  if (!settings.fileMode) {
    // git ignores the exec bit: Docker does not. Every file's mode from disk, its blob from the index.
    for (const path of everyFile()) {
      const row = index.find(path);
      const mode = index.mode(row);
      if (reread.has(path) || (mode !== '100644' && mode !== '100755')) continue;
      const stats = lstatPath(join(root, path));
      const disk = stats && gitMode(stats);
      if (disk && disk !== mode) {
        if (disk === '120000') reread.add(path);
        else changes.set(path, { path, mode: disk, oid: index.oid(row) });
      }
    }
  }
  if (reread.size === 0 && changes.size === 0) return index;

  // The few paths whose bytes git does not vouch for: what is on disk replaces (or removes) the index's entry.
  const format = location.format;
  for (const path of reread) {
    const stats = lstatPath(join(root, path));
    if (!stats) {
      changes.set(path, null);
    } else if (stats.isDirectory()) {
      // A submodule (its files, as checked out: none when it is not initialised), a gitignored
      // folder, or an untracked nested repository; not walked when nothing in it can count.
      changes.set(path, null);
      if (!skippable(needs, path)) await hashTree(root, path, e => changes.set(e.path, e), needs, format);
    } else {
      changes.set(path, hashPath(join(root, path), path, stats, needs, format) ?? null);
    }
  }
  return index.withChanges(changes);
}

/**
 * Whether any attributes file git reads for these paths mentions an attribute that converts
 * on checkout: those of the tree (`attributeFiles`, as listed), those in the folders above
 * the listed paths (up to the repository's top), and the repository's, user's and system's.
 */
function attributesConvert(root: string, location: RepoLocation, attributeFiles: readonly string[], limit: string[] | undefined, settings: CheckoutSettings): boolean {
  const texts = outsideAttributes(root, settings, location.infoAttributes);
  const files = new Set(attributeFiles);
  // Folders above the workspace, within the repository, and above each listed path.
  const depth = location.prefix.split('/').filter(Boolean).length;
  for (let up = 1; up <= depth; up++) files.add(`${'../'.repeat(up)}.gitattributes`);
  for (const path of limit ?? []) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) files.add(`${path.slice(0, slash)}/.gitattributes`);
    files.add('.gitattributes');
  }
  for (const file of files) {
    try {
      texts.push(readFileSync(join(root, file), 'utf8'));
    } catch {
      // Listed by git but deleted since, or no such file above: nothing from there.
    }
  }
  return texts.some(attributesMayConvert);
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
  const readLink = async (path: string) => {
    const entry = (await all()).get(path);
    return entry?.mode === '120000' ? (await git(root, ['cat-file', 'blob', entry.oid])).stdout : undefined;
  };
  const resolve = (path: string) => followLinks(path, readLink);
  // The file a reader of `path` gets, through links that stay in the commit.
  const fileAt = async (path: string) => {
    const real = await resolve(path);
    const entry = real === undefined ? undefined : (await all()).get(real);
    return entry && entry.mode !== '160000' && entry.mode !== '120000' ? entry : undefined;
  };
  return {
    label: commit,
    // The whole commit: a listing may hold more than the paths asked for.
    async list(): Promise<FileIndex> {
      return all();
    },
    async readText(path: string): Promise<string | undefined> {
      const entry = await fileAt(path);
      return entry && (await git(root, ['cat-file', 'blob', entry.oid])).stdout;
    },
    async readBlobId(path: string): Promise<string | undefined> {
      return (await fileAt(path))?.oid;
    },
    resolve,
  };
}
