export const id = 58;
export const ids = [58];
export const modules = {

/***/ 6211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ githubServerUrl)
/* harmony export */ });
/**
 * The web address of the GitHub the run belongs to (`GITHUB_SERVER_URL`: github.com, a GHE.com
 * subdomain or a GitHub Enterprise Server), for links people click: compare views, run pages.
 */
function githubServerUrl(env = process.env) {
    const url = env.GITHUB_SERVER_URL?.trim();
    return url ? url.replace(/\/+$/, '') : 'https://github.com';
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

/***/ 3058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _composition_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6667);
/* harmony import */ var _composition_releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6222);
/* harmony import */ var _composition_rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7487);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3119);
/* harmony import */ var _jobs_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2984);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);







async function stores(values, reporter) {
    const workspace = process.cwd();
    if (values.state === 'deployments') {
        const repository = values.repository ?? process.env.GITHUB_REPOSITORY ?? '';
        if (!values.environment?.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj('--state deployments: name the environments with --environment (Deployments cannot list them)');
        const github = (0,_composition_github_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubAccess */ .gz)(process.env.GITHUB_TOKEN, '--state deployments needs a token in GITHUB_TOKEN (deployments: read)', reporter);
        // `ref` is what a new deployment would point at; reading the state creates none.
        return Promise.all(values.environment.map(environment => (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .stateStore */ .$)({ kind: 'deployments', environment, github, repository, ref: 'HEAD' })));
    }
    if (values.state !== 'file')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`--state: "${values.state}" is neither file nor deployments`);
    const file = values['state-file'];
    const names = values.environment?.length ? values.environment : await (await (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .stateStore */ .$)({ kind: 'file', environment: '', workspace, file })).environments();
    return Promise.all(names.map(environment => (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .stateStore */ .$)({ kind: 'file', environment, workspace, file })));
}
const statusCommand = {
    name: 'status',
    summary: "show every environment's version and commits, pending versions and held-back PRs",
    usage: `usage: lockstep status [--config release.yaml] [--state-file FILE | --state deployments --repository OWNER/REPO]
                       [--environment NAME ...] [--json]

Prints one row per environment — the version it fully reached, the commit live in each
repository, the versions still to deploy (and a rollout that stopped half-way, or holds the
environment) — and the pull requests the newest version holds back, with the reason.

  --config FILE        release config (default release.yaml)
  --state KIND         file (default) or deployments: the GitHub Deployments apply-steps keeps
                       (reads GITHUB_TOKEN, and GITHUB_API_URL on GitHub Enterprise Server)
  --state-file FILE    JSON state (default .lockstep/state.json)
  --repository O/R     release repository holding the deployments (default GITHUB_REPOSITORY)
  --environment NAME   environment to show, in this order; repeat for more (default: every
                       environment of the state file; required with deployments)
  --json               print the status as JSON`,
    async run(argv, reporter) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, {
            config: { type: 'string', default: 'release.yaml' },
            state: { type: 'string', default: 'file' },
            'state-file': { type: 'string', default: '.lockstep/state.json' },
            repository: { type: 'string' },
            environment: { type: 'string', multiple: true },
            json: { type: 'boolean', default: false },
        });
        const workspace = process.cwd();
        const release = await (0,_composition_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .releases */ .D8)().open(values.config, workspace);
        const status = await (0,_jobs_status_js__WEBPACK_IMPORTED_MODULE_5__/* .readStatus */ .r)(release, await stores(values, reporter));
        if (values.json)
            process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        else
            reporter.info((0,_core_rollout_status_js__WEBPACK_IMPORTED_MODULE_6__/* .renderStatus */ .LG)(status).trimEnd());
        return 0;
    },
};


/***/ }),

/***/ 6667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   gz: () => (/* binding */ gitHubAccess)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _adapters_github_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6211);
/**
 * GitHub access, for every job that talks to GitHub: the client made on first use (Octokit is
 * never loaded by a run that does not need it) and the web address links point at.
 * src/composition/ builds the adapters the jobs are handed as ports (src/jobs/ports.ts), one
 * file per area, so that a bundle holds only its own area's adapters.
 */


// Small and read at start: the default rate-limit budget of the inputs.

/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one, and does not load Octokit: docs/benchmarks.md); without a token, that first use is an
 * error saying `missing`. Waits for a rate limit are told to `reporter` (a workflow warning in
 * the actions, a line on stderr in the CLI). `rateLimitWait`: seconds the client may wait for
 * rate limits in all (the `rate-limit-wait` input; default 60).
 */
