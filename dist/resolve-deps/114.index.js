export const id = 114;
export const ids = [114];
export const modules = {

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitSnapshot: () => (/* binding */ commitSnapshot),
  worktreeSnapshot: () => (/* binding */ worktreeSnapshot)
});

// UNUSED EXPORTS: gitBlobId, outermost

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/tag/paths.ts


/**
 * Repository paths are posix, relative to the workspace root, without `./`; the root itself is
 * `.`. Returns undefined for a path that leaves the root (absolute, or `..` on top), so that the
 * caller can name the config line.
 */
function normalizeRepoPath(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const norm = external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
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
        const joined = normalizeRepoPath(external_node_path_.posix.join(parts.slice(0, i).join('/') || '.', target, ...parts.slice(i + 1)));
        if (target.startsWith('/') || joined === undefined)
            return undefined;
        parts = joined === '.' ? [] : joined.split('/');
        i = 0;
    }
    return parts.length === 0 ? '.' : parts.join('/');
}
/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
function workspacePath(path, workspace, what) {
    const rel = isAbsolute(path) ? relative(workspace, path).split(sep).join('/') : path;
    const norm = normalizeRepoPath(rel);
    if (norm === undefined)
        throw new LockstepError(`${what}: "${path}" is outside the workspace ${workspace}`);
    return norm;
}

;// CONCATENATED MODULE: ./src/core/tag/file-index.ts

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
            if (compareStrings(this.path(mid), path) < 0)
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
            if (compareStrings(this.path(row - 1), this.path(row)) >= 0)
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
    const parts = [];
    let at = base;
    list.forEach((e, row) => {
        columns.modeCode[row] = file_index_modeCode(modeList, e.mode);
        columns.oidStart[row] = at;
        columns.oidEnd[row] = at += e.oid.length;
        columns.pathStart[row] = at;
        columns.pathEnd[row] = at += e.path.length;
        parts.push(e.oid, e.path);
    });
    return { ...columns, text: parts.join(''), modes: modeList };
}
/** The number of `mode` in `modes` (a `FileColumns.modes` being built), added when new. */
function file_index_modeCode(modes, mode) {
    let code = modes.indexOf(mode);
    if (code < 0)
        code = modes.push(mode) - 1;
    if (code > 255)
        throw new Error(`more than 256 distinct file modes (${mode})`);
    return code;
}

// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git = __webpack_require__(6619);
// EXTERNAL MODULE: ./src/adapters/git/listing.ts
var listing = __webpack_require__(27);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/git/on-disk.ts




/** git's reading of a boolean setting (`git config --type=bool`); a key without `=` is true. */
function gitBool(value) {
    if (value === undefined)
        return undefined;
    const v = value.toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on' || v === '1' || v === '')
        return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '0')
        return false;
    return /^-?\d+$/.test(v) ? Number(v) !== 0 : undefined;
}
/** The settings from `git config -z --list` (`key\nvalue\0` per entry; the last one of a key wins, as git reads it). */
function checkoutSettings(list) {
    const values = new Map();
    for (const record of list.split('\0')) {
        if (record === '')
            continue;
        const nl = record.indexOf('\n');
        // Keys are case-insensitive; values of these settings are too.
        if (nl < 0)
            values.set(record.toLowerCase(), '');
        else
            values.set(record.slice(0, nl).toLowerCase(), record.slice(nl + 1));
    }
    const autocrlf = values.get('core.autocrlf');
    return {
        fileMode: gitBool(values.get('core.filemode')) ?? true,
        crlf: (autocrlf !== undefined && autocrlf.toLowerCase() !== 'input' && gitBool(autocrlf) === true) || values.get('core.eol')?.toLowerCase() === 'crlf',
        attributesFile: values.get('core.attributesfile'),
    };
}
/**
 * Attributes under which checkout may write other bytes than the blob's: any mention of them
 * (a macro included) in an attributes file means git is asked, path by path. `text` alone
 * converts on checkout only with CRLF settings (`CheckoutSettings.crlf`), which read everything.
 */
