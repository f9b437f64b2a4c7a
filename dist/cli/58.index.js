export const id = 58;
export const ids = [58];
export const modules = {

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
/* harmony import */ var _composition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(120);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3119);
/* harmony import */ var _jobs_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2984);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);





async function stores(values, reporter) {
    const workspace = process.cwd();
    if (values.state === 'deployments') {
        const repository = values.repository ?? process.env.GITHUB_REPOSITORY ?? '';
        if (!values.environment?.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj('--state deployments: name the environments with --environment (Deployments cannot list them)');
        const github = (0,_composition_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubAccess */ .gz)(process.env.GITHUB_TOKEN, '--state deployments needs a token in GITHUB_TOKEN (deployments: read)', reporter);
        // `ref` is what a new deployment would point at; reading the state creates none.
        return Promise.all(values.environment.map(environment => (0,_composition_js__WEBPACK_IMPORTED_MODULE_0__/* .stateStore */ .$)({ kind: 'deployments', environment, github, repository, ref: 'HEAD' })));
    }
    if (values.state !== 'file')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`--state: "${values.state}" is neither file nor deployments`);
    const file = values['state-file'];
    const names = values.environment?.length ? values.environment : await (await (0,_composition_js__WEBPACK_IMPORTED_MODULE_0__/* .stateStore */ .$)({ kind: 'file', environment: '', workspace, file })).environments();
    return Promise.all(names.map(environment => (0,_composition_js__WEBPACK_IMPORTED_MODULE_0__/* .stateStore */ .$)({ kind: 'file', environment, workspace, file })));
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
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .b)(argv, {
            config: { type: 'string', default: 'release.yaml' },
            state: { type: 'string', default: 'file' },
            'state-file': { type: 'string', default: '.lockstep/state.json' },
            repository: { type: 'string' },
            environment: { type: 'string', multiple: true },
            json: { type: 'boolean', default: false },
        });
        const workspace = process.cwd();
        const release = await (0,_composition_js__WEBPACK_IMPORTED_MODULE_0__/* .releases */ .D8)().open(values.config, workspace);
        const status = await (0,_jobs_status_js__WEBPACK_IMPORTED_MODULE_3__/* .readStatus */ .r)(release, await stores(values, reporter));
        if (values.json)
            process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        else
            reporter.info((0,_core_rollout_status_js__WEBPACK_IMPORTED_MODULE_4__/* .renderStatus */ .LG)(status).trimEnd());
        return 0;
    },
};


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
