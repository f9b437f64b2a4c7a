export const id = 259;
export const ids = [259];
export const modules = {

/***/ 3259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashTag: () => (/* binding */ hashTag)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/markdown.ts
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

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/tag/paths.ts


/**
 * Repository paths are posix, relative to the workspace root, without `./`; the root itself is
 * `.`. Returns undefined for a path that leaves the root (absolute, or `..` on top), so that the
 * caller can name the config line.
 */
function normalizeRepoPath(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const norm = external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
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
/** A workspace-relative path from user input; leaving the workspace is an error naming the input. */
function workspacePath(path, workspace, what) {
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/') : path;
    const norm = normalizeRepoPath(rel);
    if (norm === undefined)
        throw new core_errors/* LockstepError */.Cj(`${what}: "${path}" is outside the workspace ${workspace}`);
    return norm;
}

// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/core/tag/context.ts


// The package is CommonJS with `exports.default = factory` beside `module.exports = factory`.
const dockerignore = ((ignore_default())["default"] ?? (ignore_default()));
/**
 * Where Docker looks for the ignore file of a build, most specific first: BuildKit's
 * `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`.
 */
function dockerignoreCandidates(context, dockerfile) {
    return [`${dockerfile}.dockerignore`, joinRepoPath(context, '.dockerignore')];
}
/**
 * The files of `context` that Docker sends to the builder, as context-relative entries:
 * the `.dockerignore` rules are applied with Docker's own matcher (negations, `**`, a
 * leading `/` or `./`, parent folders), case-sensitively as on Linux.
 */
function selectContextFiles(index, context, dockerignoreText) {
    const out = [];
    const ignores = dockerignoreText === undefined ? undefined : dockerignoreMatcher(dockerignoreText);
    forEachContextFile(index, context, ignores, (row, path) => out.push({ path, mode: index.mode(row), oid: index.oid(row) }));
    return out;
}
/**
 * Calls `fn` with the index row and context-relative path of each file of `context` that
 * `ignores` (a `dockerignoreMatcher`) lets through, in path order, allocating nothing per
 * file but the path the matcher tests.
 */
function forEachContextFile(index, context, ignores, fn) {
    const { file, start, end } = index.rowsUnder(context);
    // Only a context that is itself a file (which Docker refuses) has a row for its own path.
    if (file >= 0 && !ignores?.('.'))
        fn(file, '.');
    const skip = context === '.' ? 0 : context.length + 1;
    // One plain loop: this runs once per file of every context, before the JIT has warmed up.
    for (let row = start; row < end; row++) {
        const path = index.pathFrom(row, skip);
        if (ignores === undefined || !ignores(path))
            fn(row, path);
    }
}
/**
 * Docker's matcher for one ignore file: true for a context-relative path Docker leaves out
 * (negations, `**`, a leading `/` or `./`, parent folders), case-sensitively as on Linux.
 * Undefined when the file holds no pattern.
 */
function dockerignoreMatcher(text) {
    return dockerignoreRules(text)?.ignores;
}
function dockerignoreRules(text) {
    const patterns = text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter(line => !line.startsWith('#'))
        .map(line => line.trim())
        .filter(line => line !== '');
    if (patterns.length === 0)
        return undefined;
    const matcher = dockerignore({ ignorecase: false });
    matcher.add(patterns);
    const ignores = folderAwareMatcher(matcher) ?? ((path) => matcher.ignores(path));
    const negations = negationRules(matcher);
    return {
        ignores,
        excludesFolder: dir => dir !== '.' && negations !== undefined && ignores(dir) && !negations.some(n => couldMatchBelow(n, dir.split('/'))),
    };
}
/** The folder segments of every negation rule, as the library parsed them; undefined when its internals are not as expected. */
function negationRules(matcher) {
    const rules = matcher._rules;
    if (!Array.isArray(rules))
        return undefined;
    const out = [];
    for (const rule of rules) {
        if (typeof rule?.negative !== 'boolean' || !Array.isArray(rule.dirs) || !rule.dirs.every(d => typeof d === 'string'))
            return undefined;
        if (rule.negative)
            out.push(rule.dirs);
    }
    return out;
}
/**
 * Whether a pattern (its `/`-separated segments, Go `filepath.Match` syntax) could match a
 * path strictly below `dir`. Matches on `dir` itself or its ancestors need no look: the
 * caller's verdict on `dir` already folds them in (Docker matches a path's parent folders
 * too). A `**` may match any depth; a segment with a class or an escape is assumed to match.
 */
function couldMatchBelow(segments, dir) {
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (segment.includes('**'))
            return true;
        if (i >= dir.length)
            return true;
        if (!segmentCouldMatch(segment, dir[i]))
            return false;
    }
    // As many segments as `dir` or fewer, none `**`: it matches at `dir`'s depth or above only.
    return false;
}
function segmentCouldMatch(segment, name) {
    if (!/[*?[\\]/.test(segment))
        return segment === name;
    if (/[[\\]/.test(segment))
        return true;
    const re = segment.replace(/[.+^${}()|/]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    return new RegExp(`^${re}$`).test(name);
}
/**
 * The library's own verdict, computed once per folder instead of once per file. For each
 * file the library tests every rule against the file and, failing that, against the file's
 * parent folders (moby's `Matches`); the folder half is the same for every file of a folder,
 * and costs the most (a `**` rule tests every ancestor). This replays the library's fold over
 * its own parsed rules and compiled regexps, caching the folder half: same answers (a property
 * test compares it with `ignores` on random rules and paths), a fraction of the time. When the
 * library's internals are not what this expects (another version), it is not used.
 */
function folderAwareMatcher(matcher) {
    const lib = matcher;
    if (!Array.isArray(lib._rules) || typeof lib._compile !== 'function')
        return undefined;
    const rules = [];
    for (const rule of lib._rules) {
        if (typeof rule?.negative !== 'boolean' || !Array.isArray(rule.dirs))
            return undefined;
        const regexp = lib._compile.call(matcher, rule)?.regexp;
        if (!(regexp instanceof RegExp) || regexp.global || regexp.sticky)
            return undefined;
        const doubleStar = rule.dirs.includes('**');
        // The library copies characters other than `* ? . $ \` into the regexp as they are: only
        // without regexp syntax (classes, groups, alternatives, escapes) is it sure that `*` and
        // `?` are the only wildcards and neither crosses a `/`.
        const plain = typeof rule.pattern === 'string' && !/[[\](){}|\\^+]/.test(rule.pattern);
        const pattern = plain ? rule.pattern : '';
        rules.push({
            negative: rule.negative,
            regexp,
            length: rule.dirs.length,
            doubleStar,
            fixed: rule.dirs.filter(d => d !== '**').length,
            // Such a rule without `**` matches only paths with as many segments as it has.
            depth: plain && !doubleStar ? rule.dirs.length : undefined,
            // `**/<segment>` (`^(.*/)?<segment>$`) matches a path exactly when it matches its last segment.
            lastSegment: plain && pattern.startsWith('**/') && !pattern.slice(3).includes('/') && !pattern.slice(3).includes('**'),
        });
    }
    const folder = (depth, matches) => {
        const last = matches.lastIndexOf(true);
        const candidates = [];
        for (let i = rules.length - 1; i > last; i--)
            if (rules[i].depth === undefined || rules[i].depth === depth + 1)
                candidates.push(rules[i]);
        return { depth, matches, verdict: last >= 0 && !rules[last].negative, candidates };
    };
    const top = folder(0, rules.map(r => r.doubleStar && r.fixed === 0 && r.regexp.test('')));
    // Files at the top are tested against every rule, as the library tests them.
    const topFiles = folder(0, rules.map(() => false));
    const folders = new Map();
    const folderMatches = (path) => {
        const known = folders.get(path);
        if (known)
            return known;
        const slash = path.lastIndexOf('/');
        const parent = slash > 0 ? folderMatches(path.slice(0, slash)) : top;
        const depth = parent.depth + 1;
        const matches = rules.map((rule, i) => {
            if (rule.doubleStar)
                return parent.matches[i] || (depth >= rule.fixed && rule.regexp.test(path));
            if (rule.length < depth)
                return parent.matches[i];
            return rule.length === depth && rule.regexp.test(path);
        });
        const verdict = folder(depth, matches);
        folders.set(path, verdict);
        return verdict;
    };
    // Files come in path order, so most share the previous file's folder: compared in place, not sliced.
    let lastFolder = '';
    let last;
    return path => {
        const slash = path.lastIndexOf('/');
        let parent;
        if (slash <= 0)
            parent = topFiles;
        else if (last !== undefined && slash === lastFolder.length && path.startsWith(lastFolder))
            parent = last;
        else
            parent = last = folderMatches((lastFolder = path.slice(0, slash)));
        const candidates = parent.candidates;
        let name;
        for (let k = 0; k < candidates.length; k++) {
            const rule = candidates[k];
            if (rule.lastSegment ? rule.regexp.test((name ??= path.slice(slash + 1))) : rule.regexp.test(path))
                return !rule.negative;
        }
        return parent.verdict;
    };
}
/** The files of each declared input path (a file or a folder), by repository path. */
function selectInputFiles(index, inputs) {
    return inputs.map(input => ({ input, files: index.under(input) }));
}

;// CONCATENATED MODULE: ./src/core/tag/image-ref.ts
/**
 * The one split of an image reference into name, tag and digest, as written: no registry
 * defaults, no validation. Matching a `FROM` against configured names needs it raw; the
 * registry adapter normalises and validates on top of it. A colon after the last slash starts
 * the tag: `host:5000/a/b:tag@sha256:x` → `host:5000/a/b`, `tag`, `sha256:x`.
 */
function splitImageRef(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    let tag;
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}

;// CONCATENATED MODULE: ./src/core/tag/graph.ts



/**
 * Joins `base:` declarations and `FROM` lines into the image graph. A `FROM` names a
 * configured image when, without its tag or digest, it is the image's name or
 * `<registry>/<name>` (`FROM jvm-base`, `FROM jvm-base:${TAG}`, `FROM ghcr.io/acme/jvm-base:x`).
 */
function buildImageGraph(config, dockerfiles) {
    const byName = new Map(config.images.map(i => [i.name, i]));
    const byRef = new Map();
    for (const image of config.images) {
        byRef.set(image.name, image.name);
        if (config.registry)
            byRef.set(`${config.registry}/${image.name}`, image.name);
    }
    const nodes = new Map();
    // Where each edge was declared, so that a cycle can point at a line a person can edit.
    const edgeLines = new Map();
    for (const image of config.images) {
        const bases = new Set();
        image.base.forEach((base, i) => {
            if (!byName.has(base)) {
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}.base: unknown image "${base}" (configured: ${[...byName.keys()].sort(compareStrings).join(', ')})`, {
                    file: config.file,
                    line: image.lines.base[i],
                });
            }
            bases.add(base);
            edgeLines.set(`${image.name}\0${base}`, { file: config.file, line: image.lines.base[i] });
        });
        const external = new Map();
        const dockerfile = dockerfiles.get(image.name);
        for (const from of dockerfile?.froms ?? []) {
            if (from.fromStage || from.scratch)
                continue;
            const parts = splitImageRef(from.image);
            const configured = byRef.get(parts.name);
            if (configured !== undefined) {
                bases.add(configured);
                if (!edgeLines.has(`${image.name}\0${configured}`))
                    edgeLines.set(`${image.name}\0${configured}`, { file: dockerfile.file, line: from.line });
            }
            else {
                external.set(from.image, parts.digest ? { ref: from.image, digest: parts.digest } : { ref: from.image });
            }
        }
        nodes.set(image.name, {
            config: image,
            bases: [...bases].sort(compareStrings),
            external: [...external.values()].sort((a, b) => compareStrings(a.ref, b.ref)),
        });
    }
    const cycle = findCycle(nodes);
    if (cycle) {
        const where = edgeLines.get(`${cycle[0]}\0${cycle[1]}`) ?? { file: config.file, line: nodes.get(cycle[0]).config.lines.image };
        throw new core_errors/* LockstepError */.Cj(`images form a cycle: ${cycle.join(' → ')}`, where, cycle.slice(0, -1).map((name, i) => {
            const edge = edgeLines.get(`${name}\0${cycle[i + 1]}`);
            return `${name} is built on ${cycle[i + 1]}${edge ? ` (${edge.file}:${edge.line})` : ''}`;
        }));
    }
    return { nodes, order: topologicalOrder(nodes) };
}
/** The first cycle found, walking images by name: `[a, b, a]`. */
function findCycle(nodes) {
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return undefined;
        if (state.get(name) === 'active')
            return [...stack.slice(stack.indexOf(name)), name];
        state.set(name, 'active');
        stack.push(name);
        for (const base of nodes.get(name).bases) {
            const found = visit(base);
            if (found)
                return found;
        }
        stack.pop();
        state.set(name, 'done');
        return undefined;
    };
    for (const name of [...nodes.keys()].sort(compareStrings)) {
        const found = visit(name);
        if (found)
            return found;
    }
    return undefined;
}
/** Kahn's algorithm, always taking the smallest ready name: one order for one config. */
function topologicalOrder(nodes) {
    const done = new Set();
    const order = [];
    const names = [...nodes.keys()].sort(compareStrings);
    while (order.length < names.length) {
        const next = names.find(n => !done.has(n) && nodes.get(n).bases.every(b => done.has(b)));
        if (next === undefined)
            throw new Error('topologicalOrder: cycle left undetected');
        done.add(next);
        order.push(next);
    }
    return order;
}
/** Depth in the graph: 0 for an image on no configured base; a workflow can build level by level. */
function imageLevels(graph) {
    const levels = new Map();
    for (const name of graph.order) {
        const bases = graph.nodes.get(name).bases;
        levels.set(name, bases.length === 0 ? 0 : 1 + Math.max(...bases.map(b => levels.get(b))));
    }
    return levels;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/tag/hash.ts


/**
 * Folded into every tag: changing how tags are computed (what goes into the manifest, how it
 * is serialized) must change this, so that every image is re-tagged and rebuilt once.
 */
const TAG_ALGORITHM = 'lockstep-tag-v1';
/** Hex digits of the sha256 kept in a tag: 80 bits, far from collisions among one repo's builds. */
const TAG_LENGTH = 20;
/** Manifest entries for files, sorted by path, one per path (an input listed twice, a folder and a file in it: the last listing wins). */
function manifestFiles(list) {
    const out = list.map(f => (Array.isArray(f) ? f : [f.path, f.mode, f.oid]));
    let ordered = true;
    for (let i = 1; i < out.length && ordered; i++)
        ordered = compareStrings(out[i - 1][0], out[i][0]) < 0;
    if (ordered)
        return out;
    out.sort((a, b) => compareStrings(a[0], b[0]));
    return out.filter((f, i) => i + 1 === out.length || out[i + 1][0] !== f[0]);
}
function buildManifest(parts) {
    const pairs = (record) => Object.entries(record).sort((a, b) => compareStrings(a[0], b[0]));
    const external = new Map();
    for (const e of parts.external)
        external.set(e.ref, e.digest ?? external.get(e.ref) ?? null);
    return {
        algorithm: TAG_ALGORITHM,
        dockerfile: parts.dockerfileBlob,
        files: manifestFiles(parts.files),
        inputs: manifestFiles(parts.inputs),
        buildArgs: pairs(parts.buildArgs),
        platform: parts.platform ?? null,
        bases: pairs(parts.bases),
        external: pairs(Object.fromEntries(external)),
    };
}
/** One fixed serialization: keys in a fixed order, arrays already sorted. */
function canonicalManifest(m) {
    return JSON.stringify([m.algorithm, m.dockerfile, m.files, m.inputs, m.buildArgs, m.platform, m.bases, m.external]);
}
/** Characters JSON.stringify escapes in a string: quote, backslash, controls, unpaired surrogates (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/**
 * sha256 over `canonicalManifest` bytes, fed as they are produced: a 40,000-file context need
 * not become 40,000 `[path, mode, blob]` arrays and a multi-megabyte string to be hashed.
 * Call `file` for each context file in path order, then `finish`; the tag is the same as
 * `manifestTag` of the manifest holding those files (a test holds the two together).
 */
class ManifestHasher {
    hash = (0,external_node_crypto_.createHash)('sha256');
    buffer;
    first = true;
    constructor(dockerfileBlob, algorithm = TAG_ALGORITHM) {
        this.buffer = `[${JSON.stringify(algorithm)},${JSON.stringify(dockerfileBlob)},[`;
    }
    /** One context file, context-relative; files must come sorted by path, each path once. */
    file(path, mode, oid) {
        const sep = this.first ? '' : ',';
        // Strings JSON leaves as they are need no JSON.stringify (the common case, a measurable
        // share of hashing a large context); anything else takes the canonical path.
        this.buffer += NEEDS_ESCAPE.test(path) || NEEDS_ESCAPE.test(oid) || NEEDS_ESCAPE.test(mode) ? `${sep}${JSON.stringify([path, mode, oid])}` : `${sep}["${path}","${mode}","${oid}"]`;
        this.first = false;
        // Flushed in pieces of about 16 KB: one update per file would cost more than the hashing,
        // and a longer unflushed string survives (and is copied by) more garbage collections.
        if (this.buffer.length > 16384) {
            this.hash.update(this.buffer);
            this.buffer = '';
        }
    }
    /** The tag, given the rest of the manifest (`inputs` and what follows, already in canonical order). */
    finish(rest) {
        this.hash.update(`${this.buffer}],${JSON.stringify([rest.inputs, rest.buildArgs, rest.platform, rest.bases, rest.external]).slice(1)}`);
        this.buffer = '';
        return this.hash.digest('hex').slice(0, TAG_LENGTH);
    }
}
/** The tag of a manifest: the first hex digits of the sha256 of `canonicalManifest(m)` (always a valid Docker tag). */
function manifestTag(m) {
    const hasher = new ManifestHasher(m.dockerfile, m.algorithm);
    for (const [path, mode, oid] of m.files)
        hasher.file(path, mode, oid);
    return hasher.finish(m);
}

;// CONCATENATED MODULE: ./src/core/tag/tags.ts





/** Every repository path whose files a tag can depend on: list only these when that is cheaper. */
function pathsOfInterest(config) {
    return [...new Set(config.images.flatMap(pathsOfImage))];
}
/** Whether any of `changed` lies at or below one of `scope`. */
function touched(changed, scope) {
    return changed.some(p => scope.some(s => isUnder(p, s)));
}
/** The paths whose files one image's tag depends on: its context, Dockerfile, ignore files and inputs. */
function pathsOfImage(image) {
    return [image.context, image.dockerfile, ...dockerignoreCandidates(image.context, image.dockerfile), ...image.inputs];
}
/**
 * Whether a file's content can reach any tag: it is a Dockerfile or ignore file, lies under a
 * declared input, or lies in a context whose ignore file lets it through. Files failing this
 * (a `.dockerignore`d `node_modules`) need not be read at all. `ignoreTexts` holds the text of
 * each existing ignore file (see `dockerignoreCandidates`).
 */
function contentNeeded(config, ignoreTexts) {
    const always = new Set();
    const images = config.images.map(image => {
        const candidates = dockerignoreCandidates(image.context, image.dockerfile);
        always.add(image.dockerfile);
        for (const c of candidates)
            always.add(c);
        const ignoreFile = candidates.find(c => ignoreTexts.get(c) !== undefined);
        return { context: image.context, inputs: image.inputs, rules: ignoreFile === undefined ? undefined : dockerignoreRules(ignoreTexts.get(ignoreFile)) };
    });
    const needs = (path) => always.has(path) ||
        images.some(i => i.inputs.some(input => isUnder(path, input)) || (isUnder(path, i.context) && !i.rules?.ignores(relativeTo(path, i.context))));
    const anyBelow = (dir) => [...always].some(p => isUnder(p, dir)) ||
        images.some(i => i.inputs.some(input => isUnder(input, dir) || isUnder(dir, input)) ||
            // A context at or below `dir` is read whole; `dir` inside a context only when its rules let something through.
            isUnder(i.context, dir) ||
            (isUnder(dir, i.context) && !i.rules?.excludesFolder(relativeTo(dir, i.context))));
    return Object.assign(needs, { anyBelow });
}
/** The ignore file that governs an image's build, if any (see `dockerignoreCandidates`). */
function dockerignoreOf(index, context, dockerfile) {
    return dockerignoreCandidates(context, dockerfile).find(p => index.get(p) !== undefined);
}
/**
 * Checks what the tree must hold for the config to build: every context and input exists.
 * Dockerfiles are checked earlier, when they are read.
 */
function checkTree(config, index) {
    for (const image of config.images) {
        if (!index.exists(image.context)) {
            throw new core_errors/* LockstepError */.Cj(`images.${image.name}.context: "${image.context}" does not exist or holds no file`, { file: config.file, line: image.lines.context });
        }
        image.inputs.forEach((input, i) => {
            if (!index.exists(input)) {
                throw new core_errors/* LockstepError */.Cj(`images.${image.name}.inputs: "${input}" does not exist or holds no file`, { file: config.file, line: image.lines.inputs[i] });
            }
        });
    }
}
/**
 * Tags every image, bases first, so that each image folds in its bases' tags (Merkle-style:
 * a base's change reaches every image built on it, however deep).
 */
function computeTags(input) {
    return [...tagImages(input)];
}
/** `computeTags` one image at a time, for a caller that may stop between images. */
function* tagImages(input) {
    const { config, graph, index, texts } = input;
    const changed = input.previous && (index === input.previous.index ? [] : index.changesSince(input.previous.index));
    const before = new Map(changed ? input.previous.images.map(i => [i.name, i]) : []);
    const levels = imageLevels(graph);
    const tags = new Map();
    // Images often declare the same inputs (a shared scripts folder): each list is selected once.
    const inputsOf = new Map();
    // And the same .dockerignore text (one template copied into every service): its matcher,
    // folder verdicts included (they depend on context-relative paths only), is built once.
    const matchers = new Map();
    for (const name of graph.order) {
        const node = graph.nodes.get(name);
        const image = node.config;
        const kept = before.get(name);
        if (kept && node.bases.every(b => tags.get(b) === before.get(b)?.tag) && !touched(changed, pathsOfImage(image))) {
            tags.set(name, kept.tag);
            yield kept;
            continue;
        }
        const dockerfileEntry = index.get(image.dockerfile);
        if (!dockerfileEntry) {
            throw new core_errors/* LockstepError */.Cj(`images.${name}.dockerfile: "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile });
        }
        const dockerignore = dockerignoreOf(index, image.context, image.dockerfile);
        const ignoreText = dockerignore === undefined ? undefined : (texts.get(dockerignore) ?? '');
        const unread = (path) => new Error(`bug: ${path} was selected for ${name} but never read (contentNeeded disagrees with selectContextFiles)`);
        const inputsKey = JSON.stringify(image.inputs);
        let inputs = inputsOf.get(inputsKey);
        if (!inputs) {
            inputs = manifestFiles(selectInputFiles(index, image.inputs).flatMap(i => i.files));
            const unreadInput = inputs.find(f => f[2] === '');
            if (unreadInput)
                throw unread(unreadInput[0]);
            inputsOf.set(inputsKey, inputs);
        }
        const parts = {
            dockerfileBlob: dockerfileEntry.oid,
            inputs,
            buildArgs: image.buildArgs,
            platform: image.platform,
            bases: Object.fromEntries(node.bases.map(b => [b, tags.get(b)])),
            external: node.external.map(e => ({ ref: e.ref, digest: e.digest ?? input.digests?.get(e.ref) })),
        };
        // `inputs` is already in manifest form, and shared between images: used as it is.
        const rest = { ...buildManifest({ ...parts, files: [], inputs: [] }), inputs };
        // Context files go straight from the index to the hash. The manifest itself (40,000
        // `[path, mode, blob]` entries for a large context) is built only if it is read
        // (write-inputs, why), from the same selection.
        const hasher = new ManifestHasher(parts.dockerfileBlob);
        if (ignoreText !== undefined && !matchers.has(ignoreText))
            matchers.set(ignoreText, dockerignoreMatcher(ignoreText));
        forEachContextFile(index, image.context, ignoreText === undefined ? undefined : matchers.get(ignoreText), (row, path) => {
            const oid = index.oid(row);
            if (oid === '')
                throw unread(index.path(row));
            hasher.file(path, index.mode(row), oid);
        });
        const tag = hasher.finish(rest);
        tags.set(name, tag);
        let manifest;
        yield {
            name,
            tag,
            image: `${config.registry ? `${config.registry}/` : ''}${name}:${tag}`,
            context: image.context,
            dockerfile: image.dockerfile,
            dockerignore,
            buildArgs: { ...image.buildArgs },
            platform: image.platform,
            bases: node.bases,
            external: node.external.map(e => e.ref),
            level: levels.get(name),
            get manifest() {
                return (manifest ??= buildManifest({ ...parts, files: selectContextFiles(index, image.context, ignoreText) }));
            },
        };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/tag/file-index.ts

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
class file_index_FileIndex {
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
        const index = Object.create(file_index_FileIndex.prototype);
        index.c = columns;
        return ordered || index.isOrdered() ? index : new file_index_FileIndex(index.entries());
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
            if (compareStrings(this.path(mid), path) < 0)
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
        const added = [...changes].filter((c) => c[1] !== null).sort((a, b) => compareStrings(a[0], b[0]));
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
            while (j < extra.count && compareStrings(added[j][0], path) < 0)
                copy(extra, j++);
            if (!changes.has(path))
                copy(this.c, row);
        }
        while (j < extra.count)
            copy(extra, j++);
        const index = file_index_FileIndex.fromColumns(out);
        index.derived = { base: this, paths };
        return index;
    }
    /** The paths that differ from `base`, when this index was made from it by `withChanges`; else undefined. */
    changesSince(base) {
        return this.derived?.base === base ? this.derived.paths : undefined;
    }
    isOrdered() {
        for (let row = 1; row < this.c.count; row++)
            if (compareStrings(this.path(row - 1), this.path(row)) >= 0)
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
    const list = [...byPath.values()].sort((a, b) => compareStrings(a.path, b.path));
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
        columns.modeCode[row] = file_index_modeCode(modeList, e.mode);
        columns.oidStart[row] = at;
        columns.oidEnd[row] = at += e.oid.length;
        columns.pathStart[row] = at;
        columns.pathEnd[row] = at += e.path.length;
        parts.push(e.oid, e.path);
    });
    return { ...columns, text: parts.join(''), modes: modeList };
}
/** The number of `mode` in `modes` (a `FileColumns.modes` being built), added when new. */
function file_index_modeCode(modes, mode) {
    let code = modes.indexOf(mode);
    if (code < 0)
        code = modes.push(mode) - 1;
    if (code > 255)
        throw new Error(`more than 256 distinct file modes (${mode})`);
    return code;
}

// EXTERNAL MODULE: ./src/adapters/git/git.ts + 1 modules
var git_git = __webpack_require__(2123);
// EXTERNAL MODULE: ./src/adapters/git/listing.ts
var listing = __webpack_require__(27);
;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts









/** Above this many paths, git lists the whole workspace and the paths filter afterwards. */
const MAX_PATHSPECS = 8;
/** The paths not inside another one of them: `a` covers `a/Dockerfile`. */
function outermost(paths) {
    const sorted = [...new Set(paths)].sort();
    const out = [];
    for (const p of sorted)
        if (!out.some(o => isUnder(p, o)))
            out.push(p);
    return out;
}
/**
 * Git's blob id of some bytes: the hash of `blob <length>\0` and the bytes, in the
 * repository's object format, so that a file read from disk gets the id git gives it once
 * committed (and the tag does not change on commit).
 */
function gitBlobId(bytes, format = 'sha1') {
    return (0,external_node_crypto_.createHash)(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
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
function hashPath(full, path, stats, needs, format) {
    const mode = gitMode(stats);
    if (mode === undefined)
        return undefined;
    if (needs && !needs(path))
        return { path, mode, oid: '' };
    const bytes = mode === '120000' ? (0,external_node_fs_.readlinkSync)(full, { encoding: 'buffer' }) : (0,external_node_fs_.readFileSync)(full);
    return { path, mode, oid: gitBlobId(bytes, format) };
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
async function hashTree(root, path, out, needs, format) {
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
            const entry = s && hashPath((0,external_node_path_.join)(root, f.path), f.path, s, needs, format);
            if (entry)
                out(entry);
        }
        return;
    }
    const entry = hashPath(full, path, stats, needs, format);
    if (entry)
        out(entry);
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
        runs = (0,listing/* takeHeadStart */.yY)(root);
        // git matches every file against every pathspec: past a handful, listing the whole
        // workspace is cheaper (measured: 120 pathspecs double the time of `git status`).
        // Literal pathspecs: a folder called `a*` must not match `ab`.
        return (runs ??= (0,listing/* gitListing */.L$)(root, limit && limit.length <= MAX_PATHSPECS ? limit : ['.']));
    };
    const indexed = (paths) => (committed ??= start(paths).indexed.then(r => gitIndex(r.stdout)));
    return {
        label: 'working tree',
        indexed,
        async list(paths, needsContent) {
            const git = start(paths);
            let index, status;
            let location = { prefix: '', format: 'sha1' };
            try {
                [index, { stdout: status }] = await Promise.all([indexed(paths), git.status]);
                if (status !== '')
                    location = await git.location();
            }
            catch {
                // Not a repository (or no git): read everything, as Docker would.
                return listByWalking(root, limit, await needsContent);
            }
            return listWithGit(root, location, index, status, limit, await needsContent);
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
        await hashTree(root, path, e => out.push(e), needs, 'sha1');
    return new file_index_FileIndex(out);
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
    return file_index_FileIndex.fromColumns(columns, !columns.conflicted && Buffer.byteLength(text) === text.length);
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
    const modes = [...GIT_MODES];
    let conflicted = false;
    let row = 0;
    // One loop with no call per record (48,000 of them on a large repository, while the JIT is
    // still cold). git writes every oid of a repository at one length, so after the first record
    // the tab is looked for where it must be, and only a record that is not so is searched.
    let oidLength = -1;
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\0', start);
        if (end < 0)
            end = text.length;
        if (end > start) {
            if (row === max)
                throw new Error(`bug: git ls-files gave a record shorter than any git writes: ${JSON.stringify(text.slice(start, end))}`);
            let space = start + 6;
            let tab = space + oidLength + 3;
            if (text.charCodeAt(space) !== 32 || text.charCodeAt(tab) !== 9 || text.charCodeAt(tab - 2) !== 32) {
                space = text.indexOf(' ', start);
                tab = text.indexOf('\t', space);
                if (space - start === 6)
                    oidLength = tab - space - 3;
            }
            const known = space - start === 6 ? knownMode(text, start) : -1;
            modeCode[row] = known >= 0 ? known : file_index_modeCode(modes, text.slice(start, space));
            oidStart[row] = space + 1;
            // `<oid> <stage>`: the stage is one digit, 0 but for the sides of a conflict.
            oidEnd[row] = tab - 2;
            if (text.charCodeAt(tab - 1) !== 48 /* 0 */)
                conflicted = true;
            pathStart[row] = tab + 1;
            pathEnd[row] = end;
            row++;
        }
        start = end + 1;
    }
    return { text, count: row, pathStart, pathEnd, oidStart, oidEnd, modeCode, modes, conflicted };
}
/** The code (index in `GIT_MODES`) of the six-digit mode at `start`, or -1. */
function knownMode(text, start) {
    for (let i = 0; i < GIT_MODES.length; i++)
        if (text.startsWith(GIT_MODES[i], start))
            return i;
    return -1;
}
async function listWithGit(root, { prefix, format }, index, status, limit, needs) {
    // `XY <path>`, relative to the repository root whatever the cwd; a folder ends in `/`.
    const touched = [];
    eachRecord(status, (start, end) => {
        const path = status.slice(start + 3, status.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end);
        if (!path.startsWith(prefix))
            return;
        const rel = path.slice(prefix.length);
        // Outside every path asked for (a gitignored node_modules elsewhere): never walked.
        if (!limit || limit.some(p => isUnder(rel, p) || isUnder(p, rel)))
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
                await hashTree(root, path, e => changes.set(e.path, e), needs, format);
        }
        else {
            changes.set(path, hashPath((0,external_node_path_.join)(root, path), path, stats, needs, format) ?? null);
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

;// CONCATENATED MODULE: ./src/core/tag/dockerfile.ts

/**
 * Reads the `FROM` lines of a Dockerfile the way BuildKit's parser does for them: parser
 * directives (`# escape=`), line continuations (comment lines inside them skipped), heredocs
 * skipped, and `ARG`s declared before the first `FROM` substituted with their build-arg value
 * or default (`${TAG}`, `$TAG`, `${TAG:-1.0}`). Build args not declared by such an `ARG` do
 * not reach `FROM`, exactly as in Docker.
 */
function parseDockerfile(text, file, buildArgs = {}) {
    const lines = logicalLines(text);
    const vars = new Map();
    const froms = [];
    const stages = new Set();
    let stageCount = 0;
    for (const { line, text: instruction } of lines.lines) {
        const m = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(instruction);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const rest = (m[2] ?? '').trim();
        if (keyword === 'ARG' && stageCount === 0) {
            for (const word of splitWords(rest)) {
                const eq = word.indexOf('=');
                const name = eq < 0 ? word : word.slice(0, eq);
                if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                    throw new core_errors/* LockstepError */.Cj(`ARG: "${name}" is not a valid argument name`, { file, line });
                if (Object.prototype.hasOwnProperty.call(buildArgs, name))
                    vars.set(name, buildArgs[name]);
                else if (eq >= 0)
                    vars.set(name, unquote(expand(word.slice(eq + 1), vars, lines.escape, file, line)));
            }
        }
        else if (keyword === 'FROM') {
            const words = splitWords(rest);
            let platform;
            while (words[0]?.startsWith('--')) {
                const flag = words.shift();
                const pm = /^--platform=(.*)$/.exec(flag);
                if (pm)
                    platform = expand(pm[1], vars, lines.escape, file, line);
            }
            const raw = words[0];
            if (!raw)
                throw new core_errors/* LockstepError */.Cj('FROM without an image', { file, line });
            let stage;
            if (words.length >= 3 && words[1].toUpperCase() === 'AS')
                stage = words[2].toLowerCase();
            else if (words.length > 1)
                throw new core_errors/* LockstepError */.Cj(`FROM: unexpected "${words.slice(1).join(' ')}" (expected "AS <name>")`, { file, line });
            const image = expand(raw, vars, lines.escape, file, line);
            if (!image)
                throw new core_errors/* LockstepError */.Cj(`FROM ${raw}: the image is empty after substituting build arguments`, { file, line });
            const fromStage = stages.has(image.toLowerCase());
            froms.push({ via: 'FROM', line, raw, image, stage, platform, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
            if (stage)
                stages.add(stage);
            stageCount++;
        }
        else if ((keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') && stageCount > 0) {
            // Files copied out of another image are part of this one: that image is a base too.
            for (const word of splitWords(rest)) {
                if (!word.startsWith('--'))
                    break;
                const raw = keyword === 'RUN' ? mountFrom(word) : /^--from=(.+)$/.exec(word)?.[1];
                if (raw === undefined)
                    continue;
                const image = unquote(expand(raw, vars, lines.escape, file, line));
                const fromStage = stages.has(image.toLowerCase()) || (/^\d+$/.test(image) && Number(image) < stageCount);
                if (image)
                    froms.push({ via: keyword, line, raw, image, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
            }
        }
    }
    if (stageCount === 0)
        throw new core_errors/* LockstepError */.Cj('the Dockerfile has no FROM instruction', { file, line: 1 });
    return { file, froms };
}
/** `from=` of a `--mount=type=bind,from=builder,source=/x` flag, if any. */
function mountFrom(flag) {
    const m = /^--mount=(.*)$/.exec(flag);
    if (!m)
        return undefined;
    for (const part of m[1].split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'from')
            return part.slice(eq + 1).trim();
    }
    return undefined;
}
function logicalLines(text) {
    const physical = text.replace(/\r\n?/g, '\n').split('\n');
    let escape = '\\';
    let i = 0;
    // Parser directives: `# key=value` lines at the very top, before anything else.
    for (; i < physical.length; i++) {
        const d = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(physical[i]);
        if (!d)
            break;
        if (d[1].toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\'))
            escape = d[2];
    }
    const continuation = new RegExp(`${escapeRegExp(escape)}[ \\t]*$`);
    const out = [];
    let current;
    const heredocs = [];
    for (; i < physical.length; i++) {
        const raw = physical[i];
        if (heredocs.length > 0) {
            const end = heredocs[0];
            if (raw === end || raw.replace(/^\t+/, '') === end)
                heredocs.shift();
            continue;
        }
        if (/^\s*#/.test(raw))
            continue;
        if (current === undefined) {
            if (raw.trim() === '')
                continue;
            current = { line: i + 1, text: '' };
        }
        else if (raw.trim() === '') {
            continue;
        }
        if (continuation.test(raw)) {
            current.text += raw.replace(continuation, '');
            continue;
        }
        current.text += raw;
        out.push(current);
        for (const h of current.text.matchAll(/<<-?\s*(["']?)([A-Za-z0-9_]+)\1/g))
            heredocs.push(h[2]);
        current = undefined;
    }
    if (current)
        out.push(current);
    return { escape, lines: out };
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Splits on whitespace, keeping quoted parts together (`ARG A="x y"`). */
function splitWords(s) {
    const words = [];
    let word = '';
    let quote;
    let inWord = false;
    for (const ch of s) {
        if (quote) {
            word += ch;
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            word += ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function unquote(s) {
    if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0])
        return s.slice(1, -1);
    return s;
}
/**
 * Docker's word expansion for `FROM`/`ARG`: `$X`, `${X}`, `${X:-word}`, `${X-word}`,
 * `${X:+word}`, `${X+word}`; the escape character keeps a `$` literal. Unset variables
 * expand to nothing, as Docker does.
 */
function expand(word, vars, escape, file, line) {
    let out = '';
    for (let i = 0; i < word.length; i++) {
        const ch = word[i];
        if (ch === escape && word[i + 1] === '$') {
            out += '$';
            i++;
        }
        else if (ch !== '$') {
            out += ch;
        }
        else if (word[i + 1] === '{') {
            let depth = 1;
            let j = i + 2;
            for (; j < word.length && depth > 0; j++) {
                if (word[j] === '{')
                    depth++;
                else if (word[j] === '}')
                    depth--;
            }
            if (depth > 0)
                throw new core_errors/* LockstepError */.Cj(`unterminated "\${" in "${word}"`, { file, line });
            const inner = word.slice(i + 2, j - 1);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(inner);
            if (!m)
                throw new core_errors/* LockstepError */.Cj(`unsupported substitution "\${${inner}}"`, { file, line });
            const [, name, op, alt] = m;
            const value = vars.get(name);
            if (op === undefined)
                out += value ?? '';
            else if (op === ':-')
                out += value ? value : expand(alt, vars, escape, file, line);
            else if (op === '-')
                out += value !== undefined ? value : expand(alt, vars, escape, file, line);
            else if (op === ':+')
                out += value ? expand(alt, vars, escape, file, line) : '';
            else
                out += value !== undefined ? expand(alt, vars, escape, file, line) : '';
            i = j - 1;
        }
        else {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i + 1));
            if (!m) {
                out += '$';
                continue;
            }
            out += vars.get(m[0]) ?? '';
            i += m[0].length;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/core/yaml.ts


// js-yaml over `yaml`: about a third of the load and parse time, which a small action's
// start-up feels (docs/benchmarks.md). js-yaml builds values without positions, so this module
// builds the small tree its readers walk from js-yaml's events (which carry source offsets) and
// takes every value from js-yaml's own construction of the same events: tags, aliases and
// duplicate keys keep js-yaml's YAML 1.2 core-schema meaning. Native Maps keep keys in source order.
const SCHEMA = js_yaml/* CORE_SCHEMA */.OU.withTags(js_yaml/* realMapTag */.HY);
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
            const events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file });
            this.root = buildTree(text, events, (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: SCHEMA }));
        }
        catch (err) {
            if (!(err instanceof js_yaml/* YAMLException */.tB))
                throw err;
            const line = err.mark ? err.mark.line + 1 : 1;
            throw new core_errors/* LockstepErrors */.hz([
                new core_errors/* LockstepError */.Cj(`invalid YAML: ${err.reason}`, { file, line: line + lineOffset, column: (err.mark?.column ?? 0) + 1 }),
            ]);
        }
    }
    /** Line (1-based, in the original file) of a node, or of the document start. */
    lineOf(node) {
        return this.lineAt(node?.offset ?? 0) + this.lineOffset;
    }
    error(message, node) {
        return new core_errors/* LockstepError */.Cj(message, { file: this.file, line: this.lineOf(node) });
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
        const second = events.findIndex((e, i) => i > 0 && e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT);
        throw js_yaml/* YAMLException */.tB.throwAt(text, offsetOf(events[second + 1], 0), 'expected one document, found more (a second "---")');
    }
    const anchors = new Map();
    const unfinished = new Set();
    let i = 1; // events[0] opens the document
    let last = 0;
    const node = (value) => {
        const event = events[i++];
        last = offsetOf(event, last);
        if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
            if (!target || unfinished.has(target))
                throw js_yaml/* YAMLException */.tB.throwAt(text, last, 'an alias may not refer to a node that contains it');
            return target;
        }
        let built;
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
            built = { kind: 'scalar', value, offset: last };
        else if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            built = { kind: 'seq', items: [], offset: last };
        else if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            built = { kind: 'map', items: [], offset: last };
        else
            throw js_yaml/* YAMLException */.tB.throwAt(text, last, 'unexpected YAML event');
        // Registered before its children are read, so that an alias inside it is recognised as recursive.
        if (event.anchorStart !== -1)
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), built);
        if (built.kind === 'scalar')
            return built;
        unfinished.add(built);
        if (built.kind === 'seq') {
            const values = value;
            while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP)
                built.items.push(node(values[built.items.length]));
        }
        else {
            const pairs = value.entries();
            while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
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

;// CONCATENATED MODULE: ./src/core/tag/images-config.ts


/** Docker's repository path component: lower case, separated by `.`, `_`, `__` or dashes. */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const REGISTRY = /^[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseImagesConfig(text, file) {
    const src = new YamlSource(text, file);
    const top = mapEntries(src, src.root, 'images config');
    checkKeys(src, top, ['registry', 'images'], 'images config');
    const get = (k) => top.find(([key]) => key === k);
    const config = { file, images: [] };
    const registry = get('registry');
    if (registry && registry[1] !== null) {
        const value = scalarString(src, registry[1], 'registry').replace(/\/+$/, '');
        if (!REGISTRY.test(value))
            throw src.error(`registry: "${value}" is not a registry host with an optional path (ghcr.io/acme)`, registry[1]);
        config.registry = value;
    }
    const images = get('images');
    if (!images)
        throw src.error('images config: missing "images"', src.root);
    for (const [name, value, keyNode] of mapEntries(src, images[1], 'images')) {
        config.images.push(parseImage(src, name, value, keyNode));
    }
    if (config.images.length === 0)
        throw src.error('images: list at least one image', images[1]);
    return config;
}
function parseImage(src, name, value, keyNode) {
    const what = `images.${name}`;
    if (!IMAGE_NAME.test(name)) {
        throw src.error(`${what}: "${name}" is not a valid image name (lower-case letters, digits, ".", "_", "-", "/")`, keyNode);
    }
    const fields = mapEntries(src, value, what);
    checkKeys(src, fields, ['context', 'dockerfile', 'base', 'inputs', 'build-args', 'platform'], what);
    const field = (k) => fields.find(([key]) => key === k);
    const contextEntry = field('context');
    if (!contextEntry)
        throw src.error(`${what}: missing "context" (the build context, relative to the repository root)`, keyNode);
    const context = repoPath(src, contextEntry[1], `${what}.context`);
    const dockerfileEntry = field('dockerfile');
    const dockerfile = dockerfileEntry ? repoPath(src, dockerfileEntry[1], `${what}.dockerfile`) : joinRepoPath(context, 'Dockerfile');
    const image = {
        name,
        context,
        dockerfile,
        base: [],
        inputs: [],
        buildArgs: {},
        lines: {
            image: src.lineOf(keyNode),
            context: src.lineOf(contextEntry[1]),
            dockerfile: src.lineOf(dockerfileEntry ? dockerfileEntry[1] : contextEntry[1]),
            base: [],
            inputs: [],
        },
    };
    const base = field('base');
    if (base) {
        for (const item of stringList(src, base[1], `${what}.base`)) {
            image.base.push(item.value);
            image.lines.base.push(src.lineOf(item.node));
        }
    }
    const inputs = field('inputs');
    if (inputs) {
        for (const item of stringList(src, inputs[1], `${what}.inputs`)) {
            image.inputs.push(repoPath(src, item.node, `${what}.inputs`));
            image.lines.inputs.push(src.lineOf(item.node));
        }
    }
    const args = field('build-args');
    if (args && args[1] !== null) {
        for (const [arg, argValue, argKey] of mapEntries(src, args[1], `${what}.build-args`)) {
            if (!BUILD_ARG.test(arg))
                throw src.error(`${what}.build-args: "${arg}" is not a valid build argument name`, argKey);
            if (!isScalar(argValue) || argValue.value === null || typeof argValue.value === 'object') {
                throw src.error(`${what}.build-args.${arg} must be a string, number or boolean`, argValue ?? argKey);
            }
            image.buildArgs[arg] = String(argValue.value);
        }
    }
    const platform = field('platform');
    if (platform) {
        image.platform = scalarString(src, platform[1], `${what}.platform`);
        if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(image.platform)) {
            throw src.error(`${what}.platform: "${image.platform}" is not os/arch[/variant] (linux/amd64)`, platform[1]);
        }
    }
    return image;
}
function stringList(src, node, what) {
    // A single string is accepted for a one-element list: `base: jvm-base` reads naturally.
    if (isScalar(node))
        return [{ value: scalarString(src, node, what), node }];
    if (!isSeq(node))
        throw src.error(`${what} must be a list of strings`, node);
    return node.items.map(item => {
        if (isMap(item) || isSeq(item))
            throw src.error(`${what}: each entry must be a string`, item);
        return { value: scalarString(src, item, what), node: item };
    });
}
function repoPath(src, node, what) {
    const raw = scalarString(src, node, what);
    const path = normalizeRepoPath(raw);
    if (path === undefined)
        throw src.error(`${what}: "${raw}" must be a path inside the repository, relative to its root`, node);
    return path;
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/analyse.ts






/**
 * Reads the config, the Dockerfiles and ignore files, and the file listing of every context
 * and input from one tree (the working tree or a commit).
 *
 * With `early`, where the tree has an index that its listing refines (git's), `early` is
 * first called with the tree as that index gives it, while git still compares the working
 * tree with it, and with `settled`, which turns true once the final listing is there; the
 * tree returned is that very object when nothing differed. Whatever `early` throws is
 * ignored: the final tree decides, and reports its own errors.
 */
async function analyzeTree(snapshot, configPath, early) {
    const configText = await snapshot.readText(configPath);
    if (configText === undefined) {
        throw new core_errors/* LockstepError */.Cj(`images config ${configPath} does not exist${snapshot.label === 'working tree' ? '' : ` at ${snapshot.label}`}`, { file: configPath });
    }
    const config = parseImagesConfig(configText, configPath);
    // git lists the tree (the long pole) while the ignore files and Dockerfiles are read; the
    // ignore files decide which untracked files need reading at all.
    const settle = (p) => p.then(value => ({ value }), (error) => ({ error }));
    const ignoreFiles = [...new Set(config.images.flatMap(i => dockerignoreCandidates(i.context, i.dockerfile)))];
    const ignoreReads = settle(Promise.all(ignoreFiles.map(async (p) => [p, await snapshot.readText(p)])).then(pairs => new Map(pairs)));
    const needs = ignoreReads.then(r => ('error' in r ? undefined : contentNeeded(config, r.value)));
    const dockerfileReads = settle(Promise.all(config.images.map(image => snapshot.readText(image.dockerfile))));
    const paths = pathsOfInterest(config);
    const listing = snapshot.list(paths, needs);
    const assemble = async (index) => {
        checkTree(config, index);
        const read = await dockerfileReads;
        if ('error' in read)
            throw read.error;
        const ignoreRead = await ignoreReads;
        if ('error' in ignoreRead)
            throw ignoreRead.error;
        const ignoreTexts = ignoreRead.value;
        const texts = new Map();
        const dockerfiles = new Map();
        const errors = [];
        config.images.forEach((image, n) => {
            const text = index.get(image.dockerfile) ? read.value[n] : undefined;
            if (text === undefined) {
                errors.push(new core_errors/* LockstepError */.Cj(`images.${image.name}: Dockerfile "${image.dockerfile}" does not exist`, { file: config.file, line: image.lines.dockerfile }));
                return;
            }
            try {
                dockerfiles.set(image.name, parseDockerfile(text, image.dockerfile, image.buildArgs));
            }
            catch (e) {
                if (e instanceof core_errors/* LockstepError */.Cj)
                    errors.push(e);
                else
                    throw e;
            }
            const ignore = dockerignoreOf(index, image.context, image.dockerfile);
            if (ignore !== undefined)
                texts.set(ignore, ignoreTexts.get(ignore) ?? '');
        });
        if (errors.length === 1)
            throw errors[0];
        // Every broken Dockerfile at once, in config order.
        if (errors.length > 1)
            throw new core_errors/* LockstepErrors */.hz(errors);
        return { config, graph: buildImageGraph(config, dockerfiles), index, texts, dockerfiles };
    };
    if (early && snapshot.indexed) {
        // Also the listing's handler while `early` runs: a failure is reported when it is awaited below.
        let settled = false;
        listing.then(() => (settled = true), () => (settled = true));
        let first;
        try {
            first = await assemble(await snapshot.indexed(paths));
            await early(first, () => settled);
        }
        catch {
            first = undefined;
        }
        const index = await listing;
        return first && index === first.index ? first : assemble(index);
    }
    return assemble(await listing);
}

;// CONCATENATED MODULE: ./src/core/map-limit.ts
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/adapters/registry/reference.ts


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
// The grammar of github.com/distribution/reference (reference.go), piece by piece.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const NAME_MAX = 255;
function invalid(ref, why) {
    return new core_errors/* LockstepError */.Cj(`invalid image reference "${ref}": ${why}`);
}
/**
 * Parses `[registry/]name[:tag][@digest]` with Docker's normalisation: a first path part
 * is a registry only if it has a `.` or `:`, is `localhost`, or has upper-case letters;
 * otherwise the image is on Docker Hub, where a single-part name lives under `library/`.
 * A reference with neither tag nor digest means `:latest`.
 */
function parseImageReference(ref) {
    const input = ref.trim();
    if (!input)
        throw invalid(ref, 'it is empty');
    const parts = splitImageRef(input);
    let rest = parts.name;
    const { digest } = parts;
    let tag = parts.tag;
    if (digest !== undefined && !DIGEST.test(digest))
        throw invalid(ref, `"${digest}" is not a digest (algorithm:hex)`);
    let registry = DOCKER_HUB;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            registry = first;
            rest = rest.slice(slash + 1);
            if (!HOST.test(registry))
                throw invalid(ref, `"${registry}" is not a registry host`);
        }
    }
    if (tag !== undefined && !TAG.test(tag))
        throw invalid(ref, `"${tag}" is not a valid tag`);
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB;
        if (!rest.includes('/'))
            rest = `library/${rest}`;
    }
    if (!rest)
        throw invalid(ref, 'the repository name is empty');
    for (const part of rest.split('/')) {
        if (!COMPONENT.test(part)) {
            throw invalid(ref, `"${part}" is not a valid repository name part (lower-case letters, digits, separators . _ __ -)`);
        }
    }
    if (registry.length + 1 + rest.length > NAME_MAX)
        throw invalid(ref, `the name is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** The fully-qualified form, e.g. `docker.io/library/alpine:3.20@sha256:...`. */
function formatImageReference(ref) {
    let out = `${ref.registry}/${ref.repository}`;
    if (ref.tag !== undefined)
        out += `:${ref.tag}`;
    if (ref.digest !== undefined)
        out += `@${ref.digest}`;
    return out;
}
/** The host serving the distribution API for a registry (Docker Hub answers on registry-1). */
function apiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry.toLowerCase()) ? DOCKER_HUB_API : registry;
}
/** What the manifest endpoint is asked for: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Whether a registry host is this machine (then plain HTTP is the default, as Docker does). */
function isLocalRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

;// CONCATENATED MODULE: ./src/adapters/registry/client.ts





/** Every manifest type a tag can point at; an index (multi-arch) is accepted as itself. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
    'application/vnd.docker.distribution.manifest.v1+json',
];
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
/** Parses `Bearer realm="..",service="..",scope=".."` (RFC 7235 auth-params; quoted values may hold commas). */
function parseChallenge(header) {
    const schemes = [...header.matchAll(/(?:^|,)\s*(Bearer|Basic)(?=\s|$)/gi)];
    const pick = schemes.find(m => m[1].toLowerCase() === 'bearer') ?? schemes[0];
    if (!pick)
        return undefined;
    const scheme = pick[1].toLowerCase();
    const start = (pick.index ?? 0) + pick[0].length;
    const next = schemes.find(m => (m.index ?? 0) > (pick.index ?? 0));
    const text = header.slice(start, next ? next.index : undefined);
    const params = {};
    for (const m of text.matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, params };
}
function networkCode(e) {
    const cause = e.cause;
    return cause?.code ?? e.name;
}
function describeNetworkError(e) {
    const cause = e.cause;
    if (cause?.code)
        return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
    if (e.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? e.message ?? String(e);
}
/**
 * A client for the read side of the OCI distribution API: does a manifest exist, what is
 * its digest. It answers the registry's `WWW-Authenticate` challenge itself (bearer tokens
 * as ghcr.io, Docker Hub, ECR and Harbor use, or basic auth) and remembers each registry's
 * challenge and each scope's token, so checking many images costs one request each.
 */
class RegistryClient {
    options;
    stats = { requests: 0, tokenRequests: 0 };
    challenges = new Map();
    tokens = new Map();
    retries;
    retryDelayMs;
    timeoutMs;
    constructor(options = {}) {
        this.options = options;
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.timeoutMs = options.timeoutMs ?? 30_000;
    }
    /** `HEAD /v2/<name>/manifests/<tag|digest>`: true on 2xx, false on 404. */
    async hasManifest(ref) {
        const res = await this.manifestRequest('HEAD', ref);
        if (res.status === 404)
            return false;
        await this.expectOk(res, ref);
        return true;
    }
    /** Checks many references, at most `concurrency` requests at a time; answers in input order. */
    hasManifests(refs, concurrency = 8) {
        return mapLimit(refs, concurrency, ref => this.hasManifest(ref));
    }
    /**
     * The `Docker-Content-Digest` of the manifest the reference names: the index for a
     * multi-arch image, so the digest is the one `docker pull name@digest` accepts.
     */
    async resolveDigest(ref) {
        const head = await this.manifestRequest('HEAD', ref);
        this.throwIfMissing(head, ref);
        await this.expectOk(head, ref);
        const digest = head.headers.get('docker-content-digest');
        if (digest)
            return digest;
        // Some registries omit the header on HEAD; the digest is then the hash of the bytes served.
        const res = await this.manifestRequest('GET', ref);
        this.throwIfMissing(res, ref);
        await this.expectOk(res, ref);
        const body = Buffer.from(await res.arrayBuffer());
        return res.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
    }
    throwIfMissing(res, ref) {
        if (res.status === 404) {
            throw new core_errors/* LockstepError */.Cj(`image ${formatImageReference(ref)} was not found in registry ${ref.registry}`);
        }
    }
    async expectOk(res, ref) {
        if (res.ok)
            return;
        const text = await res.text().catch(() => '');
        const detail = registryErrorDetail(text);
        throw new core_errors/* LockstepError */.Cj(`registry ${ref.registry} answered ${res.status} ${res.statusText} for ${formatImageReference(ref)}${detail ? `: ${detail}` : ''}`);
    }
    credentialsFor(registry) {
        const c = this.options.credentials;
        const creds = typeof c === 'function' ? c(registry) : c;
        return creds && (creds.username || creds.password) ? creds : undefined;
    }
    baseUrl(registry) {
        const p = this.options.plainHttp;
        const plain = typeof p === 'function' ? p(registry) : (p ?? isLocalRegistry(registry));
        return `${plain ? 'http' : 'https'}://${apiHost(registry)}`;
    }
    async manifestRequest(method, ref) {
        const url = `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${manifestReference(ref)}`;
        const scope = `repository:${ref.repository}:pull`;
        const headers = { Accept: MANIFEST_MEDIA_TYPES.join(', '), 'User-Agent': 'lockstep' };
        let answeredChallenge = false;
        for (;;) {
            const auth = await this.authorization(ref, scope);
            const res = await this.send(url, { method, headers: auth ? { ...headers, Authorization: auth } : headers }, ref);
            if (res.status !== 401)
                return res;
            await res.arrayBuffer().catch(() => undefined);
            const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
            if (answeredChallenge || !challenge)
                throw this.unauthorized(ref, Boolean(auth));
            // A first 401 teaches the registry's scheme (or says a cached token went stale): answer it once.
            answeredChallenge = true;
            this.challenges.set(ref.registry, challenge);
            if (auth)
                await this.forgetToken(this.tokenKey(ref.registry, scope), auth);
        }
    }
    /**
     * Drops a cached token the registry refused, unless another request already replaced it:
     * many concurrent checks that all met the first 401 must share one new token, not fetch one each.
     */
    async forgetToken(key, refused) {
        const pending = this.tokens.get(key);
        if (!pending)
            return;
        const cached = await pending.catch(() => undefined);
        if (this.tokens.get(key) === pending && (!cached || `Bearer ${cached.token}` === refused))
            this.tokens.delete(key);
    }
    unauthorized(ref, sentCredentials) {
        const creds = this.credentialsFor(ref.registry);
        const image = formatImageReference(ref);
        if (creds) {
            return new core_errors/* LockstepError */.Cj(`registry ${ref.registry} rejected the credentials of user "${creds.username ?? ''}" for ${image} (wrong password, or no pull access to ${ref.repository})`);
        }
        return new core_errors/* LockstepError */.Cj(`registry ${ref.registry} requires credentials to read ${image}${sentCredentials ? ' (an anonymous token was not enough)' : ''}; set registry-username and registry-password`);
    }
    tokenKey(registry, scope) {
        return `${registry}\n${scope}`;
    }
    /** The Authorization header for a request, from what the registry's challenge asked for. */
    async authorization(ref, scope) {
        const challenge = this.challenges.get(ref.registry);
        if (!challenge)
            return undefined;
        const creds = this.credentialsFor(ref.registry);
        if (challenge.scheme === 'basic') {
            if (!creds)
                throw this.unauthorized(ref, false);
            return basicAuth(creds);
        }
        const key = this.tokenKey(ref.registry, scope);
        let pending = this.tokens.get(key);
        if (pending) {
            const cached = await pending.catch(() => undefined);
            if (!cached || cached.expiresAt <= Date.now())
                pending = undefined;
        }
        if (!pending) {
            pending = this.fetchToken(ref, challenge, scope, creds);
            this.tokens.set(key, pending);
            pending.catch(() => this.tokens.delete(key));
        }
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(ref, challenge, scope, creds) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new core_errors/* LockstepError */.Cj(`registry ${ref.registry} sent a bearer challenge without a realm for ${formatImageReference(ref)}`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new core_errors/* LockstepError */.Cj(`registry ${ref.registry} sent a bearer challenge with an invalid realm "${realm}"`);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { 'User-Agent': 'lockstep' };
        if (creds)
            headers.Authorization = basicAuth(creds);
        this.stats.tokenRequests++;
        const res = await this.send(url.toString(), { method: 'GET', headers }, ref, 'token service');
        const text = await res.text().catch(() => '');
        if (res.status === 401 || res.status === 403)
            throw this.unauthorized(ref, false);
        if (!res.ok) {
            const detail = registryErrorDetail(text);
            throw new core_errors/* LockstepError */.Cj(`token service of registry ${ref.registry} answered ${res.status} for ${formatImageReference(ref)}${detail ? `: ${detail}` : ''}`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new core_errors/* LockstepError */.Cj(`token service of registry ${ref.registry} did not answer JSON for ${formatImageReference(ref)}`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new core_errors/* LockstepError */.Cj(`token service of registry ${ref.registry} answered without a token for ${formatImageReference(ref)}`);
        // The spec's default lifetime is 60 s; renew a little early so a token never expires in flight.
        const lifetime = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
        return { token, expiresAt: Date.now() + Math.max(lifetime - 10_000, lifetime / 2) };
    }
    /** One HTTP exchange with bounded retries on 429, 5xx and dropped connections. */
    async send(url, init, ref, what = 'registry') {
        const label = what === 'registry' ? `registry ${ref.registry}` : `${what} of registry ${ref.registry}`;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                this.stats.requests++;
                res = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (e) {
                const code = networkCode(e);
                if (attempt < this.retries && code && (TRANSIENT_NETWORK_CODES.has(code) || code === 'TimeoutError')) {
                    await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                    continue;
                }
                throw new core_errors/* LockstepError */.Cj(`cannot reach ${label} (${new URL(url).origin}) for ${formatImageReference(ref)}: ${describeNetworkError(e)}`);
            }
            if ((res.status === 429 || res.status >= 500) && attempt < this.retries) {
                await res.arrayBuffer().catch(() => undefined);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt, res.headers.get('retry-after')));
                continue;
            }
            if (res.status >= 500 || res.status === 429) {
                const detail = registryErrorDetail(await res.text().catch(() => ''));
                throw new core_errors/* LockstepError */.Cj(`${label} answered ${res.status} ${res.statusText} for ${formatImageReference(ref)} after ${attempt + 1} attempts${detail ? `: ${detail}` : ''}`);
            }
            return res;
        }
    }
    backoff(attempt, retryAfter) {
        const cap = 10_000;
        const seconds = retryAfter ? Number(retryAfter) : NaN;
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.min(seconds * 1000, cap);
        return Math.min(this.retryDelayMs * 2 ** attempt, cap);
    }
}
function basicAuth(creds) {
    return `Basic ${Buffer.from(`${creds.username ?? ''}:${creds.password ?? ''}`).toString('base64')}`;
}
/** The first message of a distribution-spec error body (`{"errors":[{"code","message"}]}`), else a short text. */
function registryErrorDetail(text) {
    if (!text)
        return '';
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(' ');
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./src/adapters/fs.ts



/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target.
 */
async function writeFileAtomic(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(tmp, data);
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/adapters/registry/known-tags.ts






/**
 * `@actions/cache` (with Azure's storage client, ~MBs of code) is loaded only when a memory is
 * actually restored or saved: a run without `check-registry`, or the CLI, never pays for it.
 */
let actionsCache;
function defaultBackend() {
    return (actionsCache ??= __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691)).then(m => {
        // A CommonJS module: its functions are named exports, or hang off `default` in a bundle.
        const named = m;
        return typeof named.isFeatureAvailable === 'function' ? named : named.default;
    }));
}
const FILE = 'known-tags.json';
const KEY_VERSION = 'v1';
/**
 * A memory, across workflow runs, of image references the registry was seen to hold. It is
 * sound only for content-addressed tags: such a tag names one tree forever, so once it was
 * pushed it needs no second HEAD request (a registry retention policy deleting tags would
 * defeat it: clear the cache then).
 */
class KnownTags {
    options;
    restoredFrom;
    known;
    added = 0;
    constructor(options, known, 
    /** The cache key restored from, if any. */
    restoredFrom) {
        this.options = options;
        this.restoredFrom = restoredFrom;
        this.known = new Set(known);
    }
    static keyPrefix(scope) {
        return `lockstep-known-tags-${KEY_VERSION}-${(0,external_node_crypto_.createHash)('sha256').update(scope).digest('hex').slice(0, 16)}-`;
    }
    /**
     * Restores the newest saved memory for the scope; without a cache service (the CLI, a
     * laptop) or on any cache failure it starts empty — the memory only ever saves requests.
     */
    static async restore(options) {
        const backend = options.backend ?? (await defaultBackend());
        // Only our own file is removed: the folder is the caller's.
        await (0,promises_.mkdir)(options.dir, { recursive: true });
        await (0,promises_.rm)((0,external_node_path_.join)(options.dir, FILE), { force: true });
        let restoredFrom;
        let known = [];
        if (backend.isFeatureAvailable()) {
            const prefix = KnownTags.keyPrefix(options.scope);
            try {
                restoredFrom = await backend.restoreCache([options.dir], `${prefix}${options.runId}`, [prefix]);
                if (restoredFrom) {
                    const body = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(options.dir, FILE), 'utf8'));
                    if (body.version === 1 && Array.isArray(body.refs))
                        known = body.refs.filter((r) => typeof r === 'string');
                }
            }
            catch {
                // A broken or unreadable memory is no memory: every tag is asked for again.
                restoredFrom = undefined;
                known = [];
            }
        }
        return new KnownTags(options, known, restoredFrom);
    }
    get size() {
        return this.known.size;
    }
    has(ref) {
        return this.known.has(formatImageReference(ref));
    }
    add(ref) {
        const key = formatImageReference(ref);
        if (this.known.has(key))
            return;
        this.known.add(key);
        this.added++;
    }
    /** Saves the memory under this run's key when it learnt something; false when there was nothing to save or no cache. */
    async save() {
        if (this.added === 0)
            return false;
        const backend = this.options.backend ?? (await defaultBackend());
        if (!backend.isFeatureAvailable())
            return false;
        const limit = this.options.limit ?? 20_000;
        const refs = [...this.known].slice(-limit);
        await writeFileAtomic((0,external_node_path_.join)(this.options.dir, FILE), `${JSON.stringify({ version: 1, refs })}\n`);
        try {
            const id = await backend.saveCache([this.options.dir], `${KnownTags.keyPrefix(this.options.scope)}${this.options.runId}`);
            return id !== -1;
        }
        catch {
            // Another job of this run saved first, or the cache is full: the next run asks the registry.
            return false;
        }
    }
}
/**
 * A registry that answers "present" from memory for content tags seen before and asks the
 * real one otherwise, remembering what it finds. Digests are always asked: they resolve
 * mutable tags (`eclipse-temurin:21`), whose answer changes.
 */
class RememberingRegistry {
    registry;
    known;
    constructor(registry, known) {
        this.registry = registry;
        this.known = known;
    }
    async hasManifest(ref) {
        if (this.known.has(ref))
            return true;
        const present = await this.registry.hasManifest(ref);
        if (present)
            this.known.add(ref);
        return present;
    }
    resolveDigest(ref) {
        return this.registry.resolveDigest(ref);
    }
    /** Checks many references, at most `concurrency` registry requests at a time; answers in input order. */
    hasManifests(refs, concurrency = 8) {
        return mapLimit(refs, concurrency, ref => this.hasManifest(ref));
    }
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/registry-check.ts





/** Registry requests in flight at once: quick for 30 images, polite to rate limits. */
const REGISTRY_CONCURRENCY = 8;
/** Host of the config's registry (`ghcr.io` for `ghcr.io/acme`): the one the credentials are for. */
function registryHost(config) {
    return config.registry ? parseImageReference(`${config.registry}/x:latest`).registry : undefined;
}
function defaultRegistry(config, credentials) {
    const host = registryHost(config);
    return new RegistryClient({ credentials: registry => (registry === host ? credentials : undefined) });
}
/** Resolves each external, unpinned base image once; a failure names the FROM line. */
async function resolveDigests(tree, registry, reporter) {
    const where = new Map();
    for (const [name, dockerfile] of tree.dockerfiles) {
        const external = new Set(tree.graph.nodes.get(name).external.filter(e => !e.digest).map(e => e.ref));
        for (const from of dockerfile.froms)
            if (external.has(from.image) && !where.has(from.image))
                where.set(from.image, { file: dockerfile.file, line: from.line });
    }
    const digests = new Map();
    await mapLimit([...where], REGISTRY_CONCURRENCY, async ([ref, location]) => {
        try {
            const digest = await registry.resolveDigest(parseImageReference(ref));
            digests.set(ref, digest);
            reporter.info(`${ref} → ${digest}`);
        }
        catch (e) {
            if (e instanceof core_errors/* LockstepError */.Cj)
                throw new core_errors/* LockstepError */.Cj(`FROM ${ref}: ${e.message}`, location, e.details);
            throw e;
        }
    });
    return digests;
}
/**
 * Which images' tags the registry holds, in image order, at most `REGISTRY_CONCURRENCY`
 * requests at a time; with `knownTags`, tags remembered from earlier runs are not asked about.
 */
async function checkRegistry(images, registry, config, memory, reporter) {
    const refs = images.map(i => parseImageReference(i.image));
    const known = memory ? await KnownTags.restore({ ...memory, scope: config.registry ?? '' }) : undefined;
    if (known?.restoredFrom)
        reporter.info(`${known.size} tag${known.size === 1 ? '' : 's'} known to be pushed, remembered from an earlier run`);
    const remembered = refs.map(ref => known?.has(ref) === true);
    const checker = known ? new RememberingRegistry(registry, known) : registry;
    const found = await mapLimit(refs, REGISTRY_CONCURRENCY, async (ref, n) => {
        const exists = await checker.hasManifest(ref);
        reporter.info(`${images[n].image}: ${exists ? 'present' : 'missing'}${remembered[n] ? ' (remembered)' : ''}`);
        return exists;
    });
    if (known && (await known.save()))
        reporter.info('remembered the tags seen pushed for the next run');
    return found;
}

;// CONCATENATED MODULE: ./src/core/tag/glob.ts
/**
 * The small glob language of the `render` input: `*` and `?` within one path segment, `**`
 * across segments, `{a,b}` alternatives and `[...]` classes. Patterns are posix paths
 * relative to the workspace.
 */
function hasGlob(pattern) {
    return /[*?[{]/.test(pattern);
}
/** The folder part before the first segment holding a glob character: where a walk starts. */
function globBase(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const s of segments.slice(0, -1)) {
        if (hasGlob(s))
            break;
        fixed.push(s);
    }
    return fixed.length ? fixed.join('/') : '.';
}
function globToRegExp(pattern) {
    let re = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
                if (atStart && atEnd) {
                    // `**/` matches zero or more folders; a trailing `**` everything below.
                    if (pattern[i + 2] === '/') {
                        re += '(?:[^/]*/)*';
                        i += 2;
                    }
                    else {
                        re += '.*';
                        i += 1;
                    }
                    continue;
                }
                re += '[^/]*';
                i += 1;
                continue;
            }
            re += '[^/]*';
        }
        else if (ch === '?') {
            re += '[^/]';
        }
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0) {
                re += '\\[';
            }
            else {
                const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
                re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            braces++;
            re += '(?:';
        }
        else if (ch === '}' && braces > 0) {
            braces--;
            re += ')';
        }
        else if (ch === ',' && braces > 0) {
            re += '|';
        }
        else {
            re += ch.replace(/[.+^$()|\\/]/g, '\\$&');
        }
    }
    return new RegExp(`^${re}$`);
}

;// CONCATENATED MODULE: ./src/core/tag/template.ts

/**
 * `{{ tag "name" }}` and `{{ image "name" }}`, whitespace-tolerant, with Go's trim markers
 * (`{{- ... -}}`). Any other `{{ ... }}` is left exactly as written: manifests are often Helm
 * charts or Go templates rendered later by another tool, and ours must not break theirs.
 */
const ACTION = /\{\{(-\s)?\s*(tag|image)\s+"([^"\\\n]*)"\s*(\s-)?\}\}/g;
/**
 * Renders a template file's text. Every unknown image name is reported, each with its file,
 * line and column, before anything is written.
 */
function renderTemplate(text, file, images) {
    const errors = [];
    let out = '';
    let last = 0;
    let replaced = 0;
    let skipSpace = false;
    for (const m of text.matchAll(ACTION)) {
        let before = text.slice(last, m.index);
        if (skipSpace)
            before = before.replace(/^\s+/, '');
        if (m[1])
            before = before.replace(/\s+$/, '');
        out += before;
        const [, , fn, name] = m;
        const image = images.get(name);
        if (!image) {
            const lines = text.slice(0, m.index).split('\n');
            const known = [...images.keys()].sort().join(', ');
            errors.push(new core_errors/* LockstepError */.Cj(`{{ ${fn} "${name}" }}: unknown image "${name}" (known: ${known || 'none'})`, { file, line: lines.length, column: lines[lines.length - 1].length + 1 }));
        }
        else {
            out += fn === 'tag' ? image.tag : image.image;
            replaced++;
        }
        skipSpace = Boolean(m[4]);
        last = m.index + m[0].length;
    }
    let rest = text.slice(last);
    if (skipSpace)
        rest = rest.replace(/^\s+/, '');
    out += rest;
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* LockstepErrors */.hz(errors);
    return { text: out, replaced };
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/render.ts










/** Files matching the render patterns, workspace-relative and sorted; a pattern matching nothing is an error. */
async function expandRenderPatterns(workspace, patterns) {
    const files = new Set();
    for (const raw of patterns.map(p => p.trim()).filter(p => p !== '' && !p.startsWith('#'))) {
        const pattern = workspacePath(raw, workspace, 'render');
        let matched;
        if (!hasGlob(pattern)) {
            matched = await walk(workspace, pattern);
        }
        else {
            const re = globToRegExp(pattern);
            matched = (await walk(workspace, globBase(pattern))).filter(f => re.test(f));
        }
        if (matched.length === 0)
            throw new core_errors/* LockstepError */.Cj(`render: "${raw}" matches no file`);
        for (const f of matched)
            files.add(f);
    }
    return [...files].sort();
}
/** Every file at or below `path`; `.git` folders are skipped. */
async function walk(workspace, path) {
    const out = [];
    let s;
    try {
        s = await (0,promises_.stat)((0,external_node_path_.join)(workspace, path));
    }
    catch {
        return out;
    }
    if (!s.isDirectory())
        return [path];
    const dirs = [path];
    while (dirs.length > 0) {
        const dir = dirs.pop();
        for (const d of await (0,promises_.readdir)((0,external_node_path_.join)(workspace, dir), { withFileTypes: true })) {
            if (d.name === '.git')
                continue;
            const child = dir === '.' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                dirs.push(child);
            else if (d.isFile())
                out.push(child);
            // A link to a file is rendered through the link; a link to a folder is not walked.
            else if (d.isSymbolicLink() && (await (0,promises_.stat)((0,external_node_path_.join)(workspace, child)).catch(() => undefined))?.isFile())
                out.push(child);
        }
    }
    return out;
}
async function renderFiles(workspace, patterns, renderTo, images, reporter) {
    const files = await expandRenderPatterns(workspace, patterns);
    const byName = new Map(images.map(i => [i.name, { tag: i.tag, image: i.image }]));
    const outDir = renderTo ? workspacePath(renderTo, workspace, 'render-to') : undefined;
    // Render everything first: one unknown name anywhere means nothing is written.
    const results = [];
    const errors = [];
    for (const file of files) {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, file));
        const { mode } = await (0,promises_.stat)((0,external_node_path_.join)(workspace, file));
        // A file without `{{` (an image, a binary) is copied byte for byte, never re-encoded.
        if (!bytes.includes('{{')) {
            results.push({ file, data: bytes, replaced: 0, mode });
            continue;
        }
        try {
            const out = renderTemplate(bytes.toString('utf8'), file, byName);
            results.push({ file, data: out.text, replaced: out.replaced, mode });
        }
        catch (e) {
            if (e instanceof core_errors/* LockstepErrors */.hz)
                errors.push(...e.errors);
            else if (e instanceof core_errors/* LockstepError */.Cj)
                errors.push(e);
            else
                throw e;
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* LockstepErrors */.hz(errors);
    return reporter.group(`Rendering ${files.length} template${files.length === 1 ? '' : 's'}`, async () => {
        const written = [];
        for (const { file, data, replaced, mode } of results) {
            const target = outDir === undefined || outDir === '.' ? file : `${outDir}/${file}`;
            // In place, a file with nothing to replace is left alone (its timestamps too), and a
            // symlink stays a symlink: its target is rendered when the patterns name it.
            if (target === file && (replaced === 0 || (await (0,promises_.lstat)((0,external_node_path_.join)(workspace, file))).isSymbolicLink()))
                continue;
            await writeFileAtomic((0,external_node_path_.join)(workspace, target), data);
            // A rendered script stays executable.
            if (mode & 0o111)
                await (0,promises_.chmod)((0,external_node_path_.join)(workspace, target), mode & 0o7777);
            reporter.info(`${file}${target === file ? '' : ` → ${target}`} (${replaced} replaced)`);
            written.push(target);
        }
        return written;
    });
}
/**
 * Files this run wrote inside a build context (and not excluded by its .dockerignore) would
 * be sent by Docker, so the next run would give that image another tag: say so, once per image.
 */
function warnWrittenInContexts(written, tree, reporter) {
    if (written.length === 0)
        return;
    for (const image of tree.config.images) {
        const inside = written.filter(path => isUnder(path, image.context));
        if (inside.length === 0)
            continue;
        const ignore = dockerignoreOf(tree.index, image.context, image.dockerfile);
        const probe = new file_index_FileIndex(inside.map(path => ({ path, mode: '100644', oid: '' })));
        const kept = selectContextFiles(probe, image.context, ignore === undefined ? undefined : tree.texts.get(ignore));
        if (kept.length === 0)
            continue;
        reporter.warning(`${kept.length} file${kept.length === 1 ? '' : 's'} written by this run (${inside[0]}${inside.length > 1 ? ', ...' : ''}) lie in the build context of ${image.name}: ` +
            `they change its tag on the next run; write them elsewhere or exclude them in .dockerignore`, { file: tree.config.file, line: image.lines.context });
    }
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag/write-inputs.ts



/**
 * Writes `<dir>/<image>.json` for every image: its tag and the manifest the tag hashes, so
 * "why did my tag change" can be answered by diffing two runs' files. Returns the files written.
 */
async function writeInputs(workspace, dirInput, images) {
    const dir = workspacePath(dirInput, workspace, 'write-inputs');
    const written = [];
    for (const i of images) {
        const file = `${dir === '.' ? '' : `${dir}/`}${i.name}.json`;
        const body = { name: i.name, tag: i.tag, image: i.image, context: i.context, dockerfile: i.dockerfile, dockerignore: i.dockerignore ?? null, manifest: i.manifest };
        await writeFileAtomic((0,external_node_path_.join)(workspace, file), `${readableJson(body)}\n`);
        written.push(file);
    }
    return written;
}
/** Indented JSON with each `[path, mode, blob]` (any array of strings) on one line: diffable, greppable. */
function readableJson(value) {
    return JSON.stringify(value, null, 2).replace(/\[\s+(?:"(?:[^"\\]|\\.)*"|null)(?:,\s+(?:"(?:[^"\\]|\\.)*"|null))*\s+\]/g, m => JSON.stringify(JSON.parse(m)));
}

;// CONCATENATED MODULE: ./src/jobs/hash-tag.ts









/**
 * The hash-tag job: every image's content tag, which tags the registry lacks (in build
 * order), manifests written for "why", and templates rendered.
 */
async function hashTag(options, reporter) {
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const configPath = workspacePath(options.config ?? 'images.yaml', workspace, 'config');
    // Without base digests to resolve first, tags are computed from git's index while git
    // status still runs (on a clean checkout, the whole time after git answers), one image at a
    // time until the final listing is there; the final pass keeps every one of them whose paths
    // the working tree does not change.
    let early;
    const tree = await analyzeTree(worktreeSnapshot(workspace), configPath, options.resolveBaseDigests
        ? undefined
        : async (t, settled) => {
            early = { tree: t, images: [] };
            for (const image of tagImages(t)) {
                early.images.push(image);
                // Between images, git's answer gets in.
                await new Promise(setImmediate);
                if (settled())
                    return;
            }
        });
    let registry = options.registry;
    const client = () => (registry ??= defaultRegistry(tree.config, options.credentials));
    const digests = options.resolveBaseDigests
        ? await reporter.group('Resolving base image digests', () => resolveDigests(tree, client(), reporter))
        : undefined;
    const images = computeTags({ ...tree, digests, previous: early && { index: early.tree.index, images: early.images } });
    const order = images.map(i => i.name);
    const status = Object.fromEntries(images.map(i => [i.name, 'unchecked']));
    let missing;
    if (options.checkRegistry) {
        const found = await reporter.group('Checking the registry', () => checkRegistry(images, client(), tree.config, options.knownTags, reporter));
        missing = images.filter((_, n) => !found[n]).map(i => i.name);
        images.forEach((i, n) => (status[i.name] = found[n] ? 'present' : 'missing'));
    }
    const inputsWritten = options.writeInputs ? await writeInputs(workspace, options.writeInputs, images) : [];
    const rendered = options.render?.length ? await renderFiles(workspace, options.render, options.renderTo, images, reporter) : [];
    warnWrittenInContexts([...inputsWritten, ...rendered], tree, reporter);
    for (const i of images)
        reporter.info(`${i.name.padEnd(Math.max(...order.map(n => n.length)))}  ${i.tag}  ${status[i.name] === 'unchecked' ? '' : status[i.name]}`.trimEnd());
    reporter.summary(summaryTable(images, status));
    return { images, order, missing, status, rendered, inputsWritten };
}
function summaryTable(images, status) {
    const label = { present: '✅ in registry', missing: '🔨 to build', unchecked: 'not checked' };
    const rows = images.map(i => [code(i.name), code(i.tag), label[status[i.name]], i.bases.map(code).join(', ')]);
    return ['### Image tags', '', table(['image', 'tag', 'status', 'bases'], rows)].join('\n');
}


/***/ })

};
