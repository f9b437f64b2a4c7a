import { describe, expect, test } from '@jest/globals';
import { globBase, globToRegExp, hasGlob } from '../../src/core/tag/glob.js';

describe('render globs', () => {
  test.each([
    ['k8s/*.yaml', 'k8s/a.yaml', true],
    ['k8s/*.yaml', 'k8s/sub/a.yaml', false],
    ['k8s/**/*.yaml', 'k8s/a.yaml', true],
    ['k8s/**/*.yaml', 'k8s/x/y/a.yaml', true],
    ['k8s/**', 'k8s/x/y/a.yaml', true],
    ['**/*.tpl', 'a.tpl', true],
    ['**/*.tpl', 'x/a.tpl', true],
    ['k8s/*.{yaml,yml}', 'k8s/a.yml', true],
    ['k8s/?.yaml', 'k8s/ab.yaml', false],
    ['k8s/[ab].yaml', 'k8s/b.yaml', true],
    ['k8s/[!ab].yaml', 'k8s/b.yaml', false],
    ['a.b/*.yaml', 'aXb/c.yaml', false],
  ])('%s ~ %s = %s', (pattern, path, matches) => {
    expect(globToRegExp(pattern).test(path)).toBe(matches);
  });

  test('where a walk starts', () => {
    expect(globBase('k8s/overlays/*/kustomization.yaml')).toBe('k8s/overlays');
    expect(globBase('**/*.yaml')).toBe('.');
    expect(globBase('a.yaml')).toBe('.');
    expect(hasGlob('k8s/a.yaml')).toBe(false);
  });
});
