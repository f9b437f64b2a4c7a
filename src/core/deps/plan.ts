import { LockstepError, LockstepErrors } from '../errors.js';
import type { Step } from '../versions/version-file.js';
import { pullKey, type DependencyEdge, type OutsideState, type RepoWindow } from './model.js';

export type OnUnmerged = 'hold' | 'fail';

export interface PlanInput {
  /** One window per configured repository, in config order (ties are broken by this order). */
  windows: readonly RepoWindow[];
  dependencies: readonly DependencyEdge[];
  /** Targets outside every window, keyed `repo#N`. */
  outside: ReadonlyMap<string, OutsideState>;
  onUnmerged?: OnUnmerged;
  /** States the exact search may visit before falling back to the greedy order. */
  budget?: number;
}

export interface HeldChange {
  repository: string;
  index: number;
  commit: string;
  pull?: number;
  reason: string;
}

/** A dependency between two changes of this release, for the graph drawing. */
export interface GraphEdge {
  from: { repository: string; index: number };
  to: { repository: string; index: number };
  isCompatible: boolean;
}

export interface Plan {
  /** Per repository (config order): how many of its window's changes ship now. */
  final: Record<string, number>;
  steps: Step[];
  held: HeldChange[];
  edges: GraphEdge[];
  /** False when the search ran out of budget and the greedy order was used. */
  optimal: boolean;
}

interface Node {
  repo: number;
  index: number;
  label: string;
}

interface Link {
  to: number;
  kind: 'needs' | 'after';
  where?: string;
}

/**
 * From the changes of every repository and their dependencies to the steps of the next
 * release: rejects cycles, holds back what cannot ship yet, and orders the rest in as few
 * steps as the search finds (exact within a budget).
 */
export function planRelease(input: PlanInput): Plan {
  const { windows } = input;
  const onUnmerged = input.onUnmerged ?? 'hold';
  const repoIndex = new Map(windows.map((w, i) => [w.repository, i]));
  const offset: number[] = [];
  const nodes: Node[] = [];
  const byPull = new Map<string, number>();
  const byCommit = new Map<string, number>();
  windows.forEach((w, r) => {
    offset.push(nodes.length);
    w.changes.forEach((c, index) => {
      const id = nodes.length;
      nodes.push({ repo: r, index, label: c.pull !== undefined ? `${w.repository}#${c.pull}` : `${w.repository}@${c.commit.slice(0, 7)}` });
      if (c.pull !== undefined && !byPull.has(`${w.repository}#${c.pull}`)) byPull.set(`${w.repository}#${c.pull}`, id);
      byCommit.set(`${w.repository}@${c.commit}`, id);
    });
  });
  const nodeOf = (repository: string, index: number): number => {
    const r = repoIndex.get(repository);
    if (r === undefined || index < 0 || index >= windows[r].changes.length) throw new Error(`no change ${repository}[${index}]`);
    return offset[r] + index;
  };

  const links: Link[][] = nodes.map(() => []);
  const direct: Array<string | undefined> = nodes.map(() => undefined);
  const errors: LockstepError[] = [];
  const edges: GraphEdge[] = [];
  for (const dep of input.dependencies) {
    const from = nodeOf(dep.from.repository, dep.from.index);
    const key = pullKey(dep.target);
    const state = byPull.has(key) ? undefined : (input.outside.get(key) ?? { state: 'missing', detail: 'it was not looked up' });
    const to = state?.state === 'carried' ? byCommit.get(`${dep.target.repository}@${state.commit}`) : byPull.get(key);
    if (state?.state === 'carried' && to === undefined) throw new Error(`${key} is carried by ${state.commit}, which no window holds`);
    if (to !== undefined) {
      if (to === from) continue;
      links[from].push({ to, kind: 'needs', where: dep.where });
      edges.push({ from: dep.from, to: { repository: dep.target.repository, index: nodes[to].index }, isCompatible: dep.isCompatible });
      if (!dep.isCompatible) direct[from] ??= `must ship in a later release than ${key} (is_compatible: false)`;
      continue;
    }
    if (!state || state.state === 'released') continue;
    if (state.state === 'missing') {
      errors.push(new LockstepError(`${nodes[from].label} needs ${key}, which does not exist (${state.detail})`, dep.location ?? {}));
    } else if (onUnmerged === 'fail') {
      errors.push(new LockstepError(`${nodes[from].label} needs ${key}, which is not merged (${state.detail}); on-unmerged is fail`, dep.location ?? {}));
    } else {
      direct[from] ??= `needs ${key}, which is not merged (${state.detail})`;
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LockstepErrors(errors);
  nodes.forEach((n, id) => {
    if (n.index > 0) links[id].push({ to: id - 1, kind: 'after' });
  });

  const cycle = findCycle(links);
  if (cycle) throw cycleError(cycle, nodes);

  const held = propagateHolds(nodes, links, direct);
  const final: number[] = windows.map((w, r) => {
    for (let i = 0; i < w.changes.length; i++) if (held[offset[r] + i] !== undefined) return i;
    return w.changes.length;
  });

  // Cross-repository needs of each shipped change, as (repository, position it requires).
  const requires: Array<Array<[number, number]>> = nodes.map((n, id) =>
    links[id].filter(l => l.kind === 'needs' && nodes[l.to].repo !== n.repo).map(l => [nodes[l.to].repo, nodes[l.to].index + 1] as [number, number]),
  );
  const search = orderSteps(final, (r, i) => requires[offset[r] + i], input.budget ?? 20_000);
  const steps: Step[] = [];
  for (const [r, to] of search.moves) {
    const commit = to === 0 ? windows[r].released : windows[r].changes[to - 1].commit;
    const last = steps[steps.length - 1];
    if (last && last.repository === windows[r].repository) last.commit = commit;
    else steps.push({ repository: windows[r].repository, commit });
  }

  const heldList: HeldChange[] = [];
  nodes.forEach((n, id) => {
    const reason = held[id];
    if (reason === undefined) return;
    const change = windows[n.repo].changes[n.index];
    const h: HeldChange = { repository: windows[n.repo].repository, index: n.index, commit: change.commit, reason };
    if (change.pull !== undefined) h.pull = change.pull;
    heldList.push(h);
  });
  return {
    final: Object.fromEntries(windows.map((w, r) => [w.repository, final[r]])),
    steps,
    held: heldList,
    edges,
    optimal: search.optimal,
  };
}

/** Held changes and why: direct holds, then every later change of their repository and every change that needs a held one. */
function propagateHolds(nodes: Node[], links: Link[][], direct: Array<string | undefined>): Array<string | undefined> {
  const held = [...direct];
  const dependents: number[][] = nodes.map(() => []);
  links.forEach((ls, from) => ls.forEach(l => l.kind === 'needs' && dependents[l.to].push(from)));
  const queue = held.flatMap((reason, id) => (reason === undefined ? [] : [id]));
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q];
    const next: Array<[number, string]> = dependents[id].map(d => [d, `needs ${nodes[id].label}, which is held`]);
    if (id + 1 < nodes.length && nodes[id + 1].repo === nodes[id].repo) next.push([id + 1, `merged after ${nodes[id].label}, which is held`]);
    for (const [n, reason] of next) {
      if (held[n] !== undefined) continue;
      held[n] = reason;
      queue.push(n);
    }
  }
  return held;
}

