export const id = 635;
export const ids = [635];
export const modules = {

/***/ 6252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ Deployers)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js
var dist_cjs = __webpack_require__(4774);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/adapters/deployers/deployer.ts
/** The step's description in the environment of whatever runs it. */
function stepEnvironment(step, environment) {
    return {
        LOCKSTEP_REPOSITORY: step.repository,
        LOCKSTEP_COMMIT: step.commit,
        LOCKSTEP_ENVIRONMENT: environment,
        LOCKSTEP_VERSION: String(step.version),
        LOCKSTEP_STEP: String(step.index),
        LOCKSTEP_KIND: step.kind,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/adapters/deployers/poll.ts

/**
 * Calls `check` until it returns a value, waiting longer each time with full jitter between
 * half and all of the current interval, so parallel rollouts do not poll in lockstep.
 */
async function poll(check, options) {
    const { initialMs, factor = 1.5, maxMs = Math.max(initialMs, 30_000), timeoutMs, sleep: wait = (ms) => (0,promises_.setTimeout)(ms), random = Math.random } = options;
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    let interval = initialMs;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return value;
        if (Date.now() >= deadline)
            throw new Error(`gave up waiting after ${Math.round(timeoutMs / 1000)}s`);
        await wait(Math.round(interval / 2 + (random() * interval) / 2));
        interval = Math.min(maxMs, interval * factor);
    }
}

;// CONCATENATED MODULE: ./src/adapters/deployers/codebuild.ts





const FAILED = new Set(['FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']);
/**
 * Same step, same attempt, same token: if the runner dies after StartBuild was sent but
 * before the build id was recorded, the next run sends the same token and CodeBuild
 * answers with the build already started instead of starting a second one. A retry after a
 * failure is a new attempt and gets a new token.
 */
function idempotencyToken(environment, step, attempt) {
    const key = [environment, step.kind, step.version, step.index, step.repository, step.commit, attempt].join('\0');
    return `lockstep-${(0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 40)}`;
}
/** The original system's deployer: one CodeBuild build per step, `sourceVersion` = the step's commit. */
class CodeBuildDeployer {
    project;
    options;
    name = 'codebuild';
    client;
    constructor(project, options, client) {
        this.project = project;
        this.options = options;
        this.client = client ?? new dist_cjs/* CodeBuildClient */.bex({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
    }
    async start(step, ctx) {
        const out = await this.client.send(new dist_cjs/* StartBuildCommand */.uZH({
            projectName: this.project,
            sourceVersion: step.commit,
            idempotencyToken: idempotencyToken(ctx.environment, step, ctx.attempt),
            environmentVariablesOverride: Object.entries(stepEnvironment(step, ctx.environment)).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })),
        }));
        const id = out.build?.id;
        if (!id)
            throw new errors/* LockstepError */.Cj(`CodeBuild project "${this.project}" accepted the build of ${step.repository}@${step.commit} but returned no build id`);
        return { deployer: this.name, id, url: this.link(out.build) };
    }
    async attach(ref) {
        const build = await this.get(ref.id);
        return build ? { deployer: this.name, id: ref.id, url: this.link(build) } : undefined;
    }
    async wait(ref) {
        const build = await poll(async () => {
            const b = await this.get(ref.id);
            if (!b)
                throw new errors/* LockstepError */.Cj(`CodeBuild build ${ref.id} no longer exists`);
            return b.buildStatus && b.buildStatus !== 'IN_PROGRESS' ? b : undefined;
        }, this.options.poll);
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
    async get(id) {
        const out = await this.client.send(new dist_cjs/* BatchGetBuildsCommand */.zZb({ ids: [id] }));
        return out.builds?.find(b => b.id === id);
    }
    link(build) {
        return build.logs?.deepLink ?? `https://${this.options.region}.console.aws.amazon.com/codesuite/codebuild/projects/${encodeURIComponent(this.project)}/build/${encodeURIComponent(build.id ?? '')}`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/deployers/command.ts


const TAIL = 20;
/**
 * Runs a script with `bash -e -c <script>`. The step reaches the script only through
 * LOCKSTEP_* environment variables: the script text is passed as one argument and never
 * has a repository name or commit spliced into it.
 *
 * A command cannot be re-attached after the runner died (its process died with it), so a
 * step whose outcome is unknown is run again: command steps must be idempotent
 * (`kubectl apply`, `helm upgrade --install`, `terraform apply` are).
 */
class CommandDeployer {
    script;
    baseEnv;
    shell;
    name = 'command';
    running = new Map();
    constructor(script, 
    /** Environment the script inherits (the runner's, minus the action's inputs). */
    baseEnv = withoutInputs(process.env), shell = 'bash') {
        this.script = script;
        this.baseEnv = baseEnv;
        this.shell = shell;
    }
    async start(step, ctx) {
        const child = (0,external_node_child_process_.spawn)(this.shell, ['-e', '-c', this.script], {
            env: { ...this.baseEnv, ...stepEnvironment(step, ctx.environment) },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const tail = [];
        const forward = (stream) => {
            let partial = '';
            stream?.setEncoding('utf8');
            stream?.on('data', (chunk) => {
                const lines = (partial + chunk).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    emit(line);
            });
            stream?.on('end', () => partial && emit(partial));
        };
        const emit = (line) => {
            ctx.reporter.info(line);
            tail.push(line);
            if (tail.length > TAIL)
                tail.shift();
        };
        forward(child.stdout);
        forward(child.stderr);
        const done = new Promise(resolve => {
            child.on('error', e => resolve({ ok: false, log: [`could not run ${this.shell}: ${e.message}`] }));
            child.on('close', (code, signal) => {
                if (code === 0)
                    resolve({ ok: true, log: tail });
                else
                    resolve({ ok: false, log: [...tail, signal ? `killed by ${signal}` : `exit code ${code}`] });
            });
        });
        const id = String(child.pid ?? `unstarted-${Date.now()}`);
        this.running.set(id, { child, done });
        return { deployer: this.name, id };
    }
    async wait(ref) {
        const run = this.running.get(ref.id);
        if (!run)
            return { ok: false, log: [`no command with process id ${ref.id} is running here`] };
        try {
            return await run.done;
        }
        finally {
            this.running.delete(ref.id);
        }
    }
}
/** The action's inputs (`INPUT_TOKEN` among them) are not the deploy script's business. */
function withoutInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}

;// CONCATENATED MODULE: ./src/adapters/github/workflows.ts
function split(github) {
    const [owner, repo] = github.split('/');
    return { owner, repo };
}
/**
 * Dispatches a workflow and asks GitHub for the run it started (`return_run_details`).
 * Returns the run id and page when GitHub answers 200 with them; undefined when it answers
 * 204 (older servers, GHES), and the caller has to find the run itself.
 */
async function dispatchWorkflow(client, github, workflow, ref, inputs) {
    const response = await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        ...split(github),
        workflow_id: workflow,
        ref,
        inputs,
        return_run_details: true,
    });
    const data = response.data;
    if (response.status === 200 && data && typeof data.workflow_run_id === 'number') {
        return { id: data.workflow_run_id, url: data.html_url ?? '' };
    }
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

;// CONCATENATED MODULE: ./src/adapters/deployers/workflow.ts



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
        const run = await poll(async () => this.pick(await listDispatchedRuns(this.client, github, workflow, ref, since), step), {
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
    async attach(ref) {
        const run = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
        if (!run)
            return undefined;
        this.claimed.add(run.id);
        return { deployer: this.name, id: String(run.id), url: run.html_url };
    }
    async wait(ref) {
        const run = await poll(async () => {
            const r = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
            if (!r)
                throw new errors/* LockstepError */.Cj(`${this.settings.github}: workflow run ${ref.id} no longer exists`);
            return r.status === 'completed' ? r : undefined;
        }, this.pollOptions);
        if (run.conclusion === 'success')
            return { ok: true, url: run.html_url };
        return { ok: false, url: run.html_url, log: [`workflow run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}`] };
    }
}

;// CONCATENATED MODULE: ./src/adapters/deployers/index.ts



/** One deployer per distinct settings, made when a step first needs it. */
class Deployers {
    env;
    made = new Map();
    constructor(env) {
        this.env = env;
    }
    for(settings) {
        const key = JSON.stringify(settings);
        let deployer = this.made.get(key);
        if (!deployer) {
            deployer = this.make(settings);
            this.made.set(key, deployer);
        }
        return deployer;
    }
    make(settings) {
        switch (settings.deployer) {
            case 'command':
                return new CommandDeployer(settings.run);
            case 'workflow': {
                if (!this.env.github)
                    throw new Error('the workflow deployer needs a GitHub token');
                return new WorkflowDeployer(this.env.github(), settings, this.env.poll);
            }
            case 'codebuild': {
                const region = this.env.codebuild?.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
                return new CodeBuildDeployer(settings.project, { region, endpoint: this.env.codebuild?.endpoint || undefined, poll: this.env.poll });
            }
        }
    }
}


/***/ }),

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target.
 */
async function writeFileAtomic(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw e;
    }
}


/***/ }),

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ fetchPulls),
/* harmony export */   W4: () => (/* binding */ readHeads),
/* harmony export */   kg: () => (/* binding */ readWindows)
/* harmony export */ });
/* unused harmony exports pullTexts, completeComments */
/* harmony import */ var _core_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Repositories per window query and PRs per lookup query: well inside GitHub's limit of
 * 500,000 nodes per query (10 repositories x 100 commits x 5 PRs x 50 comments = 250,000).
 */
