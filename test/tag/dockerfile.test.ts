import { describe, expect, test } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { parseDockerfile } from '../../src/core/tag/dockerfile.js';

const images = (text: string, args: Record<string, string> = {}) => parseDockerfile(text, 'Dockerfile', args).froms.map(f => f.image);

describe('parseDockerfile', () => {
  test('plain, platform, stage and line numbers', () => {
    const parsed = parseDockerfile('# syntax=docker/dockerfile:1\n\nFROM --platform=linux/amd64 eclipse-temurin:21 AS build\nRUN make\nfrom build\n', 'Dockerfile');
    expect(parsed.froms).toEqual([
      { via: 'syntax', line: 1, raw: 'docker/dockerfile:1', image: 'docker/dockerfile:1', fromStage: false, scratch: false },
      { via: 'FROM', line: 3, raw: 'eclipse-temurin:21', image: 'eclipse-temurin:21', stage: 'build', platform: 'linux/amd64', fromStage: false, scratch: false },
      { via: 'FROM', line: 5, raw: 'build', image: 'build', stage: undefined, platform: undefined, fromStage: true, scratch: false },
    ]);
  });

  test('line continuations, with comment lines inside', () => {
    const parsed = parseDockerfile('FROM a\nRUN echo a \\\n  b\nFROM \\\n# a comment in the middle\n\n  ghcr.io/acme/jvm-base:1 \\\n  AS run\n', 'Dockerfile');
    expect(parsed.froms).toMatchObject([{ line: 1, image: 'a' }, { line: 4, image: 'ghcr.io/acme/jvm-base:1', stage: 'run' }]);
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
        'COPY --from=ghcr.io/acme/tools:1 /bin/tool /bin/tool',
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
    ['ARG A=1\nENV X=1\nFROM a\n', 2, /ENV before the first FROM/],
    ['ARG A=1\n', 1, /no FROM/],
    ['', 1, /no instructions/],
    ['# just a comment\n\n', 2, /no instructions/],
    ['ARG X\n\nFROM\n', 3, /FROM without an image/],
    ['FROM $NOTHING\n', 1, /empty after substituting/],
    ['FROM a b c d\n', 1, /one or three arguments/],
    ['FROM a AS 1st\n', 1, /invalid name for build stage/],
    ['FROM --platfrom=linux/amd64 a\n', 1, /unknown flag: --platfrom/],
    ['FROM --platform=$NOPE a\n', 1, /empty platform/],
    ['ARG =x\nFROM a\n', 1, /can not be blank/],
    ['FROM a:${X\n', 1, /unsupported modifier/],
    ['FROM a:${X:?unset}\n', 1, /X: unset/],
    // BuildKit splits FROM on whitespace before expanding: three words, not "AS".
    ['FROM a:${X:-a b}\n', 1, /one or three arguments/],
    ['FROM a\nRUN <<EOF\necho never closed\n', 2, /unterminated heredoc/],
    ['FROM a\nCOPY <<one <<two /x/\n1\none\n2\n', 2, /unterminated heredoc \(<<two/],
    ['FROM a\nCOPY --from=${TOOLS} /a /a\n', 2, /variable expansion is not supported for --from/],
    ['FROM a\nFORM b\n', 2, /unknown instruction: FORM/],
    ['# escape=x\nFROM a\n', 1, /invalid escape token/],
    ['# escape=`\n# escape=\\\nFROM a\n', 2, /only one escape parser directive/],
    ['FROM a\nRUN ["sh", 1]\n', 2, /must be strings/],
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

describe('heredocs only where BuildKit sees one', () => {
  test.each([
    ['arithmetic shift', 'FROM a\nRUN echo $((1<<20)) > /size\nFROM b\n'],
    ['quoted <<EOF', 'FROM a\nRUN echo "<<EOF" && echo \'<<EOF\'\nFROM b\n'],
    ['a here-string <<<', 'FROM a\nRUN cat <<<"text"\nFROM b\n'],
    ['JSON-form RUN', 'FROM a\nRUN ["sh", "-c", "cat <<EOF"]\nFROM b\n'],
    ['LABEL text', 'FROM a\nLABEL usage="cat <<EOF | sh"\nFROM b\n'],
    ['ENV text', 'FROM a\nENV X=<<EOF\nFROM b\n'],
    ['CMD text', 'FROM a\nCMD cat <<EOF\nFROM b\n'],
    ['an escaped <<', 'FROM a\nRUN echo \\<<EOF\nFROM b\n'],
  ])('%s is not a heredoc: the next FROM is read', (_name, text) => {
    expect(images(text)).toEqual(['a', 'b']);
  });

  test.each([
    ['RUN <<EOF', 'FROM a\nRUN <<EOF\nFROM hidden\nEOF\nFROM b\n'],
    ['RUN with a quoted delimiter and redirection', "FROM a\nRUN cat <<'EOT' > /etc/x\nFROM hidden\nEOT\nFROM b\n"],
    ['<<- strips leading tabs from the terminator', 'FROM a\nRUN <<-EOF\n\tFROM hidden\n\t\tEOF\nFROM b\n'],
    ['two heredocs on one COPY', 'FROM a\nCOPY <<one.txt <<two.txt /dst/\nFROM hidden1\none.txt\nFROM hidden2\ntwo.txt\nFROM b\n'],
    ['ADD with a file descriptor', 'FROM a\nRUN 3<<EOF cat /dev/fd/3\nFROM hidden\nEOF\nFROM b\n'],
    ['<< EOF with a space', 'FROM a\nRUN cat << EOF\nFROM hidden\nEOF\nFROM b\n'],
    ['a heredoc after a line continuation', 'FROM a\nRUN set -e; \\\n  cat <<EOF\nFROM hidden\nEOF\nFROM b\n'],
    ['ONBUILD RUN', 'FROM a\nONBUILD RUN <<EOF\nFROM hidden\nEOF\nFROM b\n'],
    ['a shift with a space is one to BuildKit too', 'FROM a\nRUN echo $((1 <<20))\nFROM hidden\n20))\nFROM b\n'],
  ])('%s: its body is skipped', (_name, text) => {
    expect(images(text)).toEqual(['a', 'b']);
  });

  test('CRLF line endings around a heredoc', () => {
    expect(images('FROM a\r\nRUN <<EOF\r\nFROM hidden\r\nEOF\r\nFROM b\r\n')).toEqual(['a', 'b']);
  });

  test('a frontend from before heredocs (# syntax=docker/dockerfile:1.2) reads the body as instructions', () => {
    const text = '# syntax=docker/dockerfile:1.2\nFROM a\nRUN <<EOF\nFROM b\nEOF\n';
    expect(() => parseDockerfile(text, 'Dockerfile')).toThrow(/unknown instruction: EOF/);
    expect(images(text.replace('1.2', '1.3-labs'))).toEqual(['docker/dockerfile:1.3-labs', 'a']);
    expect(images(text.replace('1.2', '1'))).toEqual(['docker/dockerfile:1', 'a']);
    expect(images(text.replace('docker/dockerfile:1.2', 'docker.io/docker/dockerfile:1.7'))).toEqual(['docker.io/docker/dockerfile:1.7', 'a']);
  });
});

describe('parser directives, comments and the escape character', () => {
  test('# escape=` (Windows): backslashes are literal, ` continues the line', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nRUN dir C:\\ `\n  && echo done\nCOPY --from=base C:\\app C:\\app\nFROM base\n';
    expect(parseDockerfile(text, 'Dockerfile').froms.map(f => [f.via, f.image, f.fromStage])).toEqual([
      ['FROM', 'mcr.microsoft.com/windows/servercore:ltsc2022', false],
      ['COPY', 'base', true],
      ['FROM', 'base', true],
    ]);
  });

  test('a directive only at the very top: after a comment or blank line it is a comment', () => {
    expect(images('# a comment\n# escape=`\nFROM a \\\n  AS x\n')).toEqual(['a']);
    expect(images('\n# escape=`\nFROM a \\\n  AS x\n')).toEqual(['a']);
    expect(images('# syntax=docker/dockerfile:1\n# escape=`\nFROM a `\n  AS x\n')).toEqual(['docker/dockerfile:1', 'a']);
  });

  test('a BOM, indented instructions and lower-case keywords', () => {
    expect(images('\uFEFF  from a as build\n\tfrom build\n')).toEqual(['a', 'build']);
  });
});

describe('the automatic platform ARGs, global ARGs and the shell lexer in FROM', () => {
  const dockerfile = [
    'ARG VARIANT_SUFFIX=${TARGETVARIANT:+-${TARGETVARIANT}}',
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    'ARG TARGETOS TARGETARCH',
    'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app',
    'FROM base-${TARGETARCH}${VARIANT_SUFFIX} AS run',
    'COPY --from=build /out/app /app',
    'FROM ${TARGETOS}-${TARGETPLATFORM}-${BUILDARCH}',
    '',
  ].join('\n');
  const run = (platform?: string, args: Record<string, string> = {}) => parseDockerfile(dockerfile, 'Dockerfile', args, platform).froms.map(f => [f.image, f.platform]);

  test('default linux/amd64 (the runner\'s): FROM base-${TARGETARCH} is base-amd64', () => {
    expect(run()).toEqual([
      ['golang:1.23', 'linux/amd64'],
      ['base-amd64', undefined],
      ['build', undefined],
      ['linux-linux/amd64-amd64', undefined],
    ]);
  });

  test("the image's platform: arm64, arm/v7 (variant), and BUILD* stay the runner's", () => {
    expect(run('linux/arm64').map(f => f[0])).toEqual(['golang:1.23', 'base-arm64', 'build', 'linux-linux/arm64-amd64']);
    expect(run('linux/arm/v7').map(f => f[0])).toEqual(['golang:1.23', 'base-arm-v7', 'build', 'linux-linux/arm/v7-amd64']);
  });

  test('a build arg overrides an automatic one; an ARG without a value keeps it', () => {
    expect(run(undefined, { TARGETARCH: 'riscv64' }).map(f => f[0])[1]).toBe('base-riscv64');
    expect(images('ARG TARGETARCH\nFROM base-$TARGETARCH\n')).toEqual(['base-amd64']);
  });

  test('quotes, ${VAR#prefix}, ${VAR%suffix}, ${VAR/from/to} as BuildKit expands them', () => {
    const text = 'ARG IMAGE="ghcr.io/acme/app:1.2.3"\nARG V=v1.2.3\nFROM "${IMAGE%:*}:${V#v}"\nFROM ${IMAGE/acme/other}\nFROM \'literal$V\'\n';
    expect(images(text)).toEqual(['ghcr.io/acme/app:1.2.3', 'ghcr.io/other/app:1.2.3', 'literal$V']);
  });
});


describe('a corpus of real-world-shaped Dockerfiles', () => {
  const summary = (text: string, platform?: string, args: Record<string, string> = {}) =>
    parseDockerfile(text, 'Dockerfile', args, platform).froms.map(f => `${f.via} ${f.image}${f.fromStage ? ' (stage)' : ''}${f.scratch ? ' (scratch)' : ''}${f.platform ? ` @${f.platform}` : ''}`);
  const lines = (...l: string[]) => `${l.join('\n')}\n`;

  test('Next.js: syntax directive, ARG version, cache mounts, a COPY heredoc, distroless runtime', () => {
    const text = lines(
      '# syntax=docker/dockerfile:1.7',
      'ARG NODE_VERSION=20.11',
      'FROM node:${NODE_VERSION}-alpine AS deps',
      'WORKDIR /app',
      'COPY <<EOF /app/.npmrc',
      'registry=https://registry.npmjs.org/',
      'FROM this-is-file-content',
      'EOF',
      'COPY package.json package-lock.json ./',
      'RUN --mount=type=cache,target=/root/.npm \\',
      '    npm ci',
      '',
      'FROM deps AS build',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM gcr.io/distroless/nodejs20-debian12 AS run',
      'COPY --from=build /app/.next/standalone ./',
      'CMD ["server.js"]',
    );
    expect(summary(text)).toEqual(['syntax docker/dockerfile:1.7', 'FROM node:20.11-alpine', 'FROM deps (stage)', 'FROM gcr.io/distroless/nodejs20-debian12', 'COPY build (stage)']);
    expect(summary(text, undefined, { NODE_VERSION: '22' })[1]).toBe('FROM node:22-alpine');
  });

  test('Python: a RUN heredoc whose lines end in backslashes (not continuations), then more stages', () => {
    const text = lines(
      'FROM python:3.12-slim AS base',
      'RUN <<EOF',
      'set -e',
      'apt-get update',
      'apt-get install -y --no-install-recommends \\',
      '  curl \\',
      'EOF',
      'ENV PYTHONDONTWRITEBYTECODE=1',
      '',
      'FROM base AS deps',
      'RUN --mount=type=bind,source=requirements.txt,target=/tmp/r.txt pip install -r /tmp/r.txt',
      '',
      'FROM deps',
      'COPY --chown=app:app . /srv',
    );
    expect(summary(text)).toEqual(['FROM python:3.12-slim', 'FROM base (stage)', 'FROM deps (stage)']);
  });

  test('Go cross-compilation: xx helper, --platform=$BUILDPLATFORM, TARGETOS/TARGETARCH, scratch', () => {
    const text = lines(
      '# syntax=docker/dockerfile:1',
      'ARG GO_VERSION=1.23',
      'ARG XX_VERSION=1.5.0',
      'FROM --platform=${BUILDPLATFORM} tonistiigi/xx:${XX_VERSION} AS xx',
      'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build',
      'COPY --from=xx / /',
      'ARG TARGETPLATFORM',
      'RUN xx-go build -o /out/app ./cmd/app && \\',
      '    xx-verify /out/app',
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'ENTRYPOINT ["/app"]',
    );
    expect(summary(text, 'linux/arm64')).toEqual([
      'syntax docker/dockerfile:1',
      'FROM tonistiigi/xx:1.5.0 @linux/amd64',
      'FROM golang:1.23-alpine @linux/amd64',
      'COPY xx (stage)',
      'FROM scratch (scratch)',
      'COPY build (stage)',
    ]);
  });

  test('a base per architecture and a configured base named through ARGs', () => {
    const text = lines(
      'ARG REGISTRY=ghcr.io/acme',
      'ARG BASE=jvm-base',
      'FROM ${REGISTRY}/${BASE}-${TARGETARCH}:${BASE_TAG:-latest}',
      'RUN --mount=type=bind,from=${REGISTRY}/tools,source=/bin,target=/t /t/check',
    );
    expect(summary(text)).toEqual(['FROM ghcr.io/acme/jvm-base-amd64:latest', 'RUN ghcr.io/acme/tools']);
    expect(summary(text, 'linux/arm64')[0]).toBe('FROM ghcr.io/acme/jvm-base-arm64:latest');
  });

  test('Windows: escape=`, backslash paths, PowerShell with $ signs, continuation with `', () => {
    const text = lines(
      '# escape=`',
      'ARG WINDOWS_VERSION=ltsc2022',
      'FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-${WINDOWS_VERSION} AS build',
      'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
      "RUN $env:PATH = 'C:\\tools;' + $env:PATH; `",
      '    dotnet publish -c Release -o C:\\out',
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-${WINDOWS_VERSION}',
      'COPY --from=build C:\\out C:\\app',
    );
    expect(summary(text)).toEqual(['FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022', 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', 'COPY build (stage)']);
  });
});
