#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4296);





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
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`git ${args[0]} could not run in ${cwd}: ${e.message}`));
        });
        child.on('close', (code, signal) => {
            if (failed)
                return;
            // Decoded once: a string per 64 KB chunk left megabytes of short-lived strings for the
            // garbage collector to copy until they were joined.
            const bytes = spool ? spool.read() : Buffer.concat(out);
            const stdout = bytes.toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (code === 0) {
                resolve(options.keepBytes ? { stdout, stderr, bytes } : { stdout, stderr });
                return;
            }
            // git's whole message (the first line says what; "dubious ownership" adds how to allow it), kept short.
            const detail = (stderr || `exited with ${signal ?? `code ${code}`}`).split('\n').map(l => l.trim()).filter(Boolean).slice(0, 6).join(' ');
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`git ${args[0]} failed in ${cwd}: ${detail}`));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Spool files opened by this process, for unique names. */
let spools = 0;
/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool() {
    // Not node:crypto's randomUUID: loading that module delays git's start by several ms, and
    // the name need not be secret: the file is created exclusively (`wx`), so a name taken by
    // anyone else fails here and the output takes a pipe.
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `lockstep-git-${process.pid}-${++spools}-${Math.random().toString(36).slice(2)}`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    let linked = true;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
        linked = false;
    }
    catch {
        // Windows keeps an open file's name: removed on close instead.
    }
    const close = () => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (linked)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    };
    return {
        fd,
        close,
        read() {
            try {
                const bytes = Buffer.allocUnsafe((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size);
                for (let at = 0; at < bytes.length;) {
                    const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, at, bytes.length - at, at);
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

/***/ 27:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ gitListing),
/* harmony export */   yY: () => (/* binding */ takeHeadStart),
/* harmony export */   yt: () => (/* binding */ startWorktreeListing)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6619);


/** `git ls-files -s`, `git status` and `git config`, started at once. */
function gitListing(root, pathspec) {
    // Started with the others: the listing needs it whenever anything is read from disk.
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['rev-parse', '--show-prefix', '--show-object-format', '--git-path', 'info/attributes']).then(({ stdout }) => {
        const [prefix, format, infoAttributes] = stdout.split('\n');
        // A git too old to know the option (before 2.25) echoes it, and has SHA-1 repositories only.
        return { prefix, format: format === 'sha256' ? 'sha256' : 'sha1', infoAttributes: infoAttributes || undefined };
    });
    location.catch(() => undefined);
    const runs = {
        // Its bytes are kept: the tags are hashed from them (`FileColumns.bytes`).
        indexed: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['--literal-pathspecs', 'ls-files', '-s', '-v', '-z', '--', ...pathspec], { keepBytes: true }),
        status: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
        config: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['config', '-z', '--list']),
        location: () => location,
    };
    // Not a repository, or an answer never awaited: whoever awaits it reports or falls back.
    runs.indexed.catch(() => undefined);
    runs.status.catch(() => undefined);
    runs.config.catch(() => undefined);
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
    headStarts.set((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root), gitListing((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root), ['.']));
}
/** The listing `startWorktreeListing(root)` started, once; undefined when none was. */
function takeHeadStart(root) {
    const runs = headStarts.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root));
    headStarts.delete((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root));
    return runs;
}


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ hashTagPorts),
/* harmony export */   ml: () => (/* binding */ snapshots),
/* harmony export */   yt: () => (/* reexport safe */ _adapters_git_listing_js__WEBPACK_IMPORTED_MODULE_0__.yt)
/* harmony export */ });
/* unused harmony export files */
/* harmony import */ var _adapters_git_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(27);
// Small, and first on purpose: git starts listing the workspace before the rest loads.

