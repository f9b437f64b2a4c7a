import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dockerignoreCandidates, dockerignoreMatcher, dockerignoreRules, selectContextFiles, selectInputFiles } from '../../src/core/tag/context.js';
import { FileIndex, GIT_MODES, type FileEntry } from '../../src/core/tag/file-index.js';

import { readIgnoreFile } from '../../src/core/tag/dockerignore/ignorefile.js';
import { matchesUsingParentResults, newPatterns } from '../../src/core/tag/dockerignore/patternmatcher.js';

/**
 * BuildKit's walk spelled out, one path at a time, with the plain port of the Go functions
 * (proven against Go by dockerignore-go.test.ts): the reference for the optimised matcher.
 */
const dockerignore = (_o: { ignorecase: boolean }) => ({
  add(lines: string[]) {
    const patterns = newPatterns(readIgnoreFile(lines.join('\n')).map(l => l.pattern));
    return {
      ignores(path: string): boolean {
        const parts = path.split('/');
        let info: boolean[] | undefined;
        for (let i = 1; i < parts.length; i++) info = matchesUsingParentResults(patterns, parts.slice(0, i).join('/'), info).info;
        return matchesUsingParentResults(patterns, path, info).matched;
      },
    };
  },
});

const isValid = (patterns: string[]) => {
  try {
    dockerignoreRules(patterns.join('\n'));
    return true;
  } catch {
    return false;
  }
};

const entry = (path: string, mode = '100644'): FileEntry => ({ path, mode, oid: `oid-${path}` });
const paths = (files: FileEntry[]) => files.map(f => f.path).sort();

const tree = new FileIndex(
  [
    'app/Dockerfile',
    'app/.dockerignore',
    'app/src/main.ts',
    'app/src/main.test.ts',
    'app/debug.log',
    'app/logs/important.log',
    'app/logs/other.log',
    'app/build/out.bin',
    'app/build/keep.txt',
    'app/deep/a/b/c.tmp',
    'app/README.md',
    'app/docs/guide.md',
    'app/docs/README.md',
    'app/docs/img/x.png',
    'app/sub/README.md',
    'app-other/file',
    'scripts/common/run.sh',
    'scripts/common/lib/util.sh',
    'scripts/commonx',
    'VERSION',
  ].map(p => entry(p)),
);

