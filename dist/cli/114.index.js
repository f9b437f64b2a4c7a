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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_tag_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5964);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9387);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6619);







/** Files read at once: enough to keep the disk busy, not to exhaust file handles. */
const READ_CONCURRENCY = 32;
/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(p, o)))
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
/** Hashes one path from disk; a symlink by its target text (never followed, so a broken one is fine). */
async function hashPath(full, path, stats, needs) {
    const mode = gitMode(stats);
    if (mode === undefined)
        return undefined;
    if (needs && !needs(path))
        return { path, mode, oid: '' };
    const bytes = mode === '120000' ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(full, { encoding: 'buffer' }) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full);
    return { path, mode, oid: gitBlobId(bytes) };
}
async function lstatOrUndefined(full) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
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
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
    const stats = await lstatOrUndefined(full);
    if (!stats)
        return;
    if (stats.isDirectory()) {
        const files = [];
        const dirs = [path];
        while (dirs.length > 0) {
            const dir = dirs.pop();
            for (const d of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true })) {
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
        await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .sf)(files, READ_CONCURRENCY, async (f) => {
            const s = await lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f.path));
            const entry = s && (await hashPath((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f.path), f.path, s, needs));
            if (entry)
                out.set(f.path, entry);
        });
        return;
    }
    const entry = await hashPath(full, path, stats, needs);
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
    const runs = gitListing((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), ['.']);
    // Not a repository, or never used: `list` reports or falls back, as without a head start.
    runs.catch(() => undefined);
    headStarts.set((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), runs);
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
            const started = headStarts.get((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
            headStarts.delete((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
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
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path), 'utf8');
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
        if (!limit || limit.some(p => (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(rel, p) || (0,_core_tag_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(p, rel)))
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
    await (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .sf)(touched, READ_CONCURRENCY, async (path) => {
        if (submodules.has(path))
            return;
        const stats = await lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path));
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
            const entry = await hashPath((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path), path, stats, needs);
            if (entry)
                found.set(path, entry);
            else
                gone.add(path);
        }
    });
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
    // New files (untracked, gitignored) go after; FileIndex sorts when they do not already.
    for (const e of found.values())
        out.push(e);
    return out;
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`"${rev}" is not a commit of the repository at ${root}`);
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

/***/ 9387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony exports MANIFEST_MEDIA_TYPES, parseChallenge */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);



