export const id = 919;
export const ids = [919];
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

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ FileStateStore)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/state.ts
var state = __webpack_require__(8);
// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __webpack_require__(9389);
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

;// CONCATENATED MODULE: ./src/adapters/state/file.ts







const FORMAT = 'lockstep-state/1';
/**
 * The state as a JSON file holding every environment, rewritten atomically after every
 * event: readers see the state before a step or after it, never half of it. The default for
 * the CLI and for tests.
 */
class FileStateStore extends EventStateStore {
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
            text = await (0,external_node_fs_promises_.readFile)(this.path, 'utf8');
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
            throw new errors/* LockstepError */.Cj(`state file is not valid JSON: ${e.message}`, { file: this.display });
        }
        const file = data;
        if (file?.format !== FORMAT || typeof file.environments !== 'object' || file.environments === null) {
            throw new errors/* LockstepError */.Cj(`not a Lockstep state file (expected "format": "${FORMAT}")`, { file: this.display });
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
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        for (let tries = 0;; tries++) {
            try {
                await (await (0,external_node_fs_promises_.open)(guard, 'wx')).close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                // A guard older than a few seconds belongs to a process that died holding it.
                const age = await (0,external_node_fs_promises_.stat)(guard).then(s => Date.now() - s.mtimeMs, () => 0);
                if (age > 10_000)
                    await (0,external_node_fs_promises_.rm)(guard, { force: true });
                else if (tries > 400)
                    throw new errors/* LockstepError */.Cj(`could not take ${this.display}.lock; remove it if no other lockstep process is running`, { file: this.display });
                else
                    await (0,promises_.setTimeout)(25);
            }
        }
        this.guarding = true;
        try {
            return await fn();
        }
        finally {
            this.guarding = false;
            await (0,external_node_fs_promises_.rm)(guard, { force: true });
        }
    }
    async load() {
        const all = await this.readAll();
        this.state = all.environments[this.environment] ?? (0,state/* emptyState */.p$)(this.environment);
        return this.state;
    }
    persist(_event, next) {
        // Re-read under the guard so that another environment's progress in the same file is kept.
        return this.guarded(async () => {
            const all = await this.readAll();
            all.environments[this.environment] = next;
            await (0,fs/* writeFileAtomic */.Z)(this.path, `${JSON.stringify(all, null, 2)}\n`);
        });
    }
}


/***/ }),

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VR: () => (/* binding */ parseDeploySections),
/* harmony export */   eb: () => (/* binding */ DEPLOYERS),
/* harmony export */   qp: () => (/* binding */ deploySettingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1076);


const DEPLOYERS = ['command', 'workflow', 'codebuild'];
const KEYS = ['deployer', 'run', 'workflow', 'ref', 'project'];
/**
 * Reads the `deploy:` mappings of release.yaml (top level and per repository) with their
 * lines. `parseReleaseConfig` keeps them as plain objects; this re-reads the same text so
 * that a mistake in them is reported where it is.
 */
function parseDeploySections(text, file) {
    const src = new _yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlSource */ .rC(text, file);
    const top = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, src.root, 'release config');
    const result = { repositories: new Map() };
    const deploy = top.find(([k]) => k === 'deploy');
    if (deploy)
        result.defaults = rawDeploy(src, deploy[1], 'deploy');
    const repos = top.find(([k]) => k === 'repositories');
    if (repos) {
        for (const [name, value] of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, repos[1], 'repositories')) {
            const entry = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, value, `repositories.${name}`).find(([k]) => k === 'deploy');
            if (entry)
                result.repositories.set(name, rawDeploy(src, entry[1], `repositories.${name}.deploy`));
        }
    }
    return result;
}
function rawDeploy(src, node, what) {
    const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, node, what);
    (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(src, fields, KEYS, what);
    const raw = { line: src.lineOf(node) };
    for (const [key, value] of fields) {
        const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(src, value, `${what}.${key}`);
        if (key === 'deployer' && !DEPLOYERS.includes(text)) {
            throw src.error(`${what}.deployer: "${text}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`, value);
        }
        raw[key] = text;
    }
    return raw;
}
/**
 * The settings for one repository: its own `deploy:` over the top-level `deploy:`, over the
 * action's or CLI's inputs, over the command deployer. A missing field is reported at the
 * `deploy:` that chose the deployer.
 */