describe('FileIndex', () => {
  test('a folder is its own files only, not a sibling sharing its prefix', () => {
    expect(paths(tree.under('app'))).not.toContain('app-other/file');
    expect(tree.under('app')).toHaveLength(15);
    expect(paths(tree.under('scripts/common'))).toEqual(['scripts/common/lib/util.sh', 'scripts/common/run.sh']);
    expect(paths(tree.under('VERSION'))).toEqual(['VERSION']);
    expect(tree.under('.')).toHaveLength(20);
    expect(tree.exists('nope')).toBe(false);
  });

  test('entries in any order are sorted, a repeated path keeps the last', () => {
    const index = new FileIndex([entry('b'), entry('a/x', '100755'), entry('a'), { path: 'b', mode: '120000', oid: 'link' }, entry('a.txt')]);
    expect(index.entries()).toEqual([entry('a'), entry('a.txt'), { path: 'a/x', mode: '100755', oid: 'oid-a/x' }, { path: 'b', mode: '120000', oid: 'link' }]);
    // `a` the file and `a/x` — but not `a.txt`, which sorts between `a` and `a/`.
    expect(index.under('a').map(e => e.path)).toEqual(['a', 'a/x']);
    expect(index.find('a.txt')).toBe(1);
    expect(index.get('a/')).toBeUndefined();
  });

  test('withChanges replaces, removes and adds paths, keeping path order', () => {
    const changed = tree.withChanges(
      new Map<string, FileEntry | null>([
        ['app/src/main.ts', { path: 'app/src/main.ts', mode: '100755', oid: 'edited' }],
        ['app/debug.log', null],
        ['app/aaa-new', entry('app/aaa-new')],
        ['zzz', entry('zzz')],
        ['not/there', null],
      ]),
    );
    const before = tree.entries();
    const after = changed.entries();
    expect(after.map(e => e.path)).toEqual([...after.map(e => e.path)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(after).toHaveLength(before.length + 1);
    expect(changed.get('app/src/main.ts')).toEqual({ path: 'app/src/main.ts', mode: '100755', oid: 'edited' });
    expect(changed.get('app/debug.log')).toBeUndefined();
    expect(changed.get('app/aaa-new')).toEqual(entry('app/aaa-new'));
    expect(changed.under('app/logs')).toEqual(tree.under('app/logs'));
    // The original is unchanged.
    expect(tree.entries()).toEqual(before);
  });

  test('columns out of path order (a listing sorted another way) are sorted', () => {
    // `b` then `a`: oid and path of each row point into one text, as an adapter's parser would.
    const text = 'o1bo2a';
    const index = FileIndex.fromColumns({
      text,
      count: 2,
      oidStart: Int32Array.from([0, 3]),
      oidEnd: Int32Array.from([2, 5]),
      pathStart: Int32Array.from([2, 5]),
      pathEnd: Int32Array.from([3, 6]),
      modeCode: Uint8Array.from([0, 1]),
      modes: GIT_MODES,
    });
    expect(index.entries()).toEqual([{ path: 'a', mode: '100755', oid: 'o2' }, { path: 'b', mode: '100644', oid: 'o1' }]);
  });
});

describe('selectContextFiles (Docker ignore semantics)', () => {
  test('no ignore file: everything, relative to the context', () => {
    expect(paths(selectContextFiles(tree, 'scripts/common'))).toEqual(['lib/util.sh', 'run.sh']);
  });

  test('negations, **, leading / and ./, folders, comments', () => {
    const ignore = [
      '# comment',
      '*.log',
      '!logs/important.log',
      '**/*.tmp',
      '/build',
      '!build/keep.txt',
      './README.md',
      'docs/**/*.md',
      '!docs/README.md',
      '',
    ].join('\n');
    expect(paths(selectContextFiles(tree, 'app', ignore))).toEqual([
      '.dockerignore',
      'Dockerfile',
      'build/keep.txt',
      'docs/README.md',
      'docs/img/x.png',
      'logs/important.log',
      'logs/other.log',
      'src/main.test.ts',
      'src/main.ts',
      'sub/README.md',
    ]);
    // `*.log` matches at the context root only: logs/other.log stays, as in Docker.
  });

  test('`*` does not cross folders; `**` does', () => {
    expect(paths(selectContextFiles(tree, 'app', '*.ts\n'))).toContain('src/main.ts');
    expect(paths(selectContextFiles(tree, 'app', '**/*.ts\n'))).not.toContain('src/main.ts');
    expect(paths(selectContextFiles(tree, 'app', 'src/*.test.ts\n'))).toEqual(expect.not.arrayContaining(['src/main.test.ts']));
  });

  test('matching is case-sensitive, as Docker on Linux', () => {
    expect(paths(selectContextFiles(tree, 'app', 'readme.md\n'))).toContain('README.md');
  });

  test('ignoring everything but one folder', () => {
    expect(paths(selectContextFiles(tree, 'app', '*\n!src\n'))).toEqual(['src/main.test.ts', 'src/main.ts']);
  });

  test('a BOM and CRLF line endings in the ignore file are tolerated', () => {
    expect(paths(selectContextFiles(tree, 'app', '\uFEFF*.log\r\nlogs\r\n'))).not.toContain('debug.log');
  });

  test('the Dockerfile-specific ignore file comes first', () => {
    expect(dockerignoreCandidates('app', 'docker/app.Dockerfile')).toEqual(['docker/app.Dockerfile.dockerignore', 'app/.dockerignore']);
    expect(dockerignoreCandidates('.', 'Dockerfile')).toEqual(['Dockerfile.dockerignore', '.dockerignore']);
  });
});

describe('selectInputFiles', () => {
  test('files and folders by repository path', () => {
    const selected = selectInputFiles(tree, ['scripts/common', 'VERSION', 'missing']);
    expect(selected.map(s => [s.input, paths(s.files)])).toEqual([
      ['scripts/common', ['scripts/common/lib/util.sh', 'scripts/common/run.sh']],
      ['VERSION', ['VERSION']],
      ['missing', []],
    ]);
  });
});

describe('dockerignoreMatcher agrees with the plain port path by path', () => {
  // The per-folder shortcuts must give exactly the plain fold's answer for every path.
  const paths = [
    'a.log', 'src/a.log', 'node_modules/x/index.js', 'node_modules', 'deep/node_modules/y.js', 'build/out/x', 'build', 'buildx/y',
    'docs/a.md', 'docs/sub/b.md', 'docs/sub/c.txt', 'tmp/1', 'x/tmp/1', 'README.md', 'sub/README.md', '.git/config',
    'x.log', 'a/x.log', 'a/b/x.log', 'doc.md', 'a/doc.md', 'a/b/c/doc.md', 'a/node_modules/z', 'a', 'a/deep/q',
    'ax.log', 'a/bx.log', '.md', 'a/.md', 'md', 'a/x.log/y', 'a/__pycache__', '__pycache__', 'a/x__pycache__', 'a/__pycache__/m.pyc', 'a/x.mdx',
  ];
  test.each([
    ['node_modules\n*.log\n'],
    ['**/node_modules\nbuild/\n**/*.md\n'],
    ['/tmp\n*/tmp\ndocs/**\n'],
    ['*\n'],
    ['**\n'],
    ['.git\n./README.md\n'],
    // Last-segment rules answered by comparing strings: suffixes, whole names, and `**/*`.
    ['**/*.md\n**/__pycache__\n**/x.log\n!**/a/.md\n'],
    ['**/*\n!**/*.log\n'],
    // Regexp syntax the library passes through (no depth or last-segment shortcut then).
    ['a|deep\n**/x[.]log\n**/doc.md|a/*\n*/node_m?dules\n!**/sub/c.txt\n'],
  ])('%j', text => {
    const fast = dockerignoreMatcher(text)!;
    const plain = dockerignore({ ignorecase: false }).add(text.split('\n').filter(Boolean));
    for (const path of paths) expect([path, fast(path)]).toEqual([path, plain.ignores(path)]);
  });
});

test('dockerignoreMatcher equals the plain port on random rules and paths, negations included (property)', () => {
  const segment = fc.constantFrom('a', 'b', 'node_modules', 'x.log', 'doc.md', 'tmp', '*', '*.log', '**', 'b*', '?', '[ab]', 'a?c', '.');
  const pattern = fc
    .tuple(fc.constantFrom('', '!', '/', './', '!/'), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '/'))
    .map(([lead, segs, trail]) => `${lead}${segs.join('/')}${trail}`);
  const name = fc.constantFrom('a', 'b', 'node_modules', 'x.log', 'doc.md', 'tmp', 'c', 'abc', 'bb');
  const path = fc.array(name, { minLength: 1, maxLength: 5 }).map(s => s.join('/'));
  fc.assert(
    fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), fc.array(path, { minLength: 1, maxLength: 30 }), (patterns, paths) => {
      // `!/` and the like are refused (tested elsewhere).
      fc.pre(isValid(patterns));
      const fast = dockerignoreMatcher(patterns.join('\n'));
      const plain = dockerignore({ ignorecase: false }).add(patterns);
      for (const p of paths) expect([p, fast ? fast(p) : false]).toEqual([p, plain.ignores(p)]);
    }),
    { numRuns: 1000 },
  );
});

