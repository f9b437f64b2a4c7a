import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../../src/core/errors.js';
import { hashTag, type HashTagOptions } from '../../src/jobs/hash-tag.js';
import type { TagRegistry } from '../../src/jobs/ports.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import { whyTagChanged } from '../../src/jobs/hash-tag/why.js';
import type { Reporter } from '../../src/core/reporter.js';
import { TestRepo } from '../support/git-repo.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';
import { pushImage } from './push-image.js';
import { rejection as failure } from '../support/errors.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

const quiet: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };

const CONFIG = `registry: ghcr.io/acme
images:
  jvm-base:
    context: images/jvm-base
  my-service-a:
    context: services/a
    inputs: [scripts/common]
    build-args: { JAVA_OPTS: "-Xmx1g" }
  my-service-b:
    context: services/b
    dockerfile: docker/b.Dockerfile
  tool:
    context: tools/tool
`;

/** A component repository with a base image, two services on it and an unrelated tool. */
function makeRepo(dir: string): TestRepo {
  const repo = TestRepo.create(dir);
  repo
    .write('images.yaml', CONFIG)
    .write('.gitignore', 'target/\n')
    .write('images/jvm-base/Dockerfile', 'FROM eclipse-temurin:21\nRUN apt-get update\n')
    .write('services/a/Dockerfile', 'ARG BASE_TAG=latest\nFROM ghcr.io/acme/jvm-base:${BASE_TAG}\nCOPY . /app\n')
    .write('services/a/.dockerignore', '*.log\nnotes/\n')
    .write('services/a/src/Main.java', 'class Main {}\n')
    .write('services/a/notes/todo.md', 'later\n')
    .write('scripts/common/entry.sh', '#!/bin/sh\nexec "$@"\n', 0o755)
    .write('docker/b.Dockerfile', 'FROM jvm-base AS run\nCOPY . /srv\n')
    .write('services/b/app.py', 'print(1)\n')
    .write('tools/tool/Dockerfile', 'FROM alpine:3.20\n')
    .write('k8s/a.yaml', 'image: {{ image "my-service-a" }}\nbase: {{ tag "jvm-base" }}\n')
    .write('k8s/nested/b.yaml', 'image: {{ image "my-service-b" }}\n');
  repo.commit('init');
  return repo;
}

async function tags(workspace: string, options: Partial<HashTagOptions> = {}): Promise<Record<string, string>> {
  const result = await hashTag({ ...ports, workspace, ...options }, quiet);
  return Object.fromEntries(result.images.map(i => [i.name, i.tag]));
}


