export const id = 81;
export const ids = [81];
export const modules = {

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CodeBuildDeployer: () => (/* binding */ CodeBuildDeployer)
/* harmony export */ });
/* unused harmony exports STEP_ID_VARIABLE, LOOKBACK_BUILDS, buildDeadline, idempotencyToken, stepId, isTransient */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4774);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(173);
/* harmony import */ var _deployer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8764);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5045);






const FAILED = new Set(['FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']);
/** The environment variable every build Lockstep starts carries: which step (and attempt) it is. */
const STEP_ID_VARIABLE = 'LOCKSTEP_STEP_ID';
/** How many of the project's newest builds are read, before a StartBuild, to find one already started for the step. */
const LOOKBACK_BUILDS = 100;
/** BatchGetBuilds takes at most 100 ids; the newest few usually decide, so they are read first. */
const FIRST_BATCH = 10;
/**
 * CodeBuild's own limits on a build (StartBuild: `timeoutInMinutes` 5–2160, `queuedTimeoutInMinutes`
 * 5–480; defaults 60 and 480). Polling errors are retried until the build must have ended by
 * its own timeouts, plus this margin for CodeBuild to record the end.
 */
const DEFAULT_TIMEOUT_MINUTES = 60;
const DEFAULT_QUEUED_TIMEOUT_MINUTES = 480;
const END_MARGIN_MS = 10 * 60_000;
/** How long a StopBuild may take when the job is cancelled (the runner kills the job about 7.5 s after its first signal). */
const STOP_TIMEOUT_MS = 3000;
/**
 * Until when (epoch ms) errors asking about `build` are retried: it must have ended by its own
 * queue and build timeouts, counted from its start, plus a margin; never before `now` plus that margin.
 */
function buildDeadline(build, now) {
    const started = build.startTime ? build.startTime.getTime() : now;
    const minutes = (build.timeoutInMinutes ?? DEFAULT_TIMEOUT_MINUTES) + (build.queuedTimeoutInMinutes ?? DEFAULT_QUEUED_TIMEOUT_MINUTES);
    return Math.max(started + minutes * 60_000, now) + END_MARGIN_MS;
}
/**
 * Same step, same attempt, same token: if the runner dies after StartBuild was sent but
 * before the build id was recorded, the next run sends the same token and CodeBuild
 * answers with the build already started instead of starting a second one. A retry after a
 * failure is a new attempt and gets a new token. The token is only honoured for 5 minutes;
 * `findStarted` covers the time after that.
 */
function idempotencyToken(environment, step, attempt) {
    const key = [environment, step.kind, step.version, step.index, step.repository, step.commit, attempt].join('\0');
    return `lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 40)}`;
}
/** `<environment>/<kind>/<version>/<index>/<commit>/<attempt>`: one value per step attempt, readable in the CodeBuild console. */
function stepId(environment, step, attempt) {
    return [environment, step.kind, step.version, step.index, step.commit, attempt].join('/');
}
/**
 * Errors worth asking again about: CodeBuild's 5xx, throttling, and the network (no HTTP
 * answer at all). Anything else (access denied, unknown project, expired credentials) will
 * not change by waiting.
 */
function isTransient(e) {
    const err = e;
    if (!err || typeof err !== 'object')
        return false;
    const status = err.$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (err.$retryable)
        return true;
    if (/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|ServiceUnavailable|InternalFailure|InternalServerError|RequestTimeout|TimeoutError/i.test(err.name ?? ''))
        return true;
    // No HTTP answer at all: the connection was refused, reset or timed out (the SDK wraps these,
    // e.g. "AWS SDK error wrapper for TimeoutError: socket hang up").
    const network = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|socket hang up|TimeoutError)\b/;
    if (status === undefined && !err.$fault && (network.test(err.code ?? '') || network.test(err.message ?? '')))
        return true;
    return false;
}
function reason(e) {
    const err = e;
    const status = err?.$metadata?.httpStatusCode;
    return `${err?.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err?.message ?? String(e)}${status ? ` (HTTP ${status})` : ''}`;
}
/**
 * The original system's deployer: one CodeBuild build per step, `sourceVersion` = the step's
 * commit, the step's id in `LOCKSTEP_STEP_ID`.
 *
 * No step ever has two builds: a resume re-attaches to the recorded build id, and before any
 * StartBuild the project's newest builds are read for one already started for this step
 * attempt (a runner that died between StartBuild and recording the id). A build that is not
 * this environment's newest Lockstep build in the project is history (the step ran before and
 * something else was deployed since), so a version deployed again after a rollback gets a new build.
 *
 * Waiting never fails a running build because CodeBuild or the network hiccups: poll errors
 * are retried with backoff until the build must have ended by its own `timeoutInMinutes` and
 * `queuedTimeoutInMinutes`.
 */