const REPOS_PER_QUERY = 10;
const PULLS_PER_QUERY = 50;
const HISTORY_PAGE = 100;
const MAX_PAGES = 100;
const PULL_FIELDS = `
fragment PullFields on PullRequest {
  id number title body url state merged mergedAt baseRefName
  mergeCommit { oid }
  author { login }
  authorAssociation
  comments(first: 50) { pageInfo { hasNextPage endCursor } nodes { body url author { login } authorAssociation } }
}`;
const COMMIT_FIELDS = `
fragment CommitFields on Commit {
  oid committedDate
  parents(first: 1) { nodes { oid } }
  associatedPullRequests(first: 5) { nodes { ...PullFields } }
}`;
/** GraphQL errors GitHub returns next to partial data; NOT_FOUND ones mean "null here" for us. */
async function query(client, text, variables) {
    try {
        return await client.graphql(text, variables);
    }
    catch (e) {
        const err = e;
        if (err.errors && err.data && err.errors.every(x => x.type === 'NOT_FOUND'))
            return err.data;
        if (err.errors)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub GraphQL: ${err.errors.map(x => x.message).join('; ')}`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub GraphQL request failed: ${err.message}`);
    }
}
/**
 * The changes on each repository's branch after its released commit, first-parent only,
 * oldest first, with their PRs' descriptions and comments. Several repositories share each
 * query (aliases); each page of history brings the PRs with it, so the cost is about one
 * query per 100 commits per 10 repositories, not one per PR.
 */
