export const id = 443;
export const ids = [443];
export const modules = {

/***/ 9443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ parseDependencyBlocks),
/* harmony export */   Li: () => (/* binding */ hasDependencyHeader),
/* harmony export */   RD: () => (/* binding */ parseDependencyEntry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1076);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2594);



/*
 * The grammar (docs/formats.md, "Dependency block", says the same for users):
 * - the marker is a line `# dependency`, any case, the one word (`# dependencies` is a heading
 *   like any other): outside fenced code with at most 3 spaces of indentation (4 make it an
 *   indented code block), or inside a fence whose language is empty, `yaml` or `yml`;
 * - fences are CommonMark's: ``` or ~~~, three or more, indented at most 3 spaces, closed by
 *   the same character at least as many times; an unclosed fence runs to the end of the text;
 * - HTML comments outside fences are not text (GitHub does not show them);
 * - a marker in a fence: the block is the rest of that fence (up to another marker);
 * - a marker outside: blank lines are skipped; a fence there holds the block; otherwise the
 *   block is the run of lines from the first one (always part of it) up to a blank line, a
 *   fence, a heading, or a line at column 0 that cannot continue YAML (prose); nothing
 *   before a heading or the end is an empty block (a PR template's placeholder);
 * - what the block holds must be a list of `{pull, is_compatible}` mappings (one mapping alone
 *   is a list of one); anything else is an error at its line.
 */
