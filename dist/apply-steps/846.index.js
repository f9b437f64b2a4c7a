export const id = 846;
export const ids = [846];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ createFileExclusive),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports listFiles, readFileAndMode, isSymbolicLink */
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
        s = await stat(join(root, path));
    }
    catch {
        return out;
    }
    if (!s.isDirectory())
        return [path];
    const dirs = [path];
    while (dirs.length > 0) {
        const dir = dirs.pop();
        for (const d of await readdir(join(root, dir), { withFileTypes: true })) {
            if (d.name === '.git')
                continue;
            const child = dir === '.' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                dirs.push(child);
            else if (d.isFile())
                out.push(child);
            else if (d.isSymbolicLink() && (await stat(join(root, child)).catch(() => undefined))?.isFile())
                out.push(child);
        }
    }
    return out;
}
/** A file's bytes and mode, through symbolic links. */
async function readFileAndMode(path) {
    const bytes = await readFile(path);
    const { mode } = await stat(path);
    return { bytes, mode };
}
async function isSymbolicLink(path) {
    return (await lstat(path)).isSymbolicLink();
}


/***/ }),

/***/ 3846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileStateStore: () => (/* binding */ FileStateStore)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9389);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1611);








const FORMAT = 'lockstep-state/1';
/**
 * The state as a JSON file holding every environment, rewritten atomically after every
 * event: readers see the state before a step or after it, never half of it. The default for
 * the CLI and for tests.
 */
class FileStateStore extends _store_js__WEBPACK_IMPORTED_MODULE_6__/* .EventStateStore */ .X {
    path;
    display;
    constructor(environment, path, 
    /** The path as messages show it. */
    display = path, lease) {
        super(environment, lease);
        this.path = path;
        this.display = display;
    }
    async readAll() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(this.path, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return { format: FORMAT, environments: {} };
            throw e;
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (e) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`state file is not valid JSON: ${e.message}`, { file: this.display });
        }
        const file = data;
        if (file?.format !== FORMAT) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`not a Lockstep state file (expected "format": "${FORMAT}")`, { file: this.display });
        }
        // Checked before anything is planned from it, and never rewritten when it is wrong.
        const { stateProblems } = await __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 3727));
        const problems = stateProblems(data);
        for (const [name, env] of Object.entries(file.environments ?? {})) {
            if (problems.length === 0 && env.environment !== name)
                problems.push(`environments.${name}.environment: "${env.environment}" is not the environment it is filed under`);
        }
        if (problems.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`state file does not match docs/schemas/state.schema.json: ${problems[0]}`, { file: this.display }, [...problems.slice(1, 10), ...(problems.length > 10 ? [`and ${problems.length - 10} more`] : []), 'Nothing was deployed and the file was left as it is; fix it or restore it from its history.']);
        }
        return file;
    }
    /**
     * Checking the hold and writing ours is a read and a write: two processes starting at once
     * could both see no hold. An exclusive `<file>.lock` (O_EXCL) makes the pair one step.
     */
    acquire(holder, options) {
        return this.guarded(() => super.acquire(holder, options));
    }
    guarding = false;
    /** Runs `fn` holding `<file>.lock`; re-entrant within this store (acquire persists the hold). */
    async guarded(fn) {
        if (this.guarding)
            return fn();
        const guard = `${this.path}.lock`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(this.path), { recursive: true });
        for (let tries = 0;; tries++) {
            try {
                await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(guard, 'wx')).close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                // A guard older than a few seconds belongs to a process that died holding it.
                const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(guard).catch(() => undefined);
                if (found && Date.now() - found.mtimeMs > 10_000)
                    await breakStaleGuard(guard, found);
                else if (tries > 400)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepError */ .Cj(`could not take ${this.display}.lock; remove it if no other lockstep process is running`, { file: this.display });
                else
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(25);
            }
        }
        this.guarding = true;
        try {
            return await fn();
        }
        finally {
            this.guarding = false;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(guard, { force: true });
        }
    }
    /** Every environment the file holds a state for, in the file's order. */
    async environments() {
        return Object.keys((await this.readAll()).environments);
    }
    async load() {
        const all = await this.readAll();
        this.state = all.environments[this.environment] ?? (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_7__/* .emptyState */ .p$)(this.environment);
        return this.state;
    }
    persist(event, next) {
        // Re-read under the guard so that another environment's progress in the same file is kept.
        return this.guarded(async () => {
            const all = await this.readAll();
            const stored = all.environments[this.environment]?.lock;
            if (this.token && event.type !== 'lock' && stored?.token !== this.token) {
                // Broken after our lease ran out: the state is the new holder's now; nothing of ours may land in it.
                if (event.type === 'unlock')
                    return;
                throw this.lostHold(stored);
            }
            // Every write of the holder renews its lease too: a run that stalled past its lease and
            // that nobody broke is live again before its write lands, so a breaker (who must take this
            // same guard) never takes a hold whose run goes on to deploy.
            const lock = next.lock;
            const renewed = this.token && lock?.token === this.token ? { ...next, lock: { ...lock, expires: laterOf(lock.expires, this.clock() + this.lease.ttlMs) } } : next;
            all.environments[this.environment] = renewed;
            await (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(this.path, `${JSON.stringify(all, null, 2)}\n`);
        });
    }
}
function laterOf(iso, ms) {
    return Date.parse(iso) >= ms ? iso : new Date(ms).toISOString();
}
/**
 * Removes the guard judged stale (`stale`: what stat said of it). Removing it by name could
 * remove a fresh guard that another process, which found the same stale one, made in between:
 * the guard is moved aside first, and put back unless it is the very file judged stale.
 */
