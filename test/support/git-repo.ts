import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/**
 * A real git repository in a temp folder, with helpers that produce the histories GitHub
 * produces: merge commits ("Merge pull request #N from owner/branch") and squash merges
 * ("Title (#N)").
 */
export class TestRepo {
  private clock = 1_700_000_000;

  private constructor(readonly dir: string, readonly branch: string) {}

  static create(dir: string, branch = 'main', objectFormat: 'sha1' | 'sha256' = 'sha1'): TestRepo {
    mkdirSync(dir, { recursive: true });
    execFileSync('git', ['init', '-q', '-b', branch, `--object-format=${objectFormat}`, dir], { env: ENV });
    const repo = new TestRepo(dir, branch);
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    // Fixed, advancing dates: same script, same commit ids on any machine.
    const date = `${this.clock++} +0000`;
    return execFileSync('git', args, { cwd: this.dir, env: { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' }).trim();
  }

  write(path: string, content: string, mode?: number): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    if (mode !== undefined) chmodSync(full, mode);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * Simulates a merged pull request with a merge commit: a topic branch with one commit
   * (changing `files`), merged with --no-ff and GitHub's subject line. Returns the merge commit.
   */
  mergePull(number: number, title: string, body = '', files: Record<string, string> = { [`changes/pr-${number}.txt`]: title }): string {
    const topic = `pr-${number}`;
    this.git('checkout', '-q', '-b', topic);
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.commit(title);
    this.git('checkout', '-q', this.branch);
    const message = `Merge pull request #${number} from acme/${topic}\n\n${title}${body ? `\n\n${body}` : ''}`;
    this.git('merge', '-q', '--no-ff', topic, '-m', message);
    this.git('branch', '-q', '-D', topic);
    return this.head();
  }

  /** Simulates a squash-merged pull request: one commit "Title (#N)" with the body. */
  squashPull(number: number, title: string, body = '', files: Record<string, string> = { [`changes/pr-${number}.txt`]: title }): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    return this.commit(`${title} (#${number})${body ? `\n\n${body}` : ''}`);
  }
}
