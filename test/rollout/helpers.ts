import { planRollout, type RolloutPlan } from '../../src/core/rollout/plan.js';
import { reduce, type RolloutState, type PlannedStep } from '../../src/core/rollout/state.js';
import type { VersionFile } from '../../src/core/versions/version-file.js';

/** A distinct, valid commit id per label. */
export function sha(label: string): string {
  let h = 0;
  for (const c of label) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (h.toString(16).padStart(8, '0') + Buffer.from(label).toString('hex')).padEnd(40, '0').slice(0, 40);
}

/** A version file from `[repository, commitLabel]` steps over the previous version's repositories. */
export function version(n: number, steps: Array<[string, string]>, base: Record<string, string> = {}): VersionFile {
  const repositories = { ...base };
  for (const [repo, label] of steps) repositories[repo] = sha(label);
  return { version: n, repositories, steps: steps.map(([repository, label]) => ({ repository, commit: sha(label) })) };
}

export function files(...vs: VersionFile[]): Map<number, VersionFile> {
  return new Map(vs.map(v => [v.version, v]));
}

const at = '2026-01-01T00:00:00Z';

/** Runs a plan through the reducer as a store would: every step finishes, except from `failAt` on. */
export function run(state: RolloutState, plan: RolloutPlan, failAt?: { version: number; index: number }): RolloutState {
  for (const part of plan.parts) {
    state = reduce(state, { type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
    for (const step of part.pending) {
      state = reduce(state, { type: 'starting', step, attempt: 1, at });
      state = reduce(state, { type: 'started', step, ref: { deployer: 'command', id: '1' }, at });
      if (failAt && failAt.version === step.version && failAt.index === step.index) return reduce(state, { type: 'failed', step, at });
      state = reduce(state, { type: 'finished', step, at });
    }
    state = reduce(state, { type: 'complete', kind: part.kind, version: part.version });
  }
  return state;
}

export function applyTo(state: RolloutState, available: Map<number, VersionFile>, target: number, failAt?: { version: number; index: number }): { plan: RolloutPlan; state: RolloutState } {
  const plan = planRollout({ state, available, target: available.get(target)! });
  return { plan, state: run(state, plan, failAt) };
}

export function brief(steps: PlannedStep[]): string[] {
  return steps.map(s => `${s.kind === 'rollback' ? 'R' : ''}${s.version}.${s.index} ${s.repository}`);
}
