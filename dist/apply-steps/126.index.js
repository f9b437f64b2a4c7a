export const id = 126;
export const ids = [126];
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


/***/ })

};
