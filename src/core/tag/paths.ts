import { isAbsolute, posix, relative, sep } from 'node:path';
import { LockstepError } from '../errors.js';

/**
 * Repository paths are posix, relative to the workspace root, without `./`; the root itself is
 * `.`. Returns undefined for a path that leaves the root (absolute, or `..` on top), so that the
 * caller can name the config line.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return undefined;
  const norm = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (norm === '..' || norm.startsWith('../')) return undefined;
  return norm === '' ? '.' : norm;
}

/** True when `path` is `dir` or lies below it (`.` holds everything). */
export function isUnder(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/** `path` relative to `dir` (which must hold it); `dir` itself gives `.`. */
export function relativeTo(path: string, dir: string): string {
  if (dir === '.') return path;
  return path === dir ? '.' : path.slice(dir.length + 1);
}

export function joinRepoPath(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Byte-wise comparison of strings, so that a sort does not depend on the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The repository path `path` leads to once every symbolic link on the way is followed, as the
 * file system would follow them; `readLink(p)` gives the target text of `p` when it is a link.
 * Undefined when a link leads out of the repository (an absolute target, or `..` past the
 * root); a loop is an error.
 */
export async function followLinks(path: string, readLink: (path: string) => Promise<string | undefined>): Promise<string | undefined> {
  let parts = path === '.' ? [] : path.split('/');
  for (let hops = 0, i = 0; i < parts.length; ) {
    const prefix = parts.slice(0, i + 1).join('/');
    const target = await readLink(prefix);
    if (target === undefined) {
      i++;
      continue;
    }
    if (++hops > 40) throw new Error(`${path}: too many levels of symbolic links`);
    const joined = normalizeRepoPath(posix.join(parts.slice(0, i).join('/') || '.', target, ...parts.slice(i + 1)));
    if (target.startsWith('/') || joined === undefined) return undefined;
    parts = joined === '.' ? [] : joined.split('/');
    i = 0;
  }
  return parts.length === 0 ? '.' : parts.join('/');
}

/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
export function workspacePath(path: string, workspace: string, what: string): string {
  const rel = isAbsolute(path) ? relative(workspace, path).split(sep).join('/') : path;
  const norm = normalizeRepoPath(rel);
  if (norm === undefined) throw new LockstepError(`${what}: "${path}" is outside the workspace ${workspace}`);
  return norm;
}
