import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './tmp.js';

const BUILDAH_BIN = '/usr/bin/buildah';

/** One entry of an image's file system, as listed from its mounted root. */
export interface ImageEntry {
  type: 'file' | 'dir' | 'symlink';
  /** Permission bits (e.g. 0o755). */
  mode: number;
  /** Symlink target text. */
  target?: string;
  /** Regular files: the bytes that landed. */
  content?: Buffer;
}

function run(bin: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BUILDAH_ISOLATION: 'chroot' } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${bin} ${args.slice(0, 8).join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/**
 * Real `buildah` builds in private, throw-away storage (`--root`/`--runroot` in a temp
 * folder, vfs driver, chroot isolation: what works as root without a daemon or fuse).
 */
export class Buildah {
  private constructor(private readonly dir: { path: string; cleanup: () => Promise<void> }) {}

  static async create(): Promise<Buildah> {
    if (!existsSync(BUILDAH_BIN)) {
      throw new Error(`${BUILDAH_BIN} is missing: install the Debian package buildah (apt-get install buildah); .ci/run does`);
    }
    return new Buildah(await tempDir('lockstep-buildah-'));
  }

  private global(): string[] {
    return ['--root', join(this.dir.path, 'root'), '--runroot', join(this.dir.path, 'run'), '--storage-driver', 'vfs'];
  }

  buildah(args: string[], cwd?: string): Promise<string> {
    return run(BUILDAH_BIN, [...this.global(), ...args], cwd);
  }

  /** `buildah bud` of a context; returns the image id. */
  async build(context: string, tag: string, options: { dockerfile?: string; buildArgs?: Record<string, string> } = {}): Promise<string> {
    const args = ['bud', '--isolation', 'chroot', '--quiet', '-t', tag];
    if (options.dockerfile) args.push('-f', options.dockerfile);
    for (const [k, v] of Object.entries(options.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
    args.push(context);
    const out = await this.buildah(args);
    return out.trim().split('\n').pop() ?? '';
  }

  /** Pushes a local image to a plain-HTTP registry (the test registry on 127.0.0.1). */
  async push(image: string, destination: string, creds?: { username: string; password: string }): Promise<void> {
    const args = ['push', '--tls-verify=false'];
    if (creds) args.push('--creds', `${creds.username}:${creds.password}`);
    args.push(image, `docker://${destination}`);
    await this.buildah(args);
  }

  /**
   * Every path in the image's root file system (relative, `/`-separated), read from a
   * working container's mount — what a real build actually put there.
   */
  async listFiles(image: string): Promise<Map<string, ImageEntry>> {
    const container = (await this.buildah(['from', '--pull-never', image])).trim();
    try {
      const root = (await this.buildah(['mount', container])).trim();
      const entries = new Map<string, ImageEntry>();
      const walk = async (rel: string): Promise<void> => {
        for (const name of await readdir(join(root, rel))) {
          const path = rel ? `${rel}/${name}` : name;
          const st = await lstat(join(root, path));
          if (st.isSymbolicLink()) {
            entries.set(path, { type: 'symlink', mode: st.mode & 0o7777, target: await readlink(join(root, path)) });
          } else if (st.isDirectory()) {
            entries.set(path, { type: 'dir', mode: st.mode & 0o7777 });
            await walk(path);
          } else {
            entries.set(path, { type: 'file', mode: st.mode & 0o7777, content: await readFile(join(root, path)) });
          }
        }
      };
      await walk('');
      return entries;
    } finally {
      await this.buildah(['umount', container]).catch(() => undefined);
      await this.buildah(['rm', container]).catch(() => undefined);
    }
  }

  /** Removes every container and image, then the storage folder. */
  async cleanup(): Promise<void> {
    await this.buildah(['umount', '--all']).catch(() => undefined);
    await this.buildah(['rm', '--all']).catch(() => undefined);
    await this.buildah(['rmi', '--all', '--force']).catch(() => undefined);
    await this.dir.cleanup();
  }
}