/** Every manifest type a tag can point at; an index (multi-arch) is accepted as itself. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
    'application/vnd.docker.distribution.manifest.v1+json',
];
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
/** Parses `Bearer realm="..",service="..",scope=".."` (RFC 7235 auth-params; quoted values may hold commas). */
function parseChallenge(header) {
    const schemes = [...header.matchAll(/(?:^|,)\s*(Bearer|Basic)(?=\s|$)/gi)];
    const pick = schemes.find(m => m[1].toLowerCase() === 'bearer') ?? schemes[0];
    if (!pick)
        return undefined;
    const scheme = pick[1].toLowerCase();
    const start = (pick.index ?? 0) + pick[0].length;
    const next = schemes.find(m => (m.index ?? 0) > (pick.index ?? 0));
    const text = header.slice(start, next ? next.index : undefined);
    const params = {};
    for (const m of text.matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, params };
}
function sleep(ms) {
    return new Promise(res => setTimeout(res, ms));
}
function networkCode(e) {
    const cause = e.cause;
    return cause?.code ?? e.name;
}
function describeNetworkError(e) {
    const cause = e.cause;
    if (cause?.code)
        return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
    if (e.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? e.message ?? String(e);
}
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
/**
 * A client for the read side of the OCI distribution API: does a manifest exist, what is
 * its digest. It answers the registry's `WWW-Authenticate` challenge itself (bearer tokens
 * as ghcr.io, Docker Hub, ECR and Harbor use, or basic auth) and remembers each registry's
 * challenge and each scope's token, so checking many images costs one request each.
 */
class RegistryClient {
    options;
    stats = { requests: 0, tokenRequests: 0 };
    challenges = new Map();
    tokens = new Map();
    retries;
    retryDelayMs;
    timeoutMs;
    constructor(options = {}) {
        this.options = options;
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.timeoutMs = options.timeoutMs ?? 30_000;
    }
    /** `HEAD /v2/<name>/manifests/<tag|digest>`: true on 2xx, false on 404. */
    async hasManifest(ref) {
        const res = await this.manifestRequest('HEAD', ref);
        if (res.status === 404)
            return false;
        await this.expectOk(res, ref);
        return true;
    }
    /** Checks many references, at most `concurrency` requests at a time; answers in input order. */
    hasManifests(refs, concurrency = 8) {
        return mapLimit(refs, concurrency, ref => this.hasManifest(ref));
    }
    /**
     * The `Docker-Content-Digest` of the manifest the reference names: the index for a
     * multi-arch image, so the digest is the one `docker pull name@digest` accepts.
     */
    async resolveDigest(ref) {
        const head = await this.manifestRequest('HEAD', ref);
        this.throwIfMissing(head, ref);
        await this.expectOk(head, ref);
        const digest = head.headers.get('docker-content-digest');
        if (digest)
            return digest;
        // Some registries omit the header on HEAD; the digest is then the hash of the bytes served.
        const res = await this.manifestRequest('GET', ref);
        this.throwIfMissing(res, ref);
        await this.expectOk(res, ref);
        const body = Buffer.from(await res.arrayBuffer());
        return res.headers.get('docker-content-digest') ?? `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
    }
    throwIfMissing(res, ref) {
        if (res.status === 404) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`image ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)} was not found in registry ${ref.registry}`);
        }
    }
    async expectOk(res, ref) {
        if (res.ok)
            return;
        const text = await res.text().catch(() => '');
        const detail = registryErrorDetail(text);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`registry ${ref.registry} answered ${res.status} ${res.statusText} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}${detail ? `: ${detail}` : ''}`);
    }
    credentialsFor(registry) {
        const c = this.options.credentials;
        const creds = typeof c === 'function' ? c(registry) : c;
        return creds && (creds.username || creds.password) ? creds : undefined;
    }
    baseUrl(registry) {
        const p = this.options.plainHttp;
        const plain = typeof p === 'function' ? p(registry) : (p ?? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isLocalRegistry */ .rY)(registry));
        return `${plain ? 'http' : 'https'}://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .apiHost */ .nz)(registry)}`;
    }
    async manifestRequest(method, ref) {
        const url = `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestReference */ .Tn)(ref)}`;
        const scope = `repository:${ref.repository}:pull`;
        const headers = { Accept: MANIFEST_MEDIA_TYPES.join(', '), 'User-Agent': 'lockstep' };
        let answeredChallenge = false;
        for (;;) {
            const auth = await this.authorization(ref, scope);
            const res = await this.send(url, { method, headers: auth ? { ...headers, Authorization: auth } : headers }, ref);
            if (res.status !== 401)
                return res;
            await res.arrayBuffer().catch(() => undefined);
            const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
            if (answeredChallenge || !challenge)
                throw this.unauthorized(ref, Boolean(auth));
            // A first 401 teaches the registry's scheme (or says a cached token went stale): answer it once.
            answeredChallenge = true;
            this.challenges.set(ref.registry, challenge);
            if (auth)
                await this.forgetToken(this.tokenKey(ref.registry, scope), auth);
        }
    }
    /**
     * Drops a cached token the registry refused, unless another request already replaced it:
     * many concurrent checks that all met the first 401 must share one new token, not fetch one each.
     */
    async forgetToken(key, refused) {
        const pending = this.tokens.get(key);
        if (!pending)
            return;
        const cached = await pending.catch(() => undefined);
        if (this.tokens.get(key) === pending && (!cached || `Bearer ${cached.token}` === refused))
            this.tokens.delete(key);
    }
    unauthorized(ref, sentCredentials) {
        const creds = this.credentialsFor(ref.registry);
        const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref);
        if (creds) {
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`registry ${ref.registry} rejected the credentials of user "${creds.username ?? ''}" for ${image} (wrong password, or no pull access to ${ref.repository})`);
        }
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`registry ${ref.registry} requires credentials to read ${image}${sentCredentials ? ' (an anonymous token was not enough)' : ''}; set registry-username and registry-password`);
    }
    tokenKey(registry, scope) {
        return `${registry}\n${scope}`;
    }
    /** The Authorization header for a request, from what the registry's challenge asked for. */
    async authorization(ref, scope) {
        const challenge = this.challenges.get(ref.registry);
        if (!challenge)
            return undefined;
        const creds = this.credentialsFor(ref.registry);
        if (challenge.scheme === 'basic') {
            if (!creds)
                throw this.unauthorized(ref, false);
            return basicAuth(creds);
        }
        const key = this.tokenKey(ref.registry, scope);
        let pending = this.tokens.get(key);
        if (pending) {
            const cached = await pending.catch(() => undefined);
            if (!cached || cached.expiresAt <= Date.now())
                pending = undefined;
        }
        if (!pending) {
            pending = this.fetchToken(ref, challenge, scope, creds);
            this.tokens.set(key, pending);
            pending.catch(() => this.tokens.delete(key));
        }
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(ref, challenge, scope, creds) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`registry ${ref.registry} sent a bearer challenge without a realm for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`registry ${ref.registry} sent a bearer challenge with an invalid realm "${realm}"`);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { 'User-Agent': 'lockstep' };
        if (creds)
            headers.Authorization = basicAuth(creds);
        this.stats.tokenRequests++;
        const res = await this.send(url.toString(), { method: 'GET', headers }, ref, 'token service');
        const text = await res.text().catch(() => '');
        if (res.status === 401 || res.status === 403)
            throw this.unauthorized(ref, false);
        if (!res.ok) {
            const detail = registryErrorDetail(text);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} answered ${res.status} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}${detail ? `: ${detail}` : ''}`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} did not answer JSON for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} answered without a token for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}`);
        // The spec's default lifetime is 60 s; renew a little early so a token never expires in flight.
        const lifetime = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
        return { token, expiresAt: Date.now() + Math.max(lifetime - 10_000, lifetime / 2) };
    }
    /** One HTTP exchange with bounded retries on 429, 5xx and dropped connections. */
    async send(url, init, ref, what = 'registry') {
        const label = what === 'registry' ? `registry ${ref.registry}` : `${what} of registry ${ref.registry}`;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                this.stats.requests++;
                res = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (e) {
                const code = networkCode(e);
                if (attempt < this.retries && code && (TRANSIENT_NETWORK_CODES.has(code) || code === 'TimeoutError')) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`cannot reach ${label} (${new URL(url).origin}) for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)}: ${describeNetworkError(e)}`);
            }
            if ((res.status === 429 || res.status >= 500) && attempt < this.retries) {
                await res.arrayBuffer().catch(() => undefined);
                await sleep(this.backoff(attempt, res.headers.get('retry-after')));
                continue;
            }
            if (res.status >= 500 || res.status === 429) {
                const detail = registryErrorDetail(await res.text().catch(() => ''));
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${label} answered ${res.status} ${res.statusText} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageReference */ .my)(ref)} after ${attempt + 1} attempts${detail ? `: ${detail}` : ''}`);
            }
            return res;
        }
    }
    backoff(attempt, retryAfter) {
        const cap = 10_000;
        const seconds = retryAfter ? Number(retryAfter) : NaN;
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.min(seconds * 1000, cap);
        return Math.min(this.retryDelayMs * 2 ** attempt, cap);
    }
}
function basicAuth(creds) {
    return `Basic ${Buffer.from(`${creds.username ?? ''}:${creds.password ?? ''}`).toString('base64')}`;
}
/** The first message of a distribution-spec error body (`{"errors":[{"code","message"}]}`), else a short text. */
function registryErrorDetail(text) {
    if (!text)
        return '';
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(' ');
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.trim().slice(0, 200);
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   rY: () => (/* binding */ isLocalRegistry)
/* harmony export */ });
/* unused harmony export DOCKER_HUB */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
// The grammar of github.com/distribution/reference (reference.go), piece by piece.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const NAME_MAX = 255;
function invalid(ref, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`invalid image reference "${ref}": ${why}`);
}
/**
 * Parses `[registry/]name[:tag][@digest]` with Docker's normalisation: a first path part
 * is a registry only if it has a `.` or `:`, is `localhost`, or has upper-case letters;
 * otherwise the image is on Docker Hub, where a single-part name lives under `library/`.
 * A reference with neither tag nor digest means `:latest`.
 */