const CONVERTING = /(?:^|\s)[-!]?(?:eol|crlf|filter|ident|working-tree-encoding)(?:[=\s]|$)/m;
/** Whether an attributes file's text can make checkout convert any file. */
function attributesMayConvert(text) {
    return text.split('\n').some(line => !line.trimStart().startsWith('#') && CONVERTING.test(line.trim()));
}
/**
 * The attributes files git reads besides the `.gitattributes` files of the tree: the
 * repository's `info/attributes`, the user's (core.attributesFile, or the XDG default) and the
 * system's. Their texts, where they exist.
 */
function outsideAttributes(root, settings, infoAttributes) {
    const xdg = process.env.XDG_CONFIG_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config');
    const expand = (p) => (p.startsWith('~/') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), p.slice(2)) : p);
    const files = [
        infoAttributes && ((0,external_node_path_.isAbsolute)(infoAttributes) ? infoAttributes : (0,external_node_path_.join)(root, infoAttributes)),
        settings.attributesFile ? expand(settings.attributesFile) : (0,external_node_path_.join)(xdg, 'git', 'attributes'),
        '/etc/gitattributes',
    ];
    const texts = [];
    for (const f of files) {
        if (!f)
            continue;
        try {
            texts.push((0,external_node_fs_.readFileSync)(f, 'utf8'));
        }
        catch {
            // Absent (the usual case): no attributes from there.
        }
    }
    return texts;
}
/**
 * The paths among `paths` (workspace-relative) that git converts on checkout, asked once with
 * `git check-attr --stdin`: a filter (Git LFS), an eol or crlf attribute, ident, a
 * working-tree-encoding. Any value other than unspecified counts: reading a file that turns
 * out unconverted costs a read, missing one costs a stale tag.
 */
async function convertedPaths(root, paths) {
    const out = new Set();
    if (paths.length === 0)
        return out;
    const { stdout } = await (0,git/* git */.$)(root, ['check-attr', '-z', '--stdin', 'eol', 'crlf', 'filter', 'ident', 'working-tree-encoding'], { input: `${paths.join('\0')}\0` });
    // `<path>\0<attribute>\0<value>\0`, five records per path.
    const fields = stdout.split('\0');
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const value = fields[i + 2];
        if (value !== 'unspecified' && value !== 'unset')
            out.add(fields[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts










/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => isUnder(p, o)))
            out.push(p);
    return out;
}
/**
 * Git's blob id of some bytes: the hash of `blob <length>\0` and the bytes, in the
 * repository's object format, so that a file read from disk gets the id git gives it once
 * committed (and the tag does not change on commit).
 */
