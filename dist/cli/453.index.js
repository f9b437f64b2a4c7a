export const id = 453;
export const ids = [453];
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

// EXTERNAL MODULE: ./src/jobs/hash-tag.ts + 8 modules
var hash_tag = __webpack_require__(5341);
// EXTERNAL MODULE: ./src/core/tag/tags.ts + 1 modules
var tags = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/adapters/git/worktree.ts
var worktree = __webpack_require__(8114);
// EXTERNAL MODULE: ./src/jobs/hash-tag/analyse.ts + 2 modules
var analyse = __webpack_require__(7902);
;// CONCATENATED MODULE: ./src/jobs/hash-tag/why.ts







/**
 * "Why did my tag change?": computes the image's manifest in two trees (two commits, or a
 * commit and the working tree) and names the files, arguments and bases that differ; a base
 * whose tag changed is explained in turn, down to the file that started it.
 */
async function whyTagChanged(options) {
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
    let fromSnapshot = await (0,worktree/* commitSnapshot */.Ge)(workspace, options.from ?? 'HEAD');
    let toSnapshot = options.to ? await (0,worktree/* commitSnapshot */.Ge)(workspace, options.to) : (0,worktree/* worktreeSnapshot */.OY)(workspace);
    let [before, after] = await Promise.all([tagsOf(fromSnapshot, true), tagsOf(toSnapshot, false)]);
    if (options.from === undefined && options.to === undefined && before.get(options.image)?.tag === after.get(options.image)?.tag) {
        // A clean working tree: the question is then what the last commit changed.
        const parent = await (0,worktree/* commitSnapshot */.Ge)(workspace, 'HEAD~1').catch(() => undefined);
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

Registry credentials come from LOCKSTEP_REGISTRY_USERNAME / LOCKSTEP_REGISTRY_PASSWORD.`,
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
        const result = await (0,hash_tag/* hashTag */.D)({
            workspace: (0,external_node_path_.resolve)(values.cwd ?? '.'),
            config: values.config,
            render: values.render,
            renderTo: values['render-to'],
            checkRegistry: values['check-registry'],
            resolveBaseDigests: values['resolve-base-digests'],
            writeInputs: values['write-inputs'],
            credentials: username || password ? { username, password } : undefined,
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
        const result = await whyTagChanged({ workspace: (0,external_node_path_.resolve)(values.cwd ?? '.'), config: values.config, image: positionals[0], from: values.from, to: values.to });
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
