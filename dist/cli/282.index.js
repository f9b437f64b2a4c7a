export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeploymentsStateStore: () => (/* binding */ DeploymentsStateStore)
});

// UNUSED EXPORTS: DEPLOY_TASK, LOCK_TASK

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/state.ts
var rollout_state = __webpack_require__(8);
;// CONCATENATED MODULE: ./src/adapters/github/deployments.ts
function split(github) {
    const [owner, repo] = github.split('/');
    return { owner, repo };
}
/** GitHub's limit on a status description. */
const DESCRIPTION_MAX = 140;
async function createDeployment(client, github, options) {
    const response = await client.request('POST /repos/{owner}/{repo}/deployments', {
        ...split(github),
        ref: options.ref,
        environment: options.environment,
        task: options.task,
        payload: options.payload,
        description: options.description.slice(0, DESCRIPTION_MAX),
        // Lockstep records progress; it does not want GitHub to merge branches or wait for checks.
        auto_merge: false,
        required_contexts: [],
    });
    const data = response.data;
    if (typeof data.id !== 'number')
        throw new Error(`GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`);
    return data;
}
/** The newest deployments of `environment` for `task`, newest first. */
async function listDeployments(client, github, environment, task, perPage = 1) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/deployments', { ...split(github), environment, task, per_page: perPage });
    return data;
}
async function createDeploymentStatus(client, github, deploymentId, status) {
    const { data } = await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...split(github),
        deployment_id: deploymentId,
        state: status.state,
        description: status.description.slice(0, DESCRIPTION_MAX),
        ...(status.log_url ? { log_url: status.log_url } : {}),
        ...(status.auto_inactive === undefined ? {} : { auto_inactive: status.auto_inactive }),
    });
    return data;
}
/** Every status of a deployment, oldest first. */
async function listDeploymentStatuses(client, github, deploymentId) {
    const all = (await client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...split(github),
        deployment_id: deploymentId,
        per_page: 100,
    }));
    return all.sort((a, b) => a.id - b.id);
}

// EXTERNAL MODULE: ./src/adapters/state/store.ts + 1 modules
var store = __webpack_require__(7289);
;// CONCATENATED MODULE: ./src/adapters/state/deployments.ts




/** Deployments Lockstep creates, one per version (or rollback) and environment. */
const DEPLOY_TASK = 'lockstep:deploy';
/** One deployment per environment whose statuses are the environment's hold. */
const LOCK_TASK = 'lockstep:lock';
/** Applied versions a payload remembers for a later rollback. */
const REMEMBERED_VERSIONS = 50;
const STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (?:starting #(\d+)|started(?: ([a-z]+):(\S+))?|(finished)|(failed))$/;
const LOCK_STATUS = /^lock (\S+) (.*)$/;
/**
 * The state in GitHub's Deployments API, so "what is deployed where" shows in GitHub's UI:
 * a deployment per version and environment (payload: the version's repositories and steps,
 * and a snapshot of the state before it), a status per event ("step 2/4 api@abc1234
 * finished"), `success` when the version is reached. Reading the state back costs a few
 * requests: the newest deployment, its statuses, and the lock's.
 */
class DeploymentsStateStore extends store/* EventStateStore */.X {
    client;
    repository;
    ref;
    current;
    lockDeployment;
    constructor(environment, client, 
    /** `owner/repo` of the release repository. */
    repository, 
    /** The commit the deployments point at (the release repository's `GITHUB_SHA`). */
    ref) {
        super(environment);
        this.client = client;
        this.repository = repository;
        this.ref = ref;
    }
    async load() {
        let state = (0,rollout_state/* emptyState */.p$)(this.environment);
        const [latest] = await listDeployments(this.client, this.repository, this.environment, DEPLOY_TASK, 1);
        const payload = latest ? asPayload(latest) : undefined;
        this.current = undefined;
        if (latest && payload) {
            this.current = { id: latest.id, payload };
            state = { ...state, ...(payload.base.version !== undefined ? { version: payload.base.version } : {}), deployed: { ...payload.base.deployed }, versions: payload.base.versions };
            for (const event of replay(payload, await listDeploymentStatuses(this.client, this.repository, latest.id)))
                state = (0,rollout_state/* reduce */.TS)(state, event);
        }
        const lock = await this.readLock();
        if (lock)
            state.lock = lock;
        else
            delete state.lock;
        this.state = state;
        return state;
    }
    async readLock() {
        const [lockDeployment] = await listDeployments(this.client, this.repository, this.environment, LOCK_TASK, 1);
        this.lockDeployment = lockDeployment?.id;
        if (!lockDeployment)
            return undefined;
        return currentHold(await listDeploymentStatuses(this.client, this.repository, lockDeployment.id));
    }
    async persist(event) {
        const before = this.state;
        switch (event.type) {
            case 'begin-version': {
                const p = this.current?.payload;
                const same = p && p.kind === event.kind && p.version === event.version && sameSteps(p.steps, event.steps);
                if (same)
                    return;
                const payload = {
                    lockstep: 1,
                    kind: event.kind,
                    version: event.version,
                    repositories: event.repositories,
                    steps: event.steps,
                    base: { ...(before.version !== undefined ? { version: before.version } : {}), deployed: before.deployed, versions: before.versions.slice(-REMEMBERED_VERSIONS) },
                };
                const what = event.kind === 'rollback' ? `rollback to version ${event.version}` : `version ${event.version}`;
                const d = await createDeployment(this.client, this.repository, {
                    ref: this.ref,
                    environment: this.environment,
                    task: DEPLOY_TASK,
                    payload: payload,
                    description: `${what}: ${event.steps.length} step${event.steps.length === 1 ? '' : 's'}`,
                });
                this.current = { id: d.id, payload };
                return;
            }
            case 'starting':
                return this.status('in_progress', `${stepLabel(event.step)} starting #${event.attempt}`);
            case 'started': {
                const withRef = event.ref ? `${stepLabel(event.step)} started ${event.ref.deployer}:${event.ref.id}` : '';
                // A reference too long for a status cannot be kept: the step then cannot be re-attached.
                const description = withRef && withRef.length <= DESCRIPTION_MAX ? withRef : `${stepLabel(event.step)} started`;
                return this.status('in_progress', description, event.ref?.url);
            }
            case 'finished':
                return this.status('in_progress', `${stepLabel(event.step)} finished`, event.url);
            case 'failed':
                return this.status('failure', `${stepLabel(event.step)} failed`, event.url);
            case 'complete':
                return this.status('success', event.kind === 'rollback' ? `rolled back to version ${event.version}` : `version ${event.version} reached`);
            case 'lock':
                return this.takeLock(event.lock);
            case 'unlock': {
                if (this.lockDeployment === undefined)
                    return;
                await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: 'released', auto_inactive: false });
                return;
            }
        }
    }
    async status(state, description, logUrl) {
        if (!this.current)
            throw new Error('no deployment to record a status on');
        await createDeploymentStatus(this.client, this.repository, this.current.id, { state, description, ...(logUrl ? { log_url: logUrl } : {}) });
    }
    /**
     * Posts "held" on the environment's lock deployment, then reads the hold back: when two
     * runs post at once, the earlier status wins and the other run refuses to start.
     */
    async takeLock(lock) {
        if (this.lockDeployment === undefined) {
            const d = await createDeployment(this.client, this.repository, {
                ref: this.ref,
                environment: this.environment,
                task: LOCK_TASK,
                payload: { lockstep: 1 },
                description: `Lockstep hold on ${this.environment}`,
            });
            this.lockDeployment = d.id;
        }
        else if (this.state?.lock) {
            // The job decided to take over this hold (broken on purpose, or a later attempt of the same run).
            await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: `taken over by ${lock.holder}`.slice(0, DESCRIPTION_MAX), auto_inactive: false });
        }
        const description = lockDescription(lock);
        await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'in_progress', description, auto_inactive: false });
        const hold = currentHold(await listDeploymentStatuses(this.client, this.repository, this.lockDeployment));
        if (hold && lockDescription(hold) !== description) {
            throw new errors/* LockstepError */.Cj(`environment "${this.environment}" was taken by ${hold.holder} at the same moment; refusing to start a second rollout`);
        }
    }
}
function lockDescription(lock) {
    return `lock ${lock.run ?? '-'} ${lock.holder}`.slice(0, DESCRIPTION_MAX);
}
function stepLabel(step) {
    return `step ${step.index}/${step.total} ${step.repository}@${step.commit.slice(0, 7)}`;
}
function sameSteps(a, b) {
    return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}
