import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5902:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ buildMatrix)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3701);
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(502);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6982);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3683);






// git lists the workspace (cwd, as on the runner) while the job's code (the YAML parser, the
// tag engine) loads: on a large repository each takes about as long as the other, and they
// run on different cores. What the entry imports statically is small and needs no more.
(0,_adapters_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .startWorktreeListing */ .yt)(process.cwd());
const { hashTag } = await Promise.all(/* import() */[__nccwpck_require__.e(652), __nccwpck_require__.e(217)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9217));
/** Turns the action's inputs into the job's options; cwd is the workspace, as on the runner. */
function readInputs() {
    const password = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('registry-password');
    if (password)
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(password);
    const username = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('registry-username');
    return {
        workspace: process.cwd(),
        config: _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('config') || 'images.yaml',
        checkRegistry: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('check-registry'),
        resolveBaseDigests: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('resolve-base-digests'),
        credentials: username || password ? { username, password } : undefined,
        render: _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getMultilineInput */ .q3('render'),
        renderTo: _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('render-to') || undefined,
        writeInputs: _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('write-inputs') || undefined,
        // The memory lives in RUNNER_TEMP (the same path in every run: the cache version hashes it).
        knownTags: {
            dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'lockstep-known-tags'),
            runId: `${process.env.GITHUB_RUN_ID || 'local'}-${process.env.GITHUB_RUN_ATTEMPT || '1'}`,
        },
    };
}
/** `strategy.matrix` for the images to build: missing ones when checked, else all; bases first. */
function buildMatrix(result) {
    const toBuild = result.missing ? new Set(result.missing) : undefined;
    return {
        include: result.images
            .filter(i => !toBuild || toBuild.has(i.name))
            .map(i => ({
            name: i.name,
            context: i.context,
            dockerfile: i.dockerfile,
            tag: i.tag,
            image: i.image,
            // docker/build-push-action takes build-args as KEY=value lines.
            'build-args': Object.entries(i.buildArgs).map(([k, v]) => `${k}=${v}`).join('\n'),
            platform: i.platform ?? '',
            bases: i.bases,
            level: i.level,
        })),
    };
}
await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .runAction */ .C)(async (reporter) => {
    const result = await hashTag(readInputs(), reporter);
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('tags', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.tag]))));
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('images', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.image]))));
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('missing', JSON.stringify(result.missing ?? []));
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('matrix', JSON.stringify(buildMatrix(result)));
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('order', JSON.stringify(result.order));
    _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('rendered', JSON.stringify(result.rendered));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6982:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports choiceInput, secondsInput */
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(502);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);


/**
 * Typed readers for action inputs. Unlike @actions/core's `getBooleanInput`, an empty input takes the
 * default (action.yml defaults do not apply when an action is run by hand), and a bad value
 * is a LockstepError naming the input rather than a TypeError.
 */
function booleanInput(name, fallback = false) {
    const value = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`input ${name}: "${value}" is neither true nor false`);
}
/** One of a fixed set of words (`source: git|github`). */
function choiceInput(name, allowed, fallback) {
    const value = core.getInput(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new LockstepError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value;
}
/** A positive number of seconds (poll intervals). */
function secondsInput(name, fallback) {
    const text = core.getInput(name).trim();
    if (!text)
        return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0)
        throw new LockstepError(`input ${name}: "${text}" is not a positive number of seconds`);
    return n;
}


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export ActionsReporter */
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(502);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);


