import { LockstepError, LockstepErrors } from '../errors.js';
import { YamlSource, checkKeys, isMap, isScalar, isSeq, mapEntries, scalarString, type Node } from '../yaml.js';
import { parsePullRef, type PullRef } from './refs.js';

/** One `- pull: ...` entry of a dependency block. */
export interface BlockDependency {
  ref: PullRef;
  /** The text as written, for messages. */
  text: string;
  isCompatible: boolean;
  /** Line within the PR description or comment (1-based). */
  line: number;
}

export interface BlockWarning {
  message: string;
  location: { file: string; line: number };
}

export interface BlockParse {
  dependencies: BlockDependency[];
  errors: LockstepError[];
  /** Near misses that are not blocks (a `## Dependencies` heading above `- pull:` lines). */
  warnings: BlockWarning[];
}

/*
 * The grammar (docs/formats.md, "Dependency block", says the same for users):
 * - the marker is a line `# dependency`, any case, the one word (`# dependencies` is a heading
 *   like any other): outside fenced code with at most 3 spaces of indentation (4 make it an
 *   indented code block), or inside a fence whose language is empty, `yaml` or `yml`;
 * - fences are CommonMark's: ``` or ~~~, three or more, indented at most 3 spaces, closed by
 *   the same character at least as many times; an unclosed fence runs to the end of the text;
 * - HTML comments outside fences are not text (GitHub does not show them);
 * - a marker in a fence: the block is the rest of that fence (up to another marker);
 * - a marker outside: blank lines are skipped; a fence there holds the block; otherwise the
 *   block is the run of lines from the first one (always part of it) up to a blank line, a
 *   fence, a heading, or a line at column 0 that cannot continue YAML (prose); nothing
 *   before a heading or the end is an empty block (a PR template's placeholder);
 * - what the block holds must be a list of `{pull, is_compatible}` mappings (one mapping alone
 *   is a list of one); anything else is an error at its line.
 */
