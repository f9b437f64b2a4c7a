import { LockstepError, LockstepErrors } from '../errors.js';
import type { Step } from '../versions/version-file.js';
import { overrideHint } from './extract.js';
import { pullKey, type DependencyEdge, type OutsideState, type RepoWindow } from './model.js';

export type OnUnmerged = 'hold' | 'fail';

export interface PlanInput {
  /** One window per configured repository, in config order (ties are broken by this order). */
  windows: readonly RepoWindow[];
  dependencies: readonly DependencyEdge[];
  /** Targets outside every window, keyed `repo#N`. */
  outside: ReadonlyMap<string, OutsideState>;
  onUnmerged?: OnUnmerged;
  /** States the exact search may visit before the beam / neighbourhood search takes over. */
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
  /** False when the exact search ran out of budget and the beam / neighbourhood search chose the order. */
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
      errors.push(new LockstepError(`${nodes[from].label} needs ${key}, which does not exist (${state.detail}); ${overrideHint(nodes[from].label)}`, dep.location ?? {}));
    } else if (onUnmerged === 'fail') {
      errors.push(new LockstepError(`${nodes[from].label} needs ${key}, which is not merged (${state.detail}); on-unmerged is fail; ${overrideHint(nodes[from].label)}`, dep.location ?? {}));
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
  const first = merged.find(m => m.kind === 'needs');
  if (first) details.push(`  to break it without editing merged text: ${overrideHint(nodes[first.from].label)}`);
  return new LockstepError(`dependency cycle, no deployment order exists: ${path}`, {}, details);
}

/** A step: repository index and the position (changes deployed) it moves to. */
export type Move = [repo: number, to: number];

export type Requires = (repo: number, index: number) => ReadonlyArray<readonly [number, number]>;

/** Work (repository moves tried) the searches past the exact budget may spend, in all. */
const HEURISTIC_WORK = 600_000;
/** Moves the exact search may try whatever its state budget: with many repositories each state costs more. */
const EXACT_WORK = 100_000;

/**
 * Orders the steps: each step advances one repository as far as its pending dependencies
 * allow (advancing further never hurts a later step: `reach` is monotone in every position).
 * A* over per-repository positions, with "repositories not yet at their final position" as
 * the (admissible) heuristic, finds the fewest steps within `budget` states, bounded by the
 * greedy order. Past the budget the result is the best of the greedy order and beam
 * searches of growing width, then improved window by window (large-neighbourhood search:
 * an exact search replaces a stretch of steps when fewer reach as far). Every candidate is a
 * sequence of valid moves, and all of it is deterministic: work is counted, never timed.
 */
export function orderSteps(final: readonly number[], requires: Requires, budget: number): { moves: Move[]; optimal: boolean } {
  const work = { left: HEURISTIC_WORK };
  const n = final.length;
  let best = greedySteps(final, requires);
  // A beam costs about width × steps × repositories moves: only one that can finish is started.
  const affordable = (width: number) => width * best.length * n <= work.left;
  // Narrow beams first: cheap, and a tighter bound lets the exact search prove far more.
  let width = 4;
  for (; width <= 64 && affordable(width); width *= 4) best = shorter(best, beamSteps(final, requires, width, best.length, work));
  const exact = searchSteps(final, requires, budget, best.length, undefined, undefined, { left: EXACT_WORK });
  if (exact !== 'budget') return { moves: exact === 'none' ? best : exact, optimal: true };
  for (; affordable(width); width *= 4) best = shorter(best, beamSteps(final, requires, width, best.length, work));
  // What is left goes to the neighbourhood search: longer stretches find more, cost more.
  for (const span of [10, 16, 24]) if (work.left > 0) best = improveSteps(final, requires, best, work, span);
  return { moves: best, optimal: false };
}

const shorter = (a: Move[], b: Move[] | undefined): Move[] => (b && b.length < a.length ? b : a);

