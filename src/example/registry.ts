import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { writeFileAtomic } from '../adapters/fs.js';
import type { TagRegistry } from '../jobs/ports.js';

/**
 * The example's container registry: a JSON list of pushed image references in a folder.
 * hash-tag asks it which tags exist exactly as it asks a real registry (the same
 * `TagRegistry` interface); "building and pushing" an image adds its reference.
 */
export class FolderRegistry implements TagRegistry {
  /** Number of `hasManifest` questions answered, so the example can show what a run cost. */
  asked = 0;

  constructor(readonly dir: string) {}

  private get file(): string {
    return join(this.dir, 'pushed.json');
  }

  async pushed(): Promise<string[]> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as string[];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async push(refs: readonly string[]): Promise<void> {
    const all = new Set([...(await this.pushed()), ...refs]);
    await writeFileAtomic(this.file, `${JSON.stringify([...all].sort(), null, 2)}\n`);
  }

  async hasManifest(image: string): Promise<boolean> {
    this.asked++;
    return (await this.pushed()).includes(image);
  }

  async resolveDigest(image: string): Promise<string> {
    throw new LockstepError(`the example registry keeps no digests (asked for ${image})`);
  }
}
