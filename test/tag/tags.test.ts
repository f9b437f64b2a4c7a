import { describe, expect, test } from '@jest/globals';
import { FileIndex, type FileEntry } from '../../src/core/tag/file-index.js';
import { parseDockerfile, type ParsedDockerfile } from '../../src/core/tag/dockerfile.js';
import { buildImageGraph } from '../../src/core/tag/graph.js';
import { parseImagesConfig } from '../../src/core/tag/images-config.js';
import { checkTree, computeTags, contentNeeded, pathsOfInterest } from '../../src/core/tag/tags.js';
import { manifestTag } from '../../src/core/tag/hash.js';

const config = parseImagesConfig(
  'images:\n  web:\n    context: web\n    inputs: [shared/lib]\n  api:\n    context: api\n    dockerfile: docker/api.Dockerfile\n',
  'images.yaml',
);

describe('contentNeeded', () => {
  const needs = contentNeeded(
    config,
    new Map([
      ['web/Dockerfile.dockerignore', undefined],
      ['web/.dockerignore', 'node_modules\n*.log\n!keep.log\n'],
      ['docker/api.Dockerfile.dockerignore', '**/*.tmp\n'],
      ['api/.dockerignore', 'everything-else-is-ignored-by-the-dockerfile-one\n'],
    ]),
  );
  test.each([
    ['web/src/app.js', true],
    ['web/node_modules/react/index.js', false],
    ['web/debug.log', false],
    ['web/keep.log', true],
    ['web/.dockerignore', true],
    ['shared/lib/a.js', true],
    ['shared/other.js', false],
    ['api/x.tmp', false],
    ['api/everything-else-is-ignored-by-the-dockerfile-one', true],
    ['docker/api.Dockerfile', true],
    ['README.md', false],
  ])('%s → %s', (path, expected) => {
    expect(needs(path)).toBe(expected);
  });
  test.each([
    // Excluded by web's ignore file, and no negation reaches inside: skippable.
    ['web/node_modules', false],
    ['web/node_modules/react', false],
    ['README-folder', false],
    ['shared/other', false],
    // Everything else may hold a needed file.
    ['web', true],
    ['web/src', true],
    ['shared', true],
    ['shared/lib/x', true],
    ['docker', true],
    ['.', true],
    ['api/node_modules', true],
  ])('anyBelow(%s) → %s', (dir, expected) => {
    expect(needs.anyBelow(dir)).toBe(expected);
  });
  test('a negation reaching inside an excluded folder keeps it walked', () => {
    const reinclude = contentNeeded(config, new Map([['web/.dockerignore', 'node_modules\n!node_modules/keep/**\n']]));
    expect(reinclude.anyBelow('web/node_modules')).toBe(true);
    expect(reinclude.anyBelow('web/node_modules/other')).toBe(false);
    expect(reinclude('web/node_modules/keep/a.js')).toBe(true);
  });
});

describe('pathsOfInterest and checkTree', () => {
  test('contexts, Dockerfiles, ignore files and inputs', () => {
    expect(pathsOfInterest(config).sort()).toEqual(
      ['web', 'web/Dockerfile', 'web/Dockerfile.dockerignore', 'web/.dockerignore', 'shared/lib', 'api', 'docker/api.Dockerfile', 'docker/api.Dockerfile.dockerignore', 'api/.dockerignore'].sort(),
    );
  });
  test('a missing input names its line', () => {
    const index = new FileIndex([{ path: 'web/Dockerfile', mode: '100644', oid: 'a' }, { path: 'api/x', mode: '100644', oid: 'b' }]);
    expect(() => checkTree(config, index)).toThrow(expect.objectContaining({ location: { file: 'images.yaml', line: 4 } }));
  });
});

