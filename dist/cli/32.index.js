export const id = 32;
export const ids = [32];
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
    return (0,yaml/* toJS */.HO)(node);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
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
    return (0,js_yaml/* dump */.Bh)(doc, { lineWidth: -1, seqNoIndent: true });
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
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


// js-yaml over `yaml`: about a third of the load and parse time, which a small action's
// start-up feels (docs/benchmarks.md). js-yaml builds values without positions, so this module
// builds the small tree its readers walk from js-yaml's events (which carry source offsets) and
// takes every value from js-yaml's own construction of the same events: tags, aliases and
// duplicate keys keep js-yaml's YAML 1.2 core-schema meaning. Native Maps keep keys in source order.
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.withTags(js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .realMapTag */ .HY);
const isScalar = (node) => node?.kind === 'scalar';
const isSeq = (node) => node?.kind === 'seq';
const isMap = (node) => node?.kind === 'map';
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
    lineStarts;
    constructor(text, file, 
    /** Line of `text`'s first line in the file it was cut from (dependency blocks sit inside PR text). */
    lineOffset = 0) {
        this.text = text;
        this.file = file;
        this.lineOffset = lineOffset;
        try {
            const events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file });
            this.root = buildTree(text, events, (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: SCHEMA }));
        }
        catch (err) {
            if (!(err instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
                throw err;
            const line = err.mark ? err.mark.line + 1 : 1;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz([
                new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`invalid YAML: ${err.reason}`, { file, line: line + lineOffset, column: (err.mark?.column ?? 0) + 1 }),
            ]);
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        return this.lineAt(node?.offset ?? 0) + this.lineOffset;
    }
    error(message, node) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(message, { file: this.file, line: this.lineOf(node) });
    }
    lineAt(offset) {
        if (!this.lineStarts) {
            this.lineStarts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                this.lineStarts.push(i + 1);
        }
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/**
 * Walks the events of one document beside the values js-yaml constructed from them: both
 * list a collection's children in source order, a mapping's as key, value, key, value.
 */
function buildTree(text, events, documents) {
    if (documents.length === 0)
        return null;
    if (documents.length > 1) {
        const second = events.findIndex((e, i) => i > 0 && e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT);
        throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, offsetOf(events[second + 1], 0), 'expected one document, found more (a second "---")');
    }
    const anchors = new Map();
    const unfinished = new Set();
    let i = 1; // events[0] opens the document
    let last = 0;
    const node = (value) => {
        const event = events[i++];
        last = offsetOf(event, last);
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
            if (!target || unfinished.has(target))
                throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, last, 'an alias may not refer to a node that contains it');
            return target;
        }
        let built;
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR)
            built = { kind: 'scalar', value, offset: last };
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE)
            built = { kind: 'seq', items: [], offset: last };
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING)
            built = { kind: 'map', items: [], offset: last };
        else
            throw js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB.throwAt(text, last, 'unexpected YAML event');
        // Registered before its children are read, so that an alias inside it is recognised as recursive.
        if (event.anchorStart !== -1)
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), built);
        if (built.kind === 'scalar')
            return built;
        unfinished.add(built);
        if (built.kind === 'seq') {
            const values = value;
            while (events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                built.items.push(node(values[built.items.length]));
        }
        else {
            const pairs = value.entries();
            while (events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
                const [k, v] = pairs.next().value;
                const key = node(k);
                built.items.push({ key, value: node(v) });
            }
        }
        i++; // the collection's closing event
        unfinished.delete(built);
        return built;
    };
    return node(documents[0]);
}
/** Where an event's node starts (its tag or anchor if it has one); `fallback` for an empty scalar. */
function offsetOf(event, fallback) {
    if (!event)
        return fallback;
    const starts = [
        'tagStart' in event ? event.tagStart : -1,
        'anchorStart' in event ? event.anchorStart : -1,
        'valueStart' in event ? event.valueStart : 'start' in event ? event.start : -1,
    ].filter(s => s >= 0);
    return starts.length > 0 ? Math.min(...starts) : fallback;
}
/** A node as plain JavaScript values (mappings as objects with string keys). */
function toJS(node) {
    if (node === null)
        return null;
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toJS);
    return Object.fromEntries(node.items.map(({ key, value }) => [String(toJS(key)), toJS(value)]));
}
/** The key/value pairs of a mapping node, failing with its position when it is not one. */
function mapEntries(src, node, what) {
    if (!isMap(node))
        throw src.error(`${what} must be a mapping`, node);
    return node.items.map(({ key, value }) => {
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
            throw src.error(`${what}: keys must be strings`, key);
        }
        return [String(key.value), value, key];
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