function deploySettingsFor(config, sections, repository, inputs) {
    const repo = config.repositories.find(r => r.name === repository);
    if (!repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}" is not listed in ${config.file}`, { file: config.file });
    const own = sections.repositories.get(repository);
    const defaults = sections.defaults;
    const pick = (key) => own?.[key] ?? defaults?.[key];
    const deployer = own?.deployer ?? defaults?.deployer ?? inputs.deployer ?? 'command';
    if (!DEPLOYERS.includes(deployer)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`deployer: "${deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
    }
    const where = { file: config.file, line: own?.line ?? defaults?.line ?? repo.line };
    const missing = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the ${deployer} deployer needs "${what}"`, where);
    switch (deployer) {
        case 'command': {
            const run = pick('run') ?? inputs.run;
            if (!run)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the command deployer needs a command (the "run" input or deploy.run)`, where);
            return { deployer: 'command', run };
        }
        case 'workflow': {
            const workflow = pick('workflow');
            if (!workflow)
                throw missing('workflow');
            if (!repo.github)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the workflow deployer needs "github: owner/repo"`, { file: config.file, line: repo.line });
            return { deployer: 'workflow', github: repo.github, workflow, ref: pick('ref') ?? repo.branch };
        }
        case 'codebuild': {
            const project = pick('project');
            if (!project)
                throw missing('project');
            return { deployer: 'codebuild', project };
        }
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


/***/ }),

/***/ 5141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ applySteps),
  Dv: () => (/* binding */ planSteps)
});

// UNUSED EXPORTS: RolloutFailed

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/release-repo.ts + 3 modules
var release_repo = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/deploy-settings.ts
var deploy_settings = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/core/rollout/state.ts
var rollout_state = __webpack_require__(8);
;// CONCATENATED MODULE: ./src/core/rollout/plan.ts


/**
 * From where an environment stands to the steps that bring it to `target`.
 *
 * Forward: every version file after the last version reached, up to the target, in order,
 * each with its own steps (never merged: versions split by `is_compatible: false` must stay
 * separate rollouts); steps that finished in an earlier run are skipped.
 *
 * Backward (or back to the current version after a partial run): the repositories whose live
 * commit differs from the target's go back to it, most recently deployed first — the reverse
 * of the order the newer versions deployed them, which the state remembers even when the
 * newer files are gone.
 */
function planRollout({ state, available, target }) {
    const current = state.version ?? 0;
    const base = { environment: state.environment, from: state.version, to: target.version, notes: [] };
    if (target.version > current) {
        refuseAfterHalfRollback(state, target.version);
        const numbers = [...available.keys()].filter(n => n > current && n <= target.version).sort((a, b) => a - b);
        const parts = numbers.map(n => forwardPart(state, available.get(n)));
        return { ...base, direction: 'forward', parts };
    }
    return backward(state, target, base);
}
/**
 * A rollback that stopped partway leaves some repositories at the older version and some at
 * the newer one. Going forward from there would deploy only the pending versions' steps and
 * leave the reverted repositories behind, so the rollback has to be finished first.
 */
