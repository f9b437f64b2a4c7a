export const id = 353;
export const ids = [353];
export const modules = {

/***/ 6211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ githubServerUrl)
/* harmony export */ });
/**
 * The web address of the GitHub the run belongs to (`GITHUB_SERVER_URL`: github.com, a GHE.com
 * subdomain or a GitHub Enterprise Server), for links people click: compare views, run pages.
 */
function githubServerUrl(env = process.env) {
    const url = env.GITHUB_SERVER_URL?.trim();
    return url ? url.replace(/\/+$/, '') : 'https://github.com';
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

/***/ 6667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   gz: () => (/* binding */ gitHubAccess)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _adapters_github_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6211);
/**
 * GitHub access, for every job that talks to GitHub: the client made on first use (Octokit is
 * never loaded by a run that does not need it) and the web address links point at.
 * src/composition/ builds the adapters the jobs are handed as ports (src/jobs/ports.ts), one
 * file per area, so that a bundle holds only its own area's adapters.
 */


// Small and read at start: the default rate-limit budget of the inputs.

/**
 * A GitHub client made on first use (a git-sourced release or a command rollout never needs
 * one, and does not load Octokit: docs/benchmarks.md); without a token, that first use is an
 * error saying `missing`. Waits for a rate limit are told to `reporter` (a workflow warning in
 * the actions, a line on stderr in the CLI). `rateLimitWait`: seconds the client may wait for
 * rate limits in all (the `rate-limit-wait` input; default 60).
 */
function gitHubAccess(token, missing, reporter, { rateLimitWait } = {}) {
    let client;
    return () => {
        if (!token)
            return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(missing));
        return (client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 1730)).then(m => m.createGitHubClient({ token, warning: message => reporter.warning(message), ...(rateLimitWait !== undefined ? { rateLimitWait } : {}) })));
    };
}
/** The GitHub web address links point at (`GITHUB_SERVER_URL`; github.com when unset). */
function serverUrl(env = process.env) {
    return (0,_adapters_github_server_js__WEBPACK_IMPORTED_MODULE_1__/* .githubServerUrl */ .E)(env);
}


/***/ }),

/***/ 6222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ releases),
/* harmony export */   l1: () => (/* binding */ pullSource),
/* harmony export */   rj: () => (/* binding */ branchCommits)
/* harmony export */ });
/* unused harmony export gitHubCheckSources */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The release repository and where merged pull requests come from: resolve-deps, its PR
 * check, and what apply-steps reads of the release. Adapters are imported on first use.
 */

/** The release repository in the workspace (a checkout, the CLI's folder). */
function releases() {
    const repo = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 3031));
    return {
        open: async (configPath, workspace) => (await repo()).openRelease(configPath, workspace),
        latest: async (configPath, workspace) => (await repo()).readLocalRelease(configPath, workspace),
    };
}
/**
 * What a PR check on GitHub reads: the release (its repository through the API, `remote`, or
 * the config in the workspace) and the PRs being merged, from the event that started the run
 * (`GITHUB_EVENT_PATH`: a pull_request or a merge_group).
 */
function gitHubCheckSources(github, eventPath, release) {
    return {
        release: async () => {
            if ('config' in release)
                return releases().latest(release.config, release.workspace);
            const [{ readRemoteRelease }, client] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(443), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 3031)), github()]);
            return readRemoteRelease(client, release.remote);
        },
        merging: async () => {
            const [{ readMergingPulls }, client] = await Promise.all([__webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 7694)), github()]);
            return readMergingPulls(client, eventPath);
        },
    };
}
/** A local branch against its base in the clone `dir`: the commit it is at and its commits' messages, oldest first (what `lockstep check` takes for a PR). */
async function branchCommits(dir, base, branch) {
    const { branchHead, branchMessages } = await __webpack_require__.e(/* import() */ 355).then(__webpack_require__.bind(__webpack_require__, 9355));
    const [from, head] = await Promise.all([branchHead(dir, base), branchHead(dir, branch)]);
    return { head, messages: await branchMessages(dir, from, head) };
}
/**
 * Where merged PRs are read: local clones (`git`, their `path:` relative to the release
 * config's folder, so only for a release repository on disk) or the GraphQL API (`github`).
 */
