import { LockstepError } from '../errors.js';

/**
 * One image a Dockerfile builds from or copies out of, after variable substitution: a `FROM`,
 * a `COPY`/`ADD --from=<image>`, or a `RUN --mount=...,from=<image>`.
 */
export interface FromInstruction {
  /** Which instruction names the image. */
  via: 'FROM' | 'COPY' | 'ADD' | 'RUN';
  /** 1-based line of the instruction. */
  line: number;
  /** The image as written, before substitution. */
  raw: string;
  /** The image after substituting ARG values (`ghcr.io/acme/jvm-base:1.2`). */
  image: string;
  /** `AS <stage>` name, lower-cased as Docker does. */
  stage?: string;
  platform?: string;
  /** True when `image` names an earlier stage of this Dockerfile (`FROM builder`, `COPY --from=0`). */
  fromStage: boolean;
  /** True for `FROM scratch`: no base at all. */
  scratch: boolean;
}

export interface ParsedDockerfile {
  file: string;
  froms: FromInstruction[];
}

interface LogicalLine {
  line: number;
  text: string;
}

/**
 * Reads the `FROM` lines of a Dockerfile the way BuildKit's parser does for them: parser
 * directives (`# escape=`), line continuations (comment lines inside them skipped), heredocs
 * skipped, and `ARG`s declared before the first `FROM` substituted with their build-arg value
 * or default (`${TAG}`, `$TAG`, `${TAG:-1.0}`). Build args not declared by such an `ARG` do
 * not reach `FROM`, exactly as in Docker.
 */
