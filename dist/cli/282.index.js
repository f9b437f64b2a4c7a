export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeploymentsStateStore: () => (/* binding */ DeploymentsStateStore)
});

// UNUSED EXPORTS: DEPLOYMENTS_LEASE, DEPLOY_TASK, LOCK_TASK, deploymentsEnvironment, jobKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/lock.ts
var rollout_lock = __webpack_require__(8458);
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
/**
 * A deployment's statuses newest first (GitHub's order), page by page, until `enough` says
 * the statuses read so far answer the question: a long history costs what the answer needs,
 * not one request per 100 statuses ever posted.
 */
async function readDeploymentStatuses(client, github, deploymentId, options) {
    const read = [];
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...split(github),
        deployment_id: deploymentId,
        per_page: options.perPage,
    });
    for await (const { data } of pages) {
        read.push(...data);
        if (options.enough(read))
            break;
    }
    return read;
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

// EXTERNAL MODULE: ./src/adapters/state/store.ts
var store = __webpack_require__(1611);
;// CONCATENATED MODULE: ./src/adapters/state/deployments.ts






/** Deployments Lockstep creates, one per version (or rollback) and environment. */
const DEPLOY_TASK = 'lockstep:deploy';
/** One deployment per environment whose statuses are the environment's hold. */
const LOCK_TASK = 'lockstep:lock';
/** Applied versions a payload remembers for a later rollback. */
const REMEMBERED_VERSIONS = 50;
/**
 * One status per step, written once the deployer accepted it: `step 2/4 api@abc1234 started #1
 * codebuild:<build id>`. Each status says everything about where the version stands: a step
 * starts only after every earlier step of its version finished, so "step 2 started" also
 * records that step 1 finished, and `version 4 reached` that the last one did. A run reads the
 * newest status, not the history.
 */
const STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (started|failed|cancelled) #(\d+)(?: ([a-z]+):(\S+))?$/;
const COMPLETE_STATUS = /^(version \d+ reached|rolled back to version \d+)$/;
/** The statuses Lockstep wrote before one status per step (three per step): still read, the slow way. */
const OLD_STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (?:starting #(\d+)|started(?: ([a-z]+):(\S+))?|(finished)|(failed))$/;
/**
 * The hold is the statuses of the environment's lock deployment, and what they mean is decided
 * by reading them in the order GitHub gives them ids, so every run that reads them agrees on
 * one holder whatever order their requests interleave in (GitHub has no compare-and-swap):
 *
 * - `lock <token> <lease end, epoch seconds> <job key> <attempt|-> <run|-> <holder>` takes the
 *   environment when nobody holds it (of two runs that post at once, the earlier status wins,
 *   the later is ignored), and gives the hold's details after a takeover of its token;
 * - `renew <token> until <end>` extends the hold while `<token>` holds it, and is ignored
 *   otherwise: a renewal that lands after its hold was broken never takes it back;
 * - `inactive` `hold <token> until <end> broken|taken over by <new token> until <new end>`
 *   passes the hold to `<new token>` only if `<token>` holds it at that point with that very
 *   lease end (a renewal in between changes the end) and, for `broken`, only if GitHub's own
 *   clock (`created_at`) is past that end. So of two runs that break one stale hold, the first
 *   takeover wins and the second names a hold that is no longer current: it loses;
 * - `inactive` `released <token>` (or any other `inactive`) ends the hold. Only a holder whose
 *   lease provably runs posts it, so no other run's hold can stand before it: readers read
 *   newest first back to the newest such status and no further.
 */
const LOCK_STATUS = /^lock ([0-9a-f-]{36}) (\d+) ([0-9a-f]{8}) (\d+|-) (\S+) (after:(?:\d+|-)|over) (.*)$/;
/** Holds Lockstep wrote before the `after:`/`over` basis: taken whenever nobody held the environment. */
const BASISLESS_LOCK_STATUS = /^lock ([0-9a-f-]{36}) (\d+) ([0-9a-f]{8}) (\d+|-) (\S+) (.*)$/;
const RENEW_STATUS = /^renew ([0-9a-f-]{36}) until (\d+)$/;
const TAKEOVER_STATUS = /^hold (\S+) until (\d+) (broken|taken over) by ([0-9a-f-]{36}) until (\d+)$/;
/** Lockstep's holds before leases: `lock <run|-> <holder>`, read as lasting one lease from when it was taken. */
const OLD_LOCK_STATUS = /^lock (\S+) (.*)$/;
/**
 * The Deployments store's lease: every renewal costs a read and a status, so it is renewed
 * every 2.5 minutes and a holder that died can be broken 10 minutes after its last renewal.
 */
const DEPLOYMENTS_LEASE = (0,rollout_lock/* leaseOf */.m8)(10 * 60_000);
/** Runners' clocks differ: a lease counts as provably ours until this long before its end. */
const CLOCK_SKEW_MS = 60_000;
/** Statuses read per request: the newest Lockstep status is nearly always the first. */
const STATUS_PAGE = 10;
/** The GitHub environment Lockstep's deployments for `environment` go to (see DeploymentsStateStore). */
function deploymentsEnvironment(environment) {
    return `${environment} (lockstep)`;
}
/**
 * The state in GitHub's Deployments API, so "what is deployed where" shows in GitHub's UI:
 * a deployment per version and environment (payload: the version's repositories and steps,
 * and a snapshot of the state before it), one status per step, `success` when the version is
 * reached.
 *
 * The deployments go to their own GitHub environment, `<environment> (lockstep)` by default:
 * a job that declares `environment: staging` makes GitHub create a deployment of its own in
 * `staging`, and its `success` status marks every earlier successful deployment of
 * `staging` inactive (GitHub's auto-inactivation applies to all prior non-transient,
 * non-production deployments of the environment) — Lockstep's version would vanish from
 * the UI after the next run. In their own environment, only Lockstep's own `success`
 * statuses inactivate Lockstep's older versions, which is what the UI should show.
 *
 * Cost: reading the state is the newest deployment, its newest statuses and the hold's
 * newest statuses, whatever the history; writing is one status per step, plus a deployment
 * and a `success` per version.
 */
class DeploymentsStateStore extends store/* EventStateStore */.X {
    client;
    repository;
    ref;
    current;
    lockDeployment;
    githubEnvironment;
    /** Set when the state was found under the environment's own name (deployments of Lockstep before it had its own environment). */
    legacy;
    /**
     * Until when this run provably holds the environment: nobody may break a hold before its
     * lease ends, so until then a step's status is written without reading the hold first.
     */
    confirmedUntil = 0;
    /** The newest release the last read of the hold went back to (its status id; `-`: none): a hold taken as free names it. */
    freeSince = '-';
    constructor(environment, client, 
    /** `owner/repo` of the release repository. */
    repository, 
    /** The commit the deployments point at (the release repository's `GITHUB_SHA`). */
    ref, options = {}) {
        super(environment, options.lease ?? DEPLOYMENTS_LEASE, options.clock);
        this.client = client;
        this.repository = repository;
        this.ref = ref;
        this.githubEnvironment = options.githubEnvironment || deploymentsEnvironment(environment);
    }
    async load() {
        // The hold first: a run that takes the environment as free since the release it read knows
        // that nobody held it after that release, so the state read next is everything written.
        const lock = await this.readLock();
        let state = (0,rollout_state/* emptyState */.p$)(this.environment);
        let [latest] = await listDeployments(this.client, this.repository, this.githubEnvironment, DEPLOY_TASK, 1);
        this.legacy = undefined;
        if (!latest && this.githubEnvironment !== this.environment) {
            [latest] = await listDeployments(this.client, this.repository, this.environment, DEPLOY_TASK, 1);
            if (latest)
                this.legacy = this.environment;
        }
        const payload = latest ? asPayload(latest, this.repository, this.legacy ?? this.githubEnvironment) : undefined;
        this.current = undefined;
        if (latest && payload) {
            this.current = { id: latest.id, payload };
            state = { ...state, ...(payload.base.version !== undefined ? { version: payload.base.version } : {}), deployed: { ...payload.base.deployed }, versions: payload.base.versions };
            for (const event of await this.events(latest.id, payload))
                state = (0,rollout_state/* reduce */.TS)(state, event);
        }
        if (lock)
            state.lock = lock;
        else
            delete state.lock;
        this.state = state;
        return state;
    }
    /** A job is known by a short key in the hold's status (a matrix `hold-key` can be long). */
    async acquire(holder, options) {
        const state = await super.acquire({ ...holder, job: jobKey(holder.job) }, options);
        if (this.legacy) {
            options.reporter.info(`continuing from the deployments of environment "${this.legacy}"; new versions are recorded in "${this.githubEnvironment}", apart from the deployment GitHub records for the job's own environment`);
        }
        return state;
    }
    /** The events the deployment's statuses stand for: from its newest Lockstep status, or (statuses of older Lockstep versions) from all of them. */
    async events(id, payload) {
        const lockstep = (s) => STEP_STATUS.test(s.description ?? '') || OLD_STEP_STATUS.test(s.description ?? '') || (s.state === 'success' && COMPLETE_STATUS.test(s.description ?? ''));
        const newest = (await readDeploymentStatuses(this.client, this.repository, id, { perPage: STATUS_PAGE, enough: read => read.some(lockstep) })).find(lockstep);
        if (!newest)
            return [beginEvent(payload)];
        const events = fromNewest(payload, newest);
        if (events)
            return events;
        return replay(payload, await listDeploymentStatuses(this.client, this.repository, id));
    }
    async readLock() {
        this.lockDeployment = await this.findLockDeployment();
        this.freeSince = '-';
        if (this.lockDeployment === undefined)
            return undefined;
        const { hold, since } = await this.readHold(this.lockDeployment);
        this.freeSince = since;
        return hold;
    }
    /**
     * The environment's lock deployment. Two first runs may each create one; everybody uses the
     * oldest, so they contend on the same statuses (an environment has one, or a few).
     */
    async findLockDeployment() {
        const found = await listDeployments(this.client, this.repository, this.githubEnvironment, LOCK_TASK, 100);
        return found.length === 0 ? undefined : Math.min(...found.map(d => d.id));
    }
    /** The hold as the statuses since the newest release say: read newest first until one releases. */
    async readHold(id) {
        const read = await readDeploymentStatuses(this.client, this.repository, id, { perPage: STATUS_PAGE, enough: r => r.some(endsEveryHold) });
        return currentHold(read, this.lease);
    }
    async currentHold(id) {
        return (await this.readHold(id)).hold;
    }
    /** Whether the lease this run last saw confirmed is provably running: nobody may break it before it ends. */
    leaseRuns() {
        return this.clock() < this.confirmedUntil - CLOCK_SKEW_MS;
    }
    /**
     * Throws HoldLost when this run's hold was broken. Free while the lease this run last saw
     * confirmed runs; otherwise (the run stalled past its renewals) a renewal, which fails when
     * someone broke the hold meanwhile — reading that it is still ours would not do: it could
     * be broken between that read and the step.
     */
    async ensureHeld() {
        if (!this.token || this.lockDeployment === undefined || this.leaseRuns())
            return;
        await this.renewHold(new Date(this.clock() + this.lease.ttlMs).toISOString());
    }
    /** Posts a renewal, then reads the hold back: only a renewal that landed while the hold was this run's counts. */
    async renewHold(expires) {
        if (this.lockDeployment === undefined || !this.token)
            throw this.lostHold(undefined);
        await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'in_progress', description: `renew ${this.token} until ${epochSeconds(expires)}`, auto_inactive: false });
        const hold = await this.currentHold(this.lockDeployment);
        if (hold?.token !== this.token)
            throw this.lostHold(hold);
        this.confirmedUntil = Date.parse(hold.expires);
    }
    async persist(event, next) {
        const before = this.state;
        if (event.type !== 'lock' && event.type !== 'renew' && event.type !== 'unlock')
            await this.ensureHeld();
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
                    environment: this.githubEnvironment,
                    task: DEPLOY_TASK,
                    payload: payload,
                    description: `${what}: ${event.steps.length} step${event.steps.length === 1 ? '' : 's'}`,
                });
                this.current = { id: d.id, payload };
                return;
            }
            case 'starting':
                // Written with the step's first status, once the deployer accepted it.
                return;
            case 'started': {
                const label = `${stepLabel(event.step)} started #${attemptOf(next, event.step)}`;
                const withRef = event.ref ? `${label} ${event.ref.deployer}:${event.ref.id}` : label;
                // A reference too long for a status cannot be kept: the step then cannot be re-attached.
                return this.status('in_progress', withRef.length <= DESCRIPTION_MAX ? withRef : label, event.ref?.url);
            }
            case 'finished':
                // Said by what comes next: the next step's status, the version's `success`.
                return;
            case 'failed':
                return this.status('failure', `${stepLabel(event.step)} failed #${attemptOf(next, event.step)}`, event.url);
            case 'cancelled':
                return this.status('error', `${stepLabel(event.step)} cancelled #${attemptOf(next, event.step)}`, event.url);
            case 'complete':
                return this.status('success', event.kind === 'rollback' ? `rolled back to version ${event.version}` : `version ${event.version} reached`);
            case 'lock':
                return this.takeLock(event.lock);
            case 'renew':
                return this.renewHold(event.expires);
            case 'unlock': {
                if (this.lockDeployment === undefined || event.token !== this.token)
                    return;
                // A release ends whatever hold stands before it (readers stop there): it is posted only
                // while this run's lease provably runs. A run whose lease lapsed renews first, which
                // fails when its hold was broken meanwhile: the new holder's hold is then left alone.
                if (!this.leaseRuns()) {
                    try {
                        await this.renewHold(new Date(this.clock() + this.lease.ttlMs).toISOString());
                    }
                    catch (e) {
                        if (e instanceof rollout_lock/* HoldLost */.oc)
                            return;
                        throw e;
                    }
                }
                await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: `released ${event.token}`, auto_inactive: false });
                this.confirmedUntil = 0;
                return;
            }
        }
    }
    async postHold(lock, basis) {
        await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'in_progress', description: lockDescription(lock, basis), auto_inactive: false });
    }
    async status(state, description, logUrl) {
        if (!this.current)
            throw new Error('no deployment to record a status on');
        await createDeploymentStatus(this.client, this.repository, this.current.id, { state, description, ...(logUrl ? { log_url: logUrl } : {}) });
    }
    /**
     * Posts the hold on the environment's lock deployment (after a takeover of the hold the job
     * decided to take: a stale one broken, or an earlier attempt's), then reads it back: the
     * statuses decide one winner (see LOCK_STATUS) and every other run refuses to start.
     */
    async takeLock(lock) {
        const previous = this.state?.lock;
        if (this.lockDeployment === undefined) {
            const d = await createDeployment(this.client, this.repository, {
                ref: this.ref,
                environment: this.githubEnvironment,
                task: LOCK_TASK,
                payload: { lockstep: 1 },
                description: `Lockstep hold on ${this.environment}`,
            });
            this.lockDeployment = (await this.findLockDeployment()) ?? d.id;
        }
        else if (previous) {
            await createDeploymentStatus(this.client, this.repository, this.lockDeployment, {
                state: 'inactive',
                description: `hold ${previous.token} until ${epochSeconds(previous.expires)} ${takeoverKind(previous, lock)} by ${lock.token} until ${epochSeconds(lock.expires)}`,
                auto_inactive: false,
            });
        }
        await this.postHold(lock, previous ? 'over' : `after:${this.freeSince}`);
        const hold = await this.currentHold(this.lockDeployment);
        if (hold?.token !== lock.token) {
            // Never held: nothing of this run's is renewed or released.
            this.token = undefined;
            if (previous && hold?.token === previous.token) {
                throw new errors/* LockstepError */.Cj(`environment "${this.environment}" is still held by ${hold.holder}: its hold was renewed before this run's takeover reached GitHub${takeoverKind(previous, lock) === 'broken' ? ", or its lease had not yet ended by GitHub's clock" : ''}; refusing to start a second rollout`, {}, ['Nothing was deployed. If that run is gone, try again once its lease ran out.']);
            }
            if (!hold) {
                throw new errors/* LockstepError */.Cj(`environment "${this.environment}" was taken and released by another run while this run was taking it; refusing to deploy from the state read before that`, {}, ['Nothing was deployed. Run again: the next run reads the state that run left.']);
            }
            throw new errors/* LockstepError */.Cj(`environment "${this.environment}" was taken by ${hold.holder} at the same moment; refusing to start a second rollout`);
        }
        this.confirmedUntil = Date.parse(hold.expires);
    }
}
function takeoverKind(previous, lock) {
    return (0,rollout_lock/* isLaterAttempt */._B)(previous, lock) ? 'taken over' : 'broken';
}
function epochSeconds(iso) {
    return Math.ceil(Date.parse(iso) / 1000);
}
/** Eight hex digits of the job's identity: enough to tell the jobs that contend for one environment apart. */
function jobKey(job) {
    return /^[0-9a-f]{8}$/.test(job) ? job : (0,external_node_crypto_.createHash)('sha256').update(job).digest('hex').slice(0, 8);
}
function lockDescription(lock, basis) {
    const end = epochSeconds(lock.expires);
    const head = `lock ${lock.token} ${end} ${jobKey(lock.job)} ${lock.attempt ?? '-'}`;
    // A run too long to fit is left out: that hold is then never taken over by a later attempt, only broken once stale.
    const run = lock.run && `${head} ${lock.run} ${basis} `.length < DESCRIPTION_MAX ? lock.run : '-';
    return `${head} ${run} ${basis} ${lock.holder}`.slice(0, DESCRIPTION_MAX);
}
function stepLabel(step) {
    return `step ${step.index}/${step.total} ${step.repository}@${step.commit.slice(0, 7)}`;
}
function sameSteps(a, b) {
    return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}
