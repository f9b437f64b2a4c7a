#!/usr/bin/env node
// Benchmark of the release planner's step search (src/core/deps/plan.ts) on seeded families of
// histories: repositories × PRs per repository, each PR depending on 0–2 recently merged PRs of
// other repositories (acyclic by construction: a PR only needs PRs merged before it).
// For each family: the steps of the shipped search (planRelease's order: exact within its
// budget, else beam + large-neighbourhood search), of the greedy order it used to fall back
// to, and of the best known plan (the exact search where it finishes with a large budget,
// else the best of several long beam searches), with the time each took; and planRelease end
// to end on 10,000 PRs over 50 repositories (time, heap). Figures: docs/benchmarks.md.
//
//   node bench/planner.mjs                 # compiles src/ into bench/.work/planner, prints a table
//   node bench/planner.mjs --seeds 5 --no-best
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', '.work', 'planner');
const { values: args } = parseArgs({
  options: { seeds: { type: 'string', default: '5' }, 'no-best': { type: 'boolean', default: false } },
});

mkdirSync(OUT, { recursive: true });
execFileSync(
  join(ROOT, 'node_modules', '.bin', 'tsc'),
  ['--outDir', OUT, '--rootDir', join(ROOT, 'src'), '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--declaration', 'false', join(ROOT, 'src/core/deps/plan.ts')],
  { stdio: 'inherit' },
);
const plan = await import(pathToFileURL(join(OUT, 'core/deps/plan.js')).href);

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A history: per repository its changes, per change the (repository, position) it needs. */
function family(repos, pulls, seed) {
  const rand = mulberry32(seed);
  const lens = new Array(repos).fill(0);
  const events = [];
  const needs = Array.from({ length: repos }, () => []);
  const total = repos * pulls;
  while (events.length < total) {
    let r = Math.floor(rand() * repos);
    while (lens[r] >= pulls) r = (r + 1) % repos;
    const index = lens[r]++;
    const reqs = [];
    const k = rand() < 0.5 ? 0 : rand() < 0.6 ? 1 : 2;
    for (let d = 0; d < k && events.length; d++) {
      // Recent work: one of the last 3 × repositories merges.
      const back = Math.min(events.length, 3 * repos);
      const e = events[events.length - 1 - Math.floor(rand() * back)];
      if (e.repo !== r) reqs.push([e.repo, e.index + 1]);
    }
    needs[r].push(reqs);
    events.push({ repo: r, index });
  }
  return { lens, needs, requires: (r, i) => needs[r][i] };
}

const time = fn => {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
};

function bestKnown(f, shipped) {
  const exact = plan.searchSteps(f.lens, f.requires, 1_000_000, shipped);
  if (Array.isArray(exact)) return { steps: exact.length, how: 'exact' };
  if (exact === 'none') return { steps: shipped, how: 'exact' };
  let best = shipped;
  for (const width of f.lens.length > 20 ? [64] : [256, 1024, 4096]) {
    const found = plan.beamSteps(f.lens, f.requires, width, best, { left: 100_000_000 });
    if (found) best = Math.min(best, plan.improveSteps(f.lens, f.requires, found, { left: 50_000_000 }, 8).length);
  }
  return { steps: best, how: f.lens.length > 20 ? 'beam 64 + LNS' : 'beam 256–4096 + LNS' };
}

const FAMILIES = [
  [10, 20],
  [20, 50],
  [50, 200],
];
const seeds = Number(args.seeds);
const rows = [];
for (const [repos, pulls] of FAMILIES) {
  for (let seed = 1; seed <= seeds; seed++) {
    const f = family(repos, pulls, seed * 7919 + repos);
    const greedy = time(() => plan.greedySteps(f.lens, f.requires));
    const shipped = time(() => plan.orderSteps(f.lens, f.requires, 20_000));
    const best = args['no-best'] ? { steps: NaN, how: '-' } : bestKnown(f, shipped.value.moves.length);
    rows.push({ family: `${repos}×${pulls}`, seed, greedy: greedy.value.length, greedyMs: greedy.ms, steps: shipped.value.moves.length, ms: shipped.ms, optimal: shipped.value.optimal, best: best.steps, how: best.how });
    console.error(JSON.stringify(rows[rows.length - 1]));
  }
}

// End to end: planRelease (graph, cycle check, holds, search) on 10,000 PRs over 50 repositories.
const C = i => i.toString(16).padStart(40, '0');
function planInput(repos, pulls, seed) {
  const f = family(repos, pulls, seed);
  const names = f.lens.map((_, r) => `repo-${r}`);
  let n = 0;
  const windows = f.lens.map((len, r) => ({
    repository: names[r],
    released: C(++n),
    head: '',
    changes: Array.from({ length: len }, (_, i) => ({ commit: C(++n), pull: i + 1, texts: [] })),
  }));
  const dependencies = [];
  f.needs.forEach((list, r) =>
    list.forEach((reqs, i) => {
      for (const [s, p] of reqs) dependencies.push({ from: { repository: names[r], index: i }, target: { repository: names[s], number: p }, isCompatible: true, where: 'bench' });
    }),
  );
  return { windows, dependencies, outside: new Map() };
}
const e2e = [];
for (let seed = 1; seed <= 3; seed++) {
  const input = planInput(50, 200, seed * 104729);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = globalThis.setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const run = time(() => plan.planRelease(input));
  globalThis.clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  e2e.push({ seed, ms: run.ms, steps: run.value.steps.length, heapMB: (peak - before) / 2 ** 20, rssMB: process.memoryUsage().rss / 2 ** 20 });
  console.error(JSON.stringify(e2e[e2e.length - 1]));
}

const fmt = x => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 0) : '-');
console.log('| family | seed | greedy steps | shipped steps | best known | shipped / best | greedy / best | shipped ms | greedy ms | best by |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.family} | ${r.seed} | ${r.greedy} | ${r.steps}${r.optimal ? ' (exact)' : ''} | ${r.best} | ${fmt(r.steps / r.best)} | ${fmt(r.greedy / r.best)} | ${fmt(r.ms)} | ${fmt(r.greedyMs)} | ${r.how} |`);
}
console.log('');
console.log('| planRelease, 50 × 200 (10,000 PRs) | ms | steps | heap growth MB (sampled) | RSS MB |');
console.log('|---|---|---|---|---|');
for (const r of e2e) console.log(`| seed ${r.seed} | ${fmt(r.ms)} | ${r.steps} | ${fmt(r.heapMB)} | ${fmt(r.rssMB)} |`);