describe('computeTags', () => {
  const files: FileEntry[] = [
    { path: 'web/Dockerfile', mode: '100644', oid: 'w1' },
    { path: 'web/app.js', mode: '100644', oid: 'w2' },
    { path: 'shared/lib/a.js', mode: '100644', oid: 's1' },
    { path: 'api/main.go', mode: '100644', oid: 'a1' },
    { path: 'docker/api.Dockerfile', mode: '100644', oid: 'd1' },
  ];
  const dockerfiles = new Map<string, ParsedDockerfile>([
    ['web', parseDockerfile('FROM api\n', 'web/Dockerfile')],
    ['api', parseDockerfile('FROM golang:1.23\n', 'docker/api.Dockerfile')],
  ]);
  const graph = buildImageGraph(config, dockerfiles);

  test('bases first, the base tag folded in, references without a registry', () => {
    const tags = computeTags({ config, graph, index: new FileIndex(files), texts: new Map() });
    expect(tags.map(t => t.name)).toEqual(['api', 'web']);
    expect(tags[1].manifest.bases).toEqual([['api', tags[0].tag]]);
    expect(tags[1].image).toBe(`web:${tags[1].tag}`);
    expect(tags[1].manifest.inputs).toEqual([['shared/lib/a.js', '100644', 's1']]);
    expect(tags[0].manifest.external).toEqual([['golang:1.23', null]]);
    const withDigest = computeTags({ config, graph, index: new FileIndex(files), texts: new Map(), digests: new Map([['golang:1.23', 'sha256:ab']]) });
    expect(withDigest[0].manifest.external).toEqual([['golang:1.23', 'sha256:ab']]);
    expect(withDigest[1].tag).not.toBe(tags[1].tag);
  });

  test('the tag hashed straight from the index is the tag of the manifest it reports', () => {
    const odd = ['web/"quoted".js', 'web/back\\slash', 'web/new\nline', 'web/ünï😀code', 'web/tmp/x.log', 'web/tmp/keep.log', 'web/a b'];
    const many = Array.from({ length: 2500 }, (_, i) => `web/src/m${String(i).padStart(4, '0')}.js`);
    const index = new FileIndex([...files, ...[...odd, ...many].map((path, i) => ({ path, mode: i % 3 ? '100644' : '100755', oid: `b${i}` }))]);
    const texts = new Map([['web/.dockerignore', 'tmp\n!tmp/keep.log\n']]);
    const withIgnore = new FileIndex([...index.entries(), { path: 'web/.dockerignore', mode: '100644', oid: 'i1' }]);
    for (const tags of [computeTags({ config, graph, index, texts: new Map() }), computeTags({ config, graph, index: withIgnore, texts })]) {
      for (const t of tags) expect(manifestTag(t.manifest)).toBe(t.tag);
    }
    const web = computeTags({ config, graph, index: withIgnore, texts })[1].manifest.files.map(f => f[0]);
    expect(web).toContain('tmp/keep.log');
    expect(web).not.toContain('tmp/x.log');
    expect(web).toContain('new\nline');
    expect(web).toHaveLength(files.filter(f => f.path.startsWith('web/')).length + odd.length - 1 + many.length + 1);
  });

  test('with tags from an index this one was made from, only images with changed paths (or changed bases) are hashed again', () => {
    const index = new FileIndex(files);
    const first = computeTags({ config, graph, index, texts: new Map() });
    const fresh = (i: FileIndex) => computeTags({ config, graph, index: i, texts: new Map() });
    // api/ changes: api is hashed again, and web, built on api, with it.
    const apiEdit = index.withChanges(new Map([['api/main.go', { path: 'api/main.go', mode: '100644', oid: 'a2' }]]));
    const again = computeTags({ config, graph, index: apiEdit, texts: new Map(), previous: { index, images: first } });
    expect(again.map(t => t.tag)).toEqual(fresh(apiEdit).map(t => t.tag));
    expect(again.map(t => t.tag === first.find(f => f.name === t.name)!.tag)).toEqual([false, false]);
    // Only web's input changes: api keeps its very result, web is hashed again.
    const inputEdit = index.withChanges(new Map([['shared/lib/b.js', { path: 'shared/lib/b.js', mode: '100644', oid: 's2' }]]));
    const partial = computeTags({ config, graph, index: inputEdit, texts: new Map(), previous: { index, images: first } });
    expect(partial[0]).toBe(first[0]);
    expect(partial[1]).not.toBe(first[1]);
    expect(partial.map(t => t.tag)).toEqual(fresh(inputEdit).map(t => t.tag));
    // A change outside every image: everything kept. An index not made from the previous one: nothing kept.
    const elsewhere = index.withChanges(new Map([['docs/x.md', { path: 'docs/x.md', mode: '100644', oid: 'x' }]]));
    computeTags({ config, graph, index: elsewhere, texts: new Map(), previous: { index, images: first } }).forEach((t, i) => expect(t).toBe(first[i]));
    // Some images done before from this very index: those are kept, the rest computed.
    const rest = computeTags({ config, graph, index, texts: new Map(), previous: { index, images: first.slice(0, 1) } });
    expect(rest[0]).toBe(first[0]);
    expect(rest[1]).not.toBe(first[1]);
    expect(rest.map(t => t.tag)).toEqual(first.map(t => t.tag));
    const unrelated = new FileIndex(files);
    const all = computeTags({ config, graph, index: unrelated, texts: new Map(), previous: { index, images: first } });
    expect(all[0]).not.toBe(first[0]);
    expect(all.map(t => t.tag)).toEqual(first.map(t => t.tag));
  });

  test('a file selected but never read is a bug, not a silent tag', () => {
    const unread = files.map(f => (f.path === 'web/app.js' ? { ...f, oid: '' } : f));
    expect(() => computeTags({ config, graph, index: new FileIndex(unread), texts: new Map() })).toThrow(/never read/);
  });
});