function gitBlobId(bytes, format = 'sha1') {
    return (0,external_node_crypto_.createHash)(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Mode as git records it: the owner's exec bit is the only permission that counts. */
function gitMode(stats) {
    if (stats.isSymbolicLink())
        return '120000';
    if (stats.isFile())
        return stats.mode & 0o100 ? '100755' : '100644';
    return undefined;
}
/** True when nothing at or below `dir` needs reading, so the folder need not even be listed. */
function skippable(needs, dir) {
    return needs?.anyBelow !== undefined && !needs.anyBelow(dir);
}
/**
 * Hashes one path from disk; a symlink by its target text (never followed, so a broken one is fine).
 * Synchronous on purpose, like `lstatPath`: these run after git has answered, with nothing
 * else to wait for, and a small file read in place costs a fraction of the four thread-pool
 * round trips (open, stat, read, close) an asynchronous read takes (measured: 250 changed
 * files, ~45 ms asynchronously).
 */
function hashPath(full, path, stats, needs, format) {
    const mode = gitMode(stats);
    if (mode === undefined)
        return undefined;
    if (needs && !needs(path))
        return { path, mode, oid: '' };
    const bytes = mode === '120000' ? (0,external_node_fs_.readlinkSync)(full, { encoding: 'buffer' }) : (0,external_node_fs_.readFileSync)(full);
    return { path, mode, oid: gitBlobId(bytes, format) };
}
function lstatPath(full) {
    try {
        return (0,external_node_fs_.lstatSync)(full);
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return undefined;
        throw e;
    }
}
/**
 * Hashes every file at or below `path` (a file or a folder) into `out`. `.git` folders are
 * skipped: the repository's own database is never part of an image's identity.
 */
async function hashTree(root, path, out, needs, format) {
    const full = (0,external_node_path_.join)(root, path);
    const stats = lstatPath(full);
    if (!stats)
        return;
    if (stats.isDirectory()) {
        const files = [];
        const dirs = [path];
        while (dirs.length > 0) {
            const dir = dirs.pop();
            for (const d of await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true })) {
                if (d.name === '.git')
                    continue;
                const child = dir === '.' ? d.name : `${dir}/${d.name}`;
                if (d.isDirectory()) {
                    if (!skippable(needs, child))
                        dirs.push(child);
                }
                else
                    files.push({ path: child });
            }
        }
        for (const f of files) {
            const s = lstatPath((0,external_node_path_.join)(root, f.path));
            const entry = s && hashPath((0,external_node_path_.join)(root, f.path), f.path, s, needs, format);
            if (entry)
                out(entry);
        }
        return;
    }
    const entry = hashPath(full, path, stats, needs, format);
    if (entry)
        out(entry);
}
/**
 * The working tree, fast. In a git repository the index already holds the blob id and mode
 * of every tracked file (`git ls-files -s`); `git status` names the few paths that differ
 * (modified, deleted, untracked, and — with `--ignored=matching` — gitignored), and only those
 * are read and hashed here. Both run at once: the listing costs what `git status` costs.
 * Gitignored files inside a context count because Docker sends them (a jar built by an earlier
 * step); `.dockerignore` is what keeps files out of an image. Outside git every file is read.
 * Submodules count by the commit the index records.
 *
 * `indexed` gives git's index alone, as soon as `ls-files` answers and well before `status`
 * does: a caller can compute from it meanwhile, and keep the result when `list` resolves to
 * that very object (nothing differs).
 */
