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

// The grammar's cases are in block-grammar.test.ts.

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
