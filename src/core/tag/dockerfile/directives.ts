/**
 * A port of BuildKit's frontend/dockerfile/parser/directives.go: the parser directives at the
 * top of a Dockerfile (`# syntax=`, `# escape=`, `# check=`) and `DetectSyntax`, the look-up
 * by which BuildKit's built-in frontend decides, before anything is parsed, whether to hand
 * the build to a frontend image (frontend/dockerfile/builder/build.go).
 */
import { isGoSpace } from '../dockerignore/go-path.js';

export class DirectiveError extends Error {}

/**
 * How one frontend version's parser reads directives (the rest of what differs between
 * versions is in `ParserRules`, parser.ts). The current ones are BuildKit's master.
 */
export interface DirectiveRules {
  /** `# check=` is a directive (docker/dockerfile 1.8.0 and later); before, it is a comment that ends them. */
  checkDirective: boolean;
  /**
   * After the comment prefix, any Unicode space (`unicode.IsSpace`: also `\v`, U+0085,
   * U+00A0, ...) may come before the key (1.21.0 and later: CutPrefix + TrimLeftFunc);
   * before, only regexp `\s`, ASCII `\t\n\f\r `.
   */
  unicodeSpace: boolean;
}

export const CURRENT_DIRECTIVE_RULES: DirectiveRules = { checkDirective: true, unicodeSpace: true };

export interface Directive {
  /** Lower-cased: keys are case-insensitive, values are not. */
  name: 'syntax' | 'escape' | 'check';
  value: string;
  /** 1-based, counting a shebang line `DetectSyntax` skipped. */
  line: number;
}

// Go's regexp `\s` is ASCII `[\t\n\f\r ]` (no `\v`), and `.` anything but `\n`.
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;
const isAsciiRegexpSpace = (c: number) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;

/** BuildKit's DirectiveParser: once a line is not a directive, no later line is one. */
export class DirectiveParser {
  private line: number;
  private done = false;
  private readonly seen = new Set<string>();

  constructor(
    private readonly comment: '#' | '//' = '#',
    private readonly rules: DirectiveRules = CURRENT_DIRECTIVE_RULES,
    startLine = 0,
  ) {
    this.line = startLine;
  }

  /** Whether a line that is not a directive was seen: none after it is one. */
  get finished(): boolean {
    return this.done;
  }

  /** ParseLine: the directive on this line, if it is one; throws DirectiveError on a repeated one. */
  parseLine(text: string): Directive | undefined {
    this.line++;
    if (this.done) return undefined;
    if (!text.startsWith(this.comment)) {
      this.done = true;
      return undefined;
    }
    const isSpace = this.rules.unicodeSpace ? isGoSpace : isAsciiRegexpSpace;
    let i = this.comment.length;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const m = DIRECTIVE.exec(text.slice(i));
    const name = m?.[1].toLowerCase();
    if (!m || !(name === 'syntax' || name === 'escape' || (name === 'check' && this.rules.checkDirective))) {
      this.done = true;
      return undefined;
    }
    if (this.seen.has(name)) throw new DirectiveError(`only one ${name} parser directive can be used`);
    this.seen.add(name);
    return { name, value: m[2], line: this.line };
  }
}

export interface DetectedSyntax {
  /** The frontend image: the value up to its first space (`docker/dockerfile:1`). */
  ref: string;
  /** The whole value, options after the image included; BuildKit passes it on as `cmdline`. */
  cmdline: string;
  /** 1-based line (a JSON file: its first line). */
  line: number;
  /** `#` (a Dockerfile's), `//` (C-style), or a JSON file `{"syntax": "..."}`. */
  form: '#' | '//' | 'json';
}

/** bufio.Scanner's buffer (MaxScanTokenSize): a line that fills it, `\n` included, stops the scan. */
const MAX_SCAN_TOKEN = 64 * 1024;

/**
 * DetectSyntax: the frontend a file names, as the built-in frontend finds it. A UTF-8 BOM and
 * a first line `#!...` are skipped; then the `#` directives at the very top (as written: not
 * left-trimmed, unlike the parser's), else the same with `//`, else the whole file as a JSON
 * object with a string `syntax`. A repeated directive ends the look-up with what was found.
 */
export function detectSyntax(text: string): DetectedSyntax | undefined {
  let data = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 0;
  const newline = data.indexOf('\n');
  if ((newline < 0 ? data : data.slice(0, newline)).startsWith('#!')) {
    data = newline < 0 ? '' : data.slice(newline + 1);
    line = 1;
  }
  for (const comment of ['#', '//'] as const) {
    const found = scanDirectives(data, new DirectiveParser(comment, CURRENT_DIRECTIVE_RULES, line)).find(d => d.name === 'syntax');
    if (found) {
      const space = found.value.indexOf(' ');
      return { ref: space < 0 ? found.value : found.value.slice(0, space), cmdline: found.value, line: found.line, form: comment };
    }
  }
  const value = jsonSyntax(data);
  return value === undefined ? undefined : { ref: value, cmdline: value, line: Math.max(line, 1), form: 'json' };
}

/** ParseAll over bufio.Scanner's ScanLines (lines split at `\n`, one trailing `\r` dropped). */
function scanDirectives(data: string, parser: DirectiveParser): Directive[] {
  const out: Directive[] = [];
  let start = 0;
  while (start < data.length && !parser.finished) {
    const end = data.indexOf('\n', start);
    let token = end < 0 ? data.slice(start) : data.slice(start, end);
    // The scanner fails on a line its buffer cannot hold (the `\n` included): what was found stands.
    if (Buffer.byteLength(token, 'utf8') + 1 > MAX_SCAN_TOKEN) break;
    start = end < 0 ? data.length : end + 1;
    if (token.endsWith('\r')) token = token.slice(0, -1);
    let directive: Directive | undefined;
    try {
      directive = parser.parseLine(token);
    } catch (e) {
      if (e instanceof DirectiveError) break;
      throw e;
    }
    if (directive) out.push(directive);
  }
  return out;
}

/**
 * `json.Unmarshal` into `map[string]any`, then a string `syntax`. Go refuses a number out of
 * float64's range (JSON.parse makes it Infinity), and anything but an object (or `null`).
 */
function jsonSyntax(data: string): string | undefined {
  // Only an object can hold the key: a Dockerfile (`FROM ...`) is not parsed as JSON at all.
  if (!/^[\t\n\r ]*\{/.test(data)) return undefined;
  let outOfRange = false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data, (_key, value: unknown) => {
      if (value === Infinity || value === -Infinity) outOfRange = true;
      return value;
    });
  } catch {
    return undefined;
  }
  if (outOfRange || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const value = Object.prototype.hasOwnProperty.call(parsed, 'syntax') ? (parsed as Record<string, unknown>).syntax : undefined;
  return typeof value === 'string' ? value : undefined;
}
