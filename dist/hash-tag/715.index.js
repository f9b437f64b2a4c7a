export const id = 715;
export const ids = [715,389,159];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFileExclusive: () => (/* binding */ createFileExclusive),
/* harmony export */   isSymbolicLink: () => (/* binding */ isSymbolicLink),
/* harmony export */   listFiles: () => (/* binding */ listFiles),
/* harmony export */   readFileAndMode: () => (/* binding */ readFileAndMode),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A fresh temp file name in `path`'s folder (the same filesystem, so rename and link work). */
function tempBeside(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target. `mode`,
 * when given, is set before the rename: a rendered script is never seen not executable.
 */
async function writeFileAtomic(path, data, mode) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
        if (mode !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(tmp, mode);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw e;
    }
}
/**
 * Creates `path` with `data`, complete or not at all, and only if nothing is there yet: the
 * bytes go to a temp file that is then hard-linked to `path` (link(2) fails with EEXIST
 * instead of replacing, which rename(2) would do). Returns false when `path` already exists.
 */
async function createFileExclusive(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(tmp, path);
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
    }
}
/**
 * Every file at or below `path` (relative to `root`, `/`-separated): `.git` folders are
 * skipped; a link to a file is listed (read through the link), a link to a folder is not walked.
 */
async function listFiles(root, path) {
    const out = [];
    let s;
    try {
        s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path));
    }
    catch {
        return out;
    }
    if (!s.isDirectory())
        return [path];
    const dirs = [path];
    while (dirs.length > 0) {
        const dir = dirs.pop();
        for (const d of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true })) {
            if (d.name === '.git')
                continue;
            const child = dir === '.' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                dirs.push(child);
            else if (d.isFile())
                out.push(child);
            else if (d.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, child)).catch(() => undefined))?.isFile())
                out.push(child);
        }
    }
    return out;
}
/** A file's bytes and mode, through symbolic links. */
async function readFileAndMode(path) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    return { bytes, mode };
}
async function isSymbolicLink(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isSymbolicLink();
}


/***/ }),

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KnownTags: () => (/* binding */ KnownTags),
/* harmony export */   RememberingRegistry: () => (/* binding */ RememberingRegistry)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9389);
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3075);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8159);






/**
 * `@actions/cache` (with Azure's storage client, ~MBs of code) is loaded only when a memory is
 * actually restored or saved: a run without `check-registry`, or the CLI, never pays for it.
 */
let actionsCache;
function defaultBackend() {
    return (actionsCache ??= Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(955), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691)).then(m => {
        // A CommonJS module: its functions are named exports, or hang off `default` in a bundle.
        const named = m;
        return typeof named.isFeatureAvailable === 'function' ? named : named.default;
    }));
}
const FILE = 'known-tags.json';
const KEY_VERSION = 'v1';
/**
 * A memory, across workflow runs, of image references the registry was seen to hold. It is
 * sound only for content-addressed tags: such a tag names one tree forever, so once it was
 * pushed it needs no second HEAD request (a registry retention policy deleting tags would
 * defeat it: clear the cache then).
 */
class KnownTags {
    options;
    restoredFrom;
    known;
    added = 0;
    constructor(options, known, 
    /** The cache key restored from, if any. */
    restoredFrom) {
        this.options = options;
        this.restoredFrom = restoredFrom;
        this.known = new Set(known);
    }
    static keyPrefix(scope) {
        return `lockstep-known-tags-${KEY_VERSION}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(scope).digest('hex').slice(0, 16)}-`;
    }
    /**
     * Restores the newest saved memory for the scope; without a cache service (the CLI, a
     * laptop) or on any cache failure it starts empty — the memory only ever saves requests.
     */
    static async restore(options) {
        const backend = options.backend ?? (await defaultBackend());
        // Only our own file is removed: the folder is the caller's.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.dir, FILE), { force: true });
        let restoredFrom;
        let known = [];
        if (backend.isFeatureAvailable()) {
            const prefix = KnownTags.keyPrefix(options.scope);
            try {
                restoredFrom = await backend.restoreCache([options.dir], `${prefix}${options.runId}`, [prefix]);
                if (restoredFrom) {
                    const body = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.dir, FILE), 'utf8'));
                    if (body.version === 1 && Array.isArray(body.refs))
                        known = body.refs.filter((r) => typeof r === 'string');
                }
            }
            catch {
                // A broken or unreadable memory is no memory: every tag is asked for again.
                restoredFrom = undefined;
                known = [];
            }
        }
        return new KnownTags(options, known, restoredFrom);
    }
    get size() {
        return this.known.size;
    }
    has(ref) {
        return this.known.has((0,_reference_js__WEBPACK_IMPORTED_MODULE_4__.formatImageReference)(ref));
    }
    add(ref) {
        const key = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__.formatImageReference)(ref);
        if (this.known.has(key))
            return;
        this.known.add(key);
        this.added++;
    }
    /** Saves the memory under this run's key when it learnt something; false when there was nothing to save or no cache. */
    async save() {
        if (this.added === 0)
            return false;
        const backend = this.options.backend ?? (await defaultBackend());
        if (!backend.isFeatureAvailable())
            return false;
        const limit = this.options.limit ?? 20_000;
        const refs = [...this.known].slice(-limit);
        await (0,_fs_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.options.dir, FILE), `${JSON.stringify({ version: 1, refs })}\n`);
        try {
            const id = await backend.saveCache([this.options.dir], `${KnownTags.keyPrefix(this.options.scope)}${this.options.runId}`);
            return id !== -1;
        }
        catch {
            // Another job of this run saved first, or the cache is full: the next run asks the registry.
            return false;
        }
    }
}
/**
 * A registry that answers "present" from memory for content tags seen before and asks the
 * real one otherwise, remembering what it finds. Digests are always asked: they resolve
 * mutable tags (`eclipse-temurin:21`), whose answer changes.
 */
class RememberingRegistry {
    registry;
    known;
    constructor(registry, known) {
        this.registry = registry;
        this.known = known;
    }
    async hasManifest(ref) {
        if (this.known.has(ref))
            return true;
        const present = await this.registry.hasManifest(ref);
        if (present)
            this.known.add(ref);
        return present;
    }
    resolveDigest(ref) {
        return this.registry.resolveDigest(ref);
    }
    /** Checks many references, at most `concurrency` registry requests at a time; answers in input order. */
    hasManifests(refs, concurrency = 8) {
        return (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(refs, concurrency, ref => this.hasManifest(ref));
    }
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKER_HUB: () => (/* binding */ DOCKER_HUB),
/* harmony export */   apiHost: () => (/* binding */ apiHost),
/* harmony export */   formatImageReference: () => (/* binding */ formatImageReference),
/* harmony export */   isLocalRegistry: () => (/* binding */ isLocalRegistry),
/* harmony export */   manifestReference: () => (/* binding */ manifestReference),
/* harmony export */   parseImageReference: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_tag_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9537);


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
    const parts = (0,_core_tag_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .splitImageRef */ .l)(input);
    let rest = parts.name;
    const { digest } = parts;
    let tag = parts.tag;
    if (digest !== undefined && !DIGEST.test(digest))
        throw invalid(ref, `"${digest}" is not a digest (algorithm:hex)`);
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
    if (tag !== undefined && !TAG.test(tag))
        throw invalid(ref, `"${tag}" is not a valid tag`);
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


/***/ })

};
