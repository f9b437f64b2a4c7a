import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { parseVersionFile, serializeVersionFile, type VersionFile } from '../core/versions/version-file.js';
import { createFileExclusive } from './fs.js';

const VERSION_FILE = /^([1-9][0-9]*)\.ya?ml$/;

/**
 * The version files among a folder's file names: number to name, ascending. Two files for one
 * number (`2.yaml` and `2.yml`) are an error naming the second (`display` makes its path).
 */
export function versionFileNames(names: readonly string[], display: (name: string) => string): Map<number, string> {
  const seen = new Map<number, string>();
  for (const name of names) {
    const m = VERSION_FILE.exec(name);
    if (!m) continue;
    const n = Number(m[1]);
    if (seen.has(n)) throw new LockstepError(`two files for version ${n}: ${seen.get(n)} and ${name}`, { file: display(name) });
    seen.set(n, name);
  }
  return new Map([...seen].sort((a, b) => a[0] - b[0]));
}

/**
 * The folder of version files in a release repository: `versions/<N>.yaml`.
 * Paths in messages are relative to `displayRoot` (the workspace), as annotations need.
 */
export class VersionStore {
  constructor(
    readonly dir: string,
    private readonly displayRoot = process.cwd(),
  ) {}

  private display(path: string): string {
    return relative(this.displayRoot, path) || path;
  }

  /** Version numbers present, ascending. A missing folder is an empty store. */
  async list(): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return [...versionFileNames(names, name => this.display(join(this.dir, name))).keys()];
  }

  /** Path of version `n`'s file (the `.yaml` name unless a `.yml` one exists). */
  async pathOf(n: number): Promise<string> {
    const yml = join(this.dir, `${n}.yml`);
    try {
      await stat(yml);
      return yml;
    } catch {
      return join(this.dir, `${n}.yaml`);
    }
  }

  async read(n: number): Promise<VersionFile> {
    const path = await this.pathOf(n);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new LockstepError(`version ${n} does not exist`, { file: this.display(path) });
    }
    return parseVersionFile(text, this.display(path), n);
  }

  async latest(): Promise<VersionFile | undefined> {
    const all = await this.list();
    return all.length ? this.read(all[all.length - 1]) : undefined;
  }

  /**
   * Creates a new version file, complete or not at all, and never over another one: a second
   * run that planned the same number meanwhile loses the race with a clear error. Returns its path.
   */
  async write(v: VersionFile): Promise<string> {
    const path = join(this.dir, `${v.version}.yaml`);
    // The caller planned version N from version N-1: any file for N came from another run.
    const created = !(await this.list()).includes(v.version) && (await createFileExclusive(path, serializeVersionFile(v)));
    if (!created) {
      const theirs = this.display(await this.pathOf(v.version));
      throw new LockstepError(`${theirs} was written by another run meanwhile; run again`, { file: theirs });
    }
    return path;
  }
}