/** What is wrong with a deployment's payload as Lockstep's record of a version; empty when nothing is. */
function payloadProblems(p) {
    const payload = p;
    if (!payload || typeof payload !== 'object' || payload.lockstep !== 1)
        return ['it has no "lockstep": 1'];
    const problems = [];
    const commit = (c) => typeof c === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(c);
    if (payload.kind !== 'deploy' && payload.kind !== 'rollback')
        problems.push('kind: must be deploy or rollback');
    if (!Number.isInteger(payload.version) || payload.version < 1)
        problems.push('version: must be a positive integer');
    if (!Array.isArray(payload.steps) || !payload.steps.every(s => s && typeof s.repository === 'string' && commit(s.commit)))
        problems.push('steps: must be a list of {repository, commit}');
    if (!payload.repositories || typeof payload.repositories !== 'object' || !Object.values(payload.repositories).every(commit))
        problems.push('repositories: must map repositories to commits');
    const base = payload.base;
    if (!base || typeof base !== 'object')
        problems.push('base: missing');
    else {
        if (base.version !== undefined && !Number.isInteger(base.version))
            problems.push('base.version: must be an integer');
        if (!base.deployed || typeof base.deployed !== 'object' || !Object.values(base.deployed).every(commit))
            problems.push('base.deployed: must map repositories to commits');
        if (!Array.isArray(base.versions))
            problems.push('base.versions: must be a list');
    }
    return problems;
}
/**
 * The payload of a `lockstep:deploy` deployment. One that is not Lockstep's record (someone
 * else's deployment with Lockstep's task, a hand-made one) is an error naming it: read as "nothing
 * deployed yet", it would redeploy everything.
 */