describe('hashTag on a real repository', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  let original: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir('lockstep-hashtag-');
    repo = makeRepo(join(dir.path, 'repo'));
    original = await tags(repo.dir);
  });
  afterAll(async () => dir.cleanup());

  /** Applies a change, computes the tags, and undoes the change with git. */
  async function tagsAfter(change: (r: TestRepo) => void): Promise<Record<string, string>> {
    change(repo);
    try {
      return await tags(repo.dir);
    } finally {
      repo.git('reset', '-q', '--hard');
      repo.git('clean', '-q', '-fdx');
    }
  }
  const changed = (after: Record<string, string>) => Object.keys(after).filter(k => after[k] !== original[k]).sort();

  test('result: order, references, bases, levels', async () => {
    const result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    expect(result.order).toEqual(['jvm-base', 'my-service-a', 'my-service-b', 'tool']);
    const a = result.images.find(i => i.name === 'my-service-a')!;
    expect(a).toMatchObject({ image: `ghcr.io/acme/my-service-a:${a.tag}`, bases: ['jvm-base'], level: 1, buildArgs: { JAVA_OPTS: '-Xmx1g' }, dockerignore: 'services/a/.dockerignore' });
    expect(a.manifest.files.map(f => f[0])).toEqual(['.dockerignore', 'Dockerfile', 'src/Main.java']);
    expect(a.manifest.inputs).toEqual([['scripts/common/entry.sh', '100755', repo.git('rev-parse', 'HEAD:scripts/common/entry.sh')]]);
    expect(a.manifest.bases).toEqual([['jvm-base', original['jvm-base']]]);
    expect(result.images.find(i => i.name === 'jvm-base')!.external).toEqual(['eclipse-temurin:21']);
    expect(result.status).toEqual({ 'jvm-base': 'unchecked', 'my-service-a': 'unchecked', 'my-service-b': 'unchecked', tool: 'unchecked' });
    expect(result.missing).toBeUndefined();
  });

  test('the checkout path does not matter: two clones, same tags', async () => {
    const other = join(dir.path, 'somewhere', 'else', 'clone');
    execFileSync('git', ['clone', '-q', repo.dir, other]);
    expect(await tags(other)).toEqual(original);
  });

  test('timestamps do not matter', async () => {
    utimesSync(join(repo.dir, 'services/a/src/Main.java'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await tags(repo.dir)).toEqual(original);
  });

  test('a modified file re-tags its image only', async () => {
    expect(changed(await tagsAfter(r => r.write('services/b/app.py', 'print(2)\n')))).toEqual(['my-service-b']);
  });

  test('an untracked file counts, as Docker sends it', async () => {
    expect(changed(await tagsAfter(r => r.write('services/a/src/New.java', 'class New {}\n')))).toEqual(['my-service-a']);
  });

  test('a gitignored file inside a context counts too (Docker sends it)', async () => {
    expect(changed(await tagsAfter(r => r.write('services/b/target/app.jar', 'jar\n')))).toEqual(['my-service-b']);
  });

  test('an image added without committing (untracked Dockerfile and context) is tagged from the working tree', async () => {
    // git's index alone knows nothing of it: the pass computed from the index while git status
    // runs fails, and the working tree decides.
    const after = await tagsAfter(r => r.write('images.yaml', `${CONFIG}  fresh:\n    context: fresh\n`).write('fresh/Dockerfile', 'FROM alpine:3.20\n').write('fresh/x', 'x\n'));
    expect(changed(after)).toEqual(['fresh']);
    const repoCopy = join(dir.path, 'fresh-committed');
    execFileSync('git', ['clone', '-q', repo.dir, repoCopy]);
    const committed = TestRepo.create(repoCopy);
    committed.write('images.yaml', `${CONFIG}  fresh:\n    context: fresh\n`).write('fresh/Dockerfile', 'FROM alpine:3.20\n').write('fresh/x', 'x\n');
    committed.commit('fresh');
    expect((await tags(repoCopy)).fresh).toBe(after.fresh);
  });

  test('a deleted file counts', async () => {
    expect(changed(await tagsAfter(r => r.remove('services/a/src/Main.java')))).toEqual(['my-service-a']);
  });

  test('.dockerignored files do not count, committed or not', async () => {
    expect(changed(await tagsAfter(r => r.write('services/a/debug.log', 'x\n').write('services/a/notes/todo.md', 'now\n')))).toEqual([]);
  });

  test('files outside every context and input do not count', async () => {
    expect(changed(await tagsAfter(r => r.write('README.md', 'docs\n').write('k8s/a.yaml', 'changed\n')))).toEqual([]);
  });

  test('the exec bit counts', async () => {
    expect(changed(await tagsAfter(r => chmodSync(join(r.dir, 'services/b/app.py'), 0o755)))).toEqual(['my-service-b']);
  });

  test('symlinks count by their target text, never followed; a broken one is no crash', async () => {
    const broken = await tagsAfter(r => symlinkSync('../../nowhere', join(r.dir, 'services/b/broken')));
    expect(changed(broken)).toEqual(['my-service-b']);
    const other = await tagsAfter(r => symlinkSync('../../elsewhere', join(r.dir, 'services/b/broken')));
    expect(changed(other)).toEqual(['my-service-b']);
    expect(other['my-service-b']).not.toBe(broken['my-service-b']);
    // The target's content does not count: the link is sent as a link (its target outside the context).
    const link = (r: TestRepo) => symlinkSync('../../NOTES.txt', join(r.dir, 'services/b/notes'));
    const before = await tagsAfter(r => {
      link(r);
      r.write('NOTES.txt', 'one\n');
    });
    const after = await tagsAfter(r => {
      link(r);
      r.write('NOTES.txt', 'two\n');
    });
    expect(after).toEqual(before);
    expect(changed(before)).toEqual(['my-service-b']);
  });

  test('a base image change re-tags every image built on it, and only those', async () => {
    expect(changed(await tagsAfter(r => r.write('images/jvm-base/Dockerfile', 'FROM eclipse-temurin:21.0.5\nRUN apt-get update\n')))).toEqual([
      'jvm-base',
      'my-service-a',
      'my-service-b',
    ]);
  });

  test('a Dockerfile outside the context counts', async () => {
    expect(changed(await tagsAfter(r => r.write('docker/b.Dockerfile', 'FROM jvm-base AS run\nCOPY . /srv/\n')))).toEqual(['my-service-b']);
  });

  test('a declared input counts, by content and exec bit', async () => {
    expect(changed(await tagsAfter(r => r.write('scripts/common/entry.sh', 'changed\n')))).toEqual(['my-service-a']);
    expect(changed(await tagsAfter(r => chmodSync(join(r.dir, 'scripts/common/entry.sh'), 0o644)))).toEqual(['my-service-a']);
  });

  test('a build-arg change re-tags', async () => {
    expect(changed(await tagsAfter(r => r.write('images.yaml', CONFIG.replace('-Xmx1g', '-Xmx2g'))))).toEqual(['my-service-a']);
  });

  test('an edited .dockerignore that lets more through re-tags', async () => {
    expect(changed(await tagsAfter(r => r.write('services/a/.dockerignore', '*.log\n')))).toEqual(['my-service-a']);
  });

  test("the Dockerfile's own ignore file wins over the context's", async () => {
    const after = await tagsAfter(r => r.write('services/a/Dockerfile.dockerignore', 'src\n'));
    expect(changed(after)).toEqual(['my-service-a']);
    const result = await tagsAfterResult(r => r.write('services/a/Dockerfile.dockerignore', 'src\n'));
    const a = result.images.find(i => i.name === 'my-service-a')!;
    expect(a.dockerignore).toBe('services/a/Dockerfile.dockerignore');
    expect(a.manifest.files.map(f => f[0])).toEqual(['.dockerignore', 'Dockerfile', 'Dockerfile.dockerignore', 'notes/todo.md']);
  });

  async function tagsAfterResult(change: (r: TestRepo) => void) {
    change(repo);
    try {
      return await hashTag({ ...ports, workspace: repo.dir }, quiet);
    } finally {
      repo.git('reset', '-q', '--hard');
      repo.git('clean', '-q', '-fdx');
    }
  }

  test('renders templates in place or to a folder, and writes the inputs of each tag', async () => {
    const out = await tempDir('lockstep-render-');
    try {
      const result = await hashTag({ ...ports, workspace: repo.dir, render: ['k8s/**/*.yaml'], renderTo: join(repo.dir, 'rendered'), writeInputs: '.lockstep/inputs' }, quiet);
      expect(result.rendered).toEqual(['rendered/k8s/a.yaml', 'rendered/k8s/nested/b.yaml']);
      expect(readFileSync(join(repo.dir, 'rendered/k8s/a.yaml'), 'utf8')).toBe(`image: ghcr.io/acme/my-service-a:${original['my-service-a']}\nbase: ${original['jvm-base']}\n`);
      expect(readFileSync(join(repo.dir, 'k8s/a.yaml'), 'utf8')).toContain('{{ image "my-service-a" }}');
      const written = JSON.parse(readFileSync(join(repo.dir, '.lockstep/inputs/my-service-a.json'), 'utf8'));
      expect(written).toMatchObject({ name: 'my-service-a', tag: original['my-service-a'], manifest: { algorithm: 'lockstep-tag-v1' } });
      expect(result.inputsWritten.sort()).toEqual(['jvm-base', 'my-service-a', 'my-service-b', 'tool'].map(n => `.lockstep/inputs/${n}.json`));

      const inPlace = await hashTag({ ...ports, workspace: repo.dir, render: ['k8s'] }, quiet);
      expect(inPlace.rendered).toEqual(['k8s/a.yaml', 'k8s/nested/b.yaml']);
      expect(readFileSync(join(repo.dir, 'k8s/nested/b.yaml'), 'utf8')).toBe(`image: ghcr.io/acme/my-service-b:${original['my-service-b']}\n`);
    } finally {
      repo.git('reset', '-q', '--hard');
      repo.git('clean', '-q', '-fdx');
      await out.cleanup();
    }
  });

  test('files written into a build context are warned about, unless .dockerignore excludes them', async () => {
    const warnings: string[] = [];
    const reporter: Reporter = { ...quiet, warning: (m, l) => warnings.push(`${l?.file}:${l?.line}: ${m}`) };
    try {
      await hashTag({ ...ports, workspace: repo.dir, writeInputs: 'services/b/.lockstep' }, reporter);
      expect(warnings).toEqual([expect.stringMatching(/^images\.yaml:10: 4 files written by this run \(services\/b\/\.lockstep\/jvm-base\.json, \.\.\.\) lie in the build context of my-service-b/)]);
      warnings.length = 0;
      await hashTag({ ...ports, workspace: repo.dir, writeInputs: 'services/a/notes/tags' }, reporter);
      expect(warnings).toEqual([]);
    } finally {
      repo.git('clean', '-q', '-fdx');
    }
  });

  test('rendering copies files without actions byte for byte, keeps exec bits, and leaves untouched files alone in place', async () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x7d]);
    repo.write('k8s/logo.bin', '').write('k8s/run.sh', '#!/bin/sh\necho {{ tag "tool" }}\n', 0o755);
    writeFileSync(join(repo.dir, 'k8s/logo.bin'), binary);
    symlinkSync('a.yaml', join(repo.dir, 'k8s/link.yaml'));
    symlinkSync('nested', join(repo.dir, 'k8s/folder-link'));
    try {
      const result = await hashTag({ ...ports, workspace: repo.dir, render: ['k8s'], renderTo: 'out' }, quiet);
      expect(result.rendered).toEqual(['out/k8s/a.yaml', 'out/k8s/link.yaml', 'out/k8s/logo.bin', 'out/k8s/nested/b.yaml', 'out/k8s/run.sh']);
      expect(readFileSync(join(repo.dir, 'out/k8s/link.yaml'), 'utf8')).toBe(readFileSync(join(repo.dir, 'out/k8s/a.yaml'), 'utf8'));
      expect(readFileSync(join(repo.dir, 'out/k8s/logo.bin'))).toEqual(binary);
      expect(statSync(join(repo.dir, 'out/k8s/run.sh')).mode & 0o777).toBe(0o755);
      const inPlace = await hashTag({ ...ports, workspace: repo.dir, render: ['k8s'] }, quiet);
      expect(inPlace.rendered).toEqual(['k8s/a.yaml', 'k8s/nested/b.yaml', 'k8s/run.sh']);
      expect(lstatSync(join(repo.dir, 'k8s/link.yaml')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(repo.dir, 'k8s/run.sh'), 'utf8')).toBe(`#!/bin/sh\necho ${original.tool}\n`);
    } finally {
      repo.git('reset', '-q', '--hard');
      repo.git('clean', '-q', '-fdx');
    }
  });

  test('a render pattern matching nothing, or a path leaving the workspace, is an error', async () => {
    expect((await failure(hashTag({ ...ports, workspace: repo.dir, render: ['k8s/*.yml'] }, quiet))).message).toMatch(/"k8s\/\*\.yml" matches no file/);
    expect((await failure(hashTag({ ...ports, workspace: repo.dir, render: ['../x'] }, quiet))).message).toMatch(/outside the workspace/);
  });

  test('a malformed render glob is an error naming the input, before anything is written', async () => {
    const e = await failure(hashTag({ ...ports, workspace: repo.dir, render: ['k8s/[a.yaml'], writeInputs: '.lockstep/malformed' }, quiet));
    expect(e.message).toMatch(/^render: "k8s\/\[a\.yaml" is not a valid glob/);
    expect(existsSync(join(repo.dir, '.lockstep/malformed'))).toBe(false);
  });

  test('render-to takes any folder: relative to the workspace, or absolute outside it', async () => {
    const outside = await tempDir('lockstep-render-to-');
    try {
      const result = await hashTag({ ...ports, workspace: repo.dir, render: ['k8s/*.yaml'], renderTo: join(outside.path, 'manifests') }, quiet);
      expect(result.rendered).toEqual([join(outside.path, 'manifests/k8s/a.yaml')]);
      expect(readFileSync(join(outside.path, 'manifests/k8s/a.yaml'), 'utf8')).toContain(result.images.find(i => i.name === 'my-service-a')!.image);
      expect(readFileSync(join(repo.dir, 'k8s/a.yaml'), 'utf8')).toContain('{{ image "my-service-a" }}');
    } finally {
      await outside.cleanup();
    }
  });

  test('an unknown template name fails before anything is written', async () => {
    repo.write('k8s/c.yaml', 'a: 1\nimage: {{ image "nope" }}\n');
    try {
      const e = await failure(hashTag({ ...ports, workspace: repo.dir, render: ['k8s'] }, quiet));
      expect(e.location).toEqual({ file: 'k8s/c.yaml', line: 2, column: 8 });
      expect(readFileSync(join(repo.dir, 'k8s/a.yaml'), 'utf8')).toContain('{{ image "my-service-a" }}');
    } finally {
      repo.git('clean', '-q', '-fdx');
    }
  });

  test('why: names the file that changed, through the base', async () => {
    repo.write('images/jvm-base/security.patch', 'fix\n');
    try {
      const why = await whyTagChanged({ snapshots: ports.snapshots, workspace: repo.dir, image: 'my-service-a' }, quiet);
      expect(why.from.tag).toBe(original['my-service-a']);
      expect(why.to.label).toBe('working tree');
      expect(why.changes.map(c => `${c.kind} ${c.name}`)).toEqual(['base jvm-base']);
      expect(why.bases[0].changes).toEqual([{ kind: 'file', name: 'security.patch', before: undefined, after: `100644 ${repo.git('hash-object', 'images/jvm-base/security.patch')}` }]);
    } finally {
      repo.git('clean', '-q', '-fdx');
    }
  });
});

