import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo } from '../support/git-repo.js';
import { TestRegistry } from '../support/registry.js';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';
import { FakeActionsCache } from '../registry/fake-actions-cache.js';
import { pushImage } from './push-image.js';

// These run the built bundle (dist/hash-tag/index.js, dist/cli/index.js) as the runner would.

function makeRepo(dir: string, registry = 'ghcr.io/acme'): TestRepo {
  const repo = TestRepo.create(dir);
  repo
    .write('images.yaml', `registry: ${registry}\nimages:\n  jvm-base:\n    context: images/jvm-base\n  svc:\n    context: services/svc\n    build-args:\n      JAVA_OPTS: -Xmx1g\n      MODE: prod\n`)
    .write('images/jvm-base/Dockerfile', 'FROM eclipse-temurin:21\n')
    .write('services/svc/Dockerfile', 'FROM jvm-base\nCOPY . /app\n')
    .write('services/svc/Main.java', 'class Main {}\n')
    .write('services/svc/.dockerignore', '**/*.log\n!keep.log\n')
    .write('services/svc/logs/debug.log', 'noise\n')
    .write('services/svc/keep.log', 'kept\n')
    .write('k8s/svc.yaml', 'image: {{ image "svc" }}\n');
  repo.commit('init');
  return repo;
}