function gitHubAccess(token, missing, reporter, { rateLimitWait } = {}) {
    let client;
    return () => {
        if (!token)
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(missing));
        return (client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 1730)).then(m => m.createGitHubClient({ token, warning: message => reporter.warning(message), ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) })));
    };
}
/** The GitHub web address links point at (`GITHUB_SERVER_URL`; github.com when unset). */
function serverUrl(env = process.env) {
    return (0,_adapters_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .githubServerUrl */ .E)(env);
}


/***/ }),

/***/ 6222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ releases),
/* harmony export */   l1: () => (/* binding */ pullSource),
/* harmony export */   rj: () => (/* binding */ branchCommits)
/* harmony export */ });
/* unused harmony export gitHubCheckSources */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The release repository and where merged pull requests come from: resolve-deps, its PR
 * check, and what apply-steps reads of the release. Adapters are imported on first use.
 */

/** The release repository in the workspace (a checkout, the CLI's folder). */
function releases() {
    const repo = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 3031));
    return {
        open: async (configPath, workspace) => (await repo()).openRelease(configPath, workspace),
        latest: async (configPath, workspace) => (await repo()).readLocalRelease(configPath, workspace),
    };
}
/**
 * What a PR check on GitHub reads: the release (its repository through the API, `remote`, or
 * the config in the workspace) and the PRs being merged, from the event that started the run
 * (`GITHUB_EVENT_PATH`: a pull_request or a merge_group).
 */
function gitHubCheckSources(github, eventPath, release) {
    return {
        release: async () => {
            if ('config' in release)
                return releases().latest(release.config, release.workspace);
            const [{ readRemoteRelease }, client] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 3031)), github()]);
            return readRemoteRelease(client, release.remote);
        },
        merging: async () => {
            const [{ readMergingPulls }, client] = await Promise.all([__webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 7694)), github()]);
            return readMergingPulls(client, eventPath);
        },
    };
}
/** A local branch against its base in the clone `dir`: the commit it is at and its commits' messages, oldest first (what `lockstep check` takes for a PR). */
async function branchCommits(dir, base, branch) {
    const { branchHead, branchMessages } = await __webpack_require__.e(/* import() */ 355).then(__webpack_require__.bind(__webpack_require__, 9355));
    const [from, head] = await Promise.all([branchHead(dir, base), branchHead(dir, branch)]);
    return { head, messages: await branchMessages(dir, from, head) };
}
/**
 * Where merged PRs are read: local clones (`git`, their `path:` relative to the release
 * config's folder, so only for a release repository on disk) or the GraphQL API (`github`).
 */
function pullSource(kind, github) {
    if (kind === 'git') {
        return async (ctx) => {
            if (ctx.configDir === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj('source git reads local clones named by a release config on disk: use the config input, not release-repository');
            const { GitPullSource } = await __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 7127));
            return new GitPullSource(ctx.configDir, ctx.config.file);
        };
    }
    return async (ctx) => {
        const [{ GitHubPullSource }, client] = await Promise.all([__webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 7127)), github()]);
        return new GitHubPullSource(client, ctx.config.file);
    };
}


/***/ }),

/***/ 7487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iC: () => (/* reexport */ currentHolder),
  mf: () => (/* binding */ deployers),
  $: () => (/* binding */ stateStore),
  $$: () => (/* reexport */ terminationSignal)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

;// CONCATENATED MODULE: ./src/composition/rollout.ts
/**
 * apply-steps' adapters: where rollout state lives, which deployers run steps, who this run
 * is and what cancels it. A state store or deployer is imported when it is first needed (the
 * AWS SDK only for a CodeBuild step).
 */


// Small and read at every start: who this run is, the signals that cancel it.


