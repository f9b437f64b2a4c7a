import { describe, expect, test } from '@jest/globals';
import { FileIndex, dockerignoreCandidates, selectContextFiles, selectInputFiles, type FileEntry } from '../../src/core/tag/context.js';

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
