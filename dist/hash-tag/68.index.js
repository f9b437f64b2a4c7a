export const id = 68;
export const ids = [68];
export const modules = {

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z$: () => (/* binding */ modeCode),
/* harmony export */   rx: () => (/* binding */ FileIndex),
/* harmony export */   sp: () => (/* binding */ GIT_MODES)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5964);

/** Git's four file modes, in the order `FileColumns.modeCode` numbers them by default. */
const GIT_MODES = ['100644', '100755', '120000', '160000'];
/**
 * The files of a tree, sorted by path, so that every folder is one contiguous range of rows.
 *
 * Held as columns over one text (see `FileColumns`), not as one object per file: a 48,000-file
 * workspace would otherwise keep 48,000 entries and their strings alive through every
 * young-generation garbage collection of the run, and copying them was the largest single cost
 * after git itself (docs/benchmarks.md). Rows are read as strings only while they are used.
 */
class FileIndex {
    c;
    /** Set on an index made by `withChanges`: what it was made from, and the paths that differ. */
    derived;
    /** An index of any entries, in any order (a later entry for the same path wins). */
    constructor(entries) {
        this.c = columnsOf(entries);
    }
    /**
     * An index over columns in path order, each path once: checked (and sorted when not) unless
     * the caller vouches for it with `ordered` (git's index of ASCII paths without conflicts is
     * in exactly this order: checking 48,000 paths again cost as much as reading them, ~10 ms).
     */
    static fromColumns(columns, ordered = false) {
        const index = Object.create(FileIndex.prototype);
        index.c = columns;
        return ordered || index.isOrdered() ? index : new FileIndex(index.entries());
    }
    get size() {
        return this.c.count;
    }
    /** The columns themselves, read-only: for a reader that copies bytes (see `FileColumns.bytes`). */
    get columns() {
        return this.c;
    }
    slice(start, end) {
        const { text, tail } = this.c;
        return tail === undefined || start < text.length ? text.slice(start, end) : tail.slice(start - text.length, end - text.length);
    }
    path(row) {
        return this.slice(this.c.pathStart[row], this.c.pathEnd[row]);
    }
    /** The row's path without its first `skip` characters (a context-relative path, in one slice). */
    pathFrom(row, skip) {
        return this.slice(this.c.pathStart[row] + skip, this.c.pathEnd[row]);
    }
    mode(row) {
        return this.c.modes[this.c.modeCode[row]];
    }
    oid(row) {
        return this.slice(this.c.oidStart[row], this.c.oidEnd[row]);
    }
    /** Whether the row has a blob id (a file a listing did not read has none: see `TreeSnapshot.list`). */
    hasOid(row) {
        return this.c.oidEnd[row] > this.c.oidStart[row];
    }
    entry(row) {
        return { path: this.path(row), mode: this.mode(row), oid: this.oid(row) };
    }
    /** Every file, as entries (for small trees and tests: this is the copy the index avoids). */
    entries() {
        const out = [];
        for (let row = 0; row < this.c.count; row++)
            out.push(this.entry(row));
        return out;
    }
    /** The first row whose path is not below `path` in sort order. */
    lowerBound(path) {
        let lo = 0;
        let hi = this.c.count;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(this.path(mid), path) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** How many rows sort before `path`: its row, or where it would go. */
    rank(path) {
        return this.lowerBound(path);
    }
    /** The row of `path`, or -1. */
    find(path) {
        const row = this.lowerBound(path);
        return row < this.c.count && this.path(row) === path ? row : -1;
    }
    get(path) {
        const row = this.find(path);
        return row < 0 ? undefined : this.entry(row);
    }
    /**
     * The rows at or below `dir` (`.` is everything): `file`, the row of `dir` itself when it is
     * a file (else -1), then the rows from `start` to `end` (excluded), the files below it.
     */
    rowsUnder(dir) {
        if (dir === '.')
            return { file: -1, start: 0, end: this.c.count };
        // Paths below `dir` are exactly those from `dir/` up to `dir0` (`0` follows `/`).
        return { file: this.find(dir), start: this.lowerBound(`${dir}/`), end: this.lowerBound(`${dir}0`) };
    }
    /** The files at or below `dir` (`.` is everything), as entries. */
    under(dir) {
        const { file, start, end } = this.rowsUnder(dir);
        const out = file >= 0 ? [this.entry(file)] : [];
        for (let row = start; row < end; row++)
            out.push(this.entry(row));
        return out;
    }
    /** True when `dir` is a file or holds at least one file. */
    exists(dir) {
        const { file, start, end } = this.rowsUnder(dir);
        return file >= 0 || start < end;
    }
    /**
     * This index with some paths replaced or removed (`null`) and others added: the few files
     * that differ from git's index. Unchanged rows keep pointing into the same text.
     */
    withChanges(changes) {
        // A gitignored folder that is not walked, a file touched but not changed: this index as it is.
        const same = (path, e) => {
            const row = this.find(path);
            return e === null ? row < 0 : row >= 0 && this.mode(row) === e.mode && this.oid(row) === e.oid;
        };
        const paths = [...changes].filter(([path, e]) => !same(path, e)).map(([path]) => path);
        if (paths.length === 0)
            return this;
        // Offsets of the added rows start past this index's texts; their text becomes the tail.
        const { text, tail = '' } = this.c;
        const added = [...changes].filter((c) => c[1] !== null).map(([, e]) => e);
        const extra = columnsOf(added, text.length + tail.length, this.c.modes);
        // Where each change meets this index, in row order: the rows it replaces or removes are
        // left out, the added ones go in before the first row that sorts after them. Everything
        // between is copied in whole ranges: a change costs a binary search, not a pass over
        // every row's path (480,000 of them on a large repository).
        const dropped = [...changes.keys()].map(path => this.find(path)).filter(row => row >= 0).sort((a, b) => a - b);
        const max = this.c.count + extra.count;
        const out = {
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
        const copy = (from, start, end) => {
            if (end <= start)
                return;
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
    changesSince(base) {
        return this.derived?.base === base ? this.derived.paths : undefined;
    }
    isOrdered() {
        for (let row = 1; row < this.c.count; row++)
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(this.path(row - 1), this.path(row)) >= 0)
                return false;
        return true;
    }
}
/**
 * Columns for entries, sorted by path, one row per path (the last entry for a path wins).
 * Offsets start at `base`, so that the text can be appended to another index's text of that
 * length (`withChanges`).
 */
function columnsOf(entries, base = 0, modes = GIT_MODES) {
    const byPath = new Map();
    for (const e of entries)
        byPath.set(e.path, e);
    const list = [...byPath.values()].sort((a, b) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a.path, b.path));
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
    const parts = [];
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
function modeCode(modes, mode) {
    let code = modes.indexOf(mode);
    if (code < 0)
        code = modes.push(mode) - 1;
    if (code > 255)
        throw new Error(`more than 256 distinct file modes (${mode})`);
    return code;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ splitImageRef)
/* harmony export */ });
/**
 * The one split of an image reference into name, tag and digest, as written: no registry
 * defaults, no validation. Matching a `FROM` against configured names needs it raw; the
 * registry adapter normalises and validates on top of it. A colon after the last slash starts
 * the tag: `host:5000/a/b:tag@sha256:x` → `host:5000/a/b`, `tag`, `sha256:x`.
 */
function splitImageRef(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    let tag;
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}


/***/ }),

/***/ 5964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Kp: () => (/* binding */ joinRepoPath),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   n1: () => (/* binding */ followLinks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Repository paths are posix, relative to the workspace root, without `./`; the root itself is
 * `.`. Returns undefined for a path that leaves the root (absolute, or `..` on top), so that the
 * caller can name the config line.
 */
function normalizeRepoPath(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const norm = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (norm === '..' || norm.startsWith('../'))
        return undefined;
    return norm === '' ? '.' : norm;
}
/** True when `path` is `dir` or lies below it (`.` holds everything). */
function isUnder(path, dir) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/** `path` relative to `dir` (which must hold it); `dir` itself gives `.`. */
function relativeTo(path, dir) {
    if (dir === '.')
        return path;
    return path === dir ? '.' : path.slice(dir.length + 1);
}
function joinRepoPath(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
/** Byte-wise comparison of strings, so that a sort does not depend on the locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The repository path `path` leads to once every symbolic link on the way is followed, as the
 * file system would follow them; `readLink(p)` gives the target text of `p` when it is a link.
 * Undefined when a link leads out of the repository (an absolute target, or `..` past the
 * root); a loop is an error.
 */
async function followLinks(path, readLink) {
    let parts = path === '.' ? [] : path.split('/');
    for (let hops = 0, i = 0; i < parts.length;) {
        const prefix = parts.slice(0, i + 1).join('/');
        const target = await readLink(prefix);
        if (target === undefined) {
            i++;
            continue;
        }
        if (++hops > 40)
            throw new Error(`${path}: too many levels of symbolic links`);
        const joined = normalizeRepoPath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(parts.slice(0, i).join('/') || '.', target, ...parts.slice(i + 1)));
        if (target.startsWith('/') || joined === undefined)
            return undefined;
        parts = joined === '.' ? [] : joined.split('/');
        i = 0;
    }
    return parts.length === 0 ? '.' : parts.join('/');
}
/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
function workspacePath(path, workspace, what) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, path).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') : path;
    const norm = normalizeRepoPath(rel);
    if (norm === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${what}: "${path}" is outside the workspace ${workspace}`);
    return norm;
}


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashTag: () => (/* binding */ hashTag)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/markdown.ts
/**
 * Markdown for job summaries and PR comments, with one escaping rule. Names, reasons and PR
 * titles come from users: they must neither break a table (a `|`, a newline) nor smuggle markup
 * in (a link, an image, HTML, emphasis).
 */
/**
 * Plain text as inline markdown: newlines as spaces, and every character escaped that could
 * start markup inside a line (`(`, `#`, `!` only act after an escaped `]` or at a line start).
 */
function plain(value) {
    return value.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~]/g, c => `\\${c}`);
}
/**
 * An inline code span (commits, tags, file names). Backslashes are literal inside code, so only a
 * `|` needs escaping (GitHub splits table cells before it parses code); a value holding
 * backticks gets a longer fence.
 */
function code(value) {
    const flat = value.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A table: `header` and `rows` hold markdown already (use `plain`/`code` for user values). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./src/core/tag/paths.ts
var paths = __webpack_require__(5964);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/tag/dockerignore/go-path.ts
/** The pieces of Go's standard library that moby/patternmatcher leans on, ported for Unix. */
/** Go's `unicode.IsSpace`, which `strings.TrimSpace` trims (not JavaScript's `trim`: U+0085 yes, U+FEFF no). */
function isGoSpace(c) {
    return ((c >= 0x9 && c <= 0xd) ||
        c === 0x20 ||
        c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** Go's `strings.TrimSpace`. */
function trimSpace(s) {
    let start = 0;
    let end = s.length;
    // None of Go's spaces lies outside the BMP: UTF-16 units are code points here.
    while (start < end && isGoSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isGoSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
/** Go's `path/filepath.Clean` on Unix: the shortest equivalent path, lexically. */
function clean(path) {
    if (path === '')
        return '.';
    const rooted = path[0] === '/';
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const joined = out.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
/** Go's `path/filepath.Dir` on Unix. */
function go_path_dir(path) {
    const slash = path.lastIndexOf('/');
    return clean(path.slice(0, slash + 1));
}
class BadPatternError extends Error {
    constructor() {
        super('syntax error in pattern');
    }
}
/**
 * Go's `path/filepath.Match(pattern, ".")` for its error alone: whether the pattern is
 * malformed (an unterminated or empty `[...]`, a bad range, a trailing `\`), with the check
 * of the whole pattern that current Go versions make. Throws BadPatternError.
 */
function checkMatchSyntax(pattern) {
    // Byte-wise as in Go, on UTF-8 bytes; `[...]` items are decoded as runes.
    const p = new TextEncoder().encode(pattern);
    let name = new TextEncoder().encode(".");
    let rest = p;
    let failedOverall = false;
    while (rest.length > 0) {
        const { star, chunk, after } = scanChunk(rest);
        rest = after;
        if (failedOverall) {
            matchChunk(chunk, new Uint8Array(0));
            continue;
        }
        if (star && chunk.length === 0)
            return; // Go returns early here: the rest is not checked.
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
                    if (rest.length === 0 && t.length > 0)
                        continue;
                    name = t;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            failedOverall = true;
    }
}
function scanChunk(pattern) {
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
                if (i + 1 < pattern.length)
                    i++;
                break;
            case 0x5b:
                inrange = true;
                break;
            case 0x5d:
                inrange = false;
                break;
            case 0x2a:
                if (!inrange)
                    break scan;
        }
    }
    return { star, chunk: pattern.subarray(0, i), after: pattern.subarray(i) };
}
// `ignoreBOM`: a U+FEFF is a character here, not a mark to drop.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Decodes one rune as Go's utf8.DecodeRune: [rune, size]; an invalid byte is U+FFFD of size 1. */
function decodeRune(b) {
    if (b.length === 0)
        return [0xfffd, 0];
    const s = UTF8.decode(b.subarray(0, 4));
    const c = s.codePointAt(0);
    if (c === 0xfffd && !(b[0] === 0xef && b[1] === 0xbf && b[2] === 0xbd))
        return [0xfffd, 1];
    return [c, c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4];
}
function getEsc(chunk) {
    if (chunk.length === 0 || chunk[0] === 0x2d || chunk[0] === 0x5d)
        throw new BadPatternError();
    if (chunk[0] === 0x5c) {
        chunk = chunk.subarray(1);
        if (chunk.length === 0)
            throw new BadPatternError();
    }
    const [r, n] = decodeRune(chunk);
    if (r === 0xfffd && n === 1)
        throw new BadPatternError();
    const rest = chunk.subarray(n);
    if (rest.length === 0)
        throw new BadPatternError();
    return { r, rest };
}
/** Go's matchChunk: the rest of `s` after `chunk` matched its start, or undefined; throws on a malformed chunk. */
function matchChunk(chunk, s) {
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
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
                    if (lo.r <= r && r <= hi)
                        match = true;
                    nrange++;
                }
                if (match === negated)
                    failed = true;
                break;
            }
            case 0x3f:
                if (!failed) {
                    if (s[0] === 0x2f)
                        failed = true;
                    s = s.subarray(Math.max(1, decodeRune(s)[1]));
                }
                chunk = chunk.subarray(1);
                break;
            default:
                if (chunk[0] === 0x5c) {
                    chunk = chunk.subarray(1);
                    if (chunk.length === 0)
                        throw new BadPatternError();
                }
                if (!failed) {
                    if (chunk[0] !== s[0])
                        failed = true;
                    s = s.subarray(1);
                }
                chunk = chunk.subarray(1);
        }
    }
    return failed ? undefined : s;
}

;// CONCATENATED MODULE: ./src/core/tag/dockerignore/ignorefile.ts
/**
 * A port of moby/patternmatcher's `ignorefile.ReadAll`, the reader BuildKit applies to a
 * `.dockerignore`: lines split on `\n` (a `\r` before it dropped, a lone `\r` is not a line
 * break), a UTF-8 byte order mark dropped from the first line, lines starting with `#`
 * skipped (before trimming: ` # x` is a pattern), Go's whitespace trimmed, `!` split off
 * and trimmed again, `filepath.Clean`, one leading `/` removed.
 */

