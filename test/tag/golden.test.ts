import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { hashTag } from '../../src/jobs/hash-tag.js';
import { hashTagPorts } from '../../src/composition/hash-tag.js';
import type { Reporter } from '../../src/core/reporter.js';
import { TAG_ALGORITHM } from '../../src/core/tag/hash.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

/** The real git, file system and registry ports, as the actions and the CLI build them. */
const ports = await hashTagPorts();

// Golden tags: the exact tags of small fixed trees. A tag is a promise to every user (an image
// already built and pushed under it is reused); a change that moves any of these re-tags and
// rebuilds every image of every user. If one of these fails, either the change is a bug, or the
// meaning of a tag changed on purpose: then bump TAG_ALGORITHM (src/core/tag/hash.ts), update
// these values, and release a major version (docs/how-it-works.md, "Tag stability").

const quiet: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
  summary: () => undefined,
};

const CONFIG = `registry: ghcr.io/acme
images:
  os-base:
    context: images/os-base
  jvm-base:
    context: images/jvm-base
    build-args: { JDK: "21" }
  api:
    context: services/api
    dockerfile: docker/api.Dockerfile
    inputs: [scripts/common]
    build-args: { JAVA_OPTS: "-Xmx1g", PORT: 8080 }
  web:
    context: services/web
    platform: linux/arm64
`;

/** The same files in every repository: a base chain os-base → jvm-base → api, and web on an external image. */
function fill(repo: TestRepo): void {
  repo.write('images.yaml', CONFIG);
  repo.write('images/os-base/Dockerfile', 'FROM debian:bookworm-slim\nRUN apt-get update\n');
  repo.write('images/os-base/etc/motd', 'hello\n');
  repo.write('images/jvm-base/Dockerfile', 'ARG JDK=17\nFROM os-base\nCOPY install-jdk.sh /\nRUN /install-jdk.sh $JDK\n');
  repo.write('images/jvm-base/install-jdk.sh', '#!/bin/sh\necho "jdk $1"\n', 0o755);
  repo.write('docker/api.Dockerfile', 'FROM jvm-base\nCOPY . /app/\n');
  repo.write('docker/api.Dockerfile.dockerignore', '*.log\n');
  repo.write('services/api/src/Main.java', 'class Main {}\n');
  repo.write('services/api/debug.log', 'ignored\n');
  repo.write('scripts/common/entry.sh', '#!/bin/sh\nexec "$@"\n', 0o755);
  repo.write('services/web/Dockerfile', 'FROM node:20-alpine\nCOPY . /srv/\n');
  repo.write('services/web/.dockerignore', 'node_modules\n**/*.md\n!README.md\n');
  repo.write('services/web/index.js', 'console.log("web");\n');
  repo.write('services/web/README.md', '# web\n');
  repo.write('services/web/docs/notes.md', 'ignored\n');
  symlinkSync('index.js', join(repo.dir, 'services/web/main.js'));
}

const GOLDEN = {
  sha1: { 'os-base': '0f6afc4d521150b89170', 'jvm-base': '8d6b7a8b9c41612d232d', api: 'bd5571b062e81a5b6baf', web: 'b487f628276c2d2ea078' },
  sha256: { 'os-base': '4b2260a044f640eb39b0', 'jvm-base': '9923566d5b84e0e98f1f', api: '3724f4f21a56cb55a724', web: '2e1fa915b213e9f45d23' },
};

describe('golden tags', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    dir = await tempDir('lockstep-golden-');
  });
  afterAll(async () => {
    await dir?.cleanup();
  });

  test('the tag algorithm is the one these values were computed with', () => {
    expect(TAG_ALGORITHM).toBe('lockstep-tag-v1');
  });

  test.each(['sha1', 'sha256'] as const)('a %s repository, committed and in the working tree', async format => {
    const repo = TestRepo.create(join(dir.path, format), 'main', format);
    fill(repo);
    // Untracked first (every file read from disk), then committed (every blob id from git's index): the same tags.
    const untracked = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    repo.commit('golden tree');
    const committed = await hashTag({ ...ports, workspace: repo.dir }, quiet);
    const tags = (r: typeof committed) => Object.fromEntries(r.images.map(i => [i.name, i.tag]));
    expect(tags(untracked)).toEqual(tags(committed));
    expect(tags(committed)).toEqual(GOLDEN[format]);
    expect(committed.images.find(i => i.name === 'api')!.image).toBe(`ghcr.io/acme/api:${GOLDEN[format].api}`);
  });
});
