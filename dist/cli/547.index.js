export const id = 547;
export const ids = [547];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target.
 */
async function writeFileAtomic(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw e;
    }
}


/***/ }),

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

/***/ 1389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ openRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/yaml.ts
var yaml = __webpack_require__(1076);
;// CONCATENATED MODULE: ./src/core/config/release.ts

const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Repository names end up in file names, env vars and logs: keep them plain. */
const REPO_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function parseReleaseConfig(text, file) {
    const src = new yaml/* YamlSource */.rC(text, file);
    const top = (0,yaml/* mapEntries */.Nn)(src, src.root, 'release config');
    (0,yaml/* checkKeys */.L)(src, top, ['versions', 'repositories', 'deploy'], 'release config');
    const get = (k) => top.find(([key]) => key === k);
    const versionsEntry = get('versions');
    const versions = versionsEntry ? (0,yaml/* scalarString */.Cg)(src, versionsEntry[1], 'versions') : 'versions';
    const reposEntry = get('repositories');
    if (!reposEntry)
        throw src.error('release config: missing "repositories"', src.root);
    const repositories = (0,yaml/* mapEntries */.Nn)(src, reposEntry[1], 'repositories').map(([name, value, keyNode]) => {
        const what = `repositories.${name}`;
        if (!REPO_NAME.test(name))
            throw src.error(`${what}: a repository name may hold only letters, digits, "_", "." and "-"`, keyNode);
        const fields = (0,yaml/* mapEntries */.Nn)(src, value, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['github', 'branch', 'path', 'deploy'], what);
        const field = (k) => fields.find(([key]) => key === k)?.[1];
        const repo = { name, branch: 'main', line: src.lineOf(keyNode) };
        const github = field('github');
        if (github !== undefined) {
            repo.github = (0,yaml/* scalarString */.Cg)(src, github, `${what}.github`);
            if (!OWNER_REPO.test(repo.github))
                throw src.error(`${what}.github: "${repo.github}" is not owner/repo`, github);
        }
        const branch = field('branch');
        if (branch !== undefined)
            repo.branch = (0,yaml/* scalarString */.Cg)(src, branch, `${what}.branch`);
        const path = field('path');
        if (path !== undefined)
            repo.path = (0,yaml/* scalarString */.Cg)(src, path, `${what}.path`);
        const deploy = field('deploy');
        if (deploy !== undefined)
            repo.deploy = plainMap(src, deploy, `${what}.deploy`);
        return repo;
    });
    if (repositories.length === 0)
        throw src.error('repositories: list at least one repository', reposEntry[1]);
    const config = { file, versions, repositories };
    const deployEntry = get('deploy');
    if (deployEntry)
        config.deploy = plainMap(src, deployEntry[1], 'deploy');
    return config;
}
function plainMap(src, node, what) {
    (0,yaml/* mapEntries */.Nn)(src, node, what);
    return node.toJSON();
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/commit.ts
var commit = __webpack_require__(1810);
;// CONCATENATED MODULE: ./src/core/versions/version-file.ts




const TOP_KEYS = ['version', 'previous', 'repositories', 'steps', 'pulls', 'held'];
const STEP_KEYS = ['repository', 'commit'];
/**
 * Parses and validates a version file. Every problem is reported with its file and line;
 * `expectedVersion` (from the file name) must agree with a `version:` key when both exist.
 */
function parseVersionFile(text, file, expectedVersion) {
    const src = new yaml/* YamlSource */.rC(text, file);
    const entries = (0,yaml/* mapEntries */.Nn)(src, src.root, 'version file');
    (0,yaml/* checkKeys */.L)(src, entries, TOP_KEYS, 'version file');
    const get = (key) => entries.find(([k]) => k === key);
    let version = expectedVersion;
    const versionEntry = get('version');
    if (versionEntry) {
        const v = positiveInt(src, versionEntry[1], 'version');
        if (expectedVersion !== undefined && v !== expectedVersion) {
            throw src.error(`version: ${v} does not match the file name (version ${expectedVersion})`, versionEntry[1]);
        }
        version = v;
    }
    if (version === undefined)
        throw src.error('version file: missing "version" and no number in the file name', src.root);
    const previousEntry = get('previous');
    const previous = previousEntry ? positiveInt(src, previousEntry[1], 'previous') : undefined;
    const reposEntry = get('repositories');
    if (!reposEntry)
        throw src.error('version file: missing "repositories"', src.root);
    const repositories = {};
    for (const [name, value] of (0,yaml/* mapEntries */.Nn)(src, reposEntry[1], 'repositories')) {
        repositories[name] = commitValue(src, value, `repositories.${name}`);
    }
    const stepsEntry = get('steps');
    if (!stepsEntry)
        throw src.error('version file: missing "steps"', src.root);
    const stepsNode = stepsEntry[1];
    const steps = [];
    if (stepsNode !== null && !((0,yaml/* isScalar */.jn)(stepsNode) && stepsNode.value === null)) {
        if (!(0,yaml/* isSeq */.oP)(stepsNode))
            throw src.error('steps must be a list', stepsNode);
        stepsNode.items.forEach((item, i) => {
            const what = `steps[${i + 1}]`;
            const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
            (0,yaml/* checkKeys */.L)(src, fields, STEP_KEYS, what);
            const repoField = fields.find(([k]) => k === 'repository');
            const commitField = fields.find(([k]) => k === 'commit');
            if (!repoField)
                throw src.error(`${what}: missing "repository"`, item);
            if (!commitField)
                throw src.error(`${what}: missing "commit"`, item);
            const repository = (0,yaml/* scalarString */.Cg)(src, repoField[1], `${what}.repository`);
            if (!(repository in repositories)) {
                throw src.error(`${what}: repository "${repository}" is not listed under repositories`, repoField[1]);
            }
            steps.push({ repository, commit: commitValue(src, commitField[1], `${what}.commit`) });
        });
    }
    // The last step of a repository must leave it where `repositories` says it ends up.
    const last = new Map();
    steps.forEach((s, index) => last.set(s.repository, { commit: s.commit, index }));
    for (const [repo, { commit, index }] of last) {
        if (repositories[repo] !== commit) {
            const node = stepsNode.items[index];
            throw src.error(`steps[${index + 1}]: last step of "${repo}" deploys ${commit}, but repositories.${repo} is ${repositories[repo]}`, node);
        }
    }
    const result = { version, repositories, steps };
    if (previous !== undefined)
        result.previous = previous;
    const pullsEntry = get('pulls');
    if (pullsEntry)
        result.pulls = parsePulls(src, pullsEntry[1]);
    const heldEntry = get('held');
    if (heldEntry)
        result.held = parseHeld(src, heldEntry[1]);
    return result;
}
function positiveInt(src, node, what) {
    if ((0,yaml/* isScalar */.jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value > 0)
        return node.value;
    throw src.error(`${what} must be a positive whole number`, node);
}
function commitValue(src, node, what) {
    const value = (0,yaml/* scalarString */.Cg)(src, node, what);
    if (!(0,commit/* isCommitId */.j)(value))
        throw src.error(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, node);
    return value;
}
function parsePulls(src, node) {
    const out = {};
    for (const [repo, list] of (0,yaml/* mapEntries */.Nn)(src, node, 'pulls')) {
        if (!(0,yaml/* isSeq */.oP)(list))
            throw src.error(`pulls.${repo} must be a list`, list);
        out[repo] = list.items.map((item, i) => {
            const what = `pulls.${repo}[${i + 1}]`;
            const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
            (0,yaml/* checkKeys */.L)(src, fields, ['number', 'title'], what);
            const num = fields.find(([k]) => k === 'number');
            if (!num)
                throw src.error(`${what}: missing "number"`, item);
            const pull = { number: positiveInt(src, num[1], `${what}.number`) };
            const title = fields.find(([k]) => k === 'title');
            if (title)
                pull.title = (0,yaml/* scalarString */.Cg)(src, title[1], `${what}.title`);
            return pull;
        });
    }
    return out;
}
function parseHeld(src, node) {
    if (!(0,yaml/* isSeq */.oP)(node))
        throw src.error('held must be a list', node);
    return node.items.map((item, i) => {
        const what = `held[${i + 1}]`;
        const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['repository', 'number', 'reason'], what);
        const field = (k) => {
            const f = fields.find(([key]) => key === k);
            if (!f)
                throw src.error(`${what}: missing "${k}"`, item);
            return f[1];
        };
        return {
            repository: (0,yaml/* scalarString */.Cg)(src, field('repository'), `${what}.repository`),
            number: positiveInt(src, field('number'), `${what}.number`),
            reason: (0,yaml/* scalarString */.Cg)(src, field('reason'), `${what}.reason`),
        };
    });
}
/**
 * Serializes deterministically: fixed key order, repositories and pulls in the order given,
 * no line folding. Same version, byte-identical file.
 */
function serializeVersionFile(v) {
    const doc = { version: v.version };
    if (v.previous !== undefined)
        doc.previous = v.previous;
    doc.repositories = v.repositories;
    doc.steps = v.steps.map(s => ({ repository: s.repository, commit: s.commit }));
    if (v.pulls && Object.keys(v.pulls).length > 0) {
        doc.pulls = Object.fromEntries(Object.entries(v.pulls).map(([repo, list]) => [repo, list.map(p => (p.title === undefined ? { number: p.number } : { number: p.number, title: p.title }))]));
    }
    if (v.held && v.held.length > 0) {
        doc.held = v.held.map(h => ({ repository: h.repository, number: h.number, reason: h.reason }));
    }
    return (0,dist/* stringify */.As)(doc, { lineWidth: 0, indentSeq: false });
}
/** Guards a version number taken from a file name or an input. */
function parseVersionNumber(value, what) {
    if (!/^[1-9][0-9]*$/.test(value))
        throw new LockstepError(`${what}: "${value}" is not a version number`);
    return Number(value);
}

// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/adapters/version-store.ts





const VERSION_FILE = /^([1-9][0-9]*)\.ya?ml$/;
/**
 * The folder of version files in a release repository: `versions/<N>.yaml`.
 * Paths in messages are relative to `displayRoot` (the workspace), as annotations need.
 */
class VersionStore {
    dir;
    displayRoot;
    constructor(dir, displayRoot = process.cwd()) {
        this.dir = dir;
        this.displayRoot = displayRoot;
    }
    display(path) {
        return (0,external_node_path_.relative)(this.displayRoot, path) || path;
    }
    /** Version numbers present, ascending. A missing folder is an empty store. */
    async list() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const seen = new Map();
        for (const name of names) {
            const m = VERSION_FILE.exec(name);
            if (!m)
                continue;
            const n = Number(m[1]);
            if (seen.has(n)) {
                throw new errors/* LockstepError */.Cj(`two files for version ${n}: ${seen.get(n)} and ${name}`, { file: this.display((0,external_node_path_.join)(this.dir, name)) });
            }
            seen.set(n, name);
        }
        return [...seen.keys()].sort((a, b) => a - b);
    }
    /** Path of version `n`'s file (the `.yaml` name unless a `.yml` one exists). */
    async pathOf(n) {
        const yml = (0,external_node_path_.join)(this.dir, `${n}.yml`);
        try {
            await (0,promises_.stat)(yml);
            return yml;
        }
        catch {
            return (0,external_node_path_.join)(this.dir, `${n}.yaml`);
        }
    }
    async read(n) {
        const path = await this.pathOf(n);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            throw new errors/* LockstepError */.Cj(`version ${n} does not exist`, { file: this.display(path) });
        }
        return parseVersionFile(text, this.display(path), n);
    }
    async latest() {
        const all = await this.list();
        return all.length ? this.read(all[all.length - 1]) : undefined;
    }
    /** Writes a new version file atomically; never overwrites an existing version. Returns its path. */
    async write(v) {
        if ((await this.list()).includes(v.version)) {
            throw new errors/* LockstepError */.Cj(`version ${v.version} already exists`, { file: this.display(await this.pathOf(v.version)) });
        }
        const path = (0,external_node_path_.join)(this.dir, `${v.version}.yaml`);
        await (0,fs/* writeFileAtomic */.Z)(path, serializeVersionFile(v));
        return path;
    }
}

