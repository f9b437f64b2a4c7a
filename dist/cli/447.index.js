export const id = 447;
export const ids = [447];
export const modules = {

/***/ 9355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ firstParentCommits),
/* harmony export */   Eb: () => (/* binding */ changeFromMessage),
/* harmony export */   Mb: () => (/* binding */ carriedPullNumbers),
/* harmony export */   P: () => (/* binding */ branchHead),
/* harmony export */   jF: () => (/* binding */ releasedPullNumbers),
/* harmony export */   tc: () => (/* binding */ branchMessages)
/* harmony export */ });
/* harmony import */ var _core_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6619);



/**
 * The branch's head in a local clone: the local branch, else the `origin` remote-tracking
 * one (a fresh clone only has the default branch locally).
 */
async function branchHead(dir, branch) {
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        try {
            const { stdout } = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
            return (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(stdout.trim(), `head of ${branch}`);
        }
        catch (e) {
            if (!(e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj))
                throw e;
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`branch "${branch}" not found in ${dir}`);
}
/**
 * The first-parent commits after `released` up to `head`, oldest first, with their messages.
 * `released` must itself be on the first-parent line (a force-push that dropped it is an error).
 */
async function firstParentCommits(dir, released, head) {
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(released, 'released commit');
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(head, 'branch head');
    try {
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['cat-file', '-e', '--end-of-options', `${released}^{commit}`]);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`released commit ${released} does not exist in ${dir}`);
    }
    const { stdout } = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['log', '-z', '--first-parent', '--reverse', '--format=%H%x00%P%x00%B', '--end-of-options', `${released}..${head}`]);
    const fields = stdout.split('\0');
    const out = [];
    let expectedParent = released;
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const commit = fields[i].replace(/^\n/, '');
        const parents = fields[i + 1].split(' ');
        if (parents[0] !== expectedParent) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`released commit ${released} is not on the first-parent history of ${head} in ${dir} (was the branch rewritten?)`);
        }
        expectedParent = commit;
        out.push({ commit: (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(commit, 'commit'), message: fields[i + 2] });
    }
    if (out.length === 0 && released !== head) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`released commit ${released} is not an ancestor of the branch head ${head} in ${dir}`);
    }
    return out;
}
const MERGE_SUBJECT = /^Merge pull request #([0-9]+) from \S+/;
const SQUASH_SUBJECT = /^(.*\S)\s+\(#([0-9]+)\)$/;
/**
 * A first-parent commit as a change: GitHub's merge subject (`Merge pull request #N from ...`,
 * the PR title on the next paragraph) or a squash subject `Title (#N)`; the rest of the
 * message is the PR description.
 */
function changeFromMessage(commit, message) {
    const lines = message.replace(/\s+$/, '').split('\n');
    const subject = lines[0] ?? '';
    const merge = MERGE_SUBJECT.exec(subject);
    if (merge) {
        let i = 1;
        while (i < lines.length && lines[i].trim() === '')
            i++;
        const title = lines[i]?.trim() || undefined;
        return withDescription({ commit, pull: Number(merge[1]), title }, lines.slice(i + 1));
    }
    const squash = SQUASH_SUBJECT.exec(subject);
    if (squash)
        return withDescription({ commit, pull: Number(squash[2]), title: squash[1] }, lines.slice(1));
    return { commit, title: subject || undefined, texts: [] };
}
function withDescription(change, rest) {
    const body = rest.join('\n').replace(/^\s*\n/, '');
    const c = { commit: change.commit, pull: change.pull, texts: [{ kind: 'description', body }] };
    if (change.title)
        c.title = change.title;
    return c;
}
/**
 * PR numbers that `released` contains, so earlier versions delivered: squash subjects on its
 * first-parent history, and `Merge pull request #N` commits anywhere in its history (a PR
 * merged into another PR's branch, a stacked PR, reached the branch with that PR).
 */
async function releasedPullNumbers(dir, released) {
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(released, 'released commit');
    const out = new Set();
    const all = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['log', '--format=%s', '--end-of-options', released]);
    for (const subject of all.stdout.split('\n')) {
        const m = MERGE_SUBJECT.exec(subject);
        if (m)
            out.add(Number(m[1]));
    }
    const firstParent = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['log', '--first-parent', '--format=%s', '--end-of-options', released]);
    for (const subject of firstParent.stdout.split('\n')) {
        const s = MERGE_SUBJECT.test(subject) ? undefined : SQUASH_SUBJECT.exec(subject);
        if (s)
            out.add(Number(s[2]));
    }
    return out;
}
/**
 * Stacked PRs of a window: each `Merge pull request #N` commit on the second-parent line of one
 * of the window's first-parent merges (`firstParent`, oldest first), mapped to the first of
 * those merges that brought it onto the branch. What `released` already contains is not here.
 */
