import fc from 'fast-check';
import { planRollout } from '../../src/core/rollout/plan.js';
import { emptyState, reduce, type RolloutState } from '../../src/core/rollout/state.js';
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
