export const id = 881;
export const ids = [881];
export const modules = {

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ pullChange),
/* harmony export */   FC: () => (/* binding */ fetchPulls),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   Uf: () => (/* binding */ completeComments),
/* harmony export */   W4: () => (/* binding */ readHeads),
/* harmony export */   kg: () => (/* binding */ readWindows),
/* harmony export */   uE: () => (/* binding */ fetchMergeGroup),
/* harmony export */   wf: () => (/* binding */ resolveStacked)
/* harmony export */ });
/* unused harmony export pullTexts */
/* harmony import */ var _core_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Repositories per window query and PRs per lookup query, inside GitHub's limit of 500,000
 * nodes per query: 20 repositories x (100 commits + 100 parents + 100 x 5 PRs + 100 x 5 x
 * 40 comments) = 414,000 (test/support/github-graphql.ts counts it as GitHub does). Twenty per query: a product of 20 repositories reads each page of its windows in
 * one request (a release in a handful, a PR check in ≤ 6).
 */
const REPOS_PER_QUERY = 20;
const COMMENTS_PAGE = 40;
const PULLS_PER_QUERY = 50;
const HISTORY_PAGE = 100;
const MAX_PAGES = 100;
const PULL_FIELDS = `
fragment PullFields on PullRequest {
  id number title body url state merged mergedAt baseRefName
  mergeCommit { oid }
  author { login }
  authorAssociation
  comments(first: ${COMMENTS_PAGE}) { pageInfo { hasNextPage endCursor } nodes { body url author { login } authorAssociation } }
}`;
const COMMIT_FIELDS = `
fragment CommitFields on Commit {
  oid committedDate
  parents(first: 1) { nodes { oid } }
  associatedPullRequests(first: 5) { nodes { ...PullFields } }
}`;
/** GraphQL errors GitHub returns next to partial data; NOT_FOUND ones mean "null here" for us. */
async function query(client, text, variables) {
    try {
        return await client.graphql(text, variables);
    }
    catch (e) {
        const err = e;
        if (err.errors && err.data && err.errors.every(x => x.type === 'NOT_FOUND'))
            return err.data;
        if (err.errors)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub GraphQL: ${err.errors.map(x => x.message).join('; ')}`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub GraphQL request failed: ${err.message}`);
    }
}
/**
 * The changes on each repository's branch after its released commit, first-parent only,
 * oldest first, with their PRs' descriptions and comments. Several repositories share each
 * query (aliases); each page of history brings the PRs with it, so the cost is about one
 * query per 100 commits per 10 repositories, not one per PR.
 */
