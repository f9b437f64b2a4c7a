import type { RepoWindow } from '../../src/core/deps/model.js';
import { planRelease } from '../../src/core/deps/plan.js';
import { mermaidGraph, planText, summaryMarkdown } from '../../src/core/deps/render.js';
import { bootstrapVersion, nextVersion } from '../../src/core/deps/version.js';
import { parseVersionFile, serializeVersionFile, type VersionFile } from '../../src/core/versions/version-file.js';

const c = (n: number) => n.toString(16).padStart(40, '0');

const windows: RepoWindow[] = [
  { repository: 'infra', released: c(1), head: c(11), changes: [{ commit: c(10), pull: 7, title: 'Add "env" var', texts: [] }, { commit: c(11), title: 'push', texts: [] }] },
  { repository: 'api', released: c(2), head: c(21), changes: [{ commit: c(20), pull: 12, title: 'Use env', texts: [] }, { commit: c(21), pull: 13, texts: [] }] },
  { repository: 'web', released: c(3), head: c(3), changes: [] },
];
const last: VersionFile = { version: 4, repositories: { infra: c(1), api: c(2), web: c(3) }, steps: [] };
const plan = planRelease({
  windows,
  dependencies: [
    { from: { repository: 'api', index: 0 }, target: { repository: 'infra', number: 7 }, isCompatible: true, where: 'x' },
    { from: { repository: 'api', index: 1 }, target: { repository: 'infra', number: 7 }, isCompatible: false, where: 'x' },
  ],
  outside: new Map(),
});

describe('nextVersion', () => {
  it('names every repository, steps only for those that move, delivered and held PRs', () => {
    const v = nextVersion(last, windows, plan)!;
    expect(v).toEqual({
      version: 5,
      previous: 4,
      repositories: { infra: c(11), api: c(20), web: c(3) },
      steps: [
        { repository: 'infra', commit: c(11) },
        { repository: 'api', commit: c(20) },
      ],
      pulls: { infra: [{ number: 7, title: 'Add "env" var' }], api: [{ number: 12, title: 'Use env' }] },
      held: [{ repository: 'api', number: 13, reason: 'must ship in a later release than infra#7 (is_compatible: false)' }],
    });
    // The written file reads back as the same version.
    expect(parseVersionFile(serializeVersionFile(v), '5.yaml', 5)).toEqual(v);
  });

  it('is undefined when nothing moves, and pins repositories new to the config first', () => {
    const idle = planRelease({ windows: [windows[2]], dependencies: [], outside: new Map() });
    expect(nextVersion(last, [windows[2]], idle)).toBeUndefined();
    const v = nextVersion(last, [windows[2]], idle, [{ repository: 'lambda', head: c(99) }])!;
    expect(v.repositories).toEqual({ web: c(3), lambda: c(99) });
    expect(v.steps).toEqual([{ repository: 'lambda', commit: c(99) }]);
  });

  it('bootstraps version 1 in config order', () => {
    expect(bootstrapVersion([{ repository: 'b', head: c(2) }, { repository: 'a', head: c(1) }])).toEqual({
      version: 1,
      repositories: { b: c(2), a: c(1) },
      steps: [
        { repository: 'b', commit: c(2) },
        { repository: 'a', commit: c(1) },
      ],
    });
  });
});

describe('render', () => {
  it('draws the dependencies in deployment order, marking incompatible edges and held PRs', () => {
    expect(mermaidGraph(windows, plan)).toBe(
      [
        'graph LR',
        '  subgraph r0["infra"]',
        `    n0["#7 Add 'env' var"]`,
        '  end',
        '  subgraph r1["api"]',
        '    n1["#12 Use env"]',
        '    n2["#13"]',
        '  end',
        '  n0 --> n1',
        '  n0 -. "is_compatible: false" .-> n2',
        '  classDef held stroke-dasharray: 5 5,opacity:0.6',
        '  class n2 held',
      ].join('\n'),
    );
    expect(mermaidGraph(windows, { ...plan, edges: [] })).toBeUndefined();
  });

  it('prints the plan and a summary with escaped table cells', () => {
    const v = nextVersion(last, windows, plan)!;
    const held = [{ repository: 'api', number: 13, reason: 'a | b' }];
    expect(planText(v.steps, held)).toEqual([`  1. infra → ${c(11)}`, `  2. api → ${c(20)}`, 'held back:', '  api#13: a | b']);
    const md = summaryMarkdown(5, v.steps, held, windows, plan);
    expect(md).toContain('## resolve-deps: version 5');
    expect(md).toContain('| api#13 | a \\| b |');
    expect(md).toContain('```mermaid\ngraph LR');
    expect(summaryMarkdown(undefined, [], [], windows, { ...plan, edges: [] })).toBe('## resolve-deps: nothing to release');
    const crowded = summaryMarkdown(5, v.steps, [], windows, { ...plan, edges: Array.from({ length: 301 }, () => plan.edges[0]) });
    expect(crowded).toContain('301 dependencies: too many to draw');
    expect(crowded).not.toContain('```mermaid');
  });
});