class CodeBuildDeployer {
    project;
    options;
    name = 'codebuild';
    client;
    /** When each build known to this run must have ended by CodeBuild's own timeouts. */
    deadlines = new Map();
    constructor(project, options, client) {
        this.project = project;
        this.options = options;
        this.client = client ?? new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .CodeBuildClient */ .bex({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
    }
    async start(step, ctx) {
        const id = stepId(ctx.environment, step, ctx.attempt);
        const found = await this.findStarted(step, ctx).catch(e => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${(0,_core_rollout_render_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStep */ .Ey)(step)}: could not read the builds of CodeBuild project "${this.project}" to check none was started for this step yet`, {}, [reason(e)]);
        });
        if (found) {
            ctx.reporter.warning(`${(0,_core_rollout_render_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStep */ .Ey)(step)}: build ${found.id} (${STEP_ID_VARIABLE}=${id}) was already started for this step by an earlier run; waiting for it instead of starting a second build`);
            return this.refOf(found);
        }
        const out = await this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .StartBuildCommand */ .uZH({
            projectName: this.project,
            sourceVersion: step.commit,
            idempotencyToken: idempotencyToken(ctx.environment, step, ctx.attempt),
            environmentVariablesOverride: Object.entries({ ...(0,_deployer_js__WEBPACK_IMPORTED_MODULE_5__/* .stepEnvironment */ .a)(step, ctx.environment), [STEP_ID_VARIABLE]: id }).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })),
        }));
        if (!out.build?.id)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`CodeBuild project "${this.project}" accepted the build of ${step.repository}@${step.commit} but returned no build id`);
        return this.refOf(out.build);
    }
    /**
     * The build a dead runner started for this step attempt, if it is this environment's newest
     * Lockstep build in the project. Reads at most LOOKBACK_BUILDS builds, newest first
     * (ListBuildsForProject's default order; asking for an order fails on projects with more than 100 builds).
     */
    async findStarted(step, ctx) {
        const wanted = stepId(ctx.environment, step, ctx.attempt);
        const listed = await this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .ListBuildsForProjectCommand */ .nXI({ projectName: this.project }));
        const ids = (listed.ids ?? []).slice(0, LOOKBACK_BUILDS);
        for (let i = 0; i < ids.length;) {
            const chunk = ids.slice(i, i === 0 ? FIRST_BATCH : LOOKBACK_BUILDS);
            i += chunk.length;
            const out = await this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetBuildsCommand */ .zZb({ ids: chunk }));
            const byId = new Map((out.builds ?? []).map(b => [b.id, b]));
            for (const id of chunk) {
                const vars = byId.get(id)?.environment?.environmentVariables ?? [];
                const value = (name) => vars.find(v => v.name === name)?.value;
                const stepOf = value(STEP_ID_VARIABLE);
                // Builds someone started by hand, or for another environment, say nothing about this one.
                if (!stepOf || value('LOCKSTEP_ENVIRONMENT') !== ctx.environment)
                    continue;
                return stepOf === wanted ? byId.get(id) : undefined;
            }
        }
        return undefined;
    }
    async attach(ref, step, ctx) {
        let build;
        try {
            build = await this.getRetrying(ref.id, Date.now() + END_MARGIN_MS, ctx);
        }
        catch (e) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${(0,_core_rollout_render_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStep */ .Ey)(step)}: could not re-attach to CodeBuild build ${ref.id} started by an earlier run`, {}, [
                reason(e),
                'The build may still be running; re-run once CodeBuild answers, so the step is not started a second time.',
            ]);
        }
        return build ? this.refOf(build) : undefined;
    }
    async wait(ref, step, ctx) {
        const deadline = this.deadlines.get(ref.id) ?? Date.now() + (DEFAULT_TIMEOUT_MINUTES + DEFAULT_QUEUED_TIMEOUT_MINUTES) * 60_000 + END_MARGIN_MS;
        let build;
        try {
            build = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(async () => {
                const b = await this.getRetrying(ref.id, deadline, ctx, true);
                if (!b)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`CodeBuild build ${ref.id} no longer exists`);
                return b.buildStatus && b.buildStatus !== 'IN_PROGRESS' ? b : undefined;
            }, this.options.poll, ctx.signal);
        }
        catch (e) {
            if (e instanceof _poll_js__WEBPACK_IMPORTED_MODULE_2__/* .PollAborted */ .Pe || ctx.signal?.aborted)
                return this.stop(ref, ctx);
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj)
                throw e;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${(0,_core_rollout_render_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStep */ .Ey)(step)}: lost track of CodeBuild build ${ref.id}`, {}, [
                reason(e),
                isTransient(e)
                    ? 'CodeBuild kept failing to answer until the build must have ended by its own timeouts; its outcome is unknown. The next run re-attaches to it.'
                    : 'The build may still be running; its outcome is unknown. The next run re-attaches to it rather than starting a second build.',
            ]);
        }
        const url = this.link(build);
        if (build.buildStatus === 'SUCCEEDED')
            return { ok: true, url };
        const failedPhase = build.phases?.find(p => p.phaseStatus && FAILED.has(p.phaseStatus));
        const log = [`build ${build.id} ended ${build.buildStatus}${failedPhase ? ` in phase ${failedPhase.phaseType}` : ''}`];
        for (const c of failedPhase?.contexts ?? [])
            if (c.message)
                log.push(c.message);
        return { ok: false, url, log };
    }
    /**
     * The job is being cancelled: asks CodeBuild to stop the build and returns at once (the
     * runner kills the job seconds after its first signal; the build stops on CodeBuild's side).
     */
    async stop(ref, ctx) {
        try {
            await this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .StopBuildCommand */ .aWR({ id: ref.id }), { abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS) });
            return { ok: false, cancelled: true, ...(ref.url ? { url: ref.url } : {}), log: [`asked CodeBuild to stop build ${ref.id}`] };
        }
        catch (e) {
            ctx.reporter.warning(`could not stop CodeBuild build ${ref.id}: ${reason(e)}; it may still be running`);
            return { ok: false, cancelled: true, ...(ref.url ? { url: ref.url } : {}), log: [`could not stop build ${ref.id}: ${reason(e)}`] };
        }
    }
    /**
     * BatchGetBuilds for one build, asking again after a transient error until `deadline`.
     * `once` returns undefined after a transient error instead (the caller polls again anyway).
     */
    async getRetrying(id, deadline, ctx, once = false) {
        let delay = this.options.poll.initialMs;
        const sleep = this.options.poll.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
        for (;;) {
            try {
                const out = await this.client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetBuildsCommand */ .zZb({ ids: [id] }));
                const build = out.builds?.find(b => b.id === id);
                if (build)
                    this.remember(build);
                return build;
            }
            catch (e) {
                if (!isTransient(e) || Date.now() >= deadline)
                    throw e;
                ctx.reporter.info(`CodeBuild did not answer about build ${id} (${reason(e)}); asking again`);
                if (once)
                    return this.pending(id);
                await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pause */ .v7)(delay, sleep, ctx.signal);
                delay = Math.min(delay * 2, this.options.poll.maxMs ?? 30_000);
            }
        }
    }
    /** A build whose status could not be read just now: still running, as far as anyone knows. */
    pending(id) {
        return { id, buildStatus: 'IN_PROGRESS' };
    }
    remember(build) {
        if (build.id && !this.deadlines.has(build.id))
            this.deadlines.set(build.id, buildDeadline(build, Date.now()));
    }
    refOf(build) {
        this.remember(build);
        return { deployer: this.name, id: build.id, url: this.link(build) };
    }
    link(build) {
        return build.logs?.deepLink ?? `https://${this.options.region}.console.aws.amazon.com/codesuite/codebuild/projects/${encodeURIComponent(this.project)}/build/${encodeURIComponent(build.id ?? '')}`;
    }
}


