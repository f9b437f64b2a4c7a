import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { dockerignoreRules } from '../../src/core/tag/context.js';
import { readIgnoreFile } from '../../src/core/tag/dockerignore/ignorefile.js';
import { matchesOrParentMatches, matchesUsingParentResults, newPatterns } from '../../src/core/tag/dockerignore/patternmatcher.js';
import { LockstepError } from '../../src/core/errors.js';

// The proof that the TypeScript port decides `.dockerignore` exactly as Go's
// moby/patternmatcher does: the same ignore files and paths go through a tiny Go program
// built against the real library (Debian's golang-github-moby-patternmatcher-dev), and
// every verdict, every parsed pattern and every refused pattern must agree.

const ORACLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../support/patternmatcher-oracle');
const GOPATH = '/usr/share/gocode';
const haveGo = spawnSync('go', ['version']).status === 0;
const haveLibrary = existsSync(join(GOPATH, 'src/github.com/moby/patternmatcher/patternmatcher.go'));

interface Case {
  text: string;
  paths: string[];
}
interface Verdict {
  patterns: string[];
  invalid: number;
  walk: boolean[] | null;
  orParent: boolean[] | null;
}

/** Builds the oracle once per source version (cached in the temp folder by its hash). */
function buildOracle(): string {
  const source = readFileSync(join(ORACLE_DIR, 'main.go'));
  const library = readFileSync(join(GOPATH, 'src/github.com/moby/patternmatcher/patternmatcher.go'));
  const hash = createHash('sha256').update(source).update(library).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `lockstep-patternmatcher-oracle-${hash}`);
  const binary = join(dir, 'oracle');
  if (existsSync(binary)) return binary;
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/main.go'), source);
  const built = spawnSync('go', ['build', '-o', `${binary}.${process.pid}`, '.'], {
    cwd: join(dir, 'src'),
    env: { ...process.env, GOPATH, GO111MODULE: 'off', GOFLAGS: '', GOCACHE: join(dir, 'cache') },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`go build of the patternmatcher oracle failed:\n${built.stderr}`);
  renameSync(`${binary}.${process.pid}`, binary);
  return binary;
}

function runOracle(binary: string, cases: Case[]): Verdict[] {
  const run = spawnSync(binary, [], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`the patternmatcher oracle failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Verdict[];
}

/** Every disagreement between the port and Go on these cases, described. */
function disagreements(binary: string, cases: Case[]): string[] {
  const verdicts = runOracle(binary, cases);
  const out: string[] = [];
  cases.forEach((c, n) => {
    const go = verdicts[n];
    const where = `ignore file ${JSON.stringify(c.text)}`;
    const lines = readIgnoreFile(c.text);
    const patterns = lines.map(l => l.pattern);
    if (JSON.stringify(patterns) !== JSON.stringify(go.patterns)) {
      out.push(`${where}: ReadAll gives ${JSON.stringify(go.patterns)}, the port ${JSON.stringify(patterns)}`);
      return;
    }
    let invalid = -1;
    try {
      newPatterns(patterns);
    } catch (e) {
      invalid = (e as { index: number }).index;
    }
    // The LockstepError the job reports names the ignore file and the line of the refused pattern.
    let reported: LockstepError | undefined;
    let rules: ReturnType<typeof dockerignoreRules>;
    try {
      rules = dockerignoreRules(c.text, 'ctx/.dockerignore');
    } catch (e) {
      if (!(e instanceof LockstepError)) throw e;
      reported = e;
    }
    if (invalid !== go.invalid) {
      out.push(`${where}: Go refuses pattern #${go.invalid}, the port #${invalid} (${JSON.stringify(patterns)})`);
      return;
    }
    if (invalid >= 0) {
      if (reported?.location.file !== 'ctx/.dockerignore' || reported.location.line !== lines[invalid].line) {
        out.push(`${where}: the error for pattern #${invalid} names ${reported?.location.file}:${reported?.location.line}, not line ${lines[invalid].line}`);
      }
      return;
    }
    const compiled = newPatterns(patterns);
    c.paths.forEach((path, k) => {
      const walk = rules?.ignores(path) ?? false;
      // The port's fold spelled out as fsutil does it, beside the optimised one the job uses.
      const parts = path.split('/');
      let info: boolean[] | undefined;
      for (let i = 1; i < parts.length; i++) info = matchesUsingParentResults(compiled, parts.slice(0, i).join('/'), info).info;
      const plain = matchesUsingParentResults(compiled, path, info).matched;
      const orParent = matchesOrParentMatches(compiled, path);
      if (walk !== go.walk![k] || plain !== go.walk![k] || orParent !== go.orParent![k]) {
        out.push(
          `${where}, path ${JSON.stringify(path)}: Go walk=${go.walk![k]} orParent=${go.orParent![k]}; port walk=${walk} (unoptimised ${plain}) orParent=${orParent}`,
        );
      }
    });
  });
  return out;
}