const MARKER_OUTSIDE = /^ {0,3}#[ \t]*dependency[ \t]*$/i;
const MARKER_INSIDE = /^[ \t]*#[ \t]*dependency[ \t]*$/i;
const NEAR_MISS = /^[ \t]*#{1,6}[ \t]*dependenc(?:y|ies)\b/i;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** A line at column 0 that YAML can read as part of a dependency list (or that is a mistake to report). */
const CONTINUES = /^(?:[ \t]|[-*+[\]{}'"#]|[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$))/;
const LOOKS_LIKE_ENTRY = /^[ \t]*(?:[-*+][ \t]*)?[[{]?[ \t]*pull[ \t]*:/i;
const BULLET = /^[ \t]*[*+][ \t]/;
/** `pull: #N` unquoted: YAML reads a comment, the user means same-repository PR N. */
const UNQUOTED_SELF = /(^|[\s{,[-])(pull[ \t]*:[ \t]+)#([0-9]+)(?=[ \t]*(?:$|[,}\]]|#))/g;

interface Fence {
  lang: string;
  /** Line index of the opening fence. */
  open: number;
  /** Line index of the closing fence, or the line count when it is never closed. */
  close: number;
  indent: number;
}

/** Per line: the fence it belongs to (opening and closing lines included), or undefined outside. */
function scanFences(lines: string[]): { fenceOf: Array<Fence | undefined>; text: string[] } {
  const fenceOf: Array<Fence | undefined> = new Array(lines.length).fill(undefined);
  const text = [...lines];
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    if (!inComment) {
      const m = FENCE_OPEN.exec(lines[i]);
      if (m && !(m[2][0] === '`' && m[3].includes('`'))) {
        const fence: Fence = { lang: m[3].trim().split(/\s+/)[0].toLowerCase(), open: i, close: lines.length, indent: m[1].length };
        const closer = new RegExp(`^ {0,3}${m[2][0] === '`' ? '`' : '~'}{${m[2].length},}[ \\t]*$`);
        let j = i + 1;
        while (j < lines.length && !closer.test(lines[j])) j++;
        fence.close = j;
        for (let k = i; k <= Math.min(j, lines.length - 1); k++) fenceOf[k] = fence;
        i = j;
        continue;
      }
    }
    // HTML comments span lines; what they hide is blanked, keeping every column and line.
    const line = lines[i];
    let out = '';
    for (let at = 0; at < line.length; ) {
      if (inComment) {
        const end = line.indexOf('-->', at);
        if (end < 0) {
          out += ' '.repeat(line.length - at);
          at = line.length;
        } else {
          out += ' '.repeat(end + 3 - at);
          at = end + 3;
          inComment = false;
        }
      } else {
        const start = line.indexOf('<!--', at);
        if (start < 0) {
          out += line.slice(at);
          at = line.length;
        } else {
          out += line.slice(at, start) + '    ';
          at = start + 4;
          inComment = true;
        }
      }
    }
    text[i] = out;
  }
  return { fenceOf, text };
}

const readsYaml = (f: Fence) => f.lang === '' || f.lang === 'yaml' || f.lang === 'yml';
const blank = (s: string) => s.trim() === '';

/** Whether a text holds a dependency marker at all (to warn about blocks that do not count). */
export function hasDependencyHeader(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const { fenceOf, text: shown } = scanFences(lines);
  return shown.some((l, i) => {
    const f = fenceOf[i];
    if (!f) return MARKER_OUTSIDE.test(l);
    return readsYaml(f) && i !== f.open && i !== f.close && MARKER_INSIDE.test(l);
  });
}

/**
 * Finds every dependency block in a PR description or comment and reads it. `label` names
 * the text in messages (`repo-1#12 description`); lines are the text's own.
 */
export function parseDependencyBlocks(text: string, label: string): BlockParse {
  const lines = text.split(/\r?\n/);
  const { fenceOf, text: shown } = scanFences(lines);
  const out: BlockParse = { dependencies: [], errors: [], warnings: [] };
  const error = (line: number, message: string) => out.errors.push(new LockstepError(message, { file: label, line: line + 1 }));
  const n = lines.length;

  for (let i = 0; i < n; i++) {
    const f = fenceOf[i];
    const inside = f !== undefined && i !== f.open && i !== f.close;
    const line = inside ? lines[i] : shown[i];
    const isMarker = f === undefined ? MARKER_OUTSIDE.test(line) : inside && readsYaml(f) && MARKER_INSIDE.test(line);
    if (!isMarker) {
      if (NEAR_MISS.test(line) && !(f !== undefined && !inside)) nearMiss(i, f);
      continue;
    }
    if (f !== undefined) {
      // The rest of this fence, up to another marker in it.
      let end = i + 1;
      while (end < f.close && !MARKER_INSIDE.test(lines[end])) end++;
      readBlock(i + 1, end, f.indent);
      i = end - 1;
      continue;
    }
    let j = i + 1;
    while (j < n && fenceOf[j] === undefined && blank(shown[j])) j++;
    if (j >= n) continue;
    const next = fenceOf[j];
    if (next !== undefined) {
      if (!readsYaml(next)) {
        error(j, `the dependency block of line ${i + 1} is in a "${next.lang}" fence: a block's fence has no language, or is yaml`);
        i = next.close;
        continue;
      }
      let end = j + 1;
      while (end < next.close && !MARKER_INSIDE.test(lines[end])) end++;
      readBlock(j + 1, end, next.indent);
      i = end - 1;
      continue;
    }
    if (HEADING.test(shown[j])) {
      i = j - 1;
      continue;
    }
    let end = j + 1;
    while (end < n && fenceOf[end] === undefined && !blank(shown[end]) && !HEADING.test(shown[end]) && CONTINUES.test(shown[end])) end++;
    readBlock(j, end, 0, shown);
    if (end < n && fenceOf[end] === undefined && blank(shown[end])) {
      let m = end;
      while (m < n && fenceOf[m] === undefined && blank(shown[m])) m++;
      if (m < n && fenceOf[m] === undefined && LOOKS_LIKE_ENTRY.test(shown[m])) {
        error(m, `line ${m + 1} reads like a dependency, but the blank line ${end + 1} ended the dependency block of line ${i + 1}: remove the blank line, or put the block in a fenced code block`);
      }
    }
    i = end - 1;
  }
  return out;

  function nearMiss(i: number, f: Fence | undefined): void {
    const stop = f ? f.close : n;
    for (let k = i + 1; k < Math.min(stop, i + 4); k++) {
      if (f === undefined && fenceOf[k] !== undefined) break;
      if (!/pull[ \t]*:/i.test(lines[k])) continue;
      const where = f && !readsYaml(f) ? ` (inside a "${f.lang}" fence, which is not read)` : '';
      out.warnings.push({
        message: `${label}, line ${i + 1}: "${lines[i].trim()}" is not a dependency marker${where}: the "pull:" below it is not read (the marker is a line "# dependency", outside fences or in a fence without a language or yaml)`,
        location: { file: label, line: i + 1 },
      });
      return;
    }
  }

  function readBlock(from: number, to: number, indent: number, source: string[] = lines): void {
    const body: string[] = [];
    for (let k = from; k < to; k++) {
      let l = source[k];
      // CommonMark removes the fence's own indentation from its content lines.
      for (let s = 0; s < indent && l.startsWith(' '); s++) l = l.slice(1);
      body.push(l);
    }
    const bullet = body.findIndex(l => BULLET.test(l));
    if (bullet >= 0) {
      error(from + bullet, 'dependency block: "*" and "+" bullets are Markdown, not YAML: write each dependency as "- pull: owner/repo#N"');
      return;
    }
    parseBlock(body.map(l => l.replace(UNQUOTED_SELF, '$1$2"#$3"')).join('\n'), label, from, out);
  }
}

function parseBlock(yaml: string, label: string, lineOffset: number, out: BlockParse): void {
  let src: YamlSource;
  try {
    src = new YamlSource(yaml, label, lineOffset);
  } catch (e) {
    if (e instanceof LockstepErrors) out.errors.push(...e.errors);
    else if (e instanceof LockstepError) out.errors.push(e);
    else throw e;
    return;
  }
  const root = src.root;
  // Nothing but comments (or nothing): a template's placeholder, no dependency.
  if (root === null || (isScalar(root) && root.value === null)) return;
  let items: Node[];
  if (isSeq(root)) items = root.items as Node[];
  else if (isMap(root)) items = [root];
  else {
    out.errors.push(src.error(`dependency block: expected a list of "- pull: owner/repo#N" entries, found ${describe(root)}`, root));
    return;
  }
  for (const item of items) {
    try {
      out.dependencies.push(parseDependencyEntry(src, item));
    } catch (e) {
      if (!(e instanceof LockstepError)) throw e;
      out.errors.push(e);
    }
  }
}

function describe(node: Node | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'nothing';
  if (isScalar(node)) return `"${String(node.value).slice(0, 60)}"`;
  return isSeq(node) ? 'a list' : 'a mapping';
}

/** One `{pull, is_compatible}` mapping (a block's list item, a release-config override's entry). */
export function parseDependencyEntry(src: YamlSource, item: Node | null): BlockDependency {
  const what = 'dependency';
  if (!isMap(item)) throw src.error(`dependency: expected "pull: owner/repo#N", found ${describe(item)}`, item);
  const fields = mapEntries(src, item, what);
  checkKeys(src, fields, ['pull', 'is_compatible'], what);
  const pull = fields.find(([k]) => k === 'pull');
  if (!pull) throw src.error('dependency: missing "pull"', item);
  const pullNode = pull[1];
  if (pullNode === null || (isScalar(pullNode) && pullNode.value === null)) {
    throw src.error('dependency: "pull" is empty (a "#" after a space starts a YAML comment: quote it, pull: "#12")', pullNode ?? pull[2]);
  }
  const text = scalarString(src, pullNode, 'dependency: "pull"');
  const ref = parsePullRef(text);
  if (!ref) {
    throw src.error(`dependency: "${text}" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)`, pullNode);
  }
  let isCompatible = true;
  const compat = fields.find(([k]) => k === 'is_compatible');
  if (compat) {
    const node = compat[1];
    if (!isScalar(node) || typeof node.value !== 'boolean') throw src.error('dependency: "is_compatible" must be true or false', node ?? compat[2]);
    isCompatible = node.value;
  }
  return { ref, text, isCompatible, line: src.lineOf(item) };
}