function expectCleanFailure(run: ActionRun, file: string, line?: number, message?: RegExp): void {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter(a => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].properties.file).toBe(file);
  if (line === undefined) expect(errors[0].properties.line).toBeUndefined();
  else expect(errors[0].properties.line).toBe(String(line));
  if (message) expect(errors[0].message).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('hash-tag action (bundle)', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => (dir = await tempDir('lockstep-hashtag-action-')));
  afterAll(async () => dir.cleanup());

  test('outputs, matrix in build order, rendering and the summary', async () => {
    const repo = makeRepo(join(dir.path, 'ok'));
    const run = await runAction('hash-tag', { cwd: repo.dir, inputs: { render: 'k8s/*.yaml\n', 'render-to': 'out', 'write-inputs': '.lockstep' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const tags = JSON.parse(run.outputs.tags);
    expect(Object.keys(tags)).toEqual(['jvm-base', 'svc']);
    for (const tag of Object.values(tags)) expect(tag).toMatch(/^[a-f0-9]{20}$/);
    expect(JSON.parse(run.outputs.images)).toEqual({ 'jvm-base': `ghcr.io/acme/jvm-base:${tags['jvm-base']}`, svc: `ghcr.io/acme/svc:${tags.svc}` });
    expect(JSON.parse(run.outputs.missing)).toEqual([]);
    expect(JSON.parse(run.outputs.order)).toEqual(['jvm-base', 'svc']);
    expect(JSON.parse(run.outputs.matrix)).toEqual({
      include: [
        { name: 'jvm-base', context: 'images/jvm-base', dockerfile: 'images/jvm-base/Dockerfile', tag: tags['jvm-base'], image: `ghcr.io/acme/jvm-base:${tags['jvm-base']}`, 'build-args': '', platform: '', bases: [], level: 0 },
        { name: 'svc', context: 'services/svc', dockerfile: 'services/svc/Dockerfile', tag: tags.svc, image: `ghcr.io/acme/svc:${tags.svc}`, 'build-args': 'JAVA_OPTS=-Xmx1g\nMODE=prod', platform: '', bases: ['jvm-base'], level: 1 },
      ],
    });
    expect(readFileSync(join(repo.dir, 'out/k8s/svc.yaml'), 'utf8')).toBe(`image: ghcr.io/acme/svc:${tags.svc}\n`);
    const inputs = JSON.parse(readFileSync(join(repo.dir, '.lockstep/svc.json'), 'utf8'));
    expect(inputs.tag).toBe(tags.svc);
    // The bundled .dockerignore matcher: logs/debug.log left out, keep.log brought back.
    expect(inputs.manifest.files.map((f: string[]) => f[0])).toEqual(['.dockerignore', 'Dockerfile', 'Main.java', 'keep.log']);
    expect(run.summary).toContain('| image | tag | status | bases |');
    expect(run.summary).toContain(`| \`svc\` | \`${tags.svc}\` | not checked | \`jvm-base\` |`);
  });

  test('the CLI computes the same tags, and `why` names the changed file', async () => {
    const repo = makeRepo(join(dir.path, 'cli'));
    const action = await runAction('hash-tag', { cwd: repo.dir });
    const cli = await runCli(['hash-tag', '--json'], { cwd: repo.dir });
    expect(cli.exitCode).toBe(0);
    const json = JSON.parse(cli.stdout);
    expect(Object.fromEntries(json.images.map((i: { name: string; tag: string }) => [i.name, i.tag]))).toEqual(JSON.parse(action.outputs.tags));
    repo.write('services/svc/Main.java', 'class Main { int x; }\n');
    const why = await runCli(['why', 'svc'], { cwd: repo.dir });
    expect(why.exitCode).toBe(0);
    expect(why.stdout).toMatch(/^svc: [a-f0-9]{20} \([a-f0-9]{12}\) → [a-f0-9]{20} \(working tree\)\n {2}file Main\.java: 100644 [a-f0-9]{40} → 100644 [a-f0-9]{40}\n$/);
    const unknown = await runCli(['why', 'nope'], { cwd: repo.dir });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toMatch(/unknown image "nope"/);
  });

  test.each<[string, (r: TestRepo) => void, string, number | undefined, RegExp]>([
    ['missing context', r => r.remove('services/svc'), 'images.yaml', 6, /images\.svc\.context: "services\/svc" does not exist/],
    ['missing Dockerfile', r => r.remove('images/jvm-base/Dockerfile').write('images/jvm-base/x', 'x'), 'images.yaml', 4, /Dockerfile "images\/jvm-base\/Dockerfile" does not exist/],
    ['unknown base', r => r.write('images.yaml', 'images:\n  svc:\n    context: services/svc\n    base: [nope]\n'), 'images.yaml', 4, /unknown image "nope"/],
    ['unparsable config', r => r.write('images.yaml', 'images:\n  svc: [\n'), 'images.yaml', 3, /invalid YAML/],
    ['unknown key', r => r.write('images.yaml', 'images:\n  svc:\n    context: services/svc\n    buildargs: {}\n'), 'images.yaml', 4, /unknown key "buildargs"/],
    ['missing config', r => r.remove('images.yaml'), 'images.yaml', undefined, /does not exist/],
    ['Dockerfile without FROM', r => r.write('services/svc/Dockerfile', 'RUN true\n'), 'services/svc/Dockerfile', 1, /has no FROM instruction/],
    ['unknown template name', r => r.write('k8s/svc.yaml', 'a: b\nimage: {{ image "nope" }}\n'), 'k8s/svc.yaml', 2, /unknown image "nope"/],
  ])('%s: ::error with file and line, exit 1, no stack trace', async (name, change, file, line, message) => {
    const repo = makeRepo(join(dir.path, name.replace(/\W+/g, '-')));
    change(repo);
    const run = await runAction('hash-tag', { cwd: repo.dir, inputs: { render: 'k8s' } });
    expectCleanFailure(run, file, line, message);
  });

  test('a bad boolean input is a clear error', async () => {
    const repo = makeRepo(join(dir.path, 'bad-bool'));
    const run = await runAction('hash-tag', { cwd: repo.dir, inputs: { 'check-registry': 'yes' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map(a => a.message)).toEqual(['input check-registry: "yes" is neither true nor false']);
  });
});

describe('hash-tag action against a real registry', () => {
  let registry: TestRegistry;
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    registry = await TestRegistry.start({ auth: 'basic', users: { ci: 'pa55word' } });
    dir = await tempDir('lockstep-hashtag-action-registry-');
  });
  afterAll(async () => {
    await registry?.stop();
    await dir?.cleanup();
  });

  test('check-registry: missing and matrix hold only what to build; the password is masked', async () => {
    const repo = makeRepo(join(dir.path, 'repo'), `${registry.host}/acme`);
    const inputs = { 'check-registry': 'true', 'registry-username': 'ci', 'registry-password': 'pa55word' };
    const first = await runAction('hash-tag', { cwd: repo.dir, inputs });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('::add-mask::pa55word');
    expect(JSON.parse(first.outputs.missing)).toEqual(['jvm-base', 'svc']);
    const tags = JSON.parse(first.outputs.tags);
    await pushImage(registry.host, 'acme/jvm-base', tags['jvm-base'], 'built', { username: 'ci', password: 'pa55word' });
    const second = await runAction('hash-tag', { cwd: repo.dir, inputs });
    expect(JSON.parse(second.outputs.missing)).toEqual(['svc']);
    expect(JSON.parse(second.outputs.matrix).include.map((e: { name: string }) => e.name)).toEqual(['svc']);
    expect(second.summary).toContain(`| \`jvm-base\` | \`${tags['jvm-base']}\` | ✅ in registry |`);
    expect(second.summary).toContain(`| \`svc\` | \`${tags.svc}\` | 🔨 to build |`);
    expect(second.stdout.replace('::add-mask::pa55word', '')).not.toContain('pa55word');

    const wrong = await runAction('hash-tag', { cwd: repo.dir, inputs: { ...inputs, 'registry-password': 'nope' } });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.filter(a => a.level === 'error')).toHaveLength(1);
    expect(wrong.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  test('check-registry remembers pushed tags in the Actions cache: later runs do not ask about them', async () => {
    // The protocol github.com runners use; test/registry/known-tags.test.ts covers GHES's v1 too.
    const cache = new FakeActionsCache('v2');
    await cache.start();
    try {
      const repo = makeRepo(join(dir.path, 'repo-known'), `${registry.host}/known`);
      const runnerTemp = join(dir.path, 'runner-temp');
      const inputs = { 'check-registry': 'true', 'registry-username': 'ci', 'registry-password': 'pa55word' };
      const env = (run: string) => ({ ...cache.env(), RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: repo.dir, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: '1' });
      const first = await runAction('hash-tag', { cwd: repo.dir, inputs, env: env('101') });
      expect(first.exitCode).toBe(0);
      // Nothing was present: nothing to remember, nothing saved.
      expect(cache.entries).toHaveLength(0);
      const tags = JSON.parse(first.outputs.tags);
      for (const name of ['jvm-base', 'svc']) await pushImage(registry.host, `known/${name}`, tags[name], name, { username: 'ci', password: 'pa55word' });
      const second = await runAction('hash-tag', { cwd: repo.dir, inputs, env: env('102') });
      expect(second.exitCode).toBe(0);
      expect(JSON.parse(second.outputs.missing)).toEqual([]);
      expect(second.stdout).not.toContain('(remembered)');
      expect(cache.entries.filter(e => e.committed)).toHaveLength(1);
      // The third run answers from memory: with a wrong password it would fail on any request.
      const third = await runAction('hash-tag', { cwd: repo.dir, inputs: { ...inputs, 'registry-password': 'wrong' }, env: env('103') });
      expect(third.stderr).toBe('');
      expect(third.exitCode).toBe(0);
      expect(JSON.parse(third.outputs.missing)).toEqual([]);
      expect(third.stdout).toContain(`${registry.host}/known/svc:${tags.svc}: present (remembered)`);
      expect(third.stdout).toContain('2 tags known to be pushed, remembered from an earlier run');
      // A changed image is asked about (and the wrong password then fails, naming no secret).
      repo.write('services/svc/Main.java', 'class Main { int x; }\n');
      const fourth = await runAction('hash-tag', { cwd: repo.dir, inputs: { ...inputs, 'registry-password': 'wrong' }, env: env('104') });
      expect(fourth.exitCode).toBe(1);
    } finally {
      await cache.stop();
    }
  });
});
