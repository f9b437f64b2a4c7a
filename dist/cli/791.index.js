export const id = 791;
export const ids = [791];
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

/***/ 5791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyCommand: () => (/* binding */ applyCommand),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/deploy-settings.ts
var deploy_settings = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/adapters/deployers/index.ts + 6 modules
var adapters_deployers = __webpack_require__(6252);
// EXTERNAL MODULE: ./src/adapters/github/client.ts + 1 modules
var client = __webpack_require__(5125);
// EXTERNAL MODULE: ./src/adapters/state/file.ts + 2 modules
var file = __webpack_require__(844);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/state/holder.ts

/**
 * Who this run is, as a lock records it: the workflow run (with a link) inside Actions,
 * user, host and process on a laptop.
 */
function currentHolder(env = process.env) {
    const repo = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (repo && runId) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
        return { name: `${repo} run ${runId} attempt ${attempt} (${server}/${repo}/actions/runs/${runId})`, run: `${repo}/${runId}` };
    }
    let user = 'someone';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        /* no passwd entry in some containers */
    }
    return { name: `${user}@${(0,external_node_os_.hostname)()} pid ${process.pid}` };
}

// EXTERNAL MODULE: ./src/jobs/apply-steps.ts + 2 modules
var apply_steps = __webpack_require__(5141);
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
  --break-lock             take the environment although another run holds it (stale hold)
  --codebuild-region R     AWS region for the codebuild deployer
  --codebuild-endpoint URL CodeBuild endpoint override
  --poll-interval SECONDS  first wait before checking a workflow run or build (default 10)
  (the workflow deployer reads a token from GITHUB_TOKEN)`;
function common(argv) {
    const { values } = (0,command/* parseFlags */.b)(argv, FLAGS);
    if (!values.environment)
        throw new errors/* LockstepError */.Cj('--environment is required');
    if (values.deployer && !deploy_settings/* DEPLOYERS */.eb.includes(values.deployer)) {
        throw new errors/* LockstepError */.Cj(`--deployer: "${values.deployer}" is not a deployer (expected one of: ${deploy_settings/* DEPLOYERS */.eb.join(', ')})`);
    }
    const workspace = process.cwd();
    const stateFile = values['state-file'];
    return {
        values,
        options: {
            config: values.config,
            workspace,
            environment: values.environment,
            version: values.version,
            deploy: { ...(values.deployer ? { deployer: values.deployer } : {}), ...(values.run ? { run: values.run } : {}) },
            store: new file/* FileStateStore */.n(values.environment, (0,external_node_path_.resolve)(workspace, stateFile), stateFile),
        },
    };
}
const applyCommand = {
    name: 'apply',
    summary: 'bring an environment to a version, step by step, resuming where a failed run stopped',
    usage: `usage: lockstep apply --environment NAME [--version N] [--run SCRIPT] [--state-file FILE]\n\n${OPTIONS}`,
    async run(argv, reporter) {
        const { values, options } = common(argv);
        const interval = Number(values['poll-interval']);
        if (!Number.isFinite(interval) || interval <= 0)
            throw new errors/* LockstepError */.Cj(`--poll-interval: "${values['poll-interval']}" is not a positive number of seconds`);
        const deployers = new adapters_deployers/* Deployers */.Y({
            poll: { initialMs: interval * 1000 },
            github: () => (0,client/* createGitHubClient */.L)({ token: process.env.GITHUB_TOKEN ?? '' }),
            codebuild: { region: values['codebuild-region'], endpoint: values['codebuild-endpoint'] },
        });
        const result = await (0,apply_steps/* applySteps */.GF)({ ...options, deployers, holder: currentHolder(), breakLock: values['break-lock'] }, reporter);
        reporter.info(`${options.environment} is at version ${result.to} (${result.applied.filter(a => a.status === 'finished').length} step(s) run)`);
        return 0;
    },
};
const planCommand = {
    name: 'plan',
    summary: 'show what `lockstep apply` would do, changing nothing',
    usage: `usage: lockstep plan --environment NAME [--version N] [--state-file FILE]\n\n${OPTIONS}`,
    async run(argv, reporter) {
        const { options } = common(argv);
        await (0,apply_steps/* planSteps */.Dv)(options, reporter);
        return 0;
    },
};


/***/ })

};
