import { isLockstepError, type LockstepError } from '../../src/core/errors.js';

/** The LockstepError a promise rejects with; resolving, or any other error, fails the test. */
export async function rejection(p: Promise<unknown>): Promise<LockstepError> {
  try {
    await p;
  } catch (e) {
    if (isLockstepError(e)) return e;
    throw e;
  }
  throw new Error('expected a LockstepError');
}