async function readWindows(client, repos) {
    const state = repos.map(() => ({
        head: '',
        headDate: undefined,
        releasedDate: undefined,
        cursor: null,
        commits: new Map(),
        done: false,
    }));
    for (let page = 0; state.some(s => !s.done); page++) {
        if (page >= MAX_PAGES) {
            const r = repos[state.findIndex(s => !s.done)];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: more than ${MAX_PAGES * HISTORY_PAGE} commits to read since ${r.released}`);
        }
        const pending = state.map((s, i) => i).filter(i => !state[i].done);
        for (let b = 0; b < pending.length; b += REPOS_PER_QUERY) {
            const batch = pending.slice(b, b + REPOS_PER_QUERY);
            const vars = {};
            const decls = [];
            const fields = [];
            batch.forEach((i, k) => {
                const r = repos[i];
                const s = state[i];
                decls.push(`$o${k}: String!`, `$n${k}: String!`);
                vars[`o${k}`] = r.owner;
                vars[`n${k}`] = r.name;
                const history = `history(first: ${HISTORY_PAGE}, after: $c${k}) { pageInfo { hasNextPage endCursor } nodes { ...CommitFields } }`;
                decls.push(`$c${k}: String`);
                vars[`c${k}`] = s.cursor;
                if (!s.head) {
                    // First page: the branch head as it is now; later pages stay on that commit.
                    decls.push(`$b${k}: String!`, `$x${k}: GitObjectID!`);
                    vars[`b${k}`] = `refs/heads/${r.branch}`;
                    vars[`x${k}`] = r.released;
                    fields.push(`r${k}: repository(owner: $o${k}, name: $n${k}) { released: object(oid: $x${k}) { ... on Commit { oid committedDate } } ref(qualifiedName: $b${k}) { target { ... on Commit { oid committedDate ${history} } } } }`);
                }
                else {
                    decls.push(`$h${k}: GitObjectID!`);
                    vars[`h${k}`] = s.head;
                    fields.push(`r${k}: repository(owner: $o${k}, name: $n${k}) { object(oid: $h${k}) { ... on Commit { oid ${history} } } }`);
                }
            });
            const text = `query Windows(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${COMMIT_FIELDS}\n${PULL_FIELDS}`;
            const data = await query(client, text, vars);
            batch.forEach((i, k) => {
                const r = repos[i];
                const s = state[i];
                const repo = data[`r${k}`];
                if (!repo)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${r.owner}/${r.name} not found (or the token cannot read it)`);
                const target = s.head ? repo.object : repo.ref?.target;
                if (!target || !target.history)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: branch "${r.branch}" not found`);
                if (!s.head) {
                    if (!repo.released?.committedDate)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: released commit ${r.released} does not exist (was the branch rewritten?)`);
                    s.head = target.oid;
                    s.headDate = target.committedDate;
                    s.releasedDate = repo.released.committedDate;
                }
                for (const c of target.history.nodes)
                    s.commits.set(c.oid, c);
                s.cursor = target.history.pageInfo.endCursor;
                const chain = firstParentChain(s.head, r.released, s.commits);
                if (chain === 'incomplete') {
                    // History comes newest first: a page a day older than the released commit that still has
                    // not reached it means it is not on the first-parent line (a day allows for clock skew).
                    const oldest = target.history.nodes[target.history.nodes.length - 1]?.committedDate;
                    const passed = oldest && s.releasedDate && Date.parse(oldest) < Date.parse(s.releasedDate) - 86_400_000;
                    if (!target.history.pageInfo.hasNextPage || passed) {
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: released commit ${r.released} is not on the first-parent history of "${r.branch}" (was the branch rewritten?)`);
                    }
                }
                else {
                    s.done = true;
                }
            });
        }
    }
    const windows = state.map((s, i) => {
        const chain = firstParentChain(s.head, repos[i].released, s.commits);
        return { head: s.head, headDate: s.headDate, changes: chain.map(c => changeOf(c, repos[i].branch)) };
    });
    await completeComments(client, windows.flatMap(w => w.changes));
    return windows;
}
/** Oldest-first first-parent commits after `released`, or 'incomplete' when a page is still missing. */
function firstParentChain(head, released, commits) {
    const out = [];
    for (let cur = head; cur !== released;) {
        const c = commits.get(cur);
        if (!c)
            return 'incomplete';
        out.push(c);
        const parent = c.parents.nodes[0]?.oid;
        if (!parent)
            return 'incomplete';
        cur = parent;
    }
    return out.reverse();
}
/** Comment pages beyond the first, per PR; kept on the change until filled in. */
const MORE_COMMENTS = new WeakMap();
function changeOf(c, branch) {
    if (!(0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .isCommitId */ .j)(c.oid))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub returned a malformed commit id "${c.oid}"`);
    // The PR this commit merged (merge or squash commit); a commit carried by a PR but not its merge commit rides along.
    const pr = c.associatedPullRequests?.nodes.find(p => p.merged && p.mergeCommit?.oid === c.oid && p.baseRefName === branch);
    if (!pr)
        return { commit: c.oid, texts: [] };
    const change = { commit: c.oid, pull: pr.number, title: pr.title, texts: pullTexts(pr) };
    if (pr.author)
        change.author = pr.author.login;
    if (pr.comments.pageInfo.hasNextPage && pr.comments.pageInfo.endCursor)
        MORE_COMMENTS.set(change, { id: pr.id, cursor: pr.comments.pageInfo.endCursor });
    return change;
}
function pullTexts(pr) {
    const texts = [{ kind: 'description', body: pr.body ?? '', author: pr.author?.login, association: pr.authorAssociation, url: pr.url }];
    for (const c of pr.comments.nodes)
        texts.push(commentText(c));
    return texts;
}
function commentText(c) {
    const t = { kind: 'comment', body: c.body ?? '', author: c.author?.login ?? 'ghost', association: c.authorAssociation };
    if (c.url)
        t.url = c.url;
    return t;
}
/** Fetches the remaining comment pages of every PR that has more than the first page, batched. */
async function completeComments(client, changes) {
    let pending = changes.filter(c => MORE_COMMENTS.has(c));
    while (pending.length) {
        const next = [];
        for (let b = 0; b < pending.length; b += PULLS_PER_QUERY) {
            const batch = pending.slice(b, b + PULLS_PER_QUERY);
            const vars = {};
            const decls = [];
            const fields = batch.map((c, k) => {
                const more = MORE_COMMENTS.get(c);
                decls.push(`$i${k}: ID!`, `$a${k}: String`);
                vars[`i${k}`] = more.id;
                vars[`a${k}`] = more.cursor;
                return `c${k}: node(id: $i${k}) { ... on PullRequest { comments(first: 100, after: $a${k}) { pageInfo { hasNextPage endCursor } nodes { body url author { login } authorAssociation } } } }`;
            });
            const data = await query(client, `query Comments(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, vars);
            batch.forEach((c, k) => {
                const conn = data[`c${k}`]?.comments;
                const more = MORE_COMMENTS.get(c);
                MORE_COMMENTS.delete(c);
                if (!conn)
                    return;
                c.texts.push(...conn.nodes.map(commentText));
                if (conn.pageInfo.hasNextPage && conn.pageInfo.endCursor) {
                    MORE_COMMENTS.set(c, { id: more.id, cursor: conn.pageInfo.endCursor });
                    next.push(c);
                }
            });
        }
        pending = next;
    }
}
/**
 * Pull requests by number, many per query (grouped by repository). `null` marks a PR or
 * repository that does not exist (or that the token cannot see).
 */
async function fetchPulls(client, pulls) {
    const out = pulls.map(() => null);
    for (let b = 0; b < pulls.length; b += PULLS_PER_QUERY) {
        const batch = pulls.slice(b, b + PULLS_PER_QUERY);
        const groups = new Map();
        batch.forEach((p, k) => {
            const key = `${p.owner}/${p.name}`.toLowerCase();
            groups.set(key, [...(groups.get(key) ?? []), k]);
        });
        const vars = {};
        const decls = [];
        const fields = [];
        [...groups.values()].forEach((members, g) => {
            const first = batch[members[0]];
            decls.push(`$o${g}: String!`, `$n${g}: String!`);
            vars[`o${g}`] = first.owner;
            vars[`n${g}`] = first.name;
            const inner = members.map(k => {
                decls.push(`$p${k}: Int!`);
                vars[`p${k}`] = batch[k].number;
                return `p${k}: pullRequest(number: $p${k}) { ...PullFields }`;
            });
            fields.push(`r${g}: repository(owner: $o${g}, name: $n${g}) { ${inner.join(' ')} }`);
        });
        const data = await query(client, `query Pulls(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${PULL_FIELDS}`, vars);
        [...groups.values()].forEach((members, g) => {
            for (const k of members)
                out[b + k] = data[`r${g}`]?.[`p${k}`] ?? null;
        });
    }
    return out;
}
/** The head commit of each repository's branch (for bootstrap), several repositories per query. */
async function readHeads(client, repos) {
    const out = [];
    for (let b = 0; b < repos.length; b += PULLS_PER_QUERY) {
        const batch = repos.slice(b, b + PULLS_PER_QUERY);
        const vars = {};
        const decls = [];
        const fields = batch.map((r, k) => {
            decls.push(`$o${k}: String!`, `$n${k}: String!`, `$b${k}: String!`);
            Object.assign(vars, { [`o${k}`]: r.owner, [`n${k}`]: r.name, [`b${k}`]: `refs/heads/${r.branch}` });
            return `r${k}: repository(owner: $o${k}, name: $n${k}) { ref(qualifiedName: $b${k}) { target { oid } } }`;
        });
        const data = await query(client, `query Heads(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, vars);
        batch.forEach((r, k) => {
            const repo = data[`r${k}`];
            if (!repo)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${r.owner}/${r.name} not found (or the token cannot read it)`);
            if (!repo.ref)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: branch "${r.branch}" not found`);
            out.push(repo.ref.target.oid);
        });
    }
    return out;
}


/***/ }),

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ GitHubPullSource),
  r: () => (/* binding */ GitPullSource)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/deps/model.ts
