import { describe, expect, test } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { parseDockerfile } from '../../src/core/tag/dockerfile.js';

const images = (text: string, args: Record<string, string> = {}) => parseDockerfile(text, 'Dockerfile', args).froms.map(f => f.image);

describe('parseDockerfile', () => {
  test('plain, platform, stage and line numbers', () => {
    const parsed = parseDockerfile('# syntax=docker/dockerfile:1\n\nFROM --platform=linux/amd64 eclipse-temurin:21 AS build\nRUN make\nfrom build\n', 'Dockerfile');
    expect(parsed.froms).toEqual([
      { via: 'FROM', line: 3, raw: 'eclipse-temurin:21', image: 'eclipse-temurin:21', stage: 'build', platform: 'linux/amd64', fromStage: false, scratch: false },
      { via: 'FROM', line: 5, raw: 'build', image: 'build', stage: undefined, platform: undefined, fromStage: true, scratch: false },
    ]);
  });

  test('line continuations, with comment lines inside', () => {
    const parsed = parseDockerfile('RUN echo a \\\n  b\nFROM \\\n# a comment in the middle\n  ghcr.io/acme/jvm-base:1 \\\n  AS run\n', 'Dockerfile');
    expect(parsed.froms).toMatchObject([{ line: 3, image: 'ghcr.io/acme/jvm-base:1', stage: 'run' }]);
  });

  test('the escape directive changes the continuation character', () => {
    expect(images('# escape=`\nFROM `\n  mcr.microsoft.com/windows:ltsc2022\n')).toEqual(['mcr.microsoft.com/windows:ltsc2022']);
  });

  test('ARG before FROM: default, build-arg override, and every substitution form', () => {
    const text = [
      'ARG REGISTRY=ghcr.io/acme',
      'ARG TAG',
      'ARG FLAVOR="jre"',
      'ARG EMPTY=',
      'FROM ${REGISTRY}/jvm-base:${TAG:-latest} AS one',
      'FROM $REGISTRY/other:$FLAVOR',
      'FROM x:${EMPTY:-dflt}-${EMPTY-unset}-${TAG:+set}-${NOPE+alt}',
      '',
    ].join('\n');
    expect(images(text)).toEqual(['ghcr.io/acme/jvm-base:latest', 'ghcr.io/acme/other:jre', 'x:dflt---']);
    expect(images(text, { TAG: '1.2', REGISTRY: 'r.example.com' })).toEqual(['r.example.com/jvm-base:1.2', 'r.example.com/other:jre', 'x:dflt--set-']);
  });

  test('build args that no ARG before FROM declares do not reach FROM, as in Docker', () => {
    expect(images('FROM base:${TAG:-fallback}\nARG TAG\n', { TAG: 'given' })).toEqual(['base:fallback']);
  });

  test('ARG after the first FROM does not change later FROM lines', () => {
    expect(images('ARG V=1\nFROM a:$V\nARG V=2\nFROM b:$V\n')).toEqual(['a:1', 'b:1']);
  });

  test('digests, scratch, and lower-case stage references', () => {
    const parsed = parseDockerfile('FROM scratch AS Empty\nFROM alpine@sha256:0123\nFROM empty\n', 'Dockerfile');
    expect(parsed.froms.map(f => [f.image, f.scratch, f.fromStage])).toEqual([
      ['scratch', true, false],
      ['alpine@sha256:0123', false, false],
      ['empty', false, true],
    ]);
  });

  test('COPY/ADD --from and RUN --mount from= name images too; stages and stage numbers do not', () => {
    const parsed = parseDockerfile(
      [
        'ARG TOOLS=ghcr.io/acme/tools:1',
        'FROM golang:1.23 AS build',
        'COPY --from=0 /a /a',
        'FROM alpine',
        'COPY --chown=1:1 --from=build /out /out',
        'COPY --from=${TOOLS} /bin/tool /bin/tool',
        'ADD --from=jvm-base /opt/java /opt/java',
        'RUN --mount=type=bind,from=node-base,source=/usr/lib/node,target=/n --network=none ls /n',
        'RUN --mount=type=cache,target=/root/.cache go build',
        'COPY --from=5 /x /x',
        '',
      ].join('\n'),
      'Dockerfile',
    );
    expect(parsed.froms.map(f => [f.via, f.image, f.fromStage, f.line])).toEqual([
      ['FROM', 'golang:1.23', false, 2],
      ['COPY', '0', true, 3],
      ['FROM', 'alpine', false, 4],
      ['COPY', 'build', true, 5],
      ['COPY', 'ghcr.io/acme/tools:1', false, 6],
      ['ADD', 'jvm-base', false, 7],
      ['RUN', 'node-base', false, 8],
      ['COPY', '5', false, 10],
    ]);
  });

  test('FROM-looking lines inside a heredoc are not instructions', () => {
    expect(images('FROM a\nRUN <<EOF\nFROM not-an-image\nEOF\nFROM b\n')).toEqual(['a', 'b']);
  });

  test('CRLF line endings', () => {
    expect(images('FROM a \\\r\n AS x\r\nFROM x\r\n')).toEqual(['a', 'x']);
  });

  test.each([
    ['RUN echo hi\n', 1, /no FROM/],
    ['', 1, /no FROM/],
    ['ARG X\n\nFROM\n', 3, /FROM without an image/],
    ['FROM $NOTHING\n', 1, /empty after substituting/],
    ['FROM a b c d\n', 1, /unexpected/],
    ['ARG 1X=2\nFROM a\n', 1, /not a valid argument/],
    ['FROM a:${X\n', 1, /unterminated/],
  ])('%j fails at line %i', (text, line, message) => {
    let error: unknown;
    try {
      parseDockerfile(text, 'svc/Dockerfile');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).location).toEqual({ file: 'svc/Dockerfile', line });
    expect((error as LockstepError).message).toMatch(message);
  });
});
