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

/** Thrown by `poll` when its signal is aborted (the job was cancelled) while it waits. */
export class PollAborted extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PollAborted';
  }
}

/** `ms` of waiting that ends early, with PollAborted, when `signal` aborts. */
export function pause(ms: number, wait: (ms: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return wait(ms);
  if (signal.aborted) return Promise.reject(new PollAborted());
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(new PollAborted());
    signal.addEventListener('abort', onAbort, { once: true });
    wait(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      e => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Calls `check` until it returns a value, waiting longer each time with full jitter between
 * half and all of the current interval, so parallel rollouts do not poll in lockstep.
 */
export async function poll<T>(check: () => Promise<T | undefined>, options: PollOptions, signal?: AbortSignal): Promise<T> {
  // The timer itself is cleared on abort, so a cancelled job does not linger until it fires.
  const timer = (ms: number) => sleep(ms, undefined, signal ? { signal } : undefined).catch(e => Promise.reject(signal?.aborted ? new PollAborted() : e));
  const { initialMs, factor = 1.5, maxMs = Math.max(initialMs, 30_000), timeoutMs, sleep: wait = timer, random = Math.random } = options;
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  let interval = initialMs;
  for (;;) {
    if (signal?.aborted) throw new PollAborted();
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`gave up waiting after ${Math.round(timeoutMs! / 1000)}s`);
    await pause(Math.round(interval / 2 + (random() * interval) / 2), wait, signal);
    interval = Math.min(maxMs, interval * factor);
  }
}