async function carriedPullNumbers(dir, released, head, firstParent) {
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(released, 'released commit');
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(head, 'branch head');
    const { stdout } = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['log', '-z', '--format=%H%x00%P%x00%s', '--end-of-options', `${released}..${head}`]);
    const fields = stdout.split('\0');
    const commits = new Map();
    for (let i = 0; i + 2 < fields.length; i += 3)
        commits.set(fields[i].replace(/^\n/, ''), { parents: fields[i + 1].split(' ').filter(Boolean), subject: fields[i + 2] });
    const seen = new Set(firstParent);
    const out = new Map();
    for (const carrier of firstParent) {
        const stack = (commits.get(carrier)?.parents ?? []).slice(1);
        while (stack.length) {
            const c = stack.pop();
            const commit = commits.get(c);
            // Outside the range: `released` already has it.
            if (!commit || seen.has(c))
                continue;
            seen.add(c);
            const m = MERGE_SUBJECT.exec(commit.subject);
            if (m && !out.has(Number(m[1])))
                out.set(Number(m[1]), carrier);
            stack.push(...commit.parents);
        }
    }
    return out;
}
/** The messages of the commits a branch has that `base` does not, oldest first: a PR's text before it is opened. */
async function branchMessages(dir, base, head) {
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(base, 'base commit');
    (0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitId */ .h)(head, 'branch head');
    const { stdout } = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(dir, ['log', '-z', '--reverse', '--format=%B', '--end-of-options', `${base}..${head}`]);
    return stdout.split('\0').map(m => m.replace(/^\n/, '').replace(/\s+$/, '')).filter(Boolean);
}


/***/ }),

/***/ 7127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ GitHubPullSource),
/* harmony export */   r: () => (/* binding */ GitPullSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_deps_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9339);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9355);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3206);