const MARKER_OUTSIDE = /^ {0,3}#[ \t]*dependency[ \t]*$/i;
const MARKER_INSIDE = /^[ \t]*#[ \t]*dependency[ \t]*$/i;
const NEAR_MISS = /^[ \t]*#{1,6}[ \t]*dependenc(?:y|ies)\b/i;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** A line at column 0 that YAML can read as part of a dependency list (or that is a mistake to report). */
const CONTINUES = /^(?:[ \t]|[-*+[\]{}'"#]|[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$))/;
const LOOKS_LIKE_ENTRY = /^[ \t]*(?:[-*+][ \t]*)?[[{]?[ \t]*pull[ \t]*:/i;
const BULLET = /^[ \t]*[*+][ \t]/;
/** `pull: #N` unquoted: YAML reads a comment, the user means same-repository PR N. */
const UNQUOTED_SELF = /(^|[\s{,[-])(pull[ \t]*:[ \t]+)#([0-9]+)(?=[ \t]*(?:$|[,}\]]|#))/g;
/** Per line: the fence it belongs to (opening and closing lines included), or undefined outside. */
function scanFences(lines) {
    const fenceOf = new Array(lines.length).fill(undefined);
    const text = [...lines];
    let inComment = false;
    for (let i = 0; i < lines.length; i++) {
        if (!inComment) {
            const m = FENCE_OPEN.exec(lines[i]);
            if (m && !(m[2][0] === '`' && m[3].includes('`'))) {
                const fence = { lang: m[3].trim().split(/\s+/)[0].toLowerCase(), open: i, close: lines.length, indent: m[1].length };
                const closer = new RegExp(`^ {0,3}${m[2][0] === '`' ? '`' : '~'}{${m[2].length},}[ \\t]*$`);
                let j = i + 1;
                while (j < lines.length && !closer.test(lines[j]))
                    j++;
                fence.close = j;
                for (let k = i; k <= Math.min(j, lines.length - 1); k++)
                    fenceOf[k] = fence;
                i = j;
                continue;
            }
        }
        // HTML comments span lines; what they hide is blanked, keeping every column and line.
        const line = lines[i];
        let out = '';
        for (let at = 0; at < line.length;) {
            if (inComment) {
                const end = line.indexOf('-->', at);
                if (end < 0) {
                    out += ' '.repeat(line.length - at);
                    at = line.length;
                }
                else {
                    out += ' '.repeat(end + 3 - at);
                    at = end + 3;
                    inComment = false;
                }
            }
            else {
                const start = line.indexOf('<!--', at);
                if (start < 0) {
                    out += line.slice(at);
                    at = line.length;
                }
                else {
                    out += line.slice(at, start) + '    ';
                    at = start + 4;
                    inComment = true;
                }
            }
        }
        text[i] = out;
    }
    return { fenceOf, text };
}
const readsYaml = (f) => f.lang === '' || f.lang === 'yaml' || f.lang === 'yml';
const blank = (s) => s.trim() === '';
/** Whether a text holds a dependency marker at all (to warn about blocks that do not count). */
function hasDependencyHeader(text) {
    const lines = text.split(/\r?\n/);
    const { fenceOf, text: shown } = scanFences(lines);
    return shown.some((l, i) => {
        const f = fenceOf[i];
        if (!f)
            return MARKER_OUTSIDE.test(l);
        return readsYaml(f) && i !== f.open && i !== f.close && MARKER_INSIDE.test(l);
    });
}
/**
 * Finds every dependency block in a PR description or comment and reads it. `label` names
 * the text in messages (`repo-1#12 description`); lines are the text's own.
 */
function parseDependencyBlocks(text, label) {
    const lines = text.split(/\r?\n/);
    const { fenceOf, text: shown } = scanFences(lines);
    const out = { dependencies: [], errors: [], warnings: [] };
    const error = (line, message) => out.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(message, { file: label, line: line + 1 }));
    const n = lines.length;
    for (let i = 0; i < n; i++) {
        const f = fenceOf[i];
        const inside = f !== undefined && i !== f.open && i !== f.close;
        const line = inside ? lines[i] : shown[i];
        const isMarker = f === undefined ? MARKER_OUTSIDE.test(line) : inside && readsYaml(f) && MARKER_INSIDE.test(line);
        if (!isMarker) {
            if (NEAR_MISS.test(line) && !(f !== undefined && !inside))
                nearMiss(i, f);
            continue;
        }
        if (f !== undefined) {
            // The rest of this fence, up to another marker in it.
            let end = i + 1;
            while (end < f.close && !MARKER_INSIDE.test(lines[end]))
                end++;
            readBlock(i + 1, end, f.indent);
            i = end - 1;
            continue;
        }
        let j = i + 1;
        while (j < n && fenceOf[j] === undefined && blank(shown[j]))
            j++;
        if (j >= n)
            continue;
        const next = fenceOf[j];
        if (next !== undefined) {
            if (!readsYaml(next)) {
                error(j, `the dependency block of line ${i + 1} is in a "${next.lang}" fence: a block's fence has no language, or is yaml`);
                i = next.close;
                continue;
            }
            let end = j + 1;
            while (end < next.close && !MARKER_INSIDE.test(lines[end]))
                end++;
            readBlock(j + 1, end, next.indent);
            i = end - 1;
            continue;
        }
        if (HEADING.test(shown[j])) {
            i = j - 1;
            continue;
        }
        let end = j + 1;
        while (end < n && fenceOf[end] === undefined && !blank(shown[end]) && !HEADING.test(shown[end]) && CONTINUES.test(shown[end]))
            end++;
        readBlock(j, end, 0, shown);
        if (end < n && fenceOf[end] === undefined && blank(shown[end])) {
            let m = end;
            while (m < n && fenceOf[m] === undefined && blank(shown[m]))
                m++;
            if (m < n && fenceOf[m] === undefined && LOOKS_LIKE_ENTRY.test(shown[m])) {
                error(m, `line ${m + 1} reads like a dependency, but the blank line ${end + 1} ended the dependency block of line ${i + 1}: remove the blank line, or put the block in a fenced code block`);
            }
        }
        i = end - 1;
    }
    return out;
    function nearMiss(i, f) {
        const stop = f ? f.close : n;
        for (let k = i + 1; k < Math.min(stop, i + 4); k++) {
            if (f === undefined && fenceOf[k] !== undefined)
                break;
            if (!/pull[ \t]*:/i.test(lines[k]))
                continue;
            const where = f && !readsYaml(f) ? ` (inside a "${f.lang}" fence, which is not read)` : '';
            out.warnings.push({
                message: `${label}, line ${i + 1}: "${lines[i].trim()}" is not a dependency marker${where}: the "pull:" below it is not read (the marker is a line "# dependency", outside fences or in a fence without a language or yaml)`,
                location: { file: label, line: i + 1 },
            });
            return;
        }
    }
    function readBlock(from, to, indent, source = lines) {
        const body = [];
        for (let k = from; k < to; k++) {
            let l = source[k];
            // CommonMark removes the fence's own indentation from its content lines.
            for (let s = 0; s < indent && l.startsWith(' '); s++)
                l = l.slice(1);
            body.push(l);
        }
        const bullet = body.findIndex(l => BULLET.test(l));
        if (bullet >= 0) {
            error(from + bullet, 'dependency block: "*" and "+" bullets are Markdown, not YAML: write each dependency as "- pull: owner/repo#N"');
            return;
        }
        parseBlock(body.map(l => l.replace(UNQUOTED_SELF, '$1$2"#$3"')).join('\n'), label, from, out);
    }
}
function parseBlock(yaml, label, lineOffset, out) {
    let src;
    try {
        src = new _yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlSource */ .rC(yaml, label, lineOffset);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepErrors */ .hz)
            out.errors.push(...e.errors);
        else if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj)
            out.errors.push(e);
        else
            throw e;
        return;
    }
    const root = src.root;
    // Nothing but comments (or nothing): a template's placeholder, no dependency.
    if (root === null || ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(root) && root.value === null))
        return;
    let items;
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(root))
        items = root.items;
    else if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        items = [root];
    else {
        out.errors.push(src.error(`dependency block: expected a list of "- pull: owner/repo#N" entries, found ${describe(root)}`, root));
        return;
    }
    for (const item of items) {
        try {
            out.dependencies.push(parseDependencyEntry(src, item));
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj))
                throw e;
            out.errors.push(e);
        }
    }
}
function describe(node) {
    if (node === null || ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && node.value === null))
        return 'nothing';
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node))
        return `"${String(node.value).slice(0, 60)}"`;
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) ? 'a list' : 'a mapping';
}
/** One `{pull, is_compatible}` mapping (a block's list item, a release-config override's entry). */
function parseDependencyEntry(src, item) {
    const what = 'dependency';
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
        throw src.error(`dependency: expected "pull: owner/repo#N", found ${describe(item)}`, item);
    const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, item, what);
    (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(src, fields, ['pull', 'is_compatible'], what);
    const pull = fields.find(([k]) => k === 'pull');
    if (!pull)
        throw src.error('dependency: missing "pull"', item);
    const pullNode = pull[1];
    if (pullNode === null || ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pullNode) && pullNode.value === null)) {
        throw src.error('dependency: "pull" is empty (a "#" after a space starts a YAML comment: quote it, pull: "#12")', pullNode ?? pull[2]);
    }
    const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(src, pullNode, 'dependency: "pull"');
    const ref = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePullRef */ .UP)(text);
    if (!ref) {
        throw src.error(`dependency: "${text}" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)`, pullNode);
    }
    let isCompatible = true;
    const compat = fields.find(([k]) => k === 'is_compatible');
    if (compat) {
        const node = compat[1];
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || typeof node.value !== 'boolean')
            throw src.error('dependency: "is_compatible" must be true or false', node ?? compat[2]);
        isCompatible = node.value;
    }
    return { ref, text, isCompatible, line: src.lineOf(item) };
}


