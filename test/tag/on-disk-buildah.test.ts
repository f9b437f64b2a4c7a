import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashTag, type HashTagResult } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import type { Reporter } from '../../src/core/reporter.js';
import { LockstepError } from '../../src/core/errors.js';
import { Buildah, type ImageEntry } from '../support/buildah.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

// "Hash what Docker reads": for every way the bytes on disk can differ from what git's index
// says (links, submodules, sparse checkouts, checkout conversions, settings that make git look
// away), a real buildah build of the context is the ground truth: the files that landed in the
// image must be exactly the files of the tag's manifest, and the tag moves with them.

const quiet: Reporter = { info: () => undefined, warning: () => undefined, error: () => undefined, group: (_t, fn) => fn(), summary: () => undefined };
const COPY_ALL = 'FROM scratch\nCOPY . /ctx/\n';

function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** What landed under /ctx: files and links (git, and so a tag, knows no folder), and the folders apart. */
function landed(entries: Map<string, ImageEntry>): { files: Map<string, ImageEntry>; dirs: string[] } {
  const files = new Map<string, ImageEntry>();
  const dirs: string[] = [];
  for (const [path, entry] of entries) {
    if (!path.startsWith('ctx/')) continue;
    if (entry.type === 'dir') dirs.push(path.slice(4));
    else files.set(path.slice(4), entry);
  }
  return { files, dirs };
}

/** The manifest of `name` holds exactly the files that landed, with their modes and bytes. */
function expectSameFiles(result: HashTagResult, name: string, files: Map<string, ImageEntry>): void {
  const image = result.images.find(i => i.name === name)!;
  const hashed = Object.fromEntries(image.manifest.files.map(([path, mode, oid]) => [path, `${mode} ${oid}`]));
  const built = Object.fromEntries(
    [...files].map(([path, e]) => [path, e.type === 'symlink' ? `120000 ${gitBlobId(Buffer.from(e.target!))}` : `${e.mode & 0o100 ? '100755' : '100644'} ${gitBlobId(e.content!)}`]),
  );
  expect(hashed).toEqual(built);
}

