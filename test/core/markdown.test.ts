import { code, plain, table } from '../../src/core/markdown.js';

describe('markdown for summaries and comments', () => {
  it('keeps user text from breaking a table or adding markup', () => {
    expect(plain('a|b\nc')).toBe('a\\|b c');
    expect(plain('[x](http://e) <img> *b* _i_ `c` ~s~ \\')).toBe('\\[x\\](http://e) \\<img\\> \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\\\');
    expect(plain('infra#41 needs api-v2.0')).toBe('infra#41 needs api-v2.0');
  });

  it('code spans hold backticks and pipes', () => {
    expect(code('abc1234')).toBe('`abc1234`');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('``')).toBe('``` `` ```');
  });

  it('tables have a header, a rule and one line per row', () => {
    expect(table(['a', 'b'], [['1', '2'], [plain('x|y'), code('z')]])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n| x\\|y | `z` |');
  });
});
