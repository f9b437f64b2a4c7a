import { describe, expect, test } from '@jest/globals';
import { LockstepError, LockstepErrors } from '../../src/core/errors.js';
import { renderTemplate } from '../../src/core/tag/template.js';

const images = new Map([
  ['my-service-a', { tag: 't1', image: 'ghcr.io/acme/my-service-a:t1' }],
  ['jvm-base', { tag: 't0', image: 'ghcr.io/acme/jvm-base:t0' }],
]);

describe('renderTemplate', () => {
  test('tag and image, whitespace-tolerant, other actions untouched', () => {
    const text = 'image: {{ image "my-service-a" }}\ntag: {{tag "jvm-base"}}\nx: {{   tag   "jvm-base"   }}\nhelm: {{ .Values.tag }}\nq: {{ tag "jvm-base" | quote }}\n';
    expect(renderTemplate(text, 'k8s/a.yaml', images)).toEqual({
      text: 'image: ghcr.io/acme/my-service-a:t1\ntag: t0\nx: t0\nhelm: {{ .Values.tag }}\nq: {{ tag "jvm-base" | quote }}\n',
      replaced: 3,
    });
  });

  test("Go's trim markers trim the whitespace around the action", () => {
    expect(renderTemplate('a:  {{- tag "jvm-base" -}}  \n!', 'f', images).text).toBe('a:t0!');
  });

  test('no action: the text is unchanged', () => {
    expect(renderTemplate('plain {{ }}\n', 'f', images)).toEqual({ text: 'plain {{ }}\n', replaced: 0 });
  });

  test('an unknown name is an error with file, line and column', () => {
    let error: unknown;
    try {
      renderTemplate('a: 1\nb: x{{ tag "nope" }}\n', 'k8s/a.yaml', images);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).location).toEqual({ file: 'k8s/a.yaml', line: 2, column: 5 });
    expect((error as LockstepError).message).toMatch(/unknown image "nope" \(known: jvm-base, my-service-a\)/);
  });

  test('every unknown name is reported, not only the first', () => {
    let error: unknown;
    try {
      renderTemplate('{{ tag "x" }}\n{{ image "y" }}\n', 'f', images);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepErrors);
    expect((error as LockstepErrors).errors.map(e => e.location.line)).toEqual([1, 2]);
  });
});