function refuseAfterHalfRollback(state, target) {
    const last = state.records.at(-1);
    if (!last || last.kind !== 'rollback' || last.version === state.version)
        return;
    throw new errors/* LockstepError */.Cj(`environment "${state.environment}" is partway through a rollback to version ${last.version} (step ${last.index}, ${last.repository}, ${last.status}); refusing to go forward to version ${target} from there`, {}, [`Finish the rollback first (version: ${last.version}), then apply version ${target}.`]);
}
function forwardPart(state, file) {
    const finished = new Set((0,rollout_state/* appliedVersion */.gY)(state, file.version, file.steps)?.finished ?? []);
    const part = { kind: 'deploy', version: file.version, repositories: { ...file.repositories }, steps: file.steps, pending: [], done: [] };
    file.steps.forEach((s, i) => {
        const step = { kind: 'deploy', version: file.version, index: i + 1, total: file.steps.length, repository: s.repository, commit: s.commit };
        (finished.has(i + 1) ? part.done : part.pending).push(step);
    });
    return part;
}
function backward(state, target, base) {
    const newer = state.versions.filter(v => v.version > target.version);
    const differs = (repo) => repo in target.repositories && state.deployed[repo] !== undefined && state.deployed[repo] !== target.repositories[repo];
    // Most recent deployment first: walk the newer versions' finished steps backwards.
    const order = [];
    const sequence = newer.flatMap(v => v.finished.map(i => v.steps[i - 1].repository));
    for (let i = sequence.length - 1; i >= 0; i--) {
        const repo = sequence[i];
        if (!order.includes(repo) && differs(repo))
            order.push(repo);
    }
    // Anything else that drifted (a half-done rollback towards another version) follows, in the target's own order.
    const rest = [...target.steps.map(s => s.repository), ...Object.keys(target.repositories).sort()];
    for (const repo of rest)
        if (!order.includes(repo) && differs(repo))
            order.push(repo);
    const notes = [];
    for (const [repo, commit] of Object.entries(state.deployed)) {
        if (!(repo in target.repositories)) {
            notes.push(`${repo} is not part of version ${target.version}; it stays at ${commit.slice(0, 7)} (remove it by hand if it must go)`);
        }
    }
    if (order.length === 0 && newer.length === 0 && target.version === (state.version ?? 0))
        return { ...base, direction: 'none', parts: [], notes };
    const steps = order.map(repository => ({ repository, commit: target.repositories[repository] }));
    const part = {
        kind: 'rollback',
        version: target.version,
        repositories: { ...target.repositories },
        steps,
        pending: steps.map((s, i) => ({ kind: 'rollback', version: target.version, index: i + 1, total: steps.length, repository: s.repository, commit: s.commit })),
        done: [],
    };
    return { ...base, direction: 'rollback', parts: [part], notes };
}
/** Every step the plan will run, in order. */
function pendingSteps(plan) {
    return plan.parts.flatMap(p => p.pending);
}

