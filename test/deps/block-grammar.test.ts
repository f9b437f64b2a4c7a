import { hasDependencyHeader, parseDependencyBlocks } from '../../src/core/deps/block.js';
import { formatPullRef, type PullRef } from '../../src/core/deps/refs.js';

const L = 'api#5 description';
const read = (text: string) => parseDependencyBlocks(text, L);
/** What a block yields, as [text, compatible, line]. */
const deps = (text: string) => {
  const out = read(text);
  expect(out.errors.map(e => e.message)).toEqual([]);
  return out.dependencies.map(d => [d.text, d.isCompatible, d.line]);
};
const errors = (text: string) => read(text).errors.map(e => [e.location.file, e.location.line, e.message]);
const lines = (...ls: string[]) => ls.join('\n');

describe('the marker', () => {
  it('is a line "# dependency", any case, optional spaces, up to 3 spaces of indentation', () => {
    for (const marker of ['# dependency', '#dependency', '# Dependency', '   #   DEPENDENCY  ', '# dependency\t']) {
      expect(deps(lines(marker, '- pull: a#1'))).toEqual([['a#1', true, 2]]);
    }
  });

  it('is not a heading of another level, the plural, a word after it, or indented code', () => {
    for (const text of ['## Dependencies', '## dependency', '# dependencies', '# dependency: see below', 'text # dependency', '    # dependency', '> # dependency']) {
      const out = read(lines(text, '- none'));
      expect([text, out.dependencies, out.errors]).toEqual([text, [], []]);
    }
  });

  it('a PR template section "## Dependencies" with "- none" is text', () => {
    expect(read(lines('## Summary', 'Adds X.', '', '## Dependencies', '- none', '', '## Testing', '- [x] unit tests'))).toEqual({ dependencies: [], errors: [], warnings: [] });
  });

  it('a near miss above "pull:" lines is a warning naming the line, never silently dropped', () => {
    const out = read(lines('intro', '## Dependencies', '- pull: a#1'));
    expect(out.dependencies).toEqual([]);
    expect(out.errors).toEqual([]);
    expect(out.warnings.map(w => w.location)).toEqual([{ file: L, line: 2 }]);
    expect(out.warnings[0].message).toContain('"## Dependencies" is not a dependency marker');
    const bash = read(lines('```bash', '# dependency', '- pull: a#1', '```'));
    expect(bash.warnings[0].message).toContain('inside a "bash" fence');
    expect(read(lines('## Dependencies', 'None.')).warnings).toEqual([]);
  });

  it('in a fence: only one without a language, or yaml / yml (any case), with ``` or ~~~', () => {
    for (const open of ['```', '```yaml', '```yml', '``` YAML', '~~~', '~~~yaml', '````', '```yaml title="deps"']) {
      const close = open.startsWith('~') ? '~~~' : open.startsWith('````') ? '````' : '```';
      expect([open, deps(lines('text', open, '# dependency', '- pull: a#1', close))]).toEqual([open, [['a#1', true, 4]]]);
    }
    for (const open of ['```bash', '```sh', '~~~json', '```text', '```markdown']) {
      const close = open.startsWith('~') ? '~~~' : '```';
      expect([open, read(lines(open, '# dependencies', '# dependency', 'echo hi', close))]).toEqual([open, { dependencies: [], errors: [], warnings: [] }]);
    }
  });

  it('follows CommonMark fences: a shorter or other-character fence does not close, 4 spaces are not a fence, unclosed runs to the end', () => {
    // ```` holds ``` lines: the marker inside the inner "bash" text is still in a bash fence.
    expect(read(lines('````bash', '```', '# dependency', '- pull: a#1', '```', '````')).dependencies).toEqual([]);
    // ~~~ is not closed by ```.
    expect(read(lines('~~~sh', '```', '# dependency', '- pull: a#1', '~~~')).dependencies).toEqual([]);
    // A fence indented 4 spaces is indented code, not a fence: the marker after it is outside.
    expect(deps(lines('    ```bash', '# dependency', '- pull: a#1'))).toEqual([['a#1', true, 3]]);
    // An unclosed bash fence hides everything after it.
    expect(read(lines('```bash', 'echo', '# dependency', '- pull: a#1')).dependencies).toEqual([]);
    // A fence in a list item (indented 2) is a fence; its content loses that indentation.
    expect(deps(lines('- item', '  ```yaml', '  # dependency', '  - pull: a#1', '    is_compatible: false', '  ```'))).toEqual([['a#1', false, 4]]);
  });

  it('HTML comments are not text', () => {
    expect(read(lines('<!--', '# dependency', '- pull: a#1', '-->')).dependencies).toEqual([]);
    expect(deps(lines('# dependency', '<!-- e.g. - pull: owner/repo#N -->', '- pull: a#1'))).toEqual([['a#1', true, 3]]);
    expect(read(lines('# dependency', '<!-- - pull: owner/repo#N -->', '', '## Testing', '- ran it'))).toEqual({ dependencies: [], errors: [], warnings: [] });
  });
});

