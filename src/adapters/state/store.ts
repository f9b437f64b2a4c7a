import { decideLock, type Holder } from '../../core/rollout/lock.js';
import type { VersionPlan } from '../../core/rollout/plan.js';
import { reduce, type DeployerRef, type PlannedStep, type RolloutEvent, type RolloutState } from '../../core/rollout/state.js';
import type { Reporter } from '../../core/reporter.js';

/**
 * Where an environment's rollout progress lives. Every change is written before the next
 * step starts, so a run that dies leaves a state the next run resumes from.
 */
export interface StateStore {
  readonly environment: string;
  load(): Promise<RolloutState>;
  /** Takes the environment for `holder`; throws a LockstepError while another run holds it (unless `breakLock`). */
  acquire(holder: Holder, options: { breakLock: boolean; reporter: Reporter }): Promise<RolloutState>;
  /** Releases the hold taken by `acquire` (also after a failure). */
  release(): Promise<void>;
  /** Drops any hold, whoever has it. */
  breakLock(): Promise<void>;
  beginVersion(part: VersionPlan): Promise<void>;
  /** Written before the deployer is asked to start: a crash after this point is seen by the next run. */
  begin(step: PlannedStep, attempt: number): Promise<void>;
  recordStarted(step: PlannedStep, ref: DeployerRef): Promise<void>;
  recordFinished(step: PlannedStep, url?: string): Promise<void>;
  recordFailed(step: PlannedStep, url?: string): Promise<void>;
  complete(part: VersionPlan): Promise<void>;
}

/**
 * The shared half of both stores: the state is the replay of events through the pure
 * `reduce`; a store only decides how an event is persisted and read back.
 */
export abstract class EventStateStore implements StateStore {
  protected state?: RolloutState;
  protected holder?: Holder;

  constructor(readonly environment: string) {}

  abstract load(): Promise<RolloutState>;
  /** Persists one event; `next` is the state after it. */
  protected abstract persist(event: RolloutEvent, next: RolloutState): Promise<void>;

  protected async apply(event: RolloutEvent): Promise<void> {
    const current = this.state ?? (await this.load());
    const next = reduce(current, event);
    await this.persist(event, next);
    this.state = next;
  }

  async acquire(holder: Holder, options: { breakLock: boolean; reporter: Reporter }): Promise<RolloutState> {
    const state = await this.load();
    const decision = decideLock(this.environment, state.lock, holder, options.breakLock);
    if (!decision.take) throw decision.error;
    if (decision.warning) options.reporter.warning(decision.warning);
    this.holder = holder;
    await this.apply({ type: 'lock', lock: { holder: holder.name, ...(holder.run ? { run: holder.run } : {}), since: new Date().toISOString() } });
    return this.state!;
  }

  async release(): Promise<void> {
    if (!this.holder) return;
    await this.apply({ type: 'unlock' });
    this.holder = undefined;
  }

  async breakLock(): Promise<void> {
    await this.load();
    await this.apply({ type: 'unlock' });
  }

  beginVersion(part: VersionPlan): Promise<void> {
    return this.apply({ type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
  }
  begin(step: PlannedStep, attempt: number): Promise<void> {
    return this.apply({ type: 'starting', step, attempt, at: new Date().toISOString() });
  }
  recordStarted(step: PlannedStep, ref: DeployerRef): Promise<void> {
    return this.apply({ type: 'started', step, ref, at: new Date().toISOString() });
  }
  recordFinished(step: PlannedStep, url?: string): Promise<void> {
    return this.apply({ type: 'finished', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
  }
  recordFailed(step: PlannedStep, url?: string): Promise<void> {
    return this.apply({ type: 'failed', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
  }
  complete(part: VersionPlan): Promise<void> {
    return this.apply({ type: 'complete', kind: part.kind, version: part.version });
  }
}