function asPayload(d, repository, environment) {
    let p = d.payload;
    const problem = (details) => new errors/* LockstepError */.Cj(`deployment ${d.id} of ${repository} in environment "${environment}" (task ${DEPLOY_TASK}) is not a Lockstep record of a version; refusing to deploy over it`, {}, [
        ...details,
        `Delete it (set it inactive first) if it was not made by Lockstep, or restore it; nothing was deployed.`,
    ]);
    if (typeof p === 'string') {
        try {
            p = JSON.parse(p);
        }
        catch {
            throw problem(['its payload is not JSON']);
        }
    }
    const problems = payloadProblems(p);
    if (problems.length > 0)
        throw problem(problems.map(x => `payload ${x}`));
    return p;
}
function beginEvent(payload) {
    return { type: 'begin-version', kind: payload.kind, version: payload.version, repositories: payload.repositories, steps: payload.steps };
}
function plannedStep(payload, index) {
    const s = payload.steps[index - 1];
    return { kind: payload.kind, version: payload.version, index, total: payload.steps.length, repository: s.repository, commit: s.commit };
}
/** The attempt number the state gives the step's latest record. */
function attemptOf(state, step) {
    return (0,rollout_state/* lastAttempt */.mh)(state, step)?.attempt ?? 1;
}
/**
 * The events one self-describing status stands for (see STEP_STATUS); undefined for a status
 * in the older format, whose meaning depends on the statuses before it.
 */