// Characters that mean something to the matcher, its regexp translation or the line reader.
const PATTERN_CHARS = [...'*?[]\\!./+()|^${}-:#, \tab'].concat(['**', '**/', '/**', 'a', 'b', 'é', '日', '\u{1D11E}', '\u{1F600}', '\u00a0', '\u0085', '\uFEFF', 'd', 'w', 'p', 'Q', 'E', 'x', '0', '[:alpha:]', '[a-c]', '[^a]']);
const PATH_CHARS = [...'ab.+()[]*?\\^${}- '].concat(['a', 'b', 'é', '日', '\u{1D11E}', '1', 'md', 'x', '\n']);

const patternArb = fc
  .array(fc.constantFrom(...PATTERN_CHARS), { minLength: 0, maxLength: 7 })
  .map(parts => parts.join(''));
const segmentArb = fc
  .array(fc.constantFrom(...PATH_CHARS), { minLength: 1, maxLength: 4 })
  .map(parts => parts.join(''))
  .filter(s => s !== '.' && s !== '..' && !s.includes('/'));
const pathArb = fc.array(segmentArb, { minLength: 1, maxLength: 4 }).map(s => s.join('/'));
const lineEndArb = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const lineArb = fc.tuple(fc.constantFrom('', '', '', '!', '! ', '/', '!/', ' ', '#', './'), patternArb, fc.constantFrom('', '', ' ', '\t', '/'));
const fileArb = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(lineArb, lineEndArb), { minLength: 1, maxLength: 6 }))
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([[pre, p, post], end]) => pre + p + post + end).join(''));
/** Paths built from the patterns' own text, so that matches are common, and random ones. */
const caseArb: fc.Arbitrary<Case> = fileArb.chain(text => {
  const literal = text
    .split(/\r?\n|\r/)
    .map(l => l.replace(/^[\s!#/]+/, '').replace(/\*\*/g, 'a/b').replace(/[*?]/g, 'x').replace(/\/+$/, ''))
    .filter(l => l !== '' && !l.split('/').some(s => s === '' || s === '.' || s === '..'));
  const derived = literal.length > 0 ? fc.constantFrom(...literal).chain(l => fc.oneof(fc.constant(l), pathArb.map(p => `${l}/${p}`), pathArb.map(p => `${p}/${l}`))) : pathArb;
  return fc.array(fc.oneof(derived, pathArb), { minLength: 1, maxLength: 10 }).map(paths => ({ text, paths }));
});

/** Hand-picked cases: real-world ignore files and the corners the issue names. */
const HAND: Case[] = [
  { text: 'file(1).txt\n', paths: ['file(1).txt', 'file1.txt', 'a/file(1).txt'] },
  { text: 'app/(group)\n', paths: ['app/(group)/page.tsx', 'app/group/page.tsx', 'app/(group)'] },
  { text: 'c++\n', paths: ['c++', 'c', 'cc', 'c++/x'] },
  { text: 'a+b|c\n{x,y}\n$HOME\n^start\n', paths: ['a+b|c', 'ab', '{x,y}', 'x', '$HOME', '^start', 'start'] },
  { text: '[\n', paths: ['['] },
  { text: 'ok\n\\\n', paths: ['ok'] },
  { text: 'a*\\\n', paths: ['ab$', 'a'] },
  { text: '[z-a]\n', paths: ['z'] },
  { text: '[]a]\n', paths: [']', 'a'] },
  { text: '\\q\n', paths: ['q'] },
  { text: '[[:alpha:]]*\n', paths: ['abc', '1bc', 'é'] },
  { text: '\\d\n', paths: ['1', 'd'] },
  { text: '?\n', paths: ['a', 'é', '\u{1D11E}', 'ab', '\u{1F600}'] },
  { text: '*.log\n!important.log\n', paths: ['debug.log', 'important.log', 'logs/important.log', 'logs/x.log'] },
  { text: '**/*.md\n!README.md\n', paths: ['README.md', 'docs/README.md', 'a.md', 'docs/x/y.md', 'x.txt'] },
  // Go's `.` does not match a newline: `**/` cannot cross a folder name holding one.
  { text: '**/*.md\n', paths: ['a\nb/c.md', 'a/b\n/c.md', 'c\n.md', 'x/c\n.md'] },
  // `**/<name>` is decided on the entry's name alone, but not across a folder name holding a newline.
  { text: '**/__pycache__\n**/a.b\n', paths: ['__pycache__', 'x/__pycache__', 'x/y/__pycache__/z.pyc', 'x__pycache__', 'a\nb/__pycache__', 'a.b', 'a/a.b', 'a/axb', 'aa.b'] },
  { text: 'docs\n!docs/keep\n', paths: ['docs/a', 'docs/keep', 'docs/keep/x', 'docsx'] },
  { text: 'a\n!a/b\na\n', paths: ['a/b', 'a/c', 'a/b/c'] },
  { text: '*\n!src\n!src/**\nsrc/**/*.test.ts\n', paths: ['src/a.ts', 'src/a.test.ts', 'src/x/y.test.ts', 'Dockerfile', 'srcx'] },
  { text: 'node_modules\n**/node_modules\n.git\n', paths: ['node_modules/a/b.js', 'pkg/node_modules/x', '.git/HEAD', '.github/x'] },
  { text: '\uFEFF# comment\r\n  *.tmp  \r\n\t!keep.tmp\r\n', paths: ['a.tmp', 'keep.tmp', 'd/a.tmp'] },
  { text: 'a\rb\n', paths: ['a', 'b', 'a\rb'] },
  { text: ' # not a comment\n#comment\n', paths: ['# not a comment', '#comment'] },
  { text: '/secret.txt\n./Dockerfile\nfoo/../bar\n//x//y//\n', paths: ['secret.txt', 'Dockerfile', 'bar', 'x/y', 'foo'] },
  { text: '!\n', paths: ['a'] },
  { text: '! \n', paths: ['a'] },
  { text: '**\n!x\n', paths: ['x', 'y', 'x/y'] },
  { text: 'a/**\n!a/b/**\n', paths: ['a/x', 'a/b/c', 'a/b'] },
  { text: '**/\n', paths: ['a', 'a/b'] },
  { text: '\\Qa*\\E\n', paths: ['a*', 'a[^/]*', 'ab'] },
  { text: '\\pL\n\\p{Greek}\n', paths: ['a', 'λ', '1'] },
  { text: 'x\\x41\n', paths: ['xA', 'xx41'] },
  { text: 'dir\\/x\n', paths: ['dir/x'] },
  { text: 'a\u00a0\n\u0085b\n', paths: ['a', 'b', 'a\u00a0'] },
  { text: '*.md\n!**/keep/*.md\n', paths: ['a.md', 'x/keep/a.md', 'keep/a.md'] },
];

(haveGo && haveLibrary ? describe : describe.skip)('the .dockerignore port agrees with Go moby/patternmatcher', () => {
  let binary: string;
  beforeAll(() => {
    binary = buildOracle();
  });

  test('the hand corpus: route groups, regexp metacharacters, classes, escapes, negations, line endings', () => {
    expect(disagreements(binary, HAND)).toEqual([]);
    // The corpus exercises both sides: some refused, some matched, some not.
    const verdicts = runOracle(binary, HAND);
    expect(verdicts.filter(v => v.invalid >= 0).length).toBeGreaterThan(3);
    expect(verdicts.flatMap(v => v.walk ?? []).filter(Boolean).length).toBeGreaterThan(20);
    expect(verdicts.flatMap(v => v.walk ?? []).filter(b => !b).length).toBeGreaterThan(20);
  });

  test('4,000 generated ignore files × up to 10 paths each: 0 disagreements', () => {
    const cases = fc.sample(caseArb, { numRuns: 4000, seed: 20261201 });
    const found = disagreements(binary, cases);
    expect(found.slice(0, 20)).toEqual([]);
    const verdicts = runOracle(binary, cases);
    // Not a vacuous run: many valid files, many matches, many refusals.
    const valid = verdicts.filter(v => v.invalid < 0);
    expect(valid.length).toBeGreaterThan(1000);
    expect(cases.length - valid.length).toBeGreaterThan(200);
    expect(valid.flatMap(v => v.walk ?? []).filter(Boolean).length).toBeGreaterThan(1000);
    // Where BuildKit's walk and MatchesOrParentMatches differ, both are checked.
    expect(valid.some(v => v.walk?.some((w, i) => w !== v.orParent![i]))).toBe(true);
  });

  test('fresh random cases each run (seed printed on failure)', () => {
    const seed = Date.now() % 2147483647;
    const cases = fc.sample(caseArb, { numRuns: 1000, seed });
    expect({ seed, found: disagreements(binary, cases).slice(0, 10) }).toEqual({ seed, found: [] });
  });
});

if (!haveGo || !haveLibrary) {
  test.skip(`the Go differential test needs \`go\` and ${GOPATH}/src/github.com/moby/patternmatcher (Debian: golang-go golang-github-moby-patternmatcher-dev)`, () => undefined);
}