describe('why did my tag change', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => (dir = await tempDir('lockstep-why-')));
  afterAll(async () => dir.cleanup());

  test('between two commits, and the last commit when the tree is clean', async () => {
    const repo = TestRepo.create(join(dir.path, 'repo'));
    repo.write('README.md', 'before any image\n');
    const empty = repo.commit('no images yet');
    repo.write('images.yaml', CONFIG);
    makeRepo(repo.dir); // writes the files again and commits them
    const first = repo.head();
    repo.write('images.yaml', CONFIG.replace('-Xmx1g', '-Xmx2g'));
    chmodSync(join(repo.dir, 'services/a/src/Main.java'), 0o755);
    const second = repo.commit('more memory');

    const explicit = await whyTagChanged({ snapshots: ports.snapshots, workspace: repo.dir, image: 'my-service-a', from: first, to: second }, quiet);
    expect(explicit.from.label).toBe(first);
    expect(explicit.to.label).toBe(second);
    expect(explicit.changes).toEqual([
      { kind: 'file', name: 'src/Main.java', before: expect.stringMatching(/^100644 /), after: expect.stringMatching(/^100755 /) },
      { kind: 'build-arg', name: 'JAVA_OPTS', before: '-Xmx1g', after: '-Xmx2g' },
    ]);

    const implicit = await whyTagChanged({ snapshots: ports.snapshots, workspace: repo.dir, image: 'my-service-a' }, quiet);
    expect(implicit).toEqual(explicit);

    const fromNothing = await whyTagChanged({ snapshots: ports.snapshots, workspace: repo.dir, image: 'my-service-a', from: empty, to: first }, quiet);
    expect(fromNothing.from.tag).toBeUndefined();
    expect(fromNothing.to.tag).toMatch(/^[a-f0-9]{20}$/);
    expect(fromNothing.changes).toEqual([]);
  });
});

