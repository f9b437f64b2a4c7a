export const id = 846;
export const ids = [846];
export const modules = {

/***/ 3846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileStateStore: () => (/* binding */ FileStateStore)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9389);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7289);







const FORMAT = 'lockstep-state/1';
/**
 * The state as a JSON file holding every environment, rewritten atomically after every
 * event: readers see the state before a step or after it, never half of it. The default for
 * the CLI and for tests.
 */
class FileStateStore extends _store_js__WEBPACK_IMPORTED_MODULE_5__/* .EventStateStore */ .X {
    path;
    display;
    constructor(environment, path, 
    /** The path as messages show it. */
    display = path) {
        super(environment);
        this.path = path;
        this.display = display;
    }
    async readAll() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.path, 'utf8');
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`state file is not valid JSON: ${e.message}`, { file: this.display });
        }
        const file = data;
        if (file?.format !== FORMAT || typeof file.environments !== 'object' || file.environments === null) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`not a Lockstep state file (expected "format": "${FORMAT}")`, { file: this.display });
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.path), { recursive: true });
        for (let tries = 0;; tries++) {
            try {
                await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(guard, 'wx')).close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                // A guard older than a few seconds belongs to a process that died holding it.
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then(s => Date.now() - s.mtimeMs, () => 0);
                if (age > 10_000)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
                else if (tries > 400)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`could not take ${this.display}.lock; remove it if no other lockstep process is running`, { file: this.display });
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        }
    }
    async load() {
        const all = await this.readAll();
        this.state = all.environments[this.environment] ?? (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyState */ .p$)(this.environment);
        return this.state;
    }
    persist(_event, next) {
        // Re-read under the guard so that another environment's progress in the same file is kept.
        return this.guarded(async () => {
            const all = await this.readAll();
            all.environments[this.environment] = next;
            await (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(this.path, `${JSON.stringify(all, null, 2)}\n`);
        });
    }
}


/***/ }),

/***/ 7289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ EventStateStore)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/rollout/lock.ts

/**
 * Whether `holder` may take the environment given the lock the state records. Another
 * holder's lock refuses the run (two runs must never interleave) unless it is broken on
 * purpose; a later attempt of the same workflow run takes over, since GitHub never runs two
 * attempts of one run at once and the earlier one is over.
 */
function decideLock(environment, lock, holder, breakLock) {
    if (!lock)
        return { take: true };
    if (lock.holder === holder.name)
        return { take: true };
    if (holder.run && lock.run === holder.run) {
        return { take: true, warning: `taking over environment "${environment}" from an earlier attempt of this run (${lock.holder}, since ${lock.since})` };
    }
    if (breakLock)
        return { take: true, warning: `breaking the hold of ${lock.holder} (since ${lock.since}) on environment "${environment}"` };
    return {
        take: false,
        error: new errors/* LockstepError */.Cj(`environment "${environment}" is held by ${lock.holder} since ${lock.since}; refusing to start a second rollout`, {}, [
            'Wait for that run to finish (give the workflow job a `concurrency: { group: lockstep-<environment>, cancel-in-progress: false }`',
            'so GitHub queues runs instead). If that run is gone (cancelled, runner lost), break the stale hold with',
            'the input `break-lock: true` (CLI: `lockstep apply --break-lock`).',
        ]),
    };
}

// EXTERNAL MODULE: ./src/core/rollout/state.ts
var state = __webpack_require__(8);
;// CONCATENATED MODULE: ./src/adapters/state/store.ts


/**
 * The shared half of both stores: the state is the replay of events through the pure
 * `reduce`; a store only decides how an event is persisted and read back.
 */
class EventStateStore {
    environment;
    state;
    holder;
    constructor(environment) {
        this.environment = environment;
    }
    async apply(event) {
        const current = this.state ?? (await this.load());
        const next = (0,state/* reduce */.TS)(current, event);
        await this.persist(event, next);
        this.state = next;
    }
    async acquire(holder, options) {
        const state = await this.load();
        const decision = decideLock(this.environment, state.lock, holder, options.breakLock);
        if (!decision.take)
            throw decision.error;
        if (decision.warning)
            options.reporter.warning(decision.warning);
        this.holder = holder;
        await this.apply({ type: 'lock', lock: { holder: holder.name, ...(holder.run ? { run: holder.run } : {}), since: new Date().toISOString() } });
        return this.state;
    }
    async release() {
        if (!this.holder)
            return;
        await this.apply({ type: 'unlock' });
        this.holder = undefined;
    }
    async breakLock() {
        await this.load();
        await this.apply({ type: 'unlock' });
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
    complete(part) {
        return this.apply({ type: 'complete', kind: part.kind, version: part.version });
    }
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ reduce),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
/* unused harmony exports lastAttempt, appliedVersion */
function emptyState(environment) {
    return { environment, deployed: {}, versions: [], records: [] };
}
function sameSteps(a, b) {
    return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}
function sameStep(r, s) {
    return r.kind === s.kind && r.version === s.version && r.index === s.index && r.repository === s.repository && r.commit === s.commit;
}
/** The latest attempt at `step`, if any. */
function lastAttempt(state, step) {
    for (let i = state.records.length - 1; i >= 0; i--)
        if (sameStep(state.records[i], step))
            return state.records[i];
    return undefined;
}
/** The applied-version entry for a version file's content, or undefined when the content differs (a rewritten number). */
function appliedVersion(state, version, steps) {
    return state.versions.find(v => v.version === version && sameSteps(v.steps, steps));
}
/** Pure transition: the state after `event`. Never mutates its input. */
function reduce(state, event) {
    const next = { ...state, deployed: { ...state.deployed }, versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })), records: [...state.records] };
    switch (event.type) {
        case 'begin-version': {
            if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
                // A version number whose content changed (written again after a revert) starts over.
                next.versions = next.versions.filter(v => v.version !== event.version);
                next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
            }
            return next;
        }
        case 'starting':
            next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
            return next;
        case 'started': {
            const i = lastIndex(next, event.step);
            const ref = event.ref ? { ref: event.ref } : {};
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
            else
                next.records[i] = { ...next.records[i], status: 'started', ...ref };
            return next;
        }
        case 'finished':
        case 'failed': {
            const i = lastIndex(next, event.step);
            const status = event.type;
            const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) };
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
            else
                next.records[i] = { ...next.records[i], ...done };
            if (status === 'finished') {
                next.deployed[event.step.repository] = event.step.commit;
                if (event.step.kind === 'deploy') {
                    const v = [...next.versions].reverse().find(a => a.version === event.step.version);
                    if (v && !v.finished.includes(event.step.index))
                        v.finished.push(event.step.index);
                }
            }
            return next;
        }
        case 'complete':
            next.version = event.version;
            // A rollback undoes every newer version: they no longer count as applied.
            if (event.kind === 'rollback')
                next.versions = next.versions.filter(v => v.version <= event.version);
            return next;
        case 'lock':
            next.lock = { ...event.lock };
            return next;
        case 'unlock':
            delete next.lock;
            return next;
    }
}
function stepFields(s) {
    return { kind: s.kind, version: s.version, index: s.index, repository: s.repository, commit: s.commit };
}
function lastIndex(state, step) {
    for (let i = state.records.length - 1; i >= 0; i--)
        if (sameStep(state.records[i], step))
            return i;
    return -1;
}


/***/ })

};
