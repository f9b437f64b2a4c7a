import { LockstepError } from '../errors.js';
import type { Lock } from './state.js';

/**
 * Who is running. `job` identifies one job of one attempt of one workflow run (with the
 * `hold-key` that tells matrix jobs apart), or one process on a laptop; `run` and `attempt`
 * let a later attempt of the same workflow run take over.
 */
export interface Holder {
  /** For people: `acme/release run 42 attempt 1 job deploy [eu]`, `alice@laptop pid 123`. */
  name: string;
  job: string;
  /** `owner/repo/run-id` inside Actions. */
  run?: string;
  attempt?: number;
}

/** How long a hold lasts unless renewed, and how often its holder renews it. */
export interface Lease {
  ttlMs: number;
  renewMs: number;
}

/** Renewed four times per lease: a holder misses three renewals in a row before its hold can be broken. */
export function leaseOf(ttlMs: number): Lease {
  return { ttlMs, renewMs: Math.max(250, Math.floor(ttlMs / 4)) };
}

export const DEFAULT_LEASE: Lease = leaseOf(120_000);

export function newLock(holder: Holder, token: string, now: Date, lease: Lease): Lock {
  return {
    holder: holder.name,
    job: holder.job,
    ...(holder.run ? { run: holder.run } : {}),
    ...(holder.attempt !== undefined ? { attempt: holder.attempt } : {}),
    token,
    since: now.toISOString(),
    expires: new Date(now.getTime() + lease.ttlMs).toISOString(),
  };
}

export type LockDecision = { take: true; warning?: string } | { take: false; error: LockstepError };

/** A hold is stale when its lease ran out: its holder stopped renewing it (it died or lost its runner). */
export function isStale(lock: Lock, now: Date): boolean {
  const expires = Date.parse(lock.expires);
  return !Number.isFinite(expires) || expires < now.getTime();
}

/** Whether `holder` is a later attempt of the workflow run that holds `lock` (which is then over: GitHub never runs two attempts of one run at once). */
export function isLaterAttempt(lock: Lock, holder: Pick<Holder, 'run' | 'attempt'>): boolean {
  return !!holder.run && lock.run === holder.run && holder.attempt !== undefined && lock.attempt !== undefined && lock.attempt < holder.attempt;
}

/**
 * Whether `holder` may take the environment given the hold the state records. A live hold
 * always refuses (two jobs must never both deploy), `break-lock` included: only a hold whose
 * lease ran out can be broken. A later attempt of the same workflow run takes over, since
 * GitHub never runs two attempts of one run at once and the earlier one is over.
 *
 * The same job seen holding the environment is refused too: it is a sibling matrix job
 * without its own `hold-key`, or an earlier step of this job that died holding it (its hold
 * goes stale within one lease).
 */
export function decideLock(environment: string, lock: Lock | undefined, holder: Holder, options: { breakLock: boolean; now: Date }): LockDecision {
  if (!lock) return { take: true };
  const { breakLock, now } = options;
  if (isLaterAttempt(lock, holder)) {
    return { take: true, warning: `taking over environment "${environment}" from an earlier attempt of this run (${lock.holder}, since ${lock.since})` };
  }
  const stale = isStale(lock, now);
  if (stale && breakLock) {
    return { take: true, warning: `breaking the stale hold of ${lock.holder} on environment "${environment}" (since ${lock.since}; its lease ran out at ${lock.expires})` };
  }
  const sameJob = lock.job === holder.job
    ? ['This job itself is named as the holder: in a matrix, give each job its own `hold-key` (e.g. `hold-key: ${{ strategy.job-index }}`).']
    : [];
  if (stale) {
    return {
      take: false,
      error: new LockstepError(
        `environment "${environment}" is held by ${lock.holder} since ${lock.since}; its lease ran out at ${lock.expires} (the holder stopped renewing it)`,
        {},
        [...sameJob, 'If that run is gone (cancelled, runner lost), take the stale hold with the input `break-lock: true` (CLI: `lockstep apply --break-lock`).'],
      ),
    };
  }
  return {
    take: false,
    error: new LockstepError(
      `environment "${environment}" is held by ${lock.holder} since ${lock.since}; refusing to start a second rollout${breakLock ? ' (break-lock takes only a stale hold: this one is renewed' : ' (the hold is renewed'} while its holder runs; its lease runs to ${lock.expires})`,
      {},
      [
        ...sameJob,
        'Wait for that run to finish (give the workflow job a `concurrency: { group: lockstep-<environment>, cancel-in-progress: false }`',
        'so GitHub queues runs instead). A holder that died stops renewing its hold: once its lease ran out, `break-lock: true`',
        '(CLI: `lockstep apply --break-lock`) takes it.',
      ],
    ),
  };
}

/** The hold changed hands while this run was running: it stops before its next step and writes nothing more. */
export class HoldLost extends LockstepError {
  constructor(environment: string, now: Lock | undefined) {
    super(
      now
        ? `lost the hold on environment "${environment}": ${now.holder} took it at ${now.since}; stopping before the next step, leaving the state to its new holder`
        : `lost the hold on environment "${environment}": it was released by someone else; stopping before the next step`,
      {},
      ["This run's lease ran out before it could renew it (a stalled runner?) and another run broke it. Re-run once that run is done."],
    );
    this.name = 'HoldLost';
  }
}
