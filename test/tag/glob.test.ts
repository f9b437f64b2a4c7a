import { describe, expect, test } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { renderGlob } from '../../src/core/tag/glob.js';

describe('render globs', () => {
  test.each([
    ['k8s/*.yaml', 'k8s/a.yaml', true],
    ['k8s/*.yaml', 'k8s/sub/a.yaml', false],
    ['k8s/*.yaml', 'k8s/.hidden.yaml', true],
    ['k8s/**/*.yaml', 'k8s/a.yaml', true],
    ['k8s/**/*.yaml', 'k8s/x/y/a.yaml', true],
    ['k8s/**', 'k8s/x/y/a.yaml', true],
    ['**/*.tpl', 'a.tpl', true],
    ['**/*.tpl', 'x/a.tpl', true],
    ['k8s/*.{yaml,yml}', 'k8s/a.yml', true],
    ['k8s/?.yaml', 'k8s/ab.yaml', false],
    ['k8s/[ab].yaml', 'k8s/b.yaml', true],
    ['k8s/[^ab].yaml', 'k8s/b.yaml', false],
    ['k8s/[^ab].yaml', 'k8s/c.yaml', true],
    ['a.b/*.yaml', 'aXb/c.yaml', false],
    ['k8s/a+b.yaml', 'k8s/a+b.yaml', true],
  ])('%s ~ %s = %s', (pattern, path, matches) => {
    expect(renderGlob(pattern).matches(path)).toBe(matches);
  });

  test('where a walk starts', () => {
    expect(renderGlob('k8s/overlays/*/kustomization.yaml').base).toBe('k8s/overlays');
    expect(renderGlob('**/*.yaml').base).toBe('.');
    expect(renderGlob('*.yaml').base).toBe('.');
    expect(renderGlob('k8s/a.yaml')).toMatchObject({ isGlob: false, base: 'k8s/a.yaml' });
  });

  test.each(['k8s/[ab.yaml', 'k8s/{a,b.yaml', 'k8s/(a.yaml', 'k8s/[!ab].yaml'])('a malformed glob is an error naming the input: %s', pattern => {
    expect(() => renderGlob(pattern)).toThrow(LockstepError);
    expect(() => renderGlob(pattern)).toThrow(new RegExp(`^render: "${pattern.replace(/[[\]{}()+.*?]/g, '\\$&')}" (is not a valid glob|uses "\\[!)`));
  });
});