/** Random 26-bit halves per (repository, position), from a fixed seed: a state's hash is their XOR. */
function zobrist(final: readonly number[]): { hi: Int32Array; lo: Int32Array; at: number[] } {
  const at: number[] = [];
  let size = 0;
  for (const f of final) {
    at.push(size);
    size += f + 1;
  }
  const hi = new Int32Array(size);
  const lo = new Int32Array(size);
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) & 0x3ffffff;
  };
  for (let i = 0; i < size; i++) {
    hi[i] = next();
    lo[i] = next();
  }
  return { hi, lo, at };
}

/**
 * Breadth-first, keeping at each depth the `width` states with the fewest repositories left
 * to finish (ties: the most changes deployed, then the order they were found). States are
 * told apart by a 52-bit hash: a collision can only make the beam skip a state, never make a
 * move invalid. Undefined when it finds nothing shorter than `bound` or runs out of work.
 */
export function beamSteps(final: readonly number[], requires: Requires, width: number, bound: number, work: { left: number }): Move[] | undefined {
  const n = final.length;
  const z = zobrist(final);
  type State = { pos: number[]; left: number; done: number; hi: number; lo: number; parent?: State; move?: Move };
  const start = final.map(() => 0);
  let hi0 = 0;
  let lo0 = 0;
  for (let r = 0; r < n; r++) {
    hi0 ^= z.hi[z.at[r]];
    lo0 ^= z.lo[z.at[r]];
  }
  let level: State[] = [{ pos: start, left: final.filter(f => f > 0).length, done: 0, hi: hi0, lo: lo0 }];
  if (level[0].left === 0) return [];
  const seen = new Set<number>([hi0 * 0x4000000 + lo0]);
  for (let depth = 1; depth < bound && level.length; depth++) {
    const cands: Array<{ from: State; r: number; to: number; left: number; done: number; hi: number; lo: number }> = [];
    for (const s of level) {
      for (let r = 0; r < n; r++) {
        if (--work.left < 0) return undefined;
        const to = reach(s.pos, r, final, requires);
        const at = s.pos[r];
        if (to === at) continue;
        const hi = s.hi ^ z.hi[z.at[r] + at] ^ z.hi[z.at[r] + to];
        const lo = s.lo ^ z.lo[z.at[r] + at] ^ z.lo[z.at[r] + to];
        const key = hi * 0x4000000 + lo;
        if (seen.has(key)) continue;
        seen.add(key);
        const cand = { from: s, r, to, left: s.left - (to === final[r] ? 1 : 0), done: s.done + to - at, hi, lo };
        if (cand.left === 0) return [...pathTo(s), [r, to]];
        cands.push(cand);
      }
    }
    // Array.prototype.sort is stable: equal candidates keep the order they were found in.
    cands.sort((x, y) => x.left - y.left || y.done - x.done);
    level = cands.slice(0, width).map(c => {
      const pos = [...c.from.pos];
      pos[c.r] = c.to;
      return { pos, left: c.left, done: c.done, hi: c.hi, lo: c.lo, parent: c.from, move: [c.r, c.to] };
    });
  }
  return undefined;
}

function pathTo<T extends { parent?: T; move?: Move }>(state: T): Move[] {
  const moves: Move[] = [];
  for (let x: T | undefined = state; x?.move; x = x.parent) moves.push(x.move);
  return moves.reverse();
}

/**
 * Large-neighbourhood search: for each stretch of `span` steps, an exact search from the
 * state before it looks for fewer steps reaching a state at least as far in every repository;
 * the steps after it are replayed from there (each as far as it now reaches; a step with
 * nothing left to do disappears), so the sequence stays valid and never grows.
 */
