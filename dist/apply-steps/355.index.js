export const id = 355;
export const ids = [355];
export const modules = {

/***/ 9355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ firstParentCommits),
/* harmony export */   Eb: () => (/* binding */ changeFromMessage),
/* harmony export */   Mb: () => (/* binding */ carriedPullNumbers),
/* harmony export */   branchHead: () => (/* binding */ branchHead),
/* harmony export */   branchMessages: () => (/* binding */ branchMessages),
/* harmony export */   jF: () => (/* binding */ releasedPullNumbers)
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


/***/ })

};
