import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile, runAction, type ActionRun } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/**
 * The component repository example, exercised: the bundled hash-tag runs on the example's own
 * images.yaml, Dockerfiles and manifests, and the shell steps of deploy.yml and build-image.yml
 * run (with bash, as the runner runs them) on its real outputs — the level split that builds
 * base images first, and the build arguments that hand each service its base image's tag.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, 'examples/component/.github/workflows');

interface Step {
  id?: string;
  run?: string;
}
const stepOf = (file: string, job: string, id: string): Step => {
  const workflow = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const step = workflow.jobs[job].steps.find(s => s.id === id);
  if (!step?.run) throw new Error(`${file}: job ${job} has no run step "${id}"`);
  return step;
};

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

test('deploy.yml splits the build matrix into levels: the base image first, then the services', async () => {
  const { code, outputs } = await runStep(stepOf('deploy.yml', 'tag', 'levels').run!, { MATRIX: tagRun.outputs.matrix }, tmp.path);
  expect(code).toBe(0);
  const names = (level: string) => (JSON.parse(outputs[level]) as { include: Array<{ name: string }> }).include.map(e => e.name);
  expect(names('level0')).toEqual(['jvm-base']);
  expect(names('level1')).toEqual(['api', 'worker']);
  expect(names('level2')).toEqual([]);
});

test('deploy.yml refuses images nested deeper than its build jobs, saying what to add', async () => {
  const deep = JSON.stringify({ include: [0, 1, 2, 3].map(level => ({ name: `i${level}`, level })) });
  const { code, stdout } = await runStep(stepOf('deploy.yml', 'tag', 'levels').run!, { MATRIX: deep }, tmp.path);
  expect(code).toBe(1);
  expect(stdout).toContain('::error::images are nested 4 levels deep: add a build-level-3 job');
});

test('build-image.yml gives each image its build args and every base image reference its Dockerfile reads', async () => {
  const matrix = JSON.parse(tagRun.outputs.matrix) as { include: Array<Record<string, string>> };
  const images = JSON.parse(tagRun.outputs.images) as Record<string, string>;
  const api = matrix.include.find(e => e.name === 'api')!;
  const { code, outputs } = await runStep(stepOf('build-image.yml', 'build', 'args').run!, { BUILD_ARGS: api['build-args'], IMAGES: tagRun.outputs.images }, tmp.path);
  expect(code).toBe(0);
  const args = outputs['build-args'].split('\n');
  expect(args).toContain('JAVA_OPTS=-Xmx1g');
  expect(args).toContain(`JVM_BASE_IMAGE=${images['jvm-base']}`);
  // Every `FROM ${ARG}` of the example Dockerfiles is one of the arguments the build passes.
  for (const service of ['api', 'worker']) {
    const dockerfile = readFileSync(join(ROOT, 'examples/component/services', service, 'Dockerfile'), 'utf8');
    const from = /^FROM \$\{([A-Z_]+)\}/m.exec(dockerfile)![1];
    expect(args.map(a => a.split('=')[0])).toContain(from);
  }
});
