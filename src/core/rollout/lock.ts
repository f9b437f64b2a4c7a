import { LockstepError } from '../errors.js';
import type { Lock } from './state.js';

/** Who is running: a person-readable name and, in Actions, the workflow run it belongs to. */
export interface Holder {
  name: string;
  run?: string;
}

export type LockDecision = { take: true; warning?: string } | { take: false; error: LockstepError };

/**
 * Whether `holder` may take the environment given the lock the state records. Another
 * holder's lock refuses the run (two runs must never interleave) unless it is broken on
 * purpose; a later attempt of the same workflow run takes over, since GitHub never runs two
 * attempts of one run at once and the earlier one is over.
 */
export function decideLock(environment: string, lock: Lock | undefined, holder: Holder, breakLock: boolean): LockDecision {
  if (!lock) return { take: true };
  if (lock.holder === holder.name) return { take: true };
  if (holder.run && lock.run === holder.run) {
    return { take: true, warning: `taking over environment "${environment}" from an earlier attempt of this run (${lock.holder}, since ${lock.since})` };
  }
  if (breakLock) return { take: true, warning: `breaking the hold of ${lock.holder} (since ${lock.since}) on environment "${environment}"` };
  return {
    take: false,
    error: new LockstepError(
      `environment "${environment}" is held by ${lock.holder} since ${lock.since}; refusing to start a second rollout`,
      {},
      [
        'Wait for that run to finish (give the workflow job a `concurrency: { group: lockstep-<environment>, cancel-in-progress: false }`',
        'so GitHub queues runs instead). If that run is gone (cancelled, runner lost), break the stale hold with',
        'the input `break-lock: true` (CLI: `lockstep apply --break-lock`).',
      ],
    ),
  };
}
