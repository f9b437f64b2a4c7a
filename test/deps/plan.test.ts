import fc from 'fast-check';
import { LockstepError } from '../../src/core/errors.js';
import type { DependencyEdge, OutsideState, RepoWindow } from '../../src/core/deps/model.js';
import { greedySteps, orderSteps, planRelease, type Plan, type PlanInput } from '../../src/core/deps/plan.js';
import { nextVersion } from '../../src/core/deps/version.js';
import { overrideHint } from '../../src/core/deps/extract.js';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';

const commitOf = (repo: string, i: number) => `${repo.padEnd(4, 'x').replace(/[^0-9a-f]/g, 'e').slice(0, 4)}${String(i).padStart(36, '0')}`;

/** Windows from a compact spec: { a: [12, 13], b: [7, null] } (null: a commit without a PR). */
function windows(spec: Record<string, Array<number | null>>): RepoWindow[] {
  return Object.entries(spec).map(([repository, pulls], r) => ({
    repository,
    released: `${String(r).padStart(4, 'f')}${'0'.repeat(36)}`,
    head: pulls.length ? commitOf(repository, pulls.length) : `${String(r).padStart(4, 'f')}${'0'.repeat(36)}`,
    changes: pulls.map((pull, i) => ({ commit: commitOf(repository, i + 1), ...(pull === null ? {} : { pull, title: `change ${pull}` }), texts: [] })),
  }));
}

function dep(ws: RepoWindow[], from: string, to: string, isCompatible = true): DependencyEdge {
  const [repo, n] = from.split('#');
  const w = ws.find(x => x.repository === repo)!;
  const [trepo, tn] = to.split('#');
  return { from: { repository: repo, index: w.changes.findIndex(c => c.pull === Number(n)) }, target: { repository: trepo, number: Number(tn) }, isCompatible, where: `${from} description, line 2` };
}

const stepsOf = (ws: RepoWindow[], plan: Plan) =>
  plan.steps.map(s => {
    const w = ws.find(x => x.repository === s.repository)!;
    const i = w.changes.findIndex(c => c.commit === s.commit);
    return `${s.repository}@${i + 1}`;
  });

