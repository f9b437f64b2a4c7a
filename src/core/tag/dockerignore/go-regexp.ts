/**
 * Go's `regexp.Compile` (RE2 syntax, Perl flags: `^`/`$` at the ends of the text, `.` not
 * matching `\n`, negated classes matching it, ASCII `\d \s \w \b`) translated to a JavaScript
 * RegExp with the same matches, for the regexps moby/patternmatcher builds from a pattern.
 * Those copy the user's `[`, `]`, `^` and `\` escapes into the regexp unchanged, so any RE2
 * syntax can reach here (`[[:alpha:]]`, `\d`, `\pL`, `\Q...\E`, `[]a]`), and must mean what
 * it means in Go — or fail where Go fails.
 */
export class GoRegexpError extends Error {}

const MAX_RUNE = 0x10ffff;
type Range = [number, number];

const PERL: Record<string, { sign: 1 | -1; ranges: Range[] }> = {
  d: { sign: 1, ranges: [[0x30, 0x39]] },
  D: { sign: -1, ranges: [[0x30, 0x39]] },
  s: { sign: 1, ranges: [[0x9, 0xa], [0xc, 0xd], [0x20, 0x20]] },
  S: { sign: -1, ranges: [[0x9, 0xa], [0xc, 0xd], [0x20, 0x20]] },
  w: { sign: 1, ranges: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]] },
  W: { sign: -1, ranges: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]] },
};

const POSIX: Record<string, Range[]> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x0, 0x7f]],
  blank: [[0x9, 0x9], [0x20, 0x20]],
  cntrl: [[0x0, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x9, 0xd], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

// Go's unicode.Categories and unicode.Scripts (the names `\p{...}` accepts).
const CATEGORIES = new Set('C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '));
const SCRIPTS = new Set(
  (
    'Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid ' +
    'Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari ' +
    'Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Han ' +
    'Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada ' +
    'Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar ' +
    'Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro ' +
    'Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic ' +
    'Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau ' +
    'Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese ' +
    'Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai ' +
    'Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square'
  ).split(' '),
);

const cp = (n: number) => `\\u{${n.toString(16)}}`;
const isAlnum = (c: string) => /^[0-9A-Za-z]$/.test(c);
const isOctal = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7';

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

const rangesSource = (ranges: Range[]) => ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)).join('');

/** A Unicode class as a `v`-mode class item (Go's tables: its `C` lacks the unassigned `Cn`). */
function unicodeItem(name: string, sign: number): string | undefined {
  let item: string;
  if (name === 'Any') item = '\\p{Any}';
  else if (name === 'C') item = '[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]';
  else if (CATEGORIES.has(name)) item = `\\p{${name}}`;
  else if (SCRIPTS.has(name)) item = `\\p{Script=${name}}`;
  else return undefined;
  return sign > 0 ? item : `[^${item}]`;
}

class Parser {
  private i = 0;
  private readonly chars: string[];
  constructor(readonly source: string) {
    this.chars = [...source];
  }

  private peek(k = 0): string | undefined {
    return this.chars[this.i + k];
  }

  private fail(what: string): never {
    throw new GoRegexpError(`error parsing regexp: ${what}: \`${this.source}\``);
  }

  /** A single-character escape (Go's parseEscape), `this.i` at the backslash. */
  private escape(): number {
    const c = this.peek(1);
    if (c === undefined) this.fail('trailing backslash at end of expression');
    this.i += 2;
    const cc = c.codePointAt(0)!;
    if (cc < 0x80 && !isAlnum(c)) return cc;
    if (c >= '1' && c <= '7' && !isOctal(this.peek())) this.fail(`invalid escape sequence \`\\${c}\``);
    if (c >= '0' && c <= '7') {
      let r = cc - 0x30;
      for (let k = 1; k < 3 && isOctal(this.peek()); k++) r = r * 8 + (this.chars[this.i++].charCodeAt(0) - 0x30);
      return r;
    }
    if (c === 'x') {
      const start = this.i - 2;
      const bad = (): never => this.fail(`invalid escape sequence \`${this.chars.slice(start, this.i).join('')}\``);
      const first = this.peek();
      if (first === undefined) bad();
      this.i++;
      if (first === '{') {
        let r = 0;
        let n = 0;
        for (;;) {
          const h = this.peek();
          if (h === undefined) bad();
          this.i++;
          if (h === '}') break;
          if (!/^[0-9A-Fa-f]$/.test(h!)) bad();
          r = r * 16 + parseInt(h!, 16);
          if (r > MAX_RUNE) bad();
          n++;
        }
        if (n === 0) bad();
        return r;
      }
      const second = this.peek();
      if (second === undefined) bad();
      this.i++;
      if (!/^[0-9A-Fa-f]$/.test(first!) || !/^[0-9A-Fa-f]$/.test(second!)) bad();
      return parseInt(first! + second!, 16);
    }
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (c in simple) return simple[c];
    this.fail(`invalid escape sequence \`\\${c}\``);
  }