describe('dockerignoreRules.excludesFolder: may a walker skip a folder unread?', () => {
  test.each([
    ['node_modules\n', 'node_modules', true],
    ['node_modules\n', 'a/node_modules', false],
    ['**/node_modules\n', 'a/node_modules', true],
    ['node_modules\n', 'node_modules/sub', true],
    ['node_modules/*\n', 'node_modules', false],
    ['node_modules\n!node_modules/keep.js\n', 'node_modules', false],
    ['node_modules\n!node_modules/*/package.json\n', 'node_modules', false],
    ['node_modules\n!**/package.json\n', 'node_modules', false],
    ['node_modules\n!*/keep/x\n', 'node_modules', false],
    ['node_modules\n![n]ode_modules/x\n', 'node_modules', false],
    // Negations that can only match elsewhere, or at the folder's own depth, leave it skippable.
    ['node_modules\n!src/keep.js\n', 'node_modules', true],
    ['node_modules\ntmp\n!tmp/keep.txt\n', 'node_modules', true],
    ['node_modules\n!*.md\n', 'node_modules', true],
    ['tmp\n!tmp/keep.txt\n', 'tmp', false],
    ['*\n!src\n', 'docs', true],
    // A later negation of the folder itself (or a parent) means it is not excluded at all.
    ['node_modules\n!node_modules\n', 'node_modules', false],
    // BuildKit's walk tests `!a` on `a` only while something matched (nothing had), and on
    // `a/b` itself: `a/b` stays excluded (MatchesOrParentMatches would say otherwise).
    ['a/b\n!a\n', 'a/b', true],
    ['!a\na/b\n', 'a/b', true],
  ])('%j, %s → %s', (text, dir, expected) => {
    expect(dockerignoreRules(text)!.excludesFolder(dir)).toBe(expected);
  });

  test('true only when BuildKit ignores every path below the folder (property)', () => {
    const segment = fc.constantFrom('a', 'b', 'node_modules', 'x.log', 'tmp', '*', '*.log', '**', 'b*', '?', '[ab]', 'a?c');
    const pattern = fc
      .tuple(fc.constantFrom('', '!', '/', '!/'), fc.array(segment, { minLength: 1, maxLength: 4 }))
      .map(([lead, segs]) => `${lead}${segs.join('/')}`);
    const name = fc.constantFrom('a', 'b', 'node_modules', 'x.log', 'tmp', 'c', 'abc', 'bb');
    const rel = fc.array(name, { minLength: 1, maxLength: 4 }).map(s => s.join('/'));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), rel, fc.array(rel, { minLength: 1, maxLength: 20 }), (patterns, dir, below) => {
        fc.pre(isValid(patterns));
        const rules = dockerignoreRules(patterns.join('\n'));
        if (!rules?.excludesFolder(dir)) return;
        const plain = dockerignore({ ignorecase: false }).add(patterns);
        for (const p of below) expect([`${dir}/${p}`, plain.ignores(`${dir}/${p}`)]).toEqual([`${dir}/${p}`, true]);
      }),
      { numRuns: 2000 },
    );
  });
});
