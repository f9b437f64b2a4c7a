import { randomBytes } from 'node:crypto';
import { chmod, link, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** A fresh temp file name in `path`'s folder (the same filesystem, so rename and link work). */
function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target. `mode`,
 * when given, is set before the rename: a rendered script is never seen not executable.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempBeside(path);
  try {
    await writeFile(tmp, data);
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Creates `path` with `data`, complete or not at all, and only if nothing is there yet: the
 * bytes go to a temp file that is then hard-linked to `path` (link(2) fails with EEXIST
 * instead of replacing, which rename(2) would do). Returns false when `path` already exists.
 */
export async function createFileExclusive(path: string, data: string | Uint8Array): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempBeside(path);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Every file at or below `path` (relative to `root`, `/`-separated): `.git` folders are
 * skipped; a link to a file is listed (read through the link), a link to a folder is not walked.
 */
export async function listFiles(root: string, path: string): Promise<string[]> {
  const out: string[] = [];
  let s;
  try {
    s = await stat(join(root, path));
  } catch {
    return out;
  }
  if (!s.isDirectory()) return [path];
  const dirs = [path];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    for (const d of await readdir(join(root, dir), { withFileTypes: true })) {
      if (d.name === '.git') continue;
      const child = dir === '.' ? d.name : `${dir}/${d.name}`;
      if (d.isDirectory()) dirs.push(child);
      else if (d.isFile()) out.push(child);
      else if (d.isSymbolicLink() && (await stat(join(root, child)).catch(() => undefined))?.isFile()) out.push(child);
    }
  }
  return out;
}

/** A file's bytes and mode, through symbolic links. */
export async function readFileAndMode(path: string): Promise<{ bytes: Buffer; mode: number }> {
  const bytes = await readFile(path);
  const { mode } = await stat(path);
  return { bytes, mode };
}

export async function isSymbolicLink(path: string): Promise<boolean> {
  return (await lstat(path)).isSymbolicLink();
}
