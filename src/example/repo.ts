import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertCommitId } from '../core/commit.js';
import { git } from '../adapters/git/git.js';

/** Identity and settings for the example's commits, whatever the machine's git config says. */
const IDENTITY = ['-c', 'user.name=Lockstep Example', '-c', 'user.email=example@lockstep.invalid', '-c', 'commit.gpgsign=false'];

/**
 * A real git repository the example writes to, with the histories GitHub produces: merge
 * commits (`Merge pull request #N from owner/branch`, title, then the PR description).
 */
export class ExampleRepo {
  private constructor(
    readonly name: string,
    readonly dir: string,
    readonly branch: string,
  ) {}

  static async create(name: string, dir: string, branch = 'main'): Promise<ExampleRepo> {
    await mkdir(dir, { recursive: true });
    await git(dir, ['init', '-q', '-b', branch]);
    return new ExampleRepo(name, dir, branch);
  }

  async write(files: Record<string, string>, mode?: number): Promise<this> {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
      if (mode !== undefined) await chmod(full, mode);
    }
    return this;
  }

  async remove(path: string): Promise<this> {
    await rm(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  /** Stages everything and commits; returns the commit id. */
  async commit(message: string): Promise<string> {
    await git(this.dir, ['add', '-A']);
    await git(this.dir, [...IDENTITY, 'commit', '-q', '--allow-empty', '-F', '-'], { input: message });
    return this.head();
  }

  async head(): Promise<string> {
    const { stdout } = await git(this.dir, ['rev-parse', 'HEAD']);
    return assertCommitId(stdout.trim(), `${this.name} HEAD`);
  }

  /**
   * A pull request merged the way GitHub's merge button does: a topic branch with one commit,
   * merged with --no-ff under GitHub's subject, the title and the description. Returns the
   * merge commit.
   */
  async mergePull(pull: ExamplePull): Promise<string> {
    const topic = `pr-${pull.number}`;
    await git(this.dir, ['checkout', '-q', '-b', topic]);
    await this.write(pull.files);
    for (const path of pull.remove ?? []) await this.remove(path);
    await this.commit(pull.title);
    await git(this.dir, ['checkout', '-q', this.branch]);
    const message = `Merge pull request #${pull.number} from acme/${topic}\n\n${pull.title}${pull.body ? `\n\n${pull.body}` : ''}\n`;
    // An argument vector, never a shell: the title and description are passed as they are.
    await git(this.dir, [...IDENTITY, 'merge', '-q', '--no-ff', '-m', message, topic]);
    await git(this.dir, ['branch', '-q', '-D', topic]);
    return this.head();
  }
}

export interface ExamplePull {
  number: number;
  title: string;
  /** The PR description; dependency blocks live here. */
  body?: string;
  files: Record<string, string>;
  remove?: string[];
}
