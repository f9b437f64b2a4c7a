export const id = 127;
export const ids = [127,126];
export const modules = {

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  branchHead: () => (/* binding */ branchHead),
  branchMessages: () => (/* binding */ branchMessages),
  Mb: () => (/* binding */ carriedPullNumbers),
  Eb: () => (/* binding */ changeFromMessage),
  Dz: () => (/* binding */ firstParentCommits),
  jF: () => (/* binding */ releasedPullNumbers)
});

// EXTERNAL MODULE: ./src/core/commit.ts
var core_commit = __webpack_require__(1810);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/git/git.ts





/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 *
 * git's standard output goes to an unlinked temporary file rather than a pipe: through a
 * 64 KB pipe, `git ls-files` of a large repository (megabytes) stalls whenever this process
 * is busy (loading its code, hashing) and cannot drain it, and finished ~90 ms late on the
 * benchmark; into a file it runs at its own speed, and the output is read once at the end.
 */
function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const spool = openSpool();
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', spool?.fd ?? 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (chunk) => out.push(chunk));
        child.stderr?.on('data', (chunk) => err.push(chunk));
        let failed = false;
        child.on('error', e => {
            failed = true;
            spool?.close();
            reject(new errors/* LockstepError */.Cj(`git ${args[0]} could not run in ${cwd}: ${e.message}`));
        });
        child.on('close', (code, signal) => {
            if (failed)
                return;
            // Decoded once: a string per 64 KB chunk left megabytes of short-lived strings for the
            // garbage collector to copy until they were joined.
            const bytes = spool ? spool.read() : Buffer.concat(out);
            const stdout = bytes.toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (code === 0) {
                resolve(options.keepBytes ? { stdout, stderr, bytes } : { stdout, stderr });
                return;
            }
            // git's whole message (the first line says what; "dubious ownership" adds how to allow it), kept short.
            const detail = (stderr || `exited with ${signal ?? `code ${code}`}`).split('\n').map(l => l.trim()).filter(Boolean).slice(0, 6).join(' ');
            reject(new errors/* LockstepError */.Cj(`git ${args[0]} failed in ${cwd}: ${detail}`));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Spool files opened by this process, for unique names. */
let spools = 0;
/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool() {
    // Not node:crypto's randomUUID: loading that module delays git's start by several ms, and
    // the name need not be secret: the file is created exclusively (`wx`), so a name taken by
    // anyone else fails here and the output takes a pipe.
    const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${++spools}-${Math.random().toString(36).slice(2)}`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    let linked = true;
    try {
        (0,external_node_fs_.unlinkSync)(path);
        linked = false;
    }
    catch {
        // Windows keeps an open file's name: removed on close instead.
    }
    const close = () => {
        (0,external_node_fs_.closeSync)(fd);
        if (linked)
            (0,external_node_fs_.unlinkSync)(path);
    };
    return {
        fd,
        close,
        read() {
            try {
                const bytes = Buffer.allocUnsafe((0,external_node_fs_.fstatSync)(fd).size);
                for (let at = 0; at < bytes.length;) {
                    const n = (0,external_node_fs_.readSync)(fd, bytes, at, bytes.length - at, at);
                    if (n === 0)
                        return bytes.subarray(0, at);
                    at += n;
                }
                return bytes;
            }
            finally {
                close();
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/history.ts



/**
 * The branch's head in a local clone: the local branch, else the `origin` remote-tracking
 * one (a fresh clone only has the default branch locally).
 */
async function branchHead(dir, branch) {
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        try {
            const { stdout } = await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
            return (0,core_commit/* assertCommitId */.h)(stdout.trim(), `head of ${branch}`);
        }
        catch (e) {
            if (!(e instanceof errors/* LockstepError */.Cj))
                throw e;
        }
    }
    throw new errors/* LockstepError */.Cj(`branch "${branch}" not found in ${dir}`);
}
/**
 * The first-parent commits after `released` up to `head`, oldest first, with their messages.
 * `released` must itself be on the first-parent line (a force-push that dropped it is an error).
 */
async function firstParentCommits(dir, released, head) {
    (0,core_commit/* assertCommitId */.h)(released, 'released commit');
    (0,core_commit/* assertCommitId */.h)(head, 'branch head');
    try {
        await git(dir, ['cat-file', '-e', '--end-of-options', `${released}^{commit}`]);
    }
    catch {
        throw new errors/* LockstepError */.Cj(`released commit ${released} does not exist in ${dir}`);
    }
    const { stdout } = await git(dir, ['log', '-z', '--first-parent', '--reverse', '--format=%H%x00%P%x00%B', '--end-of-options', `${released}..${head}`]);
    const fields = stdout.split('\0');
    const out = [];
    let expectedParent = released;
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const commit = fields[i].replace(/^\n/, '');
        const parents = fields[i + 1].split(' ');
        if (parents[0] !== expectedParent) {
            throw new errors/* LockstepError */.Cj(`released commit ${released} is not on the first-parent history of ${head} in ${dir} (was the branch rewritten?)`);
        }
        expectedParent = commit;
        out.push({ commit: (0,core_commit/* assertCommitId */.h)(commit, 'commit'), message: fields[i + 2] });
    }
    if (out.length === 0 && released !== head) {
        throw new errors/* LockstepError */.Cj(`released commit ${released} is not an ancestor of the branch head ${head} in ${dir}`);
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
    (0,core_commit/* assertCommitId */.h)(released, 'released commit');
    const out = new Set();
    const all = await git(dir, ['log', '--format=%s', '--end-of-options', released]);
    for (const subject of all.stdout.split('\n')) {
        const m = MERGE_SUBJECT.exec(subject);
        if (m)
            out.add(Number(m[1]));
    }
    const firstParent = await git(dir, ['log', '--first-parent', '--format=%s', '--end-of-options', released]);
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
    (0,core_commit/* assertCommitId */.h)(released, 'released commit');
    (0,core_commit/* assertCommitId */.h)(head, 'branch head');
    const { stdout } = await git(dir, ['log', '-z', '--format=%H%x00%P%x00%s', '--end-of-options', `${released}..${head}`]);
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
    (0,core_commit/* assertCommitId */.h)(base, 'base commit');
    (0,core_commit/* assertCommitId */.h)(head, 'branch head');
    const { stdout } = await git(dir, ['log', '-z', '--reverse', '--format=%B', '--end-of-options', `${base}..${head}`]);
    return stdout.split('\0').map(m => m.replace(/^\n/, '').replace(/\s+$/, '')).filter(Boolean);
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


/***/ }),

/***/ 7127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubPullSource: () => (/* binding */ GitHubPullSource),
/* harmony export */   GitPullSource: () => (/* binding */ GitPullSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_deps_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9339);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6126);
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
        return Promise.all(repos.map(r => this.located(r, () => (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__.branchHead)(this.dir(r), r.branch))));
    }
    async windows(requests) {
        return Promise.all(requests.map(({ repo, released }) => this.located(repo, async () => {
            const dir = this.dir(repo);
            const head = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__.branchHead)(dir, repo.branch);
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