function fromNewest(payload, status) {
    const text = status.description ?? '';
    const at = status.created_at;
    const events = [beginEvent(payload)];
    const finishedUpTo = (last) => {
        for (let i = 1; i <= last; i++)
            events.push({ type: 'finished', step: plannedStep(payload, i), at });
    };
    if (status.state === 'success' && COMPLETE_STATUS.test(text)) {
        finishedUpTo(payload.steps.length);
        events.push({ type: 'complete', kind: payload.kind, version: payload.version });
        return events;
    }
    const m = STEP_STATUS.exec(text);
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const planned = payload.steps[index - 1];
    // A status that does not match the payload's steps is not Lockstep's record of them: read everything.
    if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4]))
        return undefined;
    finishedUpTo(index - 1);
    const step = plannedStep(payload, index);
    events.push({ type: 'starting', step, attempt: Number(m[6]), at });
    const url = status.log_url ? { url: status.log_url } : {};
    if (m[5] === 'failed')
        events.push({ type: 'failed', step, at, ...url });
    else
        events.push({ type: 'started', step, at, ...(m[7] ? { ref: { deployer: m[7], id: m[8], ...url } } : {}) });
    return events;
}
/** The events a deployment's statuses in Lockstep's older format (three per step) stand for, oldest first. */
function replay(payload, statuses) {
    const events = [beginEvent(payload)];
    for (const s of statuses) {
        const text = s.description ?? '';
        if (s.state === 'success' && COMPLETE_STATUS.test(text)) {
            events.push({ type: 'complete', kind: payload.kind, version: payload.version });
            continue;
        }
        const m = OLD_STEP_STATUS.exec(text);
        if (!m)
            continue;
        const index = Number(m[1]);
        const planned = payload.steps[index - 1];
        if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4]))
            continue;
        const step = plannedStep(payload, index);
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
/** A status after which no earlier hold stands: a release, or a takeover in Lockstep's older format (`taken over by <holder>`). */
function endsEveryHold(s) {
    return s.state === 'inactive' && !TAKEOVER_STATUS.test(s.description ?? '');
}
/**
 * The hold the lock statuses describe (see LOCK_STATUS): those since the newest release,
 * applied in the order of their ids; `since`, that release's id (`-`: there is none).
 */
