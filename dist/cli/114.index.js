export const id = 114;
export const ids = [114];
export const modules = {

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);






/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 *
 * git's standard output goes to an unlinked temporary file rather than a pipe: through a
 * 64 KB pipe, `git ls-files` of a large repository (megabytes) stalls whenever this process
 * is busy (loading its code, hashing) and cannot drain it, and finished ~90 ms late on the
 * benchmark; into a file it runs at its own speed, and the output is read once at the end.
 */
function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const spool = openSpool();
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', spool?.fd ?? 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (chunk) => out.push(chunk));
        child.stderr?.on('data', (chunk) => err.push(chunk));
        let failed = false;
        child.on('error', e => {
            failed = true;
            spool?.close();
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockstepError */ .Cj(`git ${args[0]} could not run in ${cwd}: ${e.message}`));
        });
        child.on('close', (code, signal) => {
            if (failed)
                return;
            // Decoded once: a string per 64 KB chunk left megabytes of short-lived strings for the
            // garbage collector to copy until they were joined.
            const stdout = (spool ? spool.read() : Buffer.concat(out)).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (code === 0) {
                resolve({ stdout, stderr });
                return;
            }
            const detail = (stderr || `exited with ${signal ?? `code ${code}`}`).trim().split('\n').slice(-3).join(' ');
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LockstepError */ .Cj(`git ${args[0]} failed in ${cwd}: ${detail}`));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool() {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `lockstep-git-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(path, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    let linked = true;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.unlinkSync)(path);
        linked = false;
    }
    catch {
        // Windows keeps an open file's name: removed on close instead.
    }
    const close = () => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
        if (linked)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.unlinkSync)(path);
    };
    return {
        fd,
        close,
        read() {
            try {
                const bytes = Buffer.allocUnsafe((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(fd).size);
                for (let at = 0; at < bytes.length;) {
                    const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(fd, bytes, at, bytes.length - at, at);
                    if (n === 0)
                        return bytes.subarray(0, at);
                    at += n;
                }
                return bytes;
            }
            finally {
                close();
            }
        },
    };
}


/***/ }),

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitSnapshot: () => (/* binding */ commitSnapshot),
/* harmony export */   gitBlobId: () => (/* binding */ gitBlobId),
/* harmony export */   outermost: () => (/* binding */ outermost),
/* harmony export */   startWorktreeListing: () => (/* binding */ startWorktreeListing),
/* harmony export */   worktreeSnapshot: () => (/* binding */ worktreeSnapshot)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(605);
/* harmony import */ var _core_tag_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5964);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6619);








/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(p, o)))
            out.push(p);
    return out;
}
/** Git's blob id of some bytes: sha1 over `blob <length>\0` and the bytes. */
function gitBlobId(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
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
function hashPath(full, path, stats, needs) {
    const mode = gitMode(stats);
    if (mode === undefined)
        return undefined;
    if (needs && !needs(path))
        return { path, mode, oid: '' };
    const bytes = mode === '120000' ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(full, { encoding: 'buffer' }) : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(full);
    return { path, mode, oid: gitBlobId(bytes) };
}
function lstatPath(full) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full);
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
async function hashTree(root, path, out, needs) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path);
    const stats = lstatPath(full);
    if (!stats)
        return;
    if (stats.isDirectory()) {
        const files = [];
        const dirs = [path];
        while (dirs.length > 0) {
            const dir = dirs.pop();
            for (const d of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, dir), { withFileTypes: true })) {
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
            const s = lstatPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f.path));
            const entry = s && hashPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f.path), f.path, s, needs);
            if (entry)
                out(entry);
        }
        return;
    }
    const entry = hashPath(full, path, stats, needs);
    if (entry)
        out(entry);
}
/** `git ls-files -s` and `git status`, started at once. */
function gitListing(root, pathspec) {
    let prefix;
    const runs = {
        indexed: (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...pathspec]),
        status: (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
        prefix: () => (prefix ??= (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['rev-parse', '--show-prefix'])),
    };
    // Not a repository, or an answer never awaited: whoever awaits it reports or falls back.
    runs.indexed.catch(() => undefined);
    runs.status.catch(() => undefined);
    return runs;
}
/** Listings started ahead of time, by workspace root: see `startWorktreeListing`. */
const headStarts = new Map();
/**
 * Starts git listing the whole workspace now, for the next `worktreeSnapshot(root)`:
 * an action calls this before loading the rest of its code and reading its config, and git
 * (which takes as long as loading the bundle does) runs meanwhile on another core. A whole
 * workspace listing serves any paths; nothing outside them is read.
 */
function startWorktreeListing(root) {
    headStarts.set((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), gitListing((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), ['.']));
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
function worktreeSnapshot(root) {
    let runs;
    let limit;
    let committed;
    // The first call starts git (or takes the head start); later calls share its answers.
    const start = (paths) => {
        if (runs)
            return runs;
        limit = paths === undefined || paths.includes('.') ? undefined : outermost(paths);
        runs = headStarts.get((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root));
        headStarts.delete((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root));
        // git matches every file against every pathspec: past a handful, listing the whole
        // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
        // Literal pathspecs: a folder called `a*` must not match `ab`.
        return (runs ??= gitListing(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']));
    };
    const indexed = (paths) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout)));
    return {
        label: 'working tree',
        indexed,
        async list(paths, needsContent) {
            const git = start(paths);
            let index, status, prefix = '';
            try {
                [index, { stdout: status }] = await Promise.all([indexed(paths), git.status]);
                if (status !== '')
                    prefix = (await git.prefix()).stdout.trim();
            }
            catch {
                // Not a repository (or no git): read everything, as Docker would.
                return listByWalking(root, limit, await needsContent);
            }
            return listWithGit(root, prefix, index, status, limit, await needsContent);
        },
        // Synchronous inside: the config, Dockerfiles and ignore files are small, and read while
        // git (another process) lists; a few dozen reads in place cost less than their round trips
        // through the thread pool.
        async readText(path) {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path), 'utf8');
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
                    return undefined;
                throw e;
            }
        },
    };
}
async function listByWalking(root, limit, needs) {
    const out = [];
    for (const path of limit ?? ['.'])
        await hashTree(root, path, e => out.push(e), needs);
    return new _core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FileIndex */ .rx(out);
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
 * `git ls-files -s -z` output as an index whose columns point into it: `<mode> <oid> <stage>\t<path>\0`
 * per file, in git's path order. Nothing is copied per file.
 */
function gitIndex(text) {
    const columns = indexColumns(text);
    // git orders its index by the bytes of each path, which is the order FileIndex keeps when
    // every path is ASCII (byte length = string length); only a conflict lists a path twice.
    return _core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FileIndex */ .rx.fromColumns(columns, !columns.conflicted && Buffer.byteLength(text) === text.length);
}
function indexColumns(text) {
    // A record is at least 52 characters (`100644 `, a 40-digit oid, ` 0\t`, one character, NUL):
    // room for that many rows, rather than a first pass to count them.
    const max = Math.floor(text.length / 52) + 1;
    const pathStart = new Int32Array(max);
    const pathEnd = new Int32Array(max);
    const oidStart = new Int32Array(max);
    const oidEnd = new Int32Array(max);
    const modeCode = new Uint8Array(max);
    const modes = [..._core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_MODES */ .sp];
    let conflicted = false;
    let row = 0;
    eachRecord(text, (start, end) => {
        const space = text.indexOf(' ', start);
        const tab = text.indexOf('\t', space);
        const known = space - start === 6 ? _core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_MODES */ .sp.findIndex(m => text.startsWith(m, start)) : -1;
        if (row === max)
            throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(start, end))}`);
        modeCode[row] = known >= 0 ? known : (0,_core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .modeCode */ .Z$)(modes, text.slice(start, space));
        oidStart[row] = space + 1;
        // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
        oidEnd[row] = tab - 2;
        if (text.charCodeAt(tab - 1) !== 48 /* 0 */)
            conflicted = true;
        pathStart[row] = tab + 1;
        pathEnd[row] = end;
        row++;
    });
    return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted };
}
async function listWithGit(root, prefix, index, status, limit, needs) {
    // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
    const touched = [];
    eachRecord(status, (start, end) => {
        const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
        if (!path.startsWith(prefix))
            return;
        const rel = path.slice(prefix.length);
        // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
        if (!limit || limit.some(p => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(rel, p) || (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnder */ .Jo)(p, rel)))
            touched.push(rel);
    });
    if (touched.length === 0)
        return index;
    // The few paths git says differ: what is on disk replaces (or removes) the index's entry.
    const changes = new Map();
    for (const path of touched) {
        const row = index.find(path);
        if (row >= 0 && index.mode(row) === '160000')
            continue;
        const stats = lstatPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path));
        if (!stats) {
            changes.set(path, null);
        }
        else if (stats.isDirectory()) {
            // A gitignored folder, or an untracked nested repository; not walked when nothing in it can count.
            changes.set(path, null);
            if (!skippable(needs, path))
                await hashTree(root, path, e => changes.set(e.path, e), needs);
        }
        else {
            changes.set(path, hashPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path), path, stats, needs) ?? null);
        }
    }
    return index.withChanges(changes);
}
/**
 * A commit of the repository at `root`: `git ls-tree -r` gives every file's mode and blob
 * id without a checkout, and `git cat-file` reads the few texts needed (config, Dockerfiles,
 * ignore files).
 */
