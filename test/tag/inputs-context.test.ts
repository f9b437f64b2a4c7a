import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import type { Reporter } from '../../src/core/reporter.js';
import { hashTag } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import { rejection } from '../support/errors.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

// An `inputs` folder goes to the build as a named context (`--build-context shared=scripts/shared`),
// and BuildKit applies that folder's own `.dockerignore` to it (dockerui's NamedContext reads
// `.dockerignore` at the named context's root with ignorefile.ReadAll; never a
// `<Dockerfile>.dockerignore`). buildah 1.28 does not (it sends every file of a named
// context), so the reference here is BuildKit's source, and the matcher is the one proven
// against moby/patternmatcher for the main context.

const quiet: Reporter = { info: () => undefined, warning: () => undefined, error: () => undefined, group: (_t, fn) => fn(), summary: () => undefined };

describe('an inputs folder is a named build context', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  const run = () => hashTag({ ...ports, workspace: repo.dir }, quiet);

  beforeAll(async () => {
    dir = await tempDir('lockstep-inputs-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo.write('images.yaml', 'images:\n  app:\n    context: app\n    inputs: [shared, tool.sh]\n');
    repo.write('app/Dockerfile', 'FROM scratch\nCOPY --from=shared . /shared/\n');
    repo.write('shared/.dockerignore', '*.log\n!keep.log\ncache/\n').write('shared/a.txt', 'a\n').write('shared/debug.log', 'x\n').write('shared/keep.log', 'k\n');
    repo.write('shared/cache/c.bin', 'c\n').write('shared/sub/debug.log', 'deeper: only `*.log` at the root is excluded\n');
    repo.write('tool.sh', '#!/bin/sh\n', 0o755);
    repo.commit('tree');
  });
  afterAll(async () => dir?.cleanup());

  test("the folder's own .dockerignore decides which of its files count", async () => {
    const result = await run();
    expect(result.images[0].manifest.inputs.map(f => f[0])).toEqual(['shared/.dockerignore', 'shared/a.txt', 'shared/keep.log', 'shared/sub/debug.log', 'tool.sh']);
    const tag = result.images[0].tag;
    // An excluded file changes nothing; a sent one moves the tag.
    repo.write('shared/debug.log', 'changed\n').write('shared/cache/c.bin', 'changed\n');
    expect((await run()).images[0].tag).toBe(tag);
    repo.write('shared/a.txt', 'changed\n');
    expect((await run()).images[0].tag).not.toBe(tag);
    repo.git('checkout', '--', 'shared');
  });

  test('an invalid pattern in it is an error naming the file and line', async () => {
    repo.write('shared/.dockerignore', '*.log\n[\n');
    try {
      const e = await rejection(run());
      expect(e.location).toMatchObject({ file: 'shared/.dockerignore', line: 2 });
    } finally {
      repo.git('checkout', '--', 'shared');
    }
  });
});