function pullSource(kind, github) {
    if (kind === 'git') {
        return async (ctx) => {
            if (ctx.configDir === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj('source git reads local clones named by a release config on disk: use the config input, not release-repository');
            const { GitPullSource } = await __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 7127));
            return new GitPullSource(ctx.configDir, ctx.config.file);
        };
    }
    return async (ctx) => {
        const [{ GitHubPullSource }, client] = await Promise.all([__webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 7127)), github()]);
        return new GitHubPullSource(client, ctx.config.file);
    };
}


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kU: () => (/* binding */ outsideTargets),
/* harmony export */   qq: () => (/* binding */ overrideHint),
/* harmony export */   xx: () => (/* binding */ extractDependencies)
/* harmony export */ });
/* unused harmony exports TRUSTED_ASSOCIATIONS, readPullTexts, isTrusted */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _block_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9443);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2594);



/** Anyone can comment on a public PR; only these (and the PR's author) may declare its dependencies. */
const TRUSTED_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * The way out that every release-time error about merged PR text names: merged text cannot
 * always be edited (a commit message in git mode), the release config can replace it.
 */
function overrideHint(pull) {
    return `fix the PR text, or replace its dependencies in the release config: overrides: { "${pull}": { dependencies: [...] } }`;
}
/**
 * Reads every dependency block of every change in the windows and ties each `pull:` to a
 * configured repository. Malformed blocks and unknown repositories are collected, not thrown,
 * so that one run reports all of them. A PR named by `overrides` is not read at all: the
 * override's dependencies stand for its blocks. An override whose PR is in no window is a
 * warning (it did its job in an earlier release, or the PR is not merged yet).
 */
function extractDependencies(windows, repos, overrides = [], configFile = 'release config') {
    const out = { dependencies: [], errors: [], warnings: [], overrides: [] };
    const overrideOf = new Map(overrides.map(o => [`${o.repository}#${o.number}`, o]));
    const used = new Set();
    for (const window of windows) {
        const from = repos.find(r => r.name === window.repository) ?? { name: window.repository };
        window.changes.forEach((change, index) => {
            if (change.pull === undefined)
                return;
            const pull = `${window.repository}#${change.pull}`;
            const override = overrideOf.get(pull);
            let read;
            if (override) {
                used.add(pull);
                const label = configFile;
                read = { dependencies: override.dependencies.map(d => ({ ...d, label })), errors: [], warnings: [] };
            }
            else {
                read = readPullTexts(pull, change.texts, change.author);
            }
            out.warnings.push(...read.warnings);
            const errors = [...read.errors];
            const applied = [];
            for (const dep of read.dependencies) {
                const target = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePullRef */ .lC)(dep.ref, from, repos);
                if (!target) {
                    errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`dependency "${(0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPullRef */ .kG)(dep.ref)}": repository is not in the release config`, { file: dep.label, line: dep.line }));
                    continue;
                }
                if (target.name === window.repository && dep.ref.number === change.pull) {
                    out.warnings.push({ message: `${pull}: dependency "${dep.text}" names the PR itself: ignored`, location: { file: dep.label, line: dep.line } });
                    continue;
                }
                applied.push({ repository: target.name, number: dep.ref.number, isCompatible: dep.isCompatible });
                out.dependencies.push({
                    from: { repository: window.repository, index },
                    target: { repository: target.name, number: dep.ref.number },
                    isCompatible: dep.isCompatible,
                    where: `${dep.label}, line ${dep.line}`,
                    location: { file: dep.label, line: dep.line },
                });
            }
            if (override) {
                const recorded = { repository: window.repository, number: change.pull, dependencies: applied };
                if (override.reason !== undefined)
                    recorded.reason = override.reason;
                out.overrides.push(recorded);
            }
            // In reading order, whichever check found them; the PR text's errors name the way out.
            const hinted = errors.map(e => (override ? e : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${e.message} (${overrideHint(pull)})`, e.location, e.details)));
            out.errors.push(...hinted.sort((x, y) => String(x.location.file).localeCompare(String(y.location.file)) || (x.location.line ?? 0) - (y.location.line ?? 0)));
        });
    }
    for (const o of overrides) {
        const key = `${o.repository}#${o.number}`;
        if (used.has(key))
            continue;
        out.warnings.push({
            message: `overrides."${key}": ${key} is not among the changes merged since the last version (released before, not merged yet, or not a PR of this branch): the override is not used; remove it once its PR has shipped`,
            location: { file: configFile, line: o.line },
        });
    }
    return out;
}
/**
 * The dependency blocks of one PR (description and comments), keeping only those its author
 * or someone with write access wrote; `prLabel` names it in messages (`repo-1#12`).
 */
function readPullTexts(prLabel, texts, author) {
    const out = { dependencies: [], errors: [], warnings: [] };
    texts.forEach((text, t) => {
        const label = text.kind === 'description' ? `${prLabel} description` : `${prLabel} comment ${t}${text.author ? ` by @${text.author}` : ''}`;
        if (!isTrusted(text, author)) {
            if ((0,_block_js__WEBPACK_IMPORTED_MODULE_1__/* .hasDependencyHeader */ .Li)(text.body)) {
                out.warnings.push({ message: `${label}: dependency block ignored: @${text.author} is neither the PR's author nor has write access (${text.association ?? 'unknown'})`, location: { file: label } });
            }
            return;
        }
        const parsed = (0,_block_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDependencyBlocks */ .FN)(text.body, label);
        out.errors.push(...parsed.errors);
        out.warnings.push(...parsed.warnings);
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


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ pullKey)
/* harmony export */ });
function pullKey(k) {
    return `${k.repository}#${k.number}`;
}


/***/ }),

