import { LockstepError, type Location } from './errors.js';

/** A full git object id: SHA-1 (40 hex) or SHA-256 (64 hex). Abbreviations are refused: they can become ambiguous. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isCommitId(value: string): boolean {
  return COMMIT_ID.test(value);
}

/** Guards every commit id that reaches git, a deployer or a file: lower-case full hex only. */
export function assertCommitId(value: string, what: string, location: Location = {}): string {
  if (!isCommitId(value)) {
    throw new LockstepError(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, location);
  }
  return value;
}