async function breakStaleGuard(guard, stale) {
    const aside = `${guard}.stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(guard, aside);
    }
    catch {
        return; // already broken by someone else
    }
    const moved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(aside).catch(() => undefined);
    if (moved && (moved.ino !== stale.ino || moved.dev !== stale.dev)) {
        // Another process's fresh guard: back where it was (unless a guard exists again, which is then someone's too).
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(aside, guard).catch(() => undefined);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(aside, { force: true });
}


/***/ }),

/***/ 1611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ EventStateStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8458);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8);



/**
 * The shared half of both stores: the state is the replay of events through the pure
 * `reduce`; a store only decides how an event is persisted and read back. Events are
 * applied one at a time (a lease renewal never interleaves with a step's record).
 */
class EventStateStore {
    environment;
    lease;
    clock;
    state;
    holder;
    /** This run's hold, while it has one. */
    token;
    lost;
    queue = Promise.resolve();
    renewal;
    constructor(environment, lease = _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LEASE */ .D0, 
    /** Epoch milliseconds: the clock leases are judged by (a test gives every party one clock). */
    clock = Date.now) {
        this.environment = environment;
        this.lease = lease;
        this.clock = clock;
    }
    lostHold(now) {
        return new _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .HoldLost */ .oc(this.environment, now);
    }
    apply(event) {
        const run = async () => {
            if (this.lost)
                throw this.lost;
            const current = this.state ?? (await this.load());
            const next = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_2__/* .reduce */ .TS)(current, event);
            try {
                await this.persist(event, next);
            }
            catch (e) {
                if (e instanceof _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .HoldLost */ .oc) {
                    this.lost = e;
                    this.stopRenewing();
                }
                throw e;
            }
            this.state = next;
        };
        const done = this.queue.then(run, run);
        this.queue = done.catch(() => undefined);
        return done;
    }
    async acquire(holder, options) {
        const state = await this.load();
        const now = new Date(this.clock());
        const decision = (0,_core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .decideLock */ .il)(this.environment, state.lock, holder, { breakLock: options.breakLock, now });
        if (!decision.take)
            throw decision.error;
        await options.check?.(state);
        if (decision.warning)
            options.reporter.warning(decision.warning);
        this.holder = holder;
        this.token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        this.lost = undefined;
        await this.apply({ type: 'lock', lock: (0,_core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .newLock */ .Ai)(holder, this.token, now, this.lease) });
        this.startRenewing(options.reporter);
        return this.state;
    }
    startRenewing(reporter) {
        this.stopRenewing();
        let pending = false;
        this.renewal = setInterval(() => {
            // A renewal slower than the interval is not queued behind by another.
            if (pending)
                return;
            pending = true;
            this.renew()
                .catch(e => {
                // A lost hold is reported by the next step, which stops; anything else may heal by the next renewal.
                if (!(e instanceof _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .HoldLost */ .oc))
                    reporter.warning(`could not renew the hold on "${this.environment}": ${e.message}`);
            })
                .finally(() => (pending = false));
        }, this.lease.renewMs);
        // Renewing must not keep a finished process alive.
        this.renewal.unref();
    }
    /** Extends this run's hold by one lease from now; throws HoldLost when it is no longer this run's. */
    renew() {
        const token = this.token;
        if (!token)
            return Promise.resolve();
        return this.apply({ type: 'renew', token, expires: new Date(this.clock() + this.lease.ttlMs).toISOString() });
    }
    stopRenewing() {
        if (this.renewal)
            clearInterval(this.renewal);
        this.renewal = undefined;
    }
    async release() {
        this.stopRenewing();
        const token = this.token;
        this.holder = undefined;
        if (!token || this.lost)
            return;
        await this.apply({ type: 'unlock', token });
        this.token = undefined;
    }
    beginVersion(part) {
        return this.apply({ type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
    }
    begin(step, attempt) {
        return this.apply({ type: 'starting', step, attempt, at: new Date().toISOString() });
    }
    recordStarted(step, ref) {
        return this.apply({ type: 'started', step, ref, at: new Date().toISOString() });
    }
    recordFinished(step, url) {
        return this.apply({ type: 'finished', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
    }
    recordFailed(step, url) {
        return this.apply({ type: 'failed', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
    }
    recordCancelled(step, url) {
        return this.apply({ type: 'cancelled', step, at: new Date().toISOString(), ...(url ? { url } : {}) });
    }
    complete(part) {
        return this.apply({ type: 'complete', kind: part.kind, version: part.version });
    }
}


/***/ })

};
