import { parseDependencyBlocks, hasDependencyHeader } from '../../src/core/deps/block.js';
import { extractDependencies, overrideHint } from '../../src/core/deps/extract.js';
import { parsePullRef, resolvePullRef } from '../../src/core/deps/refs.js';
import type { RepoWindow } from '../../src/core/deps/model.js';

const C = '29d4d4d49fe2cecee9dd2cfda11c6004375bcd39';

describe('parsePullRef / resolvePullRef', () => {
  it('reads the four forms and refuses anything else', () => {
    expect(parsePullRef('crois/repo-1#123')).toEqual({ kind: 'full', owner: 'crois', repo: 'repo-1', number: 123 });
    expect(parsePullRef('repo-1#12')).toEqual({ kind: 'short', repo: 'repo-1', number: 12 });
    expect(parsePullRef('#7')).toEqual({ kind: 'self', number: 7 });
    expect(parsePullRef('https://github.com/crois/repo-2/pull/45/files')).toEqual({ kind: 'full', owner: 'crois', repo: 'repo-2', number: 45 });
    for (const bad of ['repo-1', '#0', 'a/b/c#1', 'https://github.com/crois/repo-2/issues/4', '#12; rm -rf /', '12']) expect(parsePullRef(bad)).toBeUndefined();
  });

  it('maps owner/repo to the configured name; repo#N is same owner, or the config name without github', () => {
    const repos = [{ name: 'api', github: 'crois/api-server' }, { name: 'infra', github: 'crois/terraform' }, { name: 'local' }];
    const from = repos[0];
    expect(resolvePullRef(parsePullRef('crois/terraform#3')!, from, repos)?.name).toBe('infra');
    expect(resolvePullRef(parsePullRef('CROIS/Terraform#3')!, from, repos)?.name).toBe('infra');
    expect(resolvePullRef(parsePullRef('terraform#3')!, from, repos)?.name).toBe('infra');
    expect(resolvePullRef(parsePullRef('local#3')!, from, repos)?.name).toBe('local');
    expect(resolvePullRef(parsePullRef('#3')!, from, repos)?.name).toBe('api');
    expect(resolvePullRef(parsePullRef('other/terraform#3')!, from, repos)).toBeUndefined();
  });
});

describe('parseDependencyBlocks', () => {
  it('reads a bare block after prose, with lines of the text itself', () => {
    const text = ['Adds the env var.', '', '# dependency', '- pull: crois/repo-1#123', '  is_compatible: true', '- pull: "#4"', '  is_compatible: false', '', 'More prose.'].join('\n');
    const out = parseDependencyBlocks(text, 'api#5 description');
    expect(out.errors).toEqual([]);
    expect(out.dependencies).toEqual([
      { ref: { kind: 'full', owner: 'crois', repo: 'repo-1', number: 123 }, text: 'crois/repo-1#123', isCompatible: true, line: 4 },
      { ref: { kind: 'self', number: 4 }, text: '#4', isCompatible: false, line: 6 },
    ]);
  });

  it('reads blocks in fences, with the header outside or inside', () => {
    const outside = ['## Dependency', '```yaml', '- pull: repo-1#1', '```'].join('\n');
    const inside = ['text', '```', '# dependency', '- pull: https://github.com/a/b/pull/9', '```', '# dependency', '- pull: b#2'].join('\n');
    expect(parseDependencyBlocks(outside, 'x').dependencies.map(d => [d.text, d.line])).toEqual([['repo-1#1', 3]]);
    expect(parseDependencyBlocks(inside, 'x').dependencies.map(d => [d.text, d.line])).toEqual([
      ['https://github.com/a/b/pull/9', 4],
      ['b#2', 7],
    ]);
  });

  it('treats an empty block (a PR template) as no dependency, and ignores a header in another fence', () => {
    expect(parseDependencyBlocks('# dependency\n\nNone yet.', 'x')).toEqual({ dependencies: [], errors: [], warnings: [] });
    expect(parseDependencyBlocks('```sh\necho hi\n```\nno header', 'x')).toEqual({ dependencies: [], errors: [], warnings: [] });
    expect(hasDependencyHeader('hello\n# Dependency\n')).toBe(true);
    expect(hasDependencyHeader('# dependencies are great, says the text')).toBe(false);
  });

  it('reports every mistake with the PR and the line', () => {
    const text = [
      'intro',
      '# dependency',
      '- pull: repo-1#1',
      '  is_compatable: false',
      '- pull: #12',
      '- pull: not a ref',
      '- is_compatible: true',
      '- pull: a#1',
      '  is_compatible: maybe',
      '- just a string',
    ].join('\n');
    const out = parseDependencyBlocks(text, 'api#5 description');
    expect(out.errors.map(e => [e.location.file, e.location.line, e.message])).toEqual([
      ['api#5 description', 4, 'dependency: unknown key "is_compatable" (expected one of: pull, is_compatible)'],
      ['api#5 description', 5, 'dependency: "pull" is empty (a "#" starts a YAML comment: quote it, pull: "#12")'],
      ['api#5 description', 6, 'dependency: "not a ref" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)'],
      ['api#5 description', 7, 'dependency: missing "pull"'],
      ['api#5 description', 9, 'dependency: "is_compatible" must be true or false'],
      ['api#5 description', 10, 'dependency must be a mapping'],
    ]);
  });

  it('reports bad YAML and a block that is not a list at their lines', () => {
    const bad = parseDependencyBlocks('x\ny\n# dependency\n- pull: [a#1\n', 'r#1 comment 2 by @bob');
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].location).toMatchObject({ file: 'r#1 comment 2 by @bob', line: 4 });
    expect(bad.errors[0].message).toMatch(/^invalid YAML/);
    const map = parseDependencyBlocks('# dependency\n```\npull: a#1\n```', 'r#1 description');
    expect(map.errors.map(e => [e.location.line, e.message])).toEqual([[3, 'dependency block: expected a list of "- pull: owner/repo#N" entries']]);
  });
});

