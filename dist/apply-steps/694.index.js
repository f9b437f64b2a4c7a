export const id = 694;
export const ids = [694];
export const modules = {

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readMergingPulls: () => (/* binding */ readMergingPulls)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_commit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3206);




/** GitHub's merge-queue branch: `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`, N the last PR of the group. */
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-([0-9]+)-[0-9a-f]{40}$/;
/**
 * The PRs of a `pull_request` or `merge_group` event (GITHUB_EVENT_PATH): for a pull request,
 * that PR; for a merge group, every PR of the group in queue order (the branch's merge queue
 * entries up to the one whose head is the group's `head_sha`). Descriptions and all comments
 * are read through the API.
 */
async function readMergingPulls(client, eventPath) {
    let event;
    try {
        event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`cannot read the event payload ${eventPath}: ${e.message}`);
    }
    const full = event.repository?.full_name ?? '';
    const [owner, name] = full.split('/');
    if (!owner || !name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj('the event payload names no repository (repository.full_name)');
    const notes = [];
    const out = (base, pulls, title) => ({ owner, name, base, pulls, title, notes });
    if (event.merge_group) {
        const { head_sha: head, head_ref: headRef, base_ref: baseRef } = event.merge_group;
        if (!head || !(0,_core_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .j)(head) || !baseRef?.startsWith('refs/heads/'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj('merge_group event without a head_sha and base_ref');
        const base = baseRef.slice('refs/heads/'.length);
        const group = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchMergeGroup */ .uE)(client, { owner, name }, base, head);
        let pulls;
        if (group) {
            pulls = group.map(g => (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .pullChange */ .Cl)(g.pull, g.head));
        }
        else {
            // The entry left the queue before this job asked (merged or removed): the group's own PR is in its branch name.
            const number = QUEUE_REF.exec(headRef ?? '')?.[1];
            if (!number)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`merge group ${head}: not in the merge queue of ${base} any more, and its head_ref "${headRef}" names no PR`);
            const [pr] = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPulls */ .FC)(client, [{ owner, name, number: Number(number) }]);
            if (!pr)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`${full}#${number} (from the merge group's head_ref) does not exist`);
            notes.push(`the merge group left the queue before this check read it: checked ${full}#${number} alone`);
            pulls = [(0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .pullChange */ .Cl)(pr, head)];
        }
        await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .completeComments */ .Uf)(client, pulls);
        return out(base, pulls, `merge group ${full}${pulls.map(p => `#${p.pull}`).join(', ')}`);
    }
    const number = event.pull_request?.number;
    const head = event.pull_request?.head?.sha;
    const base = event.pull_request?.base?.ref;
    if (!number || !head || !(0,_core_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .j)(head) || !base)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj('mode check runs on a pull_request or merge_group event (no pull request in the event payload)');
    const [pr] = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPulls */ .FC)(client, [{ owner, name, number }]);
    if (!pr)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`${full}#${number} not found (or the token cannot read it)`);
    const pulls = [(0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .pullChange */ .Cl)(pr, head)];
    await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .completeComments */ .Uf)(client, pulls);
    return out(base, pulls, `${full}#${number}`);
}


/***/ }),

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


/***/ })

};