var model = __webpack_require__(9339);
// EXTERNAL MODULE: ./src/core/commit.ts
var core_commit = __webpack_require__(1810);
// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git = __webpack_require__(6619);
;// CONCATENATED MODULE: ./src/adapters/git/history.ts



/**
 * The branch's head in a local clone: the local branch, else the `origin` remote-tracking
 * one (a fresh clone only has the default branch locally).
 */
async function branchHead(dir, branch) {
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        try {
            const { stdout } = await (0,git/* git */.$)(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
            return (0,core_commit/* assertCommitId */.h)(stdout.trim(), `head of ${branch}`);
        }
        catch (e) {
            if (!(e instanceof errors/* LockstepError */.Cj))
                throw e;
        }
    }
    throw new errors/* LockstepError */.Cj(`branch "${branch}" not found in ${dir}`);
}
/**
 * The first-parent commits after `released` up to `head`, oldest first, with their messages.
 * `released` must itself be on the first-parent line (a force-push that dropped it is an error).
 */
async function firstParentCommits(dir, released, head) {
    (0,core_commit/* assertCommitId */.h)(released, 'released commit');
    (0,core_commit/* assertCommitId */.h)(head, 'branch head');
    try {
        await (0,git/* git */.$)(dir, ['cat-file', '-e', '--end-of-options', `${released}^{commit}`]);
    }
    catch {
        throw new errors/* LockstepError */.Cj(`released commit ${released} does not exist in ${dir}`);
    }
    const { stdout } = await (0,git/* git */.$)(dir, ['log', '-z', '--first-parent', '--reverse', '--format=%H%x00%P%x00%B', '--end-of-options', `${released}..${head}`]);
    const fields = stdout.split('\0');
    const out = [];
    let expectedParent = released;
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const commit = fields[i].replace(/^\n/, '');
        const parents = fields[i + 1].split(' ');
        if (parents[0] !== expectedParent) {
            throw new errors/* LockstepError */.Cj(`released commit ${released} is not on the first-parent history of ${head} in ${dir} (was the branch rewritten?)`);
        }
        expectedParent = commit;
        out.push({ commit: (0,core_commit/* assertCommitId */.h)(commit, 'commit'), message: fields[i + 2] });
    }
    if (out.length === 0 && released !== head) {
        throw new errors/* LockstepError */.Cj(`released commit ${released} is not an ancestor of the branch head ${head} in ${dir}`);
    }
    return out;
}
const MERGE_SUBJECT = /^Merge pull request #([0-9]+) from \S+/;
const SQUASH_SUBJECT = /^(.*\S)\s+\(#([0-9]+)\)$/;
/**
 * A first-parent commit as a change: GitHub's merge subject (`Merge pull request #N from ...`,
 * the PR title on the next paragraph) or a squash subject `Title (#N)`; the rest of the
 * message is the PR description.
 */
function changeFromMessage(commit, message) {
    const lines = message.replace(/\s+$/, '').split('\n');
    const subject = lines[0] ?? '';
    const merge = MERGE_SUBJECT.exec(subject);
    if (merge) {
        let i = 1;
        while (i < lines.length && lines[i].trim() === '')
            i++;
        const title = lines[i]?.trim() || undefined;
        return withDescription({ commit, pull: Number(merge[1]), title }, lines.slice(i + 1));
    }
    const squash = SQUASH_SUBJECT.exec(subject);
    if (squash)
        return withDescription({ commit, pull: Number(squash[2]), title: squash[1] }, lines.slice(1));
    return { commit, title: subject || undefined, texts: [] };
}
function withDescription(change, rest) {
    const body = rest.join('\n').replace(/^\s*\n/, '');
    const c = { commit: change.commit, pull: change.pull, texts: [{ kind: 'description', body }] };
    if (change.title)
        c.title = change.title;
    return c;
}
/** PR numbers of the first-parent history up to and including `released`: what earlier versions delivered. */
async function releasedPullNumbers(dir, released) {
    (0,core_commit/* assertCommitId */.h)(released, 'released commit');
    const { stdout } = await (0,git/* git */.$)(dir, ['log', '--first-parent', '--format=%s', '--end-of-options', released]);
    const out = new Set();
    for (const subject of stdout.split('\n')) {
        const m = MERGE_SUBJECT.exec(subject);
        const s = m ? undefined : SQUASH_SUBJECT.exec(subject);
        if (m)
            out.add(Number(m[1]));
        else if (s)
            out.add(Number(s[2]));
    }
    return out;
}

// EXTERNAL MODULE: ./src/adapters/github/pulls.ts
var pulls = __webpack_require__(3206);
;// CONCATENATED MODULE: ./src/adapters/pull-source.ts





/** `source: git`: each repository's `path:` (relative to the release config's folder) is a local clone. */
class GitPullSource {
    configDir;
    configFile;
    constructor(configDir, configFile) {
        this.configDir = configDir;
        this.configFile = configFile;
    }
    dir(repo) {
        if (!repo.path) {
            throw new errors/* LockstepError */.Cj(`repositories.${repo.name}: "path" (a local clone) is required with source: git`, { file: this.configFile, line: repo.line });
        }
        return (0,external_node_path_.isAbsolute)(repo.path) ? repo.path : (0,external_node_path_.resolve)(this.configDir, repo.path);
    }
    async heads(repos) {
        return Promise.all(repos.map(r => this.located(r, () => branchHead(this.dir(r), r.branch))));
    }
    async windows(requests) {
        return Promise.all(requests.map(({ repo, released }) => this.located(repo, async () => {
            const dir = this.dir(repo);
            const head = await branchHead(dir, repo.branch);
            const commits = await firstParentCommits(dir, released, head);
            return { repository: repo.name, released, head, changes: commits.map(c => changeFromMessage(c.commit, c.message)) };
        })));
    }
    async lookup(targets, windows) {
        const out = new Map();
        const released = new Map();
        for (const { repo, number } of targets) {
            const window = windows.find(w => w.repository === repo.name);
            if (!window)
                continue;
            if (!released.has(repo.name))
                released.set(repo.name, await this.located(repo, () => releasedPullNumbers(this.dir(repo), window.released)));
            out.set((0,model/* pullKey */.D)({ repository: repo.name, number }), released.get(repo.name).has(number)
                ? { state: 'released' }
                : { state: 'unmerged', detail: `not on the first-parent history of ${repo.branch}` });
        }
        return out;
    }
    /** Git errors name the repository entry of the release config. */
    async located(repo, fn) {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof errors/* LockstepError */.Cj && !e.location.file) {
                throw new errors/* LockstepError */.Cj(`repositories.${repo.name}: ${e.message}`, { file: this.configFile, line: repo.line }, e.details);
            }
            throw e;
        }
    }
}
function ownerName(repo, configFile) {
    if (!repo.github)
        throw new errors/* LockstepError */.Cj(`repositories.${repo.name}: "github" (owner/repo) is required with source: github`, { file: configFile, line: repo.line });
    const [owner, name] = repo.github.split('/');
    return { owner, name };
}
/** `source: github`: the GraphQL API through the shared client (retries and rate limits included). */
class GitHubPullSource {
    client;
    configFile;
    headDates = new Map();
    constructor(client, configFile) {
        this.client = client;
        this.configFile = configFile;
    }
    async heads(repos) {
        return (0,pulls/* readHeads */.W4)(this.client, repos.map(r => ({ ...ownerName(r, this.configFile), branch: r.branch })));
    }
    async windows(requests) {
        const read = await (0,pulls/* readWindows */.kg)(this.client, requests.map(({ repo, released }) => ({ ...ownerName(repo, this.configFile), branch: repo.branch, released })));
        return read.map((w, i) => {
            this.headDates.set(requests[i].repo.name, w.headDate);
            return { repository: requests[i].repo.name, released: requests[i].released, head: w.head, changes: w.changes };
        });
    }
    async lookup(targets) {
        const found = await (0,pulls/* fetchPulls */.FC)(this.client, targets.map(t => ({ ...ownerName(t.repo, this.configFile), number: t.number })));
        const out = new Map();
        targets.forEach(({ repo, number }, i) => {
            const pr = found[i];
            const key = (0,model/* pullKey */.D)({ repository: repo.name, number });
            const headDate = this.headDates.get(repo.name);
            if (!pr)
                out.set(key, { state: 'missing', detail: `${repo.github}#${number} not found` });
            else if (!pr.merged)
                out.set(key, { state: 'unmerged', detail: pr.state === 'CLOSED' ? 'closed without merging' : 'open' });
            else if (pr.baseRefName !== repo.branch)
                out.set(key, { state: 'unmerged', detail: `merged into ${pr.baseRefName}, not ${repo.branch}` });
            else if (headDate && pr.mergedAt && Date.parse(pr.mergedAt) > Date.parse(headDate)) {
                out.set(key, { state: 'unmerged', detail: 'merged after this run read the branch' });
            }
            else
                out.set(key, { state: 'released' });
        });
        return out;
    }
}


