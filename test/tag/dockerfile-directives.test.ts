import { describe, expect, test } from '@jest/globals';
import { detectSyntax } from '../../src/core/tag/dockerfile/directives.js';
import { frontendOf } from '../../src/core/tag/dockerfile/frontend.js';
import { parseDockerfileText, type ParserRules } from '../../src/core/tag/dockerfile/parser.js';

// Parser directives and syntax detection against BuildKit's own Go code. Every expected value
// below is what BuildKit returned for the case, not what we read in its source: `detect` is
// parser.DetectSyntax (ref, cmdline, line) and `parse` parser.Parse (escape token, then each
// instruction's keyword@start-end+heredocs, or the error) of moby/buildkit at 73ed6825 (master,
// 2026-08-21), built out of tree with Go 1.19 (the two calls newer than 1.19, sync.OnceValue
// and bytes.CutPrefix, and slices.Reverse replaced by their equivalents) and run on each text;
// `older` is parser.Parse of the docker/dockerfile release tags where it answers otherwise
// (heredocs from 1.3-labs/1.4, `# check=` from 1.8, Unicode space after `#` from 1.21). The cases include those of BuildKit's
// directives_test.go (TestDirectives, TestDetectSyntax, TestDetectSyntaxBOM, TestParseDirective).

interface Case {
  text: string;
  detect: [ref: string, cmdline: string, line: number] | null;
  parse: string;
  older?: Partial<Record<'1.20.0' | '1.7.1' | '1.3.1-labs' | '1.2.1', string>>;
}