function parseImageReference(ref) {
    const input = ref.trim();
    if (!input)
        throw invalid(ref, 'it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(ref, `"${digest}" is not a digest (algorithm:hex)`);
    }
    let registry = DOCKER_HUB;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            registry = first;
            rest = rest.slice(slash + 1);
            if (!HOST.test(registry))
                throw invalid(ref, `"${registry}" is not a registry host`);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(ref, `"${tag}" is not a valid tag`);
    }
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB;
        if (!rest.includes('/'))
            rest = `library/${rest}`;
    }
    if (!rest)
        throw invalid(ref, 'the repository name is empty');
    for (const part of rest.split('/')) {
        if (!COMPONENT.test(part)) {
            throw invalid(ref, `"${part}" is not a valid repository name part (lower-case letters, digits, separators . _ __ -)`);
        }
    }
    if (registry.length + 1 + rest.length > NAME_MAX)
        throw invalid(ref, `the name is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** The fully-qualified form, e.g. `docker.io/library/alpine:3.20@sha256:...`. */
function formatImageReference(ref) {
    let out = `${ref.registry}/${ref.repository}`;
    if (ref.tag !== undefined)
        out += `:${ref.tag}`;
    if (ref.digest !== undefined)
        out += `@${ref.digest}`;
    return out;
}
/** The host serving the distribution API for a registry (Docker Hub answers on registry-1). */
function apiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry.toLowerCase()) ? DOCKER_HUB_API : registry;
}
/** What the manifest endpoint is asked for: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Whether a registry host is this machine (then plain HTTP is the default, as Docker does). */
function isLocalRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
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