/***/ }),

/***/ 1389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ openRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/yaml.ts
var yaml = __webpack_require__(1076);
;// CONCATENATED MODULE: ./src/core/config/release.ts

const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Repository names end up in file names, env vars and logs: keep them plain. */
const REPO_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function parseReleaseConfig(text, file) {
    const src = new yaml/* YamlSource */.rC(text, file);
    const top = (0,yaml/* mapEntries */.Nn)(src, src.root, 'release config');
    (0,yaml/* checkKeys */.L)(src, top, ['versions', 'repositories', 'deploy'], 'release config');
    const get = (k) => top.find(([key]) => key === k);
    const versionsEntry = get('versions');
    const versions = versionsEntry ? (0,yaml/* scalarString */.Cg)(src, versionsEntry[1], 'versions') : 'versions';
    const reposEntry = get('repositories');
    if (!reposEntry)
        throw src.error('release config: missing "repositories"', src.root);
    const repositories = (0,yaml/* mapEntries */.Nn)(src, reposEntry[1], 'repositories').map(([name, value, keyNode]) => {
        const what = `repositories.${name}`;
        if (!REPO_NAME.test(name))
            throw src.error(`${what}: a repository name may hold only letters, digits, "_", "." and "-"`, keyNode);
        const fields = (0,yaml/* mapEntries */.Nn)(src, value, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['github', 'branch', 'path', 'deploy'], what);
        const field = (k) => fields.find(([key]) => key === k)?.[1];
        const repo = { name, branch: 'main', line: src.lineOf(keyNode) };
        const github = field('github');
        if (github !== undefined) {
            repo.github = (0,yaml/* scalarString */.Cg)(src, github, `${what}.github`);
            if (!OWNER_REPO.test(repo.github))
                throw src.error(`${what}.github: "${repo.github}" is not owner/repo`, github);
        }
        const branch = field('branch');
        if (branch !== undefined)
            repo.branch = (0,yaml/* scalarString */.Cg)(src, branch, `${what}.branch`);
        const path = field('path');
        if (path !== undefined)
            repo.path = (0,yaml/* scalarString */.Cg)(src, path, `${what}.path`);
        const deploy = field('deploy');
        if (deploy !== undefined)
            repo.deploy = plainMap(src, deploy, `${what}.deploy`);
        return repo;
    });
    if (repositories.length === 0)
        throw src.error('repositories: list at least one repository', reposEntry[1]);
    const config = { file, versions, repositories };
    const deployEntry = get('deploy');
    if (deployEntry)
        config.deploy = plainMap(src, deployEntry[1], 'deploy');
    return config;
}
function plainMap(src, node, what) {
    (0,yaml/* mapEntries */.Nn)(src, node, what);
    return (0,yaml/* toJS */.HO)(node);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/commit.ts
var commit = __webpack_require__(1810);
;// CONCATENATED MODULE: ./src/core/versions/version-file.ts




const TOP_KEYS = ['version', 'previous', 'repositories', 'steps', 'pulls', 'held'];
const STEP_KEYS = ['repository', 'commit'];
/**
 * Parses and validates a version file. Every problem is reported with its file and line;
 * `expectedVersion` (from the file name) must agree with a `version:` key when both exist.
 */
function parseVersionFile(text, file, expectedVersion) {
    const src = new yaml/* YamlSource */.rC(text, file);
    const entries = (0,yaml/* mapEntries */.Nn)(src, src.root, 'version file');
    (0,yaml/* checkKeys */.L)(src, entries, TOP_KEYS, 'version file');
    const get = (key) => entries.find(([k]) => k === key);
    let version = expectedVersion;
    const versionEntry = get('version');
    if (versionEntry) {
        const v = positiveInt(src, versionEntry[1], 'version');
        if (expectedVersion !== undefined && v !== expectedVersion) {
            throw src.error(`version: ${v} does not match the file name (version ${expectedVersion})`, versionEntry[1]);
        }
        version = v;
    }
    if (version === undefined)
        throw src.error('version file: missing "version" and no number in the file name', src.root);
    const previousEntry = get('previous');
    const previous = previousEntry ? positiveInt(src, previousEntry[1], 'previous') : undefined;
    const reposEntry = get('repositories');
    if (!reposEntry)
        throw src.error('version file: missing "repositories"', src.root);
    const repositories = {};
    for (const [name, value] of (0,yaml/* mapEntries */.Nn)(src, reposEntry[1], 'repositories')) {
        repositories[name] = commitValue(src, value, `repositories.${name}`);
    }
    const stepsEntry = get('steps');
    if (!stepsEntry)
        throw src.error('version file: missing "steps"', src.root);
    const stepsNode = stepsEntry[1];
    const steps = [];
    if (stepsNode !== null && !((0,yaml/* isScalar */.jn)(stepsNode) && stepsNode.value === null)) {
        if (!(0,yaml/* isSeq */.oP)(stepsNode))
            throw src.error('steps must be a list', stepsNode);
        stepsNode.items.forEach((item, i) => {
            const what = `steps[${i + 1}]`;
            const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
            (0,yaml/* checkKeys */.L)(src, fields, STEP_KEYS, what);
            const repoField = fields.find(([k]) => k === 'repository');
            const commitField = fields.find(([k]) => k === 'commit');
            if (!repoField)
                throw src.error(`${what}: missing "repository"`, item);
            if (!commitField)
                throw src.error(`${what}: missing "commit"`, item);
            const repository = (0,yaml/* scalarString */.Cg)(src, repoField[1], `${what}.repository`);
            if (!(repository in repositories)) {
                throw src.error(`${what}: repository "${repository}" is not listed under repositories`, repoField[1]);
            }
            steps.push({ repository, commit: commitValue(src, commitField[1], `${what}.commit`) });
        });
    }
    // The last step of a repository must leave it where `repositories` says it ends up.
    const last = new Map();
    steps.forEach((s, index) => last.set(s.repository, { commit: s.commit, index }));
    for (const [repo, { commit, index }] of last) {
        if (repositories[repo] !== commit) {
            const node = stepsNode.items[index];
            throw src.error(`steps[${index + 1}]: last step of "${repo}" deploys ${commit}, but repositories.${repo} is ${repositories[repo]}`, node);
        }
    }
    const result = { version, repositories, steps };
    if (previous !== undefined)
        result.previous = previous;
    const pullsEntry = get('pulls');
    if (pullsEntry)
        result.pulls = parsePulls(src, pullsEntry[1]);
    const heldEntry = get('held');
    if (heldEntry)
        result.held = parseHeld(src, heldEntry[1]);
    return result;
}
function positiveInt(src, node, what) {
    if ((0,yaml/* isScalar */.jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value > 0)
        return node.value;
    throw src.error(`${what} must be a positive whole number`, node);
}
function commitValue(src, node, what) {
    const value = (0,yaml/* scalarString */.Cg)(src, node, what);
    if (!(0,commit/* isCommitId */.j)(value))
        throw src.error(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, node);
    return value;
}
function parsePulls(src, node) {
    const out = {};
    for (const [repo, list] of (0,yaml/* mapEntries */.Nn)(src, node, 'pulls')) {
        if (!(0,yaml/* isSeq */.oP)(list))
            throw src.error(`pulls.${repo} must be a list`, list);
        out[repo] = list.items.map((item, i) => {
            const what = `pulls.${repo}[${i + 1}]`;
            const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
            (0,yaml/* checkKeys */.L)(src, fields, ['number', 'title'], what);
            const num = fields.find(([k]) => k === 'number');
            if (!num)
                throw src.error(`${what}: missing "number"`, item);
            const pull = { number: positiveInt(src, num[1], `${what}.number`) };
            const title = fields.find(([k]) => k === 'title');
            if (title)
                pull.title = (0,yaml/* scalarString */.Cg)(src, title[1], `${what}.title`);
            return pull;
        });
    }
    return out;
}
function parseHeld(src, node) {
    if (!(0,yaml/* isSeq */.oP)(node))
        throw src.error('held must be a list', node);
    return node.items.map((item, i) => {
        const what = `held[${i + 1}]`;
        const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['repository', 'number', 'reason'], what);
        const field = (k) => {
            const f = fields.find(([key]) => key === k);
            if (!f)
                throw src.error(`${what}: missing "${k}"`, item);
            return f[1];
        };
        return {
            repository: (0,yaml/* scalarString */.Cg)(src, field('repository'), `${what}.repository`),
            number: positiveInt(src, field('number'), `${what}.number`),
            reason: (0,yaml/* scalarString */.Cg)(src, field('reason'), `${what}.reason`),
        };
    });
}
/**
 * Serializes deterministically: fixed key order, repositories and pulls in the order given,
 * no line folding. Same version, byte-identical file.
 */
function serializeVersionFile(v) {
    const doc = { version: v.version };
    if (v.previous !== undefined)
        doc.previous = v.previous;
    doc.repositories = v.repositories;
    doc.steps = v.steps.map(s => ({ repository: s.repository, commit: s.commit }));
    if (v.pulls && Object.keys(v.pulls).length > 0) {
        doc.pulls = Object.fromEntries(Object.entries(v.pulls).map(([repo, list]) => [repo, list.map(p => (p.title === undefined ? { number: p.number } : { number: p.number, title: p.title }))]));
    }
    if (v.held && v.held.length > 0) {
        doc.held = v.held.map(h => ({ repository: h.repository, number: h.number, reason: h.reason }));
    }
    return (0,js_yaml/* dump */.Bh)(doc, { lineWidth: -1, seqNoIndent: true });
}
/** Guards a version number taken from a file name or an input. */
function parseVersionNumber(value, what) {
    if (!/^[1-9][0-9]*$/.test(value))
        throw new LockstepError(`${what}: "${value}" is not a version number`);
    return Number(value);
}

// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/adapters/version-store.ts





const VERSION_FILE = /^([1-9][0-9]*)\.ya?ml$/;
/**
 * The folder of version files in a release repository: `versions/<N>.yaml`.
 * Paths in messages are relative to `displayRoot` (the workspace), as annotations need.
 */
class VersionStore {
    dir;
    displayRoot;
    constructor(dir, displayRoot = process.cwd()) {
        this.dir = dir;
        this.displayRoot = displayRoot;
    }
    display(path) {
        return (0,external_node_path_.relative)(this.displayRoot, path) || path;
    }
    /** Version numbers present, ascending. A missing folder is an empty store. */
    async list() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const seen = new Map();
        for (const name of names) {
            const m = VERSION_FILE.exec(name);
            if (!m)
                continue;
            const n = Number(m[1]);
            if (seen.has(n)) {
                throw new errors/* LockstepError */.Cj(`two files for version ${n}: ${seen.get(n)} and ${name}`, { file: this.display((0,external_node_path_.join)(this.dir, name)) });
            }
            seen.set(n, name);
        }
        return [...seen.keys()].sort((a, b) => a - b);
    }
    /** Path of version `n`'s file (the `.yaml` name unless a `.yml` one exists). */
    async pathOf(n) {
        const yml = (0,external_node_path_.join)(this.dir, `${n}.yml`);
        try {
            await (0,promises_.stat)(yml);
            return yml;
        }
        catch {
            return (0,external_node_path_.join)(this.dir, `${n}.yaml`);
        }
    }
    async read(n) {
        const path = await this.pathOf(n);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            throw new errors/* LockstepError */.Cj(`version ${n} does not exist`, { file: this.display(path) });
        }
        return parseVersionFile(text, this.display(path), n);
    }
    async latest() {
        const all = await this.list();
        return all.length ? this.read(all[all.length - 1]) : undefined;
    }
    /** Writes a new version file atomically; never overwrites an existing version. Returns its path. */
    async write(v) {
        if ((await this.list()).includes(v.version)) {
            throw new errors/* LockstepError */.Cj(`version ${v.version} already exists`, { file: this.display(await this.pathOf(v.version)) });
        }
        const path = (0,external_node_path_.join)(this.dir, `${v.version}.yaml`);
        await (0,fs/* writeFileAtomic */.Z)(path, serializeVersionFile(v));
        return path;
    }
}

