import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { LockstepError } from '../../src/core/errors.js';
import { parseDockerfile, type ParsedDockerfile } from '../../src/core/tag/dockerfile.js';
import { frontendOf } from '../../src/core/tag/dockerfile/frontend.js';
import { buildImageGraph } from '../../src/core/tag/graph.js';
import { parseImagesConfig } from '../../src/core/tag/images-config.js';
import type { Reporter } from '../../src/core/reporter.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import { hashTag } from '../../src/jobs/hash-tag.js';
import { TestRepo } from '../support/git-repo.js';
import { TestRegistry } from '../support/registry.js';
import { tempDir } from '../support/tmp.js';
import { pushImage } from './push-image.js';

// Which frontend reads a Dockerfile (frontend/dockerfile/builder/build.go: the BUILDKIT_SYNTAX
// build arg, else DetectSyntax, else the built-in one), what its version changes in the
// reading, and the frontend image as an input of the tag, like a base image.

const froms = (text: string, args: Record<string, string> = {}) => parseDockerfile(text, 'Dockerfile', args).froms.map(f => `${f.via} ${f.image}@${f.line}`);
const failure = (f: () => unknown): LockstepError => {
  try {
    f();
  } catch (e) {
    if (e instanceof LockstepError) return e;
    throw e;
  }
  throw new Error('no error');
};
const HEREDOC = 'FROM a\nRUN <<EOF\nFROM hidden\nEOF\n';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('the frontend a build runs', () => {
  test('none named: BuildKit\'s own', () => {
    expect(frontendOf('FROM a\n', {})).toEqual({ kind: 'builtin' });
    expect(froms('FROM a\n')).toEqual(['FROM a@1']);
  });

  test('# syntax= names an image, an input read before the Dockerfile', () => {
    expect(froms(`# syntax=docker/dockerfile:1.7\n${HEREDOC}`)).toEqual(['syntax docker/dockerfile:1.7@1', 'FROM a@2']);
    // Options after the image are the frontend's own (cmdline); they are in the Dockerfile's bytes.
    expect(froms('# syntax = docker/dockerfile:1.7 --some-opt\nFROM a\n')).toEqual(['syntax docker/dockerfile:1.7@1', 'FROM a@2']);
  });

  test('after a shebang line the directive still picks the frontend (DetectSyntax skips it), though the parser reads it as a comment', () => {
    const text = `#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1.2\n${HEREDOC}`;
    // docker/dockerfile:1.2 has no heredocs: BuildKit fails on the body as an instruction.
    expect(failure(() => froms(text)).message).toBe('unknown instruction: EOF');
    expect(froms(text.replace('1.2', '1.4'))).toEqual(['syntax docker/dockerfile:1.4@2', 'FROM a@3']);
  });

  test('an indented directive is the parser\'s, but DetectSyntax does not see it: the built-in frontend reads the file', () => {
    expect(froms(`  # syntax=docker/dockerfile:1.2\n${HEREDOC}`)).toEqual(['FROM a@2']);
  });

  test('BUILDKIT_SYNTAX overrides the directive (first word, trimmed); dockerfile.v0 is the built-in frontend', () => {
    const text = `# syntax=docker/dockerfile:1.2\n${HEREDOC}`;
    expect(froms(text, { BUILDKIT_SYNTAX: ' docker/dockerfile:1.7 opts' })).toEqual(['syntax docker/dockerfile:1.7@1', 'FROM a@2']);
    expect(froms(text, { BUILDKIT_SYNTAX: 'dockerfile.v0' })).toEqual(['FROM a@2']);
    expect(failure(() => froms(HEREDOC, { BUILDKIT_SYNTAX: 'docker/dockerfile:1.2' })).message).toBe('unknown instruction: EOF');
    const e = failure(() => froms(text, { BUILDKIT_SYNTAX: '  ' }));
    expect(e.message).toMatch(/^build-args BUILDKIT_SYNTAX=" {2}" names no frontend image/);
    expect(e.location).toEqual({ file: 'Dockerfile' });
  });
});