const CASES: Case[] = [
  { text: '# syntax=docker/dockerfile:1\nFROM a\n', detect: ['docker/dockerfile:1', 'docker/dockerfile:1', 1], parse: 'escape=\\ from@2-2' },
  { text: '#syntax=docker/dockerfile:1.7\nFROM a\n', detect: ['docker/dockerfile:1.7', 'docker/dockerfile:1.7', 1], parse: 'escape=\\ from@2-2' },
  { text: '# SYNTAX = docker/dockerfile:1.7 \nFROM a\n', detect: ['docker/dockerfile:1.7', 'docker/dockerfile:1.7', 1], parse: 'escape=\\ from@2-2' },
  { text: '#\tsyntax\t=\tfoo\t\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo opt1 opt2\nFROM a\n', detect: ['foo', 'foo opt1 opt2', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo\topt\nFROM a\n', detect: ['foo\topt', 'foo\topt', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax =  foo  bar \nFROM a\n', detect: ['foo', 'foo  bar', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax = dockerfile:experimental // opts\nFROM busybox\n', detect: ['dockerfile:experimental', 'dockerfile:experimental // opts', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo # a comment\nFROM a\n', detect: ['foo', 'foo # a comment', 1], parse: 'escape=\\ from@2-2' },
  { text: '  # syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '\t# escape=`\nFROM a `\n  b\n', detect: null, parse: 'escape=` from@2-3' },
  { text: '\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@3-3' },
  { text: '#\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@3-3' },
  { text: '# comment\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@3-3' },
  { text: '# unknown=x\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@3-3' },
  { text: '# escape=`\n# syntax=foo\nFROM a `\n  b\n', detect: ['foo', 'foo', 2], parse: 'escape=` from@3-4' },
  { text: '# check=skip=all\n# syntax=foo\nFROM a\n', detect: ['foo', 'foo', 2], parse: 'escape=\\ from@3-3' },
  { text: '# check=skip=all\n# escape=`\nFROM a `\n  b\n', detect: null, parse: 'escape=` from@3-4', older: { '1.7.1': 'escape=\\ from@3-3 b@4-4', '1.3.1-labs': 'escape=\\ from@3-3 b@4-4', '1.2.1': 'escape=\\ from@3-3 b@4-4' } },
  { text: '# escape=`\n# check=skip=all\n# syntax=docker/dockerfile:1\nFROM a `\n  b\n', detect: ['docker/dockerfile:1', 'docker/dockerfile:1', 3], parse: 'escape=` from@4-5' },
  { text: '# syntax=foo\n\n# escape=`\nFROM a `\n  b\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@4-4 b@5-5' },
  { text: '# syntax=foo\n# syntax=bar\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'error: only one syntax parser directive can be used' },
  { text: '#syntax=a\n#escape=`\n#check=x\n#syntax=b\nFROM a\n', detect: ['a', 'a', 1], parse: 'error: only one syntax parser directive can be used', older: { '1.7.1': 'escape=` from@5-5', '1.3.1-labs': 'escape=` from@5-5', '1.2.1': 'escape=` from@5-5' } },
  { text: '# escape=`\n# escape=\\\nFROM a\n', detect: null, parse: 'error: only one escape parser directive can be used' },
  { text: '# escape=x\n# syntax=foo\nFROM a\n', detect: ['foo', 'foo', 2], parse: "error: invalid escape token 'x' does not match ` or \\" },
  { text: '# Escape=`\nFROM a `\n  AS b\n', detect: null, parse: 'escape=` from@2-3' },
  { text: '# syntax=\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '# syntax =   \nFROM a\n', detect: ['', ' ', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '# 1syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '# syn-tax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo \\\nFROM a\n', detect: ['foo', 'foo \\', 1], parse: 'escape=\\ from@2-2' },
  { text: '#!/bin/sh\n# syntax=foo\nFROM a\n', detect: ['foo', 'foo', 2], parse: 'escape=\\ from@3-3' },
  { text: '#!/bin/sh\n\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@4-4' },
  { text: '#!/bin/sh\n# escape=`\nFROM a `\n  b\n', detect: null, parse: 'escape=\\ from@3-3 b@4-4' },
  { text: '\ufeff# syntax=foo\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '\ufeff#!/bin/sh\n# syntax=foo\nFROM a\n', detect: ['foo', 'foo', 2], parse: 'escape=\\ from@3-3' },
  { text: '# syntax=foo\r\nFROM a\r\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo\r\r\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '# escape=`\r\nFROM a `\r\n  b\r\n', detect: null, parse: 'escape=` from@2-3' },
  { text: 'FROM a\n# syntax=foo\n', detect: null, parse: 'escape=\\ from@1-1' },
  { text: '#\u000bsyntax=foo\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '#\u00a0syntax=foo\nFROM a\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ from@2-2' },
  { text: '#\u000bescape=`\nFROM a `\n  b\n', detect: null, parse: 'escape=` from@2-3', older: { '1.20.0': 'escape=\\ from@2-2 b@3-3', '1.7.1': 'escape=\\ from@2-2 b@3-3', '1.3.1-labs': 'escape=\\ from@2-2 b@3-3', '1.2.1': 'escape=\\ from@2-2 b@3-3' } },
  { text: '# syntax\u000b=foo\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo\u00a0\nFROM a\n', detect: ['foo\u00a0', 'foo\u00a0', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo\u000b\nFROM a\n', detect: ['foo\u000b', 'foo\u000b', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=docker/dockerfile:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM a\n', detect: ['docker/dockerfile:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'docker/dockerfile:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=foo', detect: ['foo', 'foo', 1], parse: 'error: file with no instructions' },
  { text: '# check=error=true\nFROM a\n', detect: null, parse: 'escape=\\ from@2-2' },
  { text: '//syntax=foo\n//key=value', detect: ['foo', 'foo', 1], parse: 'escape=\\ //syntax=foo@1-1 //key=value@2-2' },
  { text: '// syntax = foo bar\nFROM a\n', detect: ['foo', 'foo bar', 1], parse: 'escape=\\ //@1-1 from@2-2' },
  { text: '//  syntax=foo\n// syntax=bar\n', detect: ['foo', 'foo', 1], parse: 'escape=\\ //@1-1 //@2-2' },
  { text: '#!/bin/sh\n//syntax=x', detect: ['x', 'x', 2], parse: 'escape=\\ //syntax=x@2-2' },
  { text: '# hello\n//syntax=x\n', detect: null, parse: 'escape=\\ //syntax=x@2-2' },
  { text: '# escape=`\n// syntax=x\n', detect: null, parse: 'escape=` //@2-2' },
  { text: '{"syntax": "foo", "bar": ["abc"]}', detect: ['foo', 'foo', 0], parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "foo"', detect: null, parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "foo"}\n# syntax=bar', detect: null, parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": 1}', detect: null, parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "foo", "n": 1e400}', detect: null, parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "foo", "n": 1e-400}', detect: ['foo', 'foo', 0], parse: 'escape=\\ {"syntax":@1-1' },
  { text: '  \n {"syntax": "foo"} \n', detect: ['foo', 'foo', 0], parse: 'escape=\\ {"syntax":@2-2' },
  { text: '["syntax"]', detect: null, parse: 'escape=\\ ["syntax"]@1-1' },
  { text: 'null', detect: null, parse: 'escape=\\ null@1-1' },
  { text: '{"Syntax": "foo"}', detect: null, parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "a", "syntax": "b"}', detect: ['b', 'b', 0], parse: 'escape=\\ {"syntax":@1-1' },
  { text: '{"syntax": "docker/dockerfile:1 x"}', detect: ['docker/dockerfile:1 x', 'docker/dockerfile:1 x', 0], parse: 'escape=\\ {"syntax":@1-1' },
  { text: '#!/bin/sh\n{"syntax": "foo"}', detect: ['foo', 'foo', 1], parse: 'escape=\\ {"syntax":@2-2' },
  { text: '\ufeff{"syntax": "foo"}', detect: ['foo', 'foo', 0], parse: 'escape=\\ {"syntax":@1-1' },
  { text: '# syntax=docker/dockerfile:1.2\nFROM a\nRUN <<EOF\nFROM b\nEOF\n', detect: ['docker/dockerfile:1.2', 'docker/dockerfile:1.2', 1], parse: 'escape=\\ from@2-2 run@3-5+1', older: { '1.2.1': 'escape=\\ from@2-2 run@3-3 from@4-4 eof@5-5' } },
  { text: '# syntax=' + 'x'.repeat(70000) + '\nFROM a\n', detect: null, parse: 'error: file with no instructions' },
  { text: '# syntax=' + 'x'.repeat(65526) + '\nFROM a\n', detect: ['x'.repeat(65526), 'x'.repeat(65526), 1], parse: 'escape=\\ from@2-2' },
  { text: '# syntax=' + 'x'.repeat(65527) + '\nFROM a\n', detect: null, parse: 'error: file with no instructions' },
  { text: 'FROM a\nRUN ' + 'x'.repeat(65531) + '\n', detect: null, parse: 'escape=\\ from@1-1 run@2-2' },
  { text: 'FROM a\nRUN ' + 'x'.repeat(65532) + '\nFROM b\n', detect: null, parse: 'error: dockerfile line greater than max allowed size of 65535' },
  { text: 'FROM a\nRUN <<EOF\n' + 'x'.repeat(65536) + '\nEOF\n', detect: null, parse: 'error: unterminated heredoc', older: { '1.2.1': 'error: dockerfile line greater than max allowed size of 65535' } },
  { text: 'FROM a\nCOPY <<EOF /x\nFROM b\nEOF\n', detect: null, parse: 'escape=\\ from@1-1 copy@2-4+1', older: { '1.2.1': 'escape=\\ from@1-1 copy@2-2 from@3-3 eof@4-4' } },
  { text: '# escape=`\n#!/bin/sh\n# syntax=foo\nFROM a\n', detect: null, parse: 'escape=` from@4-4' },
  { text: '\ufeff\ufeff# syntax=foo\nFROM a\n', detect: null, parse: 'escape=\\ \ufeff#@1-1 from@2-2' },
];

const KNOWN = new Set(['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir']);

/** The port's answer in the oracle's notation; BuildKit's instructions.Parse (not parser.Parse) refuses an unknown instruction, the port's parser does it at once. */
function parseSummary(text: string, rules?: ParserRules, expected?: string): string {
  try {
    const parsed = parseDockerfileText(text, rules);
    return `escape=${parsed.escapeToken} ${parsed.instructions.map(i => `${i.keyword}@${i.startLine}-${i.endLine}${i.heredocs.length ? `+${i.heredocs.length}` : ''}`).join(' ')}`;
  } catch (e) {
    const message = (e as Error).message;
    const unknown = expected?.startsWith('escape=') && expected.split(' ').slice(1).some(w => !KNOWN.has(w.slice(0, w.lastIndexOf('@'))));
    if (unknown && message.startsWith('unknown instruction: ')) return expected!;
    // The port's messages say more than BuildKit's (`unterminated heredoc (<<EOF is not closed ...)`).
    return expected?.startsWith('error: ') && message.startsWith(expected.slice('error: '.length)) ? expected : `error: ${message}`;
  }
}

const rulesOf = (tag: string) => {
  const frontend = frontendOf(`# syntax=docker/dockerfile:${tag}\n`, {});
  if (frontend.kind !== 'image' || !frontend.rules) throw new Error(`no rules for ${tag}`);
  return frontend.rules;
};

describe('DetectSyntax, as BuildKit answers it', () => {
  test.each(CASES.map((c, n) => [n, JSON.stringify(c.text.length > 80 ? `${c.text.slice(0, 80)}...` : c.text), c] as const))('case %i: %s', (_n, _label, c) => {
    const found = detectSyntax(c.text);
    // Go gives the JSON form line 0 (no line): the port names line 1, where a location must point.
    expect(found ? [found.ref, found.cmdline, found.line] : null).toEqual(c.detect && [c.detect[0], c.detect[1], Math.max(c.detect[2], 1)]);
  });
});

describe('parser.Parse directives, as BuildKit answers it', () => {
  test.each(CASES.map((c, n) => [n, JSON.stringify(c.text.length > 80 ? `${c.text.slice(0, 80)}...` : c.text), c] as const))('case %i: %s', (_n, _label, c) => {
    expect(parseSummary(c.text, undefined, c.parse)).toBe(c.parse);
  });

  test.each(['1.20.0', '1.7.1', '1.3.1-labs', '1.2.1'] as const)('the rules of docker/dockerfile:%s', tag => {
    const rules = rulesOf(tag);
    const wrong = CASES.flatMap((c, n) => {
      const expected = c.older?.[tag] ?? c.parse;
      const got = parseSummary(c.text, rules, expected);
      return got === expected ? [] : [`case ${n}: BuildKit ${expected}, the port ${got}`];
    });
    expect(wrong).toEqual([]);
  });

  test('the cases do tell the versions apart', () => {
    // Else the test above could not fail for a version's rules set wrong.
    for (const tag of ['1.20.0', '1.7.1', '1.3.1-labs', '1.2.1'] as const) expect(CASES.some(c => c.older?.[tag] !== undefined)).toBe(true);
  });
});