;// CONCATENATED MODULE: ./src/adapters/release-repo.ts





/** Reads and parses the release config (relative to `workspace`) and opens its version store. */
async function openRelease(configPath, workspace) {
    const path = (0,external_node_path_.resolve)(workspace, configPath);
    const display = (0,external_node_path_.relative)(workspace, path) || path;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* LockstepError */.Cj('release config not found (set the config input or --config)', { file: display });
    }
    const config = parseReleaseConfig(text, display);
    const configDir = (0,external_node_path_.dirname)(path);
    return { config, text, configDir, store: new VersionStore((0,external_node_path_.resolve)(configDir, config.versions), workspace) };
}


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** `node:util` parseArgs with errors a person can read (`unknown option --fo`). */
function parseFlags(argv, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(e.message.replace(/\. To specify a positional argument.*$/s, ''));
    }
}


/***/ }),

/***/ 1810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ assertCommitId),
/* harmony export */   j: () => (/* binding */ isCommitId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A full git object id: SHA-1 (40 hex) or SHA-256 (64 hex). Abbreviations are refused: they can become ambiguous. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isCommitId(value) {
    return COMMIT_ID.test(value);
}
/** Guards every commit id that reaches git, a deployer or a file: lower-case full hex only. */
function assertCommitId(value, what, location = {}) {
    if (!isCommitId(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, location);
    }
    return value;
}


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ pullKey)
/* harmony export */ });
function pullKey(k) {
    return `${k.repository}#${k.number}`;
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Markdown for job summaries and PR comments, with one escaping rule. Names, reasons and PR
 * titles come from users: they must neither break a table (a `|`, a newline) nor smuggle markup
 * in (a link, an image, HTML, emphasis).
 */
/**
 * Plain text as inline markdown: newlines as spaces, and every character escaped that could
 * start markup inside a line (`(`, `#`, `!` only act after an escaped `]` or at a line start).
 */
function plain(value) {
    return value.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~]/g, c => `\\${c}`);
}
/**
 * An inline code span (commits, tags, file names). Backslashes are literal inside code, so only a
 * `|` needs escaping (GitHub splits table cells before it parses code); a value holding
 * backticks gets a longer fence.
 */