describe('docker/dockerfile versions', () => {
  test.each([
    ['docker/dockerfile:1.2', false],
    ['docker/dockerfile:1.2.1-labs', false],
    ['docker/dockerfile:1.2.0-rc1', false],
    ['docker/dockerfile:1.1.7-experimental', false],
    ['docker/dockerfile:1.3', false],
    ['docker/dockerfile:1.3-labs', true],
    ['docker/dockerfile:1.3.0-rc1-labs', true],
    ['docker/dockerfile:1.4.0-rc1', true],
    ['docker/dockerfile:1.4', true],
    ['docker/dockerfile:1', true],
    ['docker/dockerfile:1-labs', true],
    ['docker/dockerfile', true],
    ['docker/dockerfile:latest', true],
    ['docker/dockerfile-upstream:master-labs', true],
    ['docker.io/docker/dockerfile:1.2', false],
    ['index.docker.io/docker/dockerfile:1.2', false],
    [`docker/dockerfile:1.2@${DIGEST}`, false],
    // Not BuildKit's frontend: read as its current version reads.
    ['ghcr.io/acme/dockerfile:1.2', true],
  ])('%s: heredocs %s', (ref, heredocs) => {
    const frontend = frontendOf(`# syntax=${ref}\n`, {});
    expect(frontend.kind === 'image' && frontend.rules?.heredocs).toBe(heredocs);
  });

  test('# check= is a directive from 1.8 on: before, it is a comment that ends them', () => {
    const text = '# check=skip=all\n# escape=`\nFROM a `\n  AS b\n';
    expect(froms(text)).toEqual(['FROM a@3']);
    expect(froms(text, { BUILDKIT_SYNTAX: 'docker/dockerfile:1.8' })).toEqual(['syntax docker/dockerfile:1.8@1', 'FROM a@3']);
    // With 1.7 the escape is still `\`: the backtick is literal, and `AS b` is an instruction of its own.
    expect(failure(() => froms(text, { BUILDKIT_SYNTAX: 'docker/dockerfile:1.7' })).message).toBe('unknown instruction: AS');
  });

  test('no knowable version (a digest alone, `experimental`): fine while every release reads the same images', () => {
    expect(froms(`# syntax=docker/dockerfile@${DIGEST}\nFROM a\nRUN echo "<<EOF"\n`)).toEqual([`syntax docker/dockerfile@${DIGEST}@1`, 'FROM a@2']);
    for (const ref of [`docker/dockerfile@${DIGEST}`, 'docker/dockerfile:experimental']) {
      const e = failure(() => froms(`# syntax=${ref}\n${HEREDOC}`));
      expect(e.message).toBe(
        `the # syntax directive names ${ref}, which tells no release of the Dockerfile frontend, and the release decides how this Dockerfile reads (heredocs from 1.4, \`# check=\` from 1.8): name the release tag too (docker/dockerfile:1.7@sha256:...)`,
      );
      expect(e.location).toEqual({ file: 'Dockerfile', line: 1 });
    }
  });
});