;// CONCATENATED MODULE: ./src/adapters/release-repo.ts





/** Reads and parses the release config (relative to `workspace`) and opens its version store. */
async function openRelease(configPath, workspace) {
    const path = (0,external_node_path_.resolve)(workspace, configPath);
    const display = (0,external_node_path_.relative)(workspace, path) || path;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* LockstepError */.Cj('release config not found (set the config input or --config)', { file: display });
    }
    const config = parseReleaseConfig(text, display);
    const configDir = (0,external_node_path_.dirname)(path);
    return { config, text, configDir, store: new VersionStore((0,external_node_path_.resolve)(configDir, config.versions), workspace) };
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

/***/ 1810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ assertCommitId),
/* harmony export */   j: () => (/* binding */ isCommitId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A full git object id: SHA-1 (40 hex) or SHA-256 (64 hex). Abbreviations are refused: they can become ambiguous. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isCommitId(value) {
    return COMMIT_ID.test(value);
}
/** Guards every commit id that reaches git, a deployer or a file: lower-case full hex only. */
function assertCommitId(value, what, location = {}) {
    if (!isCommitId(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, location);
    }
    return value;
}


/***/ }),

/***/ 1076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   jh: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.jh),
/* harmony export */   jn: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   oP: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   rC: () => (/* binding */ YamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * A parsed YAML document that can say where any of its nodes sits, so that validation
 * errors name the line a person has to fix.
 */
class YamlSource {
    text;
    file;
    lineOffset;
    doc;
    lines;
    constructor(text, file, 
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    lineOffset = 0) {
        this.text = text;
        this.file = file;
        this.lineOffset = lineOffset;
        this.lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        this.doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
        if (this.doc.errors.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz(this.doc.errors.map(err => {
                const pos = this.lines.linePos(err.pos[0]);
                const msg = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`invalid YAML: ${msg}`, { file, line: pos.line + lineOffset, column: pos.col });
            }));
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        const offset = node?.range?.[0] ?? 0;
        return this.lines.linePos(offset).line + this.lineOffset;
    }
    error(message, node) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(message, { file: this.file, line: this.lineOf(node) });
    }
    get root() {
        return this.doc.contents;
    }
}

/** The key/value pairs of a mapping node, failing with its position when it is not one. */
function mapEntries(src, node, what) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        throw src.error(`${what} must be a mapping`, node);
    return node.items.map(pair => {
        const key = pair.key;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw src.error(`${what}: keys must be strings`, key);
        }
        return [String(key.value), pair.value ?? null, key];
    });
}
/** A scalar string (numbers are accepted and stringified: `branch: 2024` is a branch name). */
function scalarString(src, node, what) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
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
