import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseVersionFile } from '../../src/core/versions/version-file.js';
import { git } from '../../src/adapters/git/git.js';
import type { Reporter } from '../../src/core/reporter.js';
import { runExample, type ExampleResult } from '../../src/example/run.js';
import { tempDir } from '../support/tmp.js';

/**
 * The local example's story, checked fact by fact against what the real job functions
 * produced in the real git repositories it built.
 */
class Collecting implements Reporter {
  readonly lines: string[] = [];
  info(m: string) {
    this.lines.push(m);
  }
  warning(m: string) {
    this.lines.push(`warning: ${m}`);
  }
  error(m: string) {
    this.lines.push(`error: ${m}`);
  }
  async group<T>(t: string, fn: () => Promise<T>) {
    this.lines.push(`== ${t}`);
    return fn();
  }
  summary() {}
}

let tmp: { path: string; cleanup: () => Promise<void> };
let result: ExampleResult;
let out: Collecting;

beforeAll(async () => {
  tmp = await tempDir('lockstep-example-test-');
  out = new Collecting();
  result = await runExample({ dir: join(tmp.path, 'acme'), out });
});
afterAll(() => tmp.cleanup());

const headOf = async (dir: string) => (await git(dir, ['rev-parse', 'HEAD'])).stdout.trim();

test('hash-tag: everything is built once; a service change re-tags only that service; a base change re-tags all', () => {
  const [first, second, third] = result.tagStages;
  expect(first.built).toEqual(['jvm-base', 'api', 'worker']);
  expect(second.built).toEqual(['api']);
  expect(second.tags['jvm-base']).toBe(first.tags['jvm-base']);
  expect(second.tags.worker).toBe(first.tags.worker);
  expect(second.tags.api).not.toBe(first.tags.api);
  expect(third.built).toEqual(['jvm-base', 'api', 'worker']);
  for (const name of ['jvm-base', 'api', 'worker']) expect(third.tags[name]).not.toBe(second.tags[name]);
});

test('the rendered manifest carries the current tag', async () => {
  const rendered = await readFile(join(result.product.repos.api.dir, 'rendered/deploy/api.yaml'), 'utf8');
  expect(rendered).toContain(`image: registry.example/acme/api:${result.tagStages[2].tags.api}`);
  expect(rendered).not.toContain('{{');
});

test('version 2: infra before the api that needs it; the incompatible web#23 held with its reason', async () => {
  const [v2, v3] = result.releases;
  expect(v2.version).toBe(2);
  expect(v2.steps.map(s => s.repository)).toEqual(['infra', 'api']);
  expect(v2.held).toEqual([{ repository: 'web', number: 23, reason: expect.stringContaining('is_compatible: false') }]);
  expect(v3.version).toBe(3);
  expect(v3.steps.map(s => s.repository).sort()).toEqual(['api', 'web']);
  expect(v3.held).toEqual([]);
  const file2 = parseVersionFile(await readFile(join(result.product.release.dir, 'versions/2.yaml'), 'utf8'), 'versions/2.yaml', 2);
  expect(file2.steps).toEqual(v2.steps);
  expect(file2.held).toEqual(v2.held);
  expect(file2.pulls).toEqual({ infra: [expect.objectContaining({ number: 41 }), expect.objectContaining({ number: 42 })], api: [expect.objectContaining({ number: 87 })] });
});

test('the release repository holds versions 1 and 2 after version 3 was reverted', async () => {
  const release = result.product.release.dir;
  const { stdout } = await git(release, ['ls-files', 'versions']);
  expect(stdout.trim().split('\n')).toEqual(['versions/1.yaml', 'versions/2.yaml']);
  const log = (await git(release, ['log', '--format=%s'])).stdout.trim().split('\n');
  expect(log[0]).toBe('Revert "Release version 3"');
  const v3 = parseVersionFile((await git(release, ['show', 'HEAD~1:versions/3.yaml'])).stdout, 'versions/3.yaml', 3);
  expect(v3.repositories.web).toBe(await headOf(result.product.repos.web.dir));
  expect(v3.repositories.api).toBe(await headOf(result.product.repos.api.dir));
});

test('deploys happened in order, each version separately, and the rollback undid version 3 in reverse', () => {
  const log = result.deployLog.map(l => l.replace(/ @ [0-9a-f]{40}$/, ''));
  expect(log).toEqual([
    'staging v1 step 1: infra',
    'staging v1 step 2: api',
    'staging v1 step 3: web',
    'production v1 step 1: infra',
    'production v1 step 2: api',
    'production v1 step 3: web',
    'staging v2 step 1: infra',
    'staging v2 step 2: api',
    'production v2 step 1: infra',
    'production v2 step 2: api',
    `staging v3 step 1: ${result.releases[1].steps[0].repository}`,
    `staging v3 step 2: ${result.releases[1].steps[1].repository}`,
    `production v3 step 1: ${result.releases[1].steps[0].repository}`,
    `production v3 step 2: ${result.releases[1].steps[1].repository}`,
    `production v2 step 1: ${result.releases[1].steps[1].repository}`,
    `production v2 step 2: ${result.releases[1].steps[0].repository}`,
  ]);
  const rollback = result.runs[result.runs.length - 1];
  expect(rollback).toMatchObject({ environment: 'production', to: 2, direction: 'rollback' });
});

test('staging ends at version 3, production back at version 2 with version 2 commits live', () => {
  const v2 = result.releases[0];
  expect(result.environments.staging.version).toBe(3);
  expect(result.environments.production.version).toBe(2);
  for (const step of v2.steps) expect(result.environments.production.deployed[step.repository]).toBe(step.commit);
});

test('it tells the story a person wants to read', () => {
  const text = out.lines.join('\n');
  expect(text).toContain('Version 2');
  expect(text).toContain('web#23');
  expect(text).toMatch(/production: deploy from version 1 to version 2/);
  expect(text).toMatch(/roll back from version 3 to version 2/);
});
