import { LockstepError } from '../errors.js';
import type { Step, VersionFile } from '../versions/version-file.js';
import { appliedVersion, type PlannedStep, type RolloutState, type StepKind } from './state.js';

/** What one version (or one rollback) of a rollout does. */
export interface VersionPlan {
  kind: StepKind;
  version: number;
  /** The repositories the environment ends with once this part is done. */
  repositories: Record<string, string>;
  /** Every step of this part, in order (a forward version's steps are its file's steps). */
  steps: Step[];
  /** Steps still to run, in order. */
  pending: PlannedStep[];
  /** Steps that already finished in an earlier run and are skipped. */
  done: PlannedStep[];
}

export interface RolloutPlan {
  environment: string;
  direction: 'forward' | 'rollback' | 'none';
  /** Last version fully reached before this rollout. */
  from?: number;
  to: number;
  parts: VersionPlan[];
  /** Things a person should know that change nothing (a repository a rollback cannot remove). */
  notes: string[];
}

export interface PlanInput {
  state: RolloutState;
  /** The version files present in the release repository, by number. */
  available: ReadonlyMap<number, VersionFile>;
  /** The version to bring the environment to; its file must be in `available`. */
  target: VersionFile;
}

/**
 * From where an environment stands to the steps that bring it to `target`.
 *
 * Forward: every version file after the last version reached, up to the target, in order,
 * each with its own steps (never merged: versions split by `is_compatible: false` must stay
 * separate rollouts); steps that finished in an earlier run are skipped.
 *
 * Backward (or back to the current version after a partial run): the repositories whose live
 * commit differs from the target's go back to it, most recently deployed first — the reverse
 * of the order the newer versions deployed them, which the state remembers even when the
 * newer files are gone.
 */
export function planRollout({ state, available, target }: PlanInput): RolloutPlan {
  const current = state.version ?? 0;
  const base = { environment: state.environment, from: state.version, to: target.version, notes: [] as string[] };
  if (target.version > current) {
    refuseAfterHalfRollback(state, target.version);
    const numbers = [...available.keys()].filter(n => n > current && n <= target.version).sort((a, b) => a - b);
    const parts = numbers.map(n => forwardPart(state, available.get(n)!));
    return { ...base, direction: 'forward', parts };
  }
  return backward(state, target, base);
}

/**
 * A rollback that stopped partway leaves some repositories at the older version and some at
 * the newer one. Going forward from there would deploy only the pending versions' steps and
 * leave the reverted repositories behind, so the rollback has to be finished first.
 */
function refuseAfterHalfRollback(state: RolloutState, target: number): void {
  const last = state.records.at(-1);
  if (!last || last.kind !== 'rollback' || last.version === state.version) return;
  throw new LockstepError(
    `environment "${state.environment}" is partway through a rollback to version ${last.version} (step ${last.index}, ${last.repository}, ${last.status}); refusing to go forward to version ${target} from there`,
    {},
    [`Finish the rollback first (version: ${last.version}), then apply version ${target}.`],
  );
}

function forwardPart(state: RolloutState, file: VersionFile): VersionPlan {
  const finished = new Set(appliedVersion(state, file.version, file.steps)?.finished ?? []);
  const part: VersionPlan = { kind: 'deploy', version: file.version, repositories: { ...file.repositories }, steps: file.steps, pending: [], done: [] };
  file.steps.forEach((s, i) => {
    const step: PlannedStep = { kind: 'deploy', version: file.version, index: i + 1, total: file.steps.length, repository: s.repository, commit: s.commit };
    (finished.has(i + 1) ? part.done : part.pending).push(step);
  });
  return part;
}

function backward(state: RolloutState, target: VersionFile, base: Omit<RolloutPlan, 'direction' | 'parts'>): RolloutPlan {
  const newer = state.versions.filter(v => v.version > target.version);
  const differs = (repo: string) => repo in target.repositories && state.deployed[repo] !== undefined && state.deployed[repo] !== target.repositories[repo];

  // Most recent deployment first: walk the newer versions' finished steps backwards.
  const order: string[] = [];
  const sequence = newer.flatMap(v => v.finished.map(i => v.steps[i - 1].repository));
  for (let i = sequence.length - 1; i >= 0; i--) {
    const repo = sequence[i];
    if (!order.includes(repo) && differs(repo)) order.push(repo);
  }
  // Anything else that drifted (a half-done rollback towards another version) follows, in the target's own order.
  const rest = [...target.steps.map(s => s.repository), ...Object.keys(target.repositories).sort()];
  for (const repo of rest) if (!order.includes(repo) && differs(repo)) order.push(repo);

  const notes: string[] = [];
  for (const [repo, commit] of Object.entries(state.deployed)) {
    if (!(repo in target.repositories)) {
      notes.push(`${repo} is not part of version ${target.version}; it stays at ${commit.slice(0, 7)} (remove it by hand if it must go)`);
    }
  }

  if (order.length === 0 && newer.length === 0 && target.version === (state.version ?? 0)) return { ...base, direction: 'none', parts: [], notes };
  const steps: Step[] = order.map(repository => ({ repository, commit: target.repositories[repository] }));
  const part: VersionPlan = {
    kind: 'rollback',
    version: target.version,
    repositories: { ...target.repositories },
    steps,
    pending: steps.map((s, i) => ({ kind: 'rollback', version: target.version, index: i + 1, total: steps.length, repository: s.repository, commit: s.commit })),
    done: [],
  };
  return { ...base, direction: 'rollback', parts: [part], notes };
}

/** Every step the plan will run, in order. */
export function pendingSteps(plan: RolloutPlan): PlannedStep[] {
  return plan.parts.flatMap(p => p.pending);
}
