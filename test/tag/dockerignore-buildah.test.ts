import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { hashTag, type HashTagResult } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import type { Reporter } from '../../src/core/reporter.js';
import { Buildah, type ImageEntry } from '../support/buildah.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

// The proof that hash-tag hashes exactly what Docker sends: a real build (buildah, which
// applies `.dockerignore` with the containers/moby matcher) copies the whole context into
// a FROM scratch image, and the files that landed are compared with the tag's file list.
// Buildah's matcher (containers/storage fileutils) is the pre-fix moby one: it fails on `c++`
// and reads `file(1).txt` as a regexp group, and its line reader keeps a CR. Where it and
// BuildKit part, BuildKit decides: those rules are proven against the Go source of
// moby/patternmatcher in dockerignore-go.test.ts; this test keeps to patterns both agree on.

const quiet: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
  summary: () => undefined,
};

const COPY_ALL = 'FROM scratch\nCOPY . /ctx/\n';

const APP_IGNORE = `# a comment is not a pattern
*.log
!important.log
**/*.tmp
*/temp*
/secret.txt
build
!build/keep.txt
!build/keep/
docs/**/*.md
!docs/README.md
.env*
./Dockerfile
node_modules
vendor
!vendor/keep/**
`;

function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** What landed under /ctx, without folders (git, and so a tag, knows no empty folder). */
function landedFiles(entries: Map<string, ImageEntry>): Map<string, ImageEntry> {
  const out = new Map<string, ImageEntry>();
  for (const [path, entry] of entries) if (path.startsWith('ctx/') && entry.type !== 'dir') out.set(path.slice(4), entry);
  return out;
}

/** The same file, mode and content in the image as in the tag's manifest. */
function compare(result: HashTagResult, name: string, landed: Map<string, ImageEntry>): void {
  const image = result.images.find(i => i.name === name)!;
  const hashed = new Map(image.manifest.files.map(([path, mode, oid]) => [path, { mode, oid }]));
  expect([...hashed.keys()].sort()).toEqual([...landed.keys()].sort());
  for (const [path, entry] of landed) {
    const h = hashed.get(path)!;
    if (entry.type === 'symlink') {
      expect({ path, mode: h.mode, oid: h.oid }).toEqual({ path, mode: '120000', oid: gitBlobId(Buffer.from(entry.target!)) });
    } else {
      expect({ path, mode: h.mode, oid: h.oid }).toEqual({ path, mode: entry.mode & 0o100 ? '100755' : '100644', oid: gitBlobId(entry.content!) });
    }
  }
}

describe('.dockerignore handling agrees with a real buildah build', () => {
  let buildah: Buildah;
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  let result: HashTagResult;

  beforeAll(async () => {
    buildah = await Buildah.create();
    dir = await tempDir('lockstep-dockerignore-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo.write(
      'images.yaml',
      'images:\n  app:\n    context: app\n  svc:\n    context: svc\n    dockerfile: docker/svc.Dockerfile\n',
    );
    repo.write('.gitignore', 'app/dist/\napp/node_modules/\napp/vendor/\n');
    repo.write('app/Dockerfile', COPY_ALL).write('app/.dockerignore', APP_IGNORE);
    for (const f of [
      'app.js', 'debug.log', 'important.log', 'logs/a.log', 'x.tmp', 'a/b/deep.tmp', 'cache/only.tmp',
      'a/temp1.txt', 'a/b/temp2.txt', 'temp0.txt', 'sub/temp-dir/f.txt', 'secret.txt', 'a/secret.txt',
      'build/out.bin', 'build/keep/k.txt', 'build/keep.txt', 'build/other/o.txt',
      'docs/README.md', 'docs/guide.md', 'docs/x/deep.md', 'docs/x/pic.png',
      '.env', '.env.local', '.hidden', 'to-delete.txt', 'to-modify.txt',
    ]) {
      repo.write(`app/${f}`, `${f}\n`);
    }
    repo.write('app/run.sh', '#!/bin/sh\necho hi\n', 0o755);
    symlinkSync('app.js', join(repo.dir, 'app/link-to-app'));
    symlinkSync('../nowhere', join(repo.dir, 'app/dangling'));
    symlinkSync('build/out.bin', join(repo.dir, 'app/link-into-ignored'));
    // BuildKit's per-Dockerfile ignore file wins over the context's.
    repo.write('docker/svc.Dockerfile', COPY_ALL).write('docker/svc.Dockerfile.dockerignore', 'b.txt\n');
    repo.write('svc/.dockerignore', 'a.txt\n').write('svc/a.txt', 'a\n').write('svc/b.txt', 'b\n').write('svc/c.txt', 'c\n');
    repo.commit('contexts');
    // The working tree, not the last commit, is what a build sends.
    repo.write('app/untracked.txt', 'new\n');
    repo.write('app/dist/bundle.js', 'built by an earlier step, gitignored but sent\n');
    // Gitignored and .dockerignored: node_modules is skipped unread; vendor is walked, as a
    // negation re-includes a file inside it.
    repo.write('app/node_modules/dep/index.js', 'module.exports = 1;\n');
    repo.write('app/vendor/lib/drop.txt', 'dropped\n').write('app/vendor/keep/kept.txt', 're-included\n');
    repo.write('app/to-modify.txt', 'changed after the commit\n');
    repo.write('app/became-exec.sh', '#!/bin/sh\n', 0o755);
    unlinkSync(join(repo.dir, 'app/to-delete.txt'));

    result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
  });

  afterAll(async () => {
    await buildah?.cleanup();
    await dir?.cleanup();
  });

  test('negations, **, */temp*, leading / and ./, re-included files in excluded folders, dotfiles, modes, symlinks, untracked and gitignored files', async () => {
    await buildah.build(join(repo.dir, 'app'), 'localhost/dockerignore-app:test');
    const landed = landedFiles(await buildah.listFiles('localhost/dockerignore-app:test'));
    // The context really exercises the rules: what buildah kept and dropped.
    for (const kept of ['important.log', 'logs/a.log', 'a/b/temp2.txt', 'a/secret.txt', 'build/keep.txt', 'build/keep/k.txt', 'docs/README.md', 'docs/x/pic.png', '.hidden', '.dockerignore', 'run.sh', 'link-to-app', 'dangling', 'untracked.txt', 'dist/bundle.js', 'became-exec.sh', 'vendor/keep/kept.txt']) {
      expect({ kept, present: landed.has(kept) }).toEqual({ kept, present: true });
    }
    for (const dropped of ['Dockerfile', 'debug.log', 'x.tmp', 'a/b/deep.tmp', 'a/temp1.txt', 'sub/temp-dir/f.txt', 'secret.txt', 'build/out.bin', 'build/other/o.txt', 'docs/guide.md', 'docs/x/deep.md', '.env', '.env.local', 'to-delete.txt', 'node_modules/dep/index.js', 'vendor/lib/drop.txt']) {
      expect({ dropped, present: landed.has(dropped) }).toEqual({ dropped, present: false });
    }
    expect(landed.get('run.sh')!.mode & 0o100).toBeTruthy();
    compare(result, 'app', landed);
  });

  test('a Dockerfile outside the context with its own <Dockerfile>.dockerignore', async () => {
    await buildah.build(join(repo.dir, 'svc'), 'localhost/dockerignore-svc:test', { dockerfile: join(repo.dir, 'docker/svc.Dockerfile') });
    const landed = landedFiles(await buildah.listFiles('localhost/dockerignore-svc:test'));
    expect([...landed.keys()].sort()).toEqual(['.dockerignore', 'a.txt', 'c.txt']);
    compare(result, 'svc', landed);
  });
});
