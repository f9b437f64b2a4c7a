import picomatch from 'picomatch';
import { LockstepError } from '../errors.js';

/**
 * One pattern of the `render` input, read by picomatch (the matcher of micromatch and
 * fast-glob): `*` and `?` within one path segment, `**` across segments, `{a,b}` alternatives,
 * `[...]` classes. Patterns are posix paths relative to the workspace; `*` matches dotfiles
 * too, as a manifest folder's `.env.yaml` is a manifest like any other.
 */
export interface RenderGlob {
  /** False for a plain path (a file, or a folder meaning every file in it). */
  isGlob: boolean;
  /** The folder before the first segment holding a glob character: where a walk starts (`.` for the root). */
  base: string;
  /** Whether a workspace-relative path matches. */
  matches(path: string): boolean;
}

/** A `render` pattern; a malformed one (an unclosed `[`, `{` or `(`) is an error naming the input. */
export function renderGlob(pattern: string, input = 'render'): RenderGlob {
  // picomatch reads `[!ab]` as a class holding `!` (and as an extglob), not as `[^ab]`: refused rather than matched otherwise than meant.
  if (pattern.includes('[!')) throw new LockstepError(`${input}: "${pattern}" uses "[!...]"; write a negated class as "[^...]"`);
  const options = { dot: true, strictBrackets: true };
  const scan = picomatch.scan(pattern);
  let test: (path: string) => boolean;
  try {
    test = picomatch(pattern, options);
  } catch (e) {
    throw new LockstepError(`${input}: "${pattern}" is not a valid glob (${(e as Error).message})`);
  }
  // One argument only: picomatch's matcher returns an object, always truthy, given a second.
  return { isGlob: scan.isGlob, base: scan.isGlob ? scan.base || '.' : pattern, matches: path => test(path) };
}
