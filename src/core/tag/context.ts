import { LockstepError } from '../errors.js';
import { IgnoreFileError, readIgnoreFile } from './dockerignore/ignorefile.js';
import { compileGoRegexp } from './dockerignore/go-regexp.js';
import { compilePattern, matchesUsingParentResults, newPatterns, PatternError, patternMatches, type Pattern } from './dockerignore/patternmatcher.js';
import type { FileEntry, FileIndex } from './file-index.js';
import { joinRepoPath } from './paths.js';

/**
 * Where Docker looks for the ignore file of a build, most specific first: BuildKit's
 * `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`.
 */
export function dockerignoreCandidates(context: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, joinRepoPath(context, '.dockerignore')];
}

/**
 * The files of `context` that Docker sends to the builder, as context-relative entries:
 * the `.dockerignore` rules are applied as BuildKit applies them (see `dockerignoreRules`).
 */
export function selectContextFiles(index: FileIndex, context: string, dockerignoreText?: string, dockerignoreFile?: string): FileEntry[] {
  const out: FileEntry[] = [];
  const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText, dockerignoreFile);
  forEachContextFile(index, context, ignores, (row, path) => out.push({ path, mode: index.mode(row), oid: index.oid(row) }));
  return out;
}

/**
 * Calls `fn` with the index row and context-relative path of each file of `context` that
 * `ignores` (a `dockerignoreMatcher`) lets through, in path order, allocating nothing per
 * file but the path the matcher tests.
 */
export function forEachContextFile(index: FileIndex, context: string, ignores: ((path: string) => boolean) | undefined, fn: (row: number, path: string) => void): void {
  const { file, start, end } = index.rowsUnder(context);
  // Only a context that is itself a file (which Docker refuses) has a row for its own path.
  if (file >= 0 && !ignores?.('.')) fn(file, '.');
  const skip = context === '.' ? 0 : context.length + 1;
  // One plain loop: this runs once per file of every context, before the JIT has warmed up.
  for (let row = start; row < end; row++) {
    const path = index.pathFrom(row, skip);
    if (ignores === undefined || !ignores(path)) fn(row, path);
  }
}

/**
 * BuildKit's verdict for one ignore file: true for a context-relative path it leaves out.
 * Undefined when the file holds no pattern. `file` names the ignore file in errors.
 */
export function dockerignoreMatcher(text: string, file?: string): ((path: string) => boolean) | undefined {
  return dockerignoreRules(text, file)?.ignores;
}

/** One ignore file's rules: BuildKit's verdict for a path, and for a whole folder. */
export interface DockerignoreRules {
  /** True for a context-relative path BuildKit leaves out. */
  ignores(path: string): boolean;
  /**
   * True only when BuildKit leaves out every path at or below the context-relative folder
   * `dir`: the folder is excluded and no negation (`!`) pattern could match anything beneath
   * it. False whenever in doubt.
   */
  excludesFolder(dir: string): boolean;
}

/**
 * Reads an ignore file as BuildKit does (`ignorefile.ReadAll`, then `patternmatcher.New`)
 * and decides paths as its context walker does: each folder's per-pattern results
 * (`MatchesUsingParentResults`) are passed down to its entries. An invalid pattern is a
 * LockstepError naming `file` and the line.
 */
export function dockerignoreRules(text: string, file = '.dockerignore'): DockerignoreRules | undefined {
  // One template copied into every service: its rules (folder verdicts included: they depend
  // on context-relative paths only) are built once. An invalid text is never kept, so each
  // file that holds it is named in its own error.
  if (rulesByText.has(text)) return rulesByText.get(text);
  const rules = buildRules(text, file);
  if (rulesByText.size >= 256) rulesByText.clear();
  rulesByText.set(text, rules);
  return rules;
}

const rulesByText = new Map<string, DockerignoreRules | undefined>();

