export const id = 21;
export const ids = [21];
export const modules = {

/***/ 7021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyCommand: () => (/* binding */ applyCommand),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/deploy-settings.ts
var deploy_settings = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/composition.ts
var composition = __webpack_require__(8377);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/adapters/github/server.ts
var github_server = __webpack_require__(6211);
;// CONCATENATED MODULE: ./src/adapters/state/holder.ts


/**
 * Who this run is, as a hold records it. Inside Actions: one job of one attempt of one
 * workflow run — `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`, `GITHUB_JOB` — and `holdKey`, since
 * the jobs of a matrix share all three and no variable tells them apart (the action's
 * `hold-key` input: `${{ strategy.job-index }}` or `${{ toJSON(matrix) }}`). On a laptop:
 * user, host and process.
 */
function currentHolder(env = process.env, holdKey = '') {
    const repo = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    const key = holdKey.trim();
    if (repo && runId) {
        const server = (0,github_server/* githubServerUrl */.E)(env);
        const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
        const job = env.GITHUB_JOB ?? '';
        const jobName = `${job ? ` job ${job}` : ''}${key ? ` [${key}]` : ''}`;
        return {
            name: `${repo} run ${runId} attempt ${attempt}${jobName} (${server}/${repo}/actions/runs/${runId})`,
            job: `${repo}/${runId}/${attempt}/${job}/${key}`,
            run: `${repo}/${runId}`,
            attempt,
        };
    }
    let user = 'someone';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        /* no passwd entry in some containers */
    }
    const name = `${user}@${(0,external_node_os_.hostname)()} pid ${process.pid}${key ? ` [${key}]` : ''}`;
    return { name, job: name };
}

;// CONCATENATED MODULE: ./src/adapters/termination.ts
/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner sends SIGINT when a
 * job is cancelled, SIGTERM about 7.5 s later, then kills). Listening replaces Node's
 * default of dying on the spot, so the running step can be stopped and recorded and the
 * hold released; the caller ends with a non-zero exit.
 */
function terminationSignal(onSignal) {
    const controller = new AbortController();
    const handle = (name) => {
        if (!controller.signal.aborted) {
            onSignal(name);
            controller.abort(new Error(`received ${name}`));
        }
        process.exitCode = 1;
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
    return controller.signal;
}

// EXTERNAL MODULE: ./src/core/rollout/lock.ts
var lock = __webpack_require__(8458);
// EXTERNAL MODULE: ./src/jobs/apply-steps.ts + 2 modules
var apply_steps = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/apply.ts








const FLAGS = {
    config: { type: 'string', default: 'release.yaml' },
    environment: { type: 'string' },
    version: { type: 'string' },
    deployer: { type: 'string' },
    run: { type: 'string' },
    'state-file': { type: 'string', default: '.lockstep/state.json' },
    'break-lock': { type: 'boolean', default: false },
    'hold-key': { type: 'string', default: '' },
    'hold-lease': { type: 'string', default: String(lock/* DEFAULT_LEASE */.D0.ttlMs / 1000) },
    'codebuild-region': { type: 'string' },
    'codebuild-endpoint': { type: 'string' },
    'poll-interval': { type: 'string', default: '10' },
};
const OPTIONS = `options:
  --environment NAME       environment to bring to the version (required)
  --version N|FILE         target version number or version file; default the newest
  --config FILE            release config (default release.yaml)
  --run SCRIPT             command deployer script, run with bash -e -c; the step arrives in
                           LOCKSTEP_REPOSITORY, LOCKSTEP_COMMIT, LOCKSTEP_ENVIRONMENT,
                           LOCKSTEP_VERSION, LOCKSTEP_STEP (keep it idempotent)
  --deployer NAME          command (default), workflow or codebuild, where release.yaml names none
  --state-file FILE        JSON state (default .lockstep/state.json)
  --break-lock             take a hold whose lease ran out (its holder stopped renewing it)
  --hold-key KEY           told apart from other holders by this key too (shown in the hold)
  --hold-lease SECONDS     how long this run's hold outlives it if it dies without releasing
                           it (renewed every quarter of that while it runs; default 120)
  --codebuild-region R     AWS region for the codebuild deployer
  --codebuild-endpoint URL CodeBuild endpoint override
  --poll-interval SECONDS  first wait before checking a workflow run or build (default 10)
  (the workflow deployer reads a token from GITHUB_TOKEN)`;
async function common(argv) {
    const { values } = (0,command/* parseFlags */.b)(argv, FLAGS);
    if (!values.environment)
        throw new errors/* LockstepError */.Cj('--environment is required');
    if (values.deployer && !deploy_settings/* DEPLOYERS */.eb.includes(values.deployer)) {
        throw new errors/* LockstepError */.Cj(`--deployer: "${values.deployer}" is not a deployer (expected one of: ${deploy_settings/* DEPLOYERS */.eb.join(', ')})`);
    }
    const workspace = process.cwd();
    const stateFile = values['state-file'];
    const lease = Number(values['hold-lease']);
    if (!Number.isFinite(lease) || lease <= 0)
        throw new errors/* LockstepError */.Cj(`--hold-lease: "${values['hold-lease']}" is not a positive number of seconds`);
    return {
        values,
        options: {
            config: values.config,
            workspace,
            environment: values.environment,
            version: values.version,
            deploy: { ...(values.deployer ? { deployer: values.deployer } : {}), ...(values.run ? { run: values.run } : {}) },
            store: await (0,composition/* stateStore */.$)({ kind: 'file', environment: values.environment, workspace, file: stateFile, lease: (0,lock/* leaseOf */.m8)(lease * 1000) }),
        },
    };
}
const applyCommand = {
    name: 'apply',
    summary: 'bring an environment to a version, step by step, resuming where a failed run stopped',
    usage: `usage: lockstep apply --environment NAME [--version N] [--run SCRIPT] [--state-file FILE]\n\n${OPTIONS}`,
    async run(argv, reporter) {
        const { values, options } = await common(argv);
        const interval = Number(values['poll-interval']);
        if (!Number.isFinite(interval) || interval <= 0)
            throw new errors/* LockstepError */.Cj(`--poll-interval: "${values['poll-interval']}" is not a positive number of seconds`);
        const steps = (0,composition/* deployers */.mf)({
            pollSeconds: interval,
            github: (0,composition/* gitHubAccess */.gz)(process.env.GITHUB_TOKEN, 'the workflow deployer reads a GitHub token from GITHUB_TOKEN, which is not set'),
            codebuild: { region: values['codebuild-region'], endpoint: values['codebuild-endpoint'] },
        });
        const signal = terminationSignal(name => reporter.warning(`received ${name}: stopping the running step, then releasing the hold on "${options.environment}"`));
        const holder = currentHolder(process.env, values['hold-key']);
        const result = await (0,apply_steps/* applySteps */.GF)({ ...options, deployers: steps, holder, breakLock: values['break-lock'], signal }, reporter);
        reporter.info(`${options.environment} is at version ${result.to} (${result.applied.filter(a => a.status === 'finished').length} step(s) run)`);
        return 0;
    },
};
const planCommand = {
    name: 'plan',
    summary: 'show what `lockstep apply` would do, changing nothing',
    usage: `usage: lockstep plan --environment NAME [--version N] [--state-file FILE]\n\n${OPTIONS}`,
    async run(argv, reporter) {
        const { options } = await common(argv);
        await (0,apply_steps/* planSteps */.Dv)(options, reporter);
        return 0;
    },
};


/***/ }),

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ stateStore),
/* harmony export */   gz: () => (/* binding */ gitHubAccess),
/* harmony export */   l1: () => (/* binding */ pullSource),
/* harmony export */   mf: () => (/* binding */ deployers)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _adapters_deployers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7983);
/* harmony import */ var _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7127);
/**
 * The one place that builds adapters from plain options: the GitHub client, where merged pull
 * requests come from, where rollout state lives, which deployers run steps. The actions
 * (src/actions) and the CLI (src/cli) turn their inputs or flags into these options and hand
 * the result to the jobs (src/jobs); neither builds an adapter itself.
 */