/** bufio.Scanner's limit: a longer line makes ReadAll (and the build) fail. */
const MAX_LINE_BYTES = 64 * 1024;
class IgnoreFileError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
function readIgnoreFile(text) {
    const out = [];
    const lines = text.split('\n');
    // A final newline ends the last line; it does not start an empty one.
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((raw, i) => {
        if (raw.length * 3 >= MAX_LINE_BYTES && new TextEncoder().encode(raw).length >= MAX_LINE_BYTES)
            throw new IgnoreFileError('bufio.Scanner: token too long (a line of 64 KiB or more)', i + 1);
        let pattern = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (i === 0 && pattern.startsWith('\uFEFF'))
            pattern = pattern.slice(1);
        if (pattern.startsWith('#'))
            return;
        pattern = trimSpace(pattern);
        if (pattern === '')
            return;
        const invert = pattern[0] === '!';
        if (invert)
            pattern = trimSpace(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = clean(pattern);
            if (pattern.length > 1 && pattern[0] === '/')
                pattern = pattern.slice(1);
        }
        out.push({ pattern: invert ? `!${pattern}` : pattern, line: i + 1 });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/core/tag/dockerignore/go-regexp.ts
/**
 * Go's `regexp.Compile` (RE2 syntax, Perl flags: `^`/`$` at the ends of the text, `.` not
 * matching `\n`, negated classes matching it, ASCII `\d \s \w \b`) translated to a JavaScript
 * RegExp with the same matches, for the regexps moby/patternmatcher builds from a pattern.
 * Those copy the user's `[`, `]`, `^` and `\` escapes into the regexp unchanged, so any RE2
 * syntax can reach here (`[[:alpha:]]`, `\d`, `\pL`, `\Q...\E`, `[]a]`), and must mean what
 * it means in Go — or fail where Go fails.
 */
class GoRegexpError extends Error {
}
const MAX_RUNE = 0x10ffff;
const PERL = {
    d: { sign: 1, ranges: [[0x30, 0x39]] },
    D: { sign: -1, ranges: [[0x30, 0x39]] },
    s: { sign: 1, ranges: [[0x9, 0xa], [0xc, 0xd], [0x20, 0x20]] },
    S: { sign: -1, ranges: [[0x9, 0xa], [0xc, 0xd], [0x20, 0x20]] },
    w: { sign: 1, ranges: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]] },
    W: { sign: -1, ranges: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]] },
};
const POSIX = {
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
const SCRIPTS = new Set(('Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid ' +
    'Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari ' +
    'Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Han ' +
    'Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada ' +
    'Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar ' +
    'Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro ' +
    'Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic ' +
    'Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau ' +
    'Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese ' +
    'Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai ' +
    'Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square').split(' '));
const cp = (n) => `\\u{${n.toString(16)}}`;
const isAlnum = (c) => /^[0-9A-Za-z]$/.test(c);
const isOctal = (c) => c !== undefined && c >= '0' && c <= '7';
function complement(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= MAX_RUNE)
        out.push([next, MAX_RUNE]);
    return out;
}
const rangesSource = (ranges) => ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)).join('');
/** A Unicode class as a `v`-mode class item (Go's tables: its `C` lacks the unassigned `Cn`). */
function unicodeItem(name, sign) {
    let item;
    if (name === 'Any')
        item = '\\p{Any}';
    else if (name === 'C')
        item = '[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]';
    else if (CATEGORIES.has(name))
        item = `\\p{${name}}`;
    else if (SCRIPTS.has(name))
        item = `\\p{Script=${name}}`;
    else
        return undefined;
    return sign > 0 ? item : `[^${item}]`;
}
class Parser {
    source;
    i = 0;
    chars;
    constructor(source) {
        this.source = source;
        this.chars = [...source];
    }
    peek(k = 0) {
        return this.chars[this.i + k];
    }
    fail(what) {
        throw new GoRegexpError(`error parsing regexp: ${what}: \`${this.source}\``);
    }
    /** A single-character escape (Go's parseEscape), `this.i` at the backslash. */
    escape() {
        const c = this.peek(1);
        if (c === undefined)
            this.fail('trailing backslash at end of expression');
        this.i += 2;
        const cc = c.codePointAt(0);
        if (cc < 0x80 && !isAlnum(c))
            return cc;
        if (c >= '1' && c <= '7' && !isOctal(this.peek()))
            this.fail(`invalid escape sequence \`\\${c}\``);
        if (c >= '0' && c <= '7') {
            let r = cc - 0x30;
            for (let k = 1; k < 3 && isOctal(this.peek()); k++)
                r = r * 8 + (this.chars[this.i++].charCodeAt(0) - 0x30);
            return r;
        }
        if (c === 'x') {
            const start = this.i - 2;
            const bad = () => this.fail(`invalid escape sequence \`${this.chars.slice(start, this.i).join('')}\``);
            const first = this.peek();
            if (first === undefined)
                bad();
            this.i++;
            if (first === '{') {
                let r = 0;
                let n = 0;
                for (;;) {
                    const h = this.peek();
                    if (h === undefined)
                        bad();
                    this.i++;
                    if (h === '}')
                        break;
                    if (!/^[0-9A-Fa-f]$/.test(h))
                        bad();
                    r = r * 16 + parseInt(h, 16);
                    if (r > MAX_RUNE)
                        bad();
                    n++;
                }
                if (n === 0)
                    bad();
                return r;
            }
            const second = this.peek();
            if (second === undefined)
                bad();
            this.i++;
            if (!/^[0-9A-Fa-f]$/.test(first) || !/^[0-9A-Fa-f]$/.test(second))
                bad();
            return parseInt(first + second, 16);
        }
        const simple = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
        if (c in simple)
            return simple[c];
        this.fail(`invalid escape sequence \`\\${c}\``);
    }
    /** `\pL`, `\p{Greek}`, `\P{^Lu}` at `this.i`, as a class item; undefined when not one. */
    unicodeClass() {
        if (this.peek() !== '\\' || (this.peek(1) !== 'p' && this.peek(1) !== 'P'))
            return undefined;
        const start = this.i;
        let sign = this.peek(1) === 'P' ? -1 : 1;
        this.i += 2;
        let name;
        const c = this.peek();
        if (c === undefined)
            this.fail(`invalid character class range \`${this.chars.slice(start).join('')}\``);
        if (c !== '{') {
            name = c;
            this.i++;
        }
        else {
            const end = this.chars.indexOf('}', this.i);
            if (end < 0)
                this.fail(`invalid character class range \`${this.chars.slice(start).join('')}\``);
            name = this.chars.slice(this.i + 1, end).join('');
            this.i = end + 1;
        }
        const seq = this.chars.slice(start, this.i).join('');
        if (name.startsWith('^')) {
            sign = -sign;
            name = name.slice(1);
        }
        const item = unicodeItem(name, sign);
        if (item === undefined)
            this.fail(`invalid character class range \`${seq}\``);
        return item;
    }
    /** Go's parseClass, `this.i` at `[`: a `v`-mode class. */
    charClass() {
        const classStart = this.i;
        this.i++;
        let negated = false;
        if (this.peek() === '^') {
            negated = true;
            this.i++;
        }
        const ranges = [];
        const items = [];
        let first = true;
        const missing = () => this.fail(`missing closing ]: \`${this.chars.slice(classStart).join('')}\``);
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                missing();
            if (c === ']' && !first)
                break;
            first = false;
            if (c === '[' && this.peek(1) === ':') {
                const rest = this.chars.slice(this.i + 2).join('');
                const end = rest.indexOf(':]');
                if (end >= 0) {
                    const raw = rest.slice(0, end);
                    const name = raw.startsWith('^') ? raw.slice(1) : raw;
                    if (!(name in POSIX))
                        this.fail(`invalid character class range \`[:${raw}:]\``);
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
            if (c === '\\' && this.peek(1) !== undefined && this.peek(1) in PERL) {
                const g = PERL[this.peek(1)];
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
                if (hi < lo)
                    this.fail(`invalid character class range \`${this.chars.slice(rangeStart, this.i).join('')}\``);
            }
            ranges.push([lo, hi]);
        }
        this.i++;
        return `[${negated ? '^' : ''}${rangesSource(ranges)}${items.join('')}]`;
    }
    classChar(missing) {
        const c = this.peek();
        if (c === undefined)
            missing();
        if (c === '\\')
            return this.escape();
        this.i++;
        return c.codePointAt(0);
    }
    /** The whole expression (Go's parse loop) as JavaScript `v`-mode source. */
    translate() {
        // Each entry is one atom or operator; `assertion` atoms get a group before a quantifier (`^*` is valid RE2, not JavaScript).
        const out = [];
        let depth = 0;
        const push = (src, kind = 'atom') => out.push({ src, kind });
        while (this.i < this.chars.length) {
            const c = this.chars[this.i];
            switch (c) {
                case '(':
                    if (this.peek(1) === '?')
                        this.fail('unsupported Perl flags or group');
                    depth++;
                    push('(?:', 'open');
                    this.i++;
                    break;
                case ')':
                    if (depth === 0)
                        this.fail('unexpected )');
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
                    let op = c;
                    let len = 1;
                    if (c === '{') {
                        const repeat = parseRepeat(this.chars.slice(this.i).join(''));
                        if (!repeat) {
                            push(cp(0x7b));
                            this.i++;
                            break;
                        }
                        const { min, max, text } = repeat;
                        if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max))
                            this.fail(`invalid repeat count \`${text}\``);
                        op = max === min ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
                        len = [...text].length;
                    }
                    let lazy = '';
                    if (this.peek(len) === '?') {
                        lazy = '?';
                        len++;
                    }
                    const prev = out[out.length - 1];
                    if (prev?.kind === 'repeat')
                        this.fail('invalid nested repetition operator');
                    if (prev === undefined || prev.kind === 'open' || prev.kind === 'bar')
                        this.fail('missing argument to repetition operator');
                    if (prev.kind === 'assertion')
                        prev.src = `(?:${prev.src})`;
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
                    if (n === 'C')
                        this.fail('invalid escape sequence `\\C`');
                    if (n === 'Q') {
                        const rest = this.chars.slice(this.i + 2).join('');
                        const end = rest.indexOf('\\E');
                        const lit = end < 0 ? rest : rest.slice(0, end);
                        for (const ch of lit)
                            push(cp(ch.codePointAt(0)));
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
                    push(cp(c.codePointAt(0)));
                    this.i++;
            }
        }
        if (depth !== 0)
            this.fail('missing closing )');
        return out.map(e => e.src).join('');
    }
}
/** Go's parseInt for a repeat count: digits without a leading zero; -1 when too big. */
function parseInt10(s) {
    const m = /^\d+/.exec(s);
    if (!m || (m[0].length >= 2 && m[0][0] === '0'))
        return undefined;
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
function parseRepeat(s) {
    const a = parseInt10(s.slice(1));
    if (!a || a.rest === '')
        return undefined;
    let min = a.n;
    let max;
    let rest = a.rest;
    if (rest[0] !== ',')
        max = min;
    else {
        rest = rest.slice(1);
        if (rest === '')
            return undefined;
        if (rest[0] === '}')
            max = -1;
        else {
            const b = parseInt10(rest);
            if (!b)
                return undefined;
            max = b.n;
            rest = b.rest;
            if (max < 0)
                min = -1;
        }
    }
    if (rest === '' || rest[0] !== '}')
        return undefined;
    return { min, max, text: s.slice(0, s.length - rest.length + 1) };
}
/** Compiles `source` as Go's `regexp.Compile` would; throws GoRegexpError where Go reports an error. */
function compileGoRegexp(source) {
    const js = new Parser(source).translate();
    try {
        return new RegExp(js, 'v');
    }
    catch (e) {
        throw new GoRegexpError(`error parsing regexp: ${e.message}: \`${source}\``);
    }
}

;// CONCATENATED MODULE: ./src/core/tag/dockerignore/patternmatcher.ts
/**
 * A port of moby/patternmatcher (the matcher BuildKit and the Docker CLI apply to
 * `.dockerignore` patterns), Unix separator: `New`, the pattern-to-regexp translation and
 * the two matching entry points BuildKit uses. Proven against the Go library by
 * test/tag/dockerignore-go.test.ts.
 */


/** A pattern Go's `patternmatcher.New` (or its regexp) refuses; `index` is its place in the list. */
class PatternError extends Error {
    index;
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
/** Go's `Pattern.compile`: the match type and, for `regexp`, the Go regexp source. */
function compilePattern(cleaned) {
    let regStr = '^';
    let type = 'exact';
    const chars = [...cleaned];
    let k = 0;
    // text/scanner skips a byte order mark at the very start.
    if (chars[0] === '\uFEFF')
        k = 1;
    const peek = () => chars[k];
    for (let i = 0; k < chars.length; i++) {
        const ch = chars[k++];
        if (ch === '*') {
            if (peek() === '*') {
                k++;
                if (peek() === '/')
                    k++;
                if (peek() === undefined) {
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        regStr += '.*';
                        type = 'regexp';
                    }
                }
                else {
                    regStr += '(.*/)?';
                    type = 'regexp';
                }
                if (i === 0)
                    type = 'suffix';
            }
            else {
                regStr += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            regStr += '[^/]';
            type = 'regexp';
        }
        else if ('.+()$'.includes(ch)) {
            // Go escapes `.+()|{}$` through an 8-byte bitmap whose bits above 7 are lost: `|`, `{`
            // and `}` stay regexp syntax (`a*|` matches everything). Reproduced, as BuildKit does it.
            regStr += `\\${ch}`;
        }
        else if (ch === '\\') {
            if (peek() !== undefined) {
                regStr += `\\${chars[k++]}`;
                type = 'regexp';
            }
            else {
                regStr += '\\';
            }
        }
        else if (ch === '[' || ch === ']') {
            regStr += ch;
            type = 'regexp';
        }
        else {
            regStr += ch;
        }
    }
    return type === 'regexp' ? { type, source: `${regStr}$` } : { type };
}
/** Go's `patternmatcher.New`, with each regexp compiled up front: throws PatternError for a pattern Go would fail on. */
function newPatterns(patterns) {
    const out = [];
    patterns.forEach((raw, index) => {
        let p = trimSpace(raw);
        if (p === '')
            return;
        p = clean(p);
        let exclusion = false;
        if (p[0] === '!') {
            if (p.length === 1)
                throw new PatternError('illegal exclusion pattern: "!"', index);
            exclusion = true;
            p = p.slice(1);
        }
        try {
            checkMatchSyntax(p);
        }
        catch (e) {
            throw new PatternError(`${e.message}: "${p}"`, index);
        }
        const { type, source } = compilePattern(p);
        let regexp;
        if (source !== undefined) {
            try {
                regexp = compileGoRegexp(source);
            }
            catch (e) {
                throw new PatternError(`${e.message} (from the pattern "${p}")`, index);
            }
        }
        out.push({ cleaned: p, exclusion, type, regexp, dirs: p.split('/'), affix: type === 'prefix' ? p.slice(0, -2) : type === 'suffix' ? p.slice(2) : '' });
    });
    return out;
}
/** Go's `Pattern.match`. */
function patternMatches(p, path) {
    switch (p.type) {
        case 'exact':
            return path === p.cleaned;
        case 'prefix':
            return path.startsWith(p.affix);
        case 'suffix': {
            const suffix = p.affix;
            if (path.endsWith(suffix))
                return true;
            return suffix.charCodeAt(0) === 0x2f && path.length === suffix.length - 1 && suffix.endsWith(path);
        }
        case 'regexp':
            return p.regexp.test(path);
    }
}
/** Go's `MatchesOrParentMatches` (Docker's classic builder and `COPY` checks use it). */
function matchesOrParentMatches(patterns, file) {
    let matched = false;
    const parentPath = dir(file);
    const parentDirs = parentPath.split('/');
    for (const pattern of patterns) {
        if (pattern.exclusion !== matched)
            continue;
        let match = patternMatches(pattern, file);
        if (!match && parentPath !== '.') {
            for (let i = 0; i < parentDirs.length && !match; i++)
                match = patternMatches(pattern, parentDirs.slice(0, i + 1).join('/'));
        }
        if (match)
            matched = !pattern.exclusion;
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
function matchesUsingParentResults(patterns, file, parent) {
    const info = new Array(patterns.length).fill(false);
    let matched = false;
    for (let i = 0; i < patterns.length; i++) {
        const pattern = patterns[i];
        let match = parent !== undefined && parent.length !== 0 ? parent[i] : false;
        if (!match) {
            if (pattern.exclusion !== matched)
                continue;
            match = patternMatches(pattern, file);
            if (!match && (parent === undefined || parent.length === 0)) {
                const parentPath = go_path_dir(file);
                if (parentPath !== '.') {
                    const parentDirs = parentPath.split('/');
                    for (let j = 0; j < parentDirs.length && !match; j++)
                        match = patternMatches(pattern, parentDirs.slice(0, j + 1).join('/'));
                }
            }
        }
        info[i] = match;
        if (match)
            matched = !pattern.exclusion;
    }
    return { matched, info };
}

;// CONCATENATED MODULE: ./src/core/tag/context.ts





/**
 * Where Docker looks for the ignore file of a build, most specific first: BuildKit's
 * `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`.
 */
function dockerignoreCandidates(context, dockerfile) {
    return [`${dockerfile}.dockerignore`, (0,paths/* joinRepoPath */.Kp)(context, '.dockerignore')];
}
/**
 * The files of `context` that Docker sends to the builder, as context-relative entries:
 * the `.dockerignore` rules are applied as BuildKit applies them (see `dockerignoreRules`).
 */
function selectContextFiles(index, context, dockerignoreText, dockerignoreFile) {
    const out = [];
    const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText, dockerignoreFile);
    forEachContextFile(index, context, ignores, (row, path) => out.push({ path, mode: index.mode(row), oid: index.oid(row) }));
    return out;
}
/**
 * Calls `fn` with the index row and context-relative path of each file of `context` that
 * `ignores` (a `dockerignoreMatcher`) lets through, in path order, allocating nothing per
 * file but the path the matcher tests.
 */
function forEachContextFile(index, context, ignores, fn) {
    const { file, start, end } = index.rowsUnder(context);
    // Only a context that is itself a file (which Docker refuses) has a row for its own path.
    if (file >= 0 && !ignores?.('.'))
        fn(file, '.');
    const skip = context === '.' ? 0 : context.length + 1;
    // One plain loop: this runs once per file of every context, before the JIT has warmed up.
    for (let row = start; row < end; row++) {
        const path = index.pathFrom(row, skip);
        if (ignores === undefined || !ignores(path))
            fn(row, path);
    }
}
/**
 * BuildKit's verdict for one ignore file: true for a context-relative path it leaves out.
 * Undefined when the file holds no pattern. `file` names the ignore file in errors.
 */
function dockerignoreMatcher(text, file) {
    return dockerignoreRules(text, file)?.ignores;
}
/**
 * Reads an ignore file as BuildKit does (`ignorefile.ReadAll`, then `patternmatcher.New`)
 * and decides paths as its context walker does: each folder's per-pattern results
 * (`MatchesUsingParentResults`) are passed down to its entries. An invalid pattern is a
 * LockstepError naming `file` and the line.
 */
function dockerignoreRules(text, file = '.dockerignore') {
    // One template copied into every service: its rules (folder verdicts included: they depend
    // on context-relative paths only) are built once. An invalid text is never kept, so each
    // file that holds it is named in its own error.
    if (rulesByText.has(text))
        return rulesByText.get(text);
    const rules = buildRules(text, file);
    if (rulesByText.size >= 256)
        rulesByText.clear();
    rulesByText.set(text, rules);
    return rules;
}
const rulesByText = new Map();
function buildRules(text, file) {
    let lines;
    let patterns;
    try {
        lines = readIgnoreFile(text);
        patterns = newPatterns(lines.map(l => l.pattern));
    }
    catch (e) {
        if (e instanceof IgnoreFileError)
            throw new core_errors/* LockstepError */.Cj(`cannot read the ignore file: ${e.message}`, { file, line: e.line });
        if (e instanceof PatternError)
            throw new core_errors/* LockstepError */.Cj(`invalid ignore pattern "${lines[e.index].pattern}": ${e.message}`, { file, line: lines[e.index].line });
        throw e;
    }
    if (patterns.length === 0)
        return undefined;
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
function couldMatchBelow(segments, dir) {
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (segment.includes('**'))
            return true;
        if (i >= dir.length)
            return true;
        if (!segmentCouldMatch(segment, dir[i]))
            return false;
    }
    // As many segments as `dir` or fewer, none `**`: it matches at `dir`'s depth or above only.
    return false;
}
function segmentCouldMatch(segment, name) {
    if (!/[*?[\\^]/.test(segment))
        return segment === name;
    if (/[[\\^]/.test(segment))
        return true;
    const re = segment.replace(/[.+^${}()|/]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    return new RegExp(`^${re}$`, 'u').test(name);
}
/**
 * BuildKit's verdicts, one folder at a time: fsutil's walker computes each folder's
 * `MatchInfo` from its parent's and each entry's verdict from its folder's. A pattern the
 * folder matched decides for every entry in turn, so an entry's fold starts after the last
 * of them, with only the patterns that could match an entry at that depth left to test.
 */
function walkMatcher(patterns) {
    // A pattern whose every match has a fixed number of segments (no `**`, no class or escape
    // that could match a `/`, no prefix or suffix form): the depth of the entries it can match.
    const depthOf = patterns.map(p => {
        if (p.type === 'exact')
            return p.dirs.length;
        if (p.type === 'regexp' && !p.cleaned.includes('**') && !/[[\\|{}]/.test(p.cleaned))
            return p.dirs.length;
        return undefined;
    });
    // `**/<name pattern>` (regexp `^(.*/)?<name>$`) where the name part cannot match a `/`
    // (no class, escape, alternation or `**`): it matches a path exactly when the name part
    // matches the entry's name and the folder holds no newline (Go's `.` does not match one).
    const nameParts = patterns.map(p => {
        if (p.type !== 'regexp' || !p.cleaned.startsWith('**/'))
            return undefined;
        const rest = p.cleaned.slice(3);
        if (rest === '' || rest.includes('/') || rest.includes('**') || rest.startsWith('\uFEFF') || /[[\\|{}^]/.test(rest))
            return undefined;
        // No wildcard in the name part (Go's `.+()$` escaped, nothing else special): a plain name.
        const { source } = compilePattern(rest);
        return source === undefined ? { literal: rest } : { regexp: compileGoRegexp(source) };
    });
    const onName = nameParts.map(n => n?.regexp);
    const nameIs = nameParts.map(n => n?.literal);
    // The commonest of them, `**/*.md`: a `*` then literal characters (Go's `.+()$` escaped, nothing else special).
    const nameEndsWith = patterns.map((p, i) => {
        if (onName[i] === undefined)
            return undefined;
        const rest = p.cleaned.slice(4);
        return p.cleaned[3] === '*' && rest !== '' && !/[*?[\]\\]/.test(rest) ? rest : undefined;
    });
    const folderResult = (path, depth, parent) => {
        const { matched, info } = parent === undefined && depth === 0 ? { matched: false, info: patterns.map(() => false) } : matchesUsingParentResults(patterns, path, parent?.info);
        const last = info.lastIndexOf(true);
        const newlineFree = !path.includes('\n');
        const candidates = [];
        for (let i = last + 1; i < patterns.length; i++) {
            if (depthOf[i] !== undefined && depthOf[i] !== depth + 1)
                continue;
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
    const folders = new Map();
    const folderOf = (path) => {
        const known = folders.get(path);
        if (known)
            return known;
        const slash = path.lastIndexOf('/');
        const parent = slash > 0 ? folderOf(path.slice(0, slash)) : undefined;
        let depth = 1;
        for (let i = 0; i < path.length; i++)
            if (path.charCodeAt(i) === 0x2f)
                depth++;
        const result = folderResult(path, depth, parent);
        folders.set(path, result);
        return result;
    };
    // Files come in path order, so most share the previous file's folder: compared in place, not sliced.
    let lastFolder = '';
    let last;
    return path => {
        const slash = path.lastIndexOf('/');
        let folder;
        if (slash <= 0)
            folder = top;
        else if (last !== undefined && slash === lastFolder.length && path.startsWith(lastFolder))
            folder = last;
        else
            folder = last = folderOf((lastFolder = path.slice(0, slash)));
        let matched = folder.start;
        const candidates = folder.candidates;
        let name;
        for (let k = 0; k < candidates.length; k++) {
            const c = candidates[k];
            if (c.exclusion !== matched)
                continue;
            const hit = c.nameEndsWith !== undefined
                ? path.endsWith(c.nameEndsWith) && path.length - slash - 1 >= c.nameEndsWith.length
                : c.nameIs !== undefined
                    ? path.length - slash - 1 === c.nameIs.length && path.endsWith(c.nameIs)
                    : c.onName !== undefined
                        ? c.onName.test((name ??= path.slice(slash + 1)))
                        : patternMatches(c.pattern, path);
            if (hit)
                matched = !c.exclusion;
        }
        return matched;
    };
}
/** The files of each declared input path (a file or a folder), by repository path. */
function selectInputFiles(index, inputs) {
    return inputs.map(input => ({ input, files: index.under(input) }));
}

// EXTERNAL MODULE: ./src/core/tag/image-ref.ts
var image_ref = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/core/tag/graph.ts



/**
 * Joins `base:` declarations and `FROM` lines into the image graph. A `FROM` names a
 * configured image when, without its tag or digest, it is the image's name or
 * `<registry>/<name>` (`FROM jvm-base`, `FROM jvm-base:${TAG}`, `FROM ghcr.io/acme/jvm-base:x`).
 */
function buildImageGraph(config, dockerfiles) {
    const byName = new Map(config.images.map(i => [i.name, i]));
    const byRef = new Map();
    for (const image of config.images) {
        byRef.set(image.name, image.name);
        if (config.registry)
            byRef.set(`${config.registry}/${image.name}`, image.name);
    }
    const nodes = new Map();
    // Where each edge was declared, so that a cycle can point at a line a person can edit.
    const edgeLines = new Map();
    for (const image of config.images) {
        const bases = new Set();
        image.base.forEach((base, i) => {
            if (!byName.has(base)) {
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}.base: unknown image "${base}" (configured: ${[...byName.keys()].sort(paths/* compareStrings */.Kt).join(', ')})`, {
                    file: config.file,
                    line: image.lines.base[i],
                });
            }
            bases.add(base);
            edgeLines.set(`${image.name}\0${base}`, { file: config.file, line: image.lines.base[i] });
        });
        const external = new Map();
        const dockerfile = dockerfiles.get(image.name);
        for (const from of dockerfile?.froms ?? []) {
            if (from.fromStage || from.scratch)
                continue;
            const parts = (0,image_ref/* splitImageRef */.l)(from.image);
            const configured = byRef.get(parts.name);
            if (configured !== undefined) {
                bases.add(configured);
                if (!edgeLines.has(`${image.name}\0${configured}`))
                    edgeLines.set(`${image.name}\0${configured}`, { file: dockerfile.file, line: from.line });
            }
            else {
                external.set(from.image, parts.digest ? { ref: from.image, digest: parts.digest } : { ref: from.image });
            }
        }
        nodes.set(image.name, {
            config: image,
            bases: [...bases].sort(paths/* compareStrings */.Kt),
            external: [...external.values()].sort((a, b) => (0,paths/* compareStrings */.Kt)(a.ref, b.ref)),
        });
    }
    const cycle = findCycle(nodes);
    if (cycle) {
        const where = edgeLines.get(`${cycle[0]}\0${cycle[1]}`) ?? { file: config.file, line: nodes.get(cycle[0]).config.lines.image };
        throw new core_errors/* LockstepError */.Cj(`images form a cycle: ${cycle.join(' → ')}`, where, cycle.slice(0, -1).map((name, i) => {
            const edge = edgeLines.get(`${name}\0${cycle[i + 1]}`);
            return `${name} is built on ${cycle[i + 1]}${edge ? ` (${edge.file}:${edge.line})` : ''}`;
        }));
    }
    return { nodes, order: topologicalOrder(nodes) };
}
/** The first cycle found, walking images by name: `[a, b, a]`. */
function findCycle(nodes) {
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return undefined;
        if (state.get(name) === 'active')
            return [...stack.slice(stack.indexOf(name)), name];
        state.set(name, 'active');
        stack.push(name);
        for (const base of nodes.get(name).bases) {
            const found = visit(base);
            if (found)
                return found;
        }
        stack.pop();
        state.set(name, 'done');
        return undefined;
    };
    for (const name of [...nodes.keys()].sort(paths/* compareStrings */.Kt)) {
        const found = visit(name);
        if (found)
            return found;
    }
    return undefined;
}
/** Kahn's algorithm, always taking the smallest ready name: one order for one config. */
function topologicalOrder(nodes) {
    const done = new Set();
    const order = [];
    const names = [...nodes.keys()].sort(paths/* compareStrings */.Kt);
    while (order.length < names.length) {
        const next = names.find(n => !done.has(n) && nodes.get(n).bases.every(b => done.has(b)));
        if (next === undefined)
            throw new Error('topologicalOrder: cycle left undetected');
        done.add(next);
        order.push(next);
    }
    return order;
}
/** Depth in the graph: 0 for an image on no configured base; a workflow can build level by level. */
function imageLevels(graph) {
    const levels = new Map();
    for (const name of graph.order) {
        const bases = graph.nodes.get(name).bases;
        levels.set(name, bases.length === 0 ? 0 : 1 + Math.max(...bases.map(b => levels.get(b))));
    }
    return levels;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/tag/hash.ts


/**
 * Folded into every tag: changing how tags are computed (what goes into the manifest, how it
 * is serialized) must change this, so that every image is re-tagged and rebuilt once.
 */
const TAG_ALGORITHM = 'lockstep-tag-v1';
/** Hex digits of the sha256 kept in a tag: 80 bits, far from collisions among one repo's builds. */
const TAG_LENGTH = 20;
/** Manifest entries for files, sorted by path, one per path (an input listed twice, a folder and a file in it: the last listing wins). */
function manifestFiles(list) {
    const out = list.map(f => (Array.isArray(f) ? f : [f.path, f.mode, f.oid]));
    let ordered = true;
    for (let i = 1; i < out.length && ordered; i++)
        ordered = (0,paths/* compareStrings */.Kt)(out[i - 1][0], out[i][0]) < 0;
    if (ordered)
        return out;
    out.sort((a, b) => (0,paths/* compareStrings */.Kt)(a[0], b[0]));
    return out.filter((f, i) => i + 1 === out.length || out[i + 1][0] !== f[0]);
}
function buildManifest(parts) {
    const pairs = (record) => Object.entries(record).sort((a, b) => (0,paths/* compareStrings */.Kt)(a[0], b[0]));
    const external = new Map();
    for (const e of parts.external)
        external.set(e.ref, e.digest ?? external.get(e.ref) ?? null);
    return {
        algorithm: TAG_ALGORITHM,
        dockerfile: parts.dockerfileBlob,
        files: manifestFiles(parts.files),
        inputs: manifestFiles(parts.inputs),
        buildArgs: pairs(parts.buildArgs),
        platform: parts.platform ?? null,
        bases: pairs(parts.bases),
        external: pairs(Object.fromEntries(external)),
    };
}
/** One fixed serialization: keys in a fixed order, arrays already sorted. */
function canonicalManifest(m) {
    return JSON.stringify([m.algorithm, m.dockerfile, m.files, m.inputs, m.buildArgs, m.platform, m.bases, m.external]);
}
/** Characters JSON.stringify escapes in a string: quote, backslash, controls, unpaired surrogates (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Where a files part starts growing: a context of a few hundred files fits. */
const INITIAL_BYTES = 64 * 1024;
/**
 * The files part of a manifest as the bytes `canonicalManifest` has for them: each file is
 * `,["path","mode","oid"]` (its canonical JSON with the comma before it; the first file's comma
 * is dropped when hashing, see `manifestTagOf`), and `ends` says where each file ends. A
 * 40,000-file context need not become 40,000 `[path, mode, blob]` arrays and a multi-megabyte
 * string to be hashed; and a tree that differs from this one in a few files is tagged by
 * splicing those in (`tagImages`), without serializing every file again.
 */
class ManifestFiles {
    bytes = Buffer.allocUnsafe(INITIAL_BYTES);
    at = 0;
    ends = [];
    /** Room for `n` more bytes. */
    room(n) {
        if (this.at + n <= this.bytes.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + n));
        this.bytes.copy(grown, 0, 0, this.at);
        this.bytes = grown;
    }
    /** One context file, context-relative; files must come sorted by path, each path once. */
    file(path, mode, oid) {
        // Strings JSON leaves as they are need no JSON.stringify (the common case); anything else takes the canonical path.
        const text = NEEDS_ESCAPE.test(path) || NEEDS_ESCAPE.test(oid) || NEEDS_ESCAPE.test(mode) ? `,${JSON.stringify([path, mode, oid])}` : `,["${path}","${mode}","${oid}"]`;
        // At most three UTF-8 bytes per UTF-16 unit: room is made first, as `write` would cut short silently.
        this.room(text.length * 3);
        this.at += this.bytes.write(text, this.at, 'utf8');
        this.ends.push(this.at);
    }
    /**
     * `file` for row `row` of `index`, its path without the first `skip` characters (the
     * context's folder and slash). Where the index has its text as bytes (`FileColumns.bytes`)
     * and neither path, mode nor blob id needs a JSON escape, the bytes are copied as they are:
     * the bytes `file` would write, without a string per file (measured: 100 images of a
     * 480,000-file tree, serializing took a third of the time).
     */
    row(index, row, skip) {
        const c = index.columns;
        const source = c.bytes;
        const pathStart = c.pathStart[row] + skip;
        const pathEnd = c.pathEnd[row];
        const oidStart = c.oidStart[row];
        const oidEnd = c.oidEnd[row];
        const mode = c.modes[c.modeCode[row]];
        if (source === undefined || pathEnd > source.length || oidEnd > source.length) {
            this.file(index.pathFrom(row, skip), mode, index.oid(row));
            return;
        }
        // `,["` `","` `","` `"]`: 11 bytes around the three values.
        this.room(pathEnd - pathStart + oidEnd - oidStart + mode.length + 11);
        const out = this.bytes;
        let at = this.at;
        out[at++] = 0x2c;
        out[at++] = 0x5b;
        out[at++] = 0x22;
        // A byte JSON would escape (quote, backslash, control) or one outside ASCII: `file` decides.
        for (let i = pathStart; i < pathEnd; i++) {
            const b = source[i];
            if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f)
                return this.file(index.pathFrom(row, skip), mode, index.oid(row));
            out[at++] = b;
        }
        out[at++] = 0x22;
        out[at++] = 0x2c;
        out[at++] = 0x22;
        for (let i = 0; i < mode.length; i++) {
            const b = mode.charCodeAt(i);
            if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f)
                return this.file(index.pathFrom(row, skip), mode, index.oid(row));
            out[at++] = b;
        }
        out[at++] = 0x22;
        out[at++] = 0x2c;
        out[at++] = 0x22;
        for (let i = oidStart; i < oidEnd; i++) {
            const b = source[i];
            if (b < 0x20 || b === 0x22 || b === 0x5c || b > 0x7f)
                return this.file(index.pathFrom(row, skip), mode, index.oid(row));
            out[at++] = b;
        }
        out[at++] = 0x22;
        out[at++] = 0x5d;
        this.at = at;
        this.ends.push(at);
    }
    /** The bytes written, and where each file ends in them. */
    done() {
        return { bytes: this.bytes.subarray(0, this.at), ends: Int32Array.from(this.ends) };
    }
}
/**
 * The tag of the manifest whose files part is the concatenation of `files` (bytes as
 * `ManifestFiles` writes them, the first file's comma included) and whose other fields are
 * `rest`. `inputsJson`, when given, is `JSON.stringify(rest.inputs)` (or its UTF-8 bytes): images
 * sharing their inputs (15,000 files of a shared scripts folder) serialize them once. The same tag as
 * `manifestTag` (a test holds the two together).
 */
function manifestTagOf(dockerfileBlob, files, rest, inputsJson = JSON.stringify(rest.inputs), algorithm = TAG_ALGORITHM) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(`[${JSON.stringify(algorithm)},${JSON.stringify(dockerfileBlob)},[`);
    let first = true;
    for (const piece of files) {
        if (piece.length === 0)
            continue;
        if (first && piece[0] !== 0x2c)
            throw new Error('bug: a files part that does not start with the comma before its first file');
        hash.update(first ? piece.subarray(1) : piece);
        first = false;
    }
    hash.update('],');
    hash.update(inputsJson);
    hash.update(`,${JSON.stringify([rest.buildArgs, rest.platform, rest.bases, rest.external]).slice(1)}`);
    return hash.digest('hex').slice(0, TAG_LENGTH);
}
/** The tag of a manifest: the first hex digits of the sha256 of `canonicalManifest(m)` (always a valid Docker tag). */
function manifestTag(m) {
    const files = new ManifestFiles();
    for (const [path, mode, oid] of m.files)
        files.file(path, mode, oid);
    return manifestTagOf(m.dockerfile, [files.done().bytes], m, undefined, m.algorithm);
}

;// CONCATENATED MODULE: ./src/core/tag/tags.ts





/** Every repository path whose files a tag can depend on: list only these when that is cheaper. */
function pathsOfInterest(config) {
    return [...new Set(config.images.flatMap(pathsOfImage))];
}
/** Whether any of `changed` lies at or below one of `scope`. */
function touched(changed, scope) {
    return changed.some(p => scope.some(s => (0,paths/* isUnder */.Jo)(p, s)));
}
/** The paths whose files one image's tag depends on: its context, Dockerfile, ignore files and inputs. */
function pathsOfImage(image) {
    return [image.context, image.dockerfile, ...dockerignoreCandidates(image.context, image.dockerfile), ...image.inputs];
}
/**
 * Whether a file's content can reach any tag: it is a Dockerfile or ignore file, lies under a
 * declared input, or lies in a context whose ignore file lets it through. Files failing this
 * (a `.dockerignore`d `node_modules`) need not be read at all. `ignoreTexts` holds the text of
 * each existing ignore file (see `dockerignoreCandidates`).
 */
function contentNeeded(config, ignoreTexts) {
    const always = new Set();
    const images = config.images.map(image => {
        const candidates = dockerignoreCandidates(image.context, image.dockerfile);
        always.add(image.dockerfile);
        for (const c of candidates)
            always.add(c);
        const ignoreFile = candidates.find(c => ignoreTexts.get(c) !== undefined);
        return { context: image.context, inputs: image.inputs, rules: ignoreFile === undefined ? undefined : rulesOrAll(ignoreTexts.get(ignoreFile), ignoreFile) };
    });
    const needs = (path) => always.has(path) ||
        images.some(i => i.inputs.some(input => (0,paths/* isUnder */.Jo)(path, input)) || ((0,paths/* isUnder */.Jo)(path, i.context) && !i.rules?.ignores((0,paths/* relativeTo */.Mf)(path, i.context))));
    const anyBelow = (dir) => [...always].some(p => (0,paths/* isUnder */.Jo)(p, dir)) ||
        images.some(i => i.inputs.some(input => (0,paths/* isUnder */.Jo)(input, dir) || (0,paths/* isUnder */.Jo)(dir, input)) ||
            // A context at or below `dir` is read whole; `dir` inside a context only when its rules let something through.
            (0,paths/* isUnder */.Jo)(i.context, dir) ||
            ((0,paths/* isUnder */.Jo)(dir, i.context) && !i.rules?.excludesFolder((0,paths/* relativeTo */.Mf)(dir, i.context))));
    return Object.assign(needs, { anyBelow });
}
/**
 * An ignore file's rules; for an invalid one, none (every file is needed), so that the
 * listing goes on and the error is reported with the others (see `checkIgnoreFile`).
 */
function rulesOrAll(text, file) {
    try {
        return dockerignoreRules(text, file);
    }
    catch (e) {
        if (e instanceof core_errors/* LockstepError */.Cj)
            return undefined;
        throw e;
    }
}
/** Throws the LockstepError (file and line) for an ignore file BuildKit would refuse. */
function checkIgnoreFile(text, file) {
    dockerignoreRules(text, file);
}
/**
 * The ignore file of a declared input folder. Such a folder goes to the build as a named
 * context, and BuildKit reads a named context's `.dockerignore` at its root (never a
 * `<Dockerfile>.dockerignore`: dockerui's NamedContext, moby/buildkit).
 */
function inputDockerignore(input) {
    return (0,paths/* joinRepoPath */.Kp)(input, '.dockerignore');
}
/** The ignore file that governs an image's build, if any (see `dockerignoreCandidates`). */
function dockerignoreOf(index, context, dockerfile) {
    return dockerignoreCandidates(context, dockerfile).find(p => index.get(p) !== undefined);
}
/**
 * Checks what the tree must hold for the config to build: every context and input exists.
 * Dockerfiles are checked earlier, when they are read.
 */
function checkTree(config, index) {
    for (const image of config.images) {
        if (!index.exists(image.context)) {
            throw new core_errors/* LockstepError */.Cj(`images.${image.name}.context: "${image.context}" does not exist or holds no file`, { file: config.file, line: image.lines.context });
        }
        image.inputs.forEach((input, i) => {
            if (!index.exists(input)) {
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}.inputs: "${input}" does not exist or holds no file`, { file: config.file, line: image.lines.inputs[i] });
            }
        });
    }
}
/**
 * Tags every image, bases first, so that each image folds in its bases' tags (Merkle-style:
 * a base's change reaches every image built on it, however deep).
 */
function computeTags(input) {
    return [...tagImages(input)];
}
/** `computeTags` one image at a time, for a caller that may stop between images. */
function* tagImages(input) {
    const { config, graph, index, texts } = input;
    const changed = input.previous && (index === input.previous.index ? [] : index.changesSince(input.previous.index));
    const before = new Map(changed ? input.previous.images.map(i => [i.name, i]) : []);
    const levels = imageLevels(graph);
    const tags = new Map();
    // Images often declare the same inputs (a shared scripts folder): each list is selected once.
    // (With their JSON text: 15,000 files serialized once, not once per image.)
    const inputsOf = new Map();
    // And the same .dockerignore text (one template copied into every service): its matcher,
    // folder verdicts included (they depend on context-relative paths only), is built once.
    const matchers = new Map();
    for (const name of graph.order) {
        const node = graph.nodes.get(name);
        const image = node.config;
        const kept = before.get(name);
        if (kept && node.bases.every(b => tags.get(b) === before.get(b)?.tag) && !touched(changed, pathsOfImage(image))) {
            tags.set(name, kept.tag);
            yield kept;
            continue;
        }
        const dockerfileEntry = index.get(image.dockerfile);
        if (!dockerfileEntry) {
            throw new core_errors/* LockstepError */.Cj(`images.${name}.dockerfile: "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile });
        }
        const dockerignore = dockerignoreOf(index, image.context, image.dockerfile);
        const ignoreText = dockerignore === undefined ? undefined : (texts.get(dockerignore) ?? '');
        const unread = (path) => new Error(`bug: ${path} was selected for ${name} but never read (contentNeeded disagrees with selectContextFiles)`);
        const inputsKey = JSON.stringify(image.inputs);
        let shared = inputsOf.get(inputsKey);
        if (!shared) {
            const inputs = manifestFiles(selectInputFiles(index, image.inputs).flatMap(({ input, files }) => {
                // A folder is passed as a named build context (`--build-context`): BuildKit applies its own `.dockerignore`.
                const ignoreFile = inputDockerignore(input);
                const text = index.find(input) < 0 && index.get(ignoreFile) !== undefined ? texts.get(ignoreFile) : undefined;
                if (text === undefined)
                    return files;
                if (!matchers.has(text))
                    matchers.set(text, dockerignoreMatcher(text, ignoreFile));
                const ignores = matchers.get(text);
                const kept = [];
                forEachContextFile(index, input, ignores, row => kept.push(index.entry(row)));
                return kept;
            }));
            const unreadInput = inputs.find(f => f[2] === '');
            if (unreadInput)
                throw unread(unreadInput[0]);
            shared = { files: inputs, json: Buffer.from(JSON.stringify(inputs)) };
            inputsOf.set(inputsKey, shared);
        }
        const inputs = shared.files;
        const parts = {
            dockerfileBlob: input.dockerfileBlobs?.get(image.dockerfile) ?? dockerfileEntry.oid,
            inputs,
            buildArgs: image.buildArgs,
            platform: image.platform,
            bases: Object.fromEntries(node.bases.map(b => [b, tags.get(b)])),
            external: node.external.map(e => ({ ref: e.ref, digest: e.digest ?? input.digests?.get(e.ref) })),
        };
        // `inputs` is already in manifest form, and shared between images: used as it is.
        const rest = { ...buildManifest({ ...parts, files: [], inputs: [] }), inputs };
        // Context files go straight from the index to their bytes and the hash. The manifest
        // itself (40,000 `[path, mode, blob]` entries for a large context) is built only if it is
        // read (write-inputs, why), from the same selection.
        if (ignoreText !== undefined && !matchers.has(ignoreText))
            matchers.set(ignoreText, dockerignoreMatcher(ignoreText, dockerignore));
        const ignores = ignoreText === undefined ? undefined : matchers.get(ignoreText);
        let keep;
        const reusable = kept && keptFiles.get(kept);
        const spliced = reusable && reusable.index === input.previous.index && reusable.dockerignore === dockerignore && reusable.ignoreText === ignoreText && reusable.context === image.context
            ? spliceFiles(reusable, index, changed, ignores, unread)
            : undefined;
        let tag;
        if (spliced) {
            tag = manifestTagOf(parts.dockerfileBlob, spliced, rest, shared.json);
        }
        else {
            const files = new ManifestFiles();
            const rows = [];
            const skip = image.context === '.' ? 0 : image.context.length + 1;
            forEachContextFile(index, image.context, ignores, (row, path) => {
                if (!index.hasOid(row))
                    throw unread(index.path(row));
                // A context that is itself a file (refused later by Docker) has the path `.`.
                if (path === '.')
                    files.file(path, index.mode(row), index.oid(row));
                else
                    files.row(index, row, skip);
                rows.push(row);
            });
            const { bytes, ends } = files.done();
            tag = manifestTagOf(parts.dockerfileBlob, [bytes], rest, shared.json);
            // Kept for a tree made from this one (`previous` of a later call), only where there is
            // none yet: the final pass over git's answer has nothing after it to reuse its bytes.
            if (!input.previous)
                keep = { index, context: image.context, dockerignore, ignoreText, rows: Int32Array.from(rows), bytes, ends };
        }
        tags.set(name, tag);
        let manifest;
        const tagged = {
            name,
            tag,
            image: `${config.registry ? `${config.registry}/` : ''}${name}:${tag}`,
            context: image.context,
            dockerfile: image.dockerfile,
            dockerignore,
            buildArgs: { ...image.buildArgs },
            platform: image.platform,
            bases: node.bases,
            external: node.external.map(e => e.ref),
            level: levels.get(name),
            get manifest() {
                return (manifest ??= buildManifest({ ...parts, files: selectContextFiles(index, image.context, ignoreText, dockerignore) }));
            },
        };
        if (keep)
            keptFiles.set(tagged, keep);
        yield tagged;
    }
}
/** By the image tagged: dropped with it. */
const keptFiles = new WeakMap();
/** The first `i` in `sorted` with `sorted[i] >= value`. */
function lowerBoundOf(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * The context's files part in `index`, from what was kept of it in the index `index` was made
 * from (`FileIndex.withChanges`), `changed` being the paths that differ: the kept bytes, with
 * the changed files taken out and those `ignores` lets through put in where they sort. The
 * same bytes a pass over every file would give: a file's verdict depends on its path and the
 * ignore rules only, and neither changed for the others. Undefined when the context's own path
 * changed (a folder replaced by a file, or the reverse): every file is read then.
 */
function spliceFiles(kept, index, changed, ignores, unread) {
    const context = kept.context;
    const inside = changed.filter(p => (0,paths/* isUnder */.Jo)(p, context));
    if (inside.includes(context))
        return undefined;
    inside.sort(paths/* compareStrings */.Kt);
    const skip = context === '.' ? 0 : context.length + 1;
    const { rows, bytes, ends } = kept;
    // Ranges of the kept bytes, and (as a number) the added files, in path order.
    const plan = [];
    const added = new ManifestFiles();
    let count = 0;
    let from = 0;
    for (const path of inside) {
        // Where the path stands among the kept files: how many sort before it, and whether it was one of them.
        const before = kept.index.find(path);
        const at = lowerBoundOf(rows, before >= 0 ? before : kept.index.rank(path));
        const start = at === 0 ? 0 : ends[at - 1];
        plan.push([from, start]);
        from = before >= 0 && rows[at] === before ? ends[at] : start;
        const row = index.find(path);
        if (row >= 0 && (ignores === undefined || !ignores(path.slice(skip)))) {
            if (!index.hasOid(row))
                throw unread(path);
            added.row(index, row, skip);
            plan.push(count++);
        }
    }
    plan.push([from, bytes.length]);
    const done = added.done();
    return plan.map(p => (typeof p === 'number' ? done.bytes.subarray(p === 0 ? 0 : done.ends[p - 1], done.ends[p]) : bytes.subarray(p[0], p[1])));
}

;// CONCATENATED MODULE: ./src/core/tag/dockerfile/directives.ts
/**
 * A port of BuildKit's frontend/dockerfile/parser/directives.go: the parser directives at the
 * top of a Dockerfile (`# syntax=`, `# escape=`, `# check=`) and `DetectSyntax`, the look-up
 * by which BuildKit's built-in frontend decides, before anything is parsed, whether to hand
 * the build to a frontend image (frontend/dockerfile/builder/build.go).
 */

class DirectiveError extends Error {
}
const CURRENT_DIRECTIVE_RULES = { checkDirective: true, unicodeSpace: true };
// Go's regexp `\s` is ASCII `[\t\n\f\r ]` (no `\v`), and `.` anything but `\n`.
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;
const isAsciiRegexpSpace = (c) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
/** BuildKit's DirectiveParser: once a line is not a directive, no later line is one. */
class DirectiveParser {
    comment;
    rules;
    line;
    done = false;
    seen = new Set();
    constructor(comment = '#', rules = CURRENT_DIRECTIVE_RULES, startLine = 0) {
        this.comment = comment;
        this.rules = rules;
        this.line = startLine;
    }
    /** Whether a line that is not a directive was seen: none after it is one. */
    get finished() {
        return this.done;
    }
    /** ParseLine: the directive on this line, if it is one; throws DirectiveError on a repeated one. */
    parseLine(text) {
        this.line++;
        if (this.done)
            return undefined;
        if (!text.startsWith(this.comment)) {
            this.done = true;
            return undefined;
        }
        const isSpace = this.rules.unicodeSpace ? isGoSpace : isAsciiRegexpSpace;
        let i = this.comment.length;
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
        const m = DIRECTIVE.exec(text.slice(i));
        const name = m?.[1].toLowerCase();
        if (!m || !(name === 'syntax' || name === 'escape' || (name === 'check' && this.rules.checkDirective))) {
            this.done = true;
            return undefined;
        }
        if (this.seen.has(name))
            throw new DirectiveError(`only one ${name} parser directive can be used`);
        this.seen.add(name);
        return { name, value: m[2], line: this.line };
    }
}
/** bufio.Scanner's buffer (MaxScanTokenSize): a line that fills it, `\n` included, stops the scan. */
const MAX_SCAN_TOKEN = 64 * 1024;
/**
 * DetectSyntax: the frontend a file names, as the built-in frontend finds it. A UTF-8 BOM and
 * a first line `#!...` are skipped; then the `#` directives at the very top (as written: not
 * left-trimmed, unlike the parser's), else the same with `//`, else the whole file as a JSON
 * object with a string `syntax`. A repeated directive ends the look-up with what was found.
 */
function detectSyntax(text) {
    let data = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let line = 0;
    const newline = data.indexOf('\n');
    if ((newline < 0 ? data : data.slice(0, newline)).startsWith('#!')) {
        data = newline < 0 ? '' : data.slice(newline + 1);
        line = 1;
    }
    for (const comment of ['#', '//']) {
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
function scanDirectives(data, parser) {
    const out = [];
    let start = 0;
    while (start < data.length && !parser.finished) {
        const end = data.indexOf('\n', start);
        let token = end < 0 ? data.slice(start) : data.slice(start, end);
        // The scanner fails on a line its buffer cannot hold (the `\n` included): what was found stands.
        if (Buffer.byteLength(token, 'utf8') + 1 > MAX_SCAN_TOKEN)
            break;
        start = end < 0 ? data.length : end + 1;
        if (token.endsWith('\r'))
            token = token.slice(0, -1);
        let directive;
        try {
            directive = parser.parseLine(token);
        }
        catch (e) {
            if (e instanceof DirectiveError)
                break;
            throw e;
        }
        if (directive)
            out.push(directive);
    }
    return out;
}
/**
 * `json.Unmarshal` into `map[string]any`, then a string `syntax`. Go refuses a number out of
 * float64's range (JSON.parse makes it Infinity), and anything but an object (or `null`).
 */
function jsonSyntax(data) {
    // Only an object can hold the key: a Dockerfile (`FROM ...`) is not parsed as JSON at all.
    if (!/^[\t\n\r ]*\{/.test(data))
        return undefined;
    let outOfRange = false;
    let parsed;
    try {
        parsed = JSON.parse(data, (_key, value) => {
            if (value === Infinity || value === -Infinity)
                outOfRange = true;
            return value;
        });
    }
    catch {
        return undefined;
    }
    if (outOfRange || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const value = Object.prototype.hasOwnProperty.call(parsed, 'syntax') ? parsed.syntax : undefined;
    return typeof value === 'string' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/core/tag/dockerfile/shell-lex.ts
/**
 * A port of BuildKit's frontend/dockerfile/shell lexer (lex.go): the word processing that
 * expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`, `${VAR?msg}`, `${VAR#pat}`,
 * `${VAR%%pat}`, `${VAR/pat/repl}` and removes quotes and escapes, as BuildKit does for
 * `FROM`, `ARG` values and heredoc words.
 */

class ShellLexError extends Error {
}
const EOF = -1;
const isLetter = (c) => /\p{L}/u.test(String.fromCodePoint(c));
const isDigit = (c) => /\p{Nd}/u.test(String.fromCodePoint(c));
const isSpecialParam = (c) => '@*#?-$!0'.includes(String.fromCodePoint(c));
class Words {
    buf = '';
    words = [];
    inWord = false;
    addChar(ch) {
        if (isGoSpace(ch) && this.inWord) {
            if (this.buf.length !== 0) {
                this.words.push(this.buf);
                this.buf = '';
                this.inWord = false;
            }
        }
        else if (!isGoSpace(ch))
            this.addRawChar(ch);
    }
    addRawChar(ch) {
        this.buf += String.fromCodePoint(ch);
        this.inWord = true;
    }
    addString(s) {
        for (const ch of s)
            this.addChar(ch.codePointAt(0));
    }
    addRawString(s) {
        this.buf += s;
        this.inWord = true;
    }
    getWords() {
        if (this.buf.length > 0) {
            this.words.push(this.buf);
            this.buf = '';
            this.inWord = false;
        }
        return this.words;
    }
}
class ShellWord {
    env;
    opts;
    chars;
    pos = 0;
    rawEscapes;
    escape;
    matched = new Set();
    constructor(word, env, opts) {
        this.env = env;
        this.opts = opts;
        this.chars = [...word].map(c => c.codePointAt(0));
        // text/scanner skips a byte order mark at the very start.
        if (this.chars[0] === 0xfeff)
            this.pos = 1;
        this.rawEscapes = opts.rawEscapes ?? false;
        this.escape = opts.escapeToken.codePointAt(0);
    }
    peek() {
        return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
    }
    next() {
        return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
    }
    getEnv(name) {
        const v = this.env.get(name);
        if (v !== undefined)
            this.matched.add(name);
        return v;
    }
    processStopOn(stopChar, rawEscapes) {
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
                    if (ch === 0x24)
                        words.addString(tmp);
                    else
                        words.addRawString(tmp);
                    continue;
                }
                let c = this.next();
                if (c === this.escape) {
                    if (this.rawEscapes) {
                        words.addRawChar(c);
                        result += String.fromCodePoint(c);
                    }
                    c = this.next();
                    if (c === EOF)
                        break;
                    words.addRawChar(c);
                }
                else {
                    words.addChar(c);
                }
                result += String.fromCodePoint(c);
            }
            if (stopChar !== EOF)
                throw new ShellLexError(`unexpected end of statement while looking for matching ${String.fromCodePoint(stopChar)}`);
            return { result, words: words.getWords() };
        }
        finally {
            this.rawEscapes = saved;
        }
    }
    processSingleQuote() {
        let result = '';
        const open = this.next();
        if (this.opts.rawQuotes)
            result += String.fromCodePoint(open);
        for (;;) {
            const ch = this.next();
            if (ch === EOF)
                throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
            if (ch === 0x27) {
                if (this.opts.rawQuotes)
                    result += "'";
                return result;
            }
            result += String.fromCodePoint(ch);
        }
    }
    processDoubleQuote() {
        let result = '';
        const open = this.next();
        if (this.opts.rawQuotes)
            result += String.fromCodePoint(open);
        for (;;) {
            const p = this.peek();
            if (p === EOF)
                throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
            if (p === 0x22) {
                this.next();
                if (this.opts.rawQuotes)
                    result += '"';
                return result;
            }
            if (p === 0x24) {
                result += this.processDollar();
                continue;
            }
            let ch = this.next();
            if (ch === this.escape) {
                if (this.rawEscapes)
                    result += String.fromCodePoint(ch);
                const q = this.peek();
                if (q === EOF)
                    continue;
                if (q === 0x22 || q === 0x24 || q === this.escape)
                    ch = this.next();
            }
            result += String.fromCodePoint(ch);
        }
    }
    processName() {
        let name = '';
        while (this.peek() !== EOF) {
            const ch = this.peek();
            if (name.length === 0 && isDigit(ch)) {
                while (this.peek() !== EOF && isDigit(this.peek()))
                    name += String.fromCodePoint(this.next());
                return name;
            }
            if (name.length === 0 && isSpecialParam(ch))
                return String.fromCodePoint(this.next());
            if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f)
                break;
            name += String.fromCodePoint(this.next());
        }
        return name;
    }
    processPossibleHeredoc() {
        this.next();
        if (this.peek() !== 0x3c)
            return '<';
        this.next();
        let space = '';
        while (this.peek() === 0x09 || this.peek() === 0x0d || this.peek() === 0x20)
            space += String.fromCodePoint(this.next());
        return `<<${space}`;
    }
    processDollar() {
        this.next();
        if (this.peek() !== 0x7b) {
            const name = this.processName();
            if (name === '')
                return '$';
            const value = this.getEnv(name);
            if (value === undefined && this.opts.skipUnsetEnv)
                return `$${name}`;
            return value ?? '';
        }
        this.next();
        const first = this.peek();
        if (first === EOF)
            throw new ShellLexError("syntax error: missing '}'");
        if (first === 0x7b || first === 0x7d || first === 0x3a)
            throw new ShellLexError('syntax error: bad substitution');
        const name = this.processName();
        let ch = this.next();
        let chs = ch === EOF ? '' : String.fromCodePoint(ch);
        if (ch === 0x7d) {
            const value = this.getEnv(name);
            if (value === undefined && this.opts.skipUnsetEnv)
                return `\${${name}}`;
            return value ?? '';
        }
        if (ch === 0x3a) {
            ch = this.next();
            chs += ch === EOF ? '' : String.fromCodePoint(ch);
            return this.modifier(name, ch === EOF ? '' : String.fromCodePoint(ch), chs, true);
        }
        const op = ch === EOF ? '' : String.fromCodePoint(ch);
        if (op !== '' && '+-?#%'.includes(op))
            return this.modifier(name, op, chs, false);
        if (op === '/')
            return this.replace(name);
        throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
    modifier(name, op, chs, nullIsUnset) {
        const rawEscapes = op === '#' || op === '%';
        if (nullIsUnset && rawEscapes)
            throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
        let word;
        try {
            word = this.processStopOn(0x7d, rawEscapes).result;
        }
        catch (e) {
            if (this.peek() === EOF)
                throw new ShellLexError("syntax error: missing '}'");
            throw e;
        }
        const value = this.getEnv(name);
        const set = value !== undefined;
        if (this.opts.skipUnsetEnv && !set)
            return `\${${name}${chs}${word}}`;
        switch (op) {
            case '-':
                return !set || (nullIsUnset && value === '') ? word : value;
            case '+':
                return !set || (nullIsUnset && value === '') ? '' : word;
            case '?':
                if (!set)
                    throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
                if (nullIsUnset && value === '')
                    throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
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
    replace(name) {
        const replaceAll = this.peek() === 0x2f;
        if (replaceAll)
            this.next();
        let pattern;
        let replacement;
        try {
            pattern = this.processStopOn(0x2f, true).result;
        }
        catch (e) {
            if (this.peek() === EOF)
                throw new ShellLexError("syntax error: missing '/' in ${}");
            throw e;
        }
        try {
            replacement = this.processStopOn(0x7d, true).result;
        }
        catch (e) {
            if (this.peek() === EOF)
                throw new ShellLexError("syntax error: missing '}'");
            throw e;
        }
        const found = this.getEnv(name);
        if (this.opts.skipUnsetEnv && found === undefined)
            return `\${${name}/${pattern}/${replacement}}`;
        let value = found ?? '';
        const re = shellPatternToRegExp(pattern, true, false, replaceAll);
        if (replaceAll) {
            // Go's ReplaceAllString expands `$0`, `${0}`, `$$` in the replacement; no other group exists.
            value = value.replace(re, match => replacement.replace(/\$(\$|\{([^}]*)\}|([A-Za-z0-9_]+))/g, (all, dollar, braced, bare) => {
                if (dollar === '$')
                    return '$';
                const ref = braced ?? bare;
                if (braced !== undefined && !/^[A-Za-z0-9_]+$/.test(braced))
                    return all;
                return ref === '0' ? match : '';
            }));
        }
        else {
            const m = re.exec(value);
            if (m)
                value = value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length);
        }
        return value;
    }
}
/** BuildKit's convertShellPatternToRegex (`*`, `?`, `\*`, `\?`, `\\`; a `\` before `}` or `/` dropped). */
function shellPatternToRegExp(pattern, greedy, anchored, global = false) {
    const chars = [...pattern];
    let out = anchored ? '^' : '';
    const star = greedy ? '[^\\n]*' : '[^\\n]*?';
    for (let i = 0; i < chars.length; i++) {
        const tok = chars[i];
        if (tok === '*')
            out += star;
        else if (tok === '?')
            out += '[^\\n]';
        else if (tok === '\\') {
            const next = chars[i + 1];
            if (next === '}' || next === '/')
                continue;
            i++;
            if (next !== '*' && next !== '?' && next !== '\\')
                throw new ShellLexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`);
            out += `\\u{${next.codePointAt(0).toString(16)}}`;
        }
        else
            out += `\\u{${tok.codePointAt(0).toString(16)}}`;
    }
    return new RegExp(out, global ? 'gu' : 'u');
}
function trimPrefix(pattern, value, greedy) {
    const m = shellPatternToRegExp(pattern, greedy, true).exec(value);
    return m ? value.slice(m[0].length) : value;
}
/** A `\x` pair stays in order while the rest is reversed (`a\*c` → `c\*a`). */
function reversePattern(pattern) {
    const runes = [...pattern];
    const out = new Array(runes.length);
    const last = runes.length - 1;
    for (let i = 0; i <= last;) {
        const tok = runes[i];
        const o = last - i;
        if (tok === '\\' && i !== last) {
            out[o - 1] = tok;
            out[o] = runes[i + 1];
            i += 2;
        }
        else {
            out[o] = tok;
            i++;
        }
    }
    return out.join('');
}
const reverseString = (s) => [...s].reverse().join('');
function trimSuffix(pattern, value, greedy) {
    return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}
/** BuildKit's `ProcessWordWithMatches` / `ProcessWords`: throws ShellLexError where BuildKit fails. */
function processWord(word, env, opts) {
    const sw = new ShellWord(word, env, opts);
    try {
        const { result, words } = sw.processStopOn(EOF, opts.rawEscapes ?? false);
        return { result, words, matched: sw.matched };
    }
    catch (e) {
        if (e instanceof ShellLexError)
            throw new ShellLexError(`failed to process "${word}": ${e.message}`);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/tag/dockerfile/parser.ts
/**
 * A port of BuildKit's Dockerfile parser (frontend/dockerfile/parser: parser.go,
 * split_command.go, line_parsers.go; directives.go in directives.ts) as far as a tag needs
 * it: parser directives at the top (`# escape=`, `# syntax=`, `# check=`), logical lines
 * (continuations, comment and empty lines inside them), the instruction and its `--flags`,
 * JSON form, and heredocs exactly where BuildKit sees them (RUN/COPY/ADD, and ONBUILD of
 * those, not in JSON form, a word `<<[-]WORD` as its shell lexer splits the line), their
 * bodies skipped. What differs between frontend versions is in `ParserRules`.
 */



class DockerfileSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** BuildKit's master: the built-in frontend's rules, and any frontend's whose version is newer. */
const CURRENT_PARSER_RULES = { ...CURRENT_DIRECTIVE_RULES, heredocs: true };
const KNOWN = new Set(['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir']);
const MAYBE_JSON = new Set(['add', 'cmd', 'copy', 'entrypoint', 'run', 'shell', 'volume']);
const HEREDOC_COMMANDS = new Set(['add', 'copy', 'run']);
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
const trimLeft = (s) => {
    let i = 0;
    while (i < s.length && isGoSpace(s.charCodeAt(i)))
        i++;
    return s.slice(i);
};
const trimNewline = (s) => s.replace(/[\r\n]+$/, '');
const isComment = (s) => trimLeft(s).startsWith('#');
/** BuildKit's extractBuilderFlags: leading `--flags` and the rest of the line. */
function extractBuilderFlags(line, escape) {
    const chars = [...line];
    const flags = [];
    let phase = 'spaces';
    let word = '';
    let quote = '';
    let blankOK = false;
    const restAt = (pos) => chars.slice(pos).join('');
    for (let pos = 0; pos <= chars.length; pos++) {
        const ch = pos < chars.length ? chars[pos] : '';
        if (phase === 'spaces') {
            if (pos === chars.length)
                break;
            if (isGoSpace(ch.codePointAt(0)))
                continue;
            if (ch !== '-' || pos + 1 === chars.length || chars[pos + 1] !== '-')
                return { args: restAt(pos), flags };
            phase = 'word';
        }
        if (pos === chars.length) {
            if (word !== '--' && (blankOK || word.length > 0))
                flags.push(word);
            break;
        }
        if (phase === 'word') {
            if (isGoSpace(ch.codePointAt(0))) {
                phase = 'spaces';
                if (word === '--')
                    return { args: restAt(pos), flags };
                if (blankOK || word.length > 0)
                    flags.push(word);
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
                if (pos + 1 === chars.length)
                    continue;
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
function parseWords(rest, escape) {
    const chars = [...rest];
    const words = [];
    let phase = 'spaces';
    let quote = '';
    let blankOK = false;
    let word = '';
    for (let pos = 0; pos <= chars.length; pos++) {
        let ch = pos < chars.length ? chars[pos] : '';
        if (phase === 'spaces') {
            if (pos === chars.length)
                break;
            if (isGoSpace(ch.codePointAt(0)))
                continue;
            phase = 'word';
        }
        if (pos === chars.length) {
            if (blankOK || word.length > 0)
                words.push(word);
            break;
        }
        if (phase === 'word') {
            if (isGoSpace(ch.codePointAt(0))) {
                phase = 'spaces';
                if (blankOK || word.length > 0)
                    words.push(word);
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
                if (pos + 1 === chars.length)
                    continue;
                word += ch;
                ch = chars[++pos];
            }
            word += ch;
            continue;
        }
        if (ch === quote)
            phase = 'word';
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
function isJSONArgs(keyword, args, line) {
    if (!MAYBE_JSON.has(keyword) || args === '')
        return false;
    const rest = trimLeft(args);
    if (!rest.startsWith('['))
        return false;
    let parsed;
    try {
        parsed = JSON.parse(rest);
    }
    catch {
        return false;
    }
    if (!Array.isArray(parsed))
        return false;
    if (!parsed.every(v => typeof v === 'string'))
        throw new DockerfileSyntaxError('dockerfile parse error: JSON array elements must be strings', line);
    return true;
}
function instructionFromLine(line, escape, startLine) {
    const trimmed = trimSpace(line);
    const split = /[\t\v\f\r ]+/.exec(trimmed);
    const command = split ? trimmed.slice(0, split.index) : trimmed;
    const restRaw = split ? trimmed.slice(split.index + split[0].length) : undefined;
    const { args, flags } = restRaw === undefined ? { args: '', flags: [] } : extractBuilderFlags(restRaw, escape);
    const keyword = command.toLowerCase();
    const rest = trimSpace(args);
    const out = { command, keyword, flags, args: rest, json: isJSONArgs(keyword, rest, startLine), startLine };
    if (keyword === 'onbuild' && rest !== '')
        out.sub = { ...instructionFromLine(rest, escape, startLine), heredocs: [], endLine: startLine };
    return out;
}
function canContainHeredoc(i) {
    const target = i.keyword === 'onbuild' && i.sub ? i.sub : i;
    return HEREDOC_COMMANDS.has(target.keyword) && !target.json;
}
/** BuildKit's heredocsFromLine: the `<<WORD` words of the line, as its shell lexer splits it. */
function heredocsFromLine(line, lineNo) {
    let words;
    try {
        words = processWord(line, new Map(), { escapeToken: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words;
    }
    catch {
        // BuildKit ignores the lexer's error here and keeps the words found before it; ours
        // throws before returning any, so fall back to no heredoc only when none could be read.
        words = partialWords(line);
    }
    const docs = [];
    for (const word of words) {
        const m = HEREDOC.exec(word);
        if (!m || m[3].length === 0)
            continue;
        let plain;
        try {
            plain = processWord(m[3], new Map(), { escapeToken: '\\', skipUnsetEnv: true }).words;
            processWord(m[3], new Map(), { escapeToken: '\\', rawQuotes: true, skipUnsetEnv: true });
        }
        catch (e) {
            if (e instanceof ShellLexError)
                throw new DockerfileSyntaxError(e.message, lineNo);
            throw e;
        }
        if (plain.length !== 1)
            continue;
        docs.push({ name: plain[0], chomp: m[2] === '-' });
    }
    return docs;
}
/** The words the lexer completed before failing (an unterminated quote at the end). */
function partialWords(line) {
    for (let end = line.length - 1; end > 0; end--) {
        try {
            return processWord(line.slice(0, end), new Map(), { escapeToken: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words.slice(0, -1);
        }
        catch {
            // shorter
        }
    }
    return [];
}
/**
 * Parses a Dockerfile as BuildKit's parser.Parse does, with the rules of the frontend that
 * reads it; throws DockerfileSyntaxError where it fails.
 */
function parseDockerfileText(text, rules = CURRENT_PARSER_RULES) {
    // scanLines keeps the line endings; a line is up to and including `\n`.
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    // bufio.Scanner stops at a line longer than its buffer: what came before is parsed, then the error.
    const tooLong = lines.findIndex(isTooLong);
    if (tooLong >= 0)
        lines.length = tooLong;
    if (lines[0]?.startsWith('\uFEFF'))
        lines[0] = lines[0].slice(1);
    let escape = '\\';
    let continuation = continuationRegExp(escape);
    const directives = new DirectiveParser('#', rules);
    const out = [];
    let i = 0;
    let currentLine = 0;
    /** processLine: the directive check (while they last), then comments dropped. */
    const processLine = (raw, stripLeft) => {
        let token = trimNewline(raw);
        if (stripLeft)
            token = trimLeft(token);
        let directive;
        try {
            directive = directives.parseLine(token);
        }
        catch (e) {
            if (e instanceof DirectiveError)
                throw new DockerfileSyntaxError(e.message, currentLine + 1);
            throw e;
        }
        if (directive?.name === 'escape') {
            if (directive.value !== '`' && directive.value !== '\\')
                throw new DockerfileSyntaxError(`invalid escape token '${directive.value}' does not match \` or \\`, currentLine + 1);
            escape = directive.value;
            continuation = continuationRegExp(escape);
        }
        return isComment(token) ? '' : token;
    };
    const trimContinuation = (line) => {
        if (continuation.test(line))
            return { line: line.replace(continuation, '$1'), end: false };
        return { line, end: true };
    };
    while (i < lines.length) {
        let bytes = processLine(lines[i++], true);
        currentLine++;
        const startLine = currentLine;
        let { line, end } = trimContinuation(bytes);
        if (end && line.length === 0)
            continue;
        let buf = line;
        while (!end && i < lines.length) {
            const raw = lines[i++];
            bytes = processLine(raw, false);
            currentLine++;
            if (isComment(raw))
                continue;
            if (trimLeft(trimNewline(bytes)).length === 0)
                continue;
            ({ line, end } = trimContinuation(bytes));
            buf += line;
        }
        const instruction = instructionFromLine(buf, escape, startLine);
        const names = [];
        if (rules.heredocs && canContainHeredoc(instruction) && buf.includes('<<')) {
            for (const doc of heredocsFromLine(buf, startLine)) {
                let terminated = false;
                while (i < lines.length) {
                    const body = lines[i++];
                    currentLine++;
                    let possible = trimNewline(body);
                    if (doc.chomp)
                        possible = possible.replace(/^\t+/, '');
                    if (possible === doc.name) {
                        terminated = true;
                        break;
                    }
                }
                if (!terminated)
                    throw new DockerfileSyntaxError(`unterminated heredoc (<<${doc.name} is not closed by a line "${doc.name}")`, startLine);
                names.push(doc.name);
            }
        }
        out.push({ ...instruction, heredocs: names, endLine: currentLine });
    }
    for (const ins of out)
        if (!KNOWN.has(ins.keyword))
            throw new DockerfileSyntaxError(`unknown instruction: ${ins.command}`, ins.startLine);
    if (out.length === 0)
        throw new DockerfileSyntaxError('file with no instructions', Math.max(1, currentLine));
    if (tooLong >= 0)
        throw new DockerfileSyntaxError(`dockerfile line greater than max allowed size of ${parser_MAX_LINE_BYTES}`, tooLong + 1);
    return { escapeToken: escape, instructions: out };
}
/** bufio.MaxScanTokenSize - 1: the longest line (its `\n` aside) BuildKit's scanner reads. */
const parser_MAX_LINE_BYTES = 64 * 1024 - 1;
function isTooLong(line) {
    const content = line.endsWith('\n') ? line.length - 1 : line.length;
    // UTF-16 units never take more than 3 bytes each in UTF-8.
    return content * 3 > parser_MAX_LINE_BYTES && Buffer.byteLength(line, 'utf8') - (content < line.length ? 1 : 0) > parser_MAX_LINE_BYTES;
}
function continuationRegExp(escape) {
    const e = escape === '\\' ? '\\\\' : escape;
    return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

;// CONCATENATED MODULE: ./src/core/tag/dockerfile/frontend.ts
/**
 * Which frontend reads a Dockerfile, as BuildKit picks it (frontend/dockerfile/builder/build.go
 * `Build`): a `BUILDKIT_SYNTAX` build arg, else the syntax `DetectSyntax` finds, else the
 * frontend built into BuildKit. A frontend image is pulled and run for the build: it is an
 * input of the image like a base image. Its version decides some of the parsing.
 */




/**
 * The frontend of one build. `BUILDKIT_SYNTAX` wins over the file, as buildx and BuildKit take
 * it (`strings.SplitN(strings.TrimSpace(v), " ", 2)[0]`, a `gateway.v0` source); its value
 * `dockerfile.v0` is the built-in frontend (solver/llbsolver/solver.go). An empty one is an
 * error: BuildKit fails on a frontend image with no name.
 */
function frontendOf(text, buildArgs) {
    if (Object.prototype.hasOwnProperty.call(buildArgs, 'BUILDKIT_SYNTAX')) {
        const value = buildArgs.BUILDKIT_SYNTAX;
        const ref = trimSpace(value).split(' ')[0];
        if (ref === 'dockerfile.v0')
            return { kind: 'builtin' };
        if (ref === '')
            throw new FrontendError(`build-args BUILDKIT_SYNTAX=${JSON.stringify(value)} names no frontend image (BuildKit fails on it); leave it out, or set it to an image or to dockerfile.v0 (the built-in frontend)`);
        return { kind: 'image', ref, source: { buildArg: value }, ...versionOf(ref) };
    }
    const detected = detectSyntax(text);
    if (!detected)
        return { kind: 'builtin' };
    return { kind: 'image', ref: detected.ref, source: { form: detected.form, line: detected.line }, ...versionOf(detected.ref) };
}
class FrontendError extends Error {
}
/** Docker Hub's names for BuildKit's Dockerfile frontend, as reference.ParseNormalizedNamed normalises them. */
const DOCKERFILE_FRONTEND = /^(?:(?:docker\.io|index\.docker\.io)\/)?docker\/dockerfile(?:-upstream)?$/;
/** A release tag: `1`, `1.7`, `1.7.1`, `1.8.0-rc1`, `1.3-labs`, `1.3.0-rc1-labs`, `1.2.1-experimental`. */
const VERSION_TAG = /^(\d+)(?:\.(\d+)(?:\.\d+)?)?(?:-rc\d+)?(-labs|-experimental)?$/;
/** Tags that follow the newest release of a channel. */
const MOVING_TAGS = new Set(['latest', 'labs', 'master', 'master-labs']);
/**
 * The parsing rules of a frontend image. docker/dockerfile's by its tag (checked against
 * the parser of each release): heredocs from 1.4 (and 1.3 built with `dfheredoc`, its labs
 * images), `# check=` from 1.8, Unicode space after `#` from 1.21. Without a tag
 * (`docker/dockerfile@sha256:...`) or with one of no release (`experimental`), no rules:
 * the caller tries every set. Any other image is taken to read Dockerfiles as BuildKit's
 * current frontend does (the rules of what it reads are its own).
 */
function versionOf(ref) {
    const { name, tag, digest } = (0,image_ref/* splitImageRef */.l)(ref);
    if (!DOCKERFILE_FRONTEND.test(name))
        return { rules: CURRENT_PARSER_RULES, dockerfile: false };
    if (tag === undefined)
        return { rules: digest === undefined ? CURRENT_PARSER_RULES : undefined, dockerfile: true };
    if (MOVING_TAGS.has(tag))
        return { rules: CURRENT_PARSER_RULES, dockerfile: true };
    const m = VERSION_TAG.exec(tag);
    if (!m)
        return { rules: undefined, dockerfile: true };
    const major = Number(m[1]);
    if (major !== 1)
        return { rules: major > 1 ? CURRENT_PARSER_RULES : undefined, dockerfile: true };
    // `1` and `1-labs` follow the newest 1.x.
    const minor = m[2] === undefined ? Infinity : Number(m[2]);
    return {
        rules: { heredocs: minor >= 4 || (minor === 3 && m[3] === '-labs'), checkDirective: minor >= 8, unicodeSpace: minor >= 21 },
        dockerfile: true,
    };
}
/** Every distinct set of rules some docker/dockerfile release parses by, oldest first. */
const ALL_PARSER_RULES = [
    { heredocs: false, checkDirective: false, unicodeSpace: false },
    { heredocs: true, checkDirective: false, unicodeSpace: false },
    { heredocs: true, checkDirective: true, unicodeSpace: false },
    CURRENT_PARSER_RULES,
];

;// CONCATENATED MODULE: ./src/core/tag/dockerfile.ts




/** The builder's platform: GitHub's hosted runners (BuildKit's BUILDPLATFORM and BUILD* args). */
const BUILD_PLATFORM = 'linux/amd64';
/** The target platform when an image names none: the builder's, as BuildKit does. */
const DEFAULT_PLATFORM = BUILD_PLATFORM;
/** `os/arch[/variant]` normalised as containerd's platforms.Normalize does for the common architectures. */
function normalizePlatform(platform) {
    const [os, rawArch = '', rawVariant = ''] = platform.toLowerCase().split('/');
    let arch = rawArch;
    let variant = rawVariant;
    if (arch === 'i386')
        arch = '386';
    else if (arch === 'x86_64' || arch === 'x86-64')
        arch = 'amd64';
    else if (arch === 'aarch64' || arch === 'arm64') {
        arch = 'arm64';
        if (variant === '8' || variant === 'v8' || variant === 'v8.0')
            variant = '';
    }
    else if (arch === 'armhf') {
        arch = 'arm';
        variant = 'v7';
    }
    else if (arch === 'armel') {
        arch = 'arm';
        variant = 'v6';
    }
    else if (arch === 'arm') {
        if (variant === '' || variant === '7')
            variant = 'v7';
        else if (variant === '5' || variant === '6' || variant === '8')
            variant = `v${variant}`;
    }
    return { os, arch, variant, formatted: [os, arch, variant].filter(Boolean).join('/') };
}
/**
 * The arguments BuildKit defines before any `ARG` (its defaultArgs): BUILDPLATFORM and
 * BUILDOS/ARCH/VARIANT (the builder's), TARGETPLATFORM and TARGETOS/ARCH/VARIANT (the
 * image's `platform`, default the builder's), TARGETSTAGE; a build arg of the same name wins.
 */
function automaticArgs(platform, target, buildArgs) {
    const bp = normalizePlatform(BUILD_PLATFORM);
    const tp = normalizePlatform(platform ?? DEFAULT_PLATFORM);
    const args = new Map([
        ['BUILDPLATFORM', bp.formatted],
        ['BUILDOS', bp.os],
        ['BUILDOSVERSION', ''],
        ['BUILDARCH', bp.arch],
        ['BUILDVARIANT', bp.variant],
        ['TARGETPLATFORM', tp.formatted],
        ['TARGETOS', tp.os],
        ['TARGETOSVERSION', ''],
        ['TARGETARCH', tp.arch],
        ['TARGETVARIANT', tp.variant],
        ['TARGETSTAGE', target === '' ? 'default' : target],
    ]);
    for (const key of args.keys())
        if (Object.prototype.hasOwnProperty.call(buildArgs, key))
            args.set(key, buildArgs[key]);
    return args;
}
/**
 * Reads the images a Dockerfile builds from as BuildKit does: the frontend that reads it (the
 * `BUILDKIT_SYNTAX` build arg, else the syntax directive, see dockerfile/frontend.ts), itself
 * the first of those images, then the parser of that frontend's release (directives,
 * continuations, heredocs, see dockerfile/parser.ts), then the `ARG`s before the first
 * `FROM` (build-arg value, else the default expanded by its shell lexer) on top of the
 * automatic platform args of `platform`, substituted in `FROM` and `--platform`. Build args
 * no such `ARG` declares do not reach `FROM`, exactly as in Docker. A Dockerfile BuildKit
 * would refuse is a LockstepError naming `file` and the line.
 */
function parseDockerfile(text, file, buildArgs = {}, platform) {
    let frontend;
    try {
        frontend = frontendOf(text, buildArgs);
    }
    catch (e) {
        if (e instanceof FrontendError)
            throw new core_errors/* LockstepError */.Cj(e.message, { file });
        throw e;
    }
    const hint = notADockerfile(frontend);
    const read = (rules) => {
        try {
            return readFroms(text, file, buildArgs, platform, rules);
        }
        catch (e) {
            if (e instanceof core_errors/* LockstepError */.Cj && hint.length > 0)
                throw new core_errors/* LockstepError */.Cj(e.message, e.location, [...e.details, ...hint]);
            throw e;
        }
    };
    let froms;
    if (frontend.kind === 'image' && frontend.rules === undefined) {
        // docker/dockerfile of no knowable version: fine if every release would read the same images.
        const readings = ALL_PARSER_RULES.map(rules => {
            try {
                return { froms: read(rules) };
            }
            catch (e) {
                if (e instanceof core_errors/* LockstepError */.Cj)
                    return { error: e };
                throw e;
            }
        });
        const newest = readings[readings.length - 1];
        const key = (r) => ('froms' in r ? JSON.stringify(r.froms) : `error ${r.error.message}`);
        if (readings.some(r => key(r) !== key(newest))) {
            throw new core_errors/* LockstepError */.Cj(`${syntaxWhere(frontend)} names ${frontend.ref}, which tells no release of the Dockerfile frontend, and the release decides how this Dockerfile reads (heredocs from 1.4, \`# check=\` from 1.8): name the release tag too (docker/dockerfile:1.7@sha256:...)`, { file, line: 'line' in frontend.source ? frontend.source.line : undefined });
        }
        if ('error' in newest)
            throw newest.error;
        froms = newest.froms;
    }
    else {
        froms = read(frontend.kind === 'image' ? frontend.rules : CURRENT_PARSER_RULES);
    }
    if (frontend.kind === 'image') {
        const line = 'line' in frontend.source ? frontend.source.line : 1;
        froms.unshift({ via: 'syntax', line, raw: frontend.ref, image: frontend.ref, fromStage: false, scratch: false });
    }
    return { file, froms };
}
function syntaxWhere(frontend) {
    const source = frontend.source;
    if ('buildArg' in source)
        return `build-args BUILDKIT_SYNTAX=${JSON.stringify(source.buildArg)}`;
    return source.form === 'json' ? 'the JSON file\'s "syntax"' : `the ${source.form} syntax directive`;
}
/** The images of the stages, as the frontend of `rules` reads the Dockerfile. */
function readFroms(text, file, buildArgs, platform, rules) {
    let parsed;
    try {
        parsed = parseDockerfileText(text, rules);
    }
    catch (e) {
        if (e instanceof DockerfileSyntaxError)
            throw new core_errors/* LockstepError */.Cj(e.message, { file, line: e.line });
        throw e;
    }
    const escapeToken = parsed.escapeToken;
    const fail = (message, line) => {
        throw new core_errors/* LockstepError */.Cj(message, { file, line });
    };
    const word = (w, vars, line) => {
        try {
            return processWord(w, vars, { escapeToken }).result;
        }
        catch (e) {
            if (e instanceof ShellLexError)
                fail(e.message, line);
            throw e;
        }
    };
    const stageNames = [];
    for (const ins of parsed.instructions) {
        if (ins.keyword !== 'from')
            continue;
        const words = ins.args === '' ? [] : ins.args.split(/[\t\v\f\r ]+/);
        stageNames.push(words.length === 3 && words[1].toLowerCase() === 'as' ? words[2].toLowerCase() : '');
    }
    if (stageNames.length === 0) {
        const first = parsed.instructions.find(i => i.keyword !== 'arg') ?? parsed.instructions[0];
        fail('the Dockerfile has no FROM instruction (BuildKit has no build stage to run it in)', first?.startLine ?? 1);
    }
    const vars = automaticArgs(platform, stageNames[stageNames.length - 1], buildArgs);
    const froms = [];
    const stages = new Set();
    let stageCount = 0;
    for (const ins of parsed.instructions) {
        const line = ins.startLine;
        if (ins.keyword === 'arg' && stageCount === 0) {
            const words = parseWords(ins.args, escapeToken);
            if (words.length === 0)
                fail('ARG requires at least one argument', line);
            for (const w of words) {
                const eq = w.indexOf('=');
                const name = eq < 0 ? w : w.slice(0, eq);
                if (name === '')
                    fail('ARG names can not be blank', line);
                if (Object.prototype.hasOwnProperty.call(buildArgs, name))
                    vars.set(name, buildArgs[name]);
                else if (eq >= 0)
                    vars.set(name, word(w.slice(eq + 1), vars, line));
            }
        }
        else if (ins.keyword === 'from') {
            let platformFlag;
            for (const flag of ins.flags) {
                const m = /^--?([^=]*)(?:=([\s\S]*))?$/.exec(flag);
                if (!m || m[1] !== 'platform')
                    fail(`FROM: unknown flag: ${flag.replace(/=.*$/, '')}`, line);
                if (m[2] === undefined)
                    fail('FROM: missing a value on flag: platform', line);
                platformFlag = m[2];
            }
            const words = ins.args === '' ? [] : ins.args.split(/[\t\v\f\r ]+/);
            let stage;
            if (words.length === 3 && words[1].toLowerCase() === 'as') {
                stage = words[2].toLowerCase();
                if (!/^[a-z][a-z0-9-_.]*$/.test(stage))
                    fail(`invalid name for build stage: "${words[2]}", name can't start with a number or contain symbols`, line);
            }
            else if (words.length !== 1) {
                fail(words.length === 0 ? 'FROM without an image' : 'FROM requires either one or three arguments (an image, or "<image> AS <name>")', line);
            }
            const raw = words[0];
            const image = word(raw, vars, line);
            if (!image)
                fail(`FROM ${raw}: the image is empty after substituting build arguments (BuildKit: base name should not be blank)`, line);
            let expandedPlatform;
            if (platformFlag !== undefined) {
                expandedPlatform = word(platformFlag, vars, line);
                if (expandedPlatform === '')
                    fail(`FROM --platform=${platformFlag}: empty platform value`, line);
            }
            const fromStage = stages.has(image.toLowerCase());
            froms.push({ via: 'FROM', line, raw, image, stage, platform: expandedPlatform, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
            if (stage)
                stages.add(stage);
            stageCount++;
        }
        else if ((ins.keyword === 'copy' || ins.keyword === 'add' || ins.keyword === 'run') && stageCount > 0) {
            // Files copied out of another image are part of this one: that image is a base too.
            for (const flag of ins.flags) {
                const raw = ins.keyword === 'run' ? mountFrom(flag) : /^--from=([\s\S]+)$/.exec(flag)?.[1];
                if (raw === undefined)
                    continue;
                let image;
                if (ins.keyword === 'run')
                    image = word(raw, vars, line);
                else {
                    // BuildKit expands `--from` with no variables and refuses a value that changes.
                    image = word(raw, new Map(), line);
                    if (image !== raw)
                        fail(`${ins.command} --from=${raw}: variable expansion is not supported for --from (BuildKit); name a stage built FROM it instead`, line);
                }
                const fromStage = stages.has(image.toLowerCase()) || (/^\d+$/.test(image) && Number(image) < stageCount);
                if (image)
                    froms.push({ via: ins.command.toUpperCase(), line, raw, image, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
            }
        }
        else if (stageCount === 0 && ins.keyword !== 'arg') {
            fail(`${ins.command} before the first FROM: BuildKit has no build stage to run it in`, line);
        }
    }
    return froms;
}
/**
 * Why a file that is no Dockerfile to our parser may still build: the frontend it names reads
 * its own format (`// syntax=` and JSON exist for such files). BuildKit's Dockerfile frontend
 * would refuse it as we do.
 */
function notADockerfile(frontend) {
    if (frontend.kind !== 'image' || (frontend.dockerfile && !('form' in frontend.source && frontend.source.form !== '#')))
        return [];
    if (frontend.dockerfile)
        return [`${syntaxWhere(frontend)} names ${frontend.ref}, BuildKit's Dockerfile frontend, which reads no such line either: write it as \`# syntax=${frontend.ref}\``];
    return [`${syntaxWhere(frontend)} hands this file to the frontend image ${frontend.ref}; hash-tag reads files as BuildKit's Dockerfile frontend does, and cannot tell what other frontends build from`];
}
/** `from=` of a `--mount=type=bind,from=builder,source=/x` flag, if any. */
function mountFrom(flag) {
    const m = /^--mount=([\s\S]*)$/.exec(flag);
    if (!m)
        return undefined;
    for (const part of m[1].split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'from')
            return part.slice(eq + 1).trim();
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/yaml.ts


const isScalar = (node) => (0,dist/* isScalar */.jn)(node);
const isSeq = (node) => (0,dist/* isSeq */.oP)(node);
const isMap = (node) => (0,dist/* isMap */.jh)(node);
/**
 * How many alias expansions turning a document into plain values may take (`yaml`'s own guard
 * against an alias bomb, its default): anchors for a few shared settings stay far below it.
 */
const MAX_ALIAS_COUNT = 100;
const OPTIONS = {
    // The core schema whatever the file says: `on` is a string, `012` is 12, and a `%YAML 1.1`
    // directive is refused below rather than read with 1.1's other booleans and merge keys.
    version: '1.2',
    schema: 'core',
    // `!!binary`, `!!timestamp`, `!!set`... belong to YAML 1.1's types, not to the core schema.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
};
/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
class YamlSource {
    text;
    file;
    lineOffset;
    /** The document's top node; null for an empty file. */
    root;
    lines = new dist/* LineCounter */.HN();
    constructor(text, file, 
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    lineOffset = 0) {
        this.text = text;
        this.file = file;
        this.lineOffset = lineOffset;
        const doc = (0,dist/* parseDocument */.Tp)(text, { ...OPTIONS, lineCounter: this.lines });
        const problems = [...doc.errors, ...doc.warnings].map(e => this.problem(describe(e.code, e.message, text, e.pos), e.pos[0]));
        if (problems.length === 0 && doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
            problems.push(this.problem(`%YAML ${doc.directives.yaml.version}: only YAML 1.2 is read (its core schema)`, 0));
        }
        if (problems.length > 0)
            throw new core_errors/* LockstepErrors */.hz(problems);
        try {
            this.root = doc.contents === null ? null : new Resolver(doc, this).node(doc.contents);
        }
        catch (err) {
            if (!(err instanceof RangeError))
                throw err;
            throw new core_errors/* LockstepErrors */.hz([this.problem('nested too deeply to read', 0)]);
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        return this.lines.linePos(node?.range?.[0] ?? 0).line + this.lineOffset;
    }
    error(message, node) {
        return new core_errors/* LockstepError */.Cj(message, { file: this.file, line: this.lineOf(node) });
    }
    /** A refusal of the text itself, with the column where it starts. */
    problem(reason, offset) {
        const { line, col } = this.lines.linePos(offset);
        return new core_errors/* LockstepError */.Cj(`invalid YAML: ${reason}`, { file: this.file, line: line + this.lineOffset, column: col });
    }
}
const CORE_TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map'];
/** `yaml`'s messages, reworded where they name its API or leave out what they are about. */
function describe(code, message, text, pos) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return `duplicate key ${JSON.stringify(text.slice(pos[0], pos[1]).trim())}`;
        case 'MULTIPLE_DOCS':
            return 'expected one document, found more (a second "---")';
        case 'TAG_RESOLVE_FAILED': {
            const tag = message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!');
            return CORE_TAGS.includes(tag)
                ? `the value does not fit its tag ${tag}`
                : `unknown tag ${tag} (the YAML 1.2 core schema has ${CORE_TAGS.join(', ')})`;
        }
        default:
            return message;
    }
}
/** Walks the document once, in source order, replacing aliases by their anchors' nodes. */
class Resolver {
    doc;
    src;
    /** The latest node of each anchor name seen so far: an alias names the last one before it. */
    anchors = new Map();
    /** Collections being walked: an alias to one of them would make the tree a cycle. */
    open = new Set();
    /** Where the first alias sits: an alias bomb is reported there. */
    firstAlias;
    constructor(doc, src) {
        this.doc = doc;
        this.src = src;
    }
    node(value) {
        const root = this.resolve(value, 0);
        // Counted on the document as parsed, before the aliases are replaced and no longer counted.
        if (this.firstAlias !== undefined)
            this.checkExpansion(this.firstAlias);
        for (const patch of this.patches)
            patch();
        return root;
    }
    /** Replacements in the parsed tree, made once the whole document has been checked. */
    patches = [];
    resolve(value, fallbackOffset) {
        if (value === null || value === undefined) {
            // `? key` or `{ key }` with no value: the same null a `key:` line gives, at the key's end.
            const empty = new dist/* Scalar */.X5(null);
            empty.range = [fallbackOffset, fallbackOffset, fallbackOffset];
            return empty;
        }
        if ((0,dist/* isAlias */.Vj)(value)) {
            const offset = value.range?.[0] ?? fallbackOffset;
            this.firstAlias ??= offset;
            const target = this.anchors.get(value.source);
            if (!target)
                throw this.fail(`alias *${value.source} names no anchor before it`, offset);
            if (this.open.has(target))
                throw this.fail(`alias *${value.source} refers to a node that contains it`, offset);
            return target;
        }
        const node = value;
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        if (isScalar(node))
            return node;
        this.open.add(node);
        if (isSeq(node)) {
            const items = node.items.map(item => this.resolve(item, node.range?.[1] ?? fallbackOffset));
            this.patches.push(() => (node.items = items));
        }
        else {
            for (const pair of node.items) {
                const key = this.resolve(pair.key, node.range?.[0] ?? fallbackOffset);
                if (isScalar(key) && key.value === '<<' && key.type === dist/* Scalar */.X5.PLAIN) {
                    throw this.fail('"<<" merge keys are YAML 1.1, not 1.2: write the keys out (or quote "<<" for a key of that name)', key.range?.[0] ?? 0);
                }
                const item = this.resolve(pair.value, key.range?.[1] ?? fallbackOffset);
                this.patches.push(() => {
                    pair.key = key;
                    pair.value = item;
                });
            }
        }
        this.open.delete(node);
        return node;
    }
    /** Lets `yaml` count what its own conversion to plain values would expand, with its limit. */
    checkExpansion(offset) {
        try {
            this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (err) {
            if (!(err instanceof ReferenceError))
                throw err;
            throw this.fail(`aliases expand past ${MAX_ALIAS_COUNT} copies (an alias bomb?): ${err.message}`, offset);
        }
    }
    fail(reason, offset) {
        return new core_errors/* LockstepErrors */.hz([this.src.problem(reason, offset)]);
    }
}
/** A node as plain JavaScript values (mappings as objects with string keys). */
function toJS(node) {
    if (node === null)
        return null;
    if (isScalar(node))
        return node.value;
    if (isSeq(node))
        return node.items.map(toJS);
    // Object.fromEntries defines own properties: a `__proto__` key stays a key.
    return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}
/** The key/value pairs of a mapping node, failing with its position when it is not one. */
function mapEntries(src, node, what) {
    if (!isMap(node))
        throw src.error(`${what} must be a mapping`, node);
    const seen = new Set();
    return node.items.map(({ key, value }) => {
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw src.error(`${what}: keys must be strings`, key);
        }
        const name = String(key.value);
        // `1:` and `"1":` are two keys to YAML but one name to every reader.
        if (seen.has(name))
            throw src.error(`${what}: duplicate key "${name}"`, key);
        seen.add(name);
        return [name, value, key];
    });
}
/** A scalar string (numbers are accepted and stringified: `branch: 2024` is a branch name). */
function scalarString(src, node, what) {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
        return String(node.value);
    throw src.error(`${what} must be a string`, node);
}
/** Rejects keys a reader would otherwise silently ignore (a typo like `is_compatable`). */
function checkKeys(src, entries, allowed, what) {
    for (const [key, , keyNode] of entries) {
        if (!allowed.includes(key)) {
            throw src.error(`${what}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`, keyNode);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/tag/images-config.ts


/** Docker's repository path component: lower case, separated by `.`, `_`, `__` or dashes. */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const REGISTRY = /^[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseImagesConfig(text, file) {
    const src = new YamlSource(text, file);
    const top = mapEntries(src, src.root, 'images config');
    checkKeys(src, top, ['registry', 'images'], 'images config');
    const get = (k) => top.find(([key]) => key === k);
    const config = { file, images: [] };
    const registry = get('registry');
    if (registry && registry[1] !== null) {
        const value = scalarString(src, registry[1], 'registry').replace(/\/+$/, '');
        if (!REGISTRY.test(value))
            throw src.error(`registry: "${value}" is not a registry host with an optional path (ghcr.io/acme)`, registry[1]);
        config.registry = value;
    }
    const images = get('images');
    if (!images)
        throw src.error('images config: missing "images"', src.root);
    for (const [name, value, keyNode] of mapEntries(src, images[1], 'images')) {
        config.images.push(parseImage(src, name, value, keyNode));
    }
    if (config.images.length === 0)
        throw src.error('images: list at least one image', images[1]);
    return config;
}
function parseImage(src, name, value, keyNode) {
    const what = `images.${name}`;
    if (!IMAGE_NAME.test(name)) {
        throw src.error(`${what}: "${name}" is not a valid image name (lower-case letters, digits, ".", "_", "-", "/")`, keyNode);
    }
    const fields = mapEntries(src, value, what);
    checkKeys(src, fields, ['context', 'dockerfile', 'base', 'inputs', 'build-args', 'platform'], what);
    const field = (k) => fields.find(([key]) => key === k);
    const contextEntry = field('context');
    if (!contextEntry)
        throw src.error(`${what}: missing "context" (the build context, relative to the repository root)`, keyNode);
    const context = repoPath(src, contextEntry[1], `${what}.context`);
    const dockerfileEntry = field('dockerfile');
    const dockerfile = dockerfileEntry ? repoPath(src, dockerfileEntry[1], `${what}.dockerfile`) : (0,paths/* joinRepoPath */.Kp)(context, 'Dockerfile');
    const image = {
        name,
        context,
        dockerfile,
        base: [],
        inputs: [],
        buildArgs: {},
        lines: {
            image: src.lineOf(keyNode),
            context: src.lineOf(contextEntry[1]),
            dockerfile: src.lineOf(dockerfileEntry ? dockerfileEntry[1] : contextEntry[1]),
            base: [],
            inputs: [],
        },
    };
    const base = field('base');
    if (base) {
        for (const item of stringList(src, base[1], `${what}.base`)) {
            image.base.push(item.value);
            image.lines.base.push(src.lineOf(item.node));
        }
    }
    const inputs = field('inputs');
    if (inputs) {
        for (const item of stringList(src, inputs[1], `${what}.inputs`)) {
            image.inputs.push(repoPath(src, item.node, `${what}.inputs`));
            image.lines.inputs.push(src.lineOf(item.node));
        }
    }
    const args = field('build-args');
    if (args && args[1] !== null) {
        for (const [arg, argValue, argKey] of mapEntries(src, args[1], `${what}.build-args`)) {
            if (!BUILD_ARG.test(arg))
                throw src.error(`${what}.build-args: "${arg}" is not a valid build argument name`, argKey);
            if (!isScalar(argValue) || argValue.value === null || typeof argValue.value === 'object') {
                throw src.error(`${what}.build-args.${arg} must be a string, number or boolean`, argValue ?? argKey);
            }
            image.buildArgs[arg] = String(argValue.value);
        }
    }
    const platform = field('platform');
    if (platform) {
        image.platform = scalarString(src, platform[1], `${what}.platform`);
        if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(image.platform)) {
            throw src.error(`${what}.platform: "${image.platform}" is not os/arch[/variant] (linux/amd64)`, platform[1]);
        }
    }
    return image;
}
function stringList(src, node, what) {
    // A single string is accepted for a one-element list: `base: jvm-base` reads naturally.
    if (isScalar(node))
        return [{ value: scalarString(src, node, what), node }];
    if (!isSeq(node))
        throw src.error(`${what} must be a list of strings`, node);
    return node.items.map(item => {
        if (isMap(item) || isSeq(item))
            throw src.error(`${what}: each entry must be a string`, item);
        return { value: scalarString(src, item, what), node: item };
    });
}
function repoPath(src, node, what) {
    const raw = scalarString(src, node, what);
    const path = (0,paths/* normalizeRepoPath */.NP)(raw);
    if (path === undefined)
        throw src.error(`${what}: "${raw}" must be a path inside the repository, relative to its root`, node);
    return path;
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/analyse.ts







/**
 * The config with contexts, inputs and the folders of Dockerfiles as the paths they resolve to:
 * Docker follows a symbolic link given as a context (or named context, or `-f` folder) and
 * sends the folder it leads to. One leading out of the workspace is refused.
 */
async function resolveLinks(config, snapshot) {
    const images = await Promise.all(config.images.map(async (image) => {
        const follow = async (path, what, line) => {
            const real = await snapshot.resolve(path);
            if (real === undefined) {
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}.${what}: "${path}" is a symbolic link that leads out of the repository; Docker would send files from outside it`, { file: config.file, line });
            }
            return real;
        };
        const context = await follow(image.context, 'context', image.lines.context);
        const slash = image.dockerfile.lastIndexOf('/');
        const folder = slash < 0 ? '.' : await follow(image.dockerfile.slice(0, slash), 'dockerfile', image.lines.dockerfile);
        const dockerfile = (0,paths/* joinRepoPath */.Kp)(folder, image.dockerfile.slice(slash + 1));
        const inputs = await Promise.all(image.inputs.map((input, i) => follow(input, 'inputs', image.lines.inputs[i])));
        return context === image.context && dockerfile === image.dockerfile && inputs.every((p, i) => p === image.inputs[i]) ? image : { ...image, context, dockerfile, inputs };
    }));
    return images.every((image, i) => image === config.images[i]) ? config : { ...config, images };
}
/**
 * Reads the config, the Dockerfiles and ignore files, and the file listing of every context
 * and input from one tree (the working tree or a commit).
 *
 * With `early`, where the tree has an index that its listing refines (git's), `early` is
 * first called with the tree as that index gives it, while git still compares the working
 * tree with it, and with `settled`, which turns true once the final listing is there; the
 * tree returned is that very object when nothing differed. Whatever `early` throws is
 * ignored: the final tree decides, and reports its own errors.
 */
async function analyzeTree(snapshot, configPath, early) {
    const configText = await snapshot.readText(configPath);
    if (configText === undefined) {
        throw new core_errors/* LockstepError */.Cj(`images config ${configPath} does not exist${snapshot.label === 'working tree' ? '' : ` at ${snapshot.label}`}`, { file: configPath });
    }
    const config = await resolveLinks(parseImagesConfig(configText, configPath), snapshot);
    // git lists the tree (the long pole) while the ignore files and Dockerfiles are read; the
    // ignore files decide which untracked files need reading at all.
    const settle = (p) => p.then(value => ({ value }), (error) => ({ error }));
    const ignoreFiles = [...new Set(config.images.flatMap(i => [...dockerignoreCandidates(i.context, i.dockerfile), ...i.inputs.map(inputDockerignore)]))];
    const ignoreReads = settle(Promise.all(ignoreFiles.map(async (p) => [p, await snapshot.readText(p)])).then(pairs => new Map(pairs)));
    const needs = ignoreReads.then(r => ('error' in r ? undefined : contentNeeded(config, r.value)));
    const dockerfileReads = settle(Promise.all(config.images.map(image => snapshot.readText(image.dockerfile))));
    const paths = pathsOfInterest(config);
    const listing = snapshot.list(paths, needs);
    const assemble = async (index) => {
        checkTree(config, index);
        const read = await dockerfileReads;
        if ('error' in read)
            throw read.error;
        const ignoreRead = await ignoreReads;
        if ('error' in ignoreRead)
            throw ignoreRead.error;
        const ignoreTexts = ignoreRead.value;
        const texts = new Map();
        const dockerfiles = new Map();
        const errors = [];
        config.images.forEach((image, n) => {
            const text = index.get(image.dockerfile) ? read.value[n] : undefined;
            if (text === undefined) {
                errors.push(new core_errors/* LockstepError */.Cj(`images.${image.name}: Dockerfile "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile }));
                return;
            }
            try {
                dockerfiles.set(image.name, parseDockerfile(text, image.dockerfile, image.buildArgs, image.platform));
            }
            catch (e) {
                if (e instanceof core_errors/* LockstepError */.Cj)
                    errors.push(e);
                else
                    throw e;
            }
            // The context's ignore file, and those of input folders (named contexts: see inputDockerignore).
            const inputIgnores = image.inputs.filter(input => index.find(input) < 0).map(inputDockerignore);
            for (const ignore of [dockerignoreOf(index, image.context, image.dockerfile), ...inputIgnores.filter(p => index.get(p) !== undefined)]) {
                if (ignore === undefined || texts.has(ignore))
                    continue;
                texts.set(ignore, ignoreTexts.get(ignore) ?? '');
                try {
                    checkIgnoreFile(texts.get(ignore), ignore);
                }
                catch (e) {
                    if (e instanceof core_errors/* LockstepError */.Cj)
                        errors.push(e);
                    else
                        throw e;
                }
            }
        });
        if (errors.length === 1)
            throw errors[0];
        // Every broken Dockerfile at once, in config order.
        if (errors.length > 1)
            throw new core_errors/* LockstepErrors */.hz(errors);
        // A Dockerfile that is a symbolic link is read through it: its tag is of the bytes Docker reads.
        const dockerfileBlobs = new Map();
        for (const image of config.images) {
            if (index.get(image.dockerfile)?.mode !== '120000' || dockerfileBlobs.has(image.dockerfile))
                continue;
            const blob = await snapshot.readBlobId(image.dockerfile);
            if (blob === undefined)
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}: Dockerfile "${image.dockerfile}" is a symbolic link to nothing`, { file: config.file, line: image.lines.dockerfile });
            dockerfileBlobs.set(image.dockerfile, blob);
        }
        return { config, graph: buildImageGraph(config, dockerfiles), index, texts, dockerfiles, dockerfileBlobs };
    };
    if (early && snapshot.indexed) {
        // Also the listing's handler while `early` runs: a failure is reported when it is awaited below.
        let settled = false;
        listing.then(() => (settled = true), () => (settled = true));
        let first;
        try {
            first = await assemble(await snapshot.indexed(paths));
            await early(first, () => settled);
        }
        catch {
            first = undefined;
        }
        const index = await listing;
        return first && index === first.index ? first : assemble(index);
    }
    return assemble(await listing);
}

// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
;// CONCATENATED MODULE: ./src/jobs/hash-tag/registry-check.ts


/** Registry requests in flight at once: quick for 30 images, polite to rate limits. */
const REGISTRY_CONCURRENCY = 8;
/** Resolves each external, unpinned base image once; a failure names the line that names it (a FROM, or the syntax directive of a frontend image). */
async function resolveDigests(tree, registry, reporter) {
    const where = new Map();
    for (const [name, dockerfile] of tree.dockerfiles) {
        const external = new Set(tree.graph.nodes.get(name).external.filter(e => !e.digest).map(e => e.ref));
        for (const from of dockerfile.froms)
            if (external.has(from.image) && !where.has(from.image))
                where.set(from.image, { file: dockerfile.file, line: from.line, via: from.via === 'syntax' ? 'syntax' : 'FROM' });
    }
    const digests = new Map();
    await (0,map_limit/* mapLimit */.s)([...where], REGISTRY_CONCURRENCY, async ([ref, { via, ...location }]) => {
        try {
            const digest = await registry.resolveDigest(ref);
            digests.set(ref, digest);
            reporter.info(`${ref} → ${digest}`);
        }
        catch (e) {
            if (e instanceof core_errors/* LockstepError */.Cj)
                throw new core_errors/* LockstepError */.Cj(`${via} ${ref}: ${e.message}`, location, e.details);
            throw e;
        }
    });
    return digests;
}
/**
 * Which images' tags the registry holds, in image order, at most `REGISTRY_CONCURRENCY`
 * requests at a time; with a `memory`, tags remembered from earlier runs are not asked about.
 */
async function checkRegistry(images, registry, memory, reporter) {
    if (memory?.restoredFrom)
        reporter.info(`${memory.size} tag${memory.size === 1 ? '' : 's'} known to be pushed, remembered from an earlier run`);
    const remembered = images.map(i => memory?.has(i.image) === true);
    const checker = memory ? memory.over(registry) : registry;
    const found = await (0,map_limit/* mapLimit */.s)(images, REGISTRY_CONCURRENCY, async (image, n) => {
        const exists = await checker.hasManifest(image.image);
        reporter.info(`${image.image}: ${exists ? 'present' : 'missing'}${remembered[n] ? ' (remembered)' : ''}`);
        return exists;
    });
    if (memory && (await memory.save()))
        reporter.info('remembered the tags seen pushed for the next run');
    return found;
}

// EXTERNAL MODULE: ./src/core/tag/file-index.ts
var file_index = __webpack_require__(605);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/tag/glob.ts


/** A `render` pattern; a malformed one (an unclosed `[`, `{` or `(`) is an error naming the input. */
function renderGlob(pattern, input = 'render') {
    // picomatch reads `[!ab]` as a class holding `!` (and as an extglob), not as `[^ab]`: refused rather than matched otherwise than meant.
    if (pattern.includes('[!'))
        throw new core_errors/* LockstepError */.Cj(`${input}: "${pattern}" uses "[!...]"; write a negated class as "[^...]"`);
    const options = { dot: true, strictBrackets: true };
    const scan = picomatch_default().scan(pattern);
    let test;
    try {
        test = picomatch_default()(pattern, options);
    }
    catch (e) {
        throw new core_errors/* LockstepError */.Cj(`${input}: "${pattern}" is not a valid glob (${e.message})`);
    }
    // One argument only: picomatch's matcher returns an object, always truthy, given a second.
    return { isGlob: scan.isGlob, base: scan.isGlob ? scan.base || '.' : pattern, matches: path => test(path) };
}

;// CONCATENATED MODULE: ./src/core/tag/template.ts

/**
 * `{{ tag "name" }}` and `{{ image "name" }}`, whitespace-tolerant, with Go's trim markers
 * (`{{- ... -}}`). Any other `{{ ... }}` is left exactly as written: manifests are often Helm
 * charts or Go templates rendered later by another tool, and ours must not break theirs.
 */
const ACTION = /\{\{(-\s)?\s*(tag|image)\s+"([^"\\\n]*)"\s*(\s-)?\}\}/g;
/**
 * Renders a template file's text. Every unknown image name is reported, each with its file,
 * line and column, before anything is written.
 */
function renderTemplate(text, file, images) {
    const errors = [];
    let out = '';
    let last = 0;
    let replaced = 0;
    let skipSpace = false;
    for (const m of text.matchAll(ACTION)) {
        let before = text.slice(last, m.index);
        if (skipSpace)
            before = before.replace(/^\s+/, '');
        if (m[1])
            before = before.replace(/\s+$/, '');
        out += before;
        const [, , fn, name] = m;
        const image = images.get(name);
        if (!image) {
            const lines = text.slice(0, m.index).split('\n');
            const known = [...images.keys()].sort().join(', ');
            errors.push(new core_errors/* LockstepError */.Cj(`{{ ${fn} "${name}" }}: unknown image "${name}" (known: ${known || 'none'})`, { file, line: lines.length, column: lines[lines.length - 1].length + 1 }));
        }
        else {
            out += fn === 'tag' ? image.tag : image.image;
            replaced++;
        }
        skipSpace = Boolean(m[4]);
        last = m.index + m[0].length;
    }
    let rest = text.slice(last);
    if (skipSpace)
        rest = rest.replace(/^\s+/, '');
    out += rest;
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* LockstepErrors */.hz(errors);
    return { text: out, replaced };
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/render.ts








/** The `render` input's patterns, read before anything is computed or written: a malformed one is an error naming the input. */
function renderPatterns(workspace, patterns) {
    return patterns
        .map(p => p.trim())
        .filter(p => p !== '' && !p.startsWith('#'))
        .map(raw => ({ raw, glob: renderGlob((0,paths/* workspacePath */.X5)(raw, workspace, 'render')) }));
}
/** Files matching the render patterns, workspace-relative and sorted; a pattern matching nothing is an error. */
async function expandRenderPatterns(workspace, patterns, files) {
    const found = new Set();
    for (const { raw, glob } of renderPatterns(workspace, patterns)) {
        const listed = await files.list(workspace, glob.base);
        const matched = glob.isGlob ? listed.filter(glob.matches) : listed;
        if (matched.length === 0)
            throw new core_errors/* LockstepError */.Cj(`render: "${raw}" matches no file`);
        for (const f of matched)
            found.add(f);
    }
    return [...found].sort();
}
async function renderFiles(workspace, patterns, renderTo, images, fs, reporter) {
    const files = await expandRenderPatterns(workspace, patterns, fs);
    const byName = new Map(images.map(i => [i.name, { tag: i.tag, image: i.image }]));
    // Any folder: a workspace-relative path, or an absolute one (`${{ runner.temp }}/manifests`).
    const outDir = renderTo ? (0,external_node_path_.resolve)(workspace, renderTo) : workspace;
    // Render everything first: one unknown name anywhere means nothing is written.
    const results = [];
    const errors = [];
    for (const file of files) {
        const { bytes, mode } = await fs.read((0,external_node_path_.join)(workspace, file));
        // A file without `{{` (an image, a binary) is copied byte for byte, never re-encoded.
        if (!bytes.includes('{{')) {
            results.push({ file, data: bytes, replaced: 0, mode });
            continue;
        }
        try {
            const out = renderTemplate(bytes.toString('utf8'), file, byName);
            results.push({ file, data: out.text, replaced: out.replaced, mode });
        }
        catch (e) {
            if (e instanceof core_errors/* LockstepErrors */.hz)
                errors.push(...e.errors);
            else if (e instanceof core_errors/* LockstepError */.Cj)
                errors.push(e);
            else
                throw e;
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* LockstepErrors */.hz(errors);
    return reporter.group(`Rendering ${files.length} template${files.length === 1 ? '' : 's'}`, async () => {
        const written = [];
        for (const { file, data, replaced, mode } of results) {
            const full = (0,external_node_path_.join)(outDir, file);
            // Workspace-relative when inside it, absolute elsewhere.
            const inside = (0,external_node_path_.relative)(workspace, full);
            const target = inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? full : inside.split(external_node_path_.sep).join('/');
            // In place, a file with nothing to replace is left alone (its timestamps too), and a
            // symlink stays a symlink: its target is rendered when the patterns name it.
            if (target === file && (replaced === 0 || (await fs.isLink((0,external_node_path_.join)(workspace, file)))))
                continue;
            // A rendered script stays executable.
            await fs.writeAtomic(full, data, mode & 0o111 ? mode & 0o7777 : undefined);
            reporter.info(`${file}${target === file ? '' : ` → ${target}`} (${replaced} replaced)`);
            written.push(target);
        }
        return written;
    });
}
/**
 * Files this run wrote inside a build context (and not excluded by its .dockerignore) would
 * be sent by Docker, so the next run would give that image another tag: say so, once per image.
 */
function warnWrittenInContexts(written, tree, reporter) {
    if (written.length === 0)
        return;
    for (const image of tree.config.images) {
        const inside = written.filter(path => (0,paths/* isUnder */.Jo)(path, image.context));
        if (inside.length === 0)
            continue;
        const ignore = dockerignoreOf(tree.index, image.context, image.dockerfile);
        const probe = new file_index/* FileIndex */.rx(inside.map(path => ({ path, mode: '100644', oid: '' })));
        const kept = selectContextFiles(probe, image.context, ignore === undefined ? undefined : tree.texts.get(ignore));
        if (kept.length === 0)
            continue;
        reporter.warning(`${kept.length} file${kept.length === 1 ? '' : 's'} written by this run (${inside[0]}${inside.length > 1 ? ', ...' : ''}) lie in the build context of ${image.name}: ` +
            `they change its tag on the next run; write them elsewhere or exclude them in .dockerignore`, { file: tree.config.file, line: image.lines.context });
    }
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/write-inputs.ts


/**
 * Writes `<dir>/<image>.json` for every image: its tag and the manifest the tag hashes, so
 * "why did my tag change" can be answered by diffing two runs' files. Returns the files written.
 */
async function writeInputs(workspace, dirInput, images, files) {
    const dir = (0,paths/* workspacePath */.X5)(dirInput, workspace, 'write-inputs');
    const written = [];
    for (const i of images) {
        const file = `${dir === '.' ? '' : `${dir}/`}${i.name}.json`;
        const body = { name: i.name, tag: i.tag, image: i.image, context: i.context, dockerfile: i.dockerfile, dockerignore: i.dockerignore ?? null, manifest: i.manifest };
        await files.writeAtomic((0,external_node_path_.join)(workspace, file), `${readableJson(body)}\n`);
        written.push(file);
    }
    return written;
}
/** Indented JSON with each `[path, mode, blob]` (any array of strings) on one line: diffable, greppable. */
function readableJson(value) {
    return JSON.stringify(value, null, 2).replace(/\[\s+(?:"(?:[^"\\]|\\.)*"|null)(?:,\s+(?:"(?:[^"\\]|\\.)*"|null))*\s+\]/g, m => JSON.stringify(JSON.parse(m)));
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag.ts








/**
 * The hash-tag job: every image's content tag, which tags the registry lacks (in build
 * order), manifests written for "why", and templates rendered.
 */
async function hashTag(options, reporter) {
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const configPath = (0,paths/* workspacePath */.X5)(options.config ?? 'images.yaml', workspace, 'config');
    // A malformed render pattern fails before anything is computed or written.
    renderPatterns(workspace, options.render ?? []);
    // Without base digests to resolve first, tags are computed from git's index while git
    // status still runs (on a clean checkout, the whole time after git answers), one image at a
    // time until the final listing is there; the final pass keeps every one of them whose paths
    // the working tree does not change.
    let early;
    const tree = await analyzeTree(options.snapshots.worktree(workspace, message => reporter.warning(message)), configPath, options.resolveBaseDigests
        ? undefined
        : async (t, settled) => {
            early = { tree: t, images: [] };
            for (const image of tagImages(t)) {
                early.images.push(image);
                // Between images, git's answer gets in.
                await new Promise(setImmediate);
                if (settled())
                    return;
            }
        });
    let registry;
    const client = () => (registry ??= options.registry(tree.config.registry));
    const digests = options.resolveBaseDigests
        ? await reporter.group('Resolving base image digests', () => resolveDigests(tree, client(), reporter))
        : undefined;
    const images = computeTags({ ...tree, digests, previous: early && { index: early.tree.index, images: early.images } });
    const order = images.map(i => i.name);
    const status = Object.fromEntries(images.map(i => [i.name, 'unchecked']));
    let missing;
    if (options.checkRegistry) {
        const found = await reporter.group('Checking the registry', async () => checkRegistry(images, client(), await options.knownTags?.(tree.config.registry ?? ''), reporter));
        missing = images.filter((_, n) => !found[n]).map(i => i.name);
        images.forEach((i, n) => (status[i.name] = found[n] ? 'present' : 'missing'));
    }
    const inputsWritten = options.writeInputs ? await writeInputs(workspace, options.writeInputs, images, options.files) : [];
    const rendered = options.render?.length ? await renderFiles(workspace, options.render, options.renderTo, images, options.files, reporter) : [];
    warnWrittenInContexts([...inputsWritten, ...rendered], tree, reporter);
    for (const i of images)
        reporter.info(`${i.name.padEnd(Math.max(...order.map(n => n.length)))}  ${i.tag}  ${status[i.name] === 'unchecked' ? '' : status[i.name]}`.trimEnd());
    reporter.summary(summaryTable(images, status));
    return { images, order, missing, status, rendered, inputsWritten };
}
function summaryTable(images, status) {
    const label = { present: '✅ in registry', missing: '🔨 to build', unchecked: 'not checked' };
    const rows = images.map(i => [code(i.name), code(i.tag), label[status[i.name]], i.bases.map(code).join(', ')]);
    return ['### Image tags', '', table(['image', 'tag', 'status', 'bases'], rows)].join('\n');
}


/***/ })

};
