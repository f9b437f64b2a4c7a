import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { hashTag } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import type { Reporter } from '../../src/core/reporter.js';
import { TestRepo } from '../support/git-repo.js';
import { noUserCredentials } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

/**
 * `lockstep` without a clone: the package npm packs (what `npx --package=github:<owner>/lockstep`
 * installs) holds the self-contained CLI bundle and nothing else, and its bin runs from the
 * unpacked tarball — no node_modules, no network, no source tree next to it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const silent: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };

let tmp: { path: string; cleanup: () => Promise<void> };
let files: string[];
let bin: string;

beforeAll(async () => {
  tmp = await tempDir('lockstep-package-');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp.path], { cwd: ROOT, env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' } });
  const packed = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0].files.map(f => f.path).sort();
  mkdirSync(join(tmp.path, 'unpacked'));
  await run('tar', ['-xzf', join(tmp.path, packed[0].filename), '-C', join(tmp.path, 'unpacked')]);
  // Where npm links a package's bin: node_modules/.bin/<name> → the package's file.
  const pkg = JSON.parse(readFileSync(join(tmp.path, 'unpacked/package/package.json'), 'utf8')) as { bin: Record<string, string> };
  mkdirSync(join(tmp.path, 'node_modules/.bin'), { recursive: true });
  bin = join(tmp.path, 'node_modules/.bin/lockstep');
  symlinkSync(join(tmp.path, 'unpacked/package', pkg.bin.lockstep), bin);
});
afterAll(async () => tmp?.cleanup());

test('the package is installable (not private) and holds the CLI bundle, not the sources', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { private?: boolean; bin: Record<string, string>; scripts: Record<string, string> };
  expect(pkg.private).toBeUndefined();
  expect(pkg.bin).toEqual({ lockstep: 'dist/cli/index.js' });
  // A `prepare` script would make every git install fetch the dev dependencies and build.
  expect(pkg.scripts.prepare).toBeUndefined();
  expect(files).toContain('dist/cli/index.js');
  expect(files.filter(f => !/^dist\/cli\/[^/]+$/.test(f))).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
});

test('the bin runs from the unpacked tarball as npx runs it', async () => {
  expect(statSync(bin).mode & 0o111).not.toBe(0);
  const { stdout } = await run(bin, ['--help'], { cwd: tmp.path, env: { PATH: process.env.PATH ?? '' } });
  for (const command of ['hash-tag', 'why', 'resolve', 'bootstrap', 'apply', 'plan']) expect(stdout).toContain(command);
});

test('hash-tag from the tarball tags a repository', async () => {
  const repo = TestRepo.create(join(tmp.path, 'repo'));
  repo.write('images.yaml', 'images:\n  app:\n    context: app\n').write('app/Dockerfile', 'FROM scratch\nCOPY . /\n');
  repo.commit('init');
  const { stdout } = await run(bin, ['hash-tag', '--json'], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', HOME: tmp.path, ...noUserCredentials(tmp.path) } });
  const result = JSON.parse(stdout) as { images: Array<{ name: string; tag: string }> };
  expect(result.images.map(i => i.name)).toEqual(['app']);
  // The same tag the sources compute: the tarball is the engine, not a copy of it.
  const fromSource = await hashTag({ ...ports, workspace: repo.dir }, silent);
  expect(result.images[0].tag).toBe(fromSource.images[0].tag);
});