/** Git trees: the working tree as Docker would send it, and commits. */
async function snapshots() {
    const { commitSnapshot, worktreeSnapshot } = await __nccwpck_require__.e(/* import() */ 415).then(__nccwpck_require__.bind(__nccwpck_require__, 415));
    return { worktree: worktreeSnapshot, commit: commitSnapshot };
}
/** The local file system, for the files hash-tag renders and writes. */
async function files() {
    const fs = await __nccwpck_require__.e(/* import() */ 389).then(__nccwpck_require__.bind(__nccwpck_require__, 9389));
    return { list: fs.listFiles, read: fs.readFileAndMode, isLink: fs.isSymbolicLink, writeAtomic: fs.writeFileAtomic };
}
/** Everything hash-tag reaches outside itself; the registry's code is loaded only when a tag or digest is first asked for. */
async function hashTagPorts(options = {}) {
    const [trees, workspace] = await Promise.all([snapshots(), files()]);
    const { knownTags } = options;
    return {
        snapshots: trees,
        files: workspace,
        registry: configRegistry => options.registry ?? networkRegistry(configRegistry, options),
        ...(knownTags ? { knownTags: scope => tagMemory({ ...knownTags, scope }) } : {}),
    };
}
function networkRegistry(configRegistry, options) {
    const made = (async () => {
        const [{ RegistryClient }, { parseImageReference }, credentials] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 387).then(__nccwpck_require__.bind(__nccwpck_require__, 9387)),
            __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 8159)),
            options.userCredentials ? __nccwpck_require__.e(/* import() */ 972).then(__nccwpck_require__.bind(__nccwpck_require__, 7972)) : undefined,
        ]);
        // Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one `credentials` are for.
        const host = configRegistry ? parseImageReference(`${configRegistry}/x:latest`).registry : undefined;
        const user = options.userCredentials && credentials?.userCredentials(options.userCredentials);
        const client = new RegistryClient({ credentials: (registry, repository) => (registry === host && options.credentials) || user?.(registry, repository) });
        return { client, parse: parseImageReference };
    })();
    return {
        hasManifest: async (image) => {
            const { client, parse } = await made;
            return client.hasManifest(parse(image));
        },
        resolveDigest: async (image) => {
            const { client, parse } = await made;
            return client.resolveDigest(parse(image));
        },
    };
}
/** The memory of pushed tags for one registry scope, restored now (`@actions/cache` loaded only then). */
async function tagMemory(options) {
    const [{ KnownTags, RememberingRegistry }, { formatImageReference, parseImageReference }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 715).then(__nccwpck_require__.bind(__nccwpck_require__, 4715)),
        __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 8159)),
    ]);
    const known = await KnownTags.restore(options);
    return {
        get size() {
            return known.size;
        },
        restoredFrom: known.restoredFrom,
        has: image => known.has(parseImageReference(image)),
        over: registry => {
            const remembering = new RememberingRegistry({ hasManifest: ref => registry.hasManifest(formatImageReference(ref)), resolveDigest: ref => registry.resolveDigest(formatImageReference(ref)) }, known);
            return { hasManifest: image => remembering.hasManifest(parseImageReference(image)), resolveDigest: image => remembering.resolveDigest(parseImageReference(image)) };
        },
        save: () => known.save(),
    };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ formatLocated),
/* harmony export */   Cj: () => (/* binding */ LockstepError),
/* harmony export */   Lt: () => (/* binding */ loadFailure),
/* harmony export */   hz: () => (/* binding */ LockstepErrors),
/* harmony export */   sq: () => (/* binding */ isLockstepError)
/* harmony export */ });
/**
 * An error the user can act on: bad input, a cycle, a failed step. Entry points print
 * these as `::error` annotations without a stack trace; anything else is a bug.
 */
class LockstepError extends Error {
    location;
    /** Extra lines printed after the message (a cycle path, a deployer's log link). */
    details;
    constructor(message, location = {}, details = []) {
        super(message);
        this.name = 'LockstepError';
        this.location = location;
        this.details = details;
    }
}
/** Several independent problems found in one pass (every malformed block, not only the first). */
class LockstepErrors extends LockstepError {
    errors;
    constructor(errors) {
        super(errors.map(e => formatLocated(e)).join('\n'), errors[0]?.location ?? {});
        this.name = 'LockstepErrors';
        this.errors = errors;
    }
}
/** `file:line:col: message`, the form editors and terminals link. */
function formatLocated(e) {
    const { file, line, column } = e.location;
    if (!file)
        return e.message;
    const where = [file, line, line !== undefined ? column : undefined].filter(v => v !== undefined).join(':');
    return `${where}: ${e.message}`;
}
function isLockstepError(e) {
    return e instanceof LockstepError;
}
/**
 * A module of the bundle that could not be loaded (a chunk missing from `dist/`, a library that
 * fails to evaluate), as a user-facing error: the install is broken, not the user's input.
 */