describe('where a block ends', () => {
  it('bare: at a blank line, a heading, a fence or a prose line at column 0; prose after it is text', () => {
    expect(deps(lines('# dependency', '- pull: a#1', '', 'Thanks for reviewing!', '- [ ] checklist'))).toEqual([['a#1', true, 2]]);
    expect(deps(lines('# dependency', '- pull: a#1', '## Testing', '- ran it'))).toEqual([['a#1', true, 2]]);
    expect(deps(lines('# dependency', '- pull: a#1', '```bash', 'make test', '```'))).toEqual([['a#1', true, 2]]);
    expect(deps(lines('# dependency', '- pull: a#1', '  is_compatible: false', 'Ships after the infra change.'))).toEqual([['a#1', false, 2]]);
    expect(deps(lines('# dependency', 'pull: a#1', 'See the docs.'))).toEqual([['a#1', true, 2]]);
  });

  it('bare: blank lines after the marker are skipped; a fence after them holds the block', () => {
    expect(deps(lines('# dependency', '', '', '- pull: a#1'))).toEqual([['a#1', true, 4]]);
    expect(deps(lines('# dependency', '', '```yaml', '- pull: a#1', '- pull: b#2', '```', 'prose'))).toEqual([
      ['a#1', true, 4],
      ['b#2', true, 5],
    ]);
  });

  it('a blank line inside a bare list is an error at the line it cut off, not a dropped dependency', () => {
    expect(errors(lines('# dependency', '- pull: a#1', '', '- pull: b#2'))).toEqual([
      [L, 4, 'line 4 reads like a dependency, but the blank line 3 ended the dependency block of line 1: remove the blank line, or put the block in a fenced code block'],
    ]);
    // In a fence, blank lines are YAML's.
    expect(deps(lines('```', '# dependency', '- pull: a#1', '', '- pull: b#2', '```'))).toEqual([
      ['a#1', true, 3],
      ['b#2', true, 5],
    ]);
  });

  it('in a fence: up to the closing fence or the next marker', () => {
    expect(deps(lines('```', '# dependency', '- pull: a#1', '# dependency', '- pull: b#2', '```', '# dependency', '- pull: c#3'))).toEqual([
      ['a#1', true, 3],
      ['b#2', true, 5],
      ['c#3', true, 8],
    ]);
  });

  it('nothing after the marker (end, heading, empty fence, comments only) is an empty block, not an error', () => {
    for (const text of ['# dependency', '# dependency\n\n', '# dependency\n## Testing\n- ran it', '# dependency\n```\n```', '```yaml\n# dependency\n# - pull: a#1\n```', '# dependency\n[]']) {
      expect([text, read(text)]).toEqual([text, { dependencies: [], errors: [], warnings: [] }]);
    }
  });

  it('CRLF text has the same lines', () => {
    expect(deps('x\r\n# dependency\r\n- pull: a#1\r\n  is_compatible: false\r\n\r\nprose')).toEqual([['a#1', false, 3]]);
  });
});

