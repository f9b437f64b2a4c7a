export const id = 309;
export const ids = [309];
export const modules = {

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

/***/ 309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WorkflowDeployer: () => (/* binding */ WorkflowDeployer)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/render.ts
var render = __webpack_require__(173);
;// CONCATENATED MODULE: ./src/adapters/github/workflows.ts
function split(github) {
    const [owner, repo] = github.split('/');
    return { owner, repo };
}
/** Servers that refused `return_run_details` (GitHub Enterprise Server before it learnt the key): not asked again. */
const refusesRunDetails = new WeakSet();
/** GHES's answer to a key it does not know: 422 `"return_run_details" is not a permitted key.` */
function refusedRunDetails(e) {
    const err = e;
    const text = `${err?.response?.data?.message ?? ''} ${err?.message ?? ''}`;
    return err?.status === 422 && text.includes('return_run_details') && /not a permitted key/i.test(text);
}
/**
 * Dispatches a workflow and asks GitHub for the run it started (`return_run_details`).
 * Returns the run id and page when GitHub answers 200 with them; undefined when it answers
 * 204, or when the server refuses the key (422 "not a permitted key": GitHub Enterprise
 * Server, whose description of the endpoint has only `ref` and `inputs`) and the dispatch is
 * sent again without it: the caller then has to find the run itself.
 */
async function dispatchWorkflow(client, github, workflow, ref, inputs) {
    const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
    const params = { ...split(github), workflow_id: workflow, ref, inputs };
    if (!refusesRunDetails.has(client)) {
        try {
            const response = await client.request(route, { ...params, return_run_details: true });
            const data = response.data;
            if (response.status === 200 && data && typeof data.workflow_run_id === 'number') {
                return { id: data.workflow_run_id, url: data.html_url ?? '' };
            }
            return undefined;
        }
        catch (e) {
            // A 422 means nothing was dispatched, so sending it again cannot start a second run.
            if (!refusedRunDetails(e))
                throw e;
            refusesRunDetails.add(client);
        }
    }
    await client.request(route, params);
    return undefined;
}
/** Runs of one workflow started by `workflow_dispatch` on `branch` since `since` (newest first, one page). */
async function listDispatchedRuns(client, github, workflow, branch, since) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        ...split(github),
        workflow_id: workflow,
        event: 'workflow_dispatch',
        branch,
        created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        per_page: 50,
    });
    return data.workflow_runs;
}
/** One run; undefined when it does not exist (deleted, or another repository's id). */
async function getWorkflowRun(client, github, id) {
    try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...split(github), run_id: id });
        return data;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Asks GitHub to cancel a run (202: accepted, it stops shortly after). False when it is already
 * over (409). `signal` bounds the request: a cancelled job has seconds left.
 */
async function cancelWorkflowRun(client, github, id, signal) {
    try {
        await client.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', { ...split(github), run_id: id, ...(signal ? { request: { signal } } : {}) });
        return true;
    }
    catch (e) {
        if (e.status === 409)
            return false;
        throw e;
    }
}

// EXTERNAL MODULE: ./src/adapters/deployers/poll.ts
var poll = __webpack_require__(5045);
;// CONCATENATED MODULE: ./src/adapters/deployers/workflow.ts




/** How long the cancel request may take when the job is cancelled (the runner kills the job about 7.5 s after its first signal). */
const CANCEL_TIMEOUT_MS = 3000;
/** How far back (ms) a run may have been created and still be ours: the runner's clock and GitHub's differ. */
const CLOCK_SKEW_MS = 60_000;
/**
 * Dispatches a workflow in the component repository with inputs `commit`, `environment` and
 * `version`, then waits for its run to complete.
 *
 * GitHub returns the new run's id when asked (`return_run_details`). Where it does not (a 204),
 * the run is looked for among the workflow's dispatched runs created since just before the
 * dispatch and not claimed by another step; when several qualify, only one whose title names
 * the commit is taken (give the workflow `run-name: deploy ${{ inputs.commit }}`), otherwise
 * the step fails rather than waiting on someone else's run.
 */