;// CONCATENATED MODULE: ./src/core/rollout/render.ts
const render_short = (commit) => (commit ? commit.slice(0, 7) : '—');
/** Table cells must not break the table or smuggle markup in. */
function cell(text) {
    return text.replace(/[|\\`*_<>[\]]/g, c => `\\${c}`).replace(/\n/g, ' ');
}
function describeStep(step) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total}: ${step.repository}@${render_short(step.commit)}`;
}
/**
 * The plan as markdown: the versions in order, each with its steps, and per repository a
 * compare link from the commit live now to the commit it ends at (when its GitHub
 * repository is known). This is what the release workflow posts on the staging → production PR.
 */
function renderPlan(plan, state, github = {}) {
    const env = cell(plan.environment);
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
            lines.push('| step | repository | commit | status |', '|---|---|---|---|');
            const done = new Set(part.done.map(s => s.index));
            part.steps.forEach((s, i) => {
                lines.push(`| ${i + 1}/${part.steps.length} | ${cell(s.repository)} | \`${render_short(s.commit)}\` | ${done.has(i + 1) ? 'done earlier' : 'pending'} |`);
            });
            lines.push('');
        }
    }
    const changes = repositoryChanges(plan, state);
    if (changes.length > 0) {
        lines.push('#### Changes per repository', '');
        for (const { repository, from: a, to: b } of changes) {
            const gh = github[repository];
            const link = gh && a ? ` ([compare](https://github.com/${gh}/compare/${a}...${b}))` : '';
            lines.push(`- ${cell(repository)}: \`${render_short(a)}\` → \`${render_short(b)}\`${link}`);
        }
        lines.push('');
    }
    for (const note of plan.notes)
        lines.push(`> ${cell(note)}`, '');
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

;// CONCATENATED MODULE: ./src/jobs/apply-steps.ts







/** A failed step: the rollout stopped; `result` holds what this run did before it. */
class RolloutFailed extends errors/* LockstepError */.Cj {
    result;
    constructor(message, location, details, result) {
        super(message, location, details);
        this.result = result;
        this.name = 'RolloutFailed';
    }
}
async function loadRelease(options) {
    const { config, text, store: versions } = await (0,release_repo/* openRelease */.g)(options.config, options.workspace);
    const display = config.file;
    const sections = (0,deploy_settings/* parseDeploySections */.VR)(text, display);
    const numbers = await versions.list();
    let target;
    const wanted = options.version?.trim();
    if (!wanted) {
        if (numbers.length === 0)
            throw new errors/* LockstepError */.Cj(`no version files in ${(0,external_node_path_.relative)(options.workspace, versions.dir) || versions.dir}`, { file: display });
        target = numbers[numbers.length - 1];
    }
    else if (/^[1-9][0-9]*$/.test(wanted)) {
        target = Number(wanted);
    }
    else {
        const m = /^([1-9][0-9]*)\.ya?ml$/.exec((0,external_node_path_.basename)(wanted));
        if (!m)
            throw new errors/* LockstepError */.Cj(`version: "${wanted}" is neither a version number nor a version file (versions/<N>.yaml)`);
        if ((0,external_node_path_.resolve)(options.workspace, wanted) !== (await versions.pathOf(Number(m[1])))) {
            throw new errors/* LockstepError */.Cj(`version: "${wanted}" is not in the versions folder of ${display} (${(0,external_node_path_.relative)(options.workspace, versions.dir)})`);
        }
        target = Number(m[1]);
    }
    return { config, sections, versions, target: await versions.read(target) };
}
/** The version files a plan from `state` to `target` may need: every one after the last version reached. */
async function availableVersions(versions, state, target) {
    const map = new Map([[target.version, target]]);
    const current = state.version ?? 0;
    for (const n of await versions.list()) {
        if (n > current && n < target.version)
            map.set(n, await versions.read(n));
    }
    return map;
}
function githubNames(config) {
    return Object.fromEntries(config.repositories.filter(r => r.github).map(r => [r.name, r.github]));
}
/** Computes the plan and changes nothing: no lock, no state written, no deployer called. */
async function planSteps(options, reporter) {
    const loaded = await loadRelease(options);
    const state = await options.store.load();
    const plan = planRollout({ state, available: await availableVersions(loaded.versions, state, loaded.target), target: loaded.target });
    // Deployer settings are checked when applying: a plan is often made where the deploy script is not given.
    const markdown = renderPlan(plan, state, githubNames(loaded.config));
    reporter.info(markdown);
    reporter.summary(markdown);
    return { from: plan.from, to: plan.to, direction: plan.direction, applied: [], plan: markdown };
}
/** Every repository the plan deploys has usable deployer settings — checked before the first step runs. */
function validateSettings(loaded, plan, inputs) {
    const settings = new Map();
    for (const step of pendingSteps(plan)) {
        if (!settings.has(step.repository))
            settings.set(step.repository, (0,deploy_settings/* deploySettingsFor */.qp)(loaded.config, loaded.sections, step.repository, inputs));
    }
    return settings;
}
/**
 * Brings `environment` to the target version: takes the environment's lock, plans from its
 * state, runs each pending step through its deployer and records it before moving on. A
 * failed step stops the rollout (RolloutFailed); the lock is released either way.
 */
async function applySteps(options, reporter) {
    const loaded = await loadRelease(options);
    const { store } = options;
    const state = await store.acquire(options.holder, { breakLock: options.breakLock ?? false, reporter });
    const applied = [];
    /** The summary also shows the steps an earlier run finished, so a resumed rollout reads whole. */
    const rows = [];
    let result;
    try {
        const plan = planRollout({ state, available: await availableVersions(loaded.versions, state, loaded.target), target: loaded.target });
        const settings = validateSettings(loaded, plan, options.deploy);
        const markdown = renderPlan(plan, state, githubNames(loaded.config));
        result = { from: plan.from, to: plan.to, direction: plan.direction, applied, plan: markdown };
        reporter.info(markdown);
        for (const part of plan.parts) {
            for (const s of part.done)
                rows.push({ ...row(s), status: 'done earlier' });
            await store.beginVersion(part);
            for (const step of part.pending) {
                const deployer = options.deployers.for(settings.get(step.repository));
                const outcome = await reporter.group(describeStep(step), () => runStep(step, deployer, state, options, reporter));
                if (!outcome.row.url)
                    delete outcome.row.url;
                applied.push(outcome.row);
                rows.push(outcome.row);
                if (outcome.failure) {
                    // The version file the step comes from (for a rollback: the target's, which names the commit).
                    const file = (0,external_node_path_.relative)(options.workspace, await loaded.versions.pathOf(part.version));
                    throw new RolloutFailed(outcome.failure.message, { file }, outcome.failure.details, result);
                }
            }
            await store.complete(part);
        }
        if (plan.direction === 'none')
            reporter.info(`${options.environment} is already at version ${plan.to}: nothing to do`);
        return result;
    }
    finally {
        reporter.summary(summaryTable(options.environment, result, rows));
        // A failed release must not hide why the rollout stopped; the hold then needs break-lock.
        await store.release().catch(e => reporter.warning(`could not release the hold on "${options.environment}": ${e.message}; the next run needs break-lock`));
    }
}
function row(step) {
    return { kind: step.kind, version: step.version, step: step.index, total: step.total, repository: step.repository, commit: step.commit, status: 'finished' };
}
async function runStep(step, deployer, state, options, reporter) {
    const started = Date.now();
    const last = (0,rollout_state/* lastAttempt */.mh)(state, step);
    let attempt = last ? last.attempt + 1 : 1;
    let ref;
    if (last?.status === 'starting') {
        // The runner died while asking the deployer to start: ask again as the same attempt
        // (CodeBuild's idempotency token then returns the build that may already run).
        attempt = last.attempt;
        reporter.warning(`${describeStep(step)}: an earlier run was starting this step when it stopped; starting it again as the same attempt`);
    }
    else if (last?.status === 'started') {
        if (last.ref && deployer.attach && last.ref.deployer === deployer.name) {
            ref = await deployer.attach(last.ref, step, { environment: options.environment, attempt: last.attempt, reporter });
            if (ref)
                reporter.info(`re-attaching to ${ref.deployer} ${ref.id} started by an earlier run${ref.url ? ` (${ref.url})` : ''}`);
            else
                reporter.warning(`${describeStep(step)}: ${last.ref.deployer} ${last.ref.id} started by an earlier run cannot be found; starting the step again`);
            if (ref)
                attempt = last.attempt;
        }
        else {
            reporter.warning(`${describeStep(step)}: an earlier run started this step and stopped before its outcome was recorded; the ${deployer.name} deployer cannot re-attach, so it runs again (command steps must be idempotent)`);
        }
    }
    const ctx = { environment: options.environment, attempt, reporter };
    const base = row(step);
    try {
        if (!ref) {
            await options.store.begin(step, attempt);
            ref = await deployer.start(step, ctx);
            await options.store.recordStarted(step, ref);
            reporter.info(`${deployer.name}: started ${ref.id}${ref.url ? ` ${ref.url}` : ''}`);
        }
        const outcome = await deployer.wait(ref, step, ctx);
        const url = outcome.url ?? ref.url;
        if (outcome.ok) {
            await options.store.recordFinished(step, url);
            return { row: { ...base, status: 'finished', durationMs: Date.now() - started, url } };
        }
        await options.store.recordFailed(step, url);
        return {
            row: { ...base, status: 'failed', durationMs: Date.now() - started, url },
            failure: { message: failureMessage(step, deployer), details: [...(url ? [url] : []), ...(outcome.log ?? []), RESUME] },
        };
    }
    catch (e) {
        if (e instanceof RolloutFailed)
            throw e;
        await options.store.recordFailed(step, ref?.url).catch(() => undefined);
        const reason = (0,errors/* isLockstepError */.sq)(e) ? [e.message, ...e.details] : [e?.message ?? String(e)];
        return {
            row: { ...base, status: 'failed', durationMs: Date.now() - started, ...(ref?.url ? { url: ref.url } : {}) },
            failure: { message: failureMessage(step, deployer), details: [...reason, RESUME] },
        };
    }
}
const RESUME = 'Re-run to resume at this step; steps that finished are not deployed again.';
function failureMessage(step, deployer) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total} failed: ${step.repository} at ${step.commit} (${deployer.name} deployer)`;
}
function duration(ms) {
    if (ms === undefined)
        return '';
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function summaryTable(environment, result, applied) {
    const head = result ? `### apply-steps: ${environment} → version ${result.to}` : `### apply-steps: ${environment}`;
    if (applied.length === 0)
        return `${head}\n\nNo step ran.\n`;
    const icon = { finished: '✅ finished', failed: '❌ failed', 'done earlier': '⏭️ done earlier' };
    const lines = [head, '', '| version | step | repository | commit | status | duration | link |', '|---|---|---|---|---|---|---|'];
    for (const a of applied) {
        const v = a.kind === 'rollback' ? `rollback to ${a.version}` : String(a.version);
        lines.push(`| ${v} | ${a.step}/${a.total} | ${a.repository} | \`${a.commit.slice(0, 7)}\` | ${icon[a.status]} | ${duration(a.durationMs)} | ${a.url ? `[log](${a.url})` : ''} |`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