/** A cycle as the list of links that close it, or undefined. Iterative DFS in node order: deterministic. */
function findCycle(links: Link[][]): Array<{ from: number; link: Link }> | undefined {
  const color = new Uint8Array(links.length);
  for (let root = 0; root < links.length; root++) {
    if (color[root]) continue;
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    color[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next >= links[top.node].length) {
        color[top.node] = 2;
        stack.pop();
        continue;
      }
      const link = links[top.node][top.next++];
      if (color[link.to] === 1) {
        const at = stack.findIndex(f => f.node === link.to);
        const path = stack.slice(at).map((f, i, all) => ({ from: f.node, link: i + 1 < all.length ? links[f.node][f.next - 1] : link }));
        return path;
      }
      if (color[link.to] === 0) {
        color[link.to] = 1;
        stack.push({ node: link.to, next: 0 });
      }
    }
  }
  return undefined;
}

function cycleError(cycle: Array<{ from: number; link: Link }>, nodes: Node[]): LockstepError {
  // Start at a "needs" link (a cycle always has one: merge order alone only points back in time).
  const start = Math.max(0, cycle.findIndex(c => c.link.kind === 'needs'));
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
  const merged: Array<{ from: number; to: number; kind: Link['kind']; where?: string }> = [];
  for (const { from, link } of rotated) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'after' && link.kind === 'after') last.to = link.to;
    else merged.push({ from, to: link.to, kind: link.kind, where: link.where });
  }
  const text = (m: (typeof merged)[number]) => `${nodes[m.from].label} ${m.kind === 'needs' ? 'needs' : 'is after'} ${nodes[m.to].label}`;
  const path = merged.map(text).join(' → ');
  const details = merged.map(m => `  ${text(m)}${m.kind === 'needs' ? ` (${m.where})` : ' (merged later on the same branch)'}`);
  return new LockstepError(`dependency cycle, no deployment order exists: ${path}`, {}, details);
}

