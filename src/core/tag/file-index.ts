import { compareStrings } from './paths.js';

/** A file of the tree as git sees it: mode `100644`, `100755`, `120000` (symlink) or `160000` (submodule). */
export interface FileEntry {
  /** Repository path (posix, relative to the workspace root). */
  path: string;
  mode: string;
  /** Git blob id (sha1 of `blob <len>\0<bytes>`), or the commit id of a submodule; empty when never read. */
  oid: string;
}

/**
 * The files of a tree in column form over one text: row `i`'s path is
 * `text.slice(pathStart[i], pathEnd[i])`, its blob id `text.slice(oidStart[i], oidEnd[i])`, its
 * mode `modes[modeCode[i]]`. An adapter that parses a tool's output (`git ls-files -s -z`) points
 * the columns into that output instead of copying it.
 */
export interface FileColumns {
  text: string;
  /**
   * The bytes of `text` (or of its beginning), when each of its characters is one byte
   * (ASCII): an offset below `bytes.length` is then the same offset into these bytes. An
   * adapter that decoded them from a tool's output hands them on, so that a hasher copies
   * paths and blob ids as bytes instead of building a string per file (`ManifestHasher.row`).
   */
  bytes?: Uint8Array;
  /**
   * Text of the rows whose offsets are at or past `text.length` (offset `o` is character
   * `o - text.length` of it): the few files `withChanges` adds, kept apart so that a large
   * `text` is never copied to append them.
   */
  tail?: string;
  count: number;
  pathStart: Int32Array;
  pathEnd: Int32Array;
  oidStart: Int32Array;
  oidEnd: Int32Array;
  modeCode: Uint8Array;
  modes: readonly string[];
}

/** Git's four file modes, in the order `FileColumns.modeCode` numbers them by default. */
export const GIT_MODES: readonly string[] = ['100644', '100755', '120000', '160000'];

/**
 * The files of a tree, sorted by path, so that every folder is one contiguous range of rows.
 *
 * Held as columns over one text (see `FileColumns`), not as one object per file: a 48,000-file
 * workspace would otherwise keep 48,000 entries and their strings alive through every
 * young-generation garbage collection of the run, and copying them was the largest single cost
 * after git itself (docs/benchmarks.md). Rows are read as strings only while they are used.
 */
export class FileIndex {
  private readonly c: FileColumns;
  /** Set on an index made by `withChanges`: what it was made from, and the paths that differ. */
  private derived?: { base: FileIndex; paths: readonly string[] };

  /** An index of any entries, in any order (a later entry for the same path wins). */
  constructor(entries: Iterable<FileEntry>) {
    this.c = columnsOf(entries);
  }

  /**
   * An index over columns in path order, each path once: checked (and sorted when not) unless
   * the caller vouches for it with `ordered` (git's index of ASCII paths without conflicts is
   * in exactly this order: checking 48,000 paths again cost as much as reading them, ~10 ms).
   */
  static fromColumns(columns: FileColumns, ordered = false): FileIndex {
    const index = Object.create(FileIndex.prototype) as FileIndex;
    (index as unknown as { c: FileColumns }).c = columns;
    return ordered || index.isOrdered() ? index : new FileIndex(index.entries());
  }

  get size(): number {
    return this.c.count;
  }

  /** The columns themselves, read-only: for a reader that copies bytes (see `FileColumns.bytes`). */
  get columns(): Readonly<FileColumns> {
    return this.c;
  }

  private slice(start: number, end: number): string {
    const { text, tail } = this.c;
    return tail === undefined || start < text.length ? text.slice(start, end) : tail.slice(start - text.length, end - text.length);
  }

  path(row: number): string {
    return this.slice(this.c.pathStart[row], this.c.pathEnd[row]);
  }

  /** The row's path without its first `skip` characters (a context-relative path, in one slice). */
  pathFrom(row: number, skip: number): string {
    return this.slice(this.c.pathStart[row] + skip, this.c.pathEnd[row]);
  }

