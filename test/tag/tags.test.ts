import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { FileIndex, GIT_MODES, type FileEntry } from '../../src/core/tag/file-index.js';
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
    // Also when it comes in with a change to a tree tagged before (the splice of the changed files).
    const index = new FileIndex(files);
    const first = computeTags({ config, graph, index, texts: new Map() });
    const edit = index.withChanges(new Map([['web/new.js', { path: 'web/new.js', mode: '100644', oid: '' }]]));
    expect(() => computeTags({ config, graph, index: edit, texts: new Map(), previous: { index, images: first } })).toThrow(/never read/);
  });

  /** An index as git's listing gives it: one text, and that text's bytes when it is ASCII (`FileColumns.bytes`). */
  const asListed = (entries: FileEntry[]): FileIndex => {
    const sorted = new FileIndex(entries).entries();
    let text = '';
    const at = (s: string) => [text.length, (text += s).length];
    const rows = sorted.map(e => [...at(e.oid), ...at(e.path)]);
    const column = (k: number) => Int32Array.from(rows.map(r => r[k]));
    const ascii = Buffer.byteLength(text) === text.length;
    return FileIndex.fromColumns(
      {
        text,
        bytes: ascii ? Buffer.from(text, 'latin1') : undefined,
        count: sorted.length,
        oidStart: column(0),
        oidEnd: column(1),
        pathStart: column(2),
        pathEnd: column(3),
        modeCode: Uint8Array.from(sorted.map(e => GIT_MODES.indexOf(e.mode))),
        modes: GIT_MODES,
      },
      true,
    );
  };

  test('tags from a listing\'s bytes, and from a few changes spliced into what an earlier pass kept, are those of every file read again (property)', () => {
    // Names JSON escapes or that are not ASCII, names the ignore rules below match, folders.
    const name = fc.constantFrom('a', 'b.md', 'tmp', 'keep.txt', '__pycache__', 'x"y', 'back\\slash', 'new\nline', 'tab\tx', 'é', 'z');
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map(parts => parts.join('/'));
    const where = fc.constantFrom('web/', 'web/src/', 'api/', 'shared/lib/', 'docs/');
    const entry = fc.record({ path: fc.tuple(where, path).map(([w, p]) => w + p), mode: fc.constantFrom('100644', '100755', '120000'), oid: fc.constantFrom('o1', 'o2', 'o3') });
    const ignore = fc.constantFrom(undefined, '**/*.md\ntmp/\n!tmp/keep.txt\n**/__pycache__\n', '*\n!src\n', 'src/**/a\n');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(fc.tuple(entry, fc.boolean()), { maxLength: 8 }), ignore, fc.boolean(), (tree, edits, ignoreText, ascii) => {
        const entries = [...files, ...tree];
        const texts = new Map<string, string>();
        if (ignoreText !== undefined) {
          entries.push({ path: 'web/.dockerignore', mode: '100644', oid: 'i1' });
          texts.set('web/.dockerignore', ignoreText);
        }
        const base = ascii ? asListed(entries.filter(e => Buffer.byteLength(e.path) === e.path.length)) : new FileIndex(entries);
        if (!base.exists('web') || !base.exists('api') || !base.get('web/Dockerfile') || !base.get('docker/api.Dockerfile')) return;
        // Edits: a new or changed file, or (false) the removal of that path; never of the Dockerfiles.
        const changes = new Map<string, FileEntry | null>(edits.filter(([e]) => !e.path.endsWith('Dockerfile')).map(([e, keep]) => [e.path, keep ? e : null]));
        const changed = base.withChanges(changes);
        if (!changed.exists('web') || !changed.exists('api')) return;
        const first = computeTags({ config, graph, index: base, texts });
        for (const t of first) expect(t.tag).toBe(manifestTag(t.manifest));
        const again = computeTags({ config, graph, index: changed, texts, previous: { index: base, images: first } });
        const fresh = computeTags({ config, graph, index: new FileIndex(changed.entries()), texts });
        expect(again.map(t => t.tag)).toEqual(fresh.map(t => t.tag));
        for (const t of again) expect(t.tag).toBe(manifestTag(t.manifest));
      }),
      { numRuns: 400 },
    );
  });
});
