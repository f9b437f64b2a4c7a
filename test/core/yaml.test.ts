import { describe, expect, it } from '@jest/globals';
import { LockstepError, LockstepErrors } from '../../src/core/errors.js';
import { YamlSource, isMap, isScalar, isSeq, mapEntries, toJS, type Node } from '../../src/core/yaml.js';

/** The node at a path of mapping keys and sequence indexes. */
function at(src: YamlSource, ...path: Array<string | number>): Node {
  let node = src.root;
  for (const step of path) {
    if (typeof step === 'number' && isSeq(node)) node = node.items[step];
    else if (typeof step === 'string' && isMap(node)) node = node.items.find(p => isScalar(p.key) && String(p.key.value) === step)!.value;
    else throw new Error(`no ${step} in ${JSON.stringify(toJS(node))}`);
  }
  return node!;
}

function parseError(text: string, lineOffset = 0): { message: string; line?: number; column?: number } {
  try {
    new YamlSource(text, 'f.yaml', lineOffset);
  } catch (err) {
    expect(err).toBeInstanceOf(LockstepErrors);
    const e = (err as LockstepErrors).errors[0];
    return { message: e.message, line: e.location.line, column: e.location.column };
  }
  throw new Error('parsed without an error');
}

describe('YamlSource', () => {
  const text = [
    '# a comment', //                    1
    'images:', //                        2
    '  svc:', //                         3
    '    context: services/svc', //      4
    '    inputs: [a, "b", 3]', //        5
    '    build-args: { TAG: 1, ON: on, N: null, T: true, F: 1.5 }', // 6
    '  empty:', //                       7
    '  base: &b', //                     8
    '    context: base', //              9
    '  alias: *b', //                   10
    '  tagged: !!str 123', //           11
    '  block: |', //                    12
    '    line one', //                  13
    '  "2024": numeric-looking key', // 14
    '  10: first', //                   15
    '  2: second', //                   16
  ].join('\n');
  const src = new YamlSource(text, 'images.yaml');

  it('gives every node the line it starts on', () => {
    expect(src.lineOf(src.root)).toBe(2);
    expect(src.lineOf(at(src, 'images', 'svc'))).toBe(4);
    expect(src.lineOf(at(src, 'images', 'svc', 'context'))).toBe(4);
    expect(src.lineOf(at(src, 'images', 'svc', 'inputs', 2))).toBe(5);
    expect(src.lineOf(at(src, 'images', 'svc', 'build-args', 'F'))).toBe(6);
    // A block collection starts at its first entry (`yaml`'s position), not at the anchor before it.
    expect(src.lineOf(at(src, 'images', 'base'))).toBe(9);
    expect(src.lineOf(at(src, 'images', 'tagged'))).toBe(11);
    const keyLines = mapEntries(src, at(src, 'images'), 'images').map(([key, , keyNode]) => [key, src.lineOf(keyNode)]);
    expect(keyLines).toEqual([
      ['svc', 3], ['empty', 7], ['base', 8], ['alias', 10], ['tagged', 11], ['block', 12], ['2024', 14], ['10', 15], ['2', 16],
    ]);
  });

  it('puts an empty value on the line of its key', () => {
    const empty = at(src, 'images', 'empty');
    expect(isScalar(empty) && empty.value).toBeNull();
    expect(src.lineOf(empty)).toBe(7);
  });

  it('resolves scalars by the YAML 1.2 core schema, explicit tags included', () => {
    expect(toJS(at(src, 'images', 'svc', 'inputs'))).toEqual(['a', 'b', 3]);
    // YAML 1.1 read `on` as true; 1.2 (and GitHub's workflow files) keep it a string.
    expect(toJS(at(src, 'images', 'svc', 'build-args'))).toEqual({ TAG: 1, ON: 'on', N: null, T: true, F: 1.5 });
    expect(toJS(at(src, 'images', 'tagged'))).toBe('123');
    expect(toJS(at(src, 'images', 'block'))).toBe('line one\n');
  });

  it('keeps keys in source order, numbers included', () => {
    const keys = (at(src, 'images') as { items: Array<{ key: Node }> }).items.map(p => (p.key as { value: unknown }).value);
    expect(keys.slice(-3)).toEqual(['2024', 10, 2]);
  });

  it('reads an alias as the node it names', () => {
    expect(at(src, 'images', 'alias')).toBe(at(src, 'images', 'base'));
    expect(toJS(at(src, 'images', 'alias'))).toEqual({ context: 'base' });
  });

  it('reads an empty file as no document', () => {
    expect(new YamlSource('', 'f.yaml').root).toBeNull();
    expect(new YamlSource('# only a comment\n', 'f.yaml').root).toBeNull();
  });

  it('counts lines from the offset of the text it was cut from', () => {
    const block = new YamlSource('- pull: a#1\n- pull: b#2\n', 'PR #7', 10);
    expect(block.lineOf(at(block, 1, 'pull'))).toBe(12);
    expect(parseError('- pull: a#1\n- pull: [\n', 10).line).toBe(13);
  });

  it.each([
    ['a syntax error', 'a: [1\n', /^invalid YAML: /, 2],
    ['an unclosed quote', 'a: 1\nb: "x\n', /^invalid YAML: Missing closing "quote/, 3],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', /^invalid YAML: duplicate key "a"$/, 3],
    ['a duplicate key in a flow mapping', 'a: { x: 1, x: 2 }\n', /^invalid YAML: duplicate key "x"$/, 1],
    ['a tag of YAML 1.1', 'a: 1\nx: !!binary abc\n', /^invalid YAML: unknown tag !!binary \(the YAML 1.2 core schema has !!str, !!int, /, 2],
    ['a date tag', 'x: !!timestamp 2001-12-14\n', /^invalid YAML: unknown tag !!timestamp /, 1],
    ['a local tag', 'a: 1\n\nx: !secret abc\n', /^invalid YAML: unknown tag !secret /, 3],
    ['a tag its value does not fit', 'a: !!int 1.5\n', /^invalid YAML: the value does not fit its tag !!int$/, 1],
    ['an undefined alias', 'a: *nowhere\n', /^invalid YAML: alias \*nowhere names no anchor before it$/, 1],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n', /^invalid YAML: alias \*x names no anchor before it$/, 1],
    ['a recursive alias', 'a: &x\n  - *x\n', /^invalid YAML: alias \*x refers to a node that contains it$/, 2],
    ['a recursive alias in a mapping', 'a: &x\n  b:\n    c: *x\n', /^invalid YAML: alias \*x refers to a node that contains it$/, 3],
    ['two documents', 'a: 1\n---\nb: 2\n', /^invalid YAML: expected one document, found more \(a second "---"\)$/, 2],
    ['a merge key', 'base: &b { x: 1 }\nsvc:\n  <<: *b\n  y: 2\n', /^invalid YAML: "<<" merge keys are YAML 1.1, not 1.2/, 3],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: on\n', /^invalid YAML: %YAML 1.1: only YAML 1.2 is read/, 1],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', /^invalid YAML: /, 3],
  ])('reports %s with its line and column', (_what, text, message, line) => {
    const err = parseError(text);
    expect(err.message).toMatch(message);
    expect(err.line).toBe(line);
    expect(err.column).toBeGreaterThanOrEqual(1);
  });

  it('names the column of a problem', () => {
    expect(parseError('a: 1\nb:  *nowhere\n')).toMatchObject({ line: 2, column: 5 });
    expect(parseError('a: { x: 1, x: 2 }\n')).toMatchObject({ line: 1, column: 12 });
  });

  it('reports every problem of a text, each with its line', () => {
    let errors: LockstepError[] = [];
    try {
      new YamlSource('a: 1\na: 2\nb: !!set x\n', 'f.yaml');
    } catch (err) {
      errors = (err as LockstepErrors).errors;
    }
    expect(errors.map(e => [e.location.file, e.location.line])).toEqual([['f.yaml', 2], ['f.yaml', 3]]);
  });

  it('reads an alias to a later redefinition of its anchor as the nearest one before it', () => {
    const twice = new YamlSource('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', 'f.yaml');
    expect(toJS(twice.root)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('reads anchors and aliases of shared settings', () => {
    const shared = new YamlSource('common: &c\n  branch: main\nrepositories:\n  a: *c\n  b: *c\n', 'release.yaml');
    const repos = mapEntries(shared, at(shared, 'repositories'), 'repositories');
    expect(repos.map(([name, value]) => [name, toJS(value), shared.lineOf(value)])).toEqual([
      ['a', { branch: 'main' }, 2],
      ['b', { branch: 'main' }, 2],
    ]);
  });

  it('refuses an alias bomb before anything expands it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const err = parseError(levels.join('\n') + '\n');
    expect(err.message).toMatch(/^invalid YAML: aliases expand past 100 copies \(an alias bomb\?\)/);
    expect(err.line).toBe(2);
  });

  it('reads a missing value as null at its key', () => {
    const src = new YamlSource('a:\n? b\nc: { d }\n', 'f.yaml');
    expect(toJS(src.root)).toEqual({ a: null, b: null, c: { d: null } });
    const [, b] = mapEntries(src, src.root, 'top')[1];
    expect(isScalar(b) && b.value).toBeNull();
    expect(src.lineOf(b)).toBe(2);
  });

  it('keeps a quoted "<<" an ordinary key', () => {
    expect(toJS(new YamlSource('"<<": x\n', 'f.yaml').root)).toEqual({ '<<': 'x' });
  });

  it('reads the core schema whatever a value looks like in YAML 1.1', () => {
    const values = new YamlSource('[on, yes, y, off, 012, 0o17, 0x1F, 1_000, 2001-12-14, .inf, -.inf, .nan, ~, Null, TRUE, 1e3, +12, "1", !!str 1, !!float 1.5, !!null ""]\n', 'f.yaml');
    expect(toJS(values.root)).toEqual(['on', 'yes', 'y', 'off', 12, 15, 31, '1_000', '2001-12-14', Infinity, -Infinity, NaN, null, null, true, 1000, 12, '1', '1', 1.5, null]);
  });

  it('refuses two keys that one name stands for', () => {
    const src = new YamlSource('1: a\n"1": b\n', 'f.yaml');
    expect(() => mapEntries(src, src.root, 'top')).toThrow('top: duplicate key "1"');
  });

  it('reports nesting too deep for a reader as an error, not a crash', () => {
    const deep = '['.repeat(20000) + ']'.repeat(20000);
    const err = parseError(deep);
    expect(err.message).toMatch(/^invalid YAML: /);
    expect(err.line).toBe(1);
  });

  it('turns a mapping into an object without touching prototypes', () => {
    const value = toJS(new YamlSource('__proto__: { polluted: true }\nconstructor: 1\n', 'f.yaml').root) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    const [[key]] = mapEntries(new YamlSource('__proto__: 1\n', 'f.yaml'), new YamlSource('__proto__: 1\n', 'f.yaml').root, 'top');
    expect(key).toBe('__proto__');
  });
});