describe('what a block holds', () => {
  it('a list, a single mapping, a flow list, a flow mapping', () => {
    expect(deps(lines('# dependency', 'pull: crois/lib#1'))).toEqual([['crois/lib#1', true, 2]]);
    expect(deps(lines('# dependency', 'pull: crois/lib#1', 'is_compatible: false'))).toEqual([['crois/lib#1', false, 2]]);
    expect(deps(lines('# dependency', '[{pull: crois/lib#1}, {pull: b#2, is_compatible: false}]'))).toEqual([
      ['crois/lib#1', true, 2],
      ['b#2', false, 2],
    ]);
    expect(deps(lines('# dependency', '{pull: crois/lib#1}'))).toEqual([['crois/lib#1', true, 2]]);
    expect(deps(lines('# dependency', '- {pull: a#1}', '- {pull: b#2, is_compatible: false}'))).toEqual([
      ['a#1', true, 2],
      ['b#2', false, 3],
    ]);
  });

  it('"pull: #N" unquoted is same-repository PR N, in every form, with a comment after it', () => {
    expect(deps(lines('# dependency', '- pull: #30', '- pull: "#31"', "- pull: '#32'", '- {pull: #33, is_compatible: false}', '- pull: #34 # the infra change', '- pull:   #35', '  is_compatible: false'))).toEqual([
      ['#30', true, 2],
      ['#31', true, 3],
      ['#32', true, 4],
      ['#33', false, 5],
      ['#34', true, 6],
      ['#35', false, 7],
    ]);
    expect(read(lines('# dependency', 'pull: #35')).dependencies.map(d => d.ref)).toEqual([{ kind: 'self', number: 35 }]);
    expect(deps(lines('# dependency', '[{pull: #1}, {pull: #2}]'))).toEqual([
      ['#1', true, 2],
      ['#2', true, 2],
    ]);
  });

  it('every mistake is an error with the PR and the line', () => {
    const text = lines(
      'intro',
      '# dependency',
      '- pull: repo-1#1',
      '  is_compatable: false',
      '- pull: not a ref',
      '- is_compatible: true',
      '- pull: a#1',
      '  is_compatible: maybe',
      '- none',
      '- pull: a#2',
      '  is_compatible: "false"',
      '- pull:',
      '- [a#3]',
    );
    expect(errors(text)).toEqual([
      [L, 4, 'dependency: unknown key "is_compatable" (expected one of: pull, is_compatible)'],
      [L, 5, 'dependency: "not a ref" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)'],
      [L, 6, 'dependency: missing "pull"'],
      [L, 8, 'dependency: "is_compatible" must be true or false'],
      [L, 9, 'dependency: expected "pull: owner/repo#N", found "none"'],
      [L, 11, 'dependency: "is_compatible" must be true or false'],
      [L, 12, 'dependency: "pull" is empty (a "#" after a space starts a YAML comment: quote it, pull: "#12")'],
      [L, 13, 'dependency: expected "pull: owner/repo#N", found a list'],
    ]);
  });

  it('prose, bullets and other fences right after a marker are errors, never an empty block', () => {
    expect(errors(lines('# dependency', 'Depends on a#1'))).toEqual([[L, 2, 'dependency block: expected a list of "- pull: owner/repo#N" entries, found "Depends on a#1"']]);
    expect(errors(lines('# dependency', '', 'None yet.'))).toEqual([[L, 3, 'dependency block: expected a list of "- pull: owner/repo#N" entries, found "None yet."']]);
    expect(errors(lines('# dependency', '* pull: a#1'))).toEqual([[L, 2, 'dependency block: "*" and "+" bullets are Markdown, not YAML: write each dependency as "- pull: owner/repo#N"']]);
    expect(errors(lines('# dependency', '- pull: a#1', '* pull: b#2'))).toEqual([[L, 3, 'dependency block: "*" and "+" bullets are Markdown, not YAML: write each dependency as "- pull: owner/repo#N"']]);
    expect(errors(lines('# dependency', '```json', '[]', '```'))).toEqual([[L, 2, 'the dependency block of line 1 is in a "json" fence: a block\'s fence has no language, or is yaml']]);
    expect(errors(lines('# dependency', 'pul: a#1'))).toEqual([[L, 2, 'dependency: unknown key "pul" (expected one of: pull, is_compatible)']]);
    // Text that YAML cannot read after a list: the parser may name it more than once, always at its line.
    const prose = errors(lines('# dependency', '- pull: a#1', 'Reviewers: please check'));
    expect(prose.length).toBeGreaterThan(0);
    for (const e of prose) expect(e).toEqual([L, 3, expect.stringMatching(/^invalid YAML/)]);
  });

  it('bad YAML is an error at its line', () => {
    const bad = parseDependencyBlocks('x\ny\n# dependency\n- pull: [a#1\n', 'r#1 comment 2 by @bob');
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].location).toMatchObject({ file: 'r#1 comment 2 by @bob', line: 4 });
    expect(bad.errors[0].message).toMatch(/^invalid YAML/);
  });

  it('hasDependencyHeader sees the markers the parser reads, and only those', () => {
    expect(hasDependencyHeader('hello\n# Dependency\n')).toBe(true);
    expect(hasDependencyHeader('```yaml\n# dependency\n```')).toBe(true);
    expect(hasDependencyHeader('## Dependencies\n- none')).toBe(false);
    expect(hasDependencyHeader('```bash\n# dependency\n```')).toBe(false);
    expect(hasDependencyHeader('# dependencies are great, says the text')).toBe(false);
  });
});