  /** `\pL`, `\p{Greek}`, `\P{^Lu}` at `this.i`, as a class item; undefined when not one. */
  private unicodeClass(): string | undefined {
    if (this.peek() !== '\\' || (this.peek(1) !== 'p' && this.peek(1) !== 'P')) return undefined;
    const start = this.i;
    let sign = this.peek(1) === 'P' ? -1 : 1;
    this.i += 2;
    let name: string;
    const c = this.peek();
    if (c === undefined) this.fail(`invalid character class range \`${this.chars.slice(start).join('')}\``);
    if (c !== '{') {
      name = c;
      this.i++;
    } else {
      const end = this.chars.indexOf('}', this.i);
      if (end < 0) this.fail(`invalid character class range \`${this.chars.slice(start).join('')}\``);
      name = this.chars.slice(this.i + 1, end).join('');
      this.i = end + 1;
    }
    const seq = this.chars.slice(start, this.i).join('');
    if (name.startsWith('^')) {
      sign = -sign;
      name = name.slice(1);
    }
    const item = unicodeItem(name, sign);
    if (item === undefined) this.fail(`invalid character class range \`${seq}\``);
    return item;
  }

  /** Go's parseClass, `this.i` at `[`: a `v`-mode class. */
  private charClass(): string {
    const classStart = this.i;
    this.i++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const ranges: Range[] = [];
    const items: string[] = [];
    let first = true;
    const missing = () => this.fail(`missing closing ]: \`${this.chars.slice(classStart).join('')}\``);
    for (;;) {
      const c = this.peek();
      if (c === undefined) missing();
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const rest = this.chars.slice(this.i + 2).join('');
        const end = rest.indexOf(':]');
        if (end >= 0) {
          const raw = rest.slice(0, end);
          const name = raw.startsWith('^') ? raw.slice(1) : raw;
          if (!(name in POSIX)) this.fail(`invalid character class range \`[:${raw}:]\``);
          ranges.push(...(raw.startsWith('^') ? complement(POSIX[name]) : POSIX[name]));
          this.i += 2 + [...raw].length + 2;
          continue;
        }
      }
      const uni = this.unicodeClass();
      if (uni !== undefined) {
        items.push(uni);
        continue;
      }
      if (c === '\\' && this.peek(1) !== undefined && this.peek(1)! in PERL) {
        const g = PERL[this.peek(1)!];
        ranges.push(...(g.sign > 0 ? g.ranges : complement(g.ranges)));
        this.i += 2;
        continue;
      }
      const rangeStart = this.i;
      const lo = this.classChar(missing);
      let hi = lo;
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.i++;
        hi = this.classChar(missing);
        if (hi < lo) this.fail(`invalid character class range \`${this.chars.slice(rangeStart, this.i).join('')}\``);
      }
      ranges.push([lo, hi]);
    }
    this.i++;
    return `[${negated ? '^' : ''}${rangesSource(ranges)}${items.join('')}]`;
  }

  private classChar(missing: () => never): number {
    const c = this.peek();
    if (c === undefined) missing();
    if (c === '\\') return this.escape();
    this.i++;
    return c.codePointAt(0)!;
  }

  /** The whole expression (Go's parse loop) as JavaScript `v`-mode source. */
  translate(): string {
    // Each entry is one atom or operator; `assertion` atoms get a group before a quantifier (`^*` is valid RE2, not JavaScript).
    const out: Array<{ src: string; kind: 'atom' | 'assertion' | 'open' | 'bar' | 'repeat' }> = [];
    let depth = 0;
    const push = (src: string, kind: 'atom' | 'assertion' | 'open' | 'bar' | 'repeat' = 'atom') => out.push({ src, kind });
    while (this.i < this.chars.length) {
      const c = this.chars[this.i];
      switch (c) {
        case '(':
          if (this.peek(1) === '?') this.fail('unsupported Perl flags or group');
          depth++;
          push('(?:', 'open');
          this.i++;
          break;
        case ')':
          if (depth === 0) this.fail('unexpected )');
          depth--;
          push(')');
          this.i++;
          break;
        case '|':
          push('|', 'bar');
          this.i++;
          break;
        case '^':
          push('^', 'assertion');
          this.i++;
          break;
        case '$':
          push('$', 'assertion');
          this.i++;
          break;
        case '.':
          push('[^\\n]');
          this.i++;
          break;
        case '[':
          push(this.charClass());
          break;
        case '*':
        case '+':
        case '?':
        case '{': {
          let op: string = c;
          let len = 1;
          if (c === '{') {
            const repeat = parseRepeat(this.chars.slice(this.i).join(''));
            if (!repeat) {
              push(cp(0x7b));
              this.i++;
              break;
            }
            const { min, max, text } = repeat;
            if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max)) this.fail(`invalid repeat count \`${text}\``);
            op = max === min ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
            len = [...text].length;
          }
          let lazy = '';
          if (this.peek(len) === '?') {
            lazy = '?';
            len++;
          }
          const prev = out[out.length - 1];
          if (prev?.kind === 'repeat') this.fail('invalid nested repetition operator');
          if (prev === undefined || prev.kind === 'open' || prev.kind === 'bar') this.fail('missing argument to repetition operator');
          if (prev.kind === 'assertion') prev.src = `(?:${prev.src})`;
          push(op + lazy, 'repeat');
          this.i += len;
          break;
        }
        case '\\': {
          const n = this.peek(1);
          if (n === 'A') {
            push('^', 'assertion');
            this.i += 2;
            break;
          }
          if (n === 'z') {
            push('$', 'assertion');
            this.i += 2;
            break;
          }
          if (n === 'b' || n === 'B') {
            push(`\\${n}`, 'assertion');
            this.i += 2;
            break;
          }
          if (n === 'C') this.fail('invalid escape sequence `\\C`');
          if (n === 'Q') {
            const rest = this.chars.slice(this.i + 2).join('');
            const end = rest.indexOf('\\E');
            const lit = end < 0 ? rest : rest.slice(0, end);
            for (const ch of lit) push(cp(ch.codePointAt(0)!));
            this.i += 2 + [...lit].length + (end < 0 ? 0 : 2);
            break;
          }
          const uni = this.unicodeClass();
          if (uni !== undefined) {
            push(`[${uni}]`);
            break;
          }
          if (n !== undefined && n in PERL) {
            const g = PERL[n];
            push(`[${g.sign > 0 ? '' : '^'}${rangesSource(g.ranges)}]`);
            this.i += 2;
            break;
          }
          push(cp(this.escape()));
          break;
        }
        default:
          push(cp(c.codePointAt(0)!));
          this.i++;
      }
    }
    if (depth !== 0) this.fail('missing closing )');
    return out.map(e => e.src).join('');
  }
}