function currentHold(newestFirst, lease) {
    // A page read while a status was posted repeats one of the page before.
    const unique = [...new Map(newestFirst.map(s => [s.id, s])).values()].sort((a, b) => b.id - a.id);
    const release = unique.findIndex(endsEveryHold);
    const since = release === -1 ? '-' : String(unique[release].id);
    let hold;
    for (const s of (release === -1 ? unique : unique.slice(0, release)).reverse())
        hold = afterStatus(hold, s, since, lease);
    return hold ? { hold, since } : { since };
}
const fromEpoch = (seconds) => new Date(Number(seconds) * 1000).toISOString();
/** The hold after one more lock status, given the hold before it and the release the statuses are read from. */
function afterStatus(hold, s, since, lease) {
    const text = s.description ?? '';
    if (s.state === 'inactive') {
        const m = TAKEOVER_STATUS.exec(text);
        // A takeover of a hold that no longer stands (another run took it first), or of a lease its holder renewed since the taker read it: ignored.
        if (!m || !hold || hold.token !== m[1] || epochSeconds(hold.expires) !== Number(m[2]))
            return hold;
        // Broken before its lease ended by GitHub's clock (the breaker's clock runs ahead): ignored.
        if (m[3] === 'broken' && Date.parse(s.created_at) < Number(m[2]) * 1000)
            return hold;
        // Its new holder's details follow in its `lock ... over` status.
        return { holder: `the run that took over from ${hold.holder}`, job: '', token: m[4], since: s.created_at, expires: fromEpoch(m[5]) };
    }
    if (s.state !== 'in_progress')
        return hold;
    const m = LOCK_STATUS.exec(text);
    const basisless = m ? undefined : BASISLESS_LOCK_STATUS.exec(text);
    const fields = m ?? basisless;
    if (fields) {
        const holder = m ? m[7] : fields[6];
        const details = { holder, job: fields[3], ...(fields[5] !== '-' ? { run: fields[5] } : {}), ...(fields[4] !== '-' ? { attempt: Number(fields[4]) } : {}), token: fields[1], since: s.created_at, expires: fromEpoch(fields[2]) };
        if (hold) {
            // The details of the hold just taken over (or a renewal in Lockstep's format before `renew`); anybody else's: ignored.
            return hold.token === fields[1] ? { ...details, since: hold.since } : hold;
        }
        // Taken as free: only by a run that read back to this very release, so that nobody held the
        // environment between what it read and its hold. `over` follows a takeover, which lost if the hold is free.
        if (basisless || m[6] === `after:${since}`)
            return details;
        return undefined;
    }
    const renewal = RENEW_STATUS.exec(text);
    if (renewal)
        return hold?.token === renewal[1] ? { ...hold, expires: fromEpoch(renewal[2]) } : hold;
    const old = OLD_LOCK_STATUS.exec(text);
    if (old && !hold) {
        return { holder: old[2], job: jobKey(old[2]), ...(old[1] !== '-' ? { run: old[1] } : {}), token: `${s.id}`, since: s.created_at, expires: new Date(Date.parse(s.created_at) + lease.ttlMs).toISOString() };
    }
    return hold;
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


/***/ }),

