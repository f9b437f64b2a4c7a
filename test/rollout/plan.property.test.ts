import fc from 'fast-check';
import { planRollout } from '../../src/core/rollout/plan.js';
import { LockstepError } from '../../src/core/errors.js';
import { emptyState, possibleCommits, reduce, type RolloutState } from '../../src/core/rollout/state.js';
import type { VersionFile } from '../../src/core/versions/version-file.js';
import { sha } from './helpers.js';

const REPOS = ['infra', 'api', 'web', 'jobs'];
const at = '2026-01-01T00:00:00Z';

/** Version files 1..n, each step a new commit; `repositories` carries every repository forward. */
const histories = fc
  .array(fc.array(fc.constantFrom(...REPOS), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map(stepsPerVersion => {
    const files: VersionFile[] = [];
    let repositories: Record<string, string> = {};
    stepsPerVersion.forEach((repos, i) => {
      const version = i + 1;
      const steps = repos.map((repository, j) => ({ repository, commit: sha(`${repository}-${version}-${j}`) }));
      repositories = { ...repositories };
      for (const s of steps) repositories[s.repository] = s.commit;
      files.push({ version, repositories, steps });
    });
    return files;
  });

/** Runs plans until the environment is at `target`; each step in `flaky` fails on its first attempt. */
function converge(state: RolloutState, files: VersionFile[], target: number, flaky: Set<string>, executed: string[]): RolloutState {
  const available = new Map(files.filter(f => f.version <= target || f.version <= (state.version ?? 0)).map(f => [f.version, f]));
  const failedOnce = new Set<string>();
  for (let runs = 0; runs < 50; runs++) {
    const plan = planRollout({ state, available, target: available.get(target)! });
    if (plan.direction === 'none') return state;
    let failed = false;
    outer: for (const part of plan.parts) {
      state = reduce(state, { type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
      for (const step of part.pending) {
        const key = `${step.kind}:${step.version}.${step.index}:${step.repository}`;
        state = reduce(state, { type: 'starting', step, attempt: 1, at });
        if (flaky.has(key) && !failedOnce.has(key)) {
          failedOnce.add(key);
          state = reduce(state, { type: 'failed', step, at });
          failed = true;
          break outer;
        }
        executed.push(`${key}@${step.commit}`);
        state = reduce(state, { type: 'finished', step, at });
      }
      state = reduce(state, { type: 'complete', kind: part.kind, version: part.version });
    }
    if (!failed && state.version === target) return state;
  }
  throw new Error('did not converge');
}

describe('rollout properties', () => {
  it('however steps fail and runs resume, every step of every version runs exactly once, in order', () => {
    fc.assert(
      fc.property(histories, fc.array(fc.nat({ max: 20 })), (files, failures) => {
        const all = files.flatMap(f => f.steps.map((s, i) => `deploy:${f.version}.${i + 1}:${s.repository}@${s.commit}`));
        const flaky = new Set(failures.filter(n => n < all.length).map(n => all[n].split('@')[0]));
        const executed: string[] = [];
        const target = files.length;
        const state = converge(emptyState('e'), files, target, flaky, executed);
        expect(executed).toEqual(all);
        expect(state.version).toBe(target);
        const touched = Object.fromEntries(Object.entries(files[target - 1].repositories));
        expect(state.deployed).toEqual(touched);
      }),
      { numRuns: 200 },
    );
  });

  it('a rollback with the newer files gone restores the target, each repository once, most recently deployed first', () => {
    fc.assert(
      fc.property(
        histories.filter(f => f.length >= 2),
        fc.nat(),
        fc.array(fc.nat({ max: 6 })),
        (files, pick, failures) => {
          const top = files.length;
          const target = 1 + (pick % (top - 1));
          const forward: string[] = [];
          let state = converge(emptyState('e'), files, top, new Set(), forward);
          const back: string[] = [];
          const kept = files.filter(f => f.version <= target);
          const flaky = new Set(failures.map(n => `rollback:${target}.${n + 1}`));
          const plan = planRollout({ state, available: new Map(kept.map(f => [f.version, f])), target: kept[target - 1] });
          const repos = plan.parts.flatMap(p => p.pending.map(s => s.repository));
          expect(new Set(repos).size).toBe(repos.length);
          // Most recently deployed first: positions in the forward log strictly decrease.
          const lastDeploy = (r: string) => forward.map(e => e.split(':')[2].split('@')[0]).lastIndexOf(r);
          const positions = repos.map(lastDeploy);
          expect([...positions].sort((a, b) => b - a)).toEqual(positions);
          state = converge(state, kept, target, new Set([...flaky].flatMap(k => repos.map(r => `${k}:${r}`))), back);
          expect(state.version).toBe(target);
          const wanted = kept[target - 1].repositories;
          const inTarget = Object.fromEntries(Object.entries(state.deployed).filter(([r]) => r in wanted));
          expect(inTarget).toEqual(wanted);
          // A repository the target does not know stays where it is, and the plan says so.
          for (const r of Object.keys(state.deployed).filter(r => !(r in wanted))) {
            expect(plan.notes.some(n => n.startsWith(`${r} is not part of version ${target}`))).toBe(true);
          }
          expect(state.versions.every(v => v.version <= target)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

type Fault = 'ok' | 'fail-before' | 'fail-after' | 'crash-before' | 'crash-after' | 'cancel-before' | 'cancel-after';
const FAULTS: Fault[] = ['ok', 'fail-before', 'fail-after', 'crash-before', 'crash-after', 'cancel-before', 'cancel-after'];

/**
 * One run against a simulated environment (`env`: what each repository really runs). A
 * fault hits a step before or after its deploy went out; a crash ends the run with the
 * step's record left `starting`/`started`. Returns whether the run reached its target.
 */
function runOnce(
  state: RolloutState,
  env: Record<string, string>,
  available: Map<number, VersionFile>,
  target: number,
  faults: Fault[],
): { state: RolloutState; reached: boolean; refused: boolean } {
  let plan;
  try {
    plan = planRollout({ state, available, target: available.get(target)! });
  } catch (e) {
    if (e instanceof LockstepError) return { state, reached: false, refused: true };
    throw e;
  }
  for (const part of plan.parts) {
    state = reduce(state, { type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
    for (const step of part.pending) {
      const fault = faults.shift() ?? 'ok';
      state = reduce(state, { type: 'starting', step, attempt: 1, at });
      if (fault === 'crash-before') return { state, reached: false, refused: false };
      state = reduce(state, { type: 'started', step, ref: { deployer: 'command', id: '1' }, at });
      if (fault !== 'fail-before' && fault !== 'cancel-before') env[step.repository] = step.commit;
      if (fault === 'crash-after') return { state, reached: false, refused: false };
      if (fault !== 'ok') {
        state = reduce(state, { type: fault.startsWith('cancel') ? 'cancelled' : 'failed', step, at });
        return { state, reached: false, refused: false };
      }
      state = reduce(state, { type: 'finished', step, at });
    }
    // The claim a completed part makes must be what runs.
    for (const [repo, commit] of Object.entries(part.repositories)) expect([repo, env[repo]]).toEqual([repo, commit]);
    state = reduce(state, { type: 'complete', kind: part.kind, version: part.version });
  }
  return { state, reached: true, refused: false };
}

/** What the state says may run must include what does run. */
function expectHonest(state: RolloutState, env: Record<string, string>): void {
  for (const [repo, commit] of Object.entries(env)) expect([repo, possibleCommits(state, repo)]).toEqual([repo, expect.arrayContaining([commit])]);
  if (state.version !== undefined && !state.uncertain && state.records.at(-1)?.status === 'finished') {
    const v = [...state.versions].reverse().find(a => a.version === state.version);
    if (v) for (const [repo, commit] of Object.entries(v.repositories)) expect([repo, env[repo]]).toEqual([repo, commit]);
  }
}

describe('honest state under faults', () => {
  it('after every run, forward or back, failed, cancelled or cut off, the state covers what the environment runs; a reached version is what runs', () => {
    const op = fc.record({ to: fc.nat(), revert: fc.boolean(), faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }) });
    fc.assert(
      fc.property(histories, fc.array(op, { minLength: 1, maxLength: 8 }), (files, ops) => {
        const all = new Map(files.map(f => [f.version, f]));
        let state = emptyState('e');
        const env: Record<string, string> = {};
        for (const { to, revert, faults } of ops) {
          const target = 1 + (to % files.length);
          const current = state.version ?? 0;
          // A rollback by `git revert` removes the newer files; otherwise they stay.
          const available = new Map([...all].filter(([n]) => !(revert && target < current && n > target)));
          let result = runOnce(state, env, available, target, [...faults]);
          state = result.state;
          expectHonest(state, env);
          if (result.refused) {
            // The way out the refusal names: bring the current version back, then go on.
            result = runOnce(state, env, all, current || target, []);
            state = result.state;
            expectHonest(state, env);
          }
        }
        // Without faults, every environment can still be brought to any version, exactly.
        for (const target of [files.length, 1]) {
          let result = runOnce(state, env, all, target, []);
          if (result.refused) {
            const repaired = runOnce(result.state, env, all, result.state.version ?? target, []);
            expect(repaired.reached).toBe(true);
            result = runOnce(repaired.state, env, all, target, []);
          }
          state = result.state;
          expect(result.reached).toBe(true);
          expect(state.version).toBe(target);
          expect(state.uncertain).toBeUndefined();
          for (const [repo, commit] of Object.entries(all.get(target)!.repositories)) expect([repo, env[repo]]).toEqual([repo, commit]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
