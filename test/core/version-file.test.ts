import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { LockstepError } from '../../src/core/errors.js';
import { parseVersionFile, serializeVersionFile, type VersionFile } from '../../src/core/versions/version-file.js';
import { parseReleaseConfig } from '../../src/core/config/release.js';

const A = '29d4d4d49fe2cecee9dd2cfda11c6004375bcd39';
const B = 'fb97d23abf156cd4d93fe9ebb0b52438d07e112f';

function errorOf(fn: () => unknown): LockstepError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LockstepError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('version file', () => {
  it('round-trips byte-identically', () => {
    const v: VersionFile = {
      version: 2,
      previous: 1,
      repositories: { 'repo-1': A, 'repo-2': B },
      steps: [
        { repository: 'repo-1', commit: A },
        { repository: 'repo-2', commit: B },
      ],
      pulls: { 'repo-1': [{ number: 12, title: 'Add env var: FOO' }] },
      held: [{ repository: 'repo-2', number: 9, reason: 'needs repo-1#40, which is not merged' }],
    };
    const text = serializeVersionFile(v);
    expect(parseVersionFile(text, 'versions/2.yaml', 2)).toEqual(v);
    expect(serializeVersionFile(parseVersionFile(text, 'versions/2.yaml', 2))).toBe(text);
    expect(text.startsWith('version: 2\nprevious: 1\nrepositories:\n  repo-1: ' + A)).toBe(true);
  });

  it("rejects the Crois write-up's example at the exact line of its typo", () => {
    // The write-up's version file, copied into the repository (test/fixtures/crois/README.md).
    const text = readFileSync(new URL('../fixtures/crois/version-7.yaml', import.meta.url), 'utf8');
    const e = errorOf(() => parseVersionFile(text, 'versions/7.yaml', 7));
    // Line 14 of the snippet: "  repo-4: fde111e4..." in place of "commit:".
    expect(e.location).toEqual({ file: 'versions/7.yaml', line: 14 });
    expect(e.message).toBe('steps[4]: unknown key "repo-4" (expected one of: repository, commit)');
  });

  it.each([
    ['repositories:\n  r: abc\nsteps: []\n', 2, 'repositories.r: "abc" is not a full commit id'],
    [`repositories:\n  r: ${A}\nsteps:\n- repository: s\n  commit: ${A}\n`, 4, 'repository "s" is not listed'],
    [`repositories:\n  r: ${A}\nsteps:\n- repository: r\n  commit: ${B}\n`, 4, `last step of "r" deploys ${B}`],
    [`repositories:\n  r: ${A}\nsteps:\n- repository: r\n`, 4, 'steps[1]: missing "commit"'],
    [`version: 3\nrepositories:\n  r: ${A}\nsteps: []\n`, 1, 'does not match the file name (version 2)'],
    ['repositories: [\n', 2, 'invalid YAML'],
    [`repositories:\n  r: ${A}\nstep: []\n`, 3, 'unknown key "step"'],
  ])('names the line of a broken file (%#)', (text, line, message) => {
    const e = errorOf(() => parseVersionFile(text, 'versions/2.yaml', 2));
    expect(e.location.file).toBe('versions/2.yaml');
    expect(e.location.line).toBe(line);
    expect(e.message).toContain(message);
  });
});

describe('release config', () => {
  it('reads repositories with defaults', () => {
    const c = parseReleaseConfig('repositories:\n  repo-1: { github: crois/repo-1, branch: master }\n  repo-2: { path: ../r2 }\n', 'release.yaml');
    expect(c.versions).toBe('versions');
    expect(c.repositories).toEqual([
      { name: 'repo-1', github: 'crois/repo-1', branch: 'master', line: 2 },
      { name: 'repo-2', branch: 'main', path: '../r2', line: 3 },
    ]);
  });

  it('rejects a name that could reach a shell, with its line', () => {
    const e = errorOf(() => parseReleaseConfig('repositories:\n  ok: {}\n  "a;rm -rf /": {}\n', 'release.yaml'));
    expect(e.location.line).toBe(3);
    expect(e.message).toContain('repositories.a;rm -rf /');
  });

  it('rejects an unknown key', () => {
    const e = errorOf(() => parseReleaseConfig('repositories:\n  r: { brnch: x }\n', 'release.yaml'));
    expect(e.message).toContain('unknown key "brnch"');
    expect(e.location.line).toBe(2);
  });
});

describe('version file bytes', () => {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
  /** A file as the serializer writes it: the comment lines a person added on top are not data. */
  const body = (text: string) => text.replace(/^(#.*\n)+/, '');

  it.each([
    ['../fixtures/version-files/12.yaml', 12],
    ['../../examples/release/versions/1.yaml', 1],
    ['../../examples/release/versions/2.yaml', 2],
  ])('writes %s back byte for byte', (path, version) => {
    const text = read(path);
    expect(serializeVersionFile(parseVersionFile(text, path, version))).toBe(body(text));
  });

  it('reads back every title and reason it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', ':', '#', "'", '"', '-', '|', '>', '\u0085', '\u2028'), maxLength: 40 }), (titles, reason) => {
        const v: VersionFile = {
          version: 3,
          repositories: { 'repo-1': A },
          steps: [{ repository: 'repo-1', commit: A }],
          pulls: { 'repo-1': titles.map((title, i) => ({ number: i + 1, title })) },
          held: [{ repository: 'repo-1', number: 99, reason }],
        };
        const text = serializeVersionFile(v);
        expect(parseVersionFile(text, 'versions/3.yaml', 3)).toEqual(v);
        expect(serializeVersionFile(parseVersionFile(text, 'versions/3.yaml', 3))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