/** A step: repository index and the position (changes deployed) it moves to. */
export type Move = [repo: number, to: number];

/**
 * Orders the steps: each step advances one repository as far as its pending dependencies
 * allow (advancing further never hurts a later step). The greedy order gives an upper
 * bound; A* over per-repository positions, with "repositories not yet at their final
 * position" as the (admissible) heuristic, then looks for anything shorter. When the search
 * space is exhausted below the bound the greedy order is proven optimal; past `budget`
 * states the greedy order is used as it is.
 */
export function orderSteps(
  final: readonly number[],
  requires: (repo: number, index: number) => ReadonlyArray<readonly [number, number]>,
  budget: number,
): { moves: Move[]; optimal: boolean } {
  const greedy = greedySteps(final, requires);
  const exact = searchSteps(final, requires, budget, greedy.length);
  if (exact === 'budget') return { moves: greedy, optimal: false };
  return { moves: exact === 'none' ? greedy : exact, optimal: true };
}

/** How far repository `r` can advance from `pos` (its own position included) without leaving a need behind. */
export function reach(pos: readonly number[], r: number, final: readonly number[], requires: (repo: number, index: number) => ReadonlyArray<readonly [number, number]>): number {
  let k = pos[r];
  while (k < final[r] && requires(r, k).every(([s, p]) => pos[s] >= p)) k++;
  return k;
}

/**
 * The fewest steps, if fewer than `bound` exist: the moves, 'none' when no order is shorter
 * than `bound`, 'budget' when the search gave up first.
 */
export function searchSteps(
  final: readonly number[],
  requires: (repo: number, index: number) => ReadonlyArray<readonly [number, number]>,
  budget: number,
  bound = Infinity,
): Move[] | 'none' | 'budget' {
  const n = final.length;
  const start = final.map(() => 0);
  const h = (pos: readonly number[]) => pos.reduce((acc, p, r) => acc + (p < final[r] ? 1 : 0), 0);
  type Entry = { pos: number[]; g: number; h: number; f: number; seq: number; parent?: Entry; move?: Move };
  const heap = new MinHeap<Entry>((a, b) => a.f - b.f || b.g - a.g || a.seq - b.seq);
  const best = new Map<string, number>();
  let seq = 0;
  heap.push({ pos: start, g: 0, h: h(start), f: h(start), seq: seq++ });
  best.set(start.join(','), 0);
  let expanded = 0;
  while (heap.size) {
    const e = heap.pop()!;
    if (best.get(e.pos.join(','))! < e.g) continue;
    if (e.h === 0) {
      const moves: Move[] = [];
      for (let x: Entry | undefined = e; x?.move; x = x.parent) moves.push(x.move);
      return moves.reverse();
    }
    if (++expanded > budget) return 'budget';
    for (let r = 0; r < n; r++) {
      const to = reach(e.pos, r, final, requires);
      if (to === e.pos[r]) continue;
      const pos = [...e.pos];
      pos[r] = to;
      const g = e.g + 1;
      const hh = e.h - (to === final[r] ? 1 : 0);
      if (g + hh >= bound) continue;
      const key = pos.join(',');
      if ((best.get(key) ?? Infinity) <= g) continue;
      best.set(key, g);
      heap.push({ pos, g, h: hh, f: g + hh, seq: seq++, parent: e, move: [r, to] });
    }
  }
  return 'none';
}

/** Advances, each time, the repository whose move lets the most others advance (ties: config order). */
export function greedySteps(final: readonly number[], requires: (repo: number, index: number) => ReadonlyArray<readonly [number, number]>): Move[] {
  const pos = final.map(() => 0);
  const moves: Move[] = [];
  while (pos.some((p, r) => p < final[r])) {
    let bestRepo = -1;
    let bestTo = 0;
    let bestScore = -1;
    for (let r = 0; r < final.length; r++) {
      const to = reach(pos, r, final, requires);
      if (to === pos[r]) continue;
      const after = [...pos];
      after[r] = to;
      let score = 0;
      for (let s = 0; s < final.length; s++) if (s !== r && reach(after, s, final, requires) > reach(pos, s, final, requires)) score++;
      if (score > bestScore) [bestRepo, bestTo, bestScore] = [r, to, score];
    }
    if (bestRepo < 0) throw new Error('no deployment order found for an acyclic graph');
    pos[bestRepo] = bestTo;
    moves.push([bestRepo, bestTo]);
  }
  return moves;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (this.less(a[i], a[p]) >= 0) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
