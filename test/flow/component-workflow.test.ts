import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile, runAction, type ActionRun } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/**
 * The component repository example, exercised: the bundled hash-tag runs on the example's own
 * images.yaml, Dockerfiles and manifests, and the build step of the reusable lockstep-images
 * workflow runs (with bash, as the runner runs it) on its real outputs — base images pushed
 * before the images on them, at any depth, and the build arguments that hand each service its
 * base image's tag.
 */
const ROOT = resolve(import.meta.dirname, '../..');

interface Step {
  id?: string;
  run?: string;
}

/** Runs a `run:` script the way the runner does (`bash --noprofile --norc -eo pipefail`), returning its outputs. */
async function runStep(script: string, env: Record<string, string>, dir: string): Promise<{ code: number; outputs: Record<string, string>; stdout: string }> {
  const outputFile = join(dir, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const scriptFile = `${outputFile}.sh`;
  writeFileSync(scriptFile, script);
  return new Promise(res => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], { env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, ...env } }, (error, stdout) => {
      res({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), stdout });
    });
  });
}

let tmp: { path: string; cleanup: () => Promise<void> };
let tagRun: ActionRun;

beforeAll(async () => {
  tmp = await tempDir('lockstep-component-');
  for (const path of ['images.yaml', 'images', 'services', 'scripts', 'deploy']) cpSync(join(ROOT, 'examples/component', path), join(tmp.path, 'repo', path), { recursive: true });
  tagRun = await runAction('hash-tag', { cwd: join(tmp.path, 'repo'), inputs: { config: 'images.yaml', render: 'deploy/*.yaml', 'render-to': 'rendered' } });
});
afterAll(() => tmp.cleanup());

test('hash-tag accepts the example repository and renders its manifests', () => {
  expect(tagRun.stderr).toBe('');
  expect(tagRun.exitCode).toBe(0);
  const images = JSON.parse(tagRun.outputs.images) as Record<string, string>;
  expect(Object.keys(images).sort()).toEqual(['api', 'jvm-base', 'worker']);
  expect(readFileSync(join(tmp.path, 'repo/rendered/deploy/api.yaml'), 'utf8')).toContain(`image: ${images.api}`);
  expect(readFileSync(join(tmp.path, 'repo/rendered/deploy/worker.yaml'), 'utf8')).toContain(`image: ${images.worker}`);
});

/**
 * A `docker` on PATH that records each `buildx build` (its arguments, when it started and ended)
 * and fails for the images named in FAIL: the build step's orchestration, run for real by bash.
 */
function fakeDocker(dir: string): { bin: string; log: string } {
  const bin = join(dir, `bin-${Math.random().toString(36).slice(2)}`);
  mkdirSync(bin);
  const log = join(bin, 'calls.log');
  writeFileSync(
    join(bin, 'docker'),
    `#!/bin/bash\nfor a in "$@"; do case "$prev" in --tag) tag=$a;; esac; prev=$a; done\nname=\${tag##*/}; name=\${name%%:*}\n` +
      `printf 'start %s\\n' "$name" >> '${log}'\nprintf '%s\\n' "$@" > '${bin}/'"$name.args"\nsleep 0.2\necho "building $name"\n` +
      `case " $FAIL " in *" $name "*) printf 'fail %s\\n' "$name" >> '${log}'; exit 1;; esac\nprintf 'end %s\\n' "$name" >> '${log}'\n`,
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return { bin, log };
}

const buildStep = () => {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/lockstep-images.yml'), 'utf8')) as { jobs: { images: { steps: Step[] } } };
  return workflow.jobs.images.steps.find(s => s.id === 'build')!.run!;
};

async function build(matrix: string, images: string, extra: Record<string, string> = {}) {
  const docker = fakeDocker(tmp.path);
  const run = await runStep(buildStep(), { PATH: `${docker.bin}:${process.env.PATH ?? ''}`, MATRIX: matrix, IMAGES: images, RUNNER_TEMP: docker.bin, BUILD_CONTEXTS: '', ...extra }, tmp.path);
  const events = existsSync(docker.log) ? readFileSync(docker.log, 'utf8').trim().split('\n') : [];
  const args = (name: string) => readFileSync(join(docker.bin, `${name}.args`), 'utf8').trim().split('\n');
  return { ...run, events, args };
}

test('lockstep-images builds the example base image first, then the services on it, with every base reference', async () => {
  const images = JSON.parse(tagRun.outputs.images) as Record<string, string>;
  const run = await build(tagRun.outputs.matrix, tagRun.outputs.images, { BUILD_CONTEXTS: 'common=scripts/common\n' });
  expect(run.code).toBe(0);
  expect(run.events.slice(0, 2)).toEqual(['start jvm-base', 'end jvm-base']);
  expect(run.events.slice(2).sort()).toEqual(['end api', 'end worker', 'start api', 'start worker']);
  const api = run.args('api');
  expect(api.slice(0, 3)).toEqual(['buildx', 'build', '--push']);
  expect(api).toEqual(expect.arrayContaining(['--tag', images.api, '--build-arg', 'JAVA_OPTS=-Xmx1g', '--build-arg', `JVM_BASE_IMAGE=${images['jvm-base']}`, '--build-context', 'common=scripts/common']));
  expect(api[api.length - 1]).toBe('services/api');
  // Every `FROM ${ARG}` of the example Dockerfiles is one of the arguments the build passes.
  for (const service of ['api', 'worker']) {
    const dockerfile = readFileSync(join(ROOT, 'examples/component/services', service, 'Dockerfile'), 'utf8');
    const from = /^FROM \$\{([A-Z_]+)\}/m.exec(dockerfile)![1];
    expect(run.args(service)).toContain(`${from}=${images['jvm-base']}`);
  }
  expect(run.stdout).toContain('::group::jvm-base: pushed');
});

test('lockstep-images follows bases at any depth: five levels, each pushed before the next starts', async () => {
  const names = ['l0', 'l1', 'l2', 'l3', 'l4'];
  const matrix = JSON.stringify({
    include: names.map((name, level) => ({ name, level, context: name, dockerfile: `${name}/Dockerfile`, image: `r.example/${name}:t${level}`, 'build-args': '', platform: '' })),
  });
  const images = JSON.stringify(Object.fromEntries(names.map((n, l) => [n, `r.example/${n}:t${l}`])));
  const run = await build(matrix, images);
  expect(run.code).toBe(0);
  expect(run.events).toEqual(names.flatMap(n => [`start ${n}`, `end ${n}`]));
});

test('lockstep-images stops at a failed level: nothing built on it starts, the error names it', async () => {
  const run = await build(tagRun.outputs.matrix, tagRun.outputs.images, { FAIL: 'jvm-base' });
  expect(run.code).toBe(1);
  expect(run.events).toEqual(['start jvm-base', 'fail jvm-base']);
  expect(run.stdout).toContain('::error::level 0: jvm-base failed to build; the images built on them were not started');
  expect(run.stdout).toContain('building jvm-base');
});

test('lockstep-images with nothing missing builds nothing', async () => {
  const run = await build('{"include":[]}', tagRun.outputs.images);
  expect(run.code).toBe(0);
  expect(run.events).toEqual([]);
  expect(run.stdout).toContain('nothing to build');
});
