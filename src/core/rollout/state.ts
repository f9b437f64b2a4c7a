import type { Step } from '../versions/version-file.js';

/** `deploy` brings a repository forward to a version's commit; `rollback` takes it back to an older version's. */
export type StepKind = 'deploy' | 'rollback';

/** One step of a rollout plan: deploy `repository` at `commit` as step `index` (1-based) of `total` for `version`. */
export interface PlannedStep {
  kind: StepKind;
  version: number;
  index: number;
  total: number;
  repository: string;
  commit: string;
}

/** Where a deployer's own run of a step lives: enough to find it again after the runner died. */
export interface DeployerRef {
  deployer: string;
  /** CodeBuild build id, workflow run id, command process id. */
  id: string;
  url?: string;
}

export type StepStatus = 'starting' | 'started' | 'finished' | 'failed';

/** One attempt at one step, as recorded in the environment's state. */
export interface StepRecord {
  kind: StepKind;
  version: number;
  index: number;
  repository: string;
  commit: string;
  attempt: number;
  status: StepStatus;
  ref?: DeployerRef;
  /** The deployer's link or log for a finished or failed step. */
  url?: string;
  startedAt: string;
  finishedAt?: string;
}

/**
 * A version the environment went forward to (fully or partly), with its repositories and
 * steps copied from the version file: a rollback must know what it undoes even after the
 * file was removed by `git revert`.
 */
export interface AppliedVersion {
  version: number;
  repositories: Record<string, string>;
  steps: Step[];
  /** Indexes (1-based) of its steps that finished, in the order they finished. */
  finished: number[];
}

export interface Lock {
  /** Who holds the environment, for people: `acme/release run 42 (attempt 1)`, `alice@laptop pid 123`. */
  holder: string;
  /** The holder's workflow run: a later attempt of the same run may take over (attempts never overlap). */
  run?: string;
  since: string;
}

/** Everything Lockstep knows about one environment. */
export interface RolloutState {
  environment: string;
  /** Last version the environment fully reached, forward or by rollback. */
  version?: number;
  /** The commit live in the environment, per repository. */
  deployed: Record<string, string>;
  /** Forward versions not undone by a rollback, in the order they were applied. */
  versions: AppliedVersion[];
  /** Every step attempt, oldest first. */
  records: StepRecord[];
  lock?: Lock;
}

/**
 * What happens to an environment. Stores persist these (the file store the resulting state,
 * the Deployments store one status per event) and rebuild the state by replaying them, so
 * both agree on what a sequence of events means.
 */
export type RolloutEvent =
  | { type: 'begin-version'; kind: StepKind; version: number; repositories: Record<string, string>; steps: Step[] }
  | { type: 'starting'; step: PlannedStep; attempt: number; at: string }
  /** `ref` is missing only when a store could not keep it (the step then cannot be re-attached). */
  | { type: 'started'; step: PlannedStep; ref?: DeployerRef; at: string }
  | { type: 'finished'; step: PlannedStep; url?: string; at: string }
  | { type: 'failed'; step: PlannedStep; url?: string; at: string }
  | { type: 'complete'; kind: StepKind; version: number }
  | { type: 'lock'; lock: Lock }
  | { type: 'unlock' };

export function emptyState(environment: string): RolloutState {
  return { environment, deployed: {}, versions: [], records: [] };
}

function sameSteps(a: Step[], b: Step[]): boolean {
  return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}

function sameStep(r: StepRecord, s: PlannedStep): boolean {
  return r.kind === s.kind && r.version === s.version && r.index === s.index && r.repository === s.repository && r.commit === s.commit;
}

/** The latest attempt at `step`, if any. */
export function lastAttempt(state: RolloutState, step: PlannedStep): StepRecord | undefined {
  for (let i = state.records.length - 1; i >= 0; i--) if (sameStep(state.records[i], step)) return state.records[i];
  return undefined;
}

/** The applied-version entry for a version file's content, or undefined when the content differs (a rewritten number). */
export function appliedVersion(state: RolloutState, version: number, steps: Step[]): AppliedVersion | undefined {
  return state.versions.find(v => v.version === version && sameSteps(v.steps, steps));
}

/** Pure transition: the state after `event`. Never mutates its input. */
export function reduce(state: RolloutState, event: RolloutEvent): RolloutState {
  const next: RolloutState = { ...state, deployed: { ...state.deployed }, versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })), records: [...state.records] };
  switch (event.type) {
    case 'begin-version': {
      if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
        // A version number whose content changed (written again after a revert) starts over.
        next.versions = next.versions.filter(v => v.version !== event.version);
        next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
      }
      return next;
    }
    case 'starting':
      next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
      return next;
    case 'started': {
      const i = lastIndex(next, event.step);
      const ref = event.ref ? { ref: event.ref } : {};
      if (i < 0) next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
      else next.records[i] = { ...next.records[i], status: 'started', ...ref };
      return next;
    }
    case 'finished':
    case 'failed': {
      const i = lastIndex(next, event.step);
      const status = event.type;
      const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) } as const;
      if (i < 0) next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
      else next.records[i] = { ...next.records[i], ...done };
      if (status === 'finished') {
        next.deployed[event.step.repository] = event.step.commit;
        if (event.step.kind === 'deploy') {
          const v = [...next.versions].reverse().find(a => a.version === event.step.version);
          if (v && !v.finished.includes(event.step.index)) v.finished.push(event.step.index);
        }
      }
      return next;
    }
    case 'complete':
      next.version = event.version;
      // A rollback undoes every newer version: they no longer count as applied.
      if (event.kind === 'rollback') next.versions = next.versions.filter(v => v.version <= event.version);
      return next;
    case 'lock':
      next.lock = { ...event.lock };
      return next;
    case 'unlock':
      delete next.lock;
      return next;
  }
}

function stepFields(s: PlannedStep) {
  return { kind: s.kind, version: s.version, index: s.index, repository: s.repository, commit: s.commit };
}

function lastIndex(state: RolloutState, step: PlannedStep): number {
  for (let i = state.records.length - 1; i >= 0; i--) if (sameStep(state.records[i], step)) return i;
  return -1;
}
