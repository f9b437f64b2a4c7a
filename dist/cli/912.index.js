export const id = 912;
export const ids = [912];
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

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyCommand: () => (/* binding */ applyCommand),
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_rollout_deploy_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3322);
/* harmony import */ var _composition_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6667);
/* harmony import */ var _composition_releases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6222);
/* harmony import */ var _composition_rollout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7487);
/* harmony import */ var _core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8458);
/* harmony import */ var _jobs_apply_steps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7421);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);








const FLAGS = {
    config: { type: 'string', default: 'release.yaml' },
    environment: { type: 'string' },
    version: { type: 'string' },
    deployer: { type: 'string' },
    run: { type: 'string' },
    'state-file': { type: 'string', default: '.lockstep/state.json' },
    'break-lock': { type: 'boolean', default: false },
    'hold-key': { type: 'string', default: '' },
    'hold-lease': { type: 'string', default: String(_core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LEASE */ .D0.ttlMs / 1000) },
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
    const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .b)(argv, FLAGS);
    if (!values.environment)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj('--environment is required');
    if (values.deployer && !_core_rollout_deploy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOYERS */ .eb.includes(values.deployer)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--deployer: "${values.deployer}" is not a deployer (expected one of: ${_core_rollout_deploy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOYERS */ .eb.join(', ')})`);
    }
    const workspace = process.cwd();
    const stateFile = values['state-file'];
    const lease = Number(values['hold-lease']);
    if (!Number.isFinite(lease) || lease <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--hold-lease: "${values['hold-lease']}" is not a positive number of seconds`);
    return {
        values,
        options: {
            config: values.config,
            workspace,
            environment: values.environment,
            version: values.version,
            deploy: { ...(values.deployer ? { deployer: values.deployer } : {}), ...(values.run ? { run: values.run } : {}) },
            releases: (0,_composition_releases_js__WEBPACK_IMPORTED_MODULE_3__/* .releases */ .D8)(),
            serverUrl: (0,_composition_github_js__WEBPACK_IMPORTED_MODULE_2__/* .serverUrl */ .Vd)(),
            store: await (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_4__/* .stateStore */ .$)({ kind: 'file', environment: values.environment, workspace, file: stateFile, lease: (0,_core_rollout_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .leaseOf */ .m8)(lease * 1000) }),
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--poll-interval: "${values['poll-interval']}" is not a positive number of seconds`);
        const steps = (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_4__/* .deployers */ .mf)({
            pollSeconds: interval,
            github: (0,_composition_github_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubAccess */ .gz)(process.env.GITHUB_TOKEN, 'the workflow deployer reads a GitHub token from GITHUB_TOKEN, which is not set', reporter),
            codebuild: { region: values['codebuild-region'], endpoint: values['codebuild-endpoint'] },
        });
        const signal = (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_4__/* .terminationSignal */ .$$)(name => reporter.warning(`received ${name}: stopping the running step, then releasing the hold on "${options.environment}"`));
        const holder = (0,_composition_rollout_js__WEBPACK_IMPORTED_MODULE_4__/* .currentHolder */ .iC)(process.env, values['hold-key']);
        const result = await (0,_jobs_apply_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .applySteps */ .GF)({ ...options, deployers: steps, holder, breakLock: values['break-lock'], signal }, reporter);
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
        await (0,_jobs_apply_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .planSteps */ .Dv)(options, reporter);
        return 0;
    },
};


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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const isScalar = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node);
const isSeq = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node);
const isMap = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node);
/**
 * How many alias expansions turning a document into plain values may take (`yaml`'s own guard
 * against an alias bomb, its default): anchors for a few shared settings stay far below it.
 */
const MAX_ALIAS_COUNT = 100;
const OPTIONS = {
    // The core schema whatever the file says: `on` is a string, `012` is 12, and a `%YAML 1.1`
    // directive is refused below rather than read with 1.1's other booleans and merge keys.
    version: '1.2',
    schema: 'core',
    // `!!binary`, `!!timestamp`, `!!set`... belong to YAML 1.1's types, not to the core schema.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
};
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
    lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    constructor(text, file, 
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    lineOffset = 0) {
        this.text = text;
        this.file = file;
        this.lineOffset = lineOffset;
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { ...OPTIONS, lineCounter: this.lines });
        const problems = [...doc.errors, ...doc.warnings].map(e => this.problem(describe(e.code, e.message, text, e.pos), e.pos[0]));
        if (problems.length === 0 && doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
            problems.push(this.problem(`%YAML ${doc.directives.yaml.version}: only YAML 1.2 is read (its core schema)`, 0));
        }
        if (problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz(problems);
        try {
            this.root = doc.contents === null ? null : new Resolver(doc, this).node(doc.contents);
        }
        catch (err) {
            if (!(err instanceof RangeError))
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz([this.problem('nested too deeply to read', 0)]);
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        return this.lines.linePos(node?.range?.[0] ?? 0).line + this.lineOffset;
    }
    error(message, node) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(message, { file: this.file, line: this.lineOf(node) });
    }
    /** A refusal of the text itself, with the column where it starts. */
    problem(reason, offset) {
        const { line, col } = this.lines.linePos(offset);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`invalid YAML: ${reason}`, { file: this.file, line: line + this.lineOffset, column: col });
    }
}
const CORE_TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!seq', '!!map'];
/** `yaml`'s messages, reworded where they name its API or leave out what they are about. */
function describe(code, message, text, pos) {
    switch (code) {
        case 'DUPLICATE_KEY':
            return `duplicate key ${JSON.stringify(text.slice(pos[0], pos[1]).trim())}`;
        case 'MULTIPLE_DOCS':
            return 'expected one document, found more (a second "---")';
        case 'TAG_RESOLVE_FAILED': {
            const tag = message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!');
            return CORE_TAGS.includes(tag)
                ? `the value does not fit its tag ${tag}`
                : `unknown tag ${tag} (the YAML 1.2 core schema has ${CORE_TAGS.join(', ')})`;
        }
        default:
            return message;
    }
}
/** Walks the document once, in source order, replacing aliases by their anchors' nodes. */
class Resolver {
    doc;
    src;
    /** The latest node of each anchor name seen so far: an alias names the last one before it. */
    anchors = new Map();
    /** Collections being walked: an alias to one of them would make the tree a cycle. */
    open = new Set();
    /** Where the first alias sits: an alias bomb is reported there. */
    firstAlias;
    constructor(doc, src) {
        this.doc = doc;
        this.src = src;
    }
    node(value) {
        const root = this.resolve(value, 0);
        // Counted on the document as parsed, before the aliases are replaced and no longer counted.
        if (this.firstAlias !== undefined)
            this.checkExpansion(this.firstAlias);
        for (const patch of this.patches)
            patch();
        return root;
    }
    /** Replacements in the parsed tree, made once the whole document has been checked. */
    patches = [];
    resolve(value, fallbackOffset) {
        if (value === null || value === undefined) {
            // `? key` or `{ key }` with no value: the same null a `key:` line gives, at the key's end.
            const empty = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null);
            empty.range = [fallbackOffset, fallbackOffset, fallbackOffset];
            return empty;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value)) {
            const offset = value.range?.[0] ?? fallbackOffset;
            this.firstAlias ??= offset;
            const target = this.anchors.get(value.source);
            if (!target)
                throw this.fail(`alias *${value.source} names no anchor before it`, offset);
            if (this.open.has(target))
                throw this.fail(`alias *${value.source} refers to a node that contains it`, offset);
            return target;
        }
        const node = value;
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        if (isScalar(node))
            return node;
        this.open.add(node);
        if (isSeq(node)) {
            const items = node.items.map(item => this.resolve(item, node.range?.[1] ?? fallbackOffset));
            this.patches.push(() => (node.items = items));
        }
        else {
            for (const pair of node.items) {
                const key = this.resolve(pair.key, node.range?.[0] ?? fallbackOffset);
                if (isScalar(key) && key.value === '<<' && key.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
                    throw this.fail('"<<" merge keys are YAML 1.1, not 1.2: write the keys out (or quote "<<" for a key of that name)', key.range?.[0] ?? 0);
                }
                const item = this.resolve(pair.value, key.range?.[1] ?? fallbackOffset);
                this.patches.push(() => {
                    pair.key = key;
                    pair.value = item;
                });
            }
        }
        this.open.delete(node);
        return node;
    }
    /** Lets `yaml` count what its own conversion to plain values would expand, with its limit. */
    checkExpansion(offset) {
        try {
            this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (err) {
            if (!(err instanceof ReferenceError))
                throw err;
            throw this.fail(`aliases expand past ${MAX_ALIAS_COUNT} copies (an alias bomb?): ${err.message}`, offset);
        }
    }
    fail(reason, offset) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz([this.src.problem(reason, offset)]);
    }
}
/** A node as plain JavaScript values (mappings as objects with string keys). */
function toJS(node) {
    if (node === null)
        return null;
    if (isScalar(node))
        return node.value;
    if (isSeq(node))
        return node.items.map(toJS);
    // Object.fromEntries defines own properties: a `__proto__` key stays a key.
    return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}
/** The key/value pairs of a mapping node, failing with its position when it is not one. */
function mapEntries(src, node, what) {
    if (!isMap(node))
        throw src.error(`${what} must be a mapping`, node);
    const seen = new Set();
    return node.items.map(({ key, value }) => {
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw src.error(`${what}: keys must be strings`, key);
        }
        const name = String(key.value);
        // `1:` and `"1":` are two keys to YAML but one name to every reader.
        if (seen.has(name))
            throw src.error(`${what}: duplicate key "${name}"`, key);
        seen.add(name);
        return [name, value, key];
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
