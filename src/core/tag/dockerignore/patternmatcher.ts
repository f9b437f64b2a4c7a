/**
 * A port of moby/patternmatcher (the matcher BuildKit and the Docker CLI apply to
 * `.dockerignore` patterns), Unix separator: `New`, the pattern-to-regexp translation and
 * the two matching entry points BuildKit uses. Proven against the Go library by
 * test/tag/dockerignore-go.test.ts.
 */
import { compileGoRegexp } from './go-regexp.js';
import { checkMatchSyntax, clean, dir, trimSpace } from './go-path.js';

/** A pattern Go's `patternmatcher.New` (or its regexp) refuses; `index` is its place in the list. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface Pattern {
  /** After `filepath.Clean`, without the `!`. */
  readonly cleaned: string;
  readonly exclusion: boolean;
  readonly type: MatchType;
  readonly regexp?: RegExp;
  /** `cleaned` split on `/`. */
  readonly dirs: readonly string[];
  /** What `prefix` and `suffix` patterns compare, cut once. */
  readonly affix: string;
}

/** Go's `Pattern.compile`: the match type and, for `regexp`, the Go regexp source. */
export function compilePattern(cleaned: string): { type: MatchType; source?: string } {
  let regStr = '^';
  let type: MatchType = 'exact';
  const chars = [...cleaned];
  let k = 0;
  // text/scanner skips a byte order mark at the very start.
  if (chars[0] === '\uFEFF') k = 1;
  const peek = () => chars[k];
  for (let i = 0; k < chars.length; i++) {
    const ch = chars[k++];
    if (ch === '*') {
      if (peek() === '*') {
        k++;
        if (peek() === '/') k++;
        if (peek() === undefined) {
          if (type === 'exact') type = 'prefix';
          else {
            regStr += '.*';
            type = 'regexp';
          }
        } else {
          regStr += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        regStr += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      regStr += '[^/]';
      type = 'regexp';
    } else if ('.+()$'.includes(ch)) {
      // Go escapes `.+()|{}$` through an 8-byte bitmap whose bits above 7 are lost: `|`, `{`
      // and `}` stay regexp syntax (`a*|` matches everything). Reproduced, as BuildKit does it.
      regStr += `\\${ch}`;
    } else if (ch === '\\') {
      if (peek() !== undefined) {
        regStr += `\\${chars[k++]}`;
        type = 'regexp';
      } else {
        regStr += '\\';
      }
    } else if (ch === '[' || ch === ']') {
      regStr += ch;
      type = 'regexp';
    } else {
      regStr += ch;
    }
  }
  return type === 'regexp' ? { type, source: `${regStr}$` } : { type };
}

/** Go's `patternmatcher.New`, with each regexp compiled up front: throws PatternError for a pattern Go would fail on. */
export function newPatterns(patterns: readonly string[]): Pattern[] {
  const out: Pattern[] = [];
  patterns.forEach((raw, index) => {
    let p = trimSpace(raw);
    if (p === '') return;
    p = clean(p);
    let exclusion = false;
    if (p[0] === '!') {
      if (p.length === 1) throw new PatternError('illegal exclusion pattern: "!"', index);
      exclusion = true;
      p = p.slice(1);
    }
    try {
      checkMatchSyntax(p);
    } catch (e) {
      throw new PatternError(`${(e as Error).message}: "${p}"`, index);
    }
    const { type, source } = compilePattern(p);
    let regexp: RegExp | undefined;
    if (source !== undefined) {
      try {
        regexp = compileGoRegexp(source);
      } catch (e) {
        throw new PatternError(`${(e as Error).message} (from the pattern "${p}")`, index);
      }
    }
    out.push({ cleaned: p, exclusion, type, regexp, dirs: p.split('/'), affix: type === 'prefix' ? p.slice(0, -2) : type === 'suffix' ? p.slice(2) : '' });
  });
  return out;
}

/** Go's `Pattern.match`. */
export function patternMatches(p: Pattern, path: string): boolean {
  switch (p.type) {
    case 'exact':
      return path === p.cleaned;
    case 'prefix':
      return path.startsWith(p.affix);
    case 'suffix': {
      const suffix = p.affix;
      if (path.endsWith(suffix)) return true;
      return suffix.charCodeAt(0) === 0x2f && path.length === suffix.length - 1 && suffix.endsWith(path);
    }
    case 'regexp':
      return p.regexp!.test(path);
  }
}

/** Go's `MatchesOrParentMatches` (Docker's classic builder and `COPY` checks use it). */
export function matchesOrParentMatches(patterns: readonly Pattern[], file: string): boolean {
  let matched = false;
  const parentPath = dir(file);
  const parentDirs = parentPath.split('/');
  for (const pattern of patterns) {
    if (pattern.exclusion !== matched) continue;
    let match = patternMatches(pattern, file);
    if (!match && parentPath !== '.') {
      for (let i = 0; i < parentDirs.length && !match; i++) match = patternMatches(pattern, parentDirs.slice(0, i + 1).join('/'));
    }
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

/**
 * Go's `MatchesUsingParentResults`: the verdict for `file` given its folder's `MatchInfo`
 * (undefined at the top, where Go passes the zero value), and `file`'s own `MatchInfo`.
 * BuildKit's context walker (tonistiigi/fsutil) calls it for every folder and file it
 * visits, passing each folder's result down: that fold, not `MatchesOrParentMatches`, is
 * what decides which files are sent.
 */
export function matchesUsingParentResults(patterns: readonly Pattern[], file: string, parent: readonly boolean[] | undefined): { matched: boolean; info: boolean[] } {
  const info = new Array<boolean>(patterns.length).fill(false);
  let matched = false;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i];
    let match = parent !== undefined && parent.length !== 0 ? parent[i] : false;
    if (!match) {
      if (pattern.exclusion !== matched) continue;
      match = patternMatches(pattern, file);
      if (!match && (parent === undefined || parent.length === 0)) {
        const parentPath = dir(file);
        if (parentPath !== '.') {
          const parentDirs = parentPath.split('/');
          for (let j = 0; j < parentDirs.length && !match; j++) match = patternMatches(pattern, parentDirs.slice(0, j + 1).join('/'));
        }
      }
    }
    info[i] = match;
    if (match) matched = !pattern.exclusion;
  }
  return { matched, info };
}