describe('bad input names the file and line', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => (dir = await tempDir('lockstep-hashtag-bad-')));
  afterAll(async () => dir.cleanup());

  async function errorFor(name: string, change: (r: TestRepo) => void): Promise<LockstepError> {
    const repo = makeRepo(join(dir.path, name));
    change(repo);
    return failure(hashTag({ ...ports, workspace: repo.dir }, quiet));
  }

  test('missing config', async () => {
    const e = await errorFor('no-config', r => r.remove('images.yaml'));
    expect(e.location).toEqual({ file: 'images.yaml' });
    expect(e.message).toMatch(/does not exist/);
  });
  test('missing context', async () => {
    const e = await errorFor('no-context', r => r.remove('tools'));
    expect(e.location).toEqual({ file: 'images.yaml', line: 13 });
    expect(e.message).toMatch(/images\.tool\.context: "tools\/tool" does not exist/);
  });
  test('missing Dockerfile (declared and default)', async () => {
    expect((await errorFor('no-dockerfile', r => r.remove('docker/b.Dockerfile'))).location).toEqual({ file: 'images.yaml', line: 11 });
    expect((await errorFor('no-default-dockerfile', r => r.remove('tools/tool/Dockerfile').write('tools/tool/x', 'x'))).location).toEqual({ file: 'images.yaml', line: 13 });
  });
  test('missing input', async () => {
    expect((await errorFor('no-input', r => r.remove('scripts'))).location).toEqual({ file: 'images.yaml', line: 7 });
  });
  test('a Dockerfile without FROM', async () => {
    expect((await errorFor('no-from', r => r.write('tools/tool/Dockerfile', '# nothing\nRUN x\n'))).location).toEqual({ file: 'tools/tool/Dockerfile', line: 2 });
  });
  test('an invalid .dockerignore pattern names the ignore file and line', async () => {
    const e = await errorFor('bad-ignore', r => r.write('services/a/.dockerignore', '*.log\n# fine\nsrc/[\n'));
    expect(e).toBeInstanceOf(LockstepError);
    expect(e.location).toEqual({ file: 'services/a/.dockerignore', line: 3 });
    expect(e.message).toMatch(/invalid ignore pattern "src\/\["/);
  });
  test('an unterminated heredoc names the Dockerfile and line', async () => {
    const e = await errorFor('bad-heredoc', r => r.write('tools/tool/Dockerfile', 'FROM alpine:3.20\nRUN <<EOF\necho hi\n'));
    expect(e.location).toEqual({ file: 'tools/tool/Dockerfile', line: 2 });
    expect(e.message).toMatch(/unterminated heredoc/);
  });
  test('a cycle through FROM lines', async () => {
    const e = await errorFor('cycle', r => r.write('images/jvm-base/Dockerfile', 'FROM my-service-b\n'));
    expect(e.message).toBe('images form a cycle: jvm-base → my-service-b → jvm-base');
    expect(e.location).toEqual({ file: 'images/jvm-base/Dockerfile', line: 1 });
  });
});