/** The rollout state store; only the chosen kind's module is loaded. */
async function stateStore(options) {
    if (options.kind === 'file') {
        const { FileStateStore } = await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 3846));
        return new FileStateStore(options.environment, (0,external_node_path_.resolve)(options.workspace, options.file), options.file, options.lease);
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository))
        throw new errors/* LockstepError */.Cj(`repository: "${options.repository}" is not owner/repo`);
    if (!options.ref)
        throw new errors/* LockstepError */.Cj('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
    if ((options.githubEnvironment ?? '').length > 255)
        throw new errors/* LockstepError */.Cj(`deployments environment: "${options.githubEnvironment.slice(0, 40)}…" is longer than GitHub's 255 characters for an environment name`);
    const { DeploymentsStateStore } = await __webpack_require__.e(/* import() */ 282).then(__webpack_require__.bind(__webpack_require__, 1282));
    return new DeploymentsStateStore(options.environment, await options.github(), options.repository, options.ref, { githubEnvironment: options.githubEnvironment });
}
/** The deployers a rollout's steps use, each made (and its module loaded) when a step first needs it. */
function deployers(options) {
    if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0)
        throw new errors/* LockstepError */.Cj(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
    let made;
    return {
        for: async (settings) => {
            made ??= __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 7983)).then(m => new m.Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild }));
            return (await made).for(settings);
        },
    };
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

/***/ 3119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ renderStatus),
/* harmony export */   yh: () => (/* binding */ productStatus)
/* harmony export */ });
/* unused harmony export environmentStatus */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

/** One environment's status; `versions` are the numbers of every version file, ascending. */
function environmentStatus(state, versions) {
    const at = state.version;
    const newest = versions.length ? versions[versions.length - 1] : undefined;
    const status = {
        environment: state.environment,
        ...(at !== undefined ? { version: at } : {}),
        deployed: { ...state.deployed },
        pending: versions.filter(v => at === undefined || v > at),
    };
    if (at !== undefined && newest !== undefined && at > newest)
        status.rollbackTo = newest;
    const begun = [...state.versions].reverse().find(v => (at === undefined || v.version > at) && v.finished.length < v.steps.length);
    if (begun)
        status.partial = { version: begun.version, finished: begun.finished.length, total: begun.steps.length };
    if (state.lock)
        status.heldBy = state.lock.holder;
    return status;
}
/** The whole product: every environment against the version files, and what the newest holds back. */
function productStatus(states, versions, newest, repositories) {
    const sorted = [...versions].sort((a, b) => a - b);
    return {
        repositories: [...repositories],
        ...(newest ? { newest: newest.version } : {}),
        environments: states.map(s => environmentStatus(s, sorted)),
        held: newest?.held ?? [],
    };
}
const short = (commit) => (commit ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(commit.slice(0, 7)) : '—');
function pendingCell(e) {
    const parts = [];
    if (e.rollbackTo !== undefined)
        parts.push(`rollback to ${e.rollbackTo}`);
    else if (e.pending.length)
        parts.push(e.pending.join(', '));
    if (e.partial)
        parts.push(`version ${e.partial.version}: ${e.partial.finished}/${e.partial.total} steps done`);
    if (e.heldBy)
        parts.push(`held by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(e.heldBy)}`);
    return parts.length ? parts.join('; ') : 'up to date';
}
/**
 * The status as markdown, the same for `lockstep status` and apply-steps' job summary: one row
 * per environment (its version, the commit live per repository, what is pending), then the pull
 * requests the newest version holds back.
 */
function renderStatus(status) {
    const repos = status.repositories;
    const lines = [`### Lockstep status${status.newest !== undefined ? `: newest version ${status.newest}` : ''}`, ''];
    if (status.environments.length === 0) {
        lines.push('No environment has a state yet.', '');
    }
    else {
        const rows = status.environments.map(e => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(e.environment), e.version === undefined ? '—' : String(e.version), ...repos.map(r => short(e.deployed[r])), pendingCell(e)]);
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['environment', 'version', ...repos.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj), 'pending'], rows), '');
    }
    if (status.held.length) {
        lines.push(`#### Held back from version ${status.newest}`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['pull request', 'reason'], status.held.map(h => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(`${h.repository}#${h.number}`), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(h.reason)])), '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 2984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readStatus)
/* harmony export */ });
/* harmony import */ var _core_rollout_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3119);

/**
 * Where every environment stands against the release repository's version files: the state of
 * each store, the version numbers that exist, and the newest version's held-back pull requests.
 */
async function readStatus(release, stores) {
    const [states, versions, newest] = await Promise.all([Promise.all(stores.map(s => s.load())), release.store.list(), release.store.latest()]);
    return (0,_core_rollout_status_js__WEBPACK_IMPORTED_MODULE_0__/* .productStatus */ .yh)(states, versions, newest, release.config.repositories.map(r => r.name));
}


/***/ })

};
