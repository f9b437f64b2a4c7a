import * as core from '@actions/core';
import { LockstepError } from '../core/errors.js';

/**
 * A token or password: masked in the job log from here on. The runner honours `::add-mask::`;
 * anywhere else (a bundle run by hand, a test) the command would print the secret in clear, so
 * it is written only under `GITHUB_ACTIONS=true`.
 */
export function secretInput(name: string): string {
  const value = core.getInput(name);
  if (value && process.env.GITHUB_ACTIONS === 'true') core.setSecret(value);
  return value;
}

/**
 * Typed readers for action inputs. Unlike @actions/core's `getBooleanInput`, an empty input takes the
 * default (action.yml defaults do not apply when an action is run by hand), and a bad value
 * is a LockstepError naming the input rather than a TypeError.
 */
export function booleanInput(name: string, fallback = false): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new LockstepError(`input ${name}: "${value}" is neither true nor false`);
}

/** One of a fixed set of words (`source: git|github`). */
export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new LockstepError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A positive number of seconds (poll intervals); `zero` also allows 0 (a wait that may be none). */
export function secondsInput(name: string, fallback: number, { zero = false } = {}): number {
  const text = core.getInput(name).trim();
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) {
    throw new LockstepError(`input ${name}: "${text}" is not a ${zero ? 'non-negative' : 'positive'} number of seconds`);
  }
  return n;
}
