/**
 * Where a problem sits, so that a report can name it: a file (with line and column
 * where known), or a pull request, or a rollout step.
 */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
}

/**
 * An error the user can act on: bad input, a cycle, a failed step. Entry points print
 * these as `::error` annotations without a stack trace; anything else is a bug.
 */
export class LockstepError extends Error {
  readonly location: Location;
  /** Extra lines printed after the message (a cycle path, a deployer's log link). */
  readonly details: string[];

  constructor(message: string, location: Location = {}, details: string[] = []) {
    super(message);
    this.name = 'LockstepError';
    this.location = location;
    this.details = details;
  }
}

/** Several independent problems found in one pass (every malformed block, not only the first). */
export class LockstepErrors extends LockstepError {
  readonly errors: LockstepError[];

  constructor(errors: LockstepError[]) {
    super(errors.map(e => formatLocated(e)).join('\n'), errors[0]?.location ?? {});
    this.name = 'LockstepErrors';
    this.errors = errors;
  }
}

/** `file:line:col: message`, the form editors and terminals link. */
export function formatLocated(e: LockstepError): string {
  const { file, line, column } = e.location;
  if (!file) return e.message;
  const where = [file, line, line !== undefined ? column : undefined].filter(v => v !== undefined).join(':');
  return `${where}: ${e.message}`;
}

export function isLockstepError(e: unknown): e is LockstepError {
  return e instanceof LockstepError;
}

/**
 * A module of the bundle that could not be loaded (a chunk missing from `dist/`, a library that
 * fails to evaluate), as a user-facing error: the install is broken, not the user's input.
 */
export function loadFailure(e: unknown): LockstepError | undefined {
  const err = e as { code?: string; message?: string; url?: string };
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND' && err?.code !== 'ERR_INVALID_PACKAGE_CONFIG') return undefined;
  return new LockstepError(`Lockstep's code is incomplete: ${err.message ?? String(e)}`, {}, [
    'This is a broken install, not a problem with your input: use a released tag of the action (uses: <owner>/lockstep/actions/<name>@v1), or run `npm run build` in a clone.',
  ]);
}