/***/ }),

/***/ 5045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ PollAborted),
/* harmony export */   v7: () => (/* binding */ pause),
/* harmony export */   wt: () => (/* binding */ poll)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Thrown by `poll` when its signal is aborted (the job was cancelled) while it waits. */
class PollAborted extends Error {
    constructor() {
        super('cancelled');
        this.name = 'PollAborted';
    }
}
/** `ms` of waiting that ends early, with PollAborted, when `signal` aborts. */
function pause(ms, wait, signal) {
    if (!signal)
        return wait(ms);
    if (signal.aborted)
        return Promise.reject(new PollAborted());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new PollAborted());
        signal.addEventListener('abort', onAbort, { once: true });
        wait(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, e => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}
/**
 * Calls `check` until it returns a value, waiting longer each time with full jitter between
 * half and all of the current interval, so parallel rollouts do not poll in lockstep.
 */
async function poll(check, options, signal) {
    // The timer itself is cleared on abort, so a cancelled job does not linger until it fires.
    const timer = (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : undefined).catch(e => Promise.reject(signal?.aborted ? new PollAborted() : e));
    const { initialMs, factor = 1.5, maxMs = Math.max(initialMs, 30_000), timeoutMs, sleep: wait = timer, random = Math.random } = options;
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    let interval = initialMs;
    for (;;) {
        if (signal?.aborted)
            throw new PollAborted();
        const value = await check();
        if (value !== undefined)
            return value;
        if (Date.now() >= deadline)
            throw new Error(`gave up waiting after ${Math.round(timeoutMs / 1000)}s`);
        await pause(Math.round(interval / 2 + (random() * interval) / 2), wait, signal);
        interval = Math.min(maxMs, interval * factor);
    }
}


