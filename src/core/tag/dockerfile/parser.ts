/**
 * A port of BuildKit's Dockerfile parser (frontend/dockerfile/parser: parser.go,
 * split_command.go, line_parsers.go; directives.go in directives.ts) as far as a tag needs
 * it: parser directives at the top (`# escape=`, `# syntax=`, `# check=`), logical lines
 * (continuations, comment and empty lines inside them), the instruction and its `--flags`,
 * JSON form, and heredocs exactly where BuildKit sees them (RUN/COPY/ADD, and ONBUILD of
 * those, not in JSON form, a word `<<[-]WORD` as its shell lexer splits the line), their
 * bodies skipped. What differs between frontend versions is in `ParserRules`.
 */
import { isGoSpace, trimSpace } from '../dockerignore/go-path.js';
import { CURRENT_DIRECTIVE_RULES, DirectiveError, DirectiveParser, type DirectiveRules } from './directives.js';
import { processWord, ShellLexError } from './shell-lex.js';

export class DockerfileSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface Instruction {
  /** As written (`from`, `FROM`). */
  command: string;
  /** Lower-cased. */
  keyword: string;
  /** `--name=value` flags before the arguments, quotes and escapes removed (BuildKit's extractBuilderFlags). */
  flags: string[];
  /** The rest of the line after the flags, trimmed. */
  args: string;
  /** JSON form (`RUN ["sh", "-c", "..."]`). */
  json: boolean;
  /** ONBUILD's instruction. */
  sub?: Instruction;
  /** Heredoc terminators, in order. */
  heredocs: string[];
  startLine: number;
  endLine: number;
}

export interface ParsedFile {
  escapeToken: string;
  instructions: Instruction[];
}

/** How one version of the Dockerfile frontend parses (see `frontendRules`, frontend.ts). */
export interface ParserRules extends DirectiveRules {
  /** Heredocs (docker/dockerfile 1.4.0 and later, 1.3 in its labs builds). */
  heredocs: boolean;
}

/** BuildKit's master: the built-in frontend's rules, and any frontend's whose version is newer. */
export const CURRENT_PARSER_RULES: ParserRules = { ...CURRENT_DIRECTIVE_RULES, heredocs: true };

const KNOWN = new Set(['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir']);
const MAYBE_JSON = new Set(['add', 'cmd', 'copy', 'entrypoint', 'run', 'shell', 'volume']);
const HEREDOC_COMMANDS = new Set(['add', 'copy', 'run']);
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;

const trimLeft = (s: string) => {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
};
const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '');
const isComment = (s: string) => trimLeft(s).startsWith('#');

/** BuildKit's extractBuilderFlags: leading `--flags` and the rest of the line. */
function extractBuilderFlags(line: string, escape: string): { args: string; flags: string[] } {
  const chars = [...line];
  const flags: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  const restAt = (pos: number) => chars.slice(pos).join('');
  for (let pos = 0; pos <= chars.length; pos++) {
    const ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isGoSpace(ch.codePointAt(0)!)) continue;
      if (ch !== '-' || pos + 1 === chars.length || chars[pos + 1] !== '-') return { args: restAt(pos), flags };
      phase = 'word';
    }
    if (pos === chars.length) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch.codePointAt(0)!)) {
        phase = 'spaces';
        if (word === '--') return { args: restAt(pos), flags };
        if (blankOK || word.length > 0) flags.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      let c = ch;
      if (c === escape) {
        if (pos + 1 === chars.length) continue;
        c = chars[++pos];
      }
      word += c;
      continue;
    }
    // In quotes.
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    let c = ch;
    if (c === escape) {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      c = chars[++pos];
    }
    word += c;
  }
  return { args: '', flags };
}

/** BuildKit's parseWords (ARG): whitespace-separated, quotes kept, grouping spaces. */
export function parseWords(rest: string, escape: string): string[] {
  const chars = [...rest];
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isGoSpace(ch.codePointAt(0)!)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch.codePointAt(0)!)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return words;
}

function isJSONArgs(keyword: string, args: string, line: number): boolean {
  if (!MAYBE_JSON.has(keyword) || args === '') return false;
  const rest = trimLeft(args);
  if (!rest.startsWith('[')) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(rest);
  } catch {
    return false;
  }
  if (!Array.isArray(parsed)) return false;
  if (!parsed.every(v => typeof v === 'string')) throw new DockerfileSyntaxError('dockerfile parse error: JSON array elements must be strings', line);
  return true;
}

function instructionFromLine(line: string, escape: string, startLine: number): Omit<Instruction, 'endLine' | 'heredocs'> {
  const trimmed = trimSpace(line);
  const split = /[\t\v\f\r ]+/.exec(trimmed);
  const command = split ? trimmed.slice(0, split.index) : trimmed;
  const restRaw = split ? trimmed.slice(split.index + split[0].length) : undefined;
  const { args, flags } = restRaw === undefined ? { args: '', flags: [] } : extractBuilderFlags(restRaw, escape);
  const keyword = command.toLowerCase();
  const rest = trimSpace(args);
  const out: Omit<Instruction, 'endLine' | 'heredocs'> = { command, keyword, flags, args: rest, json: isJSONArgs(keyword, rest, startLine), startLine };
  if (keyword === 'onbuild' && rest !== '') out.sub = { ...instructionFromLine(rest, escape, startLine), heredocs: [], endLine: startLine };
  return out;
}

function canContainHeredoc(i: Omit<Instruction, 'endLine' | 'heredocs'>): boolean {
  const target = i.keyword === 'onbuild' && i.sub ? i.sub : i;
  return HEREDOC_COMMANDS.has(target.keyword) && !target.json;
}