describe('extractDependencies', () => {
  const window = (texts: RepoWindow['changes'][number]['texts']): RepoWindow => ({
    repository: 'api',
    released: C,
    head: C,
    changes: [{ commit: C, pull: 5, author: 'alice', texts }],
  });
  const repos = [{ name: 'api', github: 'crois/api' }, { name: 'infra', github: 'crois/infra' }];

  it('counts blocks by the author and by writers with write access; warns about the others', () => {
    const block = (n: number) => `# dependency\n- pull: infra#${n}`;
    const out = extractDependencies(
      [
        window([
          { kind: 'description', body: block(1), author: 'alice', association: 'CONTRIBUTOR' },
          { kind: 'comment', body: block(2), author: 'alice', association: 'CONTRIBUTOR' },
          { kind: 'comment', body: block(3), author: 'bob', association: 'MEMBER' },
          { kind: 'comment', body: block(4), author: 'carol', association: 'COLLABORATOR' },
          { kind: 'comment', body: block(5), author: 'dave', association: 'OWNER' },
          { kind: 'comment', body: block(6), author: 'mallory', association: 'NONE' },
          { kind: 'comment', body: block(7), author: 'eve', association: 'CONTRIBUTOR' },
        ]),
      ],
      repos,
    );
    expect(out.dependencies.map(d => d.target.number)).toEqual([1, 2, 3, 4, 5]);
    expect(out.dependencies[2].where).toBe('api#5 comment 2 by @bob, line 2');
    expect(out.warnings.map(w => w.message)).toEqual([
      'api#5 comment 5 by @mallory: dependency block ignored: @mallory is neither the PR\'s author nor has write access (NONE)',
      'api#5 comment 6 by @eve: dependency block ignored: @eve is neither the PR\'s author nor has write access (CONTRIBUTOR)',
    ]);
  });

  it('reports a repository that is not in the release config', () => {
    const out = extractDependencies([window([{ kind: 'description', body: 'x\n# dependency\n- pull: crois/unknown#3' }])], repos);
    expect(out.errors.map(e => [e.location, e.message])).toEqual([[{ file: 'api#5 description', line: 3 }, `dependency "crois/unknown#3": repository is not in the release config (${overrideHint('api#5')})`]]);
  });
});

describe('parseDependencyBlocks never crashes', () => {
  it('turns any text into dependencies or located errors', async () => {
    const { default: fc } = await import('fast-check');
    const line = fc.oneof(
      fc.constantFrom('# dependency', '```', '- pull: a#1', '  is_compatible: false', '- pull: #2', 'pull: [', '  - x', '', 'prose', '- pull: https://github.com/o/r/pull/3'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), lines => {
        const text = lines.join('\n');
        const out = parseDependencyBlocks(text, 'r#1 description');
        for (const e of out.errors) {
          expect(e.location.file).toBe('r#1 description');
          expect(e.location.line).toBeGreaterThanOrEqual(1);
          expect(e.location.line).toBeLessThanOrEqual(lines.length + 1);
        }
        for (const d of out.dependencies) expect(lines[d.line - 1]).toContain('pull');
      }),
      { numRuns: 2000 },
    );
  });
});