function worktreeSnapshot(root, warning) {
    let runs;
    let limit;
    let committed;
    // The first call starts git (or takes the head start); later calls share its answers.
    const start = (paths) => {
        if (runs)
            return runs;
        limit = paths === undefined || paths.includes('.') ? undefined : outermost(paths);
        runs = (0,listing/* takeHeadStart */.yY)(root);
        // git matches every file against every pathspec: past a handful, listing the whole
        // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
        // Literal pathspecs: a folder called `a*` must not match `ab`.
        return (runs ??= (0,listing/* gitListing */.L$)(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']));
    };
    let realRoot;
    const read = (paths) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout, r.bytes)));
    return {
        label: 'working tree',
        indexed: async (paths) => (await read(paths)).index,
        async list(paths, needsContent) {
            const git = start(paths);
            let index, status, config;
            try {
                [index, { stdout: status }, { stdout: config }] = await Promise.all([read(paths), git.status, git.config]);
            }
            catch (e) {
                if (!isNotARepository(e))
                    throw e;
                // Not a repository: read everything, as Docker would, naming blobs as git's default (SHA-1) does.
                warning(`${root} is not in a git repository: every file is read and hashed (a git checkout is faster, and gives the same tags for SHA-1 repositories)`);
                return listByWalking(root, limit, await needsContent);
            }
            return listWithGit(root, git, index, status, checkoutSettings(config), limit, await needsContent);
        },
        // Synchronous inside: the config, Dockerfiles and ignore files are small, and read while
        // git (another process) lists; a few dozen reads in place cost less than their round trips
        // through the thread pool.
        async readText(path) {
            return readOrUndefined((0,external_node_path_.join)(root, path))?.toString('utf8');
        },
        async readBlobId(path) {
            const bytes = readOrUndefined((0,external_node_path_.join)(root, path));
            if (bytes === undefined)
                return undefined;
            const format = await start().location().then(l => l.format, () => 'sha1');
            return gitBlobId(bytes, format);
        },
        async resolve(path) {
            let real;
            try {
                // The system's realpath: one call, not one lstat per folder on the way (300 paths for 100 images).
                real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, path));
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return path;
                throw e;
            }
            const rel = (0,external_node_path_.relative)((realRoot ??= external_node_fs_.realpathSync.native(root)), real);
            if (rel === '')
                return '.';
            return normalizeRepoPath(rel.split(external_node_path_.sep).join('/'));
        },
    };
}
function readOrUndefined(full) {
    // Most ignore-file candidates (`<Dockerfile>.dockerignore`) do not exist: asked without an
    // exception, whose error object and stack cost more than the read.
    try {
        if ((0,external_node_fs_.statSync)(full, { throwIfNoEntry: false }) === undefined)
            return undefined;
        return (0,external_node_fs_.readFileSync)(full);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
            return undefined;
        throw e;
    }
}
/** git's own word that a folder is outside any repository; any other failure is an error to report. */
function isNotARepository(e) {
    return e instanceof errors/* LockstepError */.Cj && /not a git repository/i.test(e.message);
}
async function listByWalking(root, limit, needs) {
    const out = [];
    for (const path of limit ?? ['.'])
        await hashTree(root, path, e => out.push(e), needs, 'sha1');
    return new FileIndex(out);
}
/** Calls `fn` with each NUL-terminated record of git's `-z` output, without splitting it up front. */
function eachRecord(output, fn) {
    for (let start = 0; start < output.length;) {
        let end = output.indexOf('\0', start);
        if (end < 0)
            end = output.length;
        if (end > start)
            fn(start, end);
        start = end + 1;
    }
}
/**
 * `git ls-files -s -v -z` output as an index whose columns point into it: `<tag> <mode> <oid> <stage>\t<path>\0`
 * per file, in git's path order. Nothing is copied per file.
 */