/** Go's parseInt for a repeat count: digits without a leading zero; -1 when too big. */
function parseInt10(s: string): { n: number; rest: string } | undefined {
  const m = /^\d+/.exec(s);
  if (!m || (m[0].length >= 2 && m[0][0] === '0')) return undefined;
  let n = 0;
  for (const d of m[0]) {
    if (n >= 1e8) {
      n = -1;
      break;
    }
    n = n * 10 + Number(d);
  }
  return { n, rest: s.slice(m[0].length) };
}

/** Go's parseRepeat: `{n}`, `{n,}`, `{n,m}` at the start of `s`, or undefined (then `{` is a literal). */
function parseRepeat(s: string): { min: number; max: number; text: string } | undefined {
  const a = parseInt10(s.slice(1));
  if (!a || a.rest === '') return undefined;
  let min = a.n;
  let max: number;
  let rest = a.rest;
  if (rest[0] !== ',') max = min;
  else {
    rest = rest.slice(1);
    if (rest === '') return undefined;
    if (rest[0] === '}') max = -1;
    else {
      const b = parseInt10(rest);
      if (!b) return undefined;
      max = b.n;
      rest = b.rest;
      if (max < 0) min = -1;
    }
  }
  if (rest === '' || rest[0] !== '}') return undefined;
  return { min, max, text: s.slice(0, s.length - rest.length + 1) };
}

/** Compiles `source` as Go's `regexp.Compile` would; throws GoRegexpError where Go reports an error. */
export function compileGoRegexp(source: string): RegExp {
  const js = new Parser(source).translate();
  try {
    return new RegExp(js, 'v');
  } catch (e) {
    throw new GoRegexpError(`error parsing regexp: ${(e as Error).message}: \`${source}\``);
  }
}
