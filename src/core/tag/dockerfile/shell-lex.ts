/**
 * A port of BuildKit's frontend/dockerfile/shell lexer (lex.go): the word processing that
 * expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`, `${VAR?msg}`, `${VAR#pat}`,
 * `${VAR%%pat}`, `${VAR/pat/repl}` and removes quotes and escapes, as BuildKit does for
 * `FROM`, `ARG` values and heredoc words.
 */
import { isGoSpace } from '../dockerignore/go-path.js';

export class ShellLexError extends Error {}

export interface LexOptions {
  escapeToken: string;
  rawQuotes?: boolean;
  rawEscapes?: boolean;
  skipUnsetEnv?: boolean;
}

export interface WordResult {
  result: string;
  words: string[];
  /** Variables the word used that were set. */
  matched: Set<string>;
}

const EOF = -1;
const isLetter = (c: number) => /\p{L}/u.test(String.fromCodePoint(c));
const isDigit = (c: number) => /\p{Nd}/u.test(String.fromCodePoint(c));
const isSpecialParam = (c: number) => '@*#?-$!0'.includes(String.fromCodePoint(c));

class Words {
  buf = '';
  words: string[] = [];
  inWord = false;
  addChar(ch: number): void {
    if (isGoSpace(ch) && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!isGoSpace(ch)) this.addRawChar(ch);
  }
  addRawChar(ch: number): void {
    this.buf += String.fromCodePoint(ch);
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch.codePointAt(0)!);
  }
  addRawString(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  getWords(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWord {
  private readonly chars: number[];
  private pos = 0;
  private rawEscapes: boolean;
  private readonly escape: number;
  readonly matched = new Set<string>();

  constructor(
    word: string,
    private readonly env: ReadonlyMap<string, string>,
    private readonly opts: LexOptions,
  ) {
    this.chars = [...word].map(c => c.codePointAt(0)!);
    // text/scanner skips a byte order mark at the very start.
    if (this.chars[0] === 0xfeff) this.pos = 1;
    this.rawEscapes = opts.rawEscapes ?? false;
    this.escape = opts.escapeToken.codePointAt(0)!;
  }

  private peek(): number {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  private next(): number {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  private getEnv(name: string): string | undefined {
    const v = this.env.get(name);
    if (v !== undefined) this.matched.add(name);
    return v;
  }

  processStopOn(stopChar: number, rawEscapes: boolean): { result: string; words: string[] } {
    let result = '';
    const words = new Words();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return { result, words: words.getWords() };
        }
        const special = ch === 0x24 ? () => this.processDollar() : ch === 0x3c ? () => this.processPossibleHeredoc() : ch === 0x27 ? () => this.processSingleQuote() : ch === 0x22 ? () => this.processDoubleQuote() : undefined;
        if (special) {
          const tmp = special();
          result += tmp;
          if (ch === 0x24) words.addString(tmp);
          else words.addRawString(tmp);
          continue;
        }
        let c = this.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += String.fromCodePoint(c);
          }
          c = this.next();
          if (c === EOF) break;
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += String.fromCodePoint(c);
      }
      if (stopChar !== EOF) throw new ShellLexError(`unexpected end of statement while looking for matching ${String.fromCodePoint(stopChar)}`);
      return { result, words: words.getWords() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (ch === 0x27) {
        if (this.opts.rawQuotes) result += "'";
        return result;
      }
      result += String.fromCodePoint(ch);
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (p === 0x22) {
        this.next();
        if (this.opts.rawQuotes) result += '"';
        return result;
      }
      if (p === 0x24) {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += String.fromCodePoint(ch);
        const q = this.peek();
        if (q === EOF) continue;
        if (q === 0x22 || q === 0x24 || q === this.escape) ch = this.next();
      }
      result += String.fromCodePoint(ch);
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += String.fromCodePoint(this.next());
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return String.fromCodePoint(this.next());
      if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f) break;
      name += String.fromCodePoint(this.next());
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== 0x3c) return '<';
    this.next();
    let space = '';
    while (this.peek() === 0x09 || this.peek() === 0x0d || this.peek() === 0x20) space += String.fromCodePoint(this.next());
    return `<<${space}`;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== 0x7b) {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (first === 0x7b || first === 0x7d || first === 0x3a) throw new ShellLexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '' : String.fromCodePoint(ch);
    if (ch === 0x7d) {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === 0x3a) {
      ch = this.next();
      chs += ch === EOF ? '' : String.fromCodePoint(ch);
      return this.modifier(name, ch === EOF ? '' : String.fromCodePoint(ch), chs, true);
    }
    const op = ch === EOF ? '' : String.fromCodePoint(ch);
    if (op !== '' && '+-?#%'.includes(op)) return this.modifier(name, op, chs, false);
    if (op === '/') return this.replace(name);
    throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
  }

  private modifier(name: string, op: string, chs: string, nullIsUnset: boolean): string {
    const rawEscapes = op === '#' || op === '%';
    if (nullIsUnset && rawEscapes) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    let word: string;
    try {
      word = this.processStopOn(0x7d, rawEscapes).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    const set = value !== undefined;
    if (this.opts.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;
    switch (op) {
      case '-':
        return !set || (nullIsUnset && value === '') ? word : value;
      case '+':
        return !set || (nullIsUnset && value === '') ? '' : word;
      case '?':
        if (!set) throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return value;
      case '#':
      case '%': {
        let greedy = false;
        if (word.length > 0 && word[0] === op) {
          greedy = true;
          word = word.slice(1);
        }
        return op === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy);
      }
      default:
        throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private replace(name: string): string {
    const replaceAll = this.peek() === 0x2f;
    if (replaceAll) this.next();
    let pattern: string;
    let replacement: string;
    try {
      pattern = this.processStopOn(0x2f, true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ShellLexError("syntax error: missing '/' in ${}");
      throw e;
    }
    try {
      replacement = this.processStopOn(0x7d, true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw e;
    }
    const found = this.getEnv(name);
    if (this.opts.skipUnsetEnv && found === undefined) return `\${${name}/${pattern}/${replacement}}`;
    let value = found ?? '';
    const re = shellPatternToRegExp(pattern, true, false, replaceAll);
    if (replaceAll) {
      // Go's ReplaceAllString expands `$0`, `${0}`, `$$` in the replacement; no other group exists.
      value = value.replace(re, match => replacement.replace(/\$(\$|\{([^}]*)\}|([A-Za-z0-9_]+))/g, (all, dollar: string, braced?: string, bare?: string) => {
        if (dollar === '$') return '$';
        const ref = braced ?? bare!;
        if (braced !== undefined && !/^[A-Za-z0-9_]+$/.test(braced)) return all;
        return ref === '0' ? match : '';
      }));
    } else {
      const m = re.exec(value);
      if (m) value = value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length);
    }
    return value;
  }
}

/** BuildKit's convertShellPatternToRegex (`*`, `?`, `\*`, `\?`, `\\`; a `\` before `}` or `/` dropped). */
function shellPatternToRegExp(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = [...pattern];
  let out = anchored ? '^' : '';
  const star = greedy ? '[^\\n]*' : '[^\\n]*?';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i];
    if (tok === '*') out += star;
    else if (tok === '?') out += '[^\\n]';
    else if (tok === '\\') {
      const next = chars[i + 1];
      if (next === '}' || next === '/') continue;
      i++;
      if (next !== '*' && next !== '?' && next !== '\\') throw new ShellLexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`);
      out += `\\u{${next.codePointAt(0)!.toString(16)}}`;
    } else out += `\\u{${tok.codePointAt(0)!.toString(16)}}`;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** A `\x` pair stays in order while the rest is reversed (`a\*c` → `c\*a`). */
function reversePattern(pattern: string): string {
  const runes = [...pattern];
  const out = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i];
    const o = last - i;
    if (tok === '\\' && i !== last) {
      out[o - 1] = tok;
      out[o] = runes[i + 1];
      i += 2;
    } else {
      out[o] = tok;
      i++;
    }
  }
  return out.join('');
}

const reverseString = (s: string) => [...s].reverse().join('');

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

/** BuildKit's `ProcessWordWithMatches` / `ProcessWords`: throws ShellLexError where BuildKit fails. */
export function processWord(word: string, env: ReadonlyMap<string, string>, opts: LexOptions): WordResult {
  const sw = new ShellWord(word, env, opts);
  try {
    const { result, words } = sw.processStopOn(EOF, opts.rawEscapes ?? false);
    return { result, words, matched: sw.matched };
  } catch (e) {
    if (e instanceof ShellLexError) throw new ShellLexError(`failed to process "${word}": ${e.message}`);
    throw e;
  }
}