describe('what Docker reads, against real buildah builds', () => {
  let buildah: Buildah;
  let dir: { path: string; cleanup: () => Promise<void> };
  let n = 0;
  const build = async (context: string, dockerfile?: string) => {
    const tag = `localhost/on-disk-${++n}:test`;
    await buildah.build(context, tag, { dockerfile });
    return landed(await buildah.listFiles(tag));
  };
  const tagsOf = async (workspace: string) => Object.fromEntries((await hashTag({ ...ports, workspace }, quiet)).images.map(i => [i.name, i.tag]));

  beforeAll(async () => {
    buildah = await Buildah.create();
    dir = await tempDir('lockstep-on-disk-');
  });
  afterAll(async () => {
    await buildah?.cleanup();
    await dir?.cleanup();
  });

  test('a Dockerfile that is a symbolic link counts by the bytes it leads to', async () => {
    const repo = TestRepo.create(join(dir.path, 'dockerfile-link'));
    repo.write('images.yaml', 'images:\n  app:\n    context: app\n    dockerfile: app/Dockerfile\n');
    repo.write('docker/app.Dockerfile', 'FROM scratch\nCOPY a.txt /ctx/\n').write('app/a.txt', 'a\n');
    symlinkSync('../docker/app.Dockerfile', join(repo.dir, 'app/Dockerfile'));
    repo.commit('linked Dockerfile');
    const before = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    expect(before.images[0].manifest.dockerfile).toBe(gitBlobId(readFileSync(join(repo.dir, 'docker/app.Dockerfile'))));
    expect((await build(join(repo.dir, 'app'), join(repo.dir, 'app/Dockerfile'))).files.has('a.txt')).toBe(true);
    // The target changes what is built (a second file copied): the tag moves, though the link did not change.
    repo.write('docker/app.Dockerfile', 'FROM scratch\nCOPY . /ctx/\n');
    const after = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    expect(after.images[0].tag).not.toBe(before.images[0].tag);
    expectSameFiles(after, 'app', (await build(join(repo.dir, 'app'), join(repo.dir, 'app/Dockerfile'))).files);
  });

  test('a context that is a symbolic link is the folder it leads to; one leading out of the repository is refused', async () => {
    const repo = TestRepo.create(join(dir.path, 'context-link'));
    repo.write('images.yaml', 'images:\n  app:\n    context: services/app\n');
    repo.write('real/app/Dockerfile', COPY_ALL).write('real/app/main.txt', 'main\n');
    mkdirSync(join(repo.dir, 'services'));
    symlinkSync('../real/app', join(repo.dir, 'services/app'));
    repo.commit('linked context');
    const result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    expect(result.images[0].context).toBe('real/app');
    expectSameFiles(result, 'app', (await build(join(repo.dir, 'services/app'))).files);
    const first = result.images[0].tag;
    repo.write('real/app/main.txt', 'main, edited\n');
    expect((await tagsOf(repo.dir)).app).not.toBe(first);

    const outside = join(dir.path, 'outside-context');
    mkdirSync(outside);
    writeFileSync(join(outside, 'Dockerfile'), COPY_ALL);
    repo.write('images.yaml', 'images:\n  app:\n    context: services/app\n  leaky:\n    context: services/leaky\n');
    symlinkSync(outside, join(repo.dir, 'services/leaky'));
    const error = await hashTag({ ...ports, workspace: repo.dir }, quiet).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toMatch(/^images\.leaky\.context: "services\/leaky" is a symbolic link that leads out of the repository/);
    expect((error as LockstepError).location).toEqual({ file: 'images.yaml', line: 5 });
  });

  test('a submodule counts by its files on disk: an uninitialised one is an empty folder to BuildKit', async () => {
    const lib = TestRepo.create(join(dir.path, 'lib'));
    lib.write('lib.txt', 'library\n').write('tool.sh', '#!/bin/sh\n', 0o755).commit('lib');
    const repo = TestRepo.create(join(dir.path, 'with-submodule'));
    repo.write('images.yaml', 'images:\n  app:\n    context: app\n');
    // The submodule's own `.git` file is not part of an image, as no `.git` is (docs/how-it-works.md).
    repo.write('app/Dockerfile', COPY_ALL).write('app/.dockerignore', 'lib/.git\n').write('app/main.txt', 'main\n');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'app/lib');
    repo.commit('submodule');
    const initialised = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    const full = await build(join(repo.dir, 'app'));
    expect([...full.files.keys()].sort()).toEqual(['.dockerignore', 'Dockerfile', 'lib/lib.txt', 'lib/tool.sh', 'main.txt']);
    expectSameFiles(initialised, 'app', full.files);

    // A fresh clone without `--recurse-submodules`: the submodule's folder is there, empty.
    const clone = join(dir.path, 'clone-uninitialised');
    repo.git('clone', '-q', repo.dir, clone);
    const uninitialised = await hashTag({ ...ports, workspace: clone }, quiet);
    const empty = await build(join(clone, 'app'));
    expect(empty.dirs).toContain('lib');
    expect([...empty.files.keys()].some(p => p.startsWith('lib/'))).toBe(false);
    expectSameFiles(uninitialised, 'app', empty.files);
    expect(uninitialised.images[0].tag).not.toBe(initialised.images[0].tag);

    // An edit inside the initialised submodule moves the tag.
    repo.write('app/lib/lib.txt', 'library, edited\n');
    expect((await tagsOf(repo.dir)).app).not.toBe(initialised.images[0].tag);
  });

  test('a sparse checkout: files absent from disk are not sent', async () => {
    const repo = TestRepo.create(join(dir.path, 'sparse'));
    repo.write('images.yaml', 'images:\n  app:\n    context: app\n');
    repo.write('app/Dockerfile', COPY_ALL).write('app/kept/a.txt', 'a\n').write('app/gone/b.txt', 'b\n');
    repo.commit('tree');
    const full = await tagsOf(repo.dir);
    repo.git('sparse-checkout', 'set', '--no-cone', '/images.yaml', '/app/Dockerfile', '/app/kept/');
    const result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    const files = (await build(join(repo.dir, 'app'))).files;
    expect([...files.keys()].sort()).toEqual(['Dockerfile', 'kept/a.txt']);
    expectSameFiles(result, 'app', files);
    expect(result.images[0].tag).not.toBe(full.app);
  });

  test('checkout conversions (eol, a filter) and settings that make git look away (fileMode, assume-unchanged, skip-worktree, autocrlf)', async () => {
    const repo = TestRepo.create(join(dir.path, 'conversions'));
    repo.write('images.yaml', 'images:\n  app:\n    context: app\n');
    repo.write('.gitattributes', '*.crlf text eol=crlf\n*.up filter=upper\n');
    repo.git('config', 'filter.upper.smudge', 'tr a-z A-Z');
    repo.git('config', 'filter.upper.clean', 'tr A-Z a-z');
    repo.write('app/Dockerfile', COPY_ALL).write('app/dos.crlf', 'one\ntwo\n').write('app/shout.up', 'quiet words\n');
    repo.write('app/mode.sh', 'echo\n').write('app/assumed.txt', 'assumed\n').write('app/skipped.txt', 'skipped\n').write('app/plain.txt', 'plain\n');
    repo.commit('tree');
    // Checked out again, so that the attributes apply to what is on disk.
    repo.remove('app');
    repo.git('checkout', '--', 'app');
    expect(readFileSync(join(repo.dir, 'app/dos.crlf'), 'utf8')).toBe('one\r\ntwo\r\n');
    expect(readFileSync(join(repo.dir, 'app/shout.up'), 'utf8')).toBe('QUIET WORDS\n');
    expect(repo.git('status', '--porcelain')).toBe('');
    const converted = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    expectSameFiles(converted, 'app', (await build(join(repo.dir, 'app'))).files);

    // Edits git does not report: each moves the tag, and the manifest still matches the build.
    let last = converted.images[0].tag;
    const moves = async () => {
      expect(repo.git('status', '--porcelain')).toBe('');
      const result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
      expect(result.images[0].tag).not.toBe(last);
      last = result.images[0].tag;
      return result;
    };
    repo.git('config', 'core.fileMode', 'false');
    chmodSync(join(repo.dir, 'app/mode.sh'), 0o755);
    await moves();
    repo.git('update-index', '--assume-unchanged', 'app/assumed.txt');
    repo.write('app/assumed.txt', 'assumed, edited\n');
    await moves();
    repo.git('update-index', '--skip-worktree', 'app/skipped.txt');
    repo.write('app/skipped.txt', 'skipped, edited\n');
    const edited = await moves();
    expectSameFiles(edited, 'app', (await build(join(repo.dir, 'app'))).files);

    // core.autocrlf=true: text files are written with CRLF on checkout.
    repo.git('config', 'core.autocrlf', 'true');
    repo.remove('app/plain.txt');
    repo.git('checkout', '--', 'app/plain.txt');
    expect(readFileSync(join(repo.dir, 'app/plain.txt'), 'utf8')).toBe('plain\r\n');
    const crlf = await moves();
    expectSameFiles(crlf, 'app', (await build(join(repo.dir, 'app'))).files);
  });
});
