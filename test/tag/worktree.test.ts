import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWorktreeListing } from '../../src/adapters/git/listing.js';
import { commitSnapshot, gitBlobId, outermost, worktreeSnapshot } from '../../src/adapters/git/worktree.js';
import type { FileIndex } from '../../src/core/tag/file-index.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

const byPath = (index: FileIndex) => Object.fromEntries(index.entries().map(e => [e.path, `${e.mode} ${e.oid}`]));
const hashObject = (dir: string, path: string) => execFileSync('git', ['hash-object', '--', path], { cwd: dir, encoding: 'utf8' }).trim();

const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

describe('worktree listing', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  let committed: string;

  beforeAll(async () => {
    dir = await tempDir('lockstep-worktree-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo
      .write('.gitignore', 'app/target/\n*.secret\n')
      .write('app/Dockerfile', 'FROM scratch\n')
      .write('app/src/main.txt', 'main\n')
      .write('app/src/gone.txt', 'gone\n')
      .write('app/src/staged-gone.txt', 'x\n')
      .write('app/run.sh', 'echo hi\n')
      .write('app/tool.sh', 'echo tool\n', 0o755)
      .write('odd*name/file', 'literal\n')
      .write('oddXname/file', 'not matched by the literal pathspec\n')
      .write('other/file', 'other\n');
    symlinkSync('src/main.txt', join(repo.dir, 'app/link'));
    committed = repo.commit('init');
    // Now make the working tree differ from the index in every way git distinguishes.
    repo.write('app/src/main.txt', 'main, edited\n');
    repo.remove('app/src/gone.txt');
    repo.git('rm', '-q', 'app/src/staged-gone.txt');
    chmodSync(join(repo.dir, 'app/run.sh'), 0o755);
    repo.write('app/src/new.txt', 'untracked\n');
    repo.write('app/target/app.jar', 'built by an earlier step\n');
    repo.write('app/key.secret', 'gitignored file\n');
    symlinkSync('does/not/exist', join(repo.dir, 'app/broken'));
    symlinkSync('/etc/passwd', join(repo.dir, 'app/abs-link'));
  });

  afterAll(async () => dir.cleanup());

  test('the working tree as Docker sees it, in a git repository', async () => {
    const entries = byPath(await worktreeSnapshot(repo.dir, warn).list(['app']));
    const d = repo.dir;
    expect(entries).toEqual({
      '.gitignore': undefined,
      'app/Dockerfile': `100644 ${hashObject(d, 'app/Dockerfile')}`,
      'app/src/main.txt': `100644 ${hashObject(d, 'app/src/main.txt')}`,
      'app/src/new.txt': `100644 ${hashObject(d, 'app/src/new.txt')}`,
      'app/run.sh': `100755 ${hashObject(d, 'app/run.sh')}`,
      'app/tool.sh': `100755 ${hashObject(d, 'app/tool.sh')}`,
      'app/link': `120000 ${gitBlobId(Buffer.from('src/main.txt'))}`,
      'app/broken': `120000 ${gitBlobId(Buffer.from('does/not/exist'))}`,
      'app/abs-link': `120000 ${gitBlobId(Buffer.from('/etc/passwd'))}`,
      'app/target/app.jar': `100644 ${hashObject(d, 'app/target/app.jar')}`,
      'app/key.secret': `100644 ${hashObject(d, 'app/key.secret')}`,
    });
    // The edited file's id is of the new bytes, not the committed ones.
    expect(entries['app/src/main.txt']).not.toBe(`100644 ${repo.git('rev-parse', `${committed}:app/src/main.txt`)}`);
  });

  test('the listing without git agrees with the listing with git', async () => {
    const copy = join(dir.path, 'copy');
    cpSync(repo.dir, copy, { recursive: true, verbatimSymlinks: true });
    rmSync(join(copy, '.git'), { recursive: true });
    const withGit = byPath(await worktreeSnapshot(repo.dir, warn).list());
    const withoutGit = byPath(await worktreeSnapshot(copy, warn).list());
    expect(withoutGit).toEqual(withGit);
    expect(Object.keys(withGit).some(p => p.startsWith('.git/'))).toBe(false);
  });

  test('files that no tag can see are listed but never read', async () => {
    const needs = (path: string) => !path.startsWith('app/target/');
    const entries = byPath(await worktreeSnapshot(repo.dir, warn).list(['app'], needs));
    expect(entries['app/target/app.jar']).toBe('100644 ');
    expect(entries['app/src/new.txt']).toBe(`100644 ${hashObject(repo.dir, 'app/src/new.txt')}`);
    const copy = join(dir.path, 'copy-needs');
    cpSync(join(repo.dir, 'app'), copy, { recursive: true, verbatimSymlinks: true });
    const walked = byPath(await worktreeSnapshot(copy, warn).list(undefined, p => p !== 'tool.sh'));
    expect(walked['tool.sh']).toBe('100755 ');
    expect(walked['run.sh']).toBe(`100755 ${hashObject(repo.dir, 'app/run.sh')}`);
  });

  test('a gitignored folder in which nothing can be needed is not walked at all', async () => {
    const asked: string[] = [];
    const skipTarget = Object.assign((path: string) => (asked.push(path), true), { anyBelow: (d: string) => d !== 'app/target' });
    const entries = byPath(await worktreeSnapshot(repo.dir, warn).list(['app'], skipTarget));
    expect(Object.keys(entries).filter(p => p.startsWith('app/target'))).toEqual([]);
    expect(asked.filter(p => p.startsWith('app/target'))).toEqual([]);
    expect(entries['app/src/new.txt']).toBe(`100644 ${hashObject(repo.dir, 'app/src/new.txt')}`);
    expect(entries['app/key.secret']).toBe(`100644 ${hashObject(repo.dir, 'app/key.secret')}`);
    // When something below may be needed, the folder is walked and its files read as before.
    const walkTarget = Object.assign(() => true, { anyBelow: () => true });
    expect(byPath(await worktreeSnapshot(repo.dir, warn).list(['app'], walkTarget))['app/target/app.jar']).toBe(`100644 ${hashObject(repo.dir, 'app/target/app.jar')}`);
    // Outside git, the walker skips such folders too.
    const copy = join(dir.path, 'copy-skip');
    cpSync(join(repo.dir, 'app'), copy, { recursive: true, verbatimSymlinks: true });
    const walked = byPath(await worktreeSnapshot(copy, warn).list(undefined, Object.assign(() => true, { anyBelow: (d: string) => d !== 'target' })));
    expect(Object.keys(walked).filter(p => p.startsWith('target'))).toEqual([]);
    expect(walked['src/new.txt']).toBeDefined();
  });

  test('a listing started ahead (the action does, while it loads) gives the same files for the paths asked', async () => {
    const plain = byPath(await worktreeSnapshot(repo.dir, warn).list(['app']));
    startWorktreeListing(repo.dir);
    const early = byPath(await worktreeSnapshot(repo.dir, warn).list(['app']));
    expect(Object.fromEntries(Object.entries(early).filter(([p]) => p.startsWith('app/')))).toEqual(plain);
    // Used once: the next listing asks git again, and sees what changed since.
    repo.write('app/src/later.txt', 'later\n');
    try {
      expect(byPath(await worktreeSnapshot(repo.dir, warn).list(['app']))['app/src/later.txt']).toBe(`100644 ${hashObject(repo.dir, 'app/src/later.txt')}`);
    } finally {
      rmSync(join(repo.dir, 'app/src/later.txt'));
    }
    // Outside a repository the head start fails quietly and the files are read instead.
    const plainDir = join(dir.path, 'not-a-repo-head-start');
    cpSync(join(repo.dir, 'other'), plainDir, { recursive: true });
    startWorktreeListing(plainDir);
    expect(Object.keys(byPath(await worktreeSnapshot(plainDir, warn).list()))).toEqual(['file']);
  });

  test('untracked and gitignored files are merged into path order', async () => {
    const paths = (await worktreeSnapshot(repo.dir, warn).list(['app'])).entries().map(e => e.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths).toEqual(expect.arrayContaining(['app/src/new.txt', 'app/target/app.jar', 'app/key.secret', 'app/src/main.txt']));
  });

  test('paths are literal and limit the listing', async () => {
    const entries = byPath(await worktreeSnapshot(repo.dir, warn).list(['odd*name', 'app/Dockerfile']));
    expect(Object.keys(entries).sort()).toEqual(['app/Dockerfile', 'odd*name/file']);
  });

  test('many paths: the whole workspace is listed once, but nothing outside the paths is read', async () => {
    const many = ['app/Dockerfile', 'odd*name', ...Array.from({ length: 10 }, (_, i) => `nothing-${i}`)];
    const read: string[] = [];
    const entries = byPath(await worktreeSnapshot(repo.dir, warn).list(many, p => (read.push(p), true)));
    expect(entries['app/Dockerfile']).toBe(`100644 ${hashObject(repo.dir, 'app/Dockerfile')}`);
    expect(entries['odd*name/file']).toBeDefined();
    // app/src/new.txt is untracked and outside the paths: listed by git, never read.
    expect(read).toEqual([]);
    expect(outermost(['a/b', 'a', 'a-b/c', 'a-b', 'c/d/e', 'c/d'])).toEqual(['a', 'a-b', 'c/d']);
  });

  test('a workspace below the repository root lists relative to itself', async () => {
    const entries = byPath(await worktreeSnapshot(join(repo.dir, 'app'), warn).list(['src']));
    expect(Object.keys(entries).sort()).toEqual(['src/main.txt', 'src/new.txt']);
    expect(entries['src/main.txt']).toBe(`100644 ${hashObject(repo.dir, 'app/src/main.txt')}`);
  });

  test('a clean checkout is the index itself', async () => {
    const clean = join(dir.path, 'clean');
    execFileSync('git', ['clone', '-q', repo.dir, clean]);
    const entries = await worktreeSnapshot(clean, warn).list();
    const expected = execFileSync('git', ['ls-files', '-s'], { cwd: clean, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(line => {
        const [meta, path] = line.split('\t');
        const [mode, oid] = meta.split(' ');
        return [path, `${mode} ${oid}`];
      });
    expect(byPath(entries)).toEqual(Object.fromEntries(expected));
  });

  test("git's index comes first; the listing is that very index when nothing differs", async () => {
    const clean = join(dir.path, 'clean-early');
    execFileSync('git', ['clone', '-q', repo.dir, clean]);
    const snapshot = worktreeSnapshot(clean, warn);
    const indexed = await snapshot.indexed!(['app']);
    expect(await snapshot.list(['app'])).toBe(indexed);
    // A gitignored folder nothing can need is not walked, and changes nothing either.
    writeFileSync(join(clean, '.gitignore'), 'app/target/\n*.secret\nnode_modules/\n');
    execFileSync('mkdir', ['-p', join(clean, 'app/node_modules/x')]);
    writeFileSync(join(clean, 'app/node_modules/x/index.js'), 'x');
    const withIgnored = worktreeSnapshot(clean, warn);
    const needs = Object.assign(() => true, { anyBelow: (d: string) => !d.endsWith('node_modules') });
    expect(await withIgnored.list(['app'], needs)).toBe(await withIgnored.indexed!(['app']));
    // An edit: the listing differs from the index, which still says what git recorded.
    writeFileSync(join(clean, 'app/run.sh'), 'edited\n');
    const edited = worktreeSnapshot(clean, warn);
    const [before, after] = [await edited.indexed!(['app']), await edited.list(['app'])];
    expect(after).not.toBe(before);
    expect(before.get('app/run.sh')!.oid).toBe(repo.git('rev-parse', `${committed}:app/run.sh`));
    expect(after.get('app/run.sh')!.oid).toBe(hashObject(clean, 'app/run.sh'));
  });

  test('a SHA-256 repository: its index as git lists it, and files read from disk named as git would name them', async () => {
    const sha256 = TestRepo.create(join(dir.path, 'sha256'), 'main', 'sha256');
    sha256.write('app/a.txt', 'a\n').write('app/b.sh', 'b\n', 0o755).write('app/c.txt', 'c\n');
    sha256.commit('init');
    const clean = await worktreeSnapshot(sha256.dir, warn).list(['app']);
    const lsFiles = sha256.git('ls-files', '-s', 'app').split('\n').map(line => {
      const [meta, path] = line.split('\t');
      const [mode, oid] = meta.split(' ');
      return [path, `${mode} ${oid}`];
    });
    expect(byPath(clean)).toEqual(Object.fromEntries(lsFiles));
    expect(clean.get('app/a.txt')!.oid).toHaveLength(64);
    // Edited and new files get the ids git gives them once committed: the tag does not change on commit.
    sha256.write('app/a.txt', 'a, edited\n').write('app/new.txt', 'new\n');
    const edited = await worktreeSnapshot(sha256.dir, warn).list(['app']);
    expect(edited.get('app/a.txt')!.oid).toBe(hashObject(sha256.dir, 'app/a.txt'));
    expect(edited.get('app/new.txt')!.oid).toBe(hashObject(sha256.dir, 'app/new.txt'));
    expect(edited.get('app/b.sh')).toEqual(clean.get('app/b.sh'));
  });

  test("non-ASCII paths that git orders differently from JavaScript are all found", async () => {
    // By bytes (git): z < é < U+E000 < 😀; by UTF-16 units (JavaScript): z < é < 😀 < U+E000.
    const names = ['z.txt', 'é.txt', '\uE000.txt', '😀.txt'];
    const odd = TestRepo.create(join(dir.path, 'non-ascii'));
    for (const n of names) odd.write(`app/${n}`, `${n}\n`);
    odd.commit('names');
    const index = await worktreeSnapshot(odd.dir, warn).list(['app']);
    for (const n of names) expect(index.get(`app/${n}`)?.oid).toBe(hashObject(odd.dir, `app/${n}`));
    expect(index.under('app')).toHaveLength(4);
  });

  test('a merge conflict: the conflicted file once, as it is on disk', async () => {
    const conflicted = TestRepo.create(join(dir.path, 'conflicted'));
    conflicted.write('app/x.txt', 'base\n').write('app/y.txt', 'y\n').commit('base');
    conflicted.git('checkout', '-q', '-b', 'side');
    conflicted.write('app/x.txt', 'side\n').commit('side');
    conflicted.git('checkout', '-q', 'main');
    conflicted.write('app/x.txt', 'main\n').commit('main');
    expect(() => conflicted.git('merge', '-q', 'side')).toThrow();
    // git's index now lists app/x.txt three times (stages 1, 2 and 3).
    expect(conflicted.git('ls-files', '-s', 'app/x.txt').split('\n')).toHaveLength(3);
    const index = await worktreeSnapshot(conflicted.dir, warn).list(['app']);
    expect(index.entries().map(e => e.path)).toEqual(['app/x.txt', 'app/y.txt']);
    expect(index.get('app/x.txt')!.oid).toBe(hashObject(conflicted.dir, 'app/x.txt'));
  });

  test('a commit lists what ls-tree gives and reads texts', async () => {
    const snapshot = await commitSnapshot(repo.dir, 'HEAD');
    expect(snapshot.label).toBe(committed);
    const entries = byPath(await snapshot.list(['app']));
    expect(entries['app/src/gone.txt']).toBe(`100644 ${repo.git('rev-parse', `${committed}:app/src/gone.txt`)}`);
    expect(entries['app/run.sh']).toMatch(/^100644 /);
    expect(entries['app/link']).toMatch(/^120000 /);
    expect(entries['app/src/new.txt']).toBeUndefined();
    expect(await snapshot.readText('app/src/main.txt')).toBe('main\n');
    expect(await snapshot.readText('nope')).toBeUndefined();
    await expect(commitSnapshot(repo.dir, 'no-such-rev')).rejects.toThrow(/not a commit/);
    await expect(commitSnapshot(repo.dir, '--output=/tmp/x')).rejects.toThrow(/not a commit/);
  });

  test('an unreadable oddity (a FIFO) is skipped, not hashed', async () => {
    const plain = join(dir.path, 'plain');
    cpSync(join(repo.dir, 'other'), plain, { recursive: true });
    execFileSync('mkfifo', [join(plain, 'pipe')]);
    writeFileSync(join(plain, 'x'), 'x');
    expect(Object.keys(byPath(await worktreeSnapshot(plain, warn).list())).sort()).toEqual(['file', 'x']);
  });
});
