import { parseReleaseConfig } from '../../src/core/config/release.js';
import { extractDependencies, overrideHint } from '../../src/core/deps/extract.js';
import type { RepoWindow } from '../../src/core/deps/model.js';
import { LockstepError } from '../../src/core/errors.js';
import { parseVersionFile, serializeVersionFile, type VersionFile } from '../../src/core/versions/version-file.js';

const C = '29d4d4d49fe2cecee9dd2cfda11c6004375bcd39';
const CONFIG = [
  'repositories:',
  '  api: { github: acme/api }',
  '  infra: { github: acme/infra }',
  'overrides:',
  '  api#87:',
  '    dependencies:',
  '    - pull: infra#41',
  '      is_compatible: false',
  '    - pull: "#80"',
  '    reason: the block names a closed PR',
  '  infra#2: { dependencies: [] }',
  '',
].join('\n');

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof LockstepError) return [e.location.file, e.location.line, e.message];
    throw e;
  }
  throw new Error('no error');
};

describe('overrides in release.yaml', () => {
  it('are read with their lines, refs as written', () => {
    const config = parseReleaseConfig(CONFIG, 'release.yaml');
    expect(config.overrides).toEqual([
      {
        repository: 'api',
        number: 87,
        line: 5,
        reason: 'the block names a closed PR',
        dependencies: [
          { ref: { kind: 'short', repo: 'infra', number: 41 }, text: 'infra#41', isCompatible: false, line: 7 },
          { ref: { kind: 'self', number: 80 }, text: '#80', isCompatible: true, line: 9 },
        ],
      },
      { repository: 'infra', number: 2, line: 11, dependencies: [] },
    ]);
    expect(parseReleaseConfig('repositories:\n  a: {}\n', 'release.yaml').overrides).toEqual([]);
  });

  it('bad ones are errors naming release.yaml and the line', () => {
    const base = 'repositories:\n  api: {}\noverrides:\n';
    expect(failure(() => parseReleaseConfig(`${base}  web#3: { dependencies: [] }\n`, 'release.yaml'))).toEqual(['release.yaml', 4, 'overrides."web#3": "web" is not a repository of this file (api)']);
    expect(failure(() => parseReleaseConfig(`${base}  api#0: { dependencies: [] }\n`, 'release.yaml'))).toEqual([
      'release.yaml',
      4,
      'overrides."api#0": name the pull request as <repository>#<number> with the repository\'s name in this file (api#87)',
    ]);
    expect(failure(() => parseReleaseConfig(`${base}  api#3: []\n`, 'release.yaml'))).toEqual(['release.yaml', 4, 'overrides."api#3" must be a mapping']);
    expect(failure(() => parseReleaseConfig(`${base}  api#3:\n    dependencies:\n    - pull: #2\n`, 'release.yaml'))).toEqual([
      'release.yaml',
      6,
      'dependency: "pull" is empty (a "#" after a space starts a YAML comment: quote it, pull: "#12")',
    ]);
    expect(failure(() => parseReleaseConfig(`${base}  api#3: { dependencies: x }\n`, 'release.yaml'))).toEqual(['release.yaml', 4, 'overrides."api#3".dependencies must be a list ([] for none)']);
  });

  it('replace the PR\'s blocks (errors included), are recorded resolved, and warn when their PR is not in a window', () => {
    const config = parseReleaseConfig(CONFIG, 'release.yaml');
    const windows: RepoWindow[] = [
      {
        repository: 'api',
        released: C,
        head: C,
        changes: [
          { commit: C, pull: 87, texts: [{ kind: 'description', body: '# dependency\n* pull: infra#40' }] },
          { commit: C, pull: 88, texts: [{ kind: 'description', body: '# dependency\n- pull: infra#1' }] },
        ],
      },
      { repository: 'infra', released: C, head: C, changes: [] },
    ];
    const out = extractDependencies(windows, config.repositories, config.overrides, 'release.yaml');
    expect(out.errors).toEqual([]);
    expect(out.dependencies.map(d => [d.from.index, `${d.target.repository}#${d.target.number}`, d.isCompatible, d.where])).toEqual([
      [0, 'infra#41', false, 'release.yaml, line 7'],
      [0, 'api#80', true, 'release.yaml, line 9'],
      [1, 'infra#1', true, 'api#88 description, line 2'],
    ]);
    expect(out.overrides).toEqual([
      {
        repository: 'api',
        number: 87,
        reason: 'the block names a closed PR',
        dependencies: [
          { repository: 'infra', number: 41, isCompatible: false },
          { repository: 'api', number: 80, isCompatible: true },
        ],
      },
    ]);
    expect(out.warnings).toEqual([{ message: expect.stringContaining('overrides."infra#2": infra#2 is not among the changes merged since the last version'), location: { file: 'release.yaml', line: 11 } }]);

    const without = extractDependencies(windows, config.repositories, [], 'release.yaml');
    expect(without.errors.map(e => [e.location.file, e.location.line, e.message])).toEqual([
      ['api#87 description', 2, `dependency block: "*" and "+" bullets are Markdown, not YAML: write each dependency as "- pull: owner/repo#N" (${overrideHint('api#87')})`],
    ]);
  });

  it('an override\'s dependency on a repository outside the config is an error at its release.yaml line', () => {
    const config = parseReleaseConfig('repositories:\n  api: {}\noverrides:\n  api#1:\n    dependencies: [{ pull: web#3 }]\n', 'release.yaml');
    const out = extractDependencies([{ repository: 'api', released: C, head: C, changes: [{ commit: C, pull: 1, texts: [] }] }], config.repositories, config.overrides, 'release.yaml');
    expect(out.errors.map(e => [e.location.file, e.location.line, e.message])).toEqual([['release.yaml', 5, 'dependency "web#3": repository is not in the release config']]);
  });

  it('a self-dependency is a warning naming the PR and line, and is dropped', () => {
    const out = extractDependencies(
      [{ repository: 'api', released: C, head: C, changes: [{ commit: C, pull: 9, texts: [{ kind: 'description', body: '# dependency\n- pull: #9\n- pull: api#9' }] }] }],
      [{ name: 'api', github: 'acme/api' }],
    );
    expect(out.dependencies).toEqual([]);
    expect(out.warnings).toEqual([
      { message: 'api#9: dependency "#9" names the PR itself: ignored', location: { file: 'api#9 description', line: 2 } },
      { message: 'api#9: dependency "api#9" names the PR itself: ignored', location: { file: 'api#9 description', line: 3 } },
    ]);
  });

  it('round-trip through the version file', () => {
    const v: VersionFile = {
      version: 2,
      previous: 1,
      repositories: { api: C },
      steps: [{ repository: 'api', commit: C }],
      overrides: [
        { repository: 'api', number: 87, dependencies: [{ repository: 'infra', number: 41, isCompatible: false }], reason: 'x: y' },
        { repository: 'api', number: 88, dependencies: [] },
      ],
    };
    const text = serializeVersionFile(v);
    expect(parseVersionFile(text, 'versions/2.yaml', 2)).toEqual(v);
    expect(text).toContain('overrides:\n- repository: api\n  number: 87\n  dependencies:\n  - repository: infra\n    number: 41\n    is_compatible: false\n  reason: \'x: y\'\n- repository: api\n  number: 88\n  dependencies: []\n');
  });
});