export function improveSteps(final: readonly number[], requires: Requires, moves: Move[], work: { left: number }, span = 6): Move[] {
  let best = moves;
  let states = replay(final.map(() => 0), best);
  for (let i = 0; i + 1 < best.length && work.left > 0; ) {
    const end = Math.min(best.length, i + span);
    const local = searchSteps(final, requires, 2_000, end - i, states[i], states[end], work);
    if (!Array.isArray(local)) {
      i += Math.max(1, span >> 1);
      continue;
    }
    const pos = [...states[i]];
    for (const [r, to] of local) pos[r] = to;
    const rest: Move[] = [];
    for (const [r] of best.slice(end)) {
      const to = reach(pos, r, final, requires);
      if (to === pos[r]) continue;
      pos[r] = to;
      rest.push([r, to]);
    }
    best = [...best.slice(0, i), ...local, ...rest];
    states = replay(final.map(() => 0), best);
  }
  return best;
}

/** The positions before each move and after the last. */
function replay(start: readonly number[], moves: readonly Move[]): number[][] {
  const states = [[...start]];
  for (const [r, to] of moves) {
    const pos = [...states[states.length - 1]];
    pos[r] = to;
    states.push(pos);
  }
  return states;
}

/** How far repository `r` can advance from `pos` (its own position included) without leaving a need behind. */
export function reach(pos: readonly number[], r: number, final: readonly number[], requires: Requires): number {
  let k = pos[r];
  while (k < final[r] && requires(r, k).every(([s, p]) => pos[s] >= p)) k++;
  return k;
}

/**
 * The fewest steps, if fewer than `bound` exist: the moves, 'none' when no order is shorter
 * than `bound`, 'budget' when the search gave up first. From `start` (default: nothing
 * deployed) to any state at least `target` in every repository (default: `final`).
 */
export function searchSteps(
  final: readonly number[],
  requires: Requires,
  budget: number,
  bound = Infinity,
  start: readonly number[] = final.map(() => 0),
  target: readonly number[] = final,
  work?: { left: number },
): Move[] | 'none' | 'budget' {
  const n = final.length;
  const h = (pos: readonly number[]) => pos.reduce((acc, p, r) => acc + (p < target[r] ? 1 : 0), 0);
  type Entry = { pos: number[]; g: number; h: number; f: number; seq: number; parent?: Entry; move?: Move };
  const heap = new MinHeap<Entry>((a, b) => a.f - b.f || b.g - a.g || a.seq - b.seq);
  const best = new Map<string, number>();
  let seq = 0;
  heap.push({ pos: [...start], g: 0, h: h(start), f: h(start), seq: seq++ });
  best.set(start.join(','), 0);
  let expanded = 0;
  while (heap.size) {
    const e = heap.pop()!;
    if (best.get(e.pos.join(','))! < e.g) continue;
    if (e.h === 0) return pathTo(e);
    if (++expanded > budget) return 'budget';
    for (let r = 0; r < n; r++) {
      if (work && --work.left < 0) return 'budget';
      const to = reach(e.pos, r, final, requires);
      if (to === e.pos[r]) continue;
      const pos = [...e.pos];
      pos[r] = to;
      const g = e.g + 1;
      const hh = e.h - (e.pos[r] < target[r] && to >= target[r] ? 1 : 0);
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
export function greedySteps(final: readonly number[], requires: Requires): Move[] {
  const n = final.length;
  const pos = final.map(() => 0);
  const moves: Move[] = [];
  const base = pos.map((_, r) => reach(pos, r, final, requires));
  while (pos.some((p, r) => p < final[r])) {
    let bestRepo = -1;
    let bestScore = -1;
    for (let r = 0; r < n; r++) {
      const to = base[r];
      if (to === pos[r]) continue;
      // Another repository advances further only if the change it stops at now has what it needs.
      let score = 0;
      for (let s = 0; s < n; s++) {
        if (s === r || base[s] >= final[s]) continue;
        if (requires(s, base[s]).every(([t, p]) => (t === r ? to : pos[t]) >= p)) score++;
      }
      if (score > bestScore) [bestRepo, bestScore] = [r, score];
    }
    if (bestRepo < 0) throw new Error('no deployment order found for an acyclic graph');
    pos[bestRepo] = base[bestRepo];
    moves.push([bestRepo, pos[bestRepo]]);
    for (let s = 0; s < n; s++) base[s] = reach(pos, s, final, requires);
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