function annotation(location) {
    if (!location?.file)
        return {};
    return { file: location.file, startLine: location.line, startColumn: location.column, endLine: location.endLine };
}
/** A Reporter that speaks workflow commands and collects the job summary. */
class ActionsReporter {
    parts = [];
    info(message) {
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    warning(message, location) {
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    error(message, location) {
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    group(title, fn) {
        return _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn);
    }
    summary(markdown) {
        this.parts.push(markdown);
    }
    /** Writes the collected summary once, at the end, so a failed run still gets what it had. */
    flush() {
        if (this.parts.length === 0 || !process.env.GITHUB_STEP_SUMMARY)
            return;
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(this.parts.join('\n\n'));
        this.parts.length = 0;
    }
}
/**
 * Runs an action's body: user-facing errors become `::error` annotations naming the file
 * and line, unexpected ones a one-line message (stack only in debug logs); either way the
 * step fails with a non-zero exit and never prints a stack trace.
 */
async function runAction(body) {
    const reporter = new ActionsReporter();
    try {
        await body(reporter);
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz) {
            for (const err of e.errors)
                _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(err), annotation(err.location));
            process.exitCode = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failure;
        }
        else if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isLockstepError */ .sq)(e)) {
            const text = [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(e), ...e.details].join('\n');
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, annotation(e.location));
            process.exitCode = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failure;
        }
        else {
            const err = e;
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err?.stack ?? String(e));
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`unexpected error: ${err?.message ?? String(e)}`);
        }
    }
    finally {
        try {
            reporter.flush();
        }
        catch (e) {
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not write the job summary: ${e.message}`);
        }
    }
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   q3: () => (/* binding */ getMultilineInput),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports toCommandValue, formatCommand, prepareKeyValueMessage, notice */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
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
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
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
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${converted}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(filePath, `${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
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
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(filePath, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(filePath, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, { encoding: 'utf8' });
}
// ---------------------------------------------------------------------------- log
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
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


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yt: () => (/* binding */ startWorktreeListing),
  OY: () => (/* binding */ worktreeSnapshot)
});

// UNUSED EXPORTS: commitSnapshot, gitBlobId, outermost

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/tag/file-index.ts
var file_index = __nccwpck_require__(605);
// EXTERNAL MODULE: ./src/core/tag/paths.ts
var tag_paths = __nccwpck_require__(5964);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/git/git.ts






/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 *
 * git's standard output goes to an unlinked temporary file rather than a pipe: through a
 * 64 KB pipe, `git ls-files` of a large repository (megabytes) stalls whenever this process
 * is busy (loading its code, hashing) and cannot drain it, and finished ~90 ms late on the
 * benchmark; into a file it runs at its own speed, and the output is read once at the end.
 */
function git_git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const spool = openSpool();
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', spool?.fd ?? 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (chunk) => out.push(chunk));
        child.stderr?.on('data', (chunk) => err.push(chunk));
        let failed = false;
        child.on('error', e => {
            failed = true;
            spool?.close();
            reject(new errors/* LockstepError */.Cj(`git ${args[0]} could not run in ${cwd}: ${e.message}`));
        });
        child.on('close', (code, signal) => {
            if (failed)
                return;
            // Decoded once: a string per 64 KB chunk left megabytes of short-lived strings for the
            // garbage collector to copy until they were joined.
            const stdout = (spool ? spool.read() : Buffer.concat(out)).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (code === 0) {
                resolve({ stdout, stderr });
                return;
            }
            const detail = (stderr || `exited with ${signal ?? `code ${code}`}`).trim().split('\n').slice(-3).join(' ');
            reject(new errors/* LockstepError */.Cj(`git ${args[0]} failed in ${cwd}: ${detail}`));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool() {
    const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${(0,external_node_crypto_.randomUUID)()}`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    let linked = true;
    try {
        (0,external_node_fs_.unlinkSync)(path);
        linked = false;
    }
    catch {
        // Windows keeps an open file's name: removed on close instead.
    }
    const close = () => {
        (0,external_node_fs_.closeSync)(fd);
        if (linked)
            (0,external_node_fs_.unlinkSync)(path);
    };
    return {
        fd,
        close,
        read() {
            try {
                const bytes = Buffer.allocUnsafe((0,external_node_fs_.fstatSync)(fd).size);
                for (let at = 0; at < bytes.length;) {
                    const n = (0,external_node_fs_.readSync)(fd, bytes, at, bytes.length - at, at);
                    if (n === 0)
                        return bytes.subarray(0, at);
                    at += n;
                }
                return bytes;
            }
            finally {
                close();
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts








/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => (0,tag_paths/* isUnder */.Jo)(p, o)))
            out.push(p);
    return out;
}
/** Git's blob id of some bytes: sha1 over `blob <length>\0` and the bytes. */
function gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Mode as git records it: the owner's exec bit is the only permission that counts. */
function gitMode(stats) {
    if (stats.isSymbolicLink())
        return '120000';
    if (stats.isFile())
        return stats.mode & 0o100 ? '100755' : '100644';
    return undefined;
}
/** True when nothing at or below `dir` needs reading, so the folder need not even be listed. */
function skippable(needs, dir) {
    return needs?.anyBelow !== undefined && !needs.anyBelow(dir);
}
/**
 * Hashes one path from disk; a symlink by its target text (never followed, so a broken one is fine).
 * Synchronous on purpose, like `lstatPath`: these run after git has answered, with nothing
 * else to wait for, and a small file read in place costs a fraction of the four thread-pool
 * round trips (open, stat, read, close) an asynchronous read takes (measured: 250 changed
 * files, ~45 ms asynchronously).
 */
function hashPath(full, path, stats, needs) {
    const mode = gitMode(stats);
    if (mode === undefined)
        return undefined;
    if (needs && !needs(path))
        return { path, mode, oid: '' };
    const bytes = mode === '120000' ? (0,external_node_fs_.readlinkSync)(full, { encoding: 'buffer' }) : (0,external_node_fs_.readFileSync)(full);
    return { path, mode, oid: gitBlobId(bytes) };
}
function lstatPath(full) {
    try {
        return (0,external_node_fs_.lstatSync)(full);
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return undefined;
        throw e;
    }
}
/**
 * Hashes every file at or below `path` (a file or a folder) into `out`. `.git` folders are
 * skipped: the repository's own database is never part of an image's identity.
 */
async function hashTree(root, path, out, needs) {
    const full = (0,external_node_path_.join)(root, path);
    const stats = lstatPath(full);
    if (!stats)
        return;
    if (stats.isDirectory()) {
        const files = [];
        const dirs = [path];
        while (dirs.length > 0) {
            const dir = dirs.pop();
            for (const d of await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true })) {
                if (d.name === '.git')
                    continue;
                const child = dir === '.' ? d.name : `${dir}/${d.name}`;
                if (d.isDirectory()) {
                    if (!skippable(needs, child))
                        dirs.push(child);
                }
                else
                    files.push({ path: child });
            }
        }
        for (const f of files) {
            const s = lstatPath((0,external_node_path_.join)(root, f.path));
            const entry = s && hashPath((0,external_node_path_.join)(root, f.path), f.path, s, needs);
            if (entry)
                out(entry);
        }
        return;
    }
    const entry = hashPath(full, path, stats, needs);
    if (entry)
        out(entry);
}
/** `git ls-files -s` and `git status`, started at once. */
function gitListing(root, pathspec) {
    let prefix;
    const runs = {
        indexed: git_git(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...pathspec]),
        status: git_git(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
        prefix: () => (prefix ??= git_git(root, ['rev-parse', '--show-prefix'])),
    };
    // Not a repository, or an answer never awaited: whoever awaits it reports or falls back.
    runs.indexed.catch(() => undefined);
    runs.status.catch(() => undefined);
    return runs;
}
/** Listings started ahead of time, by workspace root: see `startWorktreeListing`. */
const headStarts = new Map();
/**
 * Starts git listing the whole workspace now, for the next `worktreeSnapshot(root)`:
 * an action calls this before loading the rest of its code and reading its config, and git
 * (which takes as long as loading the bundle does) runs meanwhile on another core. A whole
 * workspace listing serves any paths; nothing outside them is read.
 */
function startWorktreeListing(root) {
    headStarts.set((0,external_node_path_.resolve)(root), gitListing((0,external_node_path_.resolve)(root), ['.']));
}
/**
 * The working tree, fast. In a git repository the index already holds the blob id and mode
 * of every tracked file (`git ls-files -s`); `git status` names the few paths that differ
 * (modified, deleted, untracked, and — with `--ignored=matching` — gitignored), and only those
 * are read and hashed here. Both run at once: the listing costs what `git status` costs.
 * Gitignored files inside a context count because Docker sends them (a jar built by an earlier
 * step); `.dockerignore` is what keeps files out of an image. Outside git every file is read.
 * Submodules count by the commit the index records.
 *
 * `indexed` gives git's index alone, as soon as `ls-files` answers and well before `status`
 * does: a caller can compute from it meanwhile, and keep the result when `list` resolves to
 * that very object (nothing differs).
 */
function worktreeSnapshot(root) {
    let runs;
    let limit;
    let committed;
    // The first call starts git (or takes the head start); later calls share its answers.
    const start = (paths) => {
        if (runs)
            return runs;
        limit = paths === undefined || paths.includes('.') ? undefined : outermost(paths);
        runs = headStarts.get((0,external_node_path_.resolve)(root));
        headStarts.delete((0,external_node_path_.resolve)(root));
        // git matches every file against every pathspec: past a handful, listing the whole
        // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
        // Literal pathspecs: a folder called `a*` must not match `ab`.
        return (runs ??= gitListing(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']));
    };
    const indexed = (paths) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout)));
    return {
        label: 'working tree',
        indexed,
        async list(paths, needsContent) {
            const git = start(paths);
            let index, status, prefix = '';
            try {
                [index, { stdout: status }] = await Promise.all([indexed(paths), git.status]);
                if (status !== '')
                    prefix = (await git.prefix()).stdout.trim();
            }
            catch {
                // Not a repository (or no git): read everything, as Docker would.
                return listByWalking(root, limit, await needsContent);
            }
            return listWithGit(root, prefix, index, status, limit, await needsContent);
        },
        // Synchronous inside: the config, Dockerfiles and ignore files are small, and read while
        // git (another process) lists; a few dozen reads in place cost less than their round trips
        // through the thread pool.
        async readText(path) {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
                    return undefined;
                throw e;
            }
        },
    };
}
async function listByWalking(root, limit, needs) {
    const out = [];
    for (const path of limit ?? ['.'])
        await hashTree(root, path, e => out.push(e), needs);
    return new file_index/* FileIndex */.rx(out);
}
/** Calls `fn` with each NUL-terminated record of git's `-z` output, without splitting it up front. */
function eachRecord(output, fn) {
    for (let start = 0; start < output.length;) {
        let end = output.indexOf('\0', start);
        if (end < 0)
            end = output.length;
        if (end > start)
            fn(start, end);
        start = end + 1;
    }
}
/**
 * `git ls-files -s -z` output as an index whose columns point into it: `<mode> <oid> <stage>\t<path>\0`
 * per file, in git's path order. Nothing is copied per file.
 */
function gitIndex(text) {
    const columns = indexColumns(text);
    // git orders its index by the bytes of each path, which is the order FileIndex keeps when
    // every path is ASCII (byte length = string length); only a conflict lists a path twice.
    return file_index/* FileIndex */.rx.fromColumns(columns, !columns.conflicted && Buffer.byteLength(text) === text.length);
}
function indexColumns(text) {
    // A record is at least 52 characters (`100644 `, a 40-digit oid, ` 0\t`, one character, NUL):
    // room for that many rows, rather than a first pass to count them.
    const max = Math.floor(text.length / 52) + 1;
    const pathStart = new Int32Array(max);
    const pathEnd = new Int32Array(max);
    const oidStart = new Int32Array(max);
    const oidEnd = new Int32Array(max);
    const modeCode = new Uint8Array(max);
    const modes = [...file_index/* GIT_MODES */.sp];
    let conflicted = false;
    let row = 0;
    eachRecord(text, (start, end) => {
        const space = text.indexOf(' ', start);
        const tab = text.indexOf('\t', space);
        const known = space - start === 6 ? file_index/* GIT_MODES */.sp.findIndex(m => text.startsWith(m, start)) : -1;
        if (row === max)
            throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(start, end))}`);
        modeCode[row] = known >= 0 ? known : (0,file_index/* modeCode */.Z$)(modes, text.slice(start, space));
        oidStart[row] = space + 1;
        // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
        oidEnd[row] = tab - 2;
        if (text.charCodeAt(tab - 1) !== 48 /* 0 */)
            conflicted = true;
        pathStart[row] = tab + 1;
        pathEnd[row] = end;
        row++;
    });
    return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted };
}
async function listWithGit(root, prefix, index, status, limit, needs) {
    // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
    const touched = [];
    eachRecord(status, (start, end) => {
        const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
        if (!path.startsWith(prefix))
            return;
        const rel = path.slice(prefix.length);
        // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
        if (!limit || limit.some(p => (0,tag_paths/* isUnder */.Jo)(rel, p) || (0,tag_paths/* isUnder */.Jo)(p, rel)))
            touched.push(rel);
    });
    if (touched.length === 0)
        return index;
    // The few paths git says differ: what is on disk replaces (or removes) the index's entry.
    const changes = new Map();
    for (const path of touched) {
        const row = index.find(path);
        if (row >= 0 && index.mode(row) === '160000')
            continue;
        const stats = lstatPath((0,external_node_path_.join)(root, path));
        if (!stats) {
            changes.set(path, null);
        }
        else if (stats.isDirectory()) {
            // A gitignored folder, or an untracked nested repository; not walked when nothing in it can count.
            changes.set(path, null);
            if (!skippable(needs, path))
                await hashTree(root, path, e => changes.set(e.path, e), needs);
        }
        else {
            changes.set(path, hashPath((0,external_node_path_.join)(root, path), path, stats, needs) ?? null);
        }
    }
    return index.withChanges(changes);
}
/**
 * A commit of the repository at `root`: `git ls-tree -r` gives every file's mode and blob
 * id without a checkout, and `git cat-file` reads the few texts needed (config, Dockerfiles,
 * ignore files).
 */
