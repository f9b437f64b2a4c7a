export const id = 475;
export const ids = [475];
export const modules = {

/***/ 7475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/composition/github.ts
var github = __webpack_require__(6667);
// EXTERNAL MODULE: ./src/composition/releases.ts
var releases = __webpack_require__(6222);
// EXTERNAL MODULE: ./src/core/deps/model.ts
var model = __webpack_require__(9339);
;// CONCATENATED MODULE: ./src/core/deps/check.ts


/**
 * The windows as they will be once the candidates merge, in queue order: each candidate is
 * appended to its repository's window, unless the window already holds that PR (merged
 * meanwhile). Returns the windows and, per candidate, its position in its window.
 */
function mergedNext(windows, candidates) {
    const out = windows.map(w => ({ ...w, changes: [...w.changes] }));
    const at = candidates.map(c => {
        const w = out.find(x => x.repository === c.repository);
        if (!w)
            throw new Error(`no window for ${c.repository}`);
        const merged = w.changes.findIndex(x => x.pull === c.change.pull);
        if (merged >= 0)
            return merged;
        w.changes.push(c.change);
        return w.changes.length - 1;
    });
    return { windows: out, at };
}
/** Whether a problem sits in one of `pulls`' texts (its location names `repo#N description`, `repo#N comment ...`). */
function locatedIn(e, pulls) {
    const file = e.location?.file ?? '';
    return pulls.some(p => file.startsWith(`${p} `));
}
/** Splits errors (a LockstepErrors into its parts) into the candidates' own and the others'. */
function splitErrors(errors, pulls) {
    const flat = errors.flatMap(e => (e instanceof core_errors/* LockstepErrors */.hz ? e.errors : [e]));
    return { own: flat.filter(e => locatedIn(e, pulls)), others: flat.filter(e => !locatedIn(e, pulls)) };
}
/**
 * Dependencies the planner can take: those on a PR that does not exist are taken out (and
 * returned, to be reported where they are written) instead of stopping the plan.
 */
function withoutMissing(dependencies, outside) {
    const kept = [];
    const missing = [];
    for (const d of dependencies) {
        const state = outside.get((0,model/* pullKey */.D)(d.target));
        if (state?.state === 'missing')
            missing.push(new core_errors/* LockstepError */.Cj(`dependency on ${(0,model/* pullKey */.D)(d.target)}, which does not exist (${state.detail})`, d.location ?? {}));
        else
            kept.push(d);
    }
    return { kept, missing };
}
/**
 * The step of `plan` that deploys change `index` of `repository`, and the PRs of earlier steps
 * it needs (its direct dependencies in this release); or why it is held.
 */
function placement(plan, windows, repository, index) {
    const held = plan.held.find(h => h.repository === repository && h.index === index);
    if (held)
        return { held: held.reason };
    const window = windows.find(w => w.repository === repository);
    const position = (commit) => (commit === window.released ? 0 : window.changes.findIndex(c => c.commit === commit) + 1);
    const step = plan.steps.findIndex(s => s.repository === repository && position(s.commit) > index);
    const label = (r, i) => {
        const c = windows.find(w => w.repository === r).changes[i];
        return c.pull !== undefined ? `${r}#${c.pull}` : `${r}@${c.commit.slice(0, 7)}`;
    };
    const after = plan.edges
        .filter(e => e.from.repository === repository && e.from.index === index && e.to.repository !== repository)
        .map(e => label(e.to.repository, e.to.index));
    return { step: step + 1, steps: plan.steps.length, after: [...new Set(after)] };
}
/** "next release, step 2 of 3, after infra#41" */
function placementText(p) {
    if ('held' in p)
        return `held back from the next release: ${p.held}`;
    return `next release, step ${p.step} of ${p.steps}${p.after.length ? `, after ${p.after.join(', ')}` : ''}`;
}

// EXTERNAL MODULE: ./src/core/deps/extract.ts
var extract = __webpack_require__(751);
// EXTERNAL MODULE: ./src/core/deps/plan.ts
var plan = __webpack_require__(611);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/jobs/check-deps.ts






/**
 * A PR check that sees what the release will see: the release config and newest version of
 * the release repository, the windows of every repository, and the merging PR(s) added as merged
 * next on their base branch; then the release planner. Problems of the merging PRs fail the
 * check (a malformed block, a repository outside the release, a PR that does not exist, a
 * cycle they close, through merge order or not); problems the next release has anyway are
 * warnings; "would be held" is a warning with the reason. The summary says where each ships.
 */
async function checkRelease(options, reporter) {
    const name = options.rename ?? ((t) => t);
    const at = (l) => (l?.file ? { ...l, file: name(l.file) } : l);
    const [release, merging] = await Promise.all([options.release(), options.merging()]);
    const { config, last } = release;
    for (const note of merging.notes)
        reporter.warning(name(note));
    const repo = options.repositoryOf(merging, release);
    if (!repo) {
        throw new core_errors/* LockstepError */.Cj(`${merging.owner}/${merging.name} is not a repository of the release (${config.repositories.map(r => r.github ?? r.name).join(', ')})`, { file: config.file });
    }
    const candidates = merging.pulls.map(change => ({ repository: repo.name, change }));
    const labels = candidates.map(c => `${c.repository}#${c.change.pull}`);
    const result = { errors: 0, placements: [], steps: [] };
    const fail = (e) => {
        result.errors++;
        // The way out for merged text (an override) is not needed before the merge: the PR can be edited.
        const hint = labels.map(l => ` (${(0,extract/* overrideHint */.qq)(l)})`).find(h => e.message.endsWith(h));
        const message = hint ? e.message.slice(0, -hint.length) : e.message;
        reporter.error(name(message), at(e.location));
    };
    const warnAhead = (e) => reporter.warning(name(`the next release stops here whether or not this merges: ${e.message}`), at(e.location));
    const source = await options.source(release);
    const windows = await reporter.group('Reading merged pull requests', () => source.windows(config.repositories.map(r => ({ repo: r, released: last.repositories[r.name] }))));
    const onBranch = merging.base === repo.branch;
    if (!onBranch) {
        reporter.warning(name(`${merging.title} merges into ${merging.base}, not ${repo.branch}: it ships when ${merging.base} reaches ${repo.branch}; only its dependency blocks are checked`));
    }
    const next = mergedNext(windows, candidates);
    const extraction = (0,extract/* extractDependencies */.xx)(next.windows, config.repositories, config.overrides, config.file);
    for (const w of extraction.warnings)
        reporter.warning(name(w.message), at(w.location));
    const problems = splitErrors(extraction.errors, labels);
    problems.own.forEach(fail);
    problems.others.forEach(warnAhead);
    const byName = new Map(config.repositories.map(r => [r.name, r]));
    const targets = (0,extract/* outsideTargets */.kU)(next.windows, extraction.dependencies).flatMap(t => (byName.has(t.repository) ? [{ repo: byName.get(t.repository), number: t.number }] : []));
    const outside = targets.length ? await source.lookup(targets, windows) : new Map();
    const { kept, missing } = withoutMissing(extraction.dependencies, outside);
    const missingSplit = splitErrors(missing, labels);
    missingSplit.own.forEach(fail);
    missingSplit.others.forEach(warnAhead);
    if (onBranch && !problems.own.length && !missingSplit.own.length) {
        const plan = planWithCandidates(next.windows, kept, outside, windows, candidates, next.at, fail, warnAhead);
        if (plan) {
            result.steps = plan.steps;
            candidates.forEach((c, i) => {
                const p = placement(plan, next.windows, c.repository, next.at[i]);
                result.placements.push({ pull: labels[i], ...p });
                if ('held' in p)
                    reporter.warning(name(`${labels[i]} would be held back from the next release: ${p.held}`));
                else
                    reporter.info(name(`${labels[i]} ships in the ${placementText(p)}`));
            });
        }
    }
    reporter.summary(name(summary(merging.title, result)));
    return result;
}
/**
 * Plans the release with the candidates merged. A cycle is the candidates' doing when the release
 * without them plans; otherwise the next release fails anyway and it is a warning.
 */
function planWithCandidates(windows, dependencies, outside, before, candidates, at, fail, warnAhead) {
    try {
        return (0,plan/* planRelease */.F3)({ windows, dependencies, outside, onUnmerged: 'hold' });
    }
    catch (e) {
        if (!(e instanceof core_errors/* LockstepError */.Cj))
            throw e;
        const isCandidate = (repository, index) => candidates.some((c, i) => c.repository === repository && at[i] === index && index >= (before.find(w => w.repository === repository)?.changes.length ?? 0));
        const candidateKeys = new Set(candidates.map(c => (0,model/* pullKey */.D)({ repository: c.repository, number: c.change.pull })));
        const without = dependencies.filter(d => !isCandidate(d.from.repository, d.from.index) && !candidateKeys.has((0,model/* pullKey */.D)(d.target)));
        try {
            (0,plan/* planRelease */.F3)({ windows: [...before], dependencies: without, outside, onUnmerged: 'hold' });
        }
        catch {
            warnAhead(e);
            return undefined;
        }
        fail(new core_errors/* LockstepError */.Cj(`merging would make the next release impossible: ${e.message}`, e.location, e.details));
        return undefined;
    }
}
function summary(title, result) {
    const parts = [`## resolve-deps check: ${title}`];
    if (result.placements.length) {
        parts.push((0,markdown/* table */.tp)(['pull request', 'ships in'], result.placements.map(p => [(0,markdown/* plain */.pj)(p.pull), (0,markdown/* plain */.pj)(placementText(p))])));
    }
    if (result.steps.length) {
        const ours = new Set(result.placements.flatMap(p => ('step' in p ? [p.step] : [])));
        const mark = (i) => (ours.has(i + 1) ? ` ◀ ${result.placements.filter(p => 'step' in p && p.step === i + 1).map(p => p.pull).join(', ')}` : '');
        parts.push(['### The next release, as if this merged now', '', (0,markdown/* table */.tp)(['#', 'repository', 'commit'], result.steps.map((s, i) => [String(i + 1), (0,markdown/* plain */.pj)(`${s.repository}${mark(i)}`), (0,markdown/* code */.aY)(s.commit.slice(0, 7))]))].join('\n'));
    }
    parts.push(result.errors ? `**${result.errors} problem(s)** (see the annotations): fix them before merging.` : 'No problems found.');
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/check.ts






const checkCommand = {
    name: 'check',
    summary: "check a branch as if it merged next: the release planner's verdict before the merge",
    usage: [
        'usage: lockstep check --repo <name> --branch <branch> [--pull N] [--config release.yaml]',
        '',
        'Plans the next release as the PR check does, against the local clones of the release config',
        "(source: git): the branch's commits of repository <name> count as merged next on its branch,",
        'their messages as the PR text. Fails on a malformed block, a repository outside the release,',
        'or a cycle this merge would close; says at which step of the next release it ships.',
        '  --repo    the repository of the release config the branch belongs to',
        '  --branch  the branch to check (local, or origin/<branch>)',
        '  --pull    its PR number, once opened (messages call it <repo>@<branch> until then)',
        '  --config  release config (default release.yaml)',
    ].join('\n'),
    async run(argv, reporter) {
        const { values } = (0,command/* parseFlags */.b)(argv, { repo: { type: 'string' }, branch: { type: 'string' }, pull: { type: 'string' }, config: { type: 'string' } });
        if (!values.repo || !values.branch)
            throw new core_errors/* LockstepError */.Cj('check needs --repo <name> and --branch <branch>');
        if (values.pull !== undefined && !/^[1-9][0-9]{0,8}$/.test(values.pull))
            throw new core_errors/* LockstepError */.Cj(`--pull: "${values.pull}" is not a PR number`);
        const pull = values.pull === undefined ? 0 : Number(values.pull);
        const local = await (0,releases/* releases */.D8)().latest(values.config ?? 'release.yaml', process.cwd());
        const repo = local.config.repositories.find(r => r.name === values.repo);
        if (!repo)
            throw new core_errors/* LockstepError */.Cj(`--repo: "${values.repo}" is not a repository of the release config (${local.config.repositories.map(r => r.name).join(', ')})`, { file: local.config.file });
        if (!repo.path)
            throw new core_errors/* LockstepError */.Cj(`repositories.${repo.name}: "path" (a local clone) is required to check a branch`, { file: local.config.file, line: repo.line });
        const dir = (0,external_node_path_.isAbsolute)(repo.path) ? repo.path : (0,external_node_path_.resolve)(local.configDir, repo.path);
        const branch = values.branch;
        const merging = async () => {
            const { head, messages } = await (0,releases/* branchCommits */.rj)(dir, repo.branch, branch);
            if (!messages.length)
                throw new core_errors/* LockstepError */.Cj(`branch "${branch}" has no commits that ${repo.branch} lacks: nothing to check`);
            const title = messages[messages.length - 1].split('\n')[0];
            return {
                owner: '',
                name: repo.name,
                base: repo.branch,
                pulls: [{ commit: head, pull, title, texts: [{ kind: 'description', body: messages.join('\n\n') }] }],
                title: `${repo.name}@${branch}`,
                notes: [],
            };
        };
        const unnamed = `${repo.name}#0`;
        const result = await checkRelease({
            release: async () => local,
            merging,
            repositoryOf: () => repo,
            source: (0,releases/* pullSource */.l1)('git', (0,github/* gitHubAccess */.gz)(undefined, 'lockstep check reads local clones only', reporter)),
            rename: pull ? undefined : text => text.split(unnamed).join(`${repo.name}@${branch}`),
        }, reporter);
        return result.errors ? 1 : 0;
    },
};


/***/ })

};