/***/ 611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ planRelease)
/* harmony export */ });
/* unused harmony exports orderSteps, beamSteps, improveSteps, reach, searchSteps, greedySteps */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(751);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9339);



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
    const byCommit = new Map();
    windows.forEach((w, r) => {
        offset.push(nodes.length);
        w.changes.forEach((c, index) => {
            const id = nodes.length;
            nodes.push({ repo: r, index, label: c.pull !== undefined ? `${w.repository}#${c.pull}` : `${w.repository}@${c.commit.slice(0, 7)}` });
            if (c.pull !== undefined && !byPull.has(`${w.repository}#${c.pull}`))
                byPull.set(`${w.repository}#${c.pull}`, id);
            byCommit.set(`${w.repository}@${c.commit}`, id);
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
        const key = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .pullKey */ .D)(dep.target);
        const state = byPull.has(key) ? undefined : (input.outside.get(key) ?? { state: 'missing', detail: 'it was not looked up' });
        const to = state?.state === 'carried' ? byCommit.get(`${dep.target.repository}@${state.commit}`) : byPull.get(key);
        if (state?.state === 'carried' && to === undefined)
            throw new Error(`${key} is carried by ${state.commit}, which no window holds`);
        if (to !== undefined) {
            if (to === from)
                continue;
            links[from].push({ to, kind: 'needs', where: dep.where });
            edges.push({ from: dep.from, to: { repository: dep.target.repository, index: nodes[to].index }, isCompatible: dep.isCompatible });
            if (!dep.isCompatible)
                direct[from] ??= `must ship in a later release than ${key} (is_compatible: false)`;
            continue;
        }
        if (!state || state.state === 'released')
            continue;
        if (state.state === 'missing') {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${nodes[from].label} needs ${key}, which does not exist (${state.detail}); ${(0,_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .overrideHint */ .qq)(nodes[from].label)}`, dep.location ?? {}));
        }
        else if (onUnmerged === 'fail') {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${nodes[from].label} needs ${key}, which is not merged (${state.detail}); on-unmerged is fail; ${(0,_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .overrideHint */ .qq)(nodes[from].label)}`, dep.location ?? {}));
        }
        else {
            direct[from] ??= `needs ${key}, which is not merged (${state.detail})`;
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepErrors */ .hz(errors);
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
    const first = merged.find(m => m.kind === 'needs');
    if (first)
        details.push(`  to break it without editing merged text: ${(0,_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .overrideHint */ .qq)(nodes[first.from].label)}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`dependency cycle, no deployment order exists: ${path}`, {}, details);
}
/** Work (repository moves tried) the searches past the exact budget may spend, in all. */
const HEURISTIC_WORK = 600_000;
/** Moves the exact search may try whatever its state budget: with many repositories each state costs more. */
const EXACT_WORK = 100_000;
/**
 * Orders the steps: each step advances one repository as far as its pending dependencies
 * allow (advancing further never hurts a later step: `reach` is monotone in every position).
 * A* over per-repository positions, with "repositories not yet at their final position" as
 * the (admissible) heuristic, finds the fewest steps within `budget` states, bounded by the
 * greedy order. Past the budget the result is the best of the greedy order and beam
 * searches of growing width, then improved window by window (large-neighbourhood search:
 * an exact search replaces a stretch of steps when fewer reach as far). Every candidate is a
 * sequence of valid moves, and all of it is deterministic: work is counted, never timed.
 */
function orderSteps(final, requires, budget) {
    const work = { left: HEURISTIC_WORK };
    const n = final.length;
    let best = greedySteps(final, requires);
    // A beam costs about width × steps × repositories moves: only one that can finish is started.
    const affordable = (width) => width * best.length * n <= work.left;
    // Narrow beams first: cheap, and a tighter bound lets the exact search prove far more.
    let width = 4;
    for (; width <= 64 && affordable(width); width *= 4)
        best = shorter(best, beamSteps(final, requires, width, best.length, work));
    const exact = searchSteps(final, requires, budget, best.length, undefined, undefined, { left: EXACT_WORK });
    if (exact !== 'budget')
        return { moves: exact === 'none' ? best : exact, optimal: true };
    for (; affordable(width); width *= 4)
        best = shorter(best, beamSteps(final, requires, width, best.length, work));
    // What is left goes to the neighbourhood search: longer stretches find more, cost more.
    for (const span of [10, 16, 24])
        if (work.left > 0)
            best = improveSteps(final, requires, best, work, span);
    return { moves: best, optimal: false };
}
const shorter = (a, b) => (b && b.length < a.length ? b : a);
/** Random 26-bit halves per (repository, position), from a fixed seed: a state's hash is their XOR. */
function zobrist(final) {
    const at = [];
    let size = 0;
    for (const f of final) {
        at.push(size);
        size += f + 1;
    }
    const hi = new Int32Array(size);
    const lo = new Int32Array(size);
    let seed = 0x9e3779b9;
    const next = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return (t ^ (t >>> 14)) & 0x3ffffff;
    };
    for (let i = 0; i < size; i++) {
        hi[i] = next();
        lo[i] = next();
    }
    return { hi, lo, at };
}
/**
 * Breadth-first, keeping at each depth the `width` states with the fewest repositories left
 * to finish (ties: the most changes deployed, then the order they were found). States are
 * told apart by a 52-bit hash: a collision can only make the beam skip a state, never make a
 * move invalid. Undefined when it finds nothing shorter than `bound` or runs out of work.
 */
function beamSteps(final, requires, width, bound, work) {
    const n = final.length;
    const z = zobrist(final);
    const start = final.map(() => 0);
    let hi0 = 0;
    let lo0 = 0;
    for (let r = 0; r < n; r++) {
        hi0 ^= z.hi[z.at[r]];
        lo0 ^= z.lo[z.at[r]];
    }
    let level = [{ pos: start, left: final.filter(f => f > 0).length, done: 0, hi: hi0, lo: lo0 }];
    if (level[0].left === 0)
        return [];
    const seen = new Set([hi0 * 0x4000000 + lo0]);
    for (let depth = 1; depth < bound && level.length; depth++) {
        const cands = [];
        for (const s of level) {
            for (let r = 0; r < n; r++) {
                if (--work.left < 0)
                    return undefined;
                const to = reach(s.pos, r, final, requires);
                const at = s.pos[r];
                if (to === at)
                    continue;
                const hi = s.hi ^ z.hi[z.at[r] + at] ^ z.hi[z.at[r] + to];
                const lo = s.lo ^ z.lo[z.at[r] + at] ^ z.lo[z.at[r] + to];
                const key = hi * 0x4000000 + lo;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const cand = { from: s, r, to, left: s.left - (to === final[r] ? 1 : 0), done: s.done + to - at, hi, lo };
                if (cand.left === 0)
                    return [...pathTo(s), [r, to]];
                cands.push(cand);
            }
        }
        // Array.prototype.sort is stable: equal candidates keep the order they were found in.
        cands.sort((x, y) => x.left - y.left || y.done - x.done);
        level = cands.slice(0, width).map(c => {
            const pos = [...c.from.pos];
            pos[c.r] = c.to;
            return { pos, left: c.left, done: c.done, hi: c.hi, lo: c.lo, parent: c.from, move: [c.r, c.to] };
        });
    }
    return undefined;
}
function pathTo(state) {
    const moves = [];
    for (let x = state; x?.move; x = x.parent)
        moves.push(x.move);
    return moves.reverse();
}
/**
 * Large-neighbourhood search: for each stretch of `span` steps, an exact search from the
 * state before it looks for fewer steps reaching a state at least as far in every repository;
 * the steps after it are replayed from there (each as far as it now reaches; a step with
 * nothing left to do disappears), so the sequence stays valid and never grows.
 */
function improveSteps(final, requires, moves, work, span = 6) {
    let best = moves;
    let states = replay(final.map(() => 0), best);
    for (let i = 0; i + 1 < best.length && work.left > 0;) {
        const end = Math.min(best.length, i + span);
        const local = searchSteps(final, requires, 2_000, end - i, states[i], states[end], work);
        if (!Array.isArray(local)) {
            i += Math.max(1, span >> 1);
            continue;
        }
        const pos = [...states[i]];
        for (const [r, to] of local)
            pos[r] = to;
        const rest = [];
        for (const [r] of best.slice(end)) {
            const to = reach(pos, r, final, requires);
            if (to === pos[r])
                continue;
            pos[r] = to;
            rest.push([r, to]);
        }
        best = [...best.slice(0, i), ...local, ...rest];
        states = replay(final.map(() => 0), best);
    }
    return best;
}
/** The positions before each move and after the last. */
function replay(start, moves) {
    const states = [[...start]];
    for (const [r, to] of moves) {
        const pos = [...states[states.length - 1]];
        pos[r] = to;
        states.push(pos);
    }
    return states;
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
 * than `bound`, 'budget' when the search gave up first. From `start` (default: nothing
 * deployed) to any state at least `target` in every repository (default: `final`).
 */
function searchSteps(final, requires, budget, bound = Infinity, start = final.map(() => 0), target = final, work) {
    const n = final.length;
    const h = (pos) => pos.reduce((acc, p, r) => acc + (p < target[r] ? 1 : 0), 0);
    const heap = new MinHeap((a, b) => a.f - b.f || b.g - a.g || a.seq - b.seq);
    const best = new Map();
    let seq = 0;
    heap.push({ pos: [...start], g: 0, h: h(start), f: h(start), seq: seq++ });
    best.set(start.join(','), 0);
    let expanded = 0;
    while (heap.size) {
        const e = heap.pop();
        if (best.get(e.pos.join(',')) < e.g)
            continue;
        if (e.h === 0)
            return pathTo(e);
        if (++expanded > budget)
            return 'budget';
        for (let r = 0; r < n; r++) {
            if (work && --work.left < 0)
                return 'budget';
            const to = reach(e.pos, r, final, requires);
            if (to === e.pos[r])
                continue;
            const pos = [...e.pos];
            pos[r] = to;
            const g = e.g + 1;
            const hh = e.h - (e.pos[r] < target[r] && to >= target[r] ? 1 : 0);
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
    const n = final.length;
    const pos = final.map(() => 0);
    const moves = [];
    const base = pos.map((_, r) => reach(pos, r, final, requires));
    while (pos.some((p, r) => p < final[r])) {
        let bestRepo = -1;
        let bestScore = -1;
        for (let r = 0; r < n; r++) {
            const to = base[r];
            if (to === pos[r])
                continue;
            // Another repository advances further only if the change it stops at now has what it needs.
            let score = 0;
            for (let s = 0; s < n; s++) {
                if (s === r || base[s] >= final[s])
                    continue;
                if (requires(s, base[s]).every(([t, p]) => (t === r ? to : pos[t]) >= p))
                    score++;
            }
            if (score > bestScore)
                [bestRepo, bestScore] = [r, score];
        }
        if (bestRepo < 0)
            throw new Error('no deployment order found for an acyclic graph');
        pos[bestRepo] = base[bestRepo];
        moves.push([bestRepo, pos[bestRepo]]);
        for (let s = 0; s < n; s++)
            base[s] = reach(pos, s, final, requires);
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


/***/ })

};
