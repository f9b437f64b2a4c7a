export const id = 558;
export const ids = [558];
export const modules = {

/***/ 5125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/actions-runner.ts
/**
 * The GitHub Actions runner's protocol, spoken directly. An action talks to the runner only
 * through its environment, a few files and its stdout:
 *
 * - inputs arrive as `INPUT_<NAME>` variables (spaces to `_`, upper-cased, dashes kept);
 * - outputs, saved state and exported variables are appended to the files named by
 *   `GITHUB_OUTPUT`, `GITHUB_STATE` and `GITHUB_ENV` in the heredoc form
 *   `name<<ghadelimiter_<uuid>` / value / delimiter (only outputs are used here);
 * - the job summary is markdown appended to the file named by `GITHUB_STEP_SUMMARY`;
 * - everything else is a workflow command on stdout: `::error file=f,line=3::message`,
 *   `::add-mask::`, `::group::`, `::debug::`.
 *
 * It exists instead of `@actions/core` because loading the bundled `@actions/core` costs
 * ~50 ms per action start (it pulls in `@actions/http-client` and `undici`, ~1 MB, for OIDC
 * tokens Lockstep never asks for): `node -e 0` took 60 ms, a bundle doing only
 * `core.info('x')` 110 ms. The hash-tag action's whole budget is ~210 ms.
 *
 * It reproduces `@actions/core` 3.0.1 (`lib/command.js`, `lib/file-command.js`,
 * `lib/utils.js`, `lib/core.js`) byte for byte for the part Lockstep uses, quirks included;
 * test/actions/actions-runner.test.ts compares the two. Files are appended synchronously,
 * so nothing is lost when the process exits.
 */



/** Exit codes of an action (`process.exitCode`). */
const ExitCode = { Success: 0, Failure: 1 };
/** Strings as they are, null/undefined as '', anything else as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command key=value,key=value::message`. Empty (falsy) properties are left out, but as
 * in @actions/core the space after the command stays when the object has keys at all.
 */
function formatCommand(command, properties, message) {
    let text = `::${command || 'missing.command'}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        text += ' ';
        text += keys
            .filter(key => properties[key])
            .map(key => `${key}=${escapeProperty(properties[key])}`)
            .join(',');
    }
    return `${text}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
function toCommandProperties(annotation) {
    if (Object.keys(annotation).length === 0)
        return {};
    return {
        title: annotation.title,
        file: annotation.file,
        line: annotation.startLine,
        endLine: annotation.endLine,
        col: annotation.startColumn,
        endColumn: annotation.endColumn,
    };
}
/** `name<<delimiter`, value, delimiter: the delimiter is random so a value cannot end the block. */
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}
// ---------------------------------------------------------------------------- inputs
/** The input's value, trimmed unless `trimWhitespace: false`; '' when not set. */
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    if (options?.trimWhitespace === false)
        return value;
    return value.trim();
}
/** The input's non-empty lines, each trimmed unless `trimWhitespace: false`. */
function getMultilineInput(name, options) {
    // As in @actions/core: empty lines are dropped before trimming, so a line of spaces stays as ''.
    const lines = getInput(name, options).split('\n').filter(line => line !== '');
    if (options?.trimWhitespace === false)
        return lines;
    return lines.map(line => line.trim());
}
// ---------------------------------------------------------------------------- outputs
/** Sets a step output (`GITHUB_OUTPUT`; the old `::set-output` command when that is not set). */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/** Asks the runner to mask the value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Appends markdown (and a line end) to the job summary. Throws, with @actions/core's
 * messages, when `GITHUB_STEP_SUMMARY` is not set or its file is not readable and writable.
 */
function appendSummary(markdown) {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        accessSync(filePath, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    appendFileSync(filePath, markdown + EOL, { encoding: 'utf8' });
}
// ---------------------------------------------------------------------------- log
function info(message) {
    process.stdout.write(message + EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(level, message, properties) {
    issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    annotate('error', message, properties);
}
function warning(message, properties = {}) {
    annotate('warning', message, properties);
}
function notice(message, properties = {}) {
    annotate('notice', message, properties);
}
/** Folds what `fn` prints into a collapsible group; the group is closed even if `fn` throws. */
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** An `::error` annotation and exit code 1 when the process ends. */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts




function createGitHubClient(options) {
    if (!options.token)
        throw new Error('a GitHub token is required');
    setSecret(options.token);
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const retries = options.retries ?? 3;
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        retry: { retries },
        throttle: {
            onRateLimit: (retryAfter, opts, _octokit, retryCount) => {
                warning(`GitHub rate limit hit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _octokit, retryCount) => {
                warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bootstrapCommand: () => (/* binding */ bootstrapCommand),
/* harmony export */   resolveCommand: () => (/* binding */ resolveCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _adapters_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5125);
/* harmony import */ var _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3309);
/* harmony import */ var _jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);





function source(kind) {
    const s = kind ?? 'git';
    if (s === 'git')
        return ctx => new _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_2__/* .GitPullSource */ .r(ctx.configDir, ctx.config.file);
    if (s === 'github') {
        return ctx => {
            const token = process.env.GITHUB_TOKEN;
            if (!token)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj('--source github needs a token in GITHUB_TOKEN');
            return new _adapters_pull_source_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubPullSource */ .M((0,_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({ token }), ctx.config.file);
        };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--source: "${s}" is not git or github`);
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
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, {
            config: { type: 'string' },
            source: { type: 'string' },
            'on-unmerged': { type: 'string' },
            write: { type: 'boolean' },
        });
        const onUnmerged = values['on-unmerged'] ?? 'hold';
        if (onUnmerged !== 'hold' && onUnmerged !== 'fail')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--on-unmerged: "${onUnmerged}" is not hold or fail`);
        const result = await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDeps */ .JC)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), source: source(values.source), onUnmerged, write: values.write ?? false }, reporter);
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
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, { config: { type: 'string' }, source: { type: 'string' } });
        await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .bootstrap */ .Nw)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), source: source(values.source), write: true }, reporter);
        return 0;
    },
};


/***/ })

};
