import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { buildManifest, canonicalManifest, manifestTag, TAG_ALGORITHM, type ManifestParts } from '../../src/core/tag/hash.js';
import { diffManifests, formatChange } from '../../src/core/tag/why.js';
import type { FileEntry } from '../../src/core/tag/file-index.js';

const base: Omit<ManifestParts, 'files'> & { files: FileEntry[] } = {
  dockerfileBlob: 'd0',
  files: [
    { path: 'src/b.ts', mode: '100644', oid: 'b1' },
    { path: 'src/a.ts', mode: '100644', oid: 'a1' },
    { path: 'run.sh', mode: '100755', oid: 'r1' },
    { path: 'link', mode: '120000', oid: 'l1' },
  ],
  inputs: [{ path: 'scripts/x.sh', mode: '100644', oid: 'x1' }],
  buildArgs: { B: '2', A: '1' },
  bases: { 'jvm-base': 'aaaa' },
  external: [{ ref: 'eclipse-temurin:21' }],
};
const tag = (parts: Partial<ManifestParts>) => manifestTag(buildManifest({ ...base, ...parts }));

describe('the tag', () => {
  test('is a valid Docker tag, stable for the same inputs, and carries the algorithm version', () => {
    const t = tag({});
    expect(t).toMatch(/^[a-f0-9]{20}$/);
    expect(t).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
    expect(tag({})).toBe(t);
    expect(buildManifest(base).algorithm).toBe(TAG_ALGORITHM);
    expect(canonicalManifest(buildManifest(base))).toContain(TAG_ALGORITHM);
  });

  test('does not depend on the order inputs are listed in (property)', () => {
    const expected = tag({});
    fc.assert(
      fc.property(fc.shuffledSubarray(base.files as never[], { minLength: 4, maxLength: 4 }), fc.shuffledSubarray(Object.entries(base.buildArgs), { minLength: 2, maxLength: 2 }), (files, args) => {
        expect(tag({ files, buildArgs: Object.fromEntries(args) })).toBe(expected);
      }),
    );
  });

  test.each<[string, Partial<ManifestParts>]>([
    ['file content', { files: [...base.files.slice(1), { path: 'src/b.ts', mode: '100644', oid: 'b2' }] }],
    ['exec bit', { files: [...base.files.slice(1), { path: 'src/b.ts', mode: '100755', oid: 'b1' }] }],
    ['file added', { files: [...base.files, { path: 'new', mode: '100644', oid: 'n' }] }],
    ['file removed', { files: base.files.slice(1) }],
    ['file renamed', { files: [...base.files.slice(1), { path: 'src/c.ts', mode: '100644', oid: 'b1' }] }],
    ['dockerfile', { dockerfileBlob: 'd1' }],
    ['input', { inputs: [{ path: 'scripts/x.sh', mode: '100644', oid: 'x2' }] }],
    ['input moved into the context', { inputs: [], files: [...base.files, { path: 'scripts/x.sh', mode: '100644', oid: 'x1' }] }],
    ['build arg value', { buildArgs: { A: '1', B: '3' } }],
    ['build arg added', { buildArgs: { A: '1', B: '2', C: '' } }],
    ['platform', { platform: 'linux/arm64' }],
    ['base tag', { bases: { 'jvm-base': 'bbbb' } }],
    ['external digest', { external: [{ ref: 'eclipse-temurin:21', digest: 'sha256:1' }] }],
    ['external image', { external: [{ ref: 'eclipse-temurin:22' }] }],
  ])('changes with the %s', (_what, parts) => {
    expect(tag(parts)).not.toBe(tag({}));
  });

  test('diffManifests names exactly what changed', () => {
    const before = buildManifest(base);
    const after = buildManifest({
      ...base,
      files: [...base.files.filter(f => f.path !== 'src/b.ts' && f.path !== 'run.sh'), { path: 'src/b.ts', mode: '100755', oid: 'b1' }, { path: 'new', mode: '100644', oid: 'n' }],
      buildArgs: { A: '1', B: '3' },
      bases: { 'jvm-base': 'bbbb' },
    });
    const changes = diffManifests(before, after);
    expect(changes).toEqual([
      { kind: 'file', name: 'new', before: undefined, after: '100644 n' },
      { kind: 'file', name: 'run.sh', before: '100755 r1', after: undefined },
      { kind: 'file', name: 'src/b.ts', before: '100644 b1', after: '100755 b1' },
      { kind: 'build-arg', name: 'B', before: '2', after: '3' },
      { kind: 'base', name: 'jvm-base', before: 'aaaa', after: 'bbbb' },
    ]);
    expect(changes.map(formatChange)).toEqual([
      'file new: added (100644 n)',
      'file run.sh: removed (was 100755 r1)',
      'file src/b.ts: 100644 b1 → 100755 b1',
      'build-arg B: 2 → 3',
      'base jvm-base: aaaa → bbbb',
    ]);
    expect(diffManifests(before, buildManifest(base))).toEqual([]);
  });
});

test('the tag is the sha256 of the canonical serialization, fed in pieces or whole', async () => {
  const { createHash } = await import('node:crypto');
  const many = Array.from({ length: 3000 }, (_, i) => ({ path: `src/f${String(i).padStart(5, '0')}.ts`, mode: '100644', oid: `o${i}` }));
  for (const parts of [base, { ...base, files: [], inputs: [] }, { ...base, files: many, inputs: many.slice(0, 1025) }, { ...base, platform: 'linux/arm64', external: [{ ref: 'x', digest: 'sha256:1' }] }]) {
    const m = buildManifest(parts);
    expect(manifestTag(m)).toBe(createHash('sha256').update(canonicalManifest(m)).digest('hex').slice(0, 20));
  }
});

test('any path, mode or blob text hashes as its canonical JSON: quotes, controls, lone surrogates (property)', async () => {
  const { createHash } = await import('node:crypto');
  // Every UTF-16 unit, lone surrogates included, and the characters JSON escapes, often.
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udfff', 'a', '/', 'é', '\u2028') }));
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(text, text, text), { selector: f => f[0], maxLength: 20 }), files => {
      const m = buildManifest({ ...base, files: files.map(([path, mode, oid]) => ({ path, mode, oid })) });
      expect(manifestTag(m)).toBe(createHash('sha256').update(canonicalManifest(m)).digest('hex').slice(0, 20));
    }),
    { numRuns: 500 },
  );
});