function code(value) {
    const flat = value.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A table: `header` and `rows` hold markdown already (use `plain`/`code` for user values). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 1076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   HO: () => (/* binding */ toJS),
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   rC: () => (/* binding */ YamlSource)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


// js-yaml over `yaml`: about a third of the load and parse time, which a small action's
// start-up feels (docs/benchmarks.md). js-yaml builds values without positions, so this module
// builds the small tree its readers walk from js-yaml's events (which carry source offsets) and
// takes every value from js-yaml's own construction of the same events: tags, aliases and
// duplicate keys keep js-yaml's YAML 1.2 core-schema meaning. Native Maps keep keys in source order.
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.withTags(js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .realMapTag */ .HY);
const isScalar = (node) => node?.kind === 'scalar';
const isSeq = (node) => node?.kind === 'seq';
const isMap = (node) => node?.kind === 'map';
/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
class YamlSource {
    text;
    file;
    lineOffset;
    /** The document's top node; null for an empty file. */
    root;
    lineStarts;
    constructor(text, file, 
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    lineOffset = 0) {
        this.text = text;
        this.file = file;
        this.lineOffset = lineOffset;
        try {
            const events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file });
            this.root = buildTree(text, events, (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: SCHEMA }));
        }
        catch (err) {
            if (!(err instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
                throw err;
            const line = err.mark ? err.mark.line + 1 : 1;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz([
                new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`invalid YAML: ${err.reason}`, { file, line: line + lineOffset, column: (err.mark?.column ?? 0) + 1 }),
            ]);
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        return this.lineAt(node?.offset ?? 0) + this.lineOffset;
    }
    error(message, node) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(message, { file: this.file, line: this.lineOf(node) });
    }
    lineAt(offset) {
        if (!this.lineStarts) {
            this.lineStarts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                this.lineStarts.push(i + 1);
        }
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/**
 * Walks the events of one document beside the values js-yaml constructed from them: both
 * list a collection's children in source order, a mapping's as key, value, key, value.
 */
function buildTree(text, events, documents) {
    if (documents.length === 0)
        return null;
    if (documents.length > 1) {
        const second = events.findIndex((e, i) => i > 0 && e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT);
        throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, offsetOf(events[second + 1], 0), 'expected one document, found more (a second "---")');
    }
    const anchors = new Map();
    const unfinished = new Set();
    let i = 1; // events[0] opens the document
    let last = 0;
    const node = (value) => {
        const event = events[i++];
        last = offsetOf(event, last);
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
            if (!target || unfinished.has(target))
                throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, last, 'an alias may not refer to a node that contains it');
            return target;
        }
        let built;
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR)
            built = { kind: 'scalar', value, offset: last };
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE)
            built = { kind: 'seq', items: [], offset: last };
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING)
            built = { kind: 'map', items: [], offset: last };
        else
            throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, last, 'unexpected YAML event');
        // Registered before its children are read, so that an alias inside it is recognised as recursive.
        if (event.anchorStart !== -1)
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), built);
        if (built.kind === 'scalar')
            return built;
        unfinished.add(built);
        if (built.kind === 'seq') {
            const values = value;
            while (events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                built.items.push(node(values[built.items.length]));
        }
        else {
            const pairs = value.entries();
            while (events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
                const [k, v] = pairs.next().value;
                const key = node(k);
                built.items.push({ key, value: node(v) });
            }
        }
        i++; // the collection's closing event
        unfinished.delete(built);
        return built;
    };
    return node(documents[0]);
}
/** Where an event's node starts (its tag or anchor if it has one); `fallback` for an empty scalar. */
function offsetOf(event, fallback) {
    if (!event)
        return fallback;
    const starts = [
        'tagStart' in event ? event.tagStart : -1,
        'anchorStart' in event ? event.anchorStart : -1,
        'valueStart' in event ? event.valueStart : 'start' in event ? event.start : -1,
    ].filter(s => s >= 0);
    return starts.length > 0 ? Math.min(...starts) : fallback;
}
/** A node as plain JavaScript values (mappings as objects with string keys). */
function toJS(node) {
    if (node === null)
        return null;
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toJS);
    return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}
/** The key/value pairs of a mapping node, failing with its position when it is not one. */
function mapEntries(src, node, what) {
    if (!isMap(node))
        throw src.error(`${what} must be a mapping`, node);
    return node.items.map(({ key, value }) => {
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw src.error(`${what}: keys must be strings`, key);
        }
        return [String(key.value), value, key];
    });
}
/** A scalar string (numbers are accepted and stringified: `branch: 2024` is a branch name). */
function scalarString(src, node, what) {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
        return String(node.value);
    throw src.error(`${what} must be a string`, node);
}
/** Rejects keys a reader would otherwise silently ignore (a typo like `is_compatable`). */
function checkKeys(src, entries, allowed, what) {
    for (const [key, , keyNode] of entries) {
        if (!allowed.includes(key)) {
            throw src.error(`${what}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`, keyNode);
        }
    }
}


/***/ })

};
