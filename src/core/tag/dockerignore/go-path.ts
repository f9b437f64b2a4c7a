/** The pieces of Go's standard library that moby/patternmatcher leans on, ported for Unix. */

/** Go's `unicode.IsSpace`, which `strings.TrimSpace` trims (not JavaScript's `trim`: U+0085 yes, U+FEFF no). */
export function isGoSpace(c: number): boolean {
  return (
    (c >= 0x9 && c <= 0xd) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Go's `strings.TrimSpace`. */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  // None of Go's spaces lies outside the BMP: UTF-16 units are code points here.
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** Go's `path/filepath.Clean` on Unix: the shortest equivalent path, lexically. */
export function clean(path: string): string {
  if (path === '') return '.';
  const rooted = path[0] === '/';
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Go's `path/filepath.Dir` on Unix. */
export function dir(path: string): string {
  const slash = path.lastIndexOf('/');
  return clean(path.slice(0, slash + 1));
}

export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern');
  }
}

/**
 * Go's `path/filepath.Match(pattern, ".")` for its error alone: whether the pattern is
 * malformed (an unterminated or empty `[...]`, a bad range, a trailing `\`), with the check
 * of the whole pattern that current Go versions make. Throws BadPatternError.
 */
export function checkMatchSyntax(pattern: string): void {
  // Byte-wise as in Go, on UTF-8 bytes; `[...]` items are decoded as runes.
  const p: Uint8Array = new TextEncoder().encode(pattern);
  let name: Uint8Array = new TextEncoder().encode(".");
  let rest = p;
  let failedOverall = false;
  while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    if (failedOverall) {
      matchChunk(chunk, new Uint8Array(0));
      continue;
    }
    if (star && chunk.length === 0) return; // Go returns early here: the rest is not checked.
    const m = matchChunk(chunk, name);
    if (m !== undefined && (m.length === 0 || rest.length > 0)) {
      name = m;
      continue;
    }
    let matched = false;
    if (star) {
      for (let i = 0; i < name.length && name[i] !== 0x2f; i++) {
        const t = matchChunk(chunk, name.subarray(i + 1));
        if (t !== undefined) {
          if (rest.length === 0 && t.length > 0) continue;
          name = t;
          matched = true;
          break;
        }
      }
    }
    if (!matched) failedOverall = true;
  }
}

function scanChunk(pattern: Uint8Array): { star: boolean; chunk: Uint8Array; after: Uint8Array } {
  let star = false;
  while (pattern.length > 0 && pattern[0] === 0x2a) {
    pattern = pattern.subarray(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case 0x5c:
        if (i + 1 < pattern.length) i++;
        break;
      case 0x5b:
        inrange = true;
        break;
      case 0x5d:
        inrange = false;
        break;
      case 0x2a:
        if (!inrange) break scan;
    }
  }
  return { star, chunk: pattern.subarray(0, i), after: pattern.subarray(i) };
}

// `ignoreBOM`: a U+FEFF is a character here, not a mark to drop.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes one rune as Go's utf8.DecodeRune: [rune, size]; an invalid byte is U+FFFD of size 1. */
function decodeRune(b: Uint8Array): [number, number] {
  if (b.length === 0) return [0xfffd, 0];
  const s = UTF8.decode(b.subarray(0, 4));
  const c = s.codePointAt(0)!;
  if (c === 0xfffd && !(b[0] === 0xef && b[1] === 0xbf && b[2] === 0xbd)) return [0xfffd, 1];
  return [c, c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4];
}

function getEsc(chunk: Uint8Array): { r: number; rest: Uint8Array } {
  if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d) throw new BadPatternError();
  if (chunk[0] === 0x5c) {
    chunk = chunk.subarray(1);
    if (chunk.length === 0) throw new BadPatternError();
  }
  const [r, n] = decodeRune(chunk);
  if (r === 0xfffd && n === 1) throw new BadPatternError();
  const rest = chunk.subarray(n);
  if (rest.length === 0) throw new BadPatternError();
  return { r, rest };
}

/** Go's matchChunk: the rest of `s` after `chunk` matched its start, or undefined; throws on a malformed chunk. */
function matchChunk(chunk: Uint8Array, s: Uint8Array): Uint8Array | undefined {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    switch (chunk[0]) {
      case 0x5b: {
        let r = 0;
        if (!failed) {
          const [c, n] = decodeRune(s);
          r = c;
          s = s.subarray(n);
        }
        chunk = chunk.subarray(1);
        let negated = false;
        if (chunk.length > 0 && chunk[0] === 0x5e) {
          negated = true;
          chunk = chunk.subarray(1);
        }
        let match = false;
        let nrange = 0;
        for (;;) {
          if (chunk.length > 0 && chunk[0] === 0x5d && nrange > 0) {
            chunk = chunk.subarray(1);
            break;
          }
          const lo = getEsc(chunk);
          chunk = lo.rest;
          let hi = lo.r;
          if (chunk[0] === 0x2d) {
            const h = getEsc(chunk.subarray(1));
            chunk = h.rest;
            hi = h.r;
          }
          if (lo.r <= r && r <= hi) match = true;
          nrange++;
        }
        if (match === negated) failed = true;
        break;
      }
      case 0x3f:
        if (!failed) {
          if (s[0] === 0x2f) failed = true;
          s = s.subarray(Math.max(1, decodeRune(s)[1]));
        }
        chunk = chunk.subarray(1);
        break;
      default:
        if (chunk[0] === 0x5c) {
          chunk = chunk.subarray(1);
          if (chunk.length === 0) throw new BadPatternError();
        }
        if (!failed) {
          if (chunk[0] !== s[0]) failed = true;
          s = s.subarray(1);
        }
        chunk = chunk.subarray(1);
    }
  }
  return failed ? undefined : s;
}
