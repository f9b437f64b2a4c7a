import { describe, expect, test } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { parseDockerfile, type ParsedDockerfile } from '../../src/core/tag/dockerfile.js';
import { buildImageGraph, imageLevels } from '../../src/core/tag/graph.js';
import { splitImageRef } from '../../src/core/tag/image-ref.js';
import { parseImagesConfig } from '../../src/core/tag/images-config.js';

function graphOf(configText: string, dockerfiles: Record<string, string>) {
  const config = parseImagesConfig(configText, 'images.yaml');
  const parsed = new Map<string, ParsedDockerfile>();
  for (const image of config.images) parsed.set(image.name, parseDockerfile(dockerfiles[image.name] ?? 'FROM scratch\n', image.dockerfile, image.buildArgs));
  return buildImageGraph(config, parsed);
}

describe('splitImageRef', () => {
  test.each([
    ['jvm-base', { name: 'jvm-base' }],
    ['jvm-base:1', { name: 'jvm-base', tag: '1' }],
    ['localhost:5000/a/b', { name: 'localhost:5000/a/b' }],
    ['localhost:5000/a/b:t', { name: 'localhost:5000/a/b', tag: 't' }],
    ['x@sha256:ab', { name: 'x', digest: 'sha256:ab' }],
    ['x:1@sha256:ab', { name: 'x', tag: '1', digest: 'sha256:ab' }],
    ['jvm-base:', { name: 'jvm-base', tag: '' }],
  ])('%s', (ref, parts) => {
    expect(splitImageRef(ref)).toEqual({ tag: undefined, digest: undefined, ...parts });
  });
});

describe('buildImageGraph', () => {
  const config = [
    'registry: ghcr.io/acme',
    'images:',
    '  svc-c:',
    '    context: c',
    '  svc-b:',
    '    context: b',
    '  jvm-base:',
    '    context: base',
    '  tools:',
    '    context: tools',
    '    base: [jvm-base]',
    '',
  ].join('\n');

  test('finds bases from FROM in every form and orders bases first, ties by name', () => {
    const graph = graphOf(config, {
      'svc-c': 'ARG TAG=1\nFROM ghcr.io/acme/jvm-base:${TAG} AS build\nFROM build\n',
      'svc-b': 'FROM jvm-base:anything\nFROM eclipse-temurin:21\nFROM eclipse-temurin:21\nFROM alpine@sha256:00\n',
      'jvm-base': 'FROM eclipse-temurin:21\n',
      tools: 'FROM scratch\n',
    });
    expect(graph.order).toEqual(['jvm-base', 'svc-b', 'svc-c', 'tools']);
    expect(graph.nodes.get('svc-c')!.bases).toEqual(['jvm-base']);
    expect(graph.nodes.get('svc-c')!.external).toEqual([]);
    expect(graph.nodes.get('svc-b')!.bases).toEqual(['jvm-base']);
    expect(graph.nodes.get('svc-b')!.external).toEqual([{ ref: 'alpine@sha256:00', digest: 'sha256:00' }, { ref: 'eclipse-temurin:21' }]);
    expect(graph.nodes.get('tools')!.bases).toEqual(['jvm-base']);
    expect(graph.nodes.get('tools')!.external).toEqual([]);
    expect(Object.fromEntries(imageLevels(graph))).toEqual({ 'jvm-base': 0, 'svc-b': 1, 'svc-c': 1, tools: 1 });
  });

  test('a deep chain is ordered and levelled', () => {
    const graph = graphOf('images:\n  a:\n    context: a\n  b:\n    context: b\n  c:\n    context: c\n', { a: 'FROM b\n', b: 'FROM c:1\n', c: 'FROM debian\n' });
    expect(graph.order).toEqual(['c', 'b', 'a']);
    expect(Object.fromEntries(imageLevels(graph))).toEqual({ c: 0, b: 1, a: 2 });
  });

  test('COPY --from a configured image makes it a base; an external one is folded in', () => {
    const graph = graphOf(config, { 'svc-b': 'FROM alpine\nCOPY --from=ghcr.io/acme/tools:x /t /t\nCOPY --from=busybox:1 /bin/sh /sh\n' });
    expect(graph.nodes.get('svc-b')!.bases).toEqual(['tools']);
    expect(graph.nodes.get('svc-b')!.external.map(e => e.ref)).toEqual(['alpine', 'busybox:1']);
    expect(graph.order.indexOf('tools')).toBeLessThan(graph.order.indexOf('svc-b'));
  });

  test('an image of another registry with the same last name is external', () => {
    const graph = graphOf(config, { 'svc-b': 'FROM docker.io/other/jvm-base:1\n' });
    expect(graph.nodes.get('svc-b')!.bases).toEqual([]);
    expect(graph.nodes.get('svc-b')!.external).toEqual([{ ref: 'docker.io/other/jvm-base:1' }]);
  });

  test('an unknown declared base names the config line', () => {
    expect(() => graphOf('images:\n  a:\n    context: a\n    base:\n      - nope\n', {})).toThrow(
      expect.objectContaining({ location: { file: 'images.yaml', line: 5 }, message: expect.stringMatching(/unknown image "nope"/) }),
    );
  });

  test('a cycle is named as a path with the line that closes it', () => {
    let error: unknown;
    try {
      graphOf('images:\n  a:\n    context: a\n    base: [b]\n  b:\n    context: b\n', { b: 'FROM alpine\nFROM a:latest\n' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    const e = error as LockstepError;
    expect(e.message).toBe('images form a cycle: a → b → a');
    expect(e.location).toEqual({ file: 'images.yaml', line: 4 });
    expect(e.details).toEqual(['a is built on b (images.yaml:4)', 'b is built on a (b/Dockerfile:2)']);
  });

  test('an image built on itself is a cycle', () => {
    expect(() => graphOf('images:\n  a:\n    context: a\n', { a: 'FROM a:previous\n' })).toThrow('images form a cycle: a → a');
  });
});