/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one, and does not load Octokit: docs/benchmarks.md); without a token, that first use is an
 * error saying `missing`. `rateLimitWait`: seconds the client may wait for rate limits in all
 * (the `rate-limit-wait` input; default 60).
 */
function gitHubAccess(token, missing, { rateLimitWait } = {}) {
    let client;
    return () => {
        if (!token)
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(missing));
        return (client ??= Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(239), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 1730)).then(m => m.createGitHubClient({ token, ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) })));
    };
}
/**
 * Where merged PRs are read: local clones (`git`, their `path:` relative to the release
 * config's folder, so only for a release repository on disk) or the GraphQL API (`github`).
 */
function pullSource(kind, github) {
    if (kind === 'git') {
        return ctx => {
            if (ctx.configDir === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj('source git reads local clones named by a release config on disk: use the config input, not release-repository');
            return new _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_3__/* .GitPullSource */ .r(ctx.configDir, ctx.config.file);
        };
    }
    return async (ctx) => new _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubPullSource */ .M(await github(), ctx.config.file);
}
/** The rollout state store; only the chosen kind's module is loaded. */
async function stateStore(options) {
    if (options.kind === 'file') {
        const { FileStateStore } = await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 3846));
        return new FileStateStore(options.environment, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.workspace, options.file), options.file, options.lease);
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository: "${options.repository}" is not owner/repo`);
    if (!options.ref)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
    if ((options.githubEnvironment ?? '').length > 255)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`deployments environment: "${options.githubEnvironment.slice(0, 40)}…" is longer than GitHub's 255 characters for an environment name`);
    const { DeploymentsStateStore } = await __webpack_require__.e(/* import() */ 282).then(__webpack_require__.bind(__webpack_require__, 1282));
    return new DeploymentsStateStore(options.environment, await options.github(), options.repository, options.ref, { githubEnvironment: options.githubEnvironment });
}
/** The deployers a rollout's steps use, each made when a step first needs it. */
function deployers(options) {
    if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
    return new _adapters_deployers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .Deployers */ .Y({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild });
}


/***/ })

};