function buildRules(text: string, file: string): DockerignoreRules | undefined {
  let lines;
  let patterns: Pattern[];
  try {
    lines = readIgnoreFile(text);
    patterns = newPatterns(lines.map(l => l.pattern));
  } catch (e) {
    if (e instanceof IgnoreFileError) throw new LockstepError(`cannot read the ignore file: ${e.message}`, { file, line: e.line });
    if (e instanceof PatternError) throw new LockstepError(`invalid ignore pattern "${lines![e.index].pattern}": ${e.message}`, { file, line: lines![e.index].line });
    throw e;
  }
  if (patterns.length === 0) return undefined;
  const ignores = walkMatcher(patterns);
  // `|` (an alternation, see compilePattern) and `{}` can make a pattern match at any depth.
  const negations = patterns.filter(p => p.exclusion).map(p => (/[|{}]/.test(p.cleaned) ? ['**'] : p.dirs));
  return {
    ignores,
    excludesFolder: dir => dir !== '.' && ignores(dir) && !negations.some(n => couldMatchBelow(n, dir.split('/'))),
  };
}

/**
 * Whether a pattern (its `/`-separated segments, Go `filepath.Match` syntax) could match a
 * path strictly below `dir`. Matches on `dir` itself or its ancestors need no look: the
 * caller's verdict on `dir` already folds them in. A `**` may match any depth; a segment
 * with a class, an escape or a `^` (Go regexp syntax reaches the matcher) is assumed to match.
 */
function couldMatchBelow(segments: readonly string[], dir: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.includes('**')) return true;
    if (i >= dir.length) return true;
    if (!segmentCouldMatch(segment, dir[i])) return false;
  }
  // As many segments as `dir` or fewer, none `**`: it matches at `dir`'s depth or above only.
  return false;
}

