import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { LockstepError } from '../../src/core/errors.js';
import { parseReleaseConfig } from '../../src/core/config/release.js';
import { parseVersionFile } from '../../src/core/versions/version-file.js';
import { parseImagesConfig } from '../../src/core/tag/images-config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schemas = {
  images: ajv.compile(JSON.parse(read('docs/schemas/images.schema.json'))),
  release: ajv.compile(JSON.parse(read('docs/schemas/release.schema.json'))),
  version: ajv.compile(JSON.parse(read('docs/schemas/version.schema.json'))),
};
type Format = keyof typeof schemas;

const parsers: Record<Format, (text: string, file: string) => unknown> = {
  images: parseImagesConfig,
  release: parseReleaseConfig,
  version: (text, file) => parseVersionFile(text, file, /(\d+)\.ya?ml$/.exec(file) ? Number(/(\d+)\.ya?ml$/.exec(file)![1]) : undefined),
};

function schemaAccepts(format: Format, text: string): boolean {
  return schemas[format](parse(text)) as boolean;
}

function parserAccepts(format: Format, text: string, file = 'file.yaml'): boolean {
  try {
    parsers[format](text, file);
    return true;
  } catch (e) {
    if (!(e instanceof LockstepError)) throw e;
    return false;
  }
}

const COMMIT_A = 'a'.repeat(40);
const COMMIT_B = 'b'.repeat(40);

