/**
 * A port of moby/patternmatcher's `ignorefile.ReadAll`, the reader BuildKit applies to a
 * `.dockerignore`: lines split on `\n` (a `\r` before it dropped, a lone `\r` is not a line
 * break), a UTF-8 byte order mark dropped from the first line, lines starting with `#`
 * skipped (before trimming: ` # x` is a pattern), Go's whitespace trimmed, `!` split off
 * and trimmed again, `filepath.Clean`, one leading `/` removed.
 */
import { clean, trimSpace } from './go-path.js';

/** One pattern and the 1-based line it came from. */
export interface IgnoreLine {
  pattern: string;
  line: number;
}

/** bufio.Scanner's limit: a longer line makes ReadAll (and the build) fail. */
export const MAX_LINE_BYTES = 64 * 1024;

export class IgnoreFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function readIgnoreFile(text: string): IgnoreLine[] {
  const out: IgnoreLine[] = [];
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    if (raw.length * 3 >= MAX_LINE_BYTES && new TextEncoder().encode(raw).length >= MAX_LINE_BYTES) throw new IgnoreFileError('bufio.Scanner: token too long (a line of 64 KiB or more)', i + 1);
    let pattern = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (i === 0 && pattern.startsWith('\uFEFF')) pattern = pattern.slice(1);
    if (pattern.startsWith('#')) return;
    pattern = trimSpace(pattern);
    if (pattern === '') return;
    const invert = pattern[0] === '!';
    if (invert) pattern = trimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = clean(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    out.push({ pattern: invert ? `!${pattern}` : pattern, line: i + 1 });
  });
  return out;
}