/***/ 8458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ newLock),
/* harmony export */   D0: () => (/* binding */ DEFAULT_LEASE),
/* harmony export */   _B: () => (/* binding */ isLaterAttempt),
/* harmony export */   il: () => (/* binding */ decideLock),
/* harmony export */   m8: () => (/* binding */ leaseOf),
/* harmony export */   oc: () => (/* binding */ HoldLost)
/* harmony export */ });
/* unused harmony export isStale */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Renewed four times per lease: a holder misses three renewals in a row before its hold can be broken. */
function leaseOf(ttlMs) {
    return { ttlMs, renewMs: Math.max(250, Math.floor(ttlMs / 4)) };
}
const DEFAULT_LEASE = leaseOf(120_000);
function newLock(holder, token, now, lease) {
    return {
        holder: holder.name,
        job: holder.job,
        ...(holder.run ? { run: holder.run } : {}),
        ...(holder.attempt !== undefined ? { attempt: holder.attempt } : {}),
        token,
        since: now.toISOString(),
        expires: new Date(now.getTime() + lease.ttlMs).toISOString(),
    };
}
/** A hold is stale when its lease ran out: its holder stopped renewing it (it died or lost its runner). */
function isStale(lock, now) {
    const expires = Date.parse(lock.expires);
    return !Number.isFinite(expires) || expires < now.getTime();
}
/** Whether `holder` is a later attempt of the workflow run that holds `lock` (which is then over: GitHub never runs two attempts of one run at once). */
function isLaterAttempt(lock, holder) {
    return !!holder.run && lock.run === holder.run && holder.attempt !== undefined && lock.attempt !== undefined && lock.attempt < holder.attempt;
}
/**
 * Whether `holder` may take the environment given the hold the state records. A live hold
 * always refuses (two jobs must never both deploy), `break-lock` included: only a hold whose
 * lease ran out can be broken. A later attempt of the same workflow run takes over, since
 * GitHub never runs two attempts of one run at once and the earlier one is over.
 *
 * The same job seen holding the environment is refused too: it is a sibling matrix job
 * without its own `hold-key`, or an earlier step of this job that died holding it (its hold
 * goes stale within one lease).
 */
