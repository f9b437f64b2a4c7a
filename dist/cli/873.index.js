export const id = 873;
export const ids = [873];
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

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashTagCommand: () => (/* binding */ hashTagCommand),
  whyCommand: () => (/* binding */ whyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/tag/paths.ts
var paths = __webpack_require__(5964);
;// CONCATENATED MODULE: ./src/core/tag/why.ts

function fileValue(f) {
    return `${f[1]} ${f[2]}`;
}
function diffPairs(kind, a, b) {
    const before = new Map(a);
    const after = new Map(b);
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(paths/* compareStrings */.Kt);
    return names.filter(n => before.get(n) !== after.get(n)).map(name => ({ kind, name, before: before.get(name), after: after.get(name) }));
}
/** What made two manifests (and so two tags) differ, in manifest order. */
function diffManifests(a, b) {
    const changes = [];
    if (a.algorithm !== b.algorithm)
        changes.push({ kind: 'algorithm', name: '', before: a.algorithm, after: b.algorithm });
    if (a.dockerfile !== b.dockerfile)
        changes.push({ kind: 'dockerfile', name: '', before: a.dockerfile, after: b.dockerfile });
    changes.push(...diffPairs('file', a.files.map(f => [f[0], fileValue(f)]), b.files.map(f => [f[0], fileValue(f)])));
    changes.push(...diffPairs('input', a.inputs.map(f => [f[0], fileValue(f)]), b.inputs.map(f => [f[0], fileValue(f)])));
    changes.push(...diffPairs('build-arg', a.buildArgs, b.buildArgs));
    if (a.platform !== b.platform)
        changes.push({ kind: 'platform', name: '', before: a.platform ?? undefined, after: b.platform ?? undefined });
    changes.push(...diffPairs('base', a.bases, b.bases));
    const ext = (m) => m.external.map(([r, d]) => [r, d ?? 'unresolved']);
    changes.push(...diffPairs('external', ext(a), ext(b)));
    return changes;
}
/** One line a person can read: `file src/app.ts: 100644 1a2b… → 100755 1a2b…`. */
function formatChange(c) {
    const label = c.name ? `${c.kind} ${c.name}` : c.kind;
    if (c.before === undefined)
        return `${label}: added (${c.after})`;
    if (c.after === undefined)
        return `${label}: removed (was ${c.before})`;
    return `${label}: ${c.before} → ${c.after}`;
}

// EXTERNAL MODULE: ./src/composition/hash-tag.ts
var hash_tag = __webpack_require__(5741);
// EXTERNAL MODULE: ./src/jobs/hash-tag.ts + 5 modules
var jobs_hash_tag = __webpack_require__(5508);
// EXTERNAL MODULE: ./src/core/tag/tags.ts + 1 modules
var tags = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/jobs/hash-tag/analyse.ts + 6 modules
var analyse = __webpack_require__(5269);
;// CONCATENATED MODULE: ./src/jobs/hash-tag/why.ts






/**
 * "Why did my tag change?": computes the image's manifest in two trees (two commits, or a
 * commit and the working tree) and names the files, arguments and bases that differ; a base
 * whose tag changed is explained in turn, down to the file that started it.
 */
async function whyTagChanged(options, reporter) {
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const configPath = (0,paths/* workspacePath */.X5)(options.config ?? 'images.yaml', workspace, 'config');
    const tagsOf = async (snapshot, older) => {
        try {
            return new Map((0,tags/* computeTags */.$o)(await (0,analyse/* analyzeTree */.t)(snapshot, configPath)).map(i => [i.name, i]));
        }
        catch (e) {
            // A tree from before the images config existed: every image is new in the later one.
            if (older && e instanceof errors/* LockstepError */.Cj && e.location.file === configPath && e.location.line === undefined)
                return new Map();
            throw e;
        }
    };
    const { snapshots } = options;
    let fromSnapshot = await snapshots.commit(workspace, options.from ?? 'HEAD');
    let toSnapshot = options.to ? await snapshots.commit(workspace, options.to) : snapshots.worktree(workspace, message => reporter.warning(message));
    let [before, after] = await Promise.all([tagsOf(fromSnapshot, true), tagsOf(toSnapshot, false)]);
    if (options.from === undefined && options.to === undefined && before.get(options.image)?.tag === after.get(options.image)?.tag) {
        // A clean working tree: the question is then what the last commit changed.
        const parent = await snapshots.commit(workspace, 'HEAD~1').catch(() => undefined);
        if (parent) {
            [toSnapshot, after] = [fromSnapshot, before];
            fromSnapshot = parent;
            before = await tagsOf(parent, true);
        }
    }
    if (!before.has(options.image) && !after.has(options.image)) {
        throw new errors/* LockstepError */.Cj(`unknown image "${options.image}" (configured: ${[...after.keys()].sort().join(', ')})`, { file: configPath });
    }
    const explain = (name) => {
        const a = before.get(name);
        const b = after.get(name);
        const changes = a && b ? diffManifests(a.manifest, b.manifest) : [];
        return {
            image: name,
            from: { label: fromSnapshot.label, tag: a?.tag },
            to: { label: toSnapshot.label, tag: b?.tag },
            changes,
            bases: changes.filter(c => c.kind === 'base' && c.before !== undefined && c.after !== undefined).map(c => explain(c.name)),
        };
    };
    return explain(options.image);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/hash-tag.ts







/** In `--json` mode stdout carries only the JSON document; progress goes to stderr. */
function quiet(reporter) {
    return {
        info: message => process.stderr.write(`${message}\n`),
        warning: (message, location) => reporter.warning(message, location),
        error: (message, location) => reporter.error(message, location),
        group: (_title, fn) => fn(),
        summary: () => { },
    };
}
const hashTagCommand = {
    name: 'hash-tag',
    summary: 'compute every image tag from its tree; check the registry; render templates',
    usage: `usage: lockstep hash-tag [options]

Computes each image's content tag from the working tree (uncommitted and untracked
files included, as Docker would send them) and prints image, tag and status.

  --cwd <dir>              workspace root (default: current folder)
  --config <path>          images config (default: images.yaml)
  --render <path|glob>     template to render; repeat for more
  --render-to <dir>        write rendered templates there (default: in place)
  --check-registry         ask the registry which tags exist
  --resolve-base-digests   fold external FROM images' digests into the tags
  --write-inputs <dir>     write <image>.json with each tag's inputs
  --json                   print the result as JSON

Registry credentials come from LOCKSTEP_REGISTRY_USERNAME / LOCKSTEP_REGISTRY_PASSWORD
(for the config's registry), else from the logins you already have: the containers auth
file (REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)
and the Docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json, with its
credential helpers).`,
    async run(argv, reporter) {
        const { values } = (0,command/* parseFlags */.b)(argv, {
            cwd: { type: 'string' },
            config: { type: 'string' },
            render: { type: 'string', multiple: true },
            'render-to': { type: 'string' },
            'check-registry': { type: 'boolean' },
            'resolve-base-digests': { type: 'boolean' },
            'write-inputs': { type: 'string' },
            json: { type: 'boolean' },
        });
        const username = process.env.LOCKSTEP_REGISTRY_USERNAME;
        const password = process.env.LOCKSTEP_REGISTRY_PASSWORD;
        const result = await (0,jobs_hash_tag/* hashTag */.D)({
            workspace: (0,external_node_path_.resolve)(values.cwd ?? '.'),
            config: values.config,
            render: values.render,
            renderTo: values['render-to'],
            checkRegistry: values['check-registry'],
            resolveBaseDigests: values['resolve-base-digests'],
            writeInputs: values['write-inputs'],
            ...(await (0,hash_tag/* hashTagPorts */.LH)({ credentials: username || password ? { username, password } : undefined, userCredentials: { env: process.env } })),
        }, values.json ? quiet(reporter) : reporter);
        if (values.json) {
            const images = result.images.map(i => ({
                name: i.name,
                tag: i.tag,
                image: i.image,
                context: i.context,
                dockerfile: i.dockerfile,
                buildArgs: i.buildArgs,
                platform: i.platform ?? null,
                bases: i.bases,
                external: i.external,
                level: i.level,
                status: result.status[i.name],
            }));
            process.stdout.write(`${JSON.stringify({ images, order: result.order, missing: result.missing ?? null, rendered: result.rendered }, null, 2)}\n`);
        }
        return 0;
    },
};
function hash_tag_short(tag) {
    return tag ?? '(absent)';
}
function printWhy(w, out, depth = 0) {
    const pad = '  '.repeat(depth);
    const from = w.from.label.length === 40 ? w.from.label.slice(0, 12) : w.from.label;
    const to = w.to.label.length === 40 ? w.to.label.slice(0, 12) : w.to.label;
    if (w.from.tag === w.to.tag) {
        out.push(`${pad}${w.image}: tag ${hash_tag_short(w.to.tag)} unchanged between ${from} and ${to}`);
        return;
    }
    out.push(`${pad}${w.image}: ${hash_tag_short(w.from.tag)} (${from}) → ${hash_tag_short(w.to.tag)} (${to})`);
    if (w.from.tag === undefined || w.to.tag === undefined)
        return;
    for (const c of w.changes) {
        out.push(`${pad}  ${formatChange(c)}`);
        const base = c.kind === 'base' ? w.bases.find(b => b.image === c.name) : undefined;
        if (base)
            printWhy(base, out, depth + 2);
    }
}
const whyCommand = {
    name: 'why',
    summary: 'name the files, args and bases that changed an image tag between two trees',
    usage: `usage: lockstep why <image> [options]

Compares the image's tag inputs in two trees and names what differs; a base image
whose tag changed is explained in turn.

  --from <rev>      older tree (default: HEAD)
  --to <rev>        newer tree (default: the working tree; when it gives HEAD's
                    tag, the last commit is explained: HEAD~1 → HEAD)
  --cwd <dir>       workspace root (default: current folder)
  --config <path>   images config (default: images.yaml)
  --json            print the comparison as JSON`,
    async run(argv, reporter) {
        const { values, positionals } = (0,command/* parseFlags */.b)(argv, { from: { type: 'string' }, to: { type: 'string' }, cwd: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } }, true);
        if (positionals.length !== 1)
            throw new errors/* LockstepError */.Cj('why: name exactly one image (lockstep why <image>)');
        const result = await whyTagChanged({ workspace: (0,external_node_path_.resolve)(values.cwd ?? '.'), config: values.config, image: positionals[0], from: values.from, to: values.to, snapshots: await (0,hash_tag/* snapshots */.ml)() }, reporter);
        if (values.json) {
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        }
        else {
            const out = [];
            printWhy(result, out);
            for (const line of out)
                reporter.info(line);
        }
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
