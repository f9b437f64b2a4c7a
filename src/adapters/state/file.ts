import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LockstepError } from '../../core/errors.js';
import type { Holder, Lease } from '../../core/rollout/lock.js';
import { emptyState, type RolloutEvent, type RolloutState } from '../../core/rollout/state.js';
import { writeFileAtomic } from '../fs.js';
import { EventStateStore, type AcquireOptions } from './store.js';

const FORMAT = 'lockstep-state/1';

interface StateFile {
  format: typeof FORMAT;
  environments: Record<string, RolloutState>;
}

/**
 * The state as a JSON file holding every environment, rewritten atomically after every
 * event: readers see the state before a step or after it, never half of it. The default for
 * the CLI and for tests.
 */
export class FileStateStore extends EventStateStore {
  constructor(
    environment: string,
    readonly path: string,
    /** The path as messages show it. */
    private readonly display = path,
    lease?: Lease,
  ) {
    super(environment, lease);
  }

  private async readAll(): Promise<StateFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { format: FORMAT, environments: {} };
      throw e;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new LockstepError(`state file is not valid JSON: ${(e as Error).message}`, { file: this.display });
    }
    const file = data as Partial<StateFile>;
    if (file?.format !== FORMAT) {
      throw new LockstepError(`not a Lockstep state file (expected "format": "${FORMAT}")`, { file: this.display });
    }
    // Checked before anything is planned from it, and never rewritten when it is wrong.
    const { stateProblems } = await import('./state-schema.js');
    const problems = stateProblems(data);
    for (const [name, env] of Object.entries(file.environments ?? {})) {
      if (problems.length === 0 && env.environment !== name) problems.push(`environments.${name}.environment: "${env.environment}" is not the environment it is filed under`);
    }
    if (problems.length > 0) {
      throw new LockstepError(
        `state file does not match docs/schemas/state.schema.json: ${problems[0]}`,
        { file: this.display },
        [...problems.slice(1, 10), ...(problems.length > 10 ? [`and ${problems.length - 10} more`] : []), 'Nothing was deployed and the file was left as it is; fix it or restore it from its history.'],
      );
    }
    return file as StateFile;
  }

  /**
   * Checking the hold and writing ours is a read and a write: two processes starting at once
   * could both see no hold. An exclusive `<file>.lock` (O_EXCL) makes the pair one step.
   */
  override acquire(holder: Holder, options: AcquireOptions): Promise<RolloutState> {
    return this.guarded(() => super.acquire(holder, options));
  }

  private guarding = false;

  /** Runs `fn` holding `<file>.lock`; re-entrant within this store (acquire persists the hold). */
  private async guarded<T>(fn: () => Promise<T>): Promise<T> {
    if (this.guarding) return fn();
    const guard = `${this.path}.lock`;
    await mkdir(dirname(this.path), { recursive: true });
    for (let tries = 0; ; tries++) {
      try {
        await (await open(guard, 'wx')).close();
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        // A guard older than a few seconds belongs to a process that died holding it.
        const found = await stat(guard).catch(() => undefined);
        if (found && Date.now() - found.mtimeMs > 10_000) await breakStaleGuard(guard, found);
        else if (tries > 400) throw new LockstepError(`could not take ${this.display}.lock; remove it if no other lockstep process is running`, { file: this.display });
        else await sleep(25);
      }
    }
    this.guarding = true;
    try {
      return await fn();
    } finally {
      this.guarding = false;
      await rm(guard, { force: true });
    }
  }

  /** Every environment the file holds a state for, in the file's order. */
  async environments(): Promise<string[]> {
    return Object.keys((await this.readAll()).environments);
  }

  async load(): Promise<RolloutState> {
    const all = await this.readAll();
    this.state = all.environments[this.environment] ?? emptyState(this.environment);
    return this.state;
  }

  protected persist(event: RolloutEvent, next: RolloutState): Promise<void> {
    // Re-read under the guard so that another environment's progress in the same file is kept.
    return this.guarded(async () => {
      const all = await this.readAll();
      const stored = all.environments[this.environment]?.lock;
      if (this.token && event.type !== 'lock' && stored?.token !== this.token) {
        // Broken after our lease ran out: the state is the new holder's now; nothing of ours may land in it.
        if (event.type === 'unlock') return;
        throw this.lostHold(stored);
      }
      // Every write of the holder renews its lease too: a run that stalled past its lease and
      // that nobody broke is live again before its write lands, so a breaker (who must take this
      // same guard) never takes a hold whose run goes on to deploy.
      const lock = next.lock;
      const renewed = this.token && lock?.token === this.token ? { ...next, lock: { ...lock, expires: laterOf(lock.expires, this.clock() + this.lease.ttlMs) } } : next;
      all.environments[this.environment] = renewed;
      await writeFileAtomic(this.path, `${JSON.stringify(all, null, 2)}\n`);
    });
  }
}

function laterOf(iso: string, ms: number): string {
  return Date.parse(iso) >= ms ? iso : new Date(ms).toISOString();
}

/**
 * Removes the guard judged stale (`stale`: what stat said of it). Removing it by name could
 * remove a fresh guard that another process, which found the same stale one, made in between:
 * the guard is moved aside first, and put back unless it is the very file judged stale.
 */
async function breakStaleGuard(guard: string, stale: { ino: number; dev: number }): Promise<void> {
  const aside = `${guard}.stale-${randomUUID()}`;
  try {
    await rename(guard, aside);
  } catch {
    return; // already broken by someone else
  }
  const moved = await stat(aside).catch(() => undefined);
  if (moved && (moved.ino !== stale.ino || moved.dev !== stale.dev)) {
    // Another process's fresh guard: back where it was (unless a guard exists again, which is then someone's too).
    await link(aside, guard).catch(() => undefined);
  }
  await rm(aside, { force: true });
}