async function commitSnapshot(root, rev) {
    let commit;
    try {
        commit = (await git(root, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).stdout.trim();
    }
    catch {
        throw new LockstepError(`"${rev}" is not a commit of the repository at ${root}`);
    }
    let listing;
    const all = () => (listing ??= git(root, ['ls-tree', '-r', '-z', commit]).then(r => {
        const entries = [];
        eachRecord(r.stdout, (start, end) => {
            // `<mode> <type> <oid>\t<path>`, relative to `root` (ls-tree's default without --full-tree).
            const record = r.stdout.slice(start, end);
            const tab = record.indexOf('\t');
            const [mode, , oid] = record.slice(0, tab).split(' ');
            entries.push({ path: record.slice(tab + 1), mode, oid });
        });
        return new FileIndex(entries);
    }));
    return {
        label: commit,
        // The whole commit: a listing may hold more than the paths asked for.
        async list() {
            return all();
        },
        async readText(path) {
            const entry = (await all()).get(path);
            if (!entry || entry.mode === '160000')
                return undefined;
            return (await git(root, ['cat-file', 'blob', entry.oid])).stdout;
        },
    };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ formatLocated),
/* harmony export */   Cj: () => (/* binding */ LockstepError),
/* harmony export */   hz: () => (/* binding */ LockstepErrors),
/* harmony export */   sq: () => (/* binding */ isLockstepError)
/* harmony export */ });
/**
 * An error the user can act on: bad input, a cycle, a failed step. Entry points print
 * these as `::error` annotations without a stack trace; anything else is a bug.
 */