/***/ }),

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ parsePullRef),
/* harmony export */   kG: () => (/* binding */ formatPullRef),
/* harmony export */   lC: () => (/* binding */ resolvePullRef)
/* harmony export */ });
const NAME = '[A-Za-z0-9_.-]+';
const URL_REF = new RegExp(`^https?://[^/\\s]+/(${NAME})/(${NAME})/pull/([0-9]+)(?:[/?#][^\\s]*)?$`);
const FULL_REF = new RegExp(`^(${NAME})/(${NAME})#([0-9]+)$`);
const SHORT_REF = new RegExp(`^(${NAME})#([0-9]+)$`);
const SELF_REF = /^#([0-9]+)$/;
/** Parses `owner/repo#N`, `repo#N`, `#N` or a pull request URL; undefined when it is none of them. */
function parsePullRef(text) {
    const s = text.trim();
    let m = URL_REF.exec(s) ?? FULL_REF.exec(s);
    if (m)
        return positive(m[3]) ? { kind: 'full', owner: m[1], repo: m[2], number: Number(m[3]) } : undefined;
    m = SHORT_REF.exec(s);
    if (m)
        return positive(m[2]) ? { kind: 'short', repo: m[1], number: Number(m[2]) } : undefined;
    m = SELF_REF.exec(s);
    if (m)
        return positive(m[1]) ? { kind: 'self', number: Number(m[1]) } : undefined;
    return undefined;
}
function positive(digits) {
    return digits.length <= 9 && Number(digits) > 0;
}
/**
 * Ties a reference to a configured repository. `owner/repo` matches a `github:` entry;
 * `repo#N` means the same owner as the PR that wrote it, or, for a repository without
 * `github:` (git source), its config name; `#N` is the PR's own repository.
 */
function resolvePullRef(ref, from, repos) {
    const byGithub = (full) => repos.find(r => r.github?.toLowerCase() === full.toLowerCase());
    switch (ref.kind) {
        case 'self':
            return from;
        case 'full':
            return byGithub(`${ref.owner}/${ref.repo}`);
        case 'short': {
            const owner = from.github?.split('/')[0];
            return (owner ? byGithub(`${owner}/${ref.repo}`) : undefined) ?? repos.find(r => r.name === ref.repo);
        }
    }
}
function formatPullRef(ref) {
    switch (ref.kind) {
        case 'self':
            return `#${ref.number}`;
        case 'short':
            return `${ref.repo}#${ref.number}`;
        case 'full':
            return `${ref.owner}/${ref.repo}#${ref.number}`;
    }
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
