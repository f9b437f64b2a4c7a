import { LockstepError } from '../errors.js';
import type { Step, VersionFile } from '../versions/version-file.js';
import { checkChain } from './chain.js';
import { appliedVersion, possibleCommits, type PlannedStep, type RolloutState, type StepKind } from './state.js';

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
  /**
   * The version files present in the release repository, by number: forward, every one
   * from the current version to the target; backward, those between the target and the
   * current version that are still there.
   */
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
  const files = new Map(available).set(target.version, target);
  checkChain(state, files, current, target.version);
  if (target.version > current) {
    const parts: VersionPlan[] = [];
    for (let n = current + 1; n <= target.version; n++) parts.push(forwardPart(state, files.get(n)!));
    refuseUnprovenVersion(state, parts);
    return { ...base, direction: 'forward', parts };
  }
  return backward(state, target, base);
}

/**
 * A version counts as reached only when every repository it names is proven at its commit.
 * Going forward, a repository in doubt (a step of it started and did not finish) must be
 * deployed again by a step of this rollout before the version it belongs to completes; one
 * that no step touches again (its version file was rewritten since) stops the rollout here.
 */
function refuseUnprovenVersion(state: RolloutState, parts: VersionPlan[]): void {
  const known = { ...state.deployed };
  const doubt = new Map(Object.entries(state.uncertain ?? {}));
  for (const part of parts) {
    for (const step of part.pending) {
      known[step.repository] = step.commit;
      doubt.delete(step.repository);
    }
    for (const [repo, commit] of Object.entries(part.repositories)) {
      const maybe = doubt.get(repo);
      if (maybe || (known[repo] !== undefined && known[repo] !== commit)) refuseAfterHalfRollback(state, parts.at(-1)!.version);
      const record = [...state.records].reverse().find(r => r.repository === repo && r.status !== 'finished');
      if (maybe) {
        const what = record ? `${record.kind === 'rollback' ? `rollback to version ${record.version}` : `version ${record.version}`}, step ${record.index} ${record.status}` : 'a step that did not finish';
        throw new LockstepError(
          `environment "${state.environment}": ${repo} may be at ${maybe.map(c => c.slice(0, 7)).join(' or ')} (${what}, never finished), and no step of this rollout deploys ${repo} again before version ${part.version} would count as reached`,
          {},
          [`Bring ${repo} back first: apply version ${state.version ?? 0} again (a rollback deploys ${repo} at ${state.deployed[repo]?.slice(0, 7) ?? 'its version\'s commit'}), then version ${parts.at(-1)!.version}.`],
        );
      }
      if (known[repo] !== undefined && known[repo] !== commit) {
        throw new LockstepError(
          `environment "${state.environment}": ${repo} is at ${known[repo].slice(0, 7)}, and no step of this rollout brings it to ${commit.slice(0, 7)}, which version ${part.version} names`,
          {},
          [`Apply version ${state.version ?? 0} again first (a rollback brings ${repo} back to it), then version ${parts.at(-1)!.version}.`],
        );
      }
    }
  }
}

/**
 * A rollback that stopped partway leaves some repositories at the older version and some at
 * the newer one (or in doubt); said as such when that is why a forward rollout cannot go on.
 */
function refuseAfterHalfRollback(state: RolloutState, target: number): void {
  const last = state.records.at(-1);
  if (!last || last.kind !== 'rollback' || last.version >= (state.version ?? 0)) return;
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
  // A repository in doubt is deployed back even when the last step proven went to the target's commit.
  const inDoubt = (repo: string) => (state.uncertain?.[repo]?.length ?? 0) > 0;
  const differs = (repo: string) =>
    repo in target.repositories && (inDoubt(repo) || (state.deployed[repo] !== undefined && state.deployed[repo] !== target.repositories[repo]));

  // Most recent first: the steps in doubt (newest attempt first), then the newer versions' finished steps backwards.
  const order: string[] = [];
  for (let i = state.records.length - 1; i >= 0; i--) {
    const repo = state.records[i].repository;
    if (inDoubt(repo) && !order.includes(repo) && differs(repo)) order.push(repo);
  }
  const sequence = newer.flatMap(v => v.finished.map(i => v.steps[i - 1].repository));
  for (let i = sequence.length - 1; i >= 0; i--) {
    const repo = sequence[i];
    if (!order.includes(repo) && differs(repo)) order.push(repo);
  }
  // Anything else that drifted (a half-done rollback towards another version) follows, in the target's own order.
  const rest = [...target.steps.map(s => s.repository), ...Object.keys(target.repositories).sort()];
  for (const repo of rest) if (!order.includes(repo) && differs(repo)) order.push(repo);

  const notes: string[] = [];
  for (const repo of [...new Set([...Object.keys(state.deployed), ...Object.keys(state.uncertain ?? {})])]) {
    if (repo in target.repositories) continue;
    const at = possibleCommits(state, repo).map(c => c.slice(0, 7));
    const where = inDoubt(repo) ? `it may be at ${at.join(' or ')} (a step of it did not finish)` : `it stays at ${at[0]}`;
    notes.push(`${repo} is not part of version ${target.version}; ${where} (remove it by hand if it must go)`);
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