class LockstepError extends Error {
    location;
    /** Extra lines printed after the message (a cycle path, a deployer's log link). */
    details;
    constructor(message, location = {}, details = []) {
        super(message);
        this.name = 'LockstepError';
        this.location = location;
        this.details = details;
    }
}
/** Several independent problems found in one pass (every malformed block, not only the first). */
class LockstepErrors extends LockstepError {
    errors;
    constructor(errors) {
        super(errors.map(e => formatLocated(e)).join('\n'), errors[0]?.location ?? {});
        this.name = 'LockstepErrors';
        this.errors = errors;
    }
}
/** `file:line:col: message`, the form editors and terminals link. */
function formatLocated(e) {
    const { file, line, column } = e.location;
    if (!file)
        return e.message;
    const where = [file, line, line !== undefined ? column : undefined].filter(v => v !== undefined).join(':');
    return `${where}: ${e.message}`;
}
function isLockstepError(e) {
    return e instanceof LockstepError;
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z$: () => (/* binding */ modeCode),
/* harmony export */   rx: () => (/* binding */ FileIndex),
/* harmony export */   sp: () => (/* binding */ GIT_MODES)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5964);

/** Git's four file modes, in the order `FileColumns.modeCode` numbers them by default. */
const GIT_MODES = ['100644', '100755', '120000', '160000'];
/**
 * The files of a tree, sorted by path, so that every folder is one contiguous range of rows.
 *
 * Held as columns over one text (see `FileColumns`), not as one object per file: a 48,000-file
 * workspace would otherwise keep 48,000 entries and their strings alive through every
 * young-generation garbage collection of the run, and copying them was the largest single cost
 * after git itself (docs/benchmarks.md). Rows are read as strings only while they are used.
 */