async function readWindows(client, repos) {
    const state = repos.map(() => ({
        head: '',
        headDate: undefined,
        releasedDate: undefined,
        cursor: null,
        commits: new Map(),
        done: false,
    }));
    for (let page = 0; state.some(s => !s.done); page++) {
        if (page >= MAX_PAGES) {
            const r = repos[state.findIndex(s => !s.done)];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: more than ${MAX_PAGES * HISTORY_PAGE} commits to read since ${r.released}`);
        }
        const pending = state.map((s, i) => i).filter(i => !state[i].done);
        for (let b = 0; b < pending.length; b += REPOS_PER_QUERY) {
            const batch = pending.slice(b, b + REPOS_PER_QUERY);
            const vars = {};
            const decls = [];
            const fields = [];
            batch.forEach((i, k) => {
                const r = repos[i];
                const s = state[i];
                decls.push(`$o${k}: String!`, `$n${k}: String!`);
                vars[`o${k}`] = r.owner;
                vars[`n${k}`] = r.name;
                const history = `history(first: ${HISTORY_PAGE}, after: $c${k}) { pageInfo { hasNextPage endCursor } nodes { ...CommitFields } }`;
                if (r.released !== undefined) {
                    decls.push(`$c${k}: String`);
                    vars[`c${k}`] = s.cursor;
                }
                if (r.released === undefined) {
                    decls.push(`$b${k}: String!`);
                    vars[`b${k}`] = `refs/heads/${r.branch}`;
                    fields.push(`r${k}: repository(owner: $o${k}, name: $n${k}) { ref(qualifiedName: $b${k}) { target { ... on Commit { oid committedDate } } } }`);
                }
                else if (!s.head) {
                    // First page: the branch head as it is now; later pages stay on that commit.
                    decls.push(`$b${k}: String!`, `$x${k}: GitObjectID!`);
                    vars[`b${k}`] = `refs/heads/${r.branch}`;
                    vars[`x${k}`] = r.released;
                    fields.push(`r${k}: repository(owner: $o${k}, name: $n${k}) { released: object(oid: $x${k}) { ... on Commit { oid committedDate } } ref(qualifiedName: $b${k}) { target { ... on Commit { oid committedDate ${history} } } } }`);
                }
                else {
                    decls.push(`$h${k}: GitObjectID!`);
                    vars[`h${k}`] = s.head;
                    fields.push(`r${k}: repository(owner: $o${k}, name: $n${k}) { object(oid: $h${k}) { ... on Commit { oid ${history} } } }`);
                }
            });
            const text = `query Windows(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${COMMIT_FIELDS}\n${PULL_FIELDS}`;
            const data = await query(client, text, vars);
            batch.forEach((i, k) => {
                const r = repos[i];
                const s = state[i];
                const repo = data[`r${k}`];
                if (!repo)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${r.owner}/${r.name} not found (or the token cannot read it)`);
                const target = s.head ? repo.object : repo.ref?.target;
                if (r.released === undefined) {
                    if (!target?.oid)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: branch "${r.branch}" not found`);
                    Object.assign(s, { head: target.oid, headDate: target.committedDate, done: true });
                    return;
                }
                if (!target || !target.history)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: branch "${r.branch}" not found`);
                if (!s.head) {
                    if (!repo.released?.committedDate)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: released commit ${r.released} does not exist (was the branch rewritten?)`);
                    s.head = target.oid;
                    s.headDate = target.committedDate;
                    s.releasedDate = repo.released.committedDate;
                }
                for (const c of target.history.nodes)
                    s.commits.set(c.oid, c);
                s.cursor = target.history.pageInfo.endCursor;
                const chain = firstParentChain(s.head, r.released, s.commits);
                if (chain === 'incomplete') {
                    // History comes newest first: a page a day older than the released commit that still has
                    // not reached it means it is not on the first-parent line (a day allows for clock skew).
                    const oldest = target.history.nodes[target.history.nodes.length - 1]?.committedDate;
                    const passed = oldest && s.releasedDate && Date.parse(oldest) < Date.parse(s.releasedDate) - 86_400_000;
                    if (!target.history.pageInfo.hasNextPage || passed) {
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: released commit ${r.released} is not on the first-parent history of "${r.branch}" (was the branch rewritten?)`);
                    }
                }
                else {
                    s.done = true;
                }
            });
        }
    }
    const windows = state.map((s, i) => {
        const chain = firstParentChain(s.head, repos[i].released ?? s.head, s.commits);
        return { head: s.head, headDate: s.headDate, changes: chain.map(c => changeOf(c, repos[i].branch)) };
    });
    await completeComments(client, windows.flatMap(w => w.changes));
    return windows;
}
/** Oldest-first first-parent commits after `released`, or 'incomplete' when a page is still missing. */
function firstParentChain(head, released, commits) {
    const out = [];
    for (let cur = head; cur !== released;) {
        const c = commits.get(cur);
        if (!c)
            return 'incomplete';
        out.push(c);
        const parent = c.parents.nodes[0]?.oid;
        if (!parent)
            return 'incomplete';
        cur = parent;
    }
    return out.reverse();
}
/** Comment pages beyond the first, per PR; kept on the change until filled in. */
const MORE_COMMENTS = new WeakMap();
function changeOf(c, branch) {
    if (!(0,_core_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .isCommitId */ .j)(c.oid))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`GitHub returned a malformed commit id "${c.oid}"`);
    // The PR this commit merged (merge or squash commit); a commit carried by a PR but not its merge commit rides along.
    const pr = c.associatedPullRequests?.nodes.find(p => p.merged && p.mergeCommit?.oid === c.oid && p.baseRefName === branch);
    return pr ? pullChange(pr, c.oid) : { commit: c.oid, texts: [] };
}
/** A PR as the change `commit` (its merge commit, or for a PR not merged yet its head); later comment pages pending for completeComments. */
function pullChange(pr, commit) {
    const change = { commit, pull: pr.number, title: pr.title, texts: pullTexts(pr) };
    if (pr.author)
        change.author = pr.author.login;
    if (pr.comments.pageInfo.hasNextPage && pr.comments.pageInfo.endCursor)
        MORE_COMMENTS.set(change, { id: pr.id, cursor: pr.comments.pageInfo.endCursor });
    return change;
}
function pullTexts(pr) {
    const texts = [{ kind: 'description', body: pr.body ?? '', author: pr.author?.login, association: pr.authorAssociation, url: pr.url }];
    for (const c of pr.comments.nodes)
        texts.push(commentText(c));
    return texts;
}
function commentText(c) {
    const t = { kind: 'comment', body: c.body ?? '', author: c.author?.login ?? 'ghost', association: c.authorAssociation };
    if (c.url)
        t.url = c.url;
    return t;
}
/** Fetches the remaining comment pages of every PR that has more than the first page, batched. */
async function completeComments(client, changes) {
    let pending = changes.filter(c => MORE_COMMENTS.has(c));
    while (pending.length) {
        const next = [];
        for (let b = 0; b < pending.length; b += PULLS_PER_QUERY) {
            const batch = pending.slice(b, b + PULLS_PER_QUERY);
            const vars = {};
            const decls = [];
            const fields = batch.map((c, k) => {
                const more = MORE_COMMENTS.get(c);
                decls.push(`$i${k}: ID!`, `$a${k}: String`);
                vars[`i${k}`] = more.id;
                vars[`a${k}`] = more.cursor;
                return `c${k}: node(id: $i${k}) { ... on PullRequest { comments(first: 100, after: $a${k}) { pageInfo { hasNextPage endCursor } nodes { body url author { login } authorAssociation } } } }`;
            });
            const data = await query(client, `query Comments(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, vars);
            batch.forEach((c, k) => {
                const conn = data[`c${k}`]?.comments;
                const more = MORE_COMMENTS.get(c);
                MORE_COMMENTS.delete(c);
                if (!conn)
                    return;
                c.texts.push(...conn.nodes.map(commentText));
                if (conn.pageInfo.hasNextPage && conn.pageInfo.endCursor) {
                    MORE_COMMENTS.set(c, { id: more.id, cursor: conn.pageInfo.endCursor });
                    next.push(c);
                }
            });
        }
        pending = next;
    }
}
/**
 * Pull requests by number, many per query (grouped by repository). `null` marks a PR or
 * repository that does not exist (or that the token cannot see).
 */
async function fetchPulls(client, pulls) {
    const out = pulls.map(() => null);
    for (let b = 0; b < pulls.length; b += PULLS_PER_QUERY) {
        const batch = pulls.slice(b, b + PULLS_PER_QUERY);
        const groups = new Map();
        batch.forEach((p, k) => {
            const key = `${p.owner}/${p.name}`.toLowerCase();
            groups.set(key, [...(groups.get(key) ?? []), k]);
        });
        const vars = {};
        const decls = [];
        const fields = [];
        [...groups.values()].forEach((members, g) => {
            const first = batch[members[0]];
            decls.push(`$o${g}: String!`, `$n${g}: String!`);
            vars[`o${g}`] = first.owner;
            vars[`n${g}`] = first.name;
            const inner = members.map(k => {
                decls.push(`$p${k}: Int!`);
                vars[`p${k}`] = batch[k].number;
                return `p${k}: pullRequest(number: $p${k}) { ...PullFields }`;
            });
            fields.push(`r${g}: repository(owner: $o${g}, name: $n${g}) { ${inner.join(' ')} }`);
        });
        const data = await query(client, `query Pulls(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${PULL_FIELDS}`, vars);
        [...groups.values()].forEach((members, g) => {
            for (const k of members)
                out[b + k] = data[`r${g}`]?.[`p${k}`] ?? null;
        });
    }
    return out;
}
/** The head commit of each repository's branch (for bootstrap), several repositories per query. */
async function readHeads(client, repos) {
    const out = [];
    for (let b = 0; b < repos.length; b += PULLS_PER_QUERY) {
        const batch = repos.slice(b, b + PULLS_PER_QUERY);
        const vars = {};
        const decls = [];
        const fields = batch.map((r, k) => {
            decls.push(`$o${k}: String!`, `$n${k}: String!`, `$b${k}: String!`);
            Object.assign(vars, { [`o${k}`]: r.owner, [`n${k}`]: r.name, [`b${k}`]: `refs/heads/${r.branch}` });
            return `r${k}: repository(owner: $o${k}, name: $n${k}) { ref(qualifiedName: $b${k}) { target { oid } } }`;
        });
        const data = await query(client, `query Heads(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, vars);
        batch.forEach((r, k) => {
            const repo = data[`r${k}`];
            if (!repo)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${r.owner}/${r.name} not found (or the token cannot read it)`);
            if (!repo.ref)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`${r.owner}/${r.name}: branch "${r.branch}" not found`);
            out.push(repo.ref.target.oid);
        });
    }
    return out;
}
/** How deep a stack of PRs merged into each other's branches is followed. */
const MAX_STACK = 5;
/**
 * Stacked PRs (merged into another PR's branch): whether the merge commit is in the branch
 * head's history (`Ref.compare` with the commit as head: BEHIND or IDENTICAL), and which merged
 * PR of that branch carried it on, following a stack up to the released branch. One query per
 * level of the stack for all of them.
 */
async function resolveStacked(client, items) {
    const out = items.map(() => undefined);
    // Per item: the PR whose head branch is looked up next (the stacked PR, then its carrier, ...).
    let pending = items.map((item, i) => ({ i, at: { number: item.pull.number, mergedAt: item.pull.mergedAt, baseRefName: item.pull.baseRefName }, first: true }));
    for (let level = 0; pending.length && level < MAX_STACK; level++) {
        const next = [];
        for (let b = 0; b < pending.length; b += PULLS_PER_QUERY) {
            const batch = pending.slice(b, b + PULLS_PER_QUERY);
            const vars = {};
            const decls = [];
            const fields = batch.map((p, k) => {
                const item = items[p.i];
                decls.push(`$o${k}: String!`, `$n${k}: String!`, `$h${k}: String!`);
                Object.assign(vars, { [`o${k}`]: item.owner, [`n${k}`]: item.name, [`h${k}`]: p.at.baseRefName });
                const carriers = `carriers: pullRequests(headRefName: $h${k}, states: [MERGED], first: 20) { nodes { number mergedAt baseRefName mergeCommit { oid } } }`;
                if (!p.first)
                    return `s${k}: repository(owner: $o${k}, name: $n${k}) { ${carriers} }`;
                decls.push(`$b${k}: String!`, `$x${k}: String!`);
                Object.assign(vars, { [`b${k}`]: `refs/heads/${item.branch}`, [`x${k}`]: item.pull.mergeCommit?.oid ?? '' });
                return `s${k}: repository(owner: $o${k}, name: $n${k}) { ref(qualifiedName: $b${k}) { compare(headRef: $x${k}) { status } } ${carriers} }`;
            });
            const data = await query(client, `query Stacked(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, vars);
            batch.forEach((p, k) => {
                const item = items[p.i];
                const repo = data[`s${k}`];
                if (!repo)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${item.owner}/${item.name} not found (or the token cannot read it)`);
                if (p.first) {
                    const status = repo.ref?.compare?.status;
                    if (status !== 'BEHIND' && status !== 'IDENTICAL') {
                        out[p.i] = { reached: false };
                        return;
                    }
                }
                // The first PR of that branch merged after this one: the branch carried it on from there.
                const since = Date.parse(p.at.mergedAt ?? '');
                const carrier = repo.carriers.nodes
                    .filter(c => c.mergedAt && c.mergeCommit && Date.parse(c.mergedAt) >= since)
                    .sort((x, y) => Date.parse(x.mergedAt) - Date.parse(y.mergedAt))[0];
                if (!carrier)
                    out[p.i] = { reached: true };
                else if (carrier.baseRefName === item.branch)
                    out[p.i] = { reached: true, carrier: { number: carrier.number, mergeCommit: carrier.mergeCommit.oid, mergedAt: carrier.mergedAt } };
                else
                    next.push({ i: p.i, at: carrier, first: false });
            });
        }
        pending = next;
    }
    return out.map(a => a ?? { reached: true });
}
/**
 * The PRs of a merge-queue group, in queue order: the entries of `branch`'s merge queue up to
 * and including the one whose head commit is `headSha` (each entry is tested on top of those
 * ahead of it). Undefined when no entry has that head (the queue moved on).
 */
async function fetchMergeGroup(client, repo, branch, headSha) {
    const data = await query(client, `query MergeGroup($o: String!, $n: String!, $b: String!) {
  repository(owner: $o, name: $n) { mergeQueue(branch: $b) { entries(first: 100) { nodes { position headCommit { oid } pullRequest { ...PullFields } } } } }
}
${PULL_FIELDS}`, { o: repo.owner, n: repo.name, b: branch });
    if (!data.repository)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`repository ${repo.owner}/${repo.name} not found (or the token cannot read it)`);
    const entries = [...(data.repository.mergeQueue?.entries.nodes ?? [])].sort((a, b) => a.position - b.position);
    const ours = entries.findIndex(e => e.headCommit?.oid === headSha);
    if (ours < 0)
        return undefined;
    return entries.slice(0, ours + 1).flatMap(e => (e.pullRequest && e.headCommit ? [{ pull: e.pullRequest, head: e.headCommit.oid }] : []));
}


/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRelease: () => (/* binding */ openRelease),
  readLocalRelease: () => (/* binding */ readLocalRelease),
  readRemoteRelease: () => (/* binding */ readRemoteRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/deps/block.ts
var block = __webpack_require__(9443);
// EXTERNAL MODULE: ./src/core/yaml.ts
var yaml = __webpack_require__(1076);
;// CONCATENATED MODULE: ./src/core/config/release.ts


const OVERRIDE_KEY = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)#([1-9][0-9]{0,8})$/;
const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Repository names end up in file names, env vars and logs: keep them plain. */
const REPO_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function parseReleaseConfig(text, file) {
    const src = new yaml/* YamlSource */.rC(text, file);
    const top = (0,yaml/* mapEntries */.Nn)(src, src.root, 'release config');
    (0,yaml/* checkKeys */.L)(src, top, ['versions', 'repositories', 'deploy', 'overrides'], 'release config');
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
    const overridesEntry = get('overrides');
    const overrides = overridesEntry ? parseOverrides(src, overridesEntry[1], repositories) : [];
    const config = { file, versions, repositories, overrides };
    const deployEntry = get('deploy');
    if (deployEntry)
        config.deploy = plainMap(src, deployEntry[1], 'deploy');
    return config;
}
function parseOverrides(src, node, repositories) {
    // `overrides:` with nothing under it: a section kept in the file for later.
    if (node === null || ((0,yaml/* isScalar */.jn)(node) && node.value === null))
        return [];
    return (0,yaml/* mapEntries */.Nn)(src, node, 'overrides').map(([key, value, keyNode]) => {
        const what = `overrides."${key}"`;
        const m = OVERRIDE_KEY.exec(key);
        if (!m)
            throw src.error(`${what}: name the pull request as <repository>#<number> with the repository's name in this file (api#87)`, keyNode);
        if (!repositories.some(r => r.name === m[1])) {
            throw src.error(`${what}: "${m[1]}" is not a repository of this file (${repositories.map(r => r.name).join(', ')})`, keyNode);
        }
        const fields = (0,yaml/* mapEntries */.Nn)(src, value, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['dependencies', 'reason'], what);
        const deps = fields.find(([k]) => k === 'dependencies');
        if (!deps)
            throw src.error(`${what}: missing "dependencies" (a list of "- pull: owner/repo#N", or [] for none)`, value);
        const list = deps[1];
        if (!(0,yaml/* isSeq */.oP)(list))
            throw src.error(`${what}.dependencies must be a list ([] for none)`, list ?? deps[2]);
        const override = {
            repository: m[1],
            number: Number(m[2]),
            dependencies: list.items.map(item => (0,block/* parseDependencyEntry */.RD)(src, item)),
            line: src.lineOf(keyNode),
        };
        const reason = fields.find(([k]) => k === 'reason');
        if (reason)
            override.reason = (0,yaml/* scalarString */.Cg)(src, reason[1], `${what}.reason`);
        return override;
    });
}
function plainMap(src, node, what) {
    (0,yaml/* mapEntries */.Nn)(src, node, what);
    return (0,yaml/* toJS */.HO)(node);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/commit.ts
var commit = __webpack_require__(1810);
;// CONCATENATED MODULE: ./src/core/versions/version-file.ts




// Kept beside the parsed value rather than in it: a VersionFile stays plain data (compared,
// serialized, copied into a rollout's state) and a hand-built one simply has no source.
const sources = new WeakMap();
/** The file and lines a version was parsed from; undefined for one built in code. */
function versionSource(v) {
    return sources.get(v);
}
const TOP_KEYS = ['version', 'previous', 'repositories', 'steps', 'pulls', 'held', 'overrides'];
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
    sources.set(result, {
        file,
        previous: src.lineOf(previousEntry ? previousEntry[1] : src.root),
        repositories: src.lineOf(reposEntry[2] ?? reposEntry[1]),
        repository: Object.fromEntries((0,yaml/* mapEntries */.Nn)(src, reposEntry[1], 'repositories').map(([name, value, key]) => [name, src.lineOf(key ?? value)])),
    });
    const pullsEntry = get('pulls');
    if (pullsEntry)
        result.pulls = parsePulls(src, pullsEntry[1]);
    const heldEntry = get('held');
    if (heldEntry)
        result.held = parseHeld(src, heldEntry[1]);
    const overridesEntry = get('overrides');
    if (overridesEntry)
        result.overrides = version_file_parseOverrides(src, overridesEntry[1]);
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
function version_file_parseOverrides(src, node) {
    if (!(0,yaml/* isSeq */.oP)(node))
        throw src.error('overrides must be a list', node);
    return node.items.map((item, i) => {
        const what = `overrides[${i + 1}]`;
        const fields = (0,yaml/* mapEntries */.Nn)(src, item, what);
        (0,yaml/* checkKeys */.L)(src, fields, ['repository', 'number', 'dependencies', 'reason'], what);
        const field = (f, k, at, w) => {
            const found = f.find(([key]) => key === k);
            if (!found)
                throw src.error(`${w}: missing "${k}"`, at);
            return found[1];
        };
        const deps = field(fields, 'dependencies', item, what);
        if (!(0,yaml/* isSeq */.oP)(deps))
            throw src.error(`${what}.dependencies must be a list`, deps);
        const override = {
            repository: (0,yaml/* scalarString */.Cg)(src, field(fields, 'repository', item, what), `${what}.repository`),
            number: positiveInt(src, field(fields, 'number', item, what), `${what}.number`),
            dependencies: deps.items.map((d, j) => {
                const w = `${what}.dependencies[${j + 1}]`;
                const f = (0,yaml/* mapEntries */.Nn)(src, d, w);
                (0,yaml/* checkKeys */.L)(src, f, ['repository', 'number', 'is_compatible'], w);
                const compat = field(f, 'is_compatible', d, w);
                if (!(0,yaml/* isScalar */.jn)(compat) || typeof compat.value !== 'boolean')
                    throw src.error(`${w}.is_compatible must be true or false`, compat);
                return {
                    repository: (0,yaml/* scalarString */.Cg)(src, field(f, 'repository', d, w), `${w}.repository`),
                    number: positiveInt(src, field(f, 'number', d, w), `${w}.number`),
                    isCompatible: compat.value,
                };
            }),
        };
        const reason = fields.find(([k]) => k === 'reason');
        if (reason)
            override.reason = (0,yaml/* scalarString */.Cg)(src, reason[1], `${what}.reason`);
        return override;
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
    if (v.overrides && v.overrides.length > 0) {
        doc.overrides = v.overrides.map(o => ({
            repository: o.repository,
            number: o.number,
            dependencies: o.dependencies.map(d => ({ repository: d.repository, number: d.number, is_compatible: d.isCompatible })),
            ...(o.reason === undefined ? {} : { reason: o.reason }),
        }));
    }
    const out = new dist/* Document */.yo(doc, { version: '1.2' });
    (0,dist/* visit */.YR)(out, {
        Scalar(_key, node) {
            if (typeof node.value === 'string')
                node.type = quoting(node.value);
        },
    });
    return out.toString(WRITE);
}
/** Block sequences at their key's indentation, no folding, single quotes where quotes are needed. */
const WRITE = { lineWidth: 0, indentSeq: false, singleQuote: true };
/** What YAML can hold unescaped in a quoted or plain scalar; anything else is written with escapes. */
const PRINTABLE = /^[\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;
/**
 * The style of a string, the one earlier releases wrote (test/fixtures/version-files), so that
 * rewriting an old version file changes no byte: single quotes whenever a string cannot be plain
 * (`yaml` alone would pick double quotes for one holding a `'`), and also for what a YAML 1.1
 * reader (PyYAML, Go's yaml.v2, a person) would take for a boolean, number or date (`on`,
 * `1_000`, `2024-01-31`), though YAML 1.2 reads it as a string; double quotes with escapes for
 * control characters and blank strings.
 */
function quoting(value) {
    if (!PRINTABLE.test(value) || (value !== '' && value.trim() === ''))
        return dist/* Scalar */.X5.QUOTE_DOUBLE;
    if (value.includes('\n'))
        return undefined; // a block scalar, `yaml`'s own choice of chomping
    const alone = (0,dist/* stringify */.As)(value, WRITE);
    if (alone.startsWith("'") || alone.startsWith('"'))
        return dist/* Scalar */.X5.QUOTE_SINGLE;
    const as11 = (0,dist/* parseDocument */.Tp)(value, { version: '1.1' });
    return as11.errors.length === 0 && (0,dist/* isScalar */.jn)(as11.contents) && typeof as11.contents.value === 'string' ? undefined : dist/* Scalar */.X5.QUOTE_SINGLE;
}
/** Guards a version number taken from a file name or an input. */
function parseVersionNumber(value, what) {
    if (!/^[1-9][0-9]*$/.test(value))
        throw new LockstepError(`${what}: "${value}" is not a version number`);
    return Number(value);
}

// EXTERNAL MODULE: ./src/adapters/github/pulls.ts
var pulls = __webpack_require__(3206);
;// CONCATENATED MODULE: ./src/adapters/github/contents.ts


/**
 * Files and folders of `owner/name` at `ref` (a branch, tag or commit; empty: the default
 * branch), all in one GraphQL query: `object(expression: "<ref>:<path>")`.
 */
async function readRepositoryPaths(client, repo, paths) {
    const vars = { o: repo.owner, n: repo.name };
    const decls = ['$o: String!', '$n: String!'];
    const fields = paths.map((path, k) => {
        decls.push(`$e${k}: String!`);
        vars[`e${k}`] = `${repo.ref || 'HEAD'}:${path}`;
        return `p${k}: object(expression: $e${k}) { __typename ... on Blob { text isTruncated isBinary } ... on Tree { entries { name type } } }`;
    });
    const data = await (0,pulls/* query */.P)(client, `query Paths(${decls.join(', ')}) {\n  repository(owner: $o, name: $n) { ${fields.join(' ')} }\n}`, vars);
    if (!data.repository)
        throw new errors/* LockstepError */.Cj(`repository ${repo.owner}/${repo.name} not found (or the token cannot read it)`);
    return paths.map((path, k) => {
        const node = data.repository[`p${k}`];
        if (!node)
            return { kind: 'missing' };
        if (node.__typename === 'Tree')
            return { kind: 'folder', names: (node.entries ?? []).filter(e => e.type === 'blob').map(e => e.name) };
        if (node.__typename !== 'Blob')
            return { kind: 'missing' };
        const where = `${repo.owner}/${repo.name}:${path}`;
        if (node.isBinary || node.text == null)
            throw new errors/* LockstepError */.Cj(`${where} is not a text file`);
        if (node.isTruncated)
            throw new errors/* LockstepError */.Cj(`${where} is too large for GitHub to return its text`);
        return { kind: 'file', text: node.text };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/adapters/fs.ts



/** A fresh temp file name in `path`'s folder (the same filesystem, so rename and link work). */
function tempBeside(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target. `mode`,
 * when given, is set before the rename: a rendered script is never seen not executable.
 */
async function writeFileAtomic(path, data, mode) {
    await mkdir(dirname(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await writeFile(tmp, data);
        if (mode !== undefined)
            await chmod(tmp, mode);
        await rename(tmp, path);
    }
    catch (e) {
        await rm(tmp, { force: true });
        throw e;
    }
}
/**
 * Creates `path` with `data`, complete or not at all, and only if nothing is there yet: the
 * bytes go to a temp file that is then hard-linked to `path` (link(2) fails with EEXIST
 * instead of replacing, which rename(2) would do). Returns false when `path` already exists.
 */
async function createFileExclusive(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await (0,promises_.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_.link)(tmp, path);
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/**
 * Every file at or below `path` (relative to `root`, `/`-separated): `.git` folders are
 * skipped; a link to a file is listed (read through the link), a link to a folder is not walked.
 */
async function listFiles(root, path) {
    const out = [];
    let s;
    try {
        s = await stat(join(root, path));
    }
    catch {
        return out;
    }
    if (!s.isDirectory())
        return [path];
    const dirs = [path];
    while (dirs.length > 0) {
        const dir = dirs.pop();
        for (const d of await readdir(join(root, dir), { withFileTypes: true })) {
            if (d.name === '.git')
                continue;
            const child = dir === '.' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                dirs.push(child);
            else if (d.isFile())
                out.push(child);
            else if (d.isSymbolicLink() && (await stat(join(root, child)).catch(() => undefined))?.isFile())
                out.push(child);
        }
    }
    return out;
}
/** A file's bytes and mode, through symbolic links. */
async function readFileAndMode(path) {
    const bytes = await readFile(path);
    const { mode } = await stat(path);
    return { bytes, mode };
}
async function isSymbolicLink(path) {
    return (await lstat(path)).isSymbolicLink();
}

;// CONCATENATED MODULE: ./src/adapters/version-store.ts





const VERSION_FILE = /^([1-9][0-9]*)\.ya?ml$/;
/**
 * The version files among a folder's file names: number to name, ascending. Two files for one
 * number (`2.yaml` and `2.yml`) are an error naming the second (`display` makes its path).
 */
function versionFileNames(names, display) {
    const seen = new Map();
    for (const name of names) {
        const m = VERSION_FILE.exec(name);
        if (!m)
            continue;
        const n = Number(m[1]);
        if (seen.has(n))
            throw new errors/* LockstepError */.Cj(`two files for version ${n}: ${seen.get(n)} and ${name}`, { file: display(name) });
        seen.set(n, name);
    }
    return new Map([...seen].sort((a, b) => a[0] - b[0]));
}
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
        return [...versionFileNames(names, name => this.display((0,external_node_path_.join)(this.dir, name))).keys()];
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
    /**
     * Creates a new version file, complete or not at all, and never over another one: a second
     * run that planned the same number meanwhile loses the race with a clear error. Returns its path.
     */
    async write(v) {
        const path = (0,external_node_path_.join)(this.dir, `${v.version}.yaml`);
        // The caller planned version N from version N-1: any file for N came from another run.
        const created = !(await this.list()).includes(v.version) && (await createFileExclusive(path, serializeVersionFile(v)));
        if (!created) {
            const theirs = this.display(await this.pathOf(v.version));
            throw new errors/* LockstepError */.Cj(`${theirs} was written by another run meanwhile; run again`, { file: theirs });
        }
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
/** A local release repository (a checkout, or the CLI's folder). */
async function readLocalRelease(configPath, workspace) {
    const ctx = await openRelease(configPath, workspace);
    const last = await ctx.store.latest();
    if (!last)
        throw noVersionYet((0,external_node_path_.relative)(workspace, ctx.store.dir) || '.', ctx.config.file);
    return { config: ctx.config, last, configDir: ctx.configDir, ctx };
}
/**
 * The release config and newest version file of a release repository on GitHub, without a
 * checkout: one query for the config and the default versions folder, one for the newest file
 * (one more when the config names another folder).
 */
async function readRemoteRelease(client, repo) {
    const at = `${repo.owner}/${repo.name}${repo.ref ? `@${repo.ref}` : ''}`;
    const configPath = external_node_path_.posix.normalize(repo.config.replace(/^\/+/, ''));
    if (configPath.startsWith('..'))
        throw new errors/* LockstepError */.Cj(`release-config: "${repo.config}" leaves the repository`);
    const folderOf = (versions) => external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(configPath), versions));
    const guess = folderOf('versions');
    const [configFile, guessed] = await readRepositoryPaths(client, repo, [configPath, guess]);
    const file = `${at}:${configPath}`;
    if (configFile.kind !== 'file')
        throw new errors/* LockstepError */.Cj('release config not found (set release-repository, release-ref and release-config)', { file });
    const config = parseReleaseConfig(configFile.text, file);
    const folderPath = folderOf(config.versions);
    if (folderPath.startsWith('..'))
        throw new errors/* LockstepError */.Cj(`versions: "${config.versions}" leaves the repository`, { file });
    const folder = folderPath === guess ? guessed : (await readRepositoryPaths(client, repo, [folderPath]))[0];
    const names = folder.kind === 'folder' ? versionFileNames(folder.names, name => `${at}:${folderPath}/${name}`) : new Map();
    const newest = [...names].pop();
    if (!newest)
        throw noVersionYet(`${at}:${folderPath}`, file);
    const path = `${folderPath}/${newest[1]}`;
    const [text] = await readRepositoryPaths(client, repo, [path]);
    if (text.kind !== 'file')
        throw new errors/* LockstepError */.Cj(`version ${newest[0]} could not be read`, { file: `${at}:${path}` });
    return { config, last: parseVersionFile(text.text, `${at}:${path}`, newest[0]) };
}
function noVersionYet(folder, configFile) {
    return new errors/* LockstepError */.Cj(`no version file yet in ${folder}: write version 1 first with \`lockstep bootstrap\` (or the action with mode: bootstrap)`, { file: configFile });
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


/***/ })

};