/** `source: git`: each repository's `path:` (relative to the release config's folder) is a local clone. */
class GitPullSource {
    configDir;
    configFile;
    constructor(configDir, configFile) {
        this.configDir = configDir;
        this.configFile = configFile;
    }
    dir(repo) {
        if (!repo.path) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repositories.${repo.name}: "path" (a local clone) is required with source: git`, { file: this.configFile, line: repo.line });
        }
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(repo.path) ? repo.path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.configDir, repo.path);
    }
    async heads(repos) {
        return Promise.all(repos.map(r => this.located(r, () => (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .branchHead */ .P)(this.dir(r), r.branch))));
    }
    async windows(requests) {
        return Promise.all(requests.map(({ repo, released }) => this.located(repo, async () => {
            const dir = this.dir(repo);
            const head = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .branchHead */ .P)(dir, repo.branch);
            if (released === undefined)
                return { repository: repo.name, released: head, head, changes: [] };
            const commits = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .firstParentCommits */ .Dz)(dir, released, head);
            return { repository: repo.name, released, head, changes: commits.map(c => (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .changeFromMessage */ .Eb)(c.commit, c.message)) };
        })));
    }
    async lookup(targets, windows) {
        const out = new Map();
        const read = new Map();
        for (const { repo, number } of targets) {
            const window = windows.find(w => w.repository === repo.name);
            if (!window)
                continue;
            if (!read.has(repo.name)) {
                read.set(repo.name, await this.located(repo, async () => {
                    const dir = this.dir(repo);
                    const commits = window.changes.map(c => c.commit);
                    return { released: await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .releasedPullNumbers */ .jF)(dir, window.released), carried: await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .carriedPullNumbers */ .Mb)(dir, window.released, window.head, commits) };
                }));
            }
            const { released, carried } = read.get(repo.name);
            const carrier = carried.get(number);
            out.set((0,_core_deps_model_js__WEBPACK_IMPORTED_MODULE_4__/* .pullKey */ .D)({ repository: repo.name, number }), released.has(number)
                ? { state: 'released' }
                : carrier
                    ? { state: 'carried', commit: carrier, detail: `merged into another PR's branch, which reached ${repo.branch} with ${carrier.slice(0, 7)}` }
                    : { state: 'unmerged', detail: `not on the first-parent history of ${repo.branch}` });
        }
        return out;
    }
    /** Git errors name the repository entry of the release config. */
    async located(repo, fn) {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj && !e.location.file) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repositories.${repo.name}: ${e.message}`, { file: this.configFile, line: repo.line }, e.details);
            }
            throw e;
        }
    }
}
function ownerName(repo, configFile) {
    if (!repo.github)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repositories.${repo.name}: "github" (owner/repo) is required with source: github`, { file: configFile, line: repo.line });
    const [owner, name] = repo.github.split('/');
    return { owner, name };
}
/** `source: github`: the GraphQL API through the shared client (retries and rate limits included). */
class GitHubPullSource {
    client;
    configFile;
    headDates = new Map();
    constructor(client, configFile) {
        this.client = client;
        this.configFile = configFile;
    }
    async heads(repos) {
        return (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .readHeads */ .W4)(this.client, repos.map(r => ({ ...ownerName(r, this.configFile), branch: r.branch })));
    }
    async windows(requests) {
        const read = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .readWindows */ .kg)(this.client, requests.map(({ repo, released }) => ({ ...ownerName(repo, this.configFile), branch: repo.branch, released })));
        return read.map((w, i) => {
            this.headDates.set(requests[i].repo.name, w.headDate);
            return { repository: requests[i].repo.name, released: requests[i].released ?? w.head, head: w.head, changes: w.changes };
        });
    }
    async lookup(targets, windows) {
        const found = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPulls */ .FC)(this.client, targets.map(t => ({ ...ownerName(t.repo, this.configFile), number: t.number })));
        const stackedAt = targets.flatMap((t, i) => (found[i]?.merged && found[i].baseRefName !== t.repo.branch ? [i] : []));
        const stacked = stackedAt.length
            ? await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveStacked */ .wf)(this.client, stackedAt.map(i => ({ ...ownerName(targets[i].repo, this.configFile), branch: targets[i].repo.branch, pull: found[i] })))
            : [];
        const out = new Map();
        targets.forEach(({ repo, number }, i) => {
            const pr = found[i];
            const key = (0,_core_deps_model_js__WEBPACK_IMPORTED_MODULE_4__/* .pullKey */ .D)({ repository: repo.name, number });
            const headDate = this.headDates.get(repo.name);
            const window = windows.find(w => w.repository === repo.name);
            const arrived = (mergedAt) => !headDate || !mergedAt || Date.parse(mergedAt) <= Date.parse(headDate);
            if (!pr)
                out.set(key, { state: 'missing', detail: `${repo.github}#${number} not found` });
            else if (!pr.merged)
                out.set(key, { state: 'unmerged', detail: pr.state === 'CLOSED' ? 'closed without merging' : 'open' });
            else if (pr.baseRefName !== repo.branch)
                out.set(key, this.stackedState(repo, pr, stacked[stackedAt.indexOf(i)], window, arrived));
            else if (!arrived(pr.mergedAt))
                out.set(key, { state: 'unmerged', detail: 'merged after this run read the branch' });
            else
                out.set(key, { state: 'released' });
        });
        return out;
    }
    /** A PR merged into another branch counts once its merge commit is in the released branch's history. */
    stackedState(repo, pr, answer, window, arrived) {
        const into = `merged into ${pr.baseRefName}`;
        if (!answer.reached)
            return { state: 'unmerged', detail: `${into}, which has not reached ${repo.branch}` };
        const carrier = answer.carrier;
        const commit = carrier?.mergeCommit ?? pr.mergeCommit?.oid;
        if (commit && window?.changes.some(c => c.commit === commit)) {
            return { state: 'carried', commit, detail: `${into}, which reached ${repo.branch} with ${carrier ? `#${carrier.number}` : commit.slice(0, 7)}` };
        }
        if (!carrier)
            return { state: 'unmerged', detail: `${into}; its merge commit is on ${repo.branch}, but no merged PR of ${pr.baseRefName} tells in which change` };
        if (!arrived(carrier.mergedAt))
            return { state: 'unmerged', detail: `${into}, which reached ${repo.branch} with #${carrier.number} after this run read the branch` };
        return { state: 'released' };
    }
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
                const label = `${configFile} overrides."${pull}"`;
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
/* unused harmony exports orderSteps, reach, searchSteps, greedySteps */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9339);


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
        const key = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .pullKey */ .D)(dep.target);
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
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${nodes[from].label} needs ${key}, which does not exist (${state.detail})`, dep.location ?? {}));
        }
        else if (onUnmerged === 'fail') {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`${nodes[from].label} needs ${key}, which is not merged (${state.detail}); on-unmerged is fail`, dep.location ?? {}));
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`dependency cycle, no deployment order exists: ${path}`, {}, details);
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


/***/ })

};