describe('the registry: missing tags and base digests', () => {
  let registry: TestRegistry;
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;

  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'basic', users: { ci: 's3cret' } });
    dir = await tempDir('lockstep-hashtag-registry-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo
      .write('images.yaml', `registry: ${registry.host}/acme\nimages:\n  base:\n    context: base\n  app:\n    context: app\n  pinned:\n    context: pinned\n`)
      .write('base/Dockerfile', `FROM ${registry.host}/upstream/os:1\n`)
      .write('app/Dockerfile', 'FROM base\n')
      .write('pinned/Dockerfile', `FROM ${registry.host}/upstream/os@sha256:${'0'.repeat(64)}\n`);
    repo.commit('init');
  });
  afterAll(async () => {
    await registry?.stop();
    await dir?.cleanup();
  });

  const creds = { username: 'ci', password: 's3cret' };
  /** The config registry's credentials, as the registry-username and registry-password inputs give them. */
  const withCreds = () => hashTagPorts({ credentials: creds });

  test('missing lists the tags the registry lacks, bases first', async () => {
    const first = await hashTag({ ...(await withCreds()), workspace: repo.dir, checkRegistry: true }, quiet);
    expect(first.missing).toEqual(['base', 'app', 'pinned']);
    const base = first.images.find(i => i.name === 'base')!;
    await pushImage(registry.host, 'acme/base', base.tag, 'built', creds);
    const second = await hashTag({ ...(await withCreds()), workspace: repo.dir, checkRegistry: true }, quiet);
    expect(second.missing).toEqual(['app', 'pinned']);
    expect(second.status).toEqual({ base: 'present', app: 'missing', pinned: 'missing' });
  });

  test('without credentials the registry refuses, and the error says so', async () => {
    const e = await failure(hashTag({ ...ports, workspace: repo.dir, checkRegistry: true }, quiet));
    expect(e.message).toMatch(/401|unauthori|credentials/i);
  });

  test('resolve-base-digests folds the upstream digest in: an upstream patch re-tags everything on it', async () => {
    const asked: string[] = [];
    const network = (await withCreds()).registry(`${registry.host}/acme`);
    const counting: TagRegistry = {
      hasManifest: image => network.hasManifest(image),
      resolveDigest: image => {
        asked.push(image);
        return network.resolveDigest(image);
      },
    };
    const countingPorts = await hashTagPorts({ registry: counting });
    const d1 = await pushImage(registry.host, 'upstream/os', '1', 'v1', creds);
    const before = await hashTag({ ...countingPorts, workspace: repo.dir, resolveBaseDigests: true }, quiet);
    expect(asked).toEqual([`${registry.host}/upstream/os:1`]); // the pinned FROM needed no lookup
    expect(before.images.find(i => i.name === 'base')!.manifest.external).toEqual([[`${registry.host}/upstream/os:1`, d1]]);
    const d2 = await pushImage(registry.host, 'upstream/os', '1', 'v1 with a security patch', creds);
    expect(d2).not.toBe(d1);
    const after = await hashTag({ ...countingPorts, workspace: repo.dir, resolveBaseDigests: true }, quiet);
    const tagOf = (r: typeof before, n: string) => r.images.find(i => i.name === n)!.tag;
    expect(tagOf(after, 'base')).not.toBe(tagOf(before, 'base'));
    expect(tagOf(after, 'app')).not.toBe(tagOf(before, 'app'));
    expect(tagOf(after, 'pinned')).toBe(tagOf(before, 'pinned'));
    // Without resolution the upstream push is invisible: the tag names the reference only.
    expect(tagOf(await hashTag({ ...ports, workspace: repo.dir }, quiet), 'base')).not.toBe(tagOf(after, 'base'));
  });

  test('an upstream image that does not exist names the FROM line', async () => {
    repo.write('base/Dockerfile', `FROM ${registry.host}/upstream/nope:1\n`);
    try {
      const e = await failure(hashTag({ ...(await withCreds()), workspace: repo.dir, resolveBaseDigests: true }, quiet));
      expect(e.location).toEqual({ file: 'base/Dockerfile', line: 1 });
      expect(e.message).toMatch(/not found/);
    } finally {
      repo.git('checkout', '-q', '--', 'base/Dockerfile');
    }
  });

  test('credentials go to the config registry only, never to an upstream one', async () => {
    const upstream = await TestRegistry.start({ auth: 'token', users: { other: 'pw' }, anonymousPull: true });
    try {
      // Token auth: the token server records who asked. Push as a user, then resolve anonymously.
      const tokenFor = async () => {
        const res = await fetch(`http://127.0.0.1:${upstream.tokenServer!.port}/token?service=lockstep-test-registry&scope=repository:lib/os:pull,push`, {
          headers: { authorization: `Basic ${Buffer.from('other:pw').toString('base64')}` },
        });
        return ((await res.json()) as { token: string }).token;
      };
      const token = await tokenFor();
      const digest = await pushImage(upstream.host, 'lib/os', '2', 'upstream', undefined, token);
      repo.write('base/Dockerfile', `FROM ${upstream.host}/lib/os:2\n`);
      const before = upstream.tokenRequests.length;
      const result = await hashTag({ ...(await withCreds()), workspace: repo.dir, resolveBaseDigests: true }, quiet);
      expect(result.images.find(i => i.name === 'base')!.manifest.external).toEqual([[`${upstream.host}/lib/os:2`, digest]]);
      const asked = upstream.tokenRequests.slice(before);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every(r => r.user === undefined)).toBe(true);
    } finally {
      repo.git('checkout', '-q', '--', 'base/Dockerfile');
      await upstream.stop();
    }
  });
});

describe('bases named through the automatic platform ARGs', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => (dir = await tempDir('lockstep-hashtag-platform-')));
  afterAll(async () => dir.cleanup());

  test('FROM base-${TARGETARCH} finds the configured base-amd64 (default platform) and base-arm64 (platform: linux/arm64)', async () => {
    const repo = TestRepo.create(join(dir.path, 'repo'));
    repo
      .write('images.yaml', 'images:\n  base-amd64:\n    context: base\n  base-arm64:\n    context: base\n    platform: linux/arm64\n  app:\n    context: app\n  app-arm:\n    context: app\n    platform: linux/arm64\n')
      .write('base/Dockerfile', 'FROM debian:12\n')
      .write('app/Dockerfile', 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN <<EOF\nFROM not-a-base\nEOF\nFROM base-${TARGETARCH}\nCOPY --from=build /out /out\n');
    repo.commit('init');
    const result = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    const byName = Object.fromEntries(result.images.map(i => [i.name, i]));
    expect(byName.app.bases).toEqual(['base-amd64']);
    expect(byName['app-arm'].bases).toEqual(['base-arm64']);
    expect(byName.app.external).toEqual(['golang:1.23']);
  });
});