class WorkflowDeployer {
    client;
    settings;
    pollOptions;
    name = 'workflow';
    claimed = new Set();
    constructor(client, settings, pollOptions) {
        this.client = client;
        this.settings = settings;
        this.pollOptions = pollOptions;
    }
    async start(step, ctx) {
        const { github, workflow, ref } = this.settings;
        const since = new Date(Date.now() - CLOCK_SKEW_MS);
        const inputs = { commit: step.commit, environment: ctx.environment, version: String(step.version) };
        const direct = await dispatchWorkflow(this.client, github, workflow, ref, inputs);
        if (direct) {
            this.claimed.add(direct.id);
            return { deployer: this.name, id: String(direct.id), url: direct.url };
        }
        ctx.reporter.info(`${github}: the dispatch returned no run id; looking for the run it started`);
        const run = await (0,poll/* poll */.wt)(async () => this.pick(await listDispatchedRuns(this.client, github, workflow, ref, since), step), {
            ...this.pollOptions,
            timeoutMs: this.pollOptions.timeoutMs ?? 120_000,
        }).catch(e => {
            if (e instanceof errors/* LockstepError */.Cj)
                throw e;
            throw new errors/* LockstepError */.Cj(`${github}: dispatched workflow ${workflow} on ${ref}, but no run of it appeared`, {}, [String(e.message)]);
        });
        this.claimed.add(run.id);
        return { deployer: this.name, id: String(run.id), url: run.html_url };
    }
    pick(runs, step) {
        const fresh = runs.filter(r => r.event === 'workflow_dispatch' && !this.claimed.has(r.id));
        if (fresh.length === 0)
            return undefined;
        const naming = fresh.filter(r => r.display_title?.includes(step.commit) || r.display_title?.includes(step.commit.slice(0, 7)));
        if (naming.length === 1)
            return naming[0];
        if (fresh.length === 1 && naming.length === 0)
            return fresh[0];
        throw new errors/* LockstepError */.Cj(`${this.settings.github}: ${fresh.length} runs of ${this.settings.workflow} were dispatched at the same time; cannot tell which one deploys ${step.repository}@${step.commit.slice(0, 7)}`, {}, ['Give the workflow a `run-name:` that includes `${{ inputs.commit }}`, or use a GitHub that returns the run id from the dispatch.', ...fresh.map(r => r.html_url)]);
    }
    async attach(ref, step) {
        let run;
        try {
            run = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
        }
        catch (e) {
            throw new errors/* LockstepError */.Cj(`${(0,render/* describeStep */.Ey)(step)}: could not re-attach to workflow run ${ref.id} of ${this.settings.github} started by an earlier run`, {}, [
                e.message,
                'The run may still be going; re-run once GitHub answers, so the step is not started a second time.',
            ]);
        }
        if (!run)
            return undefined;
        this.claimed.add(run.id);
        return { deployer: this.name, id: String(run.id), url: run.html_url };
    }
    async wait(ref, _step, ctx) {
        let run;
        try {
            run = await (0,poll/* poll */.wt)(async () => {
                const r = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
                if (!r)
                    throw new errors/* LockstepError */.Cj(`${this.settings.github}: workflow run ${ref.id} no longer exists`);
                return r.status === 'completed' ? r : undefined;
            }, this.pollOptions, ctx?.signal);
        }
        catch (e) {
            if (e instanceof poll/* PollAborted */.Pe || ctx?.signal?.aborted)
                return this.cancel(ref, ctx);
            throw e;
        }
        if (run.conclusion === 'success')
            return { ok: true, url: run.html_url };
        return { ok: false, url: run.html_url, log: [`workflow run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}`] };
    }
    /** The job is being cancelled: asks GitHub to cancel the run and returns without waiting for it to stop. */
    async cancel(ref, ctx) {
        const url = ref.url ? { url: ref.url } : {};
        try {
            const accepted = await cancelWorkflowRun(this.client, this.settings.github, Number(ref.id), AbortSignal.timeout(CANCEL_TIMEOUT_MS));
            return { ok: false, cancelled: true, ...url, log: [accepted ? `asked GitHub to cancel workflow run ${ref.id}` : `workflow run ${ref.id} had already finished`] };
        }
        catch (e) {
            ctx?.reporter.warning(`could not cancel workflow run ${ref.id} of ${this.settings.github}: ${e.message}; it may still be running`);
            return { ok: false, cancelled: true, ...url, log: [`could not cancel workflow run ${ref.id}: ${e.message}`] };
        }
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