describe('the example files', () => {
  const examples: Array<[Format, string]> = [
    ['images', 'examples/component/images.yaml'],
    ['release', 'examples/release/release.yaml'],
    ...readdirSync(join(ROOT, 'examples/release/versions')).map((f): [Format, string] => ['version', `examples/release/versions/${f}`]),
  ];

  test.each(examples)('%s schema and parser both accept %s', (format, path) => {
    const text = read(path);
    const valid = schemas[format](parse(text));
    expect(schemas[format].errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(() => parsers[format](text, path)).not.toThrow();
  });

  test.each(examples)('%s example %s points editors at its schema', (format, path) => {
    expect(read(path).split('\n')[0]).toBe(`# yaml-language-server: $schema=https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/${format}.schema.json`);
  });
});

// Each case: text the parser rejects, which the schema must reject too (an editor flags it as you type).
const rejected: Record<Format, Array<[string, string]>> = {
  images: [
    ['unknown top-level key', 'registry: ghcr.io/acme\nimage:\n  a: { context: a }\n'],
    ['unknown image key', 'images:\n  a:\n    context: a\n    dockerfil: a/Dockerfile\n'],
    ['missing context', 'images:\n  a:\n    dockerfile: a/Dockerfile\n'],
    ['no images', 'images: {}\n'],
    ['missing images', 'registry: ghcr.io/acme\n'],
    ['upper-case image name', 'images:\n  Api: { context: api }\n'],
    ['context above the root', 'images:\n  a: { context: ../a }\n'],
    ['absolute context', 'images:\n  a: { context: /srv/a }\n'],
    ['bad build-arg name', 'images:\n  a:\n    context: a\n    build-args: { "1X": y }\n'],
    ['build-arg that is a list', 'images:\n  a:\n    context: a\n    build-args: { X: [1] }\n'],
    ['bad platform', 'images:\n  a:\n    context: a\n    platform: amd64\n'],
    ['base that is a mapping', 'images:\n  a:\n    context: a\n    base: { b: 1 }\n'],
    ['bad registry', 'registry: "ghcr.io/Acme Corp"\nimages:\n  a: { context: a }\n'],
  ],
  release: [
    ['unknown top-level key', 'version: versions\nrepositories:\n  a: { branch: main }\n'],
    ['unknown repository key', 'repositories:\n  a: { github: o/a, brnch: main }\n'],
    ['missing repositories', 'versions: versions\n'],
    ['no repositories', 'repositories: {}\n'],
    ['github not owner/repo', 'repositories:\n  a: { github: acme }\n'],
    ['repository name with a shell character', 'repositories:\n  "a;b": { branch: main }\n'],
    ['repository that is a string', 'repositories:\n  a: main\n'],
    ['deploy that is a list', 'repositories:\n  a: { branch: main }\ndeploy: [x]\n'],
    ['override key without a number', 'repositories:\n  a: { branch: main }\noverrides:\n  a: { dependencies: [] }\n'],
    ['override key with owner/repo', 'repositories:\n  a: { branch: main }\noverrides:\n  o/a#1: { dependencies: [] }\n'],
    ['override that is a list (the short form is not one)', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: []\n'],
    ['override without dependencies', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: { reason: x }\n'],
    ['override with an unknown key', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: { dependencies: [], depends: [] }\n'],
    ['override dependency with an unknown key', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: { dependencies: [{ pull: a#2, compatible: false }] }\n'],
    ['override dependency is_compatible as text', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: { dependencies: [{ pull: a#2, is_compatible: "no" }] }\n'],
    ['override dependency that is a string', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1: { dependencies: [a#2] }\n'],
    ['override dependency "#N" unquoted (a YAML comment)', 'repositories:\n  a: { branch: main }\noverrides:\n  a#1:\n    dependencies:\n    - pull: #2\n'],
  ],
  version: [
    ['unknown top-level key', `version: 1\nrepos:\n  a: ${COMMIT_A}\nrepositories:\n  a: ${COMMIT_A}\nsteps: []\n`],
    ['unknown step key (the Crois example)', `repositories:\n  a: ${COMMIT_A}\nsteps:\n- repository: a\n  a: ${COMMIT_A}\n`],
    ['abbreviated commit', `repositories:\n  a: abc1234\nsteps: []\n`],
    ['upper-case commit', `repositories:\n  a: ${COMMIT_A.toUpperCase()}\nsteps: []\n`],
    ['missing steps', `repositories:\n  a: ${COMMIT_A}\n`],
    ['missing repositories', `steps: []\n`],
    ['step without a commit', `repositories:\n  a: ${COMMIT_A}\nsteps:\n- repository: a\n`],
    ['version zero', `version: 0\nrepositories:\n  a: ${COMMIT_A}\nsteps: []\n`],
    ['held without a reason', `repositories:\n  a: ${COMMIT_A}\nsteps: []\nheld:\n- { repository: a, number: 3 }\n`],
    ['pull with an unknown key', `repositories:\n  a: ${COMMIT_A}\nsteps: []\npulls:\n  a:\n  - { number: 3, url: x }\n`],
    ['previous that is text', `repositories:\n  a: ${COMMIT_A}\nsteps: []\nprevious: one\n`],
    ['override without dependencies', `repositories:\n  a: ${COMMIT_A}\nsteps: []\noverrides:\n- { repository: a, number: 3 }\n`],
    ['override dependency without is_compatible', `repositories:\n  a: ${COMMIT_A}\nsteps: []\noverrides:\n- { repository: a, number: 3, dependencies: [{ repository: a, number: 2 }] }\n`],
  ],
};

describe.each(Object.keys(rejected) as Format[])('%s: what the parser rejects, the schema rejects', format => {
  test.each(rejected[format])('%s', (_name, text) => {
    expect(parserAccepts(format, text, format === 'version' ? 'versions/1.yaml' : 'file.yaml')).toBe(false);
    expect(schemaAccepts(format, text)).toBe(false);
  });
});

// And the other way round for the forms people actually write: both accept them.
const accepted: Record<Format, Array<[string, string]>> = {
  images: [
    ['the brief example', 'registry: ghcr.io/acme\nimages:\n  jvm-base:\n    context: images/jvm-base\n    dockerfile: images/jvm-base/Dockerfile\n  my-service-a:\n    context: services/my-service-a\n    base: [jvm-base]\n    inputs: [scripts/common]\n    build-args: { JAVA_OPTS: "-Xmx1g" }\n'],
    ['a single base as a string', 'images:\n  a: { context: a }\n  b: { context: b, base: a, platform: linux/arm64/v8 }\n'],
    ['the root as context, numeric build arg', 'images:\n  a:\n    context: .\n    build-args: { N: 3, DEBUG: true }\n'],
  ],
  release: [
    ['the brief example', 'versions: versions\nrepositories:\n  repo-1: { github: crois/repo-1, branch: master }\n  repo-2: { github: crois/repo-2, branch: master }\n'],
    ['local paths and deployers', 'repositories:\n  infra: { path: ../infra, deploy: { deployer: command } }\ndeploy: { deployer: command }\n'],
    [
      'overrides',
      'repositories:\n  api: { github: acme/api }\n  infra: { github: acme/infra }\noverrides:\n  api#87:\n    dependencies:\n    - pull: infra#41\n      is_compatible: false\n    - pull: "#80"\n    - { pull: https://github.com/acme/infra/pull/3 }\n    reason: closed PR\n  infra#2: { dependencies: [] }\n',
    ],
    ['an empty overrides section', 'repositories:\n  api: { github: acme/api }\noverrides:\n'],
  ],
  version: [
    ['the original two keys', `repositories:\n  repo-1: ${COMMIT_A}\n  repo-2: ${COMMIT_B}\nsteps:\n- repository: repo-1\n  commit: ${COMMIT_A}\n- repository: repo-2\n  commit: ${COMMIT_B}\n`],
    ['nothing to do', `version: 1\nrepositories:\n  a: ${COMMIT_A}\nsteps:\n`],
    ['overrides', `repositories:\n  a: ${COMMIT_A}\nsteps: []\noverrides:\n- repository: a\n  number: 3\n  dependencies:\n  - { repository: a, number: 2, is_compatible: false }\n  reason: x\n- { repository: a, number: 4, dependencies: [] }\n`],
  ],
};

describe.each(Object.keys(accepted) as Format[])('%s: common forms are accepted by both', format => {
  test.each(accepted[format])('%s', (_name, text) => {
    expect(parserAccepts(format, text, format === 'version' ? 'versions/1.yaml' : 'file.yaml')).toBe(true);
    const valid = schemaAccepts(format, text);
    expect(schemas[format].errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