describe('files for other frontends', () => {
  test('// syntax= and JSON name a frontend for a file that is no Dockerfile: an error that says so', () => {
    const slash = failure(() => froms('// syntax=ghcr.io/acme/cue-frontend:1\npackage build\n'));
    expect(slash.message).toBe('unknown instruction: //');
    expect(slash.location).toEqual({ file: 'Dockerfile', line: 1 });
    expect(slash.details).toEqual([
      "the // syntax directive hands this file to the frontend image ghcr.io/acme/cue-frontend:1; hash-tag reads files as BuildKit's Dockerfile frontend does, and cannot tell what other frontends build from",
    ]);
    const json = failure(() => froms('{\n  "syntax": "ghcr.io/acme/json-frontend:2",\n  "base": "alpine"\n}\n'));
    expect(json.details[0]).toMatch(/^the JSON file's "syntax" hands this file to the frontend image ghcr.io\/acme\/json-frontend:2;/);
  });

  test('// syntax= naming BuildKit\'s frontend: it reads no such line either', () => {
    expect(failure(() => froms('// syntax=docker/dockerfile:1\nFROM a\n')).details).toEqual([
      "the // syntax directive names docker/dockerfile:1, BuildKit's Dockerfile frontend, which reads no such line either: write it as `# syntax=docker/dockerfile:1`",
    ]);
  });

  test('another frontend\'s file that parses as a Dockerfile is read as one; one that does not names the frontend', () => {
    expect(froms('# syntax=ghcr.io/acme/dockerfile-fork:3\nFROM a\n')).toEqual(['syntax ghcr.io/acme/dockerfile-fork:3@1', 'FROM a@2']);
    const e = failure(() => froms('# syntax = tonistiigi/pack\napplications:\n- name: app\n'));
    expect(e.message).toBe('unknown instruction: applications:');
    expect(e.details[0]).toMatch(/frontend image tonistiigi\/pack;/);
    // Not only the parser's errors: any reading that fails says which frontend the file is for.
    expect(failure(() => froms('# syntax=ghcr.io/acme/args-only:1\nARG A=1\n')).details[0]).toMatch(/frontend image ghcr.io\/acme\/args-only:1;/);
    expect(failure(() => froms('ARG A=1\n')).details).toEqual([]);
  });
});

describe('the frontend image in the image graph', () => {
  function graphOf(dockerfiles: Record<string, string>) {
    const config = parseImagesConfig('registry: ghcr.io/acme\nimages:\n  frontend:\n    context: frontend\n  app:\n    context: app\n', 'images.yaml');
    const parsed = new Map<string, ParsedDockerfile>();
    for (const image of config.images) parsed.set(image.name, parseDockerfile(dockerfiles[image.name], image.dockerfile, image.buildArgs));
    return buildImageGraph(config, parsed);
  }

  test('an external base, by reference (or the digest it pins)', () => {
    const graph = graphOf({ frontend: 'FROM scratch\n', app: `# syntax=docker/dockerfile:1@${DIGEST}\nFROM debian:bookworm\n` });
    expect(graph.nodes.get('app')!.external).toEqual([{ ref: 'debian:bookworm' }, { ref: `docker/dockerfile:1@${DIGEST}`, digest: DIGEST }]);
  });

  test('a configured image as the frontend is built first, and its tag is in the tag', () => {
    const graph = graphOf({ frontend: 'FROM scratch\n', app: '# syntax=ghcr.io/acme/frontend:latest\nFROM debian:bookworm\n' });
    expect(graph.nodes.get('app')!.bases).toEqual(['frontend']);
    expect(graph.order).toEqual(['frontend', 'app']);
  });
});

describe('the tag follows the frontend image as it follows a base image', () => {
  const quiet: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };
  let registry: TestRegistry;
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;

  beforeAll(async () => {
    registry = await TestRegistry.start();
    dir = await tempDir('lockstep-frontend-');
    repo = TestRepo.create(join(dir.path, 'repo'));
    repo
      .write('images.yaml', `registry: ${registry.host}/acme\nimages:\n  app:\n    context: app\n  forced:\n    context: forced\n    build-args: { BUILDKIT_SYNTAX: "${registry.host}/docker/dockerfile:1.7" }\n`)
      .write('app/Dockerfile', `# syntax=${registry.host}/docker/dockerfile:1\nFROM scratch\n`)
      .write('forced/Dockerfile', 'FROM scratch\n');
    repo.commit('init');
  });
  afterAll(async () => {
    await registry?.stop();
    await dir?.cleanup();
  });

  test('a frontend image the registry lacks is an error naming the syntax directive, not a FROM', async () => {
    const failure = await hashTag({ ...(await hashTagPorts()), workspace: repo.dir, resolveBaseDigests: true }, quiet).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(LockstepError);
    const error = failure as LockstepError;
    expect(error.message).toMatch(new RegExp(`^syntax ${registry.host.replace(/[.:]/g, '\\$&')}/docker/dockerfile:1(\\.7)?: `));
    expect(error.location).toMatchObject({ file: expect.stringMatching(/Dockerfile$/), line: 1 });
  });

  test('a moving frontend tag (docker/dockerfile:1) is hashed by name, or by its digest with resolve-base-digests', async () => {
    const run = async (resolveBaseDigests: boolean) => (await hashTag({ ...(await hashTagPorts()), workspace: repo.dir, resolveBaseDigests }, quiet)).images;
    const plain = await run(false);
    expect(plain.find(i => i.name === 'app')!.external).toEqual([`${registry.host}/docker/dockerfile:1`]);
    expect(plain.find(i => i.name === 'forced')!.external).toEqual([`${registry.host}/docker/dockerfile:1.7`]);

    const d1 = await pushImage(registry.host, 'docker/dockerfile', '1', 'frontend 1.7.0');
    await pushImage(registry.host, 'docker/dockerfile', '1.7', 'frontend 1.7.0');
    const before = await run(true);
    expect(before.find(i => i.name === 'app')!.manifest.external).toEqual([[`${registry.host}/docker/dockerfile:1`, d1]]);
    // The frontend's 1 moves to a new release: the Dockerfile's bytes are the same, the tag is not.
    await pushImage(registry.host, 'docker/dockerfile', '1', 'frontend 1.7.1');
    const after = await run(true);
    const tag = (images: typeof before, name: string) => images.find(i => i.name === name)!.tag;
    expect(tag(after, 'app')).not.toBe(tag(before, 'app'));
    expect(tag(after, 'forced')).toBe(tag(before, 'forced'));
    // Without resolution, only the reference counts.
    expect(tag(await run(false), 'app')).toBe(tag(plain, 'app'));
  });
});