function decideLock(environment, lock, holder, options) {
    if (!lock)
        return { take: true };
    const { breakLock, now } = options;
    if (isLaterAttempt(lock, holder)) {
        return { take: true, warning: `taking over environment "${environment}" from an earlier attempt of this run (${lock.holder}, since ${lock.since})` };
    }
    const stale = isStale(lock, now);
    if (stale && breakLock) {
        return { take: true, warning: `breaking the stale hold of ${lock.holder} on environment "${environment}" (since ${lock.since}; its lease ran out at ${lock.expires})` };
    }
    const sameJob = lock.job === holder.job
        ? ['This job itself is named as the holder: in a matrix, give each job its own `hold-key` (e.g. `hold-key: ${{ strategy.job-index }}`).']
        : [];
    if (stale) {
        return {
            take: false,
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`environment "${environment}" is held by ${lock.holder} since ${lock.since}; its lease ran out at ${lock.expires} (the holder stopped renewing it)`, {}, [...sameJob, 'If that run is gone (cancelled, runner lost), take the stale hold with the input `break-lock: true` (CLI: `lockstep apply --break-lock`).']),
        };
    }
    return {
        take: false,
        error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`environment "${environment}" is held by ${lock.holder} since ${lock.since}; refusing to start a second rollout${breakLock ? ' (break-lock takes only a stale hold: this one is renewed' : ' (the hold is renewed'} while its holder runs; its lease runs to ${lock.expires})`, {}, [
            ...sameJob,
            'Wait for that run to finish (give the workflow job a `concurrency: { group: lockstep-<environment>, cancel-in-progress: false }`',
            'so GitHub queues runs instead). A holder that died stops renewing its hold: once its lease ran out, `break-lock: true`',
            '(CLI: `lockstep apply --break-lock`) takes it.',
        ]),
    };
}
/** The hold changed hands while this run was running: it stops before its next step and writes nothing more. */
class HoldLost extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj {
    constructor(environment, now) {
        super(now
            ? `lost the hold on environment "${environment}": ${now.holder} took it at ${now.since}; stopping before the next step, leaving the state to its new holder`
            : `lost the hold on environment "${environment}": it was released by someone else; stopping before the next step`, {}, ["This run's lease ran out before it could renew it (a stalled runner?) and another run broke it. Re-run once that run is done."]);
        this.name = 'HoldLost';
    }
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ reduce),
/* harmony export */   gY: () => (/* binding */ appliedVersion),
/* harmony export */   m0: () => (/* binding */ possibleCommits),
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
    const next = {
        ...state,
        deployed: { ...state.deployed },
        uncertain: Object.fromEntries(Object.entries(state.uncertain ?? {}).map(([r, c]) => [r, [...c]])),
        versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })),
        records: [...state.records],
    };
    const tidy = (n) => {
        if (Object.keys(n.uncertain).length === 0)
            delete n.uncertain;
        return n;
    };
    switch (event.type) {
        case 'begin-version': {
            if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
                // A version number whose content changed (written again after a revert) starts over.
                next.versions = next.versions.filter(v => v.version !== event.version);
                next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
            }
            return tidy(next);
        }
        case 'starting':
            next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
            // From here on the deployer may change the environment, whatever this run later learns.
            possiblyAt(next, event.step);
            return tidy(next);
        case 'started': {
            const i = lastIndex(next, event.step);
            const ref = event.ref ? { ref: event.ref } : {};
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
            else
                next.records[i] = { ...next.records[i], status: 'started', ...ref };
            possiblyAt(next, event.step);
            return tidy(next);
        }
        case 'finished':
        case 'failed':
        case 'cancelled': {
            const i = lastIndex(next, event.step);
            const status = event.type;
            const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) };
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
            else
                next.records[i] = { ...next.records[i], ...done };
            if (status === 'finished') {
                next.deployed[event.step.repository] = event.step.commit;
                delete next.uncertain[event.step.repository];
                if (event.step.kind === 'deploy') {
                    const v = [...next.versions].reverse().find(a => a.version === event.step.version);
                    if (v && !v.finished.includes(event.step.index))
                        v.finished.push(event.step.index);
                }
            }
            else {
                // A failed or cancelled deploy may have gone out before it failed.
                possiblyAt(next, event.step);
            }
            return tidy(next);
        }
        case 'complete':
            next.version = event.version;
            // A rollback undoes every newer version: they no longer count as applied.
            if (event.kind === 'rollback')
                next.versions = next.versions.filter(v => v.version <= event.version);
            return tidy(next);
        case 'lock':
            next.lock = { ...event.lock };
            return tidy(next);
        case 'renew':
            if (next.lock?.token === event.token)
                next.lock = { ...next.lock, expires: event.expires };
            return tidy(next);
        case 'unlock':
            if (next.lock?.token === event.token)
                delete next.lock;
            return tidy(next);
    }
}
function possiblyAt(state, step) {
    const { repository, commit } = step;
    if (state.deployed[repository] === commit && !state.uncertain[repository])
        return;
    const list = (state.uncertain[repository] ??= []);
    if (!list.includes(commit))
        list.push(commit);
}
/** The commits a repository may be live at: the proven one (if any) and every uncertain one. */
function possibleCommits(state, repository) {
    const proven = state.deployed[repository];
    const maybe = state.uncertain?.[repository] ?? [];
    return [...(proven !== undefined ? [proven] : []), ...maybe.filter(c => c !== proven)];
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