describe('planRelease', () => {
  it('orders the Crois example: each repository after what it needs', () => {
    const ws = windows({ 'repo-1': [1], 'repo-2': [2], 'repo-3': [3], 'repo-4': [4] });
    const plan = planRelease({
      windows: ws,
      dependencies: [dep(ws, 'repo-2#2', 'repo-1#1'), dep(ws, 'repo-3#3', 'repo-2#2'), dep(ws, 'repo-4#4', 'repo-3#3')],
      outside: new Map(),
    });
    expect(stepsOf(ws, plan)).toEqual(['repo-1@1', 'repo-2@1', 'repo-3@1', 'repo-4@1']);
    expect(plan.held).toEqual([]);
    expect(plan.optimal).toBe(true);
  });

  it('needs two steps of one repository when its PRs straddle another repository', () => {
    const ws = windows({ a: [12, 15], b: [7] });
    const plan = planRelease({ windows: ws, dependencies: [dep(ws, 'b#7', 'a#12'), dep(ws, 'a#15', 'b#7')], outside: new Map() });
    expect(stepsOf(ws, plan)).toEqual(['a@1', 'b@1', 'a@2']);
  });

  it('merges independent repositories into one step each, in config order', () => {
    const ws = windows({ a: [1, 2, 3], b: [4, null], c: [] });
    const plan = planRelease({ windows: ws, dependencies: [], outside: new Map() });
    expect(stepsOf(ws, plan)).toEqual(['a@3', 'b@2']);
    expect(plan.final).toEqual({ a: 3, b: 2, c: 0 });
  });

  it('reports a cycle as a path that includes the merge-order links', () => {
    const ws = windows({ a: [12, 13, 15], b: [5, 7] });
    const input: PlanInput = { windows: ws, dependencies: [dep(ws, 'a#12', 'b#7'), dep(ws, 'b#5', 'a#15')], outside: new Map() };
    let error: LockstepError | undefined;
    try {
      planRelease(input);
    } catch (e) {
      error = e as LockstepError;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect(error!.message).toBe('dependency cycle, no deployment order exists: a#12 needs b#7 → b#7 is after b#5 → b#5 needs a#15 → a#15 is after a#12');
    expect(error!.details).toEqual([
      '  a#12 needs b#7 (a#12 description, line 2)',
      '  b#7 is after b#5 (merged later on the same branch)',
      '  b#5 needs a#15 (b#5 description, line 2)',
      '  a#15 is after a#12 (merged later on the same branch)',
      `  to break it without editing merged text: ${overrideHint('a#12')}`,
    ]);
  });

  it('treats a dependency on a later PR of the same repository as a cycle, on an earlier one as satisfied', () => {
    const ws = windows({ a: [1, 2] });
    expect(() => planRelease({ windows: ws, dependencies: [dep(ws, 'a#1', 'a#2')], outside: new Map() })).toThrow('a#1 needs a#2 → a#2 is after a#1');
    expect(planRelease({ windows: ws, dependencies: [dep(ws, 'a#2', 'a#1')], outside: new Map() }).final).toEqual({ a: 2 });
  });

  it('holds a PR whose dependency is not merged, the later PRs of its repository and what needs them', () => {
    const ws = windows({ a: [1, 2, null, 3], b: [10, 11], c: [20] });
    const outside = new Map<string, OutsideState>([['z#9', { state: 'unmerged', detail: 'open' }], ['b#3', { state: 'released' }]]);
    const plan = planRelease({
      windows: [...ws, ...windows({ z: [] })],
      dependencies: [dep(ws, 'a#2', 'z#9'), dep(ws, 'b#11', 'a#3'), dep(ws, 'c#20', 'b#3'), dep(ws, 'a#1', 'b#3')],
      outside,
    });
    expect(plan.final).toEqual({ a: 1, b: 1, c: 1, z: 0 });
    expect(plan.held.map(h => [h.pull ?? h.commit.slice(0, 4), h.reason])).toEqual([
      [2, 'needs z#9, which is not merged (open)'],
      ['aeee', 'merged after a#2, which is held'],
      [3, 'merged after a@aeee000, which is held'],
      [11, 'needs a#3, which is held'],
    ]);
    expect(() => planRelease({ windows: ws, dependencies: [dep(ws, 'a#2', 'z#9')], outside, onUnmerged: 'fail' })).toThrow('a#2 needs z#9, which is not merged (open)');
  });

  it('fails on a dependency that does not exist', () => {
    const ws = windows({ a: [1] });
    const outside = new Map<string, OutsideState>([['a#99', { state: 'missing', detail: 'acme/a#99 not found' }]]);
    expect(() => planRelease({ windows: ws, dependencies: [dep(ws, 'a#1', 'a#99')], outside })).toThrow('a#1 needs a#99, which does not exist (acme/a#99 not found)');
  });

  it('ships the target of is_compatible: false now and the dependent in the next release', () => {
    const ws = windows({ infra: [1, 2], api: [5] });
    const plan = planRelease({ windows: ws, dependencies: [dep(ws, 'infra#2', 'api#5', false)], outside: new Map() });
    expect(plan.final).toEqual({ infra: 1, api: 1 });
    expect(plan.held).toEqual([expect.objectContaining({ repository: 'infra', pull: 2, reason: 'must ship in a later release than api#5 (is_compatible: false)' })]);
    // Next run: api#5 is released, so infra#2 ships.
    const next = windows({ infra: [2] });
    const after = planRelease({ windows: next, dependencies: [dep(next, 'infra#2', 'api#5', false)], outside: new Map([['api#5', { state: 'released' }]]) });
    expect(after.final).toEqual({ infra: 1 });
  });

  it('falls back to the greedy order past the search budget', () => {
    const ws = windows({ a: [1, 2], b: [3, 4], c: [5] });
    const deps = [dep(ws, 'b#3', 'a#1'), dep(ws, 'a#2', 'b#3'), dep(ws, 'c#5', 'b#4')];
    const exact = planRelease({ windows: ws, dependencies: deps, outside: new Map() });
    const greedy = planRelease({ windows: ws, dependencies: deps, outside: new Map(), budget: 0 });
    expect(exact.optimal).toBe(true);
    expect(greedy.optimal).toBe(false);
    expect(stepsOf(ws, greedy)).toEqual(stepsOf(ws, exact));
  });
});

// ---------------------------------------------------------------------------------------
// Property tests over random histories and dependency graphs, against brute force.

interface Case {
  lens: number[];
  /** pull number of change i of repo r, or null. */
  pulls: Array<Array<number | null>>;
  deps: Array<{ from: [number, number]; to: [number, number]; isCompatible: boolean }>;
  /** outside targets (number beyond the window) and their states. */
  outsideStates: Array<'released' | 'unmerged'>;
}

const NAMES = ['a', 'b', 'c', 'd'];

const caseArb = (opts: { maxDeps: number; outside: boolean; compatible: number }) => fc
  .array(fc.array(fc.boolean(), { maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .chain(shape => {
    const lens = shape.map(s => s.length);
    const pulls = shape.map(s => s.map((hasPr, i) => (hasPr || i % 2 === 0 ? 100 + i : null)));
    const fromArb = fc.integer({ min: 0, max: lens.length - 1 }).chain(r => fc.tuple(fc.constant(r), fc.integer({ min: 0, max: Math.max(0, lens[r] - 1) })));
    // Targets: a window change (index < len) or an outside PR (index = len .. len+1).
    const toArb = fc.integer({ min: 0, max: lens.length - 1 }).chain(r => fc.tuple(fc.constant(r), fc.integer({ min: 0, max: opts.outside ? lens[r] + 1 : Math.max(0, lens[r] - 1) })));
    return fc.record({
      lens: fc.constant(lens),
      pulls: fc.constant(pulls),
      deps: fc.array(fc.record({ from: fromArb, to: toArb, isCompatible: fc.integer({ min: 0, max: 99 }).map(x => x < opts.compatible * 100) }), { maxLength: opts.maxDeps }),
      outsideStates: fc.array(fc.constantFrom<'released' | 'unmerged'>('released', 'unmerged'), { minLength: 2, maxLength: 2 }),
    });
  })
  .map(c => ({ ...c, deps: c.deps.filter(d => c.lens[d.from[0]] > 0 && c.pulls[d.from[0]][d.from[1]] !== null) }) as Case);

/** Acyclic by construction: each change gets a time (increasing within its repository); dependencies point back in time. */
const interleavedArb = fc
  .array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 })
  .chain(times => {
    const sorted = times.map(t => [...t].sort((x, y) => x - y));
    const all = sorted.flatMap((ts, r) => ts.map((t, i) => ({ r, i, t })));
    const pairs = all.flatMap(x => all.filter(y => y.r !== x.r && y.t < x.t).map(y => ({ from: [x.r, x.i] as [number, number], to: [y.r, y.i] as [number, number], isCompatible: true })));
    return fc.record({
      lens: fc.constant(sorted.map(t => t.length)),
      pulls: fc.constant(sorted.map(t => t.map((_, i) => 100 + i))),
      deps: pairs.length ? fc.subarray(pairs, { maxLength: Math.min(8, pairs.length) }) : fc.constant([]),
      outsideStates: fc.constant<Array<'released' | 'unmerged'>>(['released', 'released']),
    });
  }) as fc.Arbitrary<Case>;

function toInput(c: Case): PlanInput {
  const ws: RepoWindow[] = c.lens.map((_, r) => ({
    repository: NAMES[r],
    released: `${String(r).padStart(4, 'f')}${'0'.repeat(36)}`,
    head: '',
    changes: c.pulls[r].map((pull, i) => ({ commit: commitOf(NAMES[r], i + 1), ...(pull === null ? {} : { pull }), texts: [] })),
  }));
  const outside = new Map<string, OutsideState>();
  const deps: DependencyEdge[] = c.deps.map(d => {
    const [tr, ti] = d.to;
    let number: number;
    if (ti < c.lens[tr] && c.pulls[tr][ti] !== null) number = c.pulls[tr][ti]!;
    else {
      // Outside the window (or a commit without a PR): a PR number no window change has.
      number = 900 + ti;
      outside.set(`${NAMES[tr]}#${number}`, c.outsideStates[ti % 2] === 'released' ? { state: 'released' } : { state: 'unmerged', detail: 'open' });
    }
    return { from: { repository: NAMES[d.from[0]], index: d.from[1] }, target: { repository: NAMES[tr], number }, isCompatible: d.isCompatible, where: 'test' };
  });
  return { windows: ws, dependencies: deps, outside };
}

/** In-window dependency edges as (repo, index) pairs, self-edges dropped. */
function windowEdges(input: PlanInput): Array<{ from: [number, number]; to: [number, number]; isCompatible: boolean }> {
  const out: Array<{ from: [number, number]; to: [number, number]; isCompatible: boolean }> = [];
  for (const d of input.dependencies) {
    const r = input.windows.findIndex(w => w.repository === d.from.repository);
    const s = input.windows.findIndex(w => w.repository === d.target.repository);
    const j = input.windows[s].changes.findIndex(c => c.pull === d.target.number);
    if (j < 0 || (r === s && j === d.from.index)) continue;
    out.push({ from: [r, d.from.index], to: [s, j], isCompatible: d.isCompatible });
  }
  return out;
}

/** Whether some step sequence deploys every change with each dependency strictly before its dependent. */
function bruteValid(lens: number[], edges: ReturnType<typeof windowEdges>): boolean {
  if (edges.some(e => e.from[0] === e.to[0] && e.to[1] > e.from[1])) return false;
  return bruteMin(lens, edges) !== undefined;
}

/** Fewest steps (any advance amounts) from 0 to `final`, or undefined when unreachable. */
function bruteMin(final: number[], edges: ReturnType<typeof windowEdges>): number | undefined {
  const start = final.map(() => 0);
  const key = (p: number[]) => p.join(',');
  const dist = new Map([[key(start), 0]]);
  const queue = [start];
  while (queue.length) {
    const pos = queue.shift()!;
    const d = dist.get(key(pos))!;
    if (pos.every((p, r) => p === final[r])) return d;
    for (let r = 0; r < final.length; r++) {
      for (let q = pos[r] + 1; q <= final[r]; q++) {
        const ok = edges.every(e => e.from[0] !== r || e.from[1] < pos[r] || e.from[1] >= q || e.to[0] === r || pos[e.to[0]] > e.to[1]);
        if (!ok) break;
        const next = [...pos];
        next[r] = q;
        if (!dist.has(key(next))) {
          dist.set(key(next), d + 1);
          queue.push(next);
        }
      }
    }
  }
  return undefined;
}

describe('planRelease properties', () => {
  it.each([
    ['sparse graphs with holds', { maxDeps: 6, outside: true, compatible: 0.8 }],
    ['dense graphs inside the window', { maxDeps: 10, outside: false, compatible: 1 }],
    ['interleaved acyclic graphs', undefined],
  ])('%s: a cycle is reported exactly when no valid order exists; otherwise every rule holds', (_name, opts) => {
    fc.assert(
      fc.property(opts ? caseArb(opts) : interleavedArb, c => {
        const input = toInput(c);
        const edges = windowEdges(input);
        const valid = bruteValid(c.lens, edges);
        let plan: Plan;
        try {
          plan = planRelease(input);
        } catch (e) {
          expect((e as Error).message).toMatch(/^dependency cycle/);
          expect(valid).toBe(false);
          return;
        }
        expect(valid).toBe(true);
        const final = input.windows.map(w => plan.final[w.repository]);

        // No merged PR lost: each change is shipped or held, never both, never neither.
        input.windows.forEach((w, r) =>
          w.changes.forEach((_, i) => {
            const isHeld = plan.held.some(h => h.repository === w.repository && h.index === i);
            expect(isHeld).toBe(i >= final[r]);
          }),
        );
        // The first held change of a repository has a reason of its own.
        input.windows.forEach((w, r) => {
          if (final[r] === w.changes.length) return;
          const i = final[r];
          const blocked = input.dependencies.some(d => {
            if (d.from.repository !== w.repository || d.from.index !== i) return false;
            const s = input.windows.findIndex(x => x.repository === d.target.repository);
            const j = input.windows[s].changes.findIndex(x => x.pull === d.target.number);
            if (j < 0) return input.outside.get(`${d.target.repository}#${d.target.number}`)?.state === 'unmerged';
            if (s === r && j === i) return false;
            return !d.isCompatible || j >= final[s];
          });
          expect(blocked).toBe(true);
        });

        // Replay the steps: same-repository order holds, every dependency is deployed first.
        const pos = final.map(() => 0);
        for (const step of plan.steps) {
          const r = input.windows.findIndex(w => w.repository === step.repository);
          const to = input.windows[r].changes.findIndex(c => c.commit === step.commit) + 1;
          expect(to).toBeGreaterThan(pos[r]);
          for (const e of edges) {
            if (e.from[0] !== r || e.from[1] < pos[r] || e.from[1] >= to) continue;
            if (e.to[0] === r) expect(e.to[1]).toBeLessThan(e.from[1]);
            else expect(pos[e.to[0]]).toBeGreaterThan(e.to[1]);
            expect(e.isCompatible).toBe(true);
          }
          pos[r] = to;
        }
        expect(pos).toEqual(final);
        for (let k = 1; k < plan.steps.length; k++) expect(plan.steps[k].repository).not.toBe(plan.steps[k - 1].repository);

        // Fewest steps: the brute-force optimum, never more than greedy.
        const shipped = edges.filter(e => e.from[1] < final[e.from[0]]);
        expect(plan.steps.length).toBe(bruteMin(final, shipped));
        const requires = (r: number, i: number) => shipped.filter(e => e.from[0] === r && e.from[1] === i && e.to[0] !== r).map(e => [e.to[0], e.to[1] + 1] as [number, number]);
        expect(plan.steps.length).toBeLessThanOrEqual(greedySteps(final, requires).length);

        // Past the exact budget (none at all here): beam + neighbourhood search, still valid, between the optimum and greedy.
        const heuristic = orderSteps(final, requires, 0);
        if (heuristic.optimal) expect(heuristic.moves).toEqual([]);
        const at = final.map(() => 0);
        for (const [r, to] of heuristic.moves) {
          expect(to).toBeGreaterThan(at[r]);
          for (let i = at[r]; i < to; i++) for (const [s, p] of requires(r, i)) expect(at[s]).toBeGreaterThanOrEqual(p);
          at[r] = to;
        }
        expect(at).toEqual(final);
        expect(heuristic.moves.length).toBeGreaterThanOrEqual(plan.steps.length);
        expect(heuristic.moves.length).toBeLessThanOrEqual(greedySteps(final, requires).length);
        expect(orderSteps(final, requires, 0)).toEqual(heuristic);

        // Deterministic: the same input gives a byte-identical version file.
        const last = { version: 3, repositories: Object.fromEntries(input.windows.map(w => [w.repository, w.released])), steps: [] };
        const again = planRelease(toInput(c));
        const v1 = nextVersion(last, input.windows, plan);
        const v2 = nextVersion(last, input.windows, again);
        expect(v1 && serializeVersionFile(v1)).toEqual(v2 && serializeVersionFile(v2));
      }),
      { numRuns: 1500 },
    );
  });
});
