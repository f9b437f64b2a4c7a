import { describe, expect, it } from '@jest/globals';
import { LockstepErrors } from '../../src/core/errors.js';
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
    expect(src.lineOf(at(src, 'images', 'base'))).toBe(8);
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
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', /^invalid YAML: duplicated mapping key/, 3],
    ['an unknown tag', 'a: 1\nx: !!binary abc\n', /^invalid YAML: unknown scalar tag/, 2],
    ['an undefined alias', 'a: *nowhere\n', /^invalid YAML: unidentified alias/, 1],
    ['a recursive alias', 'a: &x\n  - *x\n', /^invalid YAML: an alias may not refer to a node that contains it/, 2],
    ['two documents', 'a: 1\n---\nb: 2\n', /^invalid YAML: expected one document/, 3],
  ])('reports %s with its line', (_what, text, message, line) => {
    const err = parseError(text);
    expect(err.message).toMatch(message);
    expect(err.line).toBe(line);
    expect(err.column).toBeGreaterThanOrEqual(1);
  });

  it('turns a mapping into an object without touching prototypes', () => {
    const value = toJS(new YamlSource('__proto__: { polluted: true }\nconstructor: 1\n', 'f.yaml').root) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
