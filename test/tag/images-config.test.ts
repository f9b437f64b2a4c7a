import { describe, expect, test } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { parseImagesConfig } from '../../src/core/tag/images-config.js';

function failure(text: string): LockstepError {
  try {
    parseImagesConfig(text, 'images.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(LockstepError);
    return e as LockstepError;
  }
  throw new Error('expected a LockstepError');
}

describe('parseImagesConfig', () => {
  test('reads every field, with defaults and lines', () => {
    const config = parseImagesConfig(
      [
        'registry: ghcr.io/acme/',
        'images:',
        '  jvm-base:',
        '    context: ./images/jvm-base/',
        '  my-service-a:',
        '    context: services/a',
        '    dockerfile: docker/a.Dockerfile',
        '    base: [jvm-base]',
        '    inputs: [scripts/common, ./VERSION]',
        '    build-args: { JAVA_OPTS: "-Xmx1g", RETRIES: 3, DEBUG: false }',
        '    platform: linux/arm64',
        '',
      ].join('\n'),
      'images.yaml',
    );
    expect(config.registry).toBe('ghcr.io/acme');
    expect(config.images.map(i => i.name)).toEqual(['jvm-base', 'my-service-a']);
    const [base, a] = config.images;
    expect(base).toMatchObject({ context: 'images/jvm-base', dockerfile: 'images/jvm-base/Dockerfile', base: [], inputs: [], buildArgs: {} });
    expect(base.lines).toMatchObject({ image: 3, context: 4, dockerfile: 4 });
    expect(a).toMatchObject({
      context: 'services/a',
      dockerfile: 'docker/a.Dockerfile',
      base: ['jvm-base'],
      inputs: ['scripts/common', 'VERSION'],
      buildArgs: { JAVA_OPTS: '-Xmx1g', RETRIES: '3', DEBUG: 'false' },
      platform: 'linux/arm64',
    });
    expect(a.lines).toMatchObject({ image: 5, context: 6, dockerfile: 7, base: [8], inputs: [9, 9] });
  });

  test('the root as context gives a root Dockerfile', () => {
    const config = parseImagesConfig('images:\n  app:\n    context: .\n', 'images.yaml');
    expect(config.images[0]).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
  });

  test.each([
    ['images:\n  app:\n    context: app\n    dockerfle: x\n', 4, /unknown key "dockerfle"/],
    ['images:\n  app:\n    dockerfile: x/Dockerfile\n', 2, /missing "context"/],
    ['registry: r\nimage:\n  app: {}\n', 2, /unknown key "image"/],
    ['registry: r\n', 1, /missing "images"/],
    ['images:\n  App:\n    context: app\n', 2, /not a valid image name/],
    ['images:\n  app:\n    context: ../elsewhere\n', 3, /inside the repository/],
    ['images:\n  app:\n    context: /abs\n', 3, /inside the repository/],
    ['images:\n  app:\n    context: app\n    base: [{a: 1}]\n', 4, /must be a string/],
    ['images:\n  app:\n    context: app\n    build-args:\n      A: [1]\n', 5, /build-args.A must be/],
    ['images:\n  app:\n    context: app\n    build-args:\n      1A: x\n', 5, /not a valid build argument/],
    ['images:\n  app:\n    context: app\n    platform: amd64\n', 4, /os\/arch/],
    ['images:\n  app:\n    context: app\n  app:\n    context: b\n', 4, /[Uu]nique|duplicate/i],
    ['images: [\n', 2, /invalid YAML/],
  ])('rejects %j at line %i', (text, line, message) => {
    const e = failure(text);
    const first = 'errors' in e ? (e as unknown as { errors: LockstepError[] }).errors[0] : e;
    expect(first.location.file).toBe('images.yaml');
    expect(first.location.line).toBe(line);
    expect(e.message).toMatch(message);
  });
});
