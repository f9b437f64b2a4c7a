/**
 * The small glob language of the `render` input: `*` and `?` within one path segment, `**`
 * across segments, `{a,b}` alternatives and `[...]` classes. Patterns are posix paths
 * relative to the workspace.
 */
export function hasGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** The folder part before the first segment holding a glob character: where a walk starts. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (hasGlob(s)) break;
    fixed.push(s);
  }
  return fixed.length ? fixed.join('/') : '.';
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `**` everything below.
          if (pattern[i + 2] === '/') {
            re += '(?:[^/]*/)*';
            i += 2;
          } else {
            re += '.*';
            i += 1;
          }
          continue;
        }
        re += '[^/]*';
        i += 1;
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
      } else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) {
      re += '|';
    } else {
      re += ch.replace(/[.+^$()|\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}
