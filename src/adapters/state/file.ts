import { readFile } from 'node:fs/promises';
import { LockstepError } from '../../core/errors.js';
import { emptyState, type RolloutEvent, type RolloutState } from '../../core/rollout/state.js';
import { writeFileAtomic } from '../fs.js';
import { EventStateStore } from './store.js';

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
  ) {
    super(environment);
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
    if (file?.format !== FORMAT || typeof file.environments !== 'object' || file.environments === null) {
      throw new LockstepError(`not a Lockstep state file (expected "format": "${FORMAT}")`, { file: this.display });
    }
    return file as StateFile;
  }

  async load(): Promise<RolloutState> {
    const all = await this.readAll();
    this.state = all.environments[this.environment] ?? emptyState(this.environment);
    return this.state;
  }

  protected async persist(_event: RolloutEvent, next: RolloutState): Promise<void> {
    // Re-read so that another environment's progress in the same file is kept.
    const all = await this.readAll();
    all.environments[this.environment] = next;
    await writeFileAtomic(this.path, `${JSON.stringify(all, null, 2)}\n`);
  }
}