export function parseDockerfile(text: string, file: string, buildArgs: Record<string, string> = {}): ParsedDockerfile {
  const lines = logicalLines(text);
  const vars = new Map<string, string>();
  const froms: FromInstruction[] = [];
  const stages = new Set<string>();
  let stageCount = 0;
  for (const { line, text: instruction } of lines.lines) {
    const m = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(instruction);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    const rest = (m[2] ?? '').trim();
    if (keyword === 'ARG' && stageCount === 0) {
      for (const word of splitWords(rest)) {
        const eq = word.indexOf('=');
        const name = eq < 0 ? word : word.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new LockstepError(`ARG: "${name}" is not a valid argument name`, { file, line });
        if (Object.prototype.hasOwnProperty.call(buildArgs, name)) vars.set(name, buildArgs[name]);
        else if (eq >= 0) vars.set(name, unquote(expand(word.slice(eq + 1), vars, lines.escape, file, line)));
      }
    } else if (keyword === 'FROM') {
      const words = splitWords(rest);
      let platform: string | undefined;
      while (words[0]?.startsWith('--')) {
        const flag = words.shift()!;
        const pm = /^--platform=(.*)$/.exec(flag);
        if (pm) platform = expand(pm[1], vars, lines.escape, file, line);
      }
      const raw = words[0];
      if (!raw) throw new LockstepError('FROM without an image', { file, line });
      let stage: string | undefined;
      if (words.length >= 3 && words[1].toUpperCase() === 'AS') stage = words[2].toLowerCase();
      else if (words.length > 1) throw new LockstepError(`FROM: unexpected "${words.slice(1).join(' ')}" (expected "AS <name>")`, { file, line });
      const image = expand(raw, vars, lines.escape, file, line);
      if (!image) throw new LockstepError(`FROM ${raw}: the image is empty after substituting build arguments`, { file, line });
      const fromStage = stages.has(image.toLowerCase());
      froms.push({ via: 'FROM', line, raw, image, stage, platform, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
      if (stage) stages.add(stage);
      stageCount++;
    } else if ((keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') && stageCount > 0) {
      // Files copied out of another image are part of this one: that image is a base too.
      for (const word of splitWords(rest)) {
        if (!word.startsWith('--')) break;
        const raw = keyword === 'RUN' ? mountFrom(word) : /^--from=(.+)$/.exec(word)?.[1];
        if (raw === undefined) continue;
        const image = unquote(expand(raw, vars, lines.escape, file, line));
        const fromStage = stages.has(image.toLowerCase()) || (/^\d+$/.test(image) && Number(image) < stageCount);
        if (image) froms.push({ via: keyword, line, raw, image, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
      }
    }
  }
  if (stageCount === 0) throw new LockstepError('the Dockerfile has no FROM instruction', { file, line: 1 });
  return { file, froms };
}

/** `from=` of a `--mount=type=bind,from=builder,source=/x` flag, if any. */
function mountFrom(flag: string): string | undefined {
  const m = /^--mount=(.*)$/.exec(flag);
  if (!m) return undefined;
  for (const part of m[1].split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'from') return part.slice(eq + 1).trim();
  }
  return undefined;
}

function logicalLines(text: string): { escape: string; lines: LogicalLine[] } {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  let escape = '\\';
  let i = 0;
  // Parser directives: `# key=value` lines at the very top, before anything else.
  for (; i < physical.length; i++) {
    const d = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(physical[i]);
    if (!d) break;
    if (d[1].toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\')) escape = d[2];
  }
  const continuation = new RegExp(`${escapeRegExp(escape)}[ \\t]*$`);
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  const heredocs: string[] = [];
  for (; i < physical.length; i++) {
    const raw = physical[i];
    if (heredocs.length > 0) {
      const end = heredocs[0];
      if (raw === end || raw.replace(/^\t+/, '') === end) heredocs.shift();
      continue;
    }
    if (/^\s*#/.test(raw)) continue;
    if (current === undefined) {
      if (raw.trim() === '') continue;
      current = { line: i + 1, text: '' };
    } else if (raw.trim() === '') {
      continue;
    }
    if (continuation.test(raw)) {
      current.text += raw.replace(continuation, '');
      continue;
    }
    current.text += raw;
    out.push(current);
    for (const h of current.text.matchAll(/<<-?\s*(["']?)([A-Za-z0-9_]+)\1/g)) heredocs.push(h[2]);
    current = undefined;
  }
  if (current) out.push(current);
  return { escape, lines: out };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits on whitespace, keeping quoted parts together (`ARG A="x y"`). */
function splitWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of s) {
    if (quote) {
      word += ch;
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word += ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) return s.slice(1, -1);
  return s;
}

/**
 * Docker's word expansion for `FROM`/`ARG`: `$X`, `${X}`, `${X:-word}`, `${X-word}`,
 * `${X:+word}`, `${X+word}`; the escape character keeps a `$` literal. Unset variables
 * expand to nothing, as Docker does.
 */
export function expand(word: string, vars: Map<string, string>, escape: string, file: string, line: number): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === escape && word[i + 1] === '$') {
      out += '$';
      i++;
    } else if (ch !== '$') {
      out += ch;
    } else if (word[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < word.length && depth > 0; j++) {
        if (word[j] === '{') depth++;
        else if (word[j] === '}') depth--;
      }
      if (depth > 0) throw new LockstepError(`unterminated "\${" in "${word}"`, { file, line });
      const inner = word.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(inner);
      if (!m) throw new LockstepError(`unsupported substitution "\${${inner}}"`, { file, line });
      const [, name, op, alt] = m;
      const value = vars.get(name);
      if (op === undefined) out += value ?? '';
      else if (op === ':-') out += value ? value : expand(alt, vars, escape, file, line);
      else if (op === '-') out += value !== undefined ? value : expand(alt, vars, escape, file, line);
      else if (op === ':+') out += value ? expand(alt, vars, escape, file, line) : '';
      else out += value !== undefined ? expand(alt, vars, escape, file, line) : '';
      i = j - 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i + 1));
      if (!m) {
        out += '$';
        continue;
      }
      out += vars.get(m[0]) ?? '';
      i += m[0].length;
    }
  }
  return out;
}
