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

/**
 * A local process a step runs in, recorded before it is let run: a resume after the runner
 * was SIGKILLed can tell whether it (or its process group) still runs, and not overlap it.
 */
export interface ProcessRef {
  pid: number;
  /** The machine (hostname) and boot it runs on: a pid means nothing elsewhere. */
  host: string;
  boot?: string;
  /** The process's start time as the kernel counts it, so a reused pid is not taken for it. */
  start?: string;
}

/** Where a deployer's own run of a step lives: enough to find it again after the runner died. */
export interface DeployerRef {
  deployer: string;
  /** CodeBuild build id, workflow run id, command process id. */
  id: string;
  url?: string;
  process?: ProcessRef;
}

/**
 * `starting`: the deployer is being asked to start; `started`: it accepted (the ref is known);
 * `cancelled`: stopped on SIGINT/SIGTERM. Every status but `finished` leaves the repository
 * possibly at the step's commit (see RolloutState.uncertain).
 */
export type StepStatus = 'starting' | 'started' | 'finished' | 'failed' | 'cancelled';

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

/**
 * A hold on an environment: a lease its holder renews while it runs. A hold whose lease ran
 * out is provably stale (its holder stopped renewing), and only such a hold can be broken.
 */
export interface Lock {
  /** Who holds the environment, for people: `acme/release run 42 attempt 1 job deploy`, `alice@laptop pid 123`. */
  holder: string;
  /** The holding job: workflow run, attempt, job and hold key (see Holder.job). */
  job: string;
  /** The holder's workflow run (`owner/repo/run-id`): a later attempt of it may take over (attempts never overlap). */
  run?: string;
  attempt?: number;
  /** Random, one per acquisition: only the run that drew it renews or releases the hold. */
  token: string;
  since: string;
  /** The lease's end (ISO time) unless the holder renews it. */
  expires: string;
}

/** Everything Lockstep knows about one environment. */
export interface RolloutState {
  environment: string;
  /** Last version the environment fully reached, forward or by rollback. */
  version?: number;
  /** The commit live in the environment, per repository, as far as finished steps prove it. */
  deployed: Record<string, string>;
  /**
   * Per repository, the commits a step that started and did not finish (failed, cancelled,
   * or cut off with its runner) may have put live instead of `deployed`. Only a finished
   * step of that repository clears it; until then plans treat the repository as possibly at
   * any of these.
   */
  uncertain?: Record<string, string[]>;
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
  | { type: 'cancelled'; step: PlannedStep; url?: string; at: string }
  | { type: 'complete'; kind: StepKind; version: number }
  /** Takes the environment (a new hold, or one taken over). */
  | { type: 'lock'; lock: Lock }
  /** The holder extends its lease; ignored unless `token` is the current hold's. */
  | { type: 'renew'; token: string; expires: string }
  /** The holder lets go; ignored unless `token` is the current hold's (never drops someone else's). */
  | { type: 'unlock'; token: string };

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
  const next: RolloutState = {
    ...state,
    deployed: { ...state.deployed },
    uncertain: Object.fromEntries(Object.entries(state.uncertain ?? {}).map(([r, c]) => [r, [...c]])),
    versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })),
    records: [...state.records],
  };
  const tidy = (n: RolloutState) => {
    if (Object.keys(n.uncertain!).length === 0) delete n.uncertain;
    return n;
  };
  switch (event.type) {
    case 'begin-version': {
      if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
        // A version number whose content changed (written again after a revert) starts over.
        next.versions = next.versions.filter(v => v.version !== event.version);
        next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
      }
      return tidy(next);
    }
    case 'starting':
      next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
      // From here on the deployer may change the environment, whatever this run later learns.
      possiblyAt(next, event.step);
      return tidy(next);
    case 'started': {
      const i = lastIndex(next, event.step);
      const ref = event.ref ? { ref: event.ref } : {};
      if (i < 0) next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
      else next.records[i] = { ...next.records[i], status: 'started', ...ref };
      possiblyAt(next, event.step);
      return tidy(next);
    }
    case 'finished':
    case 'failed':
    case 'cancelled': {
      const i = lastIndex(next, event.step);
      const status = event.type;
      const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) } as const;
      if (i < 0) next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
      else next.records[i] = { ...next.records[i], ...done };
      if (status === 'finished') {
        next.deployed[event.step.repository] = event.step.commit;
        delete next.uncertain![event.step.repository];
        if (event.step.kind === 'deploy') {
          const v = [...next.versions].reverse().find(a => a.version === event.step.version);
          if (v && !v.finished.includes(event.step.index)) v.finished.push(event.step.index);
        }
      } else {
        // A failed or cancelled deploy may have gone out before it failed.
        possiblyAt(next, event.step);
      }
      return tidy(next);
    }
    case 'complete':
      next.version = event.version;
      // A rollback undoes every newer version: they no longer count as applied.
      if (event.kind === 'rollback') next.versions = next.versions.filter(v => v.version <= event.version);
      return tidy(next);
    case 'lock':
      next.lock = { ...event.lock };
      return tidy(next);
    case 'renew':
      if (next.lock?.token === event.token) next.lock = { ...next.lock, expires: event.expires };
      return tidy(next);
    case 'unlock':
      if (next.lock?.token === event.token) delete next.lock;
      return tidy(next);
  }
}

function possiblyAt(state: RolloutState, step: PlannedStep): void {
  const { repository, commit } = step;
  if (state.deployed[repository] === commit && !state.uncertain![repository]) return;
  const list = (state.uncertain![repository] ??= []);
  if (!list.includes(commit)) list.push(commit);
}

/** The commits a repository may be live at: the proven one (if any) and every uncertain one. */
export function possibleCommits(state: RolloutState, repository: string): string[] {
  const proven = state.deployed[repository];
  const maybe = state.uncertain?.[repository] ?? [];
  return [...(proven !== undefined ? [proven] : []), ...maybe.filter(c => c !== proven)];
}

function stepFields(s: PlannedStep) {
  return { kind: s.kind, version: s.version, index: s.index, repository: s.repository, commit: s.commit };
}

function lastIndex(state: RolloutState, step: PlannedStep): number {
  for (let i = state.records.length - 1; i >= 0; i--) if (sameStep(state.records[i], step)) return i;
  return -1;
}