function loadFailure(e) {
    const err = e;
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND' && err?.code !== 'ERR_INVALID_PACKAGE_CONFIG')
        return undefined;
    return new LockstepError(`Lockstep's code is incomplete: ${err.message ?? String(e)}`, {}, [
        'This is a broken install, not a problem with your input: use a released tag of the action (uses: <owner>/lockstep/actions/<name>@v1), or run `npm run build` in a clone.',
    ]);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/composition/hash-tag.ts
var hash_tag = __nccwpck_require__(5741);
;// CONCATENATED MODULE: ./src/cli/commands.ts


/** The value of `--name <v>` or `--name=<v>`, read ahead of the command's own parsing. */
function flagValue(argv, name) {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === name)
            return argv[i + 1];
        if (argv[i].startsWith(`${name}=`))
            return argv[i].slice(name.length + 1);
    }
    return undefined;
}
const commands = [
    {
        name: 'hash-tag',
        summary: 'compute every image tag from its tree; check the registry; render templates',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(508), __nccwpck_require__.e(873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8907))).hashTagCommand,
        // git lists the workspace while the command's code loads (see startWorktreeListing); a
        // static import, so that git starts before any of that code has arrived.
        prepare: async (argv) => (0,hash_tag/* startWorktreeListing */.yt)((0,external_node_path_.resolve)(flagValue(argv, '--cwd') ?? '.')),
    },
    {
        name: 'why',
        summary: 'name the files, args and bases that changed an image tag between two trees',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(508), __nccwpck_require__.e(873)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8907))).whyCommand,
    },
    {
        name: 'resolve',
        summary: 'plan the next version file from the PRs merged since the last one',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(443), __nccwpck_require__.e(353), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8558))).resolveCommand,
    },
    {
        name: 'bootstrap',
        summary: 'write version 1, pinning every repository at its current head',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(443), __nccwpck_require__.e(353), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8558))).bootstrapCommand,
    },
    {
        name: 'check',
        summary: "check a branch as if it merged next: the release planner's verdict before the merge",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(443), __nccwpck_require__.e(353), __nccwpck_require__.e(475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7475))).checkCommand,
    },
    {
        name: 'apply',
        summary: 'bring an environment to a version, step by step, resuming where a failed run stopped',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(107), __nccwpck_require__.e(912)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9766))).applyCommand,
    },
    {
        name: 'plan',
        summary: 'show what `lockstep apply` would do, changing nothing',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(107), __nccwpck_require__.e(912)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9766))).planCommand,
    },
    {
        name: 'status',
        summary: "show every environment's version and commits, pending versions and held-back PRs",
        load: async () => (await __nccwpck_require__.e(/* import() */ 58).then(__nccwpck_require__.bind(__nccwpck_require__, 3058))).statusCommand,
    },
    {
        name: 'example',
        summary: 'run the whole release flow on a local example product (no GitHub, no cloud)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(443), __nccwpck_require__.e(353), __nccwpck_require__.e(508), __nccwpck_require__.e(107), __nccwpck_require__.e(121)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5121))).exampleCommand,
    },
];

;// CONCATENATED MODULE: ./src/cli/reporter.ts

/** Plain terminal output: `file:line: message`, groups as headings, no summary. */
class ConsoleReporter {
    info(message) {
        process.stdout.write(`${message}\n`);
    }
    warning(message, location) {
        process.stderr.write(`warning: ${(0,errors/* formatLocated */.Cc)(new errors/* LockstepError */.Cj(message, location))}\n`);
    }
    error(message, location) {
        process.stderr.write(`error: ${(0,errors/* formatLocated */.Cc)(new errors/* LockstepError */.Cj(message, location))}\n`);
    }
    async group(title, fn) {
        process.stdout.write(`\n== ${title}\n`);
        return fn();
    }
    summary(_markdown) { }
}

;// CONCATENATED MODULE: ./src/cli/main.ts



function help() {
    const width = Math.max(...commands.map(c => c.name.length));
    return [
        'lockstep: merge means deploy, for many services in many repositories',
        '',
        'usage: lockstep <command> [options]    (lockstep <command> --help for its options)',
        '',
        ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    ].join('\n');
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        process.stdout.write(`${help()}\n`);
        return name ? 0 : 2;
    }
    const entry = commands.find(c => c.name === name);
    if (!entry) {
        process.stderr.write(`error: unknown command "${name}"\n\n${help()}\n`);
        return 2;
    }
    const reporter = new ConsoleReporter();
    try {
        const wantsUsage = rest.includes('--help') || rest.includes('-h');
        const [command] = await Promise.all([entry.load(), wantsUsage ? undefined : entry.prepare?.(rest)]);
        if (wantsUsage) {
            process.stdout.write(`${command.usage}\n`);
            return 0;
        }
        return await command.run(rest, reporter);
    }
    catch (caught) {
        const e = (0,errors/* loadFailure */.Lt)(caught) ?? caught;
        if (e instanceof errors/* LockstepErrors */.hz) {
            for (const err of e.errors)
                process.stderr.write(`error: ${(0,errors/* formatLocated */.Cc)(err)}\n`);
        }
        else if ((0,errors/* isLockstepError */.sq)(e)) {
            process.stderr.write(`error: ${[(0,errors/* formatLocated */.Cc)(e), ...e.details].join('\n')}\n`);
        }
        else {
            process.stderr.write(`error: unexpected: ${e?.message ?? String(e)}\n`);
            if (process.env.LOCKSTEP_DEBUG)
                process.stderr.write(`${e?.stack}\n`);
        }
        return 1;
    }
}
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});