class FileIndex {
    c;
    /** Set on an index made by `withChanges`: what it was made from, and the paths that differ. */
    derived;
    /** An index of any entries, in any order (a later entry for the same path wins). */
    constructor(entries) {
        this.c = columnsOf(entries);
    }
    /**
     * An index over columns in path order, each path once: checked (and sorted when not) unless
     * the caller vouches for it with `ordered` (git's index of ASCII paths without conflicts is
     * in exactly this order: checking 48,000 paths again cost as much as reading them, ~10 ms).
     */
    static fromColumns(columns, ordered = false) {
        const index = Object.create(FileIndex.prototype);
        index.c = columns;
        return ordered || index.isOrdered() ? index : new FileIndex(index.entries());
    }
    get size() {
        return this.c.count;
    }
    path(row) {
        return this.c.text.slice(this.c.pathStart[row], this.c.pathEnd[row]);
    }
    /** The row's path without its first `skip` characters (a context-relative path, in one slice). */
    pathFrom(row, skip) {
        return this.c.text.slice(this.c.pathStart[row] + skip, this.c.pathEnd[row]);
    }
    mode(row) {
        return this.c.modes[this.c.modeCode[row]];
    }
    oid(row) {
        return this.c.text.slice(this.c.oidStart[row], this.c.oidEnd[row]);
    }
    entry(row) {
        return { path: this.path(row), mode: this.mode(row), oid: this.oid(row) };
    }
    /** Every file, as entries (for small trees and tests: this is the copy the index avoids). */
    entries() {
        const out = [];
        for (let row = 0; row < this.c.count; row++)
            out.push(this.entry(row));
        return out;
    }
    /** The first row whose path is not below `path` in sort order. */
    lowerBound(path) {
        let lo = 0;
        let hi = this.c.count;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(this.path(mid), path) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** The row of `path`, or -1. */
    find(path) {
        const row = this.lowerBound(path);
        return row < this.c.count && this.path(row) === path ? row : -1;
    }
    get(path) {
        const row = this.find(path);
        return row < 0 ? undefined : this.entry(row);
    }
    /**
     * The rows at or below `dir` (`.` is everything): `file`, the row of `dir` itself when it is
     * a file (else -1), then the rows from `start` to `end` (excluded), the files below it.
     */
    rowsUnder(dir) {
        if (dir === '.')
            return { file: -1, start: 0, end: this.c.count };
        // Paths below `dir` are exactly those from `dir/` up to `dir0` (`0` follows `/`).
        return { file: this.find(dir), start: this.lowerBound(`${dir}/`), end: this.lowerBound(`${dir}0`) };
    }
    /** The files at or below `dir` (`.` is everything), as entries. */
    under(dir) {
        const { file, start, end } = this.rowsUnder(dir);
        const out = file >= 0 ? [this.entry(file)] : [];
        for (let row = start; row < end; row++)
            out.push(this.entry(row));
        return out;
    }
    /** True when `dir` is a file or holds at least one file. */
    exists(dir) {
        const { file, start, end } = this.rowsUnder(dir);
        return file >= 0 || start < end;
    }
    /**
     * This index with some paths replaced or removed (`null`) and others added: the few files
     * that differ from git's index. Unchanged rows keep pointing into the same text.
     */
    withChanges(changes) {
        // A gitignored folder that is not walked, a file touched but not changed: this index as it is.
        const same = (path, e) => {
            const row = this.find(path);
            return e === null ? row < 0 : row >= 0 && this.mode(row) === e.mode && this.oid(row) === e.oid;
        };
        const paths = [...changes].filter(([path, e]) => !same(path, e)).map(([path]) => path);
        if (paths.length === 0)
            return this;
        const added = [...changes].filter((c) => c[1] !== null).sort((a, b) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a[0], b[0]));
        const extra = columnsOf(added.map(([, e]) => e), this.c.text.length, this.c.modes);
        const text = this.c.text + extra.text;
        const max = this.c.count + extra.count;
        const out = {
            text,
            count: 0,
            pathStart: new Int32Array(max),
            pathEnd: new Int32Array(max),
            oidStart: new Int32Array(max),
            oidEnd: new Int32Array(max),
            modeCode: new Uint8Array(max),
            modes: extra.modes,
        };
        const copy = (from, row) => {
            const n = out.count++;
            out.pathStart[n] = from.pathStart[row];
            out.pathEnd[n] = from.pathEnd[row];
            out.oidStart[n] = from.oidStart[row];
            out.oidEnd[n] = from.oidEnd[row];
            out.modeCode[n] = from.modeCode[row];
        };
        let j = 0;
        for (let row = 0; row < this.c.count; row++) {
            const path = this.path(row);
            while (j < extra.count && (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(added[j][0], path) < 0)
                copy(extra, j++);
            if (!changes.has(path))
                copy(this.c, row);
        }
        while (j < extra.count)
            copy(extra, j++);
        const index = FileIndex.fromColumns(out);
        index.derived = { base: this, paths };
        return index;
    }
    /** The paths that differ from `base`, when this index was made from it by `withChanges`; else undefined. */
    changesSince(base) {
        return this.derived?.base === base ? this.derived.paths : undefined;
    }
    isOrdered() {
        for (let row = 1; row < this.c.count; row++)
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(this.path(row - 1), this.path(row)) >= 0)
                return false;
        return true;
    }
}
/**
 * Columns for entries, sorted by path, one row per path (the last entry for a path wins).
 * Offsets start at `base`, so that the text can be appended to another index's text of that
 * length (`withChanges`).
 */