function segmentCouldMatch(segment: string, name: string): boolean {
  if (!/[*?[\\^]/.test(segment)) return segment === name;
  if (/[[\\^]/.test(segment)) return true;
  const re = segment.replace(/[.+^${}()|/]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`, 'u').test(name);
}

interface FolderResult {
  /** The folder's per-pattern results, handed to its entries (Go's `MatchInfo`). */
  info: boolean[];
  /** The verdict on the folder itself. */
  matched: boolean;
  /** The fold's state for an entry of the folder after the last pattern the folder matched. */
  start: boolean;
  /** Patterns after that one that can match an entry of this folder, in order. */
  candidates: Candidate[];
}

interface Candidate {
  pattern: Pattern;
  exclusion: boolean;
  /** For `**` + `/*<literal>` in a folder without a newline: the entry's name ends with it. */
  nameEndsWith?: string;
  /** For a pattern `**` + `/name` in a folder without a newline: the same answer from the entry's name alone. */
  onName?: RegExp;
  /** For `**` + `/<literal>` (`**` + `/__pycache__`) in a folder without a newline: the entry's name is it. */
  nameIs?: string;
}

/**
 * BuildKit's verdicts, one folder at a time: fsutil's walker computes each folder's
 * `MatchInfo` from its parent's and each entry's verdict from its folder's. A pattern the
 * folder matched decides for every entry in turn, so an entry's fold starts after the last
 * of them, with only the patterns that could match an entry at that depth left to test.
 */
function walkMatcher(patterns: readonly Pattern[]): (path: string) => boolean {
  // A pattern whose every match has a fixed number of segments (no `**`, no class or escape
  // that could match a `/`, no prefix or suffix form): the depth of the entries it can match.
  const depthOf = patterns.map(p => {
    if (p.type === 'exact') return p.dirs.length;
    if (p.type === 'regexp' && !p.cleaned.includes('**') && !/[[\\|{}]/.test(p.cleaned)) return p.dirs.length;
    return undefined;
  });
  // `**/<name pattern>` (regexp `^(.*/)?<name>$`) where the name part cannot match a `/`
  // (no class, escape, alternation or `**`): it matches a path exactly when the name part
  // matches the entry's name and the folder holds no newline (Go's `.` does not match one).
  const nameParts = patterns.map(p => {
    if (p.type !== 'regexp' || !p.cleaned.startsWith('**/')) return undefined;
    const rest = p.cleaned.slice(3);
    if (rest === '' || rest.includes('/') || rest.includes('**') || rest.startsWith('\uFEFF') || /[[\\|{}^]/.test(rest)) return undefined;
    // No wildcard in the name part (Go's `.+()$` escaped, nothing else special): a plain name.
    const { source } = compilePattern(rest);
    return source === undefined ? { literal: rest } : { regexp: compileGoRegexp(source) };
  });
  const onName = nameParts.map(n => n?.regexp);
  const nameIs = nameParts.map(n => n?.literal);
  // The commonest of them, `**/*.md`: a `*` then literal characters (Go's `.+()$` escaped, nothing else special).
  const nameEndsWith = patterns.map((p, i) => {
    if (onName[i] === undefined) return undefined;
    const rest = p.cleaned.slice(4);
    return p.cleaned[3] === '*' && rest !== '' && !/[*?[\]\\]/.test(rest) ? rest : undefined;
  });
  const folderResult = (path: string, depth: number, parent: FolderResult | undefined): FolderResult => {
    const { matched, info } = parent === undefined && depth === 0 ? { matched: false, info: patterns.map(() => false) } : matchesUsingParentResults(patterns, path, parent?.info);
    const last = info.lastIndexOf(true);
    const newlineFree = !path.includes('\n');
    const candidates: Candidate[] = [];
    for (let i = last + 1; i < patterns.length; i++) {
      if (depthOf[i] !== undefined && depthOf[i] !== depth + 1) continue;
      candidates.push({
        pattern: patterns[i],
        exclusion: patterns[i].exclusion,
        onName: newlineFree ? onName[i] : undefined,
        nameEndsWith: newlineFree ? nameEndsWith[i] : undefined,
        nameIs: newlineFree ? nameIs[i] : undefined,
      });
    }
    return { info, matched, start: last >= 0 && !patterns[last].exclusion, candidates };
  };
  const top = folderResult('', 0, undefined);
  const folders = new Map<string, FolderResult>();
  const folderOf = (path: string): FolderResult => {
    const known = folders.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = slash > 0 ? folderOf(path.slice(0, slash)) : undefined;
    let depth = 1;
    for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 0x2f) depth++;
    const result = folderResult(path, depth, parent);
    folders.set(path, result);
    return result;
  };
  // Files come in path order, so most share the previous file's folder: compared in place, not sliced.
  let lastFolder = '';
  let last: FolderResult | undefined;
  return path => {
    const slash = path.lastIndexOf('/');
    let folder: FolderResult;
    if (slash <= 0) folder = top;
    else if (last !== undefined && slash === lastFolder.length && path.startsWith(lastFolder)) folder = last;
    else folder = last = folderOf((lastFolder = path.slice(0, slash)));
    let matched = folder.start;
    const candidates = folder.candidates;
    let name: string | undefined;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.exclusion !== matched) continue;
      const hit =
        c.nameEndsWith !== undefined
          ? path.endsWith(c.nameEndsWith) && path.length - slash - 1 >= c.nameEndsWith.length
          : c.nameIs !== undefined
            ? path.length - slash - 1 === c.nameIs.length && path.endsWith(c.nameIs)
            : c.onName !== undefined
            ? c.onName.test((name ??= path.slice(slash + 1)))
            : patternMatches(c.pattern, path);
      if (hit) matched = !c.exclusion;
    }
    return matched;
  };
}

/** The files of each declared input path (a file or a folder), by repository path. */
export function selectInputFiles(index: FileIndex, inputs: readonly string[]): Array<{ input: string; files: FileEntry[] }> {
  return inputs.map(input => ({ input, files: index.under(input) }));
}
