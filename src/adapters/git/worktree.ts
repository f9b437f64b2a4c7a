import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { LockstepError } from '../../core/errors.js';
import type { FileEntry } from '../../core/tag/context.js';
import { mapLimit } from '../registry/client.js';
import { git } from './git.js';

/** Files read at once: enough to keep the disk busy, not to exhaust file handles. */
const READ_CONCURRENCY = 32;

/**
 * A tree to compute tags from: the working tree as Docker would see it, or a commit
 * (for "why did my tag change"). Paths are relative to the workspace root.
 */
export interface TreeSnapshot {
  /** `working tree` or the commit id, for messages. */
  readonly label: string;
  /**
   * The files at or below `paths` (every file when omitted). A file that must be read to be
   * known (untracked, modified) and for which `needsContent` says false is listed with an
   * empty blob id instead: a `.dockerignore`d `node_modules` is never read.
   */
  list(paths?: readonly string[], needsContent?: (path: string) => boolean): Promise<FileEntry[]>;
  /** A file's text, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
}

/** Git's blob id of some bytes: sha1 over `blob <length>\0` and the bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Mode as git records it: the owner's exec bit is the only permission that counts. */
function gitMode(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return '120000';
  if (stats.isFile()) return stats.mode & 0o100 ? '100755' : '100644';
  return undefined;
}

type NeedsContent = ((path: string) => boolean) | undefined;

/** Hashes one path from disk; a symlink by its target text (never followed, so a broken one is fine). */
async function hashPath(full: string, path: string, stats: Stats, needs: NeedsContent): Promise<FileEntry | undefined> {
  const mode = gitMode(stats);
  if (mode === undefined) return undefined;
  if (needs && !needs(path)) return { path, mode, oid: '' };
  const bytes = mode === '120000' ? await readlink(full, { encoding: 'buffer' }) : await readFile(full);
  return { path, mode, oid: gitBlobId(bytes) };
}

async function lstatOrUndefined(full: string): Promise<Stats | undefined> {
  try {
    return await lstat(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Hashes every file at or below `path` (a file or a folder) into `out`. `.git` folders are
 * skipped: the repository's own database is never part of an image's identity.
 */
async function hashTree(root: string, path: string, out: Map<string, FileEntry>, needs: NeedsContent): Promise<void> {
  const full = join(root, path);
  const stats = await lstatOrUndefined(full);
  if (!stats) return;
  if (stats.isDirectory()) {
    const files: Array<{ path: string }> = [];
    const dirs = [path];
    while (dirs.length > 0) {
      const dir = dirs.pop()!;
      for (const d of await readdir(join(root, dir), { withFileTypes: true })) {
        if (d.name === '.git') continue;
        const child = dir === '.' ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) dirs.push(child);
        else files.push({ path: child });
      }
    }
    await mapLimit(files, READ_CONCURRENCY, async f => {
      const s = await lstatOrUndefined(join(root, f.path));
      const entry = s && (await hashPath(join(root, f.path), f.path, s, needs));
      if (entry) out.set(f.path, entry);
    });
    return;
  }
  const entry = await hashPath(full, path, stats, needs);
  if (entry) out.set(path, entry);
}

/** Splits NUL-terminated git output. */
function records(stdout: string): string[] {
  const parts = stdout.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The working tree, fast. In a git repository one `git ls-files` run gives the index (mode and
 * blob id of every tracked file, already known without reading a byte) and names the paths
 * that differ from it: modified (`C`), deleted (`R`), unmerged (`M`) and every file git does
 * not track (`?`, untracked and gitignored alike). Only those are read and hashed here.
 * Gitignored files inside a context count because Docker sends them (a jar built by an
 * earlier step); `.dockerignore` is what keeps files out of an image. This is cheaper than
 * `git status`: no HEAD-to-index comparison, one process. Outside git every file is read.
 * Submodules count by the commit the index records.
 */
export function worktreeSnapshot(root: string): TreeSnapshot {
  return {
    label: 'working tree',
    async list(paths?: readonly string[], needs?: (path: string) => boolean): Promise<FileEntry[]> {
      const limit = paths === undefined || paths.includes('.') ? undefined : [...new Set(paths)];
      let listing: string;
      try {
        // Literal pathspecs: a folder called `a*` must not match `ab`. Paths come out relative to `root`.
        listing = (await git(root, ['--literal-pathspecs', 'ls-files', '-z', '-t', '-s', '-c', '-m', '-d', '-o', '--', ...(limit ?? ['.'])])).stdout;
      } catch {
        return listByWalking(root, limit, needs);
      }
      return listWithGit(root, listing, needs);
    },
    async readText(path: string): Promise<string | undefined> {
      try {
        return await readFile(join(root, path), 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
        throw e;
      }
    },
  };
}

async function listByWalking(root: string, limit: string[] | undefined, needs: NeedsContent): Promise<FileEntry[]> {
  const out = new Map<string, FileEntry>();
  for (const path of limit ?? ['.']) await hashTree(root, path, out, needs);
  return [...out.values()];
}

async function listWithGit(root: string, listing: string, needs: NeedsContent): Promise<FileEntry[]> {
  const out = new Map<string, FileEntry>();
  const touched: string[] = [];
  // `H <mode> <oid> <stage>\t<path>` for index entries (tag C, R, M, K: differs on disk),
  // `? <path>` for files git does not track. Scanned in place: 48,000 records, no split.
  for (let start = 0; start < listing.length; ) {
    let end = listing.indexOf('\0', start);
    if (end < 0) end = listing.length;
    const tag = listing.charCodeAt(start);
    if (tag === 63 /* ? */) {
      touched.push(listing.slice(start + 2, listing.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end));
    } else {
      const tab = listing.indexOf('\t', start);
      const path = listing.slice(tab + 1, end);
      if (tag === 72 /* H */ || tag === 83 /* S */) out.set(path, { path, mode: listing.slice(start + 2, start + 8), oid: listing.slice(start + 9, tab - 2) });
      else touched.push(path);
    }
    start = end + 1;
  }
  await mapLimit(touched, READ_CONCURRENCY, async path => {
    if (out.get(path)?.mode === '160000') return;
    const stats = await lstatOrUndefined(join(root, path));
    if (!stats) {
      out.delete(path);
    } else if (stats.isDirectory()) {
      // An untracked nested repository is listed as a folder.
      await hashTree(root, path, out, needs);
    } else {
      const entry = await hashPath(join(root, path), path, stats, needs);
      if (entry) out.set(path, entry);
      else out.delete(path);
    }
  });
  return [...out.values()];
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
  let listing: Promise<Map<string, FileEntry>> | undefined;
  const all = () =>
    (listing ??= git(root, ['ls-tree', '-r', '-z', commit]).then(r => {
      const map = new Map<string, FileEntry>();
      for (const record of records(r.stdout)) {
        // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        map.set(record.slice(tab + 1), { path: record.slice(tab + 1), mode, oid });
      }
      return map;
    }));
  return {
    label: commit,
    async list(paths?: readonly string[]): Promise<FileEntry[]> {
      const entries = [...(await all()).values()];
      if (paths === undefined || paths.includes('.')) return entries;
      return entries.filter(e => paths.some(p => e.path === p || e.path.startsWith(`${p}/`)));
    },
    async readText(path: string): Promise<string | undefined> {
      const entry = (await all()).get(path);
      if (!entry || entry.mode === '160000') return undefined;
      return (await git(root, ['cat-file', 'blob', entry.oid])).stdout;
    },
  };
}