function columnsOf(entries, base = 0, modes = GIT_MODES) {
    const byPath = new Map();
    for (const e of entries)
        byPath.set(e.path, e);
    const list = [...byPath.values()].sort((a, b) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a.path, b.path));
    const modeList = [...modes];
    const count = list.length;
    const columns = {
        count,
        pathStart: new Int32Array(count),
        pathEnd: new Int32Array(count),
        oidStart: new Int32Array(count),
        oidEnd: new Int32Array(count),
        modeCode: new Uint8Array(count),
    };
    const parts = [];
    let at = base;
    list.forEach((e, row) => {
        columns.modeCode[row] = modeCode(modeList, e.mode);
        columns.oidStart[row] = at;
        columns.oidEnd[row] = at += e.oid.length;
        columns.pathStart[row] = at;
        columns.pathEnd[row] = at += e.path.length;
        parts.push(e.oid, e.path);
    });
    return { ...columns, text: parts.join(''), modes: modeList };
}
/** The number of `mode` in `modes` (a `FileColumns.modes` being built), added when new. */
function modeCode(modes, mode) {
    let code = modes.indexOf(mode);
    if (code < 0)
        code = modes.push(mode) - 1;
    if (code > 255)
        throw new Error(`more than 256 distinct file modes (${mode})`);
    return code;
}


/***/ }),

/***/ 5964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Kp: () => (/* binding */ joinRepoPath),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Repository paths are posix, relative to the workspace root, without `./`; the root itself is
 * `.`. Returns undefined for a path that leaves the root (absolute, or `..` on top), so that the
 * caller can name the config line.
 */
function normalizeRepoPath(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const norm = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (norm === '..' || norm.startsWith('../'))
        return undefined;
    return norm === '' ? '.' : norm;
}
/** True when `path` is `dir` or lies below it (`.` holds everything). */
function isUnder(path, dir) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/** `path` relative to `dir` (which must hold it); `dir` itself gives `.`. */
function relativeTo(path, dir) {
    if (dir === '.')
        return path;
    return path === dir ? '.' : path.slice(dir.length + 1);
}
function joinRepoPath(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
/** Byte-wise comparison of strings, so that a sort does not depend on the locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4601:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5902);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__buildMatrix = __webpack_exports__.K;
/******/ export { __webpack_exports__buildMatrix as buildMatrix };
/******/ 
