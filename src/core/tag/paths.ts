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

/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
export function workspacePath(path: string, workspace: string, what: string): string {
  const rel = isAbsolute(path) ? relative(workspace, path).split(sep).join('/') : path;
  const norm = normalizeRepoPath(rel);
  if (norm === undefined) throw new LockstepError(`${what}: "${path}" is outside the workspace ${workspace}`);
  return norm;
}
