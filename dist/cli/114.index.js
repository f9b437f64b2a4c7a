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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 */
function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
            cwd,
            maxBuffer: options.maxBuffer ?? 1024 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (error) {
                const detail = (stderr || error.message).trim().split('\n').slice(-3).join(' ');
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`git ${args[0]} failed in ${cwd}: ${detail}`));
            }
            else {
                resolve({ stdout, stderr });
            }
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
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
/* harmony import */ var _core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5964);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6619);







/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnder */ .Jo)(p, o)))
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
                out.set(f.path, entry);
        }
        return;
    }
    const entry = hashPath(full, path, stats, needs);
    if (entry)
        out.set(path, entry);
}
/** Splits NUL-terminated git output. */
function records(stdout) {
    const parts = stdout.split('\0');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** `git rev-parse --show-prefix`, `ls-files -s` and `status`, all started at once. */
function gitListing(root, pathspec) {
    return Promise.all([
        (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['rev-parse', '--show-prefix']),
        (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...pathspec]),
        (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
    ]);
}
/** Listings started ahead of time, by workspace root: see `startWorktreeListing`. */
const headStarts = new Map();
/**
 * Starts git listing the whole workspace now, for the next `worktreeSnapshot(root).list()`:
 * an action calls this before loading the rest of its code and reading its config, and git
 * (which takes as long as loading the bundle does) runs meanwhile on another core. A whole
 * workspace listing serves any paths; nothing outside them is read.
 */
function startWorktreeListing(root) {
    const runs = gitListing((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), ['.']);
    // Not a repository, or never used: `list` reports or falls back, as without a head start.
    runs.catch(() => undefined);
    headStarts.set((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), runs);
}
/**
 * The working tree, fast. In a git repository the index already holds the blob id and mode
 * of every tracked file (`git ls-files -s`); `git status` names the few paths that differ
 * (modified, deleted, untracked, and — with `--ignored=matching` — gitignored), and only those
 * are read and hashed here. Both run at once: the listing costs what `git status` costs.
 * Gitignored files inside a context count because Docker sends them (a jar built by an earlier
 * step); `.dockerignore` is what keeps files out of an image. Outside git every file is read.
 * Submodules count by the commit the index records.
 */
function worktreeSnapshot(root) {
    return {
        label: 'working tree',
        async list(paths, needsContent) {
            const limit = paths === undefined || paths.includes('.') ? undefined : outermost(paths);
            // git matches every file against every pathspec: past a handful, listing the whole
            // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
            // Literal pathspecs: a folder called `a*` must not match `ab`.
            const started = headStarts.get((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root));
            headStarts.delete((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root));
            const runs = started ?? gitListing(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']);
            let prefix, indexed, status;
            try {
                [{ stdout: prefix }, { stdout: indexed }, { stdout: status }] = await runs;
            }
            catch {
                // Not a repository (or no git): read everything, as Docker would.
                return listByWalking(root, limit, await needsContent);
            }
            return listWithGit(root, prefix.trim(), indexed, status, limit, await needsContent);
        },
        async readText(path) {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path), 'utf8');
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
    const out = new Map();
    for (const path of limit ?? ['.'])
        await hashTree(root, path, out, needs);
    return [...out.values()];
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
/** Git's four modes as shared strings: 48,000 entries need not each hold a copy. */
function internMode(mode) {
    switch (mode) {
        case '100644':
            return '100644';
        case '100755':
            return '100755';
        case '120000':
            return '120000';
        case '160000':
            return '160000';
        default:
            return mode;
    }
}
async function listWithGit(root, prefix, indexed, status, limit, needs) {
    // `<mode> <oid> <stage>\t<path>`, relative to `root` (ls-files' default), in git's path order.
    // One object per file and no map: on a clean tree this array is the listing.
    const entries = [];
    eachRecord(indexed, (start, end) => {
        const tab = indexed.indexOf('\t', start);
        entries.push({ path: indexed.slice(tab + 1, end), mode: internMode(indexed.slice(start, start + 6)), oid: indexed.slice(start + 7, tab - 2) });
    });
    // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
    const touched = [];
    eachRecord(status, (start, end) => {
        const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
        if (!path.startsWith(prefix))
            return;
        const rel = path.slice(prefix.length);
        // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
        if (!limit || limit.some(p => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnder */ .Jo)(rel, p) || (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnder */ .Jo)(p, rel)))
            touched.push(rel);
    });
    if (touched.length === 0)
        return entries;
    // The few paths git says differ: what is on disk replaces (or removes) the index's entry.
    const submodules = new Set();
    const touchedSet = new Set(touched);
    for (const e of entries)
        if (e.mode === '160000' && touchedSet.has(e.path))
            submodules.add(e.path);
    const found = new Map();
    const gone = new Set();
    for (const path of touched) {
        if (submodules.has(path))
            continue;
        const stats = lstatPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path));
        if (!stats) {
            gone.add(path);
        }
        else if (stats.isDirectory()) {
            // A gitignored folder, or an untracked nested repository; not walked when nothing in it can count.
            gone.add(path);
            if (!skippable(needs, path))
                await hashTree(root, path, found, needs);
        }
        else {
            const entry = hashPath((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path), path, stats, needs);
            if (entry)
                found.set(path, entry);
            else
                gone.add(path);
        }
    }
    const out = [];
    for (const e of entries) {
        const replaced = found.get(e.path);
        if (replaced) {
            out.push(replaced);
            found.delete(e.path);
        }
        else if (!gone.has(e.path))
            out.push(e);
    }
    if (found.size === 0)
        return out;
    // New files (untracked, gitignored): merged in path order, so that the index need not
    // sort 48,000 entries for 50 new ones (it still checks, and sorts if git's order differs).
    const added = [...found.values()].sort((a, b) => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.path, b.path));
    const merged = [];
    let j = 0;
    for (const e of out) {
        while (j < added.length && (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(added[j].path, e.path) < 0)
            merged.push(added[j++]);
        merged.push(e);
    }
    while (j < added.length)
        merged.push(added[j++]);
    return merged;
}
/**
 * A commit of the repository at `root`: `git ls-tree -r` gives every file's mode and blob
 * id without a checkout, and `git cat-file` reads the few texts needed (config, Dockerfiles,
 * ignore files).
 */
async function commitSnapshot(root, rev) {
    let commit;
    try {
        commit = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`"${rev}" is not a commit of the repository at ${root}`);
    }
    let listing;
    const all = () => (listing ??= (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['ls-tree', '-r', '-z', commit]).then(r => {
        const map = new Map();
        for (const record of records(r.stdout)) {
            // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
            const tab = record.indexOf('\t');
            const [mode, , oid] = record.slice(0, tab).split(' ');
            map.set(record.slice(tab + 1), { path: record.slice(tab + 1), mode, oid });
        }
        return map;
    }));
    return {
        label: commit,
        async list(paths) {
            const entries = [...(await all()).values()];
            if (paths === undefined || paths.includes('.'))
                return entries;
            return entries.filter(e => paths.some(p => e.path === p || e.path.startsWith(`${p}/`)));
        },
        async readText(path) {
            const entry = (await all()).get(path);
            if (!entry || entry.mode === '160000')
                return undefined;
            return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$)(root, ['cat-file', 'blob', entry.oid])).stdout;
        },
    };
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
