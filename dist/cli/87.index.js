export const id = 87;
export const ids = [87];
export const modules = {

/***/ 87:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nw: () => (/* binding */ bootstrap),
  JC: () => (/* binding */ resolveDeps)
});

// UNUSED EXPORTS: checkPull

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/yaml.ts
var core_yaml = __webpack_require__(1076);
;// CONCATENATED MODULE: ./src/core/deps/refs.ts
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

;// CONCATENATED MODULE: ./src/core/deps/block.ts



const HEADER = /^\s*#{1,6}\s*dependenc(?:y|ies)\s*:?\s*$/i;
const FENCE = /^\s*(```|~~~)/;
/** Whether a text holds a dependency block at all (to warn about blocks that do not count). */
function hasDependencyHeader(text) {
    return text.split(/\r?\n/).some(l => HEADER.test(l));
}
/**
 * Finds every dependency block in a PR description or comment: a `# dependency` line
 * followed by a YAML list, bare or in a fenced block (the header may also sit inside the
 * fence). `label` names the text in errors (`repo-1#12 description`); lines are the text's own.
 */
function parseDependencyBlocks(text, label) {
    const lines = text.split(/\r?\n/);
    const out = { dependencies: [], errors: [] };
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
        if (FENCE.test(lines[i])) {
            inFence = !inFence;
            continue;
        }
        if (!HEADER.test(lines[i]))
            continue;
        let j = i + 1;
        const body = [];
        if (inFence) {
            for (; j < lines.length && !FENCE.test(lines[j]); j++)
                body.push(lines[j]);
        }
        else {
            while (j < lines.length && lines[j].trim() === '')
                j++;
            if (j < lines.length && FENCE.test(lines[j])) {
                inFence = true;
                for (j++; j < lines.length && !FENCE.test(lines[j]); j++)
                    body.push(lines[j]);
            }
            else {
                for (; j < lines.length && !FENCE.test(lines[j]) && /^(\s|-|$)/.test(lines[j]); j++)
                    body.push(lines[j]);
            }
        }
        const start = j - body.length;
        while (body.length && body[body.length - 1].trim() === '')
            body.pop();
        parseBlock(body.join('\n'), label, start, out);
        i = j - 1;
    }
    return out;
}
function parseBlock(yaml, label, lineOffset, out) {
    let src;
    try {
        src = new core_yaml/* YamlSource */.rC(yaml, label, lineOffset);
    }
    catch (e) {
        if (e instanceof core_errors/* LockstepErrors */.hz)
            out.errors.push(...e.errors);
        else if (e instanceof core_errors/* LockstepError */.Cj)
            out.errors.push(e);
        else
            throw e;
        return;
    }
    const root = src.root;
    // An empty block is a PR template's placeholder, not a mistake.
    if (root === null || ((0,core_yaml/* isScalar */.jn)(root) && root.value === null))
        return;
    if (!(0,core_yaml/* isSeq */.oP)(root)) {
        out.errors.push(src.error('dependency block: expected a list of "- pull: owner/repo#N" entries', root));
        return;
    }
    for (const item of root.items) {
        try {
            out.dependencies.push(parseEntry(src, item));
        }
        catch (e) {
            if (!(e instanceof core_errors/* LockstepError */.Cj))
                throw e;
            out.errors.push(e);
        }
    }
}
function parseEntry(src, item) {
    const what = 'dependency';
    const fields = (0,core_yaml/* mapEntries */.Nn)(src, item, what);
    (0,core_yaml/* checkKeys */.L)(src, fields, ['pull', 'is_compatible'], what);
    const pull = fields.find(([k]) => k === 'pull');
    if (!pull)
        throw src.error('dependency: missing "pull"', item);
    const pullNode = pull[1];
    if (pullNode === null || ((0,core_yaml/* isScalar */.jn)(pullNode) && pullNode.value === null)) {
        throw src.error('dependency: "pull" is empty (a "#" starts a YAML comment: quote it, pull: "#12")', pullNode ?? pull[2]);
    }
    const text = (0,core_yaml/* scalarString */.Cg)(src, pullNode, 'dependency: "pull"');
    const ref = parsePullRef(text);
    if (!ref) {
        throw src.error(`dependency: "${text}" is not a pull request reference (owner/repo#N, repo#N, #N or a pull request URL)`, pullNode);
    }
    let isCompatible = true;
    const compat = fields.find(([k]) => k === 'is_compatible');
    if (compat) {
        const node = compat[1];
        if (!(0,core_yaml/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
            throw src.error('dependency: "is_compatible" must be true or false', node ?? compat[2]);
        isCompatible = node.value;
    }
    return { ref, text, isCompatible, line: src.lineOf(item) };
}

;// CONCATENATED MODULE: ./src/core/deps/extract.ts



/** Anyone can comment on a public PR; only these (and the PR's author) may declare its dependencies. */
const TRUSTED_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Reads every dependency block of every change in the windows and ties each `pull:` to a
 * configured repository. Malformed blocks and unknown repositories are collected, not thrown,
 * so that one run reports all of them.
 */
function extractDependencies(windows, repos) {
    const out = { dependencies: [], errors: [], warnings: [] };
    for (const window of windows) {
        const from = repos.find(r => r.name === window.repository) ?? { name: window.repository };
        window.changes.forEach((change, index) => {
            if (change.pull === undefined)
                return;
            const read = extract_readPullTexts(`${window.repository}#${change.pull}`, change.texts, change.author);
            out.warnings.push(...read.warnings);
            const errors = [...read.errors];
            for (const dep of read.dependencies) {
                const target = resolvePullRef(dep.ref, from, repos);
                if (!target) {
                    errors.push(new core_errors/* LockstepError */.Cj(`dependency "${formatPullRef(dep.ref)}": repository is not in the release config`, { file: dep.label, line: dep.line }));
                    continue;
                }
                out.dependencies.push({
                    from: { repository: window.repository, index },
                    target: { repository: target.name, number: dep.ref.number },
                    isCompatible: dep.isCompatible,
                    where: `${dep.label}, line ${dep.line}`,
                    location: { file: dep.label, line: dep.line },
                });
            }
            // In reading order, whichever check found them.
            out.errors.push(...errors.sort((x, y) => String(x.location.file).localeCompare(String(y.location.file)) || (x.location.line ?? 0) - (y.location.line ?? 0)));
        });
    }
    return out;
}
/**
 * The dependency blocks of one PR (description and comments), keeping only those its author
 * or someone with write access wrote; `prLabel` names it in messages (`repo-1#12`).
 */
function extract_readPullTexts(prLabel, texts, author) {
    const out = { dependencies: [], errors: [], warnings: [] };
    texts.forEach((text, t) => {
        const label = text.kind === 'description' ? `${prLabel} description` : `${prLabel} comment ${t}${text.author ? ` by @${text.author}` : ''}`;
        if (!isTrusted(text, author)) {
            if (hasDependencyHeader(text.body)) {
                out.warnings.push(`${label}: dependency block ignored: @${text.author} is neither the PR's author nor has write access (${text.association ?? 'unknown'})`);
            }
            return;
        }
        const parsed = parseDependencyBlocks(text.body, label);
        out.errors.push(...parsed.errors);
        out.dependencies.push(...parsed.dependencies.map(d => ({ ...d, label })));
    });
    return out;
}
function isTrusted(text, pullAuthor) {
    if (text.kind === 'description' || text.author === undefined)
        return true;
    if (pullAuthor !== undefined && text.author === pullAuthor)
        return true;
    return TRUSTED_ASSOCIATIONS.includes(text.association ?? '');
}
/** Targets that no window holds: they must be looked up (released before, not merged, or missing). */
function outsideTargets(windows, dependencies) {
    const inside = new Set();
    for (const w of windows)
        for (const c of w.changes)
            if (c.pull !== undefined)
                inside.add(`${w.repository}#${c.pull}`);
    const seen = new Set();
    const out = [];
    for (const d of dependencies) {
        const key = `${d.target.repository}#${d.target.number}`;
        if (inside.has(key) || seen.has(key))
            continue;
        seen.add(key);
        out.push(d.target);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/deps/model.ts
var model = __webpack_require__(9339);
;// CONCATENATED MODULE: ./src/core/deps/plan.ts


/**
 * From the changes of every repository and their dependencies to the steps of the next
 * release: rejects cycles, holds back what cannot ship yet, and orders the rest in as few
 * steps as the search finds (exact within a budget).
 */
function planRelease(input) {
    const { windows } = input;
    const onUnmerged = input.onUnmerged ?? 'hold';
    const repoIndex = new Map(windows.map((w, i) => [w.repository, i]));
    const offset = [];
    const nodes = [];
    const byPull = new Map();
    windows.forEach((w, r) => {
        offset.push(nodes.length);
        w.changes.forEach((c, index) => {
            const id = nodes.length;
            nodes.push({ repo: r, index, label: c.pull !== undefined ? `${w.repository}#${c.pull}` : `${w.repository}@${c.commit.slice(0, 7)}` });
            if (c.pull !== undefined && !byPull.has(`${w.repository}#${c.pull}`))
                byPull.set(`${w.repository}#${c.pull}`, id);
        });
    });
    const nodeOf = (repository, index) => {
        const r = repoIndex.get(repository);
        if (r === undefined || index < 0 || index >= windows[r].changes.length)
            throw new Error(`no change ${repository}[${index}]`);
        return offset[r] + index;
    };
    const links = nodes.map(() => []);
    const direct = nodes.map(() => undefined);
    const errors = [];
    const edges = [];
    for (const dep of input.dependencies) {
        const from = nodeOf(dep.from.repository, dep.from.index);
        const key = (0,model/* pullKey */.D)(dep.target);
        const to = byPull.get(key);
        if (to !== undefined) {
            if (to === from)
                continue;
            links[from].push({ to, kind: 'needs', where: dep.where });
            edges.push({ from: dep.from, to: { repository: dep.target.repository, index: nodes[to].index }, isCompatible: dep.isCompatible });
            if (!dep.isCompatible)
                direct[from] ??= `must ship in a later release than ${key} (is_compatible: false)`;
            continue;
        }
        const state = input.outside.get(key) ?? { state: 'missing', detail: 'it was not looked up' };
        if (state.state === 'released')
            continue;
        if (state.state === 'missing') {
            errors.push(new core_errors/* LockstepError */.Cj(`${nodes[from].label} needs ${key}, which does not exist (${state.detail})`, dep.location ?? {}));
        }
        else if (onUnmerged === 'fail') {
            errors.push(new core_errors/* LockstepError */.Cj(`${nodes[from].label} needs ${key}, which is not merged (${state.detail}); on-unmerged is fail`, dep.location ?? {}));
        }
        else {
            direct[from] ??= `needs ${key}, which is not merged (${state.detail})`;
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new core_errors/* LockstepErrors */.hz(errors);
    nodes.forEach((n, id) => {
        if (n.index > 0)
            links[id].push({ to: id - 1, kind: 'after' });
    });
    const cycle = findCycle(links);
    if (cycle)
        throw cycleError(cycle, nodes);
    const held = propagateHolds(nodes, links, direct);
    const final = windows.map((w, r) => {
        for (let i = 0; i < w.changes.length; i++)
            if (held[offset[r] + i] !== undefined)
                return i;
        return w.changes.length;
    });
    // Cross-repository needs of each shipped change, as (repository, position it requires).
    const requires = nodes.map((n, id) => links[id].filter(l => l.kind === 'needs' && nodes[l.to].repo !== n.repo).map(l => [nodes[l.to].repo, nodes[l.to].index + 1]));
    const search = orderSteps(final, (r, i) => requires[offset[r] + i], input.budget ?? 20_000);
    const steps = [];
    for (const [r, to] of search.moves) {
        const commit = to === 0 ? windows[r].released : windows[r].changes[to - 1].commit;
        const last = steps[steps.length - 1];
        if (last && last.repository === windows[r].repository)
            last.commit = commit;
        else
            steps.push({ repository: windows[r].repository, commit });
    }
    const heldList = [];
    nodes.forEach((n, id) => {
        const reason = held[id];
        if (reason === undefined)
            return;
        const change = windows[n.repo].changes[n.index];
        const h = { repository: windows[n.repo].repository, index: n.index, commit: change.commit, reason };
        if (change.pull !== undefined)
            h.pull = change.pull;
        heldList.push(h);
    });
    return {
        final: Object.fromEntries(windows.map((w, r) => [w.repository, final[r]])),
        steps,
        held: heldList,
        edges,
        optimal: search.optimal,
    };
}
/** Held changes and why: direct holds, then every later change of their repository and every change that needs a held one. */
function propagateHolds(nodes, links, direct) {
    const held = [...direct];
    const dependents = nodes.map(() => []);
    links.forEach((ls, from) => ls.forEach(l => l.kind === 'needs' && dependents[l.to].push(from)));
    const queue = held.flatMap((reason, id) => (reason === undefined ? [] : [id]));
    for (let q = 0; q < queue.length; q++) {
        const id = queue[q];
        const next = dependents[id].map(d => [d, `needs ${nodes[id].label}, which is held`]);
        if (id + 1 < nodes.length && nodes[id + 1].repo === nodes[id].repo)
            next.push([id + 1, `merged after ${nodes[id].label}, which is held`]);
        for (const [n, reason] of next) {
            if (held[n] !== undefined)
                continue;
            held[n] = reason;
            queue.push(n);
        }
    }
    return held;
}
/** A cycle as the list of links that close it, or undefined. Iterative DFS in node order: deterministic. */
function findCycle(links) {
    const color = new Uint8Array(links.length);
    for (let root = 0; root < links.length; root++) {
        if (color[root])
            continue;
        const stack = [{ node: root, next: 0 }];
        color[root] = 1;
        while (stack.length) {
            const top = stack[stack.length - 1];
            if (top.next >= links[top.node].length) {
                color[top.node] = 2;
                stack.pop();
                continue;
            }
            const link = links[top.node][top.next++];
            if (color[link.to] === 1) {
                const at = stack.findIndex(f => f.node === link.to);
                const path = stack.slice(at).map((f, i, all) => ({ from: f.node, link: i + 1 < all.length ? links[f.node][f.next - 1] : link }));
                return path;
            }
            if (color[link.to] === 0) {
                color[link.to] = 1;
                stack.push({ node: link.to, next: 0 });
            }
        }
    }
    return undefined;
}
function cycleError(cycle, nodes) {
    // Start at a "needs" link (a cycle always has one: merge order alone only points back in time).
    const start = Math.max(0, cycle.findIndex(c => c.link.kind === 'needs'));
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
    const merged = [];
    for (const { from, link } of rotated) {
        const last = merged[merged.length - 1];
        if (last && last.kind === 'after' && link.kind === 'after')
            last.to = link.to;
        else
            merged.push({ from, to: link.to, kind: link.kind, where: link.where });
    }
    const text = (m) => `${nodes[m.from].label} ${m.kind === 'needs' ? 'needs' : 'is after'} ${nodes[m.to].label}`;
    const path = merged.map(text).join(' → ');
    const details = merged.map(m => `  ${text(m)}${m.kind === 'needs' ? ` (${m.where})` : ' (merged later on the same branch)'}`);
    return new core_errors/* LockstepError */.Cj(`dependency cycle, no deployment order exists: ${path}`, {}, details);
}
/**
 * Orders the steps: each step advances one repository as far as its pending dependencies
 * allow (advancing further never hurts a later step). The greedy order gives an upper
 * bound; A* over per-repository positions, with "repositories not yet at their final
 * position" as the (admissible) heuristic, then looks for anything shorter. When the search
 * space is exhausted below the bound the greedy order is proven optimal; past `budget`
 * states the greedy order is used as it is.
 */
function orderSteps(final, requires, budget) {
    const greedy = greedySteps(final, requires);
    const exact = searchSteps(final, requires, budget, greedy.length);
    if (exact === 'budget')
        return { moves: greedy, optimal: false };
    return { moves: exact === 'none' ? greedy : exact, optimal: true };
}
/** How far repository `r` can advance from `pos` (its own position included) without leaving a need behind. */
function reach(pos, r, final, requires) {
    let k = pos[r];
    while (k < final[r] && requires(r, k).every(([s, p]) => pos[s] >= p))
        k++;
    return k;
}
/**
 * The fewest steps, if fewer than `bound` exist: the moves, 'none' when no order is shorter
 * than `bound`, 'budget' when the search gave up first.
 */
function searchSteps(final, requires, budget, bound = Infinity) {
    const n = final.length;
    const start = final.map(() => 0);
    const h = (pos) => pos.reduce((acc, p, r) => acc + (p < final[r] ? 1 : 0), 0);
    const heap = new MinHeap((a, b) => a.f - b.f || b.g - a.g || a.seq - b.seq);
    const best = new Map();
    let seq = 0;
    heap.push({ pos: start, g: 0, h: h(start), f: h(start), seq: seq++ });
    best.set(start.join(','), 0);
    let expanded = 0;
    while (heap.size) {
        const e = heap.pop();
        if (best.get(e.pos.join(',')) < e.g)
            continue;
        if (e.h === 0) {
            const moves = [];
            for (let x = e; x?.move; x = x.parent)
                moves.push(x.move);
            return moves.reverse();
        }
        if (++expanded > budget)
            return 'budget';
        for (let r = 0; r < n; r++) {
            const to = reach(e.pos, r, final, requires);
            if (to === e.pos[r])
                continue;
            const pos = [...e.pos];
            pos[r] = to;
            const g = e.g + 1;
            const hh = e.h - (to === final[r] ? 1 : 0);
            if (g + hh >= bound)
                continue;
            const key = pos.join(',');
            if ((best.get(key) ?? Infinity) <= g)
                continue;
            best.set(key, g);
            heap.push({ pos, g, h: hh, f: g + hh, seq: seq++, parent: e, move: [r, to] });
        }
    }
    return 'none';
}
/** Advances, each time, the repository whose move lets the most others advance (ties: config order). */
function greedySteps(final, requires) {
    const pos = final.map(() => 0);
    const moves = [];
    while (pos.some((p, r) => p < final[r])) {
        let bestRepo = -1;
        let bestTo = 0;
        let bestScore = -1;
        for (let r = 0; r < final.length; r++) {
            const to = reach(pos, r, final, requires);
            if (to === pos[r])
                continue;
            const after = [...pos];
            after[r] = to;
            let score = 0;
            for (let s = 0; s < final.length; s++)
                if (s !== r && reach(after, s, final, requires) > reach(pos, s, final, requires))
                    score++;
            if (score > bestScore)
                [bestRepo, bestTo, bestScore] = [r, to, score];
        }
        if (bestRepo < 0)
            throw new Error('no deployment order found for an acyclic graph');
        pos[bestRepo] = bestTo;
        moves.push([bestRepo, bestTo]);
    }
    return moves;
}
class MinHeap {
    less;
    items = [];
    constructor(less) {
        this.less = less;
    }
    get size() {
        return this.items.length;
    }
    push(item) {
        const a = this.items;
        a.push(item);
        for (let i = a.length - 1; i > 0;) {
            const p = (i - 1) >> 1;
            if (this.less(a[i], a[p]) >= 0)
                break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length && last !== undefined) {
            a[0] = last;
            for (let i = 0;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.less(a[l], a[m]) < 0)
                    m = l;
                if (r < a.length && this.less(a[r], a[m]) < 0)
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/core/deps/render.ts

const render_short = (commit) => commit.slice(0, 7);
/** Beyond this a Mermaid diagram is unreadable, and GitHub refuses to render very large ones. */
const MAX_DRAWN_EDGES = 300;
/** The plan as plain text lines for a terminal or a log. */
function planText(steps, held) {
    const lines = steps.length ? steps.map((s, i) => `  ${i + 1}. ${s.repository} → ${s.commit}`) : ['  (no steps: nothing to release)'];
    if (held.length)
        lines.push('held back:', ...held.map(h => `  ${h.repository}#${h.number}: ${h.reason}`));
    return lines;
}
/** Job summary: steps table, held PRs with reasons, and the dependency graph for GitHub to draw. */
function summaryMarkdown(version, steps, held, windows, plan) {
    const parts = [];
    parts.push(version === undefined ? '## resolve-deps: nothing to release' : `## resolve-deps: version ${version}`);
    if (steps.length) {
        parts.push((0,markdown/* table */.tp)(['#', 'repository', 'commit'], steps.map((s, i) => [String(i + 1), (0,markdown/* plain */.pj)(s.repository), (0,markdown/* code */.aY)(render_short(s.commit))])));
    }
    if (held.length) {
        parts.push(['### Held back', '', (0,markdown/* table */.tp)(['pull request', 'reason'], held.map(h => [`${(0,markdown/* plain */.pj)(h.repository)}#${h.number}`, (0,markdown/* plain */.pj)(h.reason)]))].join('\n'));
    }
    if (plan.edges.length > MAX_DRAWN_EDGES) {
        parts.push(`### Dependencies\n\n${plan.edges.length} dependencies: too many to draw (GitHub renders diagrams up to a few hundred edges).`);
    }
    else {
        const graph = mermaidGraph(windows, plan);
        if (graph)
            parts.push(['### Dependencies', '', '```mermaid', graph, '```'].join('\n'));
    }
    return parts.join('\n\n');
}
/**
 * The dependencies among this release's PRs, one box per repository, arrows in deployment
 * order (target → dependent). Only PRs that take part in a dependency are drawn.
 */
function mermaidGraph(windows, plan) {
    if (plan.edges.length === 0)
        return undefined;
    const ids = new Map();
    const key = (repository, index) => `${repository}\u0000${index}`;
    for (const e of plan.edges)
        for (const end of [e.to, e.from])
            if (!ids.has(key(end.repository, end.index)))
                ids.set(key(end.repository, end.index), '');
    const heldSet = new Set(plan.held.map(h => key(h.repository, h.index)));
    const lines = ['graph LR'];
    let n = 0;
    windows.forEach((w, r) => {
        const members = w.changes.map((_, i) => i).filter(i => ids.has(key(w.repository, i)));
        if (!members.length)
            return;
        lines.push(`  subgraph r${r}["${label(w.repository)}"]`);
        for (const i of members) {
            const id = `n${n++}`;
            ids.set(key(w.repository, i), id);
            const c = w.changes[i];
            const text = c.pull !== undefined ? `#${c.pull}${c.title ? ` ${c.title}` : ''}` : render_short(c.commit);
            lines.push(`    ${id}["${label(text)}"]`);
        }
        lines.push('  end');
    });
    for (const e of plan.edges) {
        const from = ids.get(key(e.from.repository, e.from.index));
        const to = ids.get(key(e.to.repository, e.to.index));
        lines.push(e.isCompatible ? `  ${to} --> ${from}` : `  ${to} -. "is_compatible: false" .-> ${from}`);
    }
    const heldIds = [...heldSet].map(k => ids.get(k)).filter((id) => !!id);
    if (heldIds.length)
        lines.push('  classDef held stroke-dasharray: 5 5,opacity:0.6', `  class ${heldIds.join(',')} held`);
    return lines.join('\n');
}
/** Mermaid labels are quoted strings: keep quotes and markup out. */
function label(text) {
    return text.replace(/["<>`]/g, "'").slice(0, 60);
}

;// CONCATENATED MODULE: ./src/core/deps/version.ts
/**
 * The next version file, or undefined when no repository moves. `added` are repositories
 * new to the release config: they are pinned at their head and deployed first (nothing
 * released can depend on them yet).
 */
function nextVersion(last, windows, plan, added = []) {
    if (plan.steps.length === 0 && added.length === 0)
        return undefined;
    const repositories = {};
    const pulls = {};
    const addedNames = new Set(added.map(a => a.repository));
    for (const w of windows) {
        if (addedNames.has(w.repository))
            continue;
        const n = plan.final[w.repository];
        repositories[w.repository] = n === 0 ? w.released : w.changes[n - 1].commit;
        const delivered = w.changes
            .slice(0, n)
            .filter(c => c.pull !== undefined)
            .map(c => (c.title === undefined ? { number: c.pull } : { number: c.pull, title: c.title }));
        if (delivered.length)
            pulls[w.repository] = delivered;
    }
    for (const a of added)
        repositories[a.repository] = a.head;
    const steps = [...added.map(a => ({ repository: a.repository, commit: a.head })), ...plan.steps];
    const held = plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull, reason: h.reason }));
    const version = { version: last.version + 1, previous: last.version, repositories, steps };
    if (Object.keys(pulls).length)
        version.pulls = pulls;
    if (held.length)
        version.held = held;
    return version;
}
/** Version 1: every repository at its current head, deployed in config order. */
function bootstrapVersion(heads) {
    return {
        version: 1,
        repositories: Object.fromEntries(heads.map(h => [h.repository, h.head])),
        steps: heads.map(h => ({ repository: h.repository, commit: h.head })),
    };
}

// EXTERNAL MODULE: ./src/adapters/github/pulls.ts
var pulls = __webpack_require__(3206);
// EXTERNAL MODULE: ./src/adapters/release-repo.ts + 3 modules
var release_repo = __webpack_require__(1389);
;// CONCATENATED MODULE: ./src/jobs/resolve-deps.ts









/**
 * The next version file from the PRs merged since the newest one: reads every repository's
 * window, parses the dependency blocks, plans the release and (when asked) writes it. A cycle,
 * a malformed block or a missing target stops it before anything is written.
 */
async function resolveDeps(options, reporter) {
    const ctx = await (0,release_repo/* openRelease */.g)(options.config, options.workspace);
    const { config, store } = ctx;
    const last = await store.latest();
    if (!last) {
        throw new core_errors/* LockstepError */.Cj(`no version file yet in ${(0,external_node_path_.relative)(options.workspace, store.dir) || '.'}: write version 1 first with \`lockstep bootstrap\` (or the action with mode: bootstrap)`, { file: config.file });
    }
    const configured = new Set(config.repositories.map(r => r.name));
    for (const name of Object.keys(last.repositories)) {
        if (!configured.has(name))
            reporter.warning(`repository "${name}" is in version ${last.version} but no longer in the release config: the next version leaves it out`, { file: config.file });
    }
    const existing = config.repositories.filter(r => last.repositories[r.name] !== undefined);
    const addedRepos = config.repositories.filter(r => last.repositories[r.name] === undefined);
    const source = options.source(ctx);
    const windows = await reporter.group('Reading merged pull requests', async () => {
        const read = await source.windows(existing.map(repo => ({ repo, released: last.repositories[repo.name] })));
        for (const w of read)
            reporter.info(`${w.repository}: ${w.changes.length} change(s) since ${w.released.slice(0, 7)} (head ${w.head.slice(0, 7)})`);
        return read;
    });
    const extraction = extractDependencies(windows, config.repositories);
    for (const w of extraction.warnings)
        reporter.warning(w);
    if (extraction.errors.length)
        throw extraction.errors.length === 1 ? extraction.errors[0] : new core_errors/* LockstepErrors */.hz(extraction.errors);
    const byName = new Map(config.repositories.map(r => [r.name, r]));
    const targets = outsideTargets(windows, extraction.dependencies).flatMap(t => {
        const repo = byName.get(t.repository);
        return repo && last.repositories[repo.name] !== undefined ? [{ repo, number: t.number }] : [];
    });
    const outside = targets.length ? await source.lookup(targets, windows) : new Map();
    // A dependency on a repository new to the config: its whole history ships in this version's first steps.
    for (const d of extraction.dependencies) {
        if (addedRepos.some(r => r.name === d.target.repository))
            outside.set(`${d.target.repository}#${d.target.number}`, { state: 'released' });
    }
    const plan = planRelease({ windows, dependencies: extraction.dependencies, outside, onUnmerged: options.onUnmerged, budget: options.budget });
    if (!plan.optimal)
        reporter.warning('the step search ran out of budget: the steps follow a greedy order and may not be the fewest');
    const addedHeads = addedRepos.length ? await source.heads(addedRepos) : [];
    const added = addedRepos.map((r, i) => ({ repository: r.name, head: addedHeads[i] }));
    for (const a of added)
        reporter.info(`${a.repository} is new in the release config: pinned at its head ${a.head.slice(0, 7)}`);
    const drafted = nextVersion(last, windows, plan, added);
    const version = drafted && inConfigOrder(drafted, config);
    const steps = version?.steps ?? [];
    const held = heldPulls(plan);
    reporter.summary(summaryMarkdown(version?.version, steps, held, windows, plan));
    await reporter.group(version ? `Version ${version.version}` : 'Nothing to release', async () => {
        for (const line of planText(steps, held))
            reporter.info(line);
    });
    for (const h of held)
        reporter.warning(`${h.repository}#${h.number} held back: ${h.reason}`);
    if (!version)
        return { changed: false, steps, held };
    const target = (0,external_node_path_.relative)(options.workspace, (0,external_node_path_.resolve)(store.dir, `${version.version}.yaml`));
    if (!options.write)
        return { changed: true, version, versionFile: target, steps, held };
    const written = await store.write(version);
    reporter.info(`wrote ${(0,external_node_path_.relative)(options.workspace, written)}`);
    return { changed: true, version, versionFile: (0,external_node_path_.relative)(options.workspace, written), steps, held };
}
function heldPulls(plan) {
    return plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull, reason: h.reason }));
}
function inConfigOrder(v, config) {
    const repositories = Object.fromEntries(config.repositories.filter(r => r.name in v.repositories).map(r => [r.name, v.repositories[r.name]]));
    return { ...v, repositories };
}
/** Version 1: pins every repository's current head, deployed in config order. Refuses when versions exist. */
async function bootstrap(options, reporter) {
    const ctx = await (0,release_repo/* openRelease */.g)(options.config, options.workspace);
    const existing = await ctx.store.list();
    if (existing.length) {
        throw new core_errors/* LockstepError */.Cj(`version ${existing[existing.length - 1]} already exists: bootstrap only writes version 1 (use resolve)`, { file: ctx.config.file });
    }
    const heads = await options.source(ctx).heads(ctx.config.repositories);
    const version = bootstrapVersion(ctx.config.repositories.map((r, i) => ({ repository: r.name, head: heads[i] })));
    for (const line of planText(version.steps, []))
        reporter.info(line);
    reporter.summary(['## resolve-deps: version 1 (bootstrap)', '', '| # | repository | commit |', '|---|---|---|', ...version.steps.map((s, i) => `| ${i + 1} | ${s.repository} | \`${s.commit.slice(0, 7)}\` |`)].join('\n'));
    const target = (0,external_node_path_.relative)(options.workspace, (0,external_node_path_.resolve)(ctx.store.dir, '1.yaml'));
    if (!options.write)
        return { changed: true, version, versionFile: target, steps: version.steps, held: [] };
    const written = await ctx.store.write(version);
    reporter.info(`wrote ${(0,external_node_path_.relative)(options.workspace, written)}`);
    return { changed: true, version, versionFile: (0,external_node_path_.relative)(options.workspace, written), steps: version.steps, held: [] };
}
/**
 * `mode: check` on a component repository's pull request: its dependency blocks are parsed,
 * every target looked up, and the targets' own dependencies followed to find a cycle this PR
 * would close. Problems become annotations (malformed block with its line, missing target,
 * cycle) and warnings (target not merged yet); nothing is written.
 */
async function checkPull(options, reporter) {
    let event;
    try {
        event = JSON.parse(await readFile(options.eventPath, 'utf8'));
    }
    catch (e) {
        throw new LockstepError(`cannot read the event payload ${options.eventPath}: ${e.message}`);
    }
    const number = event.pull_request?.number;
    const full = event.repository?.full_name;
    if (!number || !full || !full.includes('/'))
        throw new LockstepError('mode check runs on a pull_request event (no pull request in the event payload)');
    const self = `${full}#${number}`;
    const [owner, name] = full.split('/');
    const [pr] = await fetchPulls(options.client, [{ owner, name, number }]);
    const texts = pr ? pullTexts(pr) : [{ kind: 'description', body: event.pull_request?.body ?? '' }];
    const author = pr?.author?.login ?? event.pull_request?.user?.login;
    const parsed = readPullTexts(self, texts, author);
    for (const w of parsed.warnings)
        reporter.warning(w);
    for (const e of parsed.errors)
        reporter.error(e.message, e.location);
    let errors = parsed.errors.length;
    const targets = parsed.dependencies
        .map(d => ({ ...d, target: qualify(d.ref, full) }))
        .filter(t => {
        const isSelf = `${t.target.owner}/${t.target.name}#${t.target.number}`.toLowerCase() === self.toLowerCase();
        if (isSelf)
            reporter.warning(`dependency "${t.text}" names this PR itself: ignored`, { file: t.label, line: t.line });
        return !isSelf;
    });
    const found = await fetchPulls(options.client, targets.map(t => t.target));
    const unmerged = [];
    const rows = [];
    targets.forEach((t, i) => {
        const key = `${t.target.owner}/${t.target.name}#${t.target.number}`;
        const p = found[i];
        let status;
        if (!p) {
            reporter.error(`dependency "${t.text}": ${key} does not exist (or the token cannot read it)`, { file: t.label, line: t.line });
            errors++;
            status = 'does not exist';
        }
        else if (!p.merged) {
            reporter.warning(`dependency "${t.text}": ${key} is not merged yet (${p.state.toLowerCase()}); this PR will be held back until it is`, { file: t.label, line: t.line });
            unmerged.push({ pull: key, state: p.state.toLowerCase() });
            status = `not merged (${p.state.toLowerCase()})`;
        }
        else {
            status = 'merged';
        }
        rows.push(`| ${key} | ${t.isCompatible} | ${status} |`);
    });
    const cycle = await findCycleThrough(options.client, self, targets.map(t => t.target), options.limit ?? 200);
    if (cycle) {
        reporter.error(`merging ${self} would close a dependency cycle: ${cycle.join(' → ')}`, { file: `${self} description` });
        errors++;
    }
    reporter.summary([
        `## resolve-deps check: ${self}`,
        targets.length ? ['| depends on | is_compatible | status |', '|---|---|---|', ...rows].join('\n') : 'No dependency block.',
        cycle ? `**Cycle:** ${cycle.join(' → ')}` : '',
        errors ? `**${errors} problem(s)** (see the annotations).` : 'No problems found.',
    ]
        .filter(Boolean)
        .join('\n\n'));
    return { pull: self, errors, unmerged };
}
function qualify(ref, fromFull) {
    const [owner, name] = fromFull.split('/');
    if (ref.kind === 'self')
        return { owner, name, number: ref.number };
    if (ref.kind === 'short')
        return { owner, name: ref.repo, number: ref.number };
    return { owner: ref.owner, name: ref.repo, number: ref.number };
}
/** Follows dependency blocks from `start`'s targets, one batched query per level, until it returns to `start`. */
async function findCycleThrough(client, start, first, limit) {
    const norm = (p) => `${p.owner}/${p.name}#${p.number}`;
    const parent = new Map();
    let level = first.filter(p => {
        const k = norm(p);
        // A PR naming itself is no cycle (the release resolver ignores it too).
        if (parent.has(k) || k.toLowerCase() === start.toLowerCase())
            return false;
        parent.set(k, start);
        return true;
    });
    let read = 0;
    while (level.length && read < limit) {
        const batch = level.slice(0, limit - read);
        read += batch.length;
        const pulls = await fetchPulls(client, batch);
        const next = [];
        for (const [i, p] of batch.entries()) {
            const pr = pulls[i];
            if (!pr)
                continue;
            const from = norm(p);
            for (const dep of readPullTexts(from, pullTexts(pr), pr.author?.login).dependencies) {
                const target = qualify(dep.ref, `${p.owner}/${p.name}`);
                const k = norm(target);
                if (k.toLowerCase() === start.toLowerCase()) {
                    const path = [from, start];
                    for (let at = parent.get(from); at !== undefined && at !== start; at = parent.get(at))
                        path.unshift(at);
                    return withVerbs([start, ...path]);
                }
                if (parent.has(k))
                    continue;
                parent.set(k, from);
                next.push(target);
            }
        }
        level = next;
    }
    return undefined;
}
function withVerbs(path) {
    return path.slice(0, -1).map((p, i) => `${p} needs ${path[i + 1]}`);
}


/***/ })

};
