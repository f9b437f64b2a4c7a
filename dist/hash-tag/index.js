import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5902:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ buildMatrix)
/* harmony export */ });
/* harmony import */ var _start_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3430);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(502);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6982);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3683);
// First, on purpose: modules are evaluated in import order, and this one starts git listing
// the workspace (cwd, as on the runner) before the others load (node:crypto alone takes
// several ms). git then runs on another core while the job's code (the YAML parser, the tag
// engine) loads: on a large repository each takes about as long as the other.






const { hashTag } = await Promise.all(/* import() */[__nccwpck_require__.e(652), __nccwpck_require__.e(844)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5844));
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
            dir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-known-tags'),
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

/***/ 3430:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _adapters_git_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(27);

// Imported first by the hash-tag action (see there): git starts listing the workspace, the
// working directory on the runner, as soon as this module is evaluated.
(0,_adapters_git_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .startWorktreeListing */ .yt)(process.cwd());


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

/***/ 2123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ git)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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
function git(cwd, args, options = {}) {
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
/** Spool files opened by this process, for unique names. */
let spools = 0;
/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool() {
    // Not node:crypto's randomUUID: loading that module delays git's start by several ms, and
    // the name need not be secret: the file is created exclusively (`wx`), so a name taken by
    // anyone else fails here and the output takes a pipe.
    const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${++spools}-${Math.random().toString(36).slice(2)}`);
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


/***/ }),

/***/ 27:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ gitListing),
/* harmony export */   yY: () => (/* binding */ takeHeadStart),
/* harmony export */   yt: () => (/* binding */ startWorktreeListing)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2123);


/** `git ls-files -s` and `git status`, started at once. */
function gitListing(root, pathspec) {
    let location;
    const runs = {
        indexed: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...pathspec]),
        status: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['--literal-pathspecs', '--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...pathspec]),
        location: () => (location ??= (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(root, ['rev-parse', '--show-prefix', '--show-object-format']).then(({ stdout }) => {
            const [prefix, format] = stdout.split('\n');
            // A git too old to know the option (before 2.25) echoes it, and has SHA-1 repositories only.
            return { prefix, format: format === 'sha256' ? 'sha256' : 'sha1' };
        })),
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
    headStarts.set((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root), gitListing((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root), ['.']));
}
/** The listing `startWorktreeListing(root)` started, once; undefined when none was. */
function takeHeadStart(root) {
    const runs = headStarts.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root));
    headStarts.delete((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root));
    return runs;
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