/** BuildKit's heredocsFromLine: the `<<WORD` words of the line, as its shell lexer splits it. */
function heredocsFromLine(line: string, lineNo: number): Array<{ name: string; chomp: boolean }> {
  let words: string[];
  try {
    words = processWord(line, new Map(), { escapeToken: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words;
  } catch {
    // BuildKit ignores the lexer's error here and keeps the words found before it; ours
    // throws before returning any, so fall back to no heredoc only when none could be read.
    words = partialWords(line);
  }
  const docs: Array<{ name: string; chomp: boolean }> = [];
  for (const word of words) {
    const m = HEREDOC.exec(word);
    if (!m || m[3].length === 0) continue;
    let plain: string[];
    try {
      plain = processWord(m[3], new Map(), { escapeToken: '\\', skipUnsetEnv: true }).words;
      processWord(m[3], new Map(), { escapeToken: '\\', rawQuotes: true, skipUnsetEnv: true });
    } catch (e) {
      if (e instanceof ShellLexError) throw new DockerfileSyntaxError(e.message, lineNo);
      throw e;
    }
    if (plain.length !== 1) continue;
    docs.push({ name: plain[0], chomp: m[2] === '-' });
  }
  return docs;
}

/** The words the lexer completed before failing (an unterminated quote at the end). */
function partialWords(line: string): string[] {
  for (let end = line.length - 1; end > 0; end--) {
    try {
      return processWord(line.slice(0, end), new Map(), { escapeToken: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words.slice(0, -1);
    } catch {
      // shorter
    }
  }
  return [];
}

/**
 * Parses a Dockerfile as BuildKit's parser.Parse does, with the rules of the frontend that
 * reads it; throws DockerfileSyntaxError where it fails.
 */
export function parseDockerfileText(text: string, rules: ParserRules = CURRENT_PARSER_RULES): ParsedFile {
  // scanLines keeps the line endings; a line is up to and including `\n`.
  const lines: string[] = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  // bufio.Scanner stops at a line longer than its buffer: what came before is parsed, then the error.
  const tooLong = lines.findIndex(isTooLong);
  if (tooLong >= 0) lines.length = tooLong;
  if (lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  let escape = '\\';
  let continuation = continuationRegExp(escape);
  const directives = new DirectiveParser('#', rules);
  const out: Instruction[] = [];
  let i = 0;
  let currentLine = 0;

  /** processLine: the directive check (while they last), then comments dropped. */
  const processLine = (raw: string, stripLeft: boolean): string => {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeft(token);
    let directive;
    try {
      directive = directives.parseLine(token);
    } catch (e) {
      if (e instanceof DirectiveError) throw new DockerfileSyntaxError(e.message, currentLine + 1);
      throw e;
    }
    if (directive?.name === 'escape') {
      if (directive.value !== '`' && directive.value !== '\\') throw new DockerfileSyntaxError(`invalid escape token '${directive.value}' does not match \` or \\`, currentLine + 1);
      escape = directive.value;
      continuation = continuationRegExp(escape);
    }
    return isComment(token) ? '' : token;
  };
  const trimContinuation = (line: string): { line: string; end: boolean } => {
    if (continuation.test(line)) return { line: line.replace(continuation, '$1'), end: false };
    return { line, end: true };
  };

  while (i < lines.length) {
    let bytes = processLine(lines[i++], true);
    currentLine++;
    const startLine = currentLine;
    let { line, end } = trimContinuation(bytes);
    if (end && line.length === 0) continue;
    let buf = line;
    while (!end && i < lines.length) {
      const raw = lines[i++];
      bytes = processLine(raw, false);
      currentLine++;
      if (isComment(raw)) continue;
      if (trimLeft(trimNewline(bytes)).length === 0) continue;
      ({ line, end } = trimContinuation(bytes));
      buf += line;
    }
    const instruction = instructionFromLine(buf, escape, startLine);
    const names: string[] = [];
    if (rules.heredocs && canContainHeredoc(instruction) && buf.includes('<<')) {
      for (const doc of heredocsFromLine(buf, startLine)) {
        let terminated = false;
        while (i < lines.length) {
          const body = lines[i++];
          currentLine++;
          let possible = trimNewline(body);
          if (doc.chomp) possible = possible.replace(/^\t+/, '');
          if (possible === doc.name) {
            terminated = true;
            break;
          }
        }
        if (!terminated) throw new DockerfileSyntaxError(`unterminated heredoc (<<${doc.name} is not closed by a line "${doc.name}")`, startLine);
        names.push(doc.name);
      }
    }
    out.push({ ...instruction, heredocs: names, endLine: currentLine });
  }
  for (const ins of out) if (!KNOWN.has(ins.keyword)) throw new DockerfileSyntaxError(`unknown instruction: ${ins.command}`, ins.startLine);
  if (out.length === 0) throw new DockerfileSyntaxError('file with no instructions', Math.max(1, currentLine));
  if (tooLong >= 0) throw new DockerfileSyntaxError(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, tooLong + 1);
  return { escapeToken: escape, instructions: out };
}

/** bufio.MaxScanTokenSize - 1: the longest line (its `\n` aside) BuildKit's scanner reads. */
export const MAX_LINE_BYTES = 64 * 1024 - 1;

function isTooLong(line: string): boolean {
  const content = line.endsWith('\n') ? line.length - 1 : line.length;
  // UTF-16 units never take more than 3 bytes each in UTF-8.
  return content * 3 > MAX_LINE_BYTES && Buffer.byteLength(line, 'utf8') - (content < line.length ? 1 : 0) > MAX_LINE_BYTES;
}

function continuationRegExp(escape: string): RegExp {
  const e = escape === '\\' ? '\\\\' : escape;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}