/***/ }),

/***/ 173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   Ey: () => (/* binding */ describeStep)
/* harmony export */ });
/* unused harmony export repositoryChanges */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

const short = (commit) => (commit ? commit.slice(0, 7) : '—');
function describeStep(step) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total}: ${step.repository}@${short(step.commit)}`;
}
/**
 * The plan as markdown: the versions in order, each with its steps, and per repository a
 * compare link from the commit live now to the commit it ends at (when its GitHub
 * repository is known) on `serverUrl`. This is what the release workflow posts on the staging → production PR.
 */
function renderPlan(plan, state, github = {}, serverUrl = 'https://github.com') {
    const env = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(plan.environment);
    const from = plan.from === undefined ? 'nothing yet' : `version ${plan.from}`;
    const lines = [];
    if (plan.direction === 'none') {
        lines.push(`### ${env}: already at version ${plan.to}`, '', 'Nothing to do.');
    }
    else {
        const verb = plan.direction === 'rollback' ? 'roll back' : 'deploy';
        lines.push(`### ${env}: ${verb} from ${from} to version ${plan.to}`, '');
        for (const part of plan.parts) {
            const title = part.kind === 'rollback' ? `Rollback to version ${part.version}` : `Version ${part.version}`;
            lines.push(`#### ${title}`, '');
            if (part.steps.length === 0) {
                lines.push('No step: nothing differs.', '');
                continue;
            }
            const done = new Set(part.done.map(s => s.index));
            const rows = part.steps.map((s, i) => [`${i + 1}/${part.steps.length}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(s.repository), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(s.commit)), done.has(i + 1) ? 'done earlier' : 'pending']);
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['step', 'repository', 'commit', 'status'], rows), '');
        }
    }
    const changes = repositoryChanges(plan, state);
    if (changes.length > 0) {
        lines.push('#### Changes per repository', '');
        for (const { repository, from: a, to: b } of changes) {
            const gh = github[repository];
            const link = gh && a ? ` ([compare](${serverUrl}/${gh}/compare/${a}...${b}))` : '';
            lines.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(repository)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(a))} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(b))}${link}`);
        }
        lines.push('');
    }
    for (const note of plan.notes)
        lines.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(note)}`, '');
    return `${lines.join('\n').trimEnd()}\n`;
}
/** For every repository the plan touches: the commit live now and the one it ends at. */
function repositoryChanges(plan, state) {
    const end = new Map();
    for (const part of plan.parts)
        for (const s of part.steps)
            end.set(s.repository, s.commit);
    return [...end]
        .filter(([repo, commit]) => state.deployed[repo] !== commit)
        .map(([repository, to]) => ({ repository, from: state.deployed[repository], to }));
}


/***/ })

};