describe('properties', () => {
  type Dep = { ref: PullRef; compat?: boolean };
  const refText = (ref: PullRef, url: boolean) => (url && ref.kind === 'full' ? `https://github.com/${ref.owner}/${ref.repo}/pull/${ref.number}` : formatPullRef(ref));
  /** The value of `pull:` in one of the forms a person writes. */
  const pullValue = (ref: PullRef, style: number, url: boolean) => {
    const t = refText(ref, url);
    if (style === 1) return `"${t}"`;
    if (style === 2) return `'${t}'`;
    return t; // plain; "#N" plain is the pre-processed form
  };
  const render = (list: Dep[], form: number, style: number, url: boolean, fence: number, eol: string): string => {
    const entry = (d: Dep, flow: boolean) => {
      const pull = `pull: ${pullValue(d.ref, style, url)}`;
      if (flow) return `{${pull}${d.compat === undefined ? '' : `, is_compatible: ${d.compat}`}}`;
      return d.compat === undefined ? [pull] : [pull, `is_compatible: ${d.compat}`];
    };
    let body: string[];
    if (form === 0 || list.length === 0) body = list.flatMap(d => (entry(d, false) as string[]).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)));
    else if (form === 1) body = [`[${list.map(d => entry(d, true)).join(', ')}]`];
    else if (form === 2) body = list.map(d => `- ${entry(d, true) as string}`);
    else body = list.length === 1 ? (entry(list[0], false) as string[]) : list.flatMap(d => (entry(d, false) as string[]).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)));
    if (list.length === 0) body = ['[]'];
    const fences = ['', '```', '```yaml', '~~~yml'];
    const open = fences[fence];
    const close = open.startsWith('~') ? '~~~' : '```';
    const block = open === '' ? ['# dependency', ...body] : fence % 2 ? [open, '# dependency', ...body, close] : ['# dependency', '', open, ...body, close];
    return ['Reads JOBS_QUEUE_URL.', '', ...block, '', 'Thanks!', '- [x] tests'].join(eol);
  };

  it('any list of dependencies, rendered in any accepted form, reads back the same', async () => {
    const { default: fc } = await import('fast-check');
    const name = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/);
    const num = fc.integer({ min: 1, max: 99999 });
    const ref: import('fast-check').Arbitrary<PullRef> = fc.oneof(
      fc.record({ kind: fc.constant('full' as const), owner: name, repo: name, number: num }),
      fc.record({ kind: fc.constant('short' as const), repo: name, number: num }),
      fc.record({ kind: fc.constant('self' as const), number: num }),
    );
    const dep = fc.record({ ref, compat: fc.option(fc.boolean(), { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.array(dep, { maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('\n', '\r\n'),
        (list, form, style, url, fence, eol) => {
          const text = render(list, form, style, url, fence, eol);
          const out = parseDependencyBlocks(text, L);
          expect(out.errors.map(e => e.message)).toEqual([]);
          expect(out.warnings).toEqual([]);
          expect(out.dependencies.map(d => [d.ref, d.isCompatible])).toEqual(list.map(d => [d.ref, d.compat ?? true]));
          const shown = text.split(/\r?\n/);
          for (const d of out.dependencies) expect(shown[d.line - 1]).toContain('pull');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('turns any text into dependencies or located errors, and never an error outside the text', async () => {
    const { default: fc } = await import('fast-check');
    const line = fc.oneof(
      fc.constantFrom('# dependency', '```', '```bash', '~~~', '- pull: a#1', '  is_compatible: false', '- pull: #2', 'pull: [', '  - x', '', 'prose', '## Dependencies', '<!--', '-->', '* pull: b#1', '- pull: https://github.com/o/r/pull/3'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), ls => {
        const out = parseDependencyBlocks(ls.join('\n'), 'r#1 description');
        for (const e of out.errors) {
          expect(e.location.file).toBe('r#1 description');
          expect(e.location.line).toBeGreaterThanOrEqual(1);
          expect(e.location.line).toBeLessThanOrEqual(ls.length + 1);
        }
        for (const d of out.dependencies) expect(ls[d.line - 1]).toContain('pull');
      }),
      { numRuns: 2000 },
    );
  });
});