  mode(row: number): string {
    return this.c.modes[this.c.modeCode[row]];
  }

  oid(row: number): string {
    return this.slice(this.c.oidStart[row], this.c.oidEnd[row]);
  }

  /** Whether the row has a blob id (a file a listing did not read has none: see `TreeSnapshot.list`). */
  hasOid(row: number): boolean {
    return this.c.oidEnd[row] > this.c.oidStart[row];
  }

  entry(row: number): FileEntry {
    return { path: this.path(row), mode: this.mode(row), oid: this.oid(row) };
  }

  /** Every file, as entries (for small trees and tests: this is the copy the index avoids). */
  entries(): FileEntry[] {
    const out: FileEntry[] = [];
    for (let row = 0; row < this.c.count; row++) out.push(this.entry(row));
    return out;
  }

  /** The first row whose path is not below `path` in sort order. */
  private lowerBound(path: string): number {
    let lo = 0;
    let hi = this.c.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareStrings(this.path(mid), path) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many rows sort before `path`: its row, or where it would go. */
  rank(path: string): number {
    return this.lowerBound(path);
  }

  /** The row of `path`, or -1. */
  find(path: string): number {
    const row = this.lowerBound(path);
    return row < this.c.count && this.path(row) === path ? row : -1;
  }

  get(path: string): FileEntry | undefined {
    const row = this.find(path);
    return row < 0 ? undefined : this.entry(row);
  }

  /**
   * The rows at or below `dir` (`.` is everything): `file`, the row of `dir` itself when it is
   * a file (else -1), then the rows from `start` to `end` (excluded), the files below it.
   */
  rowsUnder(dir: string): { file: number; start: number; end: number } {
    if (dir === '.') return { file: -1, start: 0, end: this.c.count };
    // Paths below `dir` are exactly those from `dir/` up to `dir0` (`0` follows `/`).
    return { file: this.find(dir), start: this.lowerBound(`${dir}/`), end: this.lowerBound(`${dir}0`) };
  }

  /** The files at or below `dir` (`.` is everything), as entries. */
  under(dir: string): FileEntry[] {
    const { file, start, end } = this.rowsUnder(dir);
    const out = file >= 0 ? [this.entry(file)] : [];
    for (let row = start; row < end; row++) out.push(this.entry(row));
    return out;
  }

  /** True when `dir` is a file or holds at least one file. */
  exists(dir: string): boolean {
    const { file, start, end } = this.rowsUnder(dir);
    return file >= 0 || start < end;
  }

  /**
   * This index with some paths replaced or removed (`null`) and others added: the few files
   * that differ from git's index. Unchanged rows keep pointing into the same text.
   */
  withChanges(changes: ReadonlyMap<string, FileEntry | null>): FileIndex {
    // A gitignored folder that is not walked, a file touched but not changed: this index as it is.
    const same = (path: string, e: FileEntry | null) => {
      const row = this.find(path);
      return e === null ? row < 0 : row >= 0 && this.mode(row) === e.mode && this.oid(row) === e.oid;
    };
    const paths = [...changes].filter(([path, e]) => !same(path, e)).map(([path]) => path);
    if (paths.length === 0) return this;
    // Offsets of the added rows start past this index's texts; their text becomes the tail.
    const { text, tail = '' } = this.c;
    const added = [...changes].filter((c): c is [string, FileEntry] => c[1] !== null).map(([, e]) => e);
    const extra = columnsOf(added, text.length + tail.length, this.c.modes);
    // Where each change meets this index, in row order: the rows it replaces or removes are
    // left out, the added ones go in before the first row that sorts after them. Everything
    // between is copied in whole ranges: a change costs a binary search, not a pass over
    // every row's path (480,000 of them on a large repository).
    const dropped = [...changes.keys()].map(path => this.find(path)).filter(row => row >= 0).sort((a, b) => a - b);
    const max = this.c.count + extra.count;
    const out: FileColumns = {
      text,
      bytes: this.c.bytes,
      tail: tail + extra.text,
      count: 0,
      pathStart: new Int32Array(max),
      pathEnd: new Int32Array(max),
      oidStart: new Int32Array(max),
      oidEnd: new Int32Array(max),
      modeCode: new Uint8Array(max),
      modes: extra.modes,
    };
    const copy = (from: FileColumns, start: number, end: number) => {
      if (end <= start) return;
      const n = out.count;
      out.pathStart.set(from.pathStart.subarray(start, end), n);
      out.pathEnd.set(from.pathEnd.subarray(start, end), n);
      out.oidStart.set(from.oidStart.subarray(start, end), n);
      out.oidEnd.set(from.oidEnd.subarray(start, end), n);
      out.modeCode.set(from.modeCode.subarray(start, end), n);
      out.count += end - start;
    };
    let row = 0;
    let d = 0;
    for (let j = 0; j < extra.count; j++) {
      const at = this.lowerBound(extra.text.slice(extra.pathStart[j] - text.length - tail.length, extra.pathEnd[j] - text.length - tail.length));
      for (; d < dropped.length && dropped[d] < at; d++) {
        copy(this.c, row, dropped[d]);
        row = dropped[d] + 1;
      }
      copy(this.c, row, at);
      row = Math.max(row, at);
      copy(extra, j, j + 1);
    }
    for (; d < dropped.length; d++) {
      copy(this.c, row, dropped[d]);
      row = dropped[d] + 1;
    }
    copy(this.c, row, this.c.count);
    // In order by construction: this index's rows in order, each added row where it sorts.
    const index = FileIndex.fromColumns(out, true);
    index.derived = { base: this, paths };
    return index;
  }

  /** The paths that differ from `base`, when this index was made from it by `withChanges`; else undefined. */
  changesSince(base: FileIndex): readonly string[] | undefined {
    return this.derived?.base === base ? this.derived.paths : undefined;
  }

  private isOrdered(): boolean {
    for (let row = 1; row < this.c.count; row++) if (compareStrings(this.path(row - 1), this.path(row)) >= 0) return false;
    return true;
  }
}

/**
 * Columns for entries, sorted by path, one row per path (the last entry for a path wins).
 * Offsets start at `base`, so that the text can be appended to another index's text of that
 * length (`withChanges`).
 */
function columnsOf(entries: Iterable<FileEntry>, base = 0, modes: readonly string[] = GIT_MODES): FileColumns {
  const byPath = new Map<string, FileEntry>();
  for (const e of entries) byPath.set(e.path, e);
  const list = [...byPath.values()].sort((a, b) => compareStrings(a.path, b.path));
  const modeList = [...modes];
  const count = list.length;
  const columns = {
    count,
    pathStart: new Int32Array(count),
    pathEnd: new Int32Array(count),
    oidStart: new Int32Array(count),
    oidEnd: new Int32Array(count),
    modeCode: new Uint8Array(count),
  };
  const parts: string[] = [];
  let at = base;
  list.forEach((e, row) => {
    columns.modeCode[row] = modeCode(modeList, e.mode);
    columns.oidStart[row] = at;
    columns.oidEnd[row] = at += e.oid.length;
    columns.pathStart[row] = at;
    columns.pathEnd[row] = at += e.path.length;
    parts.push(e.oid, e.path);
  });
  return { ...columns, text: parts.join(''), modes: modeList };
}

/** The number of `mode` in `modes` (a `FileColumns.modes` being built), added when new. */
export function modeCode(modes: string[], mode: string): number {
  let code = modes.indexOf(mode);
  if (code < 0) code = modes.push(mode) - 1;
  if (code > 255) throw new Error(`more than 256 distinct file modes (${mode})`);
  return code;
}
