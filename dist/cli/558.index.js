export const id = 558;
export const ids = [558];
export const modules = {

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bootstrapCommand: () => (/* binding */ bootstrapCommand),
/* harmony export */   resolveCommand: () => (/* binding */ resolveCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _composition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8377);
/* harmony import */ var _jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);




function source(kind) {
    const s = kind ?? 'git';
    if (s !== 'git' && s !== 'github')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--source: "${s}" is not git or github`);
    return (0,_composition_js__WEBPACK_IMPORTED_MODULE_1__/* .pullSource */ .l1)(s, (0,_composition_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubAccess */ .gz)(process.env.GITHUB_TOKEN, '--source github needs a token in GITHUB_TOKEN'));
}
const resolveCommand = {
    name: 'resolve',
    summary: 'plan the next version file from the PRs merged since the last one',
    usage: [
        'usage: lockstep resolve [--config release.yaml] [--source git|github] [--on-unmerged hold|fail] [--write]',
        '',
        'Reads the PRs merged into every repository of the release config since the newest version',
        'file, resolves their dependency blocks and prints the steps of the next version.',
        '  --config       release config (default release.yaml)',
        '  --source       git: local clones from each repository\'s path (default); github: the API (GITHUB_TOKEN)',
        '  --on-unmerged  hold (default): hold back PRs whose dependency is not merged; fail: stop',
        '  --write        write versions/<N>.yaml (otherwise only print the plan)',
    ].join('\n'),
    async run(argv, reporter) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)(argv, {
            config: { type: 'string' },
            source: { type: 'string' },
            'on-unmerged': { type: 'string' },
            write: { type: 'boolean' },
        });
        const onUnmerged = values['on-unmerged'] ?? 'hold';
        if (onUnmerged !== 'hold' && onUnmerged !== 'fail')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--on-unmerged: "${onUnmerged}" is not hold or fail`);
        const result = await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDeps */ .JC)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), source: source(values.source), onUnmerged, write: values.write ?? false }, reporter);
        if (result.changed && !values.write)
            reporter.info(`(not written: run with --write to create ${result.versionFile})`);
        return 0;
    },
};
const bootstrapCommand = {
    name: 'bootstrap',
    summary: 'write version 1, pinning every repository at its current head',
    usage: [
        'usage: lockstep bootstrap [--config release.yaml] [--source git|github]',
        '',
        'Adopting Lockstep starts here: version 1 names each repository\'s branch head and deploys',
        'them in config order. Refused when a version file already exists.',
    ].join('\n'),
    async run(argv, reporter) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)(argv, { config: { type: 'string' }, source: { type: 'string' } });
        await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_2__/* .bootstrap */ .Nw)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), source: source(values.source), write: true }, reporter);
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
/* harmony import */ var _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3309);
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
        return (client ??= Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(239), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 1730)).then(m => m.createGitHubClient({ token, ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) })));
    };
}
/** Where merged PRs are read: local clones (`git`) or the GraphQL API (`github`). */
function pullSource(kind, github) {
    if (kind === 'git')
        return ctx => new _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_3__/* .GitPullSource */ .r(ctx.configDir, ctx.config.file);
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