function gitIndex(text, bytes) {
    const columns = indexColumns(text);
    // git orders its index by the bytes of each path, which is the order FileIndex keeps when
    // every path is ASCII (byte length = string length); only a conflict lists a path twice.
    // ASCII text is also its bytes, offset for offset: the hasher copies from those.
    const ascii = Buffer.byteLength(text) === text.length;
    if (ascii && bytes !== undefined && bytes.length === text.length)
        columns.bytes = bytes;
    const index = FileIndex.fromColumns(columns, !columns.conflicted && ascii);
    const attributeFiles = [];
    // Found in the text itself, not per row: a large index rarely holds more than a few.
    for (let at = text.indexOf('.gitattributes\0'); at >= 0; at = text.indexOf('.gitattributes\0', at + 1)) {
        const before = text.charCodeAt(at - 1);
        if (before === 47 /* / */ || before === 9 /* tab */)
            attributeFiles.push(text.slice(text.lastIndexOf('\t', at) + 1, at + 14));
    }
    return { index, special: columns.special.map(row => text.slice(columns.pathStart[row], columns.pathEnd[row])), attributeFiles };
}
function indexColumns(text) {
    // A record is at least 54 characters (`H `, `100644 `, a 40-digit oid, ` 0\t`, one character, NUL):
    // room for that many rows, rather than a first pass to count them.
    const max = Math.floor(text.length / 54) + 1;
    const pathStart = new Int32Array(max);
    const pathEnd = new Int32Array(max);
    const oidStart = new Int32Array(max);
    const oidEnd = new Int32Array(max);
    const modeCode = new Uint8Array(max);
    const modes = [...GIT_MODES];
    let conflicted = false;
    const special = [];
    let row = 0;
    // One loop with no call per record (48,000 of them on a large repository, while the JIT is
    // still cold). git writes every oid of a repository at one length, so after the first record
    // the tab is looked for where it must be, and only a record that is not so is searched.
    let oidLength = -1;
    for (let record = 0; record < text.length;) {
        let end = text.indexOf('\0', record);
        if (end < 0)
            end = text.length;
        if (end > record) {
            if (row === max)
                throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(record, end))}`);
            // `-v`'s tag: `H` for a plain cached file; lower case (assume-unchanged), `S` (skip-worktree).
            const tag = text.charCodeAt(record);
            const start = record + 2;
            let space = start + 6;
            let tab = space + oidLength + 3;
            if (text.charCodeAt(space) !== 32 || text.charCodeAt(tab) !== 9 || text.charCodeAt(tab - 2) !== 32) {
                space = text.indexOf(' ', start);
                tab = text.indexOf('\t', space);
                if (space - start === 6)
                    oidLength = tab - space - 3;
            }
            const known = space - start === 6 ? knownMode(text, start) : -1;
            modeCode[row] = known >= 0 ? known : file_index_modeCode(modes, text.slice(start, space));
            if ((tag !== 72 /* H */ && tag !== 77) /* M: unmerged, which status names */ || known === GITLINK)
                special.push(row);
            oidStart[row] = space + 1;
            // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
            oidEnd[row] = tab - 2;
            if (text.charCodeAt(tab - 1) !== 48 /* 0 */)
                conflicted = true;
            pathStart[row] = tab + 1;
            pathEnd[row] = end;
            row++;
        }
        record = end + 1;
    }
    return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted, special };
}
const GITLINK = GIT_MODES.indexOf('160000');
/** The code (index in `GIT_MODES`) of the six-digit mode at `start`, or -1. */
function knownMode(text, start) {
    for (let i = 0; i < GIT_MODES.length; i++)
        if (text.startsWith(GIT_MODES[i], start))
            return i;
    return -1;
}
async function listWithGit(root, git, { index, special, attributeFiles }, status, settings, limit, needs) {
    const inLimit = (rel) => !limit || limit.some(p => isUnder(rel, p) || isUnder(p, rel));
    const reread = new Set();
    for (const path of special)
        if (inLimit(path))
            reread.add(path);
    const everyFile = () => {
        const out = [];
        for (const dir of limit ?? ['.']) {
            const { file, start, end } = index.rowsUnder(dir);
            if (file >= 0)
                out.push(index.path(file));
            for (let row = start; row < end; row++)
                out.push(index.path(row));
        }
        return out;
    };
    // Attributes can make checkout write other bytes than the blob: only when some attributes
    // file mentions a converting attribute is git asked which paths it applies to.
    // Started with the listing, answered by now.
    const location = await git.location();
    if (settings.crlf) {
        for (const path of everyFile())
            reread.add(path);
    }
    else if (attributesConvert(root, location, attributeFiles, limit, settings)) {
        for (const path of await convertedPaths(root, everyFile()))
            reread.add(path);
    }
    // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
    const prefix = location.prefix;
    eachRecord(status, (start, end) => {
        const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
        if (!path.startsWith(prefix))
            return;
        const rel = path.slice(prefix.length);
        // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
        if (inLimit(rel))
            reread.add(rel);
    });
    const changes = new Map();
    if (!settings.fileMode) {
        // git ignores the exec bit: Docker does not. Every file's mode from disk, its blob from the index.
        for (const path of everyFile()) {
            const row = index.find(path);
            const mode = index.mode(row);
            if (reread.has(path) || (mode !== '100644' && mode !== '100755'))
                continue;
            const stats = lstatPath((0,external_node_path_.join)(root, path));
            const disk = stats && gitMode(stats);
            if (disk && disk !== mode) {
                if (disk === '120000')
                    reread.add(path);
                else
                    changes.set(path, { path, mode: disk, oid: index.oid(row) });
            }
        }
    }
    if (reread.size === 0 && changes.size === 0)
        return index;
    // The few paths whose bytes git does not vouch for: what is on disk replaces (or removes) the index's entry.
    const format = location.format;
    for (const path of reread) {
        const stats = lstatPath((0,external_node_path_.join)(root, path));
        if (!stats) {
            changes.set(path, null);
        }
        else if (stats.isDirectory()) {
            // A submodule (its files, as checked out: none when it is not initialised), a gitignored
            // folder, or an untracked nested repository; not walked when nothing in it can count.
            changes.set(path, null);
            if (!skippable(needs, path))
                await hashTree(root, path, e => changes.set(e.path, e), needs, format);
        }
        else {
            changes.set(path, hashPath((0,external_node_path_.join)(root, path), path, stats, needs, format) ?? null);
        }
    }
    return index.withChanges(changes);
}
/**
 * Whether any attributes file git reads for these paths mentions an attribute that converts
 * on checkout: those of the tree (`attributeFiles`, as listed), those in the folders above
 * the listed paths (up to the repository's top), and the repository's, user's and system's.
 */
function attributesConvert(root, location, attributeFiles, limit, settings) {
    const texts = outsideAttributes(root, settings, location.infoAttributes);
    const files = new Set(attributeFiles);
    // Folders above the workspace, within the repository, and above each listed path.
    const depth = location.prefix.split('/').filter(Boolean).length;
    for (let up = 1; up <= depth; up++)
        files.add(`${'../'.repeat(up)}.gitattributes`);
    for (const path of limit ?? []) {
        for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
            files.add(`${path.slice(0, slash)}/.gitattributes`);
        files.add('.gitattributes');
    }
    for (const file of files) {
        try {
            texts.push((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
        }
        catch {
            // Listed by git but deleted since, or no such file above: nothing from there.
        }
    }
    return texts.some(attributesMayConvert);
}
/**
 * A commit of the repository at `root`: `git ls-tree -r` gives every file's mode and blob
 * id without a checkout, and `git cat-file` reads the few texts needed (config, Dockerfiles,
 * ignore files).
 */
async function commitSnapshot(root, rev) {
    let commit;
    try {
        commit = (await (0,git/* git */.$)(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
    }
    catch {
        throw new errors/* LockstepError */.Cj(`"${rev}" is not a commit of the repository at ${root}`);
    }
    let listing;
    const all = () => (listing ??= (0,git/* git */.$)(root, ['ls-tree', '-r', '-z', commit]).then(r => {
        const entries = [];
        eachRecord(r.stdout, (start, end) => {
            // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
            const record = r.stdout.slice(start, end);
            const tab = record.indexOf('\t');
            const [mode, , oid] = record.slice(0, tab).split(' ');
            entries.push({ path: record.slice(tab + 1), mode, oid });
        });
        return new FileIndex(entries);
    }));
    const readLink = async (path) => {
        const entry = (await all()).get(path);
        return entry?.mode === '120000' ? (await (0,git/* git */.$)(root, ['cat-file', 'blob', entry.oid])).stdout : undefined;
    };
    const resolve = (path) => followLinks(path, readLink);
    // The file a reader of `path` gets, through links that stay in the commit.
    const fileAt = async (path) => {
        const real = await resolve(path);
        const entry = real === undefined ? undefined : (await all()).get(real);
        return entry && entry.mode !== '160000' && entry.mode !== '120000' ? entry : undefined;
    };
    return {
        label: commit,
        // The whole commit: a listing may hold more than the paths asked for.
        async list() {
            return all();
        },
        async readText(path) {
            const entry = await fileAt(path);
            return entry && (await (0,git/* git */.$)(root, ['cat-file', 'blob', entry.oid])).stdout;
        },
        async readBlobId(path) {
            return (await fileAt(path))?.oid;
        },
        resolve,
    };
}


/***/ })

};
