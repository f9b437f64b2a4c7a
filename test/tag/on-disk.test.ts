import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { attributesMayConvert, checkoutSettings, convertedPaths } from '../../src/adapters/git/on-disk.js';
import { TestRepo } from '../support/git-repo.js';
import { tempDir } from '../support/tmp.js';

// The settings and attributes that decide which paths are read from disk, read as git reads them.

describe('checkout settings and attributes', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let repo: TestRepo;
  beforeAll(async () => {
    dir = await tempDir('lockstep-on-disk-unit-');
    repo = TestRepo.create(join(dir.path, 'repo'));
  });
  afterAll(async () => dir?.cleanup());

  test.each([
    [[], { fileMode: true, crlf: false }],
    [['core.fileMode', 'off'], { fileMode: false, crlf: false }],
    [['core.filemode', '0'], { fileMode: false, crlf: false }],
    [['core.autocrlf', 'true'], { fileMode: true, crlf: true }],
    [['core.autocrlf', 'input'], { fileMode: true, crlf: false }],
    [['core.eol', 'crlf'], { fileMode: true, crlf: true }],
  ])('git config %j', (setting, expected) => {
    repo.git('config', '--local', '--remove-section', 'core');
    repo.git('config', 'core.repositoryformatversion', '0');
    if (setting.length) repo.git('config', setting[0], setting[1]);
    const settings = checkoutSettings(repo.git('config', '-z', '--list'));
    expect({ fileMode: settings.fileMode, crlf: settings.crlf }).toEqual(expected);
    // git's own reading of the boolean agrees.
    if (setting[0]?.toLowerCase() === 'core.filemode') expect(repo.git('config', '--type=bool', setting[0])).toBe(String(settings.fileMode));
  });

  test.each([
    ['*.png binary\n*.md linguist-documentation\n* text=auto\n', false],
    ['# *.x filter=lfs\n*.y -diff\n', false],
    ['*.psd filter=lfs diff=lfs merge=lfs -text\n', true],
    ['*.bat eol=crlf\n', true],
    ['[attr]windows text eol=crlf\n*.cmd windows\n', true],
    ['*.c ident\n', true],
    ['*.txt working-tree-encoding=UTF-16\n', true],
  ])('an attributes file %j may convert: %s', (text, expected) => {
    expect(attributesMayConvert(text)).toBe(expected);
  });

  test('git check-attr names exactly the converted paths', async () => {
    repo.write('.gitattributes', '*.bat eol=crlf\n*.psd filter=lfs\n*.bin -eol\n');
    const converted = await convertedPaths(repo.dir, ['a.bat', 'b.psd', 'c.txt', 'd.bin', 'sub/e.bat']);
    expect([...converted].sort()).toEqual(['a.bat', 'b.psd', 'sub/e.bat']);
  });
});