function asPayload(d) {
    let p = d.payload;
    if (typeof p === 'string') {
        try {
            p = JSON.parse(p);
        }
        catch {
            return undefined;
        }
    }
    const payload = p;
    if (!payload || payload.lockstep !== 1 || !Array.isArray(payload.steps) || typeof payload.version !== 'number' || !payload.base)
        return undefined;
    return payload;
}
/** The events a deployment's statuses stand for, oldest first. */
function replay(payload, statuses) {
    const events = [{ type: 'begin-version', kind: payload.kind, version: payload.version, repositories: payload.repositories, steps: payload.steps }];
    for (const s of statuses) {
        const text = s.description ?? '';
        if (s.state === 'success' && /^(version \d+ reached|rolled back to version \d+)$/.test(text)) {
            events.push({ type: 'complete', kind: payload.kind, version: payload.version });
            continue;
        }
        const m = STEP_STATUS.exec(text);
        if (!m)
            continue;
        const index = Number(m[1]);
        const planned = payload.steps[index - 1];
        if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4]))
            continue;
        const step = { kind: payload.kind, version: payload.version, index, total: payload.steps.length, repository: planned.repository, commit: planned.commit };
        const at = s.created_at;
        if (m[5])
            events.push({ type: 'starting', step, attempt: Number(m[5]), at });
        else if (m[8])
            events.push({ type: 'finished', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
        else if (m[9])
            events.push({ type: 'failed', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
        else
            events.push({ type: 'started', step, at, ...(m[6] ? { ref: { deployer: m[6], id: m[7], ...(s.log_url ? { url: s.log_url } : {}) } } : {}) });
    }
    return events;
}
/** The hold a lock deployment's statuses describe: the first "lock" since the last release. */
function currentHold(statuses) {
    let hold;
    for (const s of statuses) {
        if (s.state === 'inactive')
            hold = undefined;
        else if (s.state === 'in_progress' && !hold) {
            const m = LOCK_STATUS.exec(s.description ?? '');
            if (m)
                hold = { holder: m[2], ...(m[1] !== '-' ? { run: m[1] } : {}), since: s.created_at };
        }
    }
    return hold;
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
/* harmony export */   gY: () => (/* binding */ appliedVersion),
/* harmony export */   mh: () => (/* binding */ lastAttempt),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
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
