import { randomUUID } from 'node:crypto';
import { DEFAULT_LEASE, decideLock, HoldLost, newLock, type Holder, type Lease } from '../../core/rollout/lock.js';
import type { VersionPlan } from '../../core/rollout/plan.js';
import { reduce, type DeployerRef, type Lock, type PlannedStep, type RolloutEvent, type RolloutState } from '../../core/rollout/state.js';
import type { Reporter } from '../../core/reporter.js';

export interface AcquireOptions {
  /** Take a hold whose lease ran out (never a live one). */
  breakLock: boolean;
  reporter: Reporter;
  /**
   * Runs on the state just read, before the hold is written: a refusal (a broken version
   * chain, a repository in doubt) leaves the state exactly as it was.
   */
  check?: (state: RolloutState) => Promise<void> | void;
}

/**
 * Where an environment's rollout progress lives. Every change is written before the next
 * step starts, so a run that dies leaves a state the next run resumes from.
 *
 * The hold is a lease: `acquire` takes it, the store renews it every `lease.renewMs` while
 * the run lasts, `release` lets go of it. A store that finds its hold taken by another run
 * (broken after its lease ran out) throws HoldLost from then on and writes nothing more.
 */
export interface StateStore {
  readonly environment: string;
  load(): Promise<RolloutState>;
  /** Takes the environment for `holder`; throws a LockstepError while another run holds it. */
  acquire(holder: Holder, options: AcquireOptions): Promise<RolloutState>;
  /** Releases the hold taken by `acquire` (also after a failure); never another run's. */
  release(): Promise<void>;
  beginVersion(part: VersionPlan): Promise<void>;
  /** Written before the deployer is asked to start: a crash after this point is seen by the next run. */
  begin(step: PlannedStep, attempt: number): Promise<void>;
  recordStarted(step: PlannedStep, ref: DeployerRef): Promise<void>;
  recordFinished(step: PlannedStep, url?: string): Promise<void>;
  recordFailed(step: PlannedStep, url?: string): Promise<void>;
  /** The step was stopped on SIGINT/SIGTERM; like a failure, it leaves its repository in doubt. */
  recordCancelled(step: PlannedStep, url?: string): Promise<void>;
  complete(part: VersionPlan): Promise<void>;
}

/**
 * The shared half of both stores: the state is the replay of events through the pure
 * `reduce`; a store only decides how an event is persisted and read back. Events are
 * applied one at a time (a lease renewal never interleaves with a step's record).
 */
export abstract class EventStateStore implements StateStore {
  protected state?: RolloutState;
  protected holder?: Holder;
  /** This run's hold, while it has one. */
  protected token?: string;
  private lost?: HoldLost;
  private queue: Promise<unknown> = Promise.resolve();
  private renewal?: NodeJS.Timeout;

  constructor(
    readonly environment: string,
    readonly lease: Lease = DEFAULT_LEASE,
    /** Epoch milliseconds: the clock leases are judged by (a test gives every party one clock). */
    protected readonly clock: () => number = Date.now,
  ) {}

  abstract load(): Promise<RolloutState>;
  /**
   * Persists one event; `next` is the state after it. While this run holds the
   * environment (`token`), a store that sees another run's hold throws HoldLost instead of
   * writing (`lostHold` builds it).
   */
  protected abstract persist(event: RolloutEvent, next: RolloutState): Promise<void>;

  protected lostHold(now: Lock | undefined): HoldLost {
    return new HoldLost(this.environment, now);
  }

  protected apply(event: RolloutEvent): Promise<void> {
    const run = async () => {
      if (this.lost) throw this.lost;
      const current = this.state ?? (await this.load());
      const next = reduce(current, event);
      try {
        await this.persist(event, next);
      } catch (e) {
        if (e instanceof HoldLost) {
          this.lost = e;
          this.stopRenewing();
        }
        throw e;
      }
      this.state = next;
    };
    const done = this.queue.then(run, run);
    this.queue = done.catch(() => undefined);
    return done;
  }

  async acquire(holder: Holder, options: AcquireOptions): Promise<RolloutState> {
    const state = await this.load();
    const now = new Date(this.clock());
    const decision = decideLock(this.environment, state.lock, holder, { breakLock: options.breakLock, now });
    if (!decision.take) throw decision.error;
    await options.check?.(state);
    if (decision.warning) options.reporter.warning(decision.warning);
    this.holder = holder;
    this.token = randomUUID();
    this.lost = undefined;
    await this.apply({ type: 'lock', lock: newLock(holder, this.token, now, this.lease) });
    this.startRenewing(options.reporter);
    return this.state!;
  }

  private startRenewing(reporter: Reporter): void {
    this.stopRenewing();
    let pending = false;
    this.renewal = setInterval(() => {
      // A renewal slower than the interval is not queued behind by another.
      if (pending) return;
      pending = true;
      this.renew()
        .catch(e => {
          // A lost hold is reported by the next step, which stops; anything else may heal by the next renewal.
          if (!(e instanceof HoldLost)) reporter.warning(`could not renew the hold on "${this.environment}": ${(e as Error).message}`);
        })
        .finally(() => (pending = false));
    }, this.lease.renewMs);
    // Renewing must not keep a finished process alive.
    this.renewal.unref();
  }

  /** Extends this run's hold by one lease from now; throws HoldLost when it is no longer this run's. */
  protected renew(): Promise<void> {
    const token = this.token;
    if (!token) return Promise.resolve();
    return this.apply({ type: 'renew', token, expires: new Date(this.clock() + this.lease.ttlMs).toISOString() });
  }

  private stopRenewing(): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = undefined;
  }

  async release(): Promise<void> {
    this.stopRenewing();
    const token = this.token;
    this.holder = undefined;
    if (!token || this.lost) return;
    await this.apply({ type: 'unlock', token });
    this.token = undefined;
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
  recordCancelled(step: PlannedStep, url?: string): Promise<void> {
    return this.apply({ type: 'cancelled', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
  }
  complete(part: VersionPlan): Promise<void> {
    return this.apply({ type: 'complete', kind: part.kind, version: part.version });
  }
}
