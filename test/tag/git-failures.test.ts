import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chownSync, cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../../src/core/errors.js';
import { hashTag } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import type { Reporter } from '../../src/core/reporter.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

// No silent fallback: only git's own "not a git repository" makes the listing walk the tree
// (with a warning, and the tags git gives the same files); any other failure is an error.

function recorder(): Reporter & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, warning: m => void warnings.push(m), error: () => undefined, group: (_t, fn) => fn(), summary: () => undefined };
}

const CONFIG = 'images:\n  base:\n    context: base\n  app:\n    context: app\n    build-args: { A: "1" }\n';

function fill(repo: TestRepo): void {
  repo.write('images.yaml', CONFIG);
  repo.write('base/Dockerfile', 'FROM debian:bookworm-slim\n');
  repo.write('app/Dockerfile', 'FROM base\nCOPY . /app/\n').write('app/.dockerignore', '*.log\n');
  repo.write('app/run.sh', '#!/bin/sh\n', 0o755).write('app/x.log', 'ignored\n').write('app/src/main.txt', 'main\n');
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('git failures', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  let gitTags: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir('lockstep-git-failures-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    fill(repo);
    symlinkSync('src/main.txt', join(repo.dir, 'app/link'));
    repo.commit('tree');
    gitTags = Object.fromEntries((await hashTag({ ...ports, workspace: repo.dir }, recorder())).images.map(i => [i.name, i.tag]));
  });
  afterAll(async () => dir?.cleanup());

  test('not a git repository: the tree is walked, with a warning, and gives the tags git gives', async () => {
    const copy = join(dir.path, 'plain');
    cpSync(repo.dir, copy, { recursive: true, verbatimSymlinks: true });
    rmSync(join(copy, '.git'), { recursive: true });
    const reporter = recorder();
    const result = await hashTag({ ...ports, workspace: copy }, reporter);
    expect(Object.fromEntries(result.images.map(i => [i.name, i.tag]))).toEqual(gitTags);
    expect(reporter.warnings).toEqual([expect.stringMatching(/is not in a git repository: every file is read and hashed/)]);
  });

  test('a corrupted index is an error with git\'s message, not a walk', async () => {
    const broken = join(dir.path, 'corrupted');
    cpSync(repo.dir, broken, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(broken, '.git/index'), readFileSync(join(broken, '.git/index')).subarray(0, 30));
    const reporter = recorder();
    const error = await rejection(hashTag({ ...ports, workspace: broken }, reporter));
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as Error).message).toMatch(/index file smaller than expected/);
    expect(reporter.warnings).toEqual([]);
  });

  test('"dubious ownership" is an error with git\'s message, not a walk', async () => {
    // Only root can give a folder away; elsewhere this case cannot be set up.
    if (process.getuid?.() !== 0) return;
    const foreign = join(dir.path, 'foreign');
    cpSync(repo.dir, foreign, { recursive: true, verbatimSymlinks: true });
    chownSync(foreign, 12345, 12345);
    const error = await rejection(hashTag({ ...ports, workspace: foreign }, recorder()));
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as Error).message).toMatch(/dubious ownership/);
    expect((error as Error).message).toMatch(/safe\.directory/);
  });

  test('a SHA-256 repository outside git would give other tags: the walk warns, and the git path keeps the repository\'s format', async () => {
    const sha256 = TestRepo.create(join(dir.path, 'sha256'), 'main', 'sha256');
    fill(sha256);
    sha256.commit('tree');
    const tags = (await hashTag({ ...ports, workspace: sha256.dir }, recorder())).images.map(i => i.manifest.files.map(f => f[2].length));
    expect(new Set(tags.flat())).toEqual(new Set([64]));
  });
});
