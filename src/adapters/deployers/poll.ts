import { setTimeout as sleep } from 'node:timers/promises';

/** How often to ask a deployer whether a run is done. */
export interface PollOptions {
  /** First wait, in milliseconds. */
  initialMs: number;
  /** Waits grow by this factor up to `maxMs`. */
  factor?: number;
  maxMs?: number;
  /** Give up after this long (milliseconds); undefined waits for ever (the job's own timeout applies). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}


/**
 * Calls `check` until it returns a value, waiting longer each time with full jitter between
 * half and all of the current interval, so parallel rollouts do not poll in lockstep.
 */
export async function poll<T>(check: () => Promise<T | undefined>, options: PollOptions): Promise<T> {
  const { initialMs, factor = 1.5, maxMs = Math.max(initialMs, 30_000), timeoutMs, sleep: wait = (ms: number) => sleep(ms), random = Math.random } = options;
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  let interval = initialMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`gave up waiting after ${Math.round(timeoutMs! / 1000)}s`);
    await wait(Math.round(interval / 2 + (random() * interval) / 2));
    interval = Math.min(maxMs, interval * factor);
  }
}