async function commitSnapshot(root, rev) {
    let commit;
    try {
        commit = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`"${rev}" is not a commit of the repository at ${root}`);
    }
    let listing;
    const all = () => (listing ??= (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['ls-tree', '-r', '-z', commit]).then(r => {
        const entries = [];
        eachRecord(r.stdout, (start, end) => {
            // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
            const record = r.stdout.slice(start, end);
            const tab = record.indexOf('\t');
            const [mode, , oid] = record.slice(0, tab).split(' ');
            entries.push({ path: record.slice(tab + 1), mode, oid });
        });
        return new _core_tag_file_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FileIndex */ .rx(entries);
    }));
    return {
        label: commit,
        // The whole commit: a listing may hold more than the paths asked for.
        async list() {
            return all();
        },
        async readText(path) {
            const entry = (await all()).get(path);
            if (!entry || entry.mode === '160000')
                return undefined;
            return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$)(root, ['cat-file', 'blob', entry.oid])).stdout;
        },
    };
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
    path(row) {
        return this.c.text.slice(this.c.pathStart[row], this.c.pathEnd[row]);
    }
    /** The row's path without its first `skip` characters (a context-relative path, in one slice). */
    pathFrom(row, skip) {
        return this.c.text.slice(this.c.pathStart[row] + skip, this.c.pathEnd[row]);
    }
    mode(row) {
        return this.c.modes[this.c.modeCode[row]];
    }
    oid(row) {
        return this.c.text.slice(this.c.oidStart[row], this.c.oidEnd[row]);
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
        const added = [...changes].filter((c) => c[1] !== null).sort((a, b) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a[0], b[0]));
        const extra = columnsOf(added.map(([, e]) => e), this.c.text.length, this.c.modes);
        const text = this.c.text + extra.text;
        const max = this.c.count + extra.count;
        const out = {
            text,
            count: 0,
            pathStart: new Int32Array(max),
            pathEnd: new Int32Array(max),
            oidStart: new Int32Array(max),
            oidEnd: new Int32Array(max),
            modeCode: new Uint8Array(max),
            modes: extra.modes,
        };
        const copy = (from, row) => {
            const n = out.count++;
            out.pathStart[n] = from.pathStart[row];
            out.pathEnd[n] = from.pathEnd[row];
            out.oidStart[n] = from.oidStart[row];
            out.oidEnd[n] = from.oidEnd[row];
            out.modeCode[n] = from.modeCode[row];
        };
        let j = 0;
        for (let row = 0; row < this.c.count; row++) {
            const path = this.path(row);
            while (j < extra.count && (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(added[j][0], path) < 0)
                copy(extra, j++);
            if (!changes.has(path))
                copy(this.c, row);
        }
        while (j < extra.count)
            copy(extra, j++);
        const index = FileIndex.fromColumns(out);
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

/***/ 5964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Kp: () => (/* binding */ joinRepoPath),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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


/***/ })

};
