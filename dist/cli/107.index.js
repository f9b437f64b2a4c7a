export const id = 107;
export const ids = [107];
export const modules = {

/***/ 7487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iC: () => (/* reexport */ currentHolder),
  mf: () => (/* binding */ deployers),
  $: () => (/* binding */ stateStore),
  $$: () => (/* reexport */ terminationSignal)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/adapters/github/server.ts
var github_server = __webpack_require__(6211);
;// CONCATENATED MODULE: ./src/adapters/state/holder.ts


/**
 * Who this run is, as a hold records it. Inside Actions: one job of one attempt of one
 * workflow run — `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`, `GITHUB_JOB` — and `holdKey`, since
 * the jobs of a matrix share all three and no variable tells them apart (the action's
 * `hold-key` input: `${{ strategy.job-index }}` or `${{ toJSON(matrix) }}`). On a laptop:
 * user, host and process.
 */
function currentHolder(env = process.env, holdKey = '') {
    const repo = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    const key = holdKey.trim();
    if (repo && runId) {
        const server = (0,github_server/* githubServerUrl */.E)(env);
        const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
        const job = env.GITHUB_JOB ?? '';
        const jobName = `${job ? ` job ${job}` : ''}${key ? ` [${key}]` : ''}`;
        return {
            name: `${repo} run ${runId} attempt ${attempt}${jobName} (${server}/${repo}/actions/runs/${runId})`,
            job: `${repo}/${runId}/${attempt}/${job}/${key}`,
            run: `${repo}/${runId}`,
            attempt,
        };
    }
    let user = 'someone';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        /* no passwd entry in some containers */
    }
    const name = `${user}@${(0,external_node_os_.hostname)()} pid ${process.pid}${key ? ` [${key}]` : ''}`;
    return { name, job: name };
}

;// CONCATENATED MODULE: ./src/adapters/termination.ts
/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner sends SIGINT when a
 * job is cancelled, SIGTERM about 7.5 s later, then kills). Listening replaces Node's
 * default of dying on the spot, so the running step can be stopped and recorded and the
 * hold released; the caller ends with a non-zero exit.
 */
function terminationSignal(onSignal) {
    const controller = new AbortController();
    const handle = (name) => {
        if (!controller.signal.aborted) {
            onSignal(name);
            controller.abort(new Error(`received ${name}`));
        }
        process.exitCode = 1;
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
    return controller.signal;
}

;// CONCATENATED MODULE: ./src/composition/rollout.ts
/**
 * apply-steps' adapters: where rollout state lives, which deployers run steps, who this run
 * is and what cancels it. A state store or deployer is imported when it is first needed (the
 * AWS SDK only for a CodeBuild step).
 */


// Small and read at every start: who this run is, the signals that cancel it.


/** The rollout state store; only the chosen kind's module is loaded. */
async function stateStore(options) {
    if (options.kind === 'file') {
        const { FileStateStore } = await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 3846));
        return new FileStateStore(options.environment, (0,external_node_path_.resolve)(options.workspace, options.file), options.file, options.lease);
    }
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository))
        throw new errors/* LockstepError */.Cj(`repository: "${options.repository}" is not owner/repo`);
    if (!options.ref)
        throw new errors/* LockstepError */.Cj('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
    if ((options.githubEnvironment ?? '').length > 255)
        throw new errors/* LockstepError */.Cj(`deployments environment: "${options.githubEnvironment.slice(0, 40)}…" is longer than GitHub's 255 characters for an environment name`);
    const { DeploymentsStateStore } = await __webpack_require__.e(/* import() */ 282).then(__webpack_require__.bind(__webpack_require__, 1282));
    return new DeploymentsStateStore(options.environment, await options.github(), options.repository, options.ref, { githubEnvironment: options.githubEnvironment });
}
/** The deployers a rollout's steps use, each made (and its module loaded) when a step first needs it. */
function deployers(options) {
    if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0)
        throw new errors/* LockstepError */.Cj(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
    let made;
    return {
        for: async (settings) => {
            made ??= __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 7983)).then(m => new m.Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild }));
            return (await made).for(settings);
        },
    };
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


/***/ }),

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VR: () => (/* binding */ parseDeploySections),
/* harmony export */   eb: () => (/* binding */ DEPLOYERS),
/* harmony export */   qp: () => (/* binding */ deploySettingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1076);


const DEPLOYERS = ['command', 'workflow', 'codebuild'];
const KEYS = ['deployer', 'run', 'workflow', 'ref', 'project'];
/**
 * Reads the `deploy:` mappings of release.yaml (top level and per repository) with their
 * lines. `parseReleaseConfig` keeps them as plain objects; this re-reads the same text so
 * that a mistake in them is reported where it is.
 */
function parseDeploySections(text, file) {
    const src = new _yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlSource */ .rC(text, file);
    const top = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, src.root, 'release config');
    const result = { repositories: new Map() };
    const deploy = top.find(([k]) => k === 'deploy');
    if (deploy)
        result.defaults = rawDeploy(src, deploy[1], 'deploy');
    const repos = top.find(([k]) => k === 'repositories');
    if (repos) {
        for (const [name, value] of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, repos[1], 'repositories')) {
            const entry = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, value, `repositories.${name}`).find(([k]) => k === 'deploy');
            if (entry)
                result.repositories.set(name, rawDeploy(src, entry[1], `repositories.${name}.deploy`));
        }
    }
    return result;
}
function rawDeploy(src, node, what) {
    const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, node, what);
    (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(src, fields, KEYS, what);
    const raw = { line: src.lineOf(node) };
    for (const [key, value] of fields) {
        const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(src, value, `${what}.${key}`);
        if (key === 'deployer' && !DEPLOYERS.includes(text)) {
            throw src.error(`${what}.deployer: "${text}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`, value);
        }
        raw[key] = text;
    }
    return raw;
}
/**
 * The settings for one repository: its own `deploy:` over the top-level `deploy:`, over the
 * action's or CLI's inputs, over the command deployer. A missing field is reported at the
 * `deploy:` that chose the deployer.
 */
function deploySettingsFor(config, sections, repository, inputs) {
    const repo = config.repositories.find(r => r.name === repository);
    if (!repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}" is not listed in ${config.file}`, { file: config.file });
    const own = sections.repositories.get(repository);
    const defaults = sections.defaults;
    const pick = (key) => own?.[key] ?? defaults?.[key];
    const deployer = own?.deployer ?? defaults?.deployer ?? inputs.deployer ?? 'command';
    if (!DEPLOYERS.includes(deployer)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`deployer: "${deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
    }
    const where = { file: config.file, line: own?.line ?? defaults?.line ?? repo.line };
    const missing = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the ${deployer} deployer needs "${what}"`, where);
    switch (deployer) {
        case 'command': {
            const run = pick('run') ?? inputs.run;
            if (!run)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the command deployer needs a command (the "run" input or deploy.run)`, where);
            return { deployer: 'command', run };
        }
        case 'workflow': {
            const workflow = pick('workflow');
            if (!workflow)
                throw missing('workflow');
            if (!repo.github)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`repository "${repository}": the workflow deployer needs "github: owner/repo"`, { file: config.file, line: repo.line });
            return { deployer: 'workflow', github: repo.github, workflow, ref: pick('ref') ?? repo.branch };
        }
        case 'codebuild': {
            const project = pick('project');
            if (!project)
                throw missing('project');
            return { deployer: 'codebuild', project };
        }
    }
}


/***/ }),

/***/ 8458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ newLock),
/* harmony export */   D0: () => (/* binding */ DEFAULT_LEASE),
/* harmony export */   _B: () => (/* binding */ isLaterAttempt),
/* harmony export */   il: () => (/* binding */ decideLock),
/* harmony export */   m8: () => (/* binding */ leaseOf),
/* harmony export */   oc: () => (/* binding */ HoldLost)
/* harmony export */ });
/* unused harmony export isStale */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Renewed four times per lease: a holder misses three renewals in a row before its hold can be broken. */
function leaseOf(ttlMs) {
    return { ttlMs, renewMs: Math.max(250, Math.floor(ttlMs / 4)) };
}
const DEFAULT_LEASE = leaseOf(120_000);
function newLock(holder, token, now, lease) {
    return {
        holder: holder.name,
        job: holder.job,
        ...(holder.run ? { run: holder.run } : {}),
        ...(holder.attempt !== undefined ? { attempt: holder.attempt } : {}),
        token,
        since: now.toISOString(),
        expires: new Date(now.getTime() + lease.ttlMs).toISOString(),
    };
}
/** A hold is stale when its lease ran out: its holder stopped renewing it (it died or lost its runner). */
function isStale(lock, now) {
    const expires = Date.parse(lock.expires);
    return !Number.isFinite(expires) || expires < now.getTime();
}
/** Whether `holder` is a later attempt of the workflow run that holds `lock` (which is then over: GitHub never runs two attempts of one run at once). */
function isLaterAttempt(lock, holder) {
    return !!holder.run && lock.run === holder.run && holder.attempt !== undefined && lock.attempt !== undefined && lock.attempt < holder.attempt;
}
/**
 * Whether `holder` may take the environment given the hold the state records. A live hold
 * always refuses (two jobs must never both deploy), `break-lock` included: only a hold whose
 * lease ran out can be broken. A later attempt of the same workflow run takes over, since
 * GitHub never runs two attempts of one run at once and the earlier one is over.
 *
 * The same job seen holding the environment is refused too: it is a sibling matrix job
 * without its own `hold-key`, or an earlier step of this job that died holding it (its hold
 * goes stale within one lease).
 */
function decideLock(environment, lock, holder, options) {
    if (!lock)
        return { take: true };
    const { breakLock, now } = options;
    if (isLaterAttempt(lock, holder)) {
        return { take: true, warning: `taking over environment "${environment}" from an earlier attempt of this run (${lock.holder}, since ${lock.since})` };
    }
    const stale = isStale(lock, now);
    if (stale && breakLock) {
        return { take: true, warning: `breaking the stale hold of ${lock.holder} on environment "${environment}" (since ${lock.since}; its lease ran out at ${lock.expires})` };
    }
    const sameJob = lock.job === holder.job
        ? ['This job itself is named as the holder: in a matrix, give each job its own `hold-key` (e.g. `hold-key: ${{ strategy.job-index }}`).']
        : [];
    if (stale) {
        return {
            take: false,
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`environment "${environment}" is held by ${lock.holder} since ${lock.since}; its lease ran out at ${lock.expires} (the holder stopped renewing it)`, {}, [...sameJob, 'If that run is gone (cancelled, runner lost), take the stale hold with the input `break-lock: true` (CLI: `lockstep apply --break-lock`).']),
        };
    }
    return {
        take: false,
        error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`environment "${environment}" is held by ${lock.holder} since ${lock.since}; refusing to start a second rollout${breakLock ? ' (break-lock takes only a stale hold: this one is renewed' : ' (the hold is renewed'} while its holder runs; its lease runs to ${lock.expires})`, {}, [
            ...sameJob,
            'Wait for that run to finish (give the workflow job a `concurrency: { group: lockstep-<environment>, cancel-in-progress: false }`',
            'so GitHub queues runs instead). A holder that died stops renewing its hold: once its lease ran out, `break-lock: true`',
            '(CLI: `lockstep apply --break-lock`) takes it.',
        ]),
    };
}
/** The hold changed hands while this run was running: it stops before its next step and writes nothing more. */
class HoldLost extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj {
    constructor(environment, now) {
        super(now
            ? `lost the hold on environment "${environment}": ${now.holder} took it at ${now.since}; stopping before the next step, leaving the state to its new holder`
            : `lost the hold on environment "${environment}": it was released by someone else; stopping before the next step`, {}, ["This run's lease ran out before it could renew it (a stalled runner?) and another run broke it. Re-run once that run is done."]);
        this.name = 'HoldLost';
    }
}


/***/ }),

/***/ 173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   Ey: () => (/* binding */ describeStep)
/* harmony export */ });
/* unused harmony export repositoryChanges */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

const short = (commit) => (commit ? commit.slice(0, 7) : '—');
function describeStep(step) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total}: ${step.repository}@${short(step.commit)}`;
}
/**
 * The plan as markdown: the versions in order, each with its steps, and per repository a
 * compare link from the commit live now to the commit it ends at (when its GitHub
 * repository is known) on `serverUrl`. This is what the release workflow posts on the staging → production PR.
 */
function renderPlan(plan, state, github = {}, serverUrl = 'https://github.com') {
    const env = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(plan.environment);
    const from = plan.from === undefined ? 'nothing yet' : `version ${plan.from}`;
    const lines = [];
    if (plan.direction === 'none') {
        lines.push(`### ${env}: already at version ${plan.to}`, '', 'Nothing to do.');
    }
    else {
        const verb = plan.direction === 'rollback' ? 'roll back' : 'deploy';
        lines.push(`### ${env}: ${verb} from ${from} to version ${plan.to}`, '');
        for (const part of plan.parts) {
            const title = part.kind === 'rollback' ? `Rollback to version ${part.version}` : `Version ${part.version}`;
            lines.push(`#### ${title}`, '');
            if (part.steps.length === 0) {
                lines.push('No step: nothing differs.', '');
                continue;
            }
            const done = new Set(part.done.map(s => s.index));
            const rows = part.steps.map((s, i) => [`${i + 1}/${part.steps.length}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(s.repository), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(s.commit)), done.has(i + 1) ? 'done earlier' : 'pending']);
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['step', 'repository', 'commit', 'status'], rows), '');
        }
    }
    const changes = repositoryChanges(plan, state);
    if (changes.length > 0) {
        lines.push('#### Changes per repository', '');
        for (const { repository, from: a, to: b } of changes) {
            const gh = github[repository];
            const link = gh && a ? ` ([compare](${serverUrl}/${gh}/compare/${a}...${b}))` : '';
            lines.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(repository)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(a))} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(short(b))}${link}`);
        }
        lines.push('');
    }
    for (const note of plan.notes)
        lines.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(note)}`, '');
    return `${lines.join('\n').trimEnd()}\n`;
}
/** For every repository the plan touches: the commit live now and the one it ends at. */
function repositoryChanges(plan, state) {
    const end = new Map();
    for (const part of plan.parts)
        for (const s of part.steps)
            end.set(s.repository, s.commit);
    return [...end]
        .filter(([repo, commit]) => state.deployed[repo] !== commit)
        .map(([repository, to]) => ({ repository, from: state.deployed[repository], to }));
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ reduce),
/* harmony export */   gY: () => (/* binding */ appliedVersion),
/* harmony export */   m0: () => (/* binding */ possibleCommits),
/* harmony export */   mh: () => (/* binding */ lastAttempt),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
function emptyState(environment) {
    return { environment, deployed: {}, versions: [], records: [] };
}
function sameSteps(a, b) {
    return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}
function sameStep(r, s) {
    return r.kind === s.kind && r.version === s.version && r.index === s.index && r.repository === s.repository && r.commit === s.commit;
}
/** The latest attempt at `step`, if any. */
function lastAttempt(state, step) {
    for (let i = state.records.length - 1; i >= 0; i--)
        if (sameStep(state.records[i], step))
            return state.records[i];
    return undefined;
}
/** The applied-version entry for a version file's content, or undefined when the content differs (a rewritten number). */
function appliedVersion(state, version, steps) {
    return state.versions.find(v => v.version === version && sameSteps(v.steps, steps));
}
/** Pure transition: the state after `event`. Never mutates its input. */
function reduce(state, event) {
    const next = {
        ...state,
        deployed: { ...state.deployed },
        uncertain: Object.fromEntries(Object.entries(state.uncertain ?? {}).map(([r, c]) => [r, [...c]])),
        versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })),
        records: [...state.records],
    };
    const tidy = (n) => {
        if (Object.keys(n.uncertain).length === 0)
            delete n.uncertain;
        return n;
    };
    switch (event.type) {
        case 'begin-version': {
            if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
                // A version number whose content changed (written again after a revert) starts over.
                next.versions = next.versions.filter(v => v.version !== event.version);
                next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
            }
            return tidy(next);
        }
        case 'starting':
            next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
            // From here on the deployer may change the environment, whatever this run later learns.
            possiblyAt(next, event.step);
            return tidy(next);
        case 'started': {
            const i = lastIndex(next, event.step);
            const ref = event.ref ? { ref: event.ref } : {};
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
            else
                next.records[i] = { ...next.records[i], status: 'started', ...ref };
            possiblyAt(next, event.step);
            return tidy(next);
        }
        case 'finished':
        case 'failed':
        case 'cancelled': {
            const i = lastIndex(next, event.step);
            const status = event.type;
            const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) };
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
            else
                next.records[i] = { ...next.records[i], ...done };
            if (status === 'finished') {
                next.deployed[event.step.repository] = event.step.commit;
                delete next.uncertain[event.step.repository];
                if (event.step.kind === 'deploy') {
                    const v = [...next.versions].reverse().find(a => a.version === event.step.version);
                    if (v && !v.finished.includes(event.step.index))
                        v.finished.push(event.step.index);
                }
            }
            else {
                // A failed or cancelled deploy may have gone out before it failed.
                possiblyAt(next, event.step);
            }
            return tidy(next);
        }
        case 'complete':
            next.version = event.version;
            // A rollback undoes every newer version: they no longer count as applied.
            if (event.kind === 'rollback')
                next.versions = next.versions.filter(v => v.version <= event.version);
            return tidy(next);
        case 'lock':
            next.lock = { ...event.lock };
            return tidy(next);
        case 'renew':
            if (next.lock?.token === event.token)
                next.lock = { ...next.lock, expires: event.expires };
            return tidy(next);
        case 'unlock':
            if (next.lock?.token === event.token)
                delete next.lock;
            return tidy(next);
    }
}
function possiblyAt(state, step) {
    const { repository, commit } = step;
    if (state.deployed[repository] === commit && !state.uncertain[repository])
        return;
    const list = (state.uncertain[repository] ??= []);
    if (!list.includes(commit))
        list.push(commit);
}
/** The commits a repository may be live at: the proven one (if any) and every uncertain one. */
function possibleCommits(state, repository) {
    const proven = state.deployed[repository];
    const maybe = state.uncertain?.[repository] ?? [];
    return [...(proven !== undefined ? [proven] : []), ...maybe.filter(c => c !== proven)];
}
function stepFields(s) {
    return { kind: s.kind, version: s.version, index: s.index, repository: s.repository, commit: s.commit };
}
function lastIndex(state, step) {
    for (let i = state.records.length - 1; i >= 0; i--)
        if (sameStep(state.records[i], step))
            return i;
    return -1;
}


/***/ }),

/***/ 3119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ renderStatus),
/* harmony export */   yh: () => (/* binding */ productStatus)
/* harmony export */ });
/* unused harmony export environmentStatus */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

/** One environment's status; `versions` are the numbers of every version file, ascending. */
function environmentStatus(state, versions) {
    const at = state.version;
    const newest = versions.length ? versions[versions.length - 1] : undefined;
    const status = {
        environment: state.environment,
        ...(at !== undefined ? { version: at } : {}),
        deployed: { ...state.deployed },
        pending: versions.filter(v => at === undefined || v > at),
    };
    if (at !== undefined && newest !== undefined && at > newest)
        status.rollbackTo = newest;
    const begun = [...state.versions].reverse().find(v => (at === undefined || v.version > at) && v.finished.length < v.steps.length);
    if (begun)
        status.partial = { version: begun.version, finished: begun.finished.length, total: begun.steps.length };
    if (state.lock)
        status.heldBy = state.lock.holder;
    return status;
}
/** The whole product: every environment against the version files, and what the newest holds back. */
function productStatus(states, versions, newest, repositories) {
    const sorted = [...versions].sort((a, b) => a - b);
    return {
        repositories: [...repositories],
        ...(newest ? { newest: newest.version } : {}),
        environments: states.map(s => environmentStatus(s, sorted)),
        held: newest?.held ?? [],
    };
}
const short = (commit) => (commit ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(commit.slice(0, 7)) : '—');
function pendingCell(e) {
    const parts = [];
    if (e.rollbackTo !== undefined)
        parts.push(`rollback to ${e.rollbackTo}`);
    else if (e.pending.length)
        parts.push(e.pending.join(', '));
    if (e.partial)
        parts.push(`version ${e.partial.version}: ${e.partial.finished}/${e.partial.total} steps done`);
    if (e.heldBy)
        parts.push(`held by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(e.heldBy)}`);
    return parts.length ? parts.join('; ') : 'up to date';
}
/**
 * The status as markdown, the same for `lockstep status` and apply-steps' job summary: one row
 * per environment (its version, the commit live per repository, what is pending), then the pull
 * requests the newest version holds back.
 */
function renderStatus(status) {
    const repos = status.repositories;
    const lines = [`### Lockstep status${status.newest !== undefined ? `: newest version ${status.newest}` : ''}`, ''];
    if (status.environments.length === 0) {
        lines.push('No environment has a state yet.', '');
    }
    else {
        const rows = status.environments.map(e => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(e.environment), e.version === undefined ? '—' : String(e.version), ...repos.map(r => short(e.deployed[r])), pendingCell(e)]);
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['environment', 'version', ...repos.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj), 'pending'], rows), '');
    }
    if (status.held.length) {
        lines.push(`#### Held back from version ${status.newest}`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['pull request', 'reason'], status.held.map(h => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(`${h.repository}#${h.number}`), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(h.reason)])), '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 8344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ parseVersionFile),
/* harmony export */   b1: () => (/* binding */ serializeVersionFile),
/* harmony export */   sM: () => (/* binding */ versionSource)
/* harmony export */ });
/* unused harmony export parseVersionNumber */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1076);




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
    const src = new _yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlSource */ .rC(text, file);
    const entries = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, src.root, 'version file');
    (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, entries, TOP_KEYS, 'version file');
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
    for (const [name, value] of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, reposEntry[1], 'repositories')) {
        repositories[name] = commitValue(src, value, `repositories.${name}`);
    }
    const stepsEntry = get('steps');
    if (!stepsEntry)
        throw src.error('version file: missing "steps"', src.root);
    const stepsNode = stepsEntry[1];
    const steps = [];
    if (stepsNode !== null && !((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(stepsNode) && stepsNode.value === null)) {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(stepsNode))
            throw src.error('steps must be a list', stepsNode);
        stepsNode.items.forEach((item, i) => {
            const what = `steps[${i + 1}]`;
            const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, item, what);
            (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, fields, STEP_KEYS, what);
            const repoField = fields.find(([k]) => k === 'repository');
            const commitField = fields.find(([k]) => k === 'commit');
            if (!repoField)
                throw src.error(`${what}: missing "repository"`, item);
            if (!commitField)
                throw src.error(`${what}: missing "commit"`, item);
            const repository = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, repoField[1], `${what}.repository`);
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
        repository: Object.fromEntries((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, reposEntry[1], 'repositories').map(([name, value, key]) => [name, src.lineOf(key ?? value)])),
    });
    const pullsEntry = get('pulls');
    if (pullsEntry)
        result.pulls = parsePulls(src, pullsEntry[1]);
    const heldEntry = get('held');
    if (heldEntry)
        result.held = parseHeld(src, heldEntry[1]);
    const overridesEntry = get('overrides');
    if (overridesEntry)
        result.overrides = parseOverrides(src, overridesEntry[1]);
    return result;
}
function positiveInt(src, node, what) {
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value > 0)
        return node.value;
    throw src.error(`${what} must be a positive whole number`, node);
}
function commitValue(src, node, what) {
    const value = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, node, what);
    if (!(0,_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .j)(value))
        throw src.error(`${what}: "${value}" is not a full commit id (40 or 64 lower-case hex digits)`, node);
    return value;
}
function parsePulls(src, node) {
    const out = {};
    for (const [repo, list] of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, node, 'pulls')) {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(list))
            throw src.error(`pulls.${repo} must be a list`, list);
        out[repo] = list.items.map((item, i) => {
            const what = `pulls.${repo}[${i + 1}]`;
            const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, item, what);
            (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, fields, ['number', 'title'], what);
            const num = fields.find(([k]) => k === 'number');
            if (!num)
                throw src.error(`${what}: missing "number"`, item);
            const pull = { number: positiveInt(src, num[1], `${what}.number`) };
            const title = fields.find(([k]) => k === 'title');
            if (title)
                pull.title = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, title[1], `${what}.title`);
            return pull;
        });
    }
    return out;
}
function parseHeld(src, node) {
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node))
        throw src.error('held must be a list', node);
    return node.items.map((item, i) => {
        const what = `held[${i + 1}]`;
        const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, item, what);
        (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, fields, ['repository', 'number', 'reason'], what);
        const field = (k) => {
            const f = fields.find(([key]) => key === k);
            if (!f)
                throw src.error(`${what}: missing "${k}"`, item);
            return f[1];
        };
        return {
            repository: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, field('repository'), `${what}.repository`),
            number: positiveInt(src, field('number'), `${what}.number`),
            reason: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, field('reason'), `${what}.reason`),
        };
    });
}
function parseOverrides(src, node) {
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node))
        throw src.error('overrides must be a list', node);
    return node.items.map((item, i) => {
        const what = `overrides[${i + 1}]`;
        const fields = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, item, what);
        (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, fields, ['repository', 'number', 'dependencies', 'reason'], what);
        const field = (f, k, at, w) => {
            const found = f.find(([key]) => key === k);
            if (!found)
                throw src.error(`${w}: missing "${k}"`, at);
            return found[1];
        };
        const deps = field(fields, 'dependencies', item, what);
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(deps))
            throw src.error(`${what}.dependencies must be a list`, deps);
        const override = {
            repository: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, field(fields, 'repository', item, what), `${what}.repository`),
            number: positiveInt(src, field(fields, 'number', item, what), `${what}.number`),
            dependencies: deps.items.map((d, j) => {
                const w = `${what}.dependencies[${j + 1}]`;
                const f = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, d, w);
                (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .checkKeys */ .L)(src, f, ['repository', 'number', 'is_compatible'], w);
                const compat = field(f, 'is_compatible', d, w);
                if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(compat) || typeof compat.value !== 'boolean')
                    throw src.error(`${w}.is_compatible must be true or false`, compat);
                return {
                    repository: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, field(f, 'repository', d, w), `${w}.repository`),
                    number: positiveInt(src, field(f, 'number', d, w), `${w}.number`),
                    isCompatible: compat.value,
                };
            }),
        };
        const reason = fields.find(([k]) => k === 'reason');
        if (reason)
            override.reason = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(src, reason[1], `${what}.reason`);
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
    const out = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(doc, { version: '1.2' });
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(out, {
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
        return yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE;
    if (value.includes('\n'))
        return undefined; // a block scalar, `yaml`'s own choice of chomping
    const alone = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value, WRITE);
    if (alone.startsWith("'") || alone.startsWith('"'))
        return yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    const as11 = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(value, { version: '1.1' });
    return as11.errors.length === 0 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(as11.contents) && typeof as11.contents.value === 'string' ? undefined : yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
}
/** Guards a version number taken from a file name or an input. */
function parseVersionNumber(value, what) {
    if (!/^[1-9][0-9]*$/.test(value))
        throw new LockstepError(`${what}: "${value}" is not a version number`);
    return Number(value);
}


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ applySteps),
  Dv: () => (/* binding */ planSteps)
});

// UNUSED EXPORTS: RolloutFailed

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/deploy-settings.ts
var deploy_settings = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/core/rollout/lock.ts
var lock = __webpack_require__(8458);
// EXTERNAL MODULE: ./src/core/versions/version-file.ts
var version_file = __webpack_require__(8344);
;// CONCATENATED MODULE: ./src/core/rollout/chain.ts


const chain_short = (c) => c.slice(0, 7);
function fileOf(v) {
    return (0,version_file/* versionSource */.sM)(v)?.file ?? `version ${v.version}`;
}
function at(v, line) {
    const src = (0,version_file/* versionSource */.sM)(v);
    return src ? { file: src.file, ...(line ? { line: line(src) } : {}) } : {};
}
/**
 * Every problem in `next` as the successor of `prev`: `previous` must name `prev`, and each
 * repository must end where `prev` left it unless one of `next`'s own steps moves it. (A
 * repository `prev` has and `next` lacks left the release; a step's commit against its own
 * `repositories` entry is checked when the file is parsed.)
 */
function linkProblems(prev, next) {
    const problems = [];
    if (next.previous !== undefined && next.previous !== prev.version) {
        problems.push(new errors/* LockstepError */.Cj(`previous: ${next.previous} does not match: version ${next.version} follows version ${prev.version} (${prev.origin})`, at(next, s => s.previous)));
    }
    const moved = new Map();
    for (const s of next.steps)
        moved.set(s.repository, s.commit);
    for (const [repo, commit] of Object.entries(next.repositories)) {
        if (moved.has(repo))
            continue;
        const before = prev.repositories[repo];
        const where = at(next, s => s.repository[repo] ?? s.repositories);
        if (before === undefined) {
            problems.push(new errors/* LockstepError */.Cj(`repositories.${repo}: ${repo} is not in version ${prev.version} (${prev.origin}) and no step of version ${next.version} deploys it`, where));
        }
        else if (before !== commit) {
            problems.push(new errors/* LockstepError */.Cj(`repositories.${repo}: ${chain_short(commit)} does not follow from version ${prev.version} (${prev.origin}), which ends ${repo} at ${chain_short(before)}, and no step of version ${next.version} deploys ${repo}`, where));
        }
    }
    return problems;
}
/**
 * Checks the chain of versions a rollout from version `from` to `to` walks, before anything
 * is deployed. Forward, every version in between must be there (`available`), each one the
 * successor of the one before; the first is checked against version `from`'s file, or the
 * environment's record of it once the file is gone. Backward, the files still present are
 * checked pairwise; the newer ones a `git revert` removed are known from the state.
 */
function checkChain(state, available, from, to) {
    const problems = [];
    if (to > from) {
        let prev = linkFor(state, available, from);
        if (!prev) {
            throw new errors/* LockstepError */.Cj(`version ${from}, which environment "${state.environment}" is at, has no file and no record in the state: cannot check that version ${from + 1} follows from it`, {}, [`Restore versions/${from}.yaml from the release repository's history.`]);
        }
        for (let n = from + 1; n <= to; n++) {
            const next = available.get(n);
            if (!next) {
                throw new errors/* LockstepError */.Cj(`version ${n} is missing: going from version ${from} to ${to} deploys every version in between, in order`, {}, [
                    `Restore versions/${n}.yaml, or target version ${n - 1}.`,
                ]);
            }
            problems.push(...linkProblems(prev, next));
            prev = { version: n, repositories: next.repositories, origin: fileOf(next) };
        }
    }
    else {
        for (let n = to + 1; n <= from; n++) {
            const a = available.get(n - 1);
            const b = available.get(n);
            if (a && b)
                problems.push(...linkProblems({ version: a.version, repositories: a.repositories, origin: fileOf(a) }, b));
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* LockstepErrors */.hz(problems);
}
function linkFor(state, available, n) {
    if (n === 0)
        return { version: 0, repositories: {}, origin: 'nothing deployed yet' };
    const file = available.get(n);
    if (file)
        return { version: n, repositories: file.repositories, origin: fileOf(file) };
    const applied = [...state.versions].reverse().find(v => v.version === n);
    return applied ? { version: n, repositories: applied.repositories, origin: `the state's record of version ${n}` } : undefined;
}

// EXTERNAL MODULE: ./src/core/rollout/state.ts
var rollout_state = __webpack_require__(8);
;// CONCATENATED MODULE: ./src/core/rollout/plan.ts



/**
 * From where an environment stands to the steps that bring it to `target`.
 *
 * Forward: every version file after the last version reached, up to the target, in order,
 * each with its own steps (never merged: versions split by `is_compatible: false` must stay
 * separate rollouts); steps that finished in an earlier run are skipped.
 *
 * Backward (or back to the current version after a partial run): the repositories whose live
 * commit differs from the target's go back to it, most recently deployed first — the reverse
 * of the order the newer versions deployed them, which the state remembers even when the
 * newer files are gone.
 */
function planRollout({ state, available, target }) {
    const current = state.version ?? 0;
    const base = { environment: state.environment, from: state.version, to: target.version, notes: [] };
    const files = new Map(available).set(target.version, target);
    checkChain(state, files, current, target.version);
    if (target.version > current) {
        const parts = [];
        for (let n = current + 1; n <= target.version; n++)
            parts.push(forwardPart(state, files.get(n)));
        refuseUnprovenVersion(state, parts);
        return { ...base, direction: 'forward', parts };
    }
    return backward(state, target, base);
}
/**
 * A version counts as reached only when every repository it names is proven at its commit.
 * Going forward, a repository in doubt (a step of it started and did not finish) must be
 * deployed again by a step of this rollout before the version it belongs to completes; one
 * that no step touches again (its version file was rewritten since) stops the rollout here.
 */
function refuseUnprovenVersion(state, parts) {
    const known = { ...state.deployed };
    const doubt = new Map(Object.entries(state.uncertain ?? {}));
    for (const part of parts) {
        for (const step of part.pending) {
            known[step.repository] = step.commit;
            doubt.delete(step.repository);
        }
        for (const [repo, commit] of Object.entries(part.repositories)) {
            const maybe = doubt.get(repo);
            if (maybe || (known[repo] !== undefined && known[repo] !== commit))
                refuseAfterHalfRollback(state, parts.at(-1).version);
            const record = [...state.records].reverse().find(r => r.repository === repo && r.status !== 'finished');
            if (maybe) {
                const what = record ? `${record.kind === 'rollback' ? `rollback to version ${record.version}` : `version ${record.version}`}, step ${record.index} ${record.status}` : 'a step that did not finish';
                throw new errors/* LockstepError */.Cj(`environment "${state.environment}": ${repo} may be at ${maybe.map(c => c.slice(0, 7)).join(' or ')} (${what}, never finished), and no step of this rollout deploys ${repo} again before version ${part.version} would count as reached`, {}, [`Bring ${repo} back first: apply version ${state.version ?? 0} again (a rollback deploys ${repo} at ${state.deployed[repo]?.slice(0, 7) ?? 'its version\'s commit'}), then version ${parts.at(-1).version}.`]);
            }
            if (known[repo] !== undefined && known[repo] !== commit) {
                throw new errors/* LockstepError */.Cj(`environment "${state.environment}": ${repo} is at ${known[repo].slice(0, 7)}, and no step of this rollout brings it to ${commit.slice(0, 7)}, which version ${part.version} names`, {}, [`Apply version ${state.version ?? 0} again first (a rollback brings ${repo} back to it), then version ${parts.at(-1).version}.`]);
            }
        }
    }
}
/**
 * A rollback that stopped partway leaves some repositories at the older version and some at
 * the newer one (or in doubt); said as such when that is why a forward rollout cannot go on.
 */
function refuseAfterHalfRollback(state, target) {
    const last = state.records.at(-1);
    if (!last || last.kind !== 'rollback' || last.version >= (state.version ?? 0))
        return;
    throw new errors/* LockstepError */.Cj(`environment "${state.environment}" is partway through a rollback to version ${last.version} (step ${last.index}, ${last.repository}, ${last.status}); refusing to go forward to version ${target} from there`, {}, [`Finish the rollback first (version: ${last.version}), then apply version ${target}.`]);
}
function forwardPart(state, file) {
    const finished = new Set((0,rollout_state/* appliedVersion */.gY)(state, file.version, file.steps)?.finished ?? []);
    const part = { kind: 'deploy', version: file.version, repositories: { ...file.repositories }, steps: file.steps, pending: [], done: [] };
    file.steps.forEach((s, i) => {
        const step = { kind: 'deploy', version: file.version, index: i + 1, total: file.steps.length, repository: s.repository, commit: s.commit };
        (finished.has(i + 1) ? part.done : part.pending).push(step);
    });
    return part;
}
function backward(state, target, base) {
    const newer = state.versions.filter(v => v.version > target.version);
    // A repository in doubt is deployed back even when the last step proven went to the target's commit.
    const inDoubt = (repo) => (state.uncertain?.[repo]?.length ?? 0) > 0;
    const differs = (repo) => repo in target.repositories && (inDoubt(repo) || (state.deployed[repo] !== undefined && state.deployed[repo] !== target.repositories[repo]));
    // Most recent first: the steps in doubt (newest attempt first), then the newer versions' finished steps backwards.
    const order = [];
    for (let i = state.records.length - 1; i >= 0; i--) {
        const repo = state.records[i].repository;
        if (inDoubt(repo) && !order.includes(repo) && differs(repo))
            order.push(repo);
    }
    const sequence = newer.flatMap(v => v.finished.map(i => v.steps[i - 1].repository));
    for (let i = sequence.length - 1; i >= 0; i--) {
        const repo = sequence[i];
        if (!order.includes(repo) && differs(repo))
            order.push(repo);
    }
    // Anything else that drifted (a half-done rollback towards another version) follows, in the target's own order.
    const rest = [...target.steps.map(s => s.repository), ...Object.keys(target.repositories).sort()];
    for (const repo of rest)
        if (!order.includes(repo) && differs(repo))
            order.push(repo);
    const notes = [];
    for (const repo of [...new Set([...Object.keys(state.deployed), ...Object.keys(state.uncertain ?? {})])]) {
        if (repo in target.repositories)
            continue;
        const at = (0,rollout_state/* possibleCommits */.m0)(state, repo).map(c => c.slice(0, 7));
        const where = inDoubt(repo) ? `it may be at ${at.join(' or ')} (a step of it did not finish)` : `it stays at ${at[0]}`;
        notes.push(`${repo} is not part of version ${target.version}; ${where} (remove it by hand if it must go)`);
    }
    if (order.length === 0 && newer.length === 0 && target.version === (state.version ?? 0))
        return { ...base, direction: 'none', parts: [], notes };
    const steps = order.map(repository => ({ repository, commit: target.repositories[repository] }));
    const part = {
        kind: 'rollback',
        version: target.version,
        repositories: { ...target.repositories },
        steps,
        pending: steps.map((s, i) => ({ kind: 'rollback', version: target.version, index: i + 1, total: steps.length, repository: s.repository, commit: s.commit })),
        done: [],
    };
    return { ...base, direction: 'rollback', parts: [part], notes };
}
/** Every step the plan will run, in order. */
function pendingSteps(plan) {
    return plan.parts.flatMap(p => p.pending);
}

// EXTERNAL MODULE: ./src/core/rollout/render.ts
var render = __webpack_require__(173);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/rollout/status.ts
var rollout_status = __webpack_require__(3119);
// EXTERNAL MODULE: ./src/jobs/status.ts
var jobs_status = __webpack_require__(2984);
;// CONCATENATED MODULE: ./src/jobs/apply-steps.ts










/** A failed step: the rollout stopped; `result` holds what this run did before it. */
class RolloutFailed extends errors/* LockstepError */.Cj {
    result;
    constructor(message, location, details, result) {
        super(message, location, details);
        this.result = result;
        this.name = 'RolloutFailed';
    }
}
async function loadRelease(options) {
    const { config, text, store: versions } = await options.releases.open(options.config, options.workspace);
    const display = config.file;
    const sections = (0,deploy_settings/* parseDeploySections */.VR)(text, display);
    const numbers = await versions.list();
    let target;
    const wanted = options.version?.trim();
    if (!wanted) {
        if (numbers.length === 0)
            throw new errors/* LockstepError */.Cj(`no version files in ${(0,external_node_path_.relative)(options.workspace, versions.dir) || versions.dir}`, { file: display });
        target = numbers[numbers.length - 1];
    }
    else if (/^[1-9][0-9]*$/.test(wanted)) {
        target = Number(wanted);
    }
    else {
        const m = /^([1-9][0-9]*)\.ya?ml$/.exec((0,external_node_path_.basename)(wanted));
        if (!m)
            throw new errors/* LockstepError */.Cj(`version: "${wanted}" is neither a version number nor a version file (versions/<N>.yaml)`);
        if ((0,external_node_path_.resolve)(options.workspace, wanted) !== (await versions.pathOf(Number(m[1])))) {
            throw new errors/* LockstepError */.Cj(`version: "${wanted}" is not in the versions folder of ${display} (${(0,external_node_path_.relative)(options.workspace, versions.dir)})`);
        }
        target = Number(m[1]);
    }
    return { config, sections, versions, target: await versions.read(target) };
}
/**
 * The version files a plan from `state` to `target` walks. Forward: every one from the
 * current version's (when it is still there) to the target's — a missing one in between is
 * an error here, naming its path. Backward: those still present between the two (a revert
 * removes the newer ones; the state remembers what they deployed).
 */
async function availableVersions(versions, workspace, state, target) {
    const map = new Map([[target.version, target]]);
    const current = state.version ?? 0;
    const present = new Set(await versions.list());
    const [low, high] = target.version > current ? [current, target.version] : [target.version, current];
    for (let n = Math.max(low, 1); n <= high; n++) {
        if (n === target.version)
            continue;
        if (present.has(n))
            map.set(n, await versions.read(n));
        else if (target.version > current && n > current) {
            throw new errors/* LockstepError */.Cj(`version ${n} is missing: going from version ${current} to ${target.version} deploys every version in between, in order; nothing was deployed`, { file: (0,external_node_path_.relative)(workspace, await versions.pathOf(n)) }, [`Restore versions/${n}.yaml from the release repository's history, or target version ${n - 1}.`]);
        }
    }
    return map;
}
function githubNames(config) {
    return Object.fromEntries(config.repositories.filter(r => r.github).map(r => [r.name, r.github]));
}
/** Computes the plan and changes nothing: no lock, no state written, no deployer called. */
async function planSteps(options, reporter) {
    const loaded = await loadRelease(options);
    const state = await options.store.load();
    const plan = planRollout({ state, available: await availableVersions(loaded.versions, options.workspace, state, loaded.target), target: loaded.target });
    // Deployer settings are checked when applying: a plan is often made where the deploy script is not given.
    const markdown = (0,render/* renderPlan */.EG)(plan, state, githubNames(loaded.config), options.serverUrl);
    reporter.info(markdown);
    reporter.summary(markdown);
    await summarizeStatus(loaded, options.store, reporter);
    return { from: plan.from, to: plan.to, direction: plan.direction, applied: [], plan: markdown };
}
/** Every repository the plan deploys has usable deployer settings — checked before the first step runs. */
function validateSettings(loaded, plan, inputs) {
    const settings = new Map();
    for (const step of pendingSteps(plan)) {
        if (!settings.has(step.repository))
            settings.set(step.repository, (0,deploy_settings/* deploySettingsFor */.qp)(loaded.config, loaded.sections, step.repository, inputs));
    }
    return settings;
}
/**
 * Brings `environment` to the target version: takes the environment's lock, plans from its
 * state, runs each pending step through its deployer and records it before moving on. A
 * failed step stops the rollout (RolloutFailed); the lock is released either way.
 */
async function applySteps(options, reporter) {
    const loaded = await loadRelease(options);
    const { store } = options;
    let planned;
    // Planned on the state as read under the hold, and before the hold is written: bad input
    // (a broken chain of versions, a repository in doubt, a missing deploy script) leaves the state untouched.
    const state = await store.acquire(options.holder, {
        breakLock: options.breakLock ?? false,
        reporter,
        check: async (current) => {
            const plan = planRollout({ state: current, available: await availableVersions(loaded.versions, options.workspace, current, loaded.target), target: loaded.target });
            planned = { plan, settings: validateSettings(loaded, plan, options.deploy) };
        },
    });
    const { plan, settings } = planned;
    const applied = [];
    /** The summary also shows the steps an earlier run finished, so a resumed rollout reads whole. */
    const rows = [];
    let result;
    try {
        const markdown = (0,render/* renderPlan */.EG)(plan, state, githubNames(loaded.config), options.serverUrl);
        result = { from: plan.from, to: plan.to, direction: plan.direction, applied, plan: markdown };
        reporter.info(markdown);
        for (const part of plan.parts) {
            for (const s of part.done)
                rows.push({ ...row(s), status: 'done earlier' });
            await store.beginVersion(part);
            for (const step of part.pending) {
                if (options.signal?.aborted) {
                    throw new RolloutFailed(`cancelled before ${(0,render/* describeStep */.Ey)(step)}: no further step was started`, {}, [RESUME], result);
                }
                const deployer = await options.deployers.for(settings.get(step.repository));
                const outcome = await reporter.group((0,render/* describeStep */.Ey)(step), () => runStep(step, deployer, state, options, reporter));
                if (!outcome.row.url)
                    delete outcome.row.url;
                applied.push(outcome.row);
                rows.push(outcome.row);
                if (outcome.failure) {
                    // The version file the step comes from (for a rollback: the target's, which names the commit).
                    const file = (0,external_node_path_.relative)(options.workspace, await loaded.versions.pathOf(part.version));
                    throw new RolloutFailed(outcome.failure.message, { file }, outcome.failure.details, result);
                }
            }
            await store.complete(part);
        }
        if (plan.direction === 'none')
            reporter.info(`${options.environment} is already at version ${plan.to}: nothing to do`);
        return result;
    }
    finally {
        reporter.summary(summaryTable(options.environment, result, rows));
        // A failed release must not hide why the rollout stopped; the hold then needs break-lock.
        await store.release().catch(e => reporter.warning(`could not release the hold on "${options.environment}": ${e.message}; the next run needs break-lock`));
        await summarizeStatus(loaded, store, reporter);
    }
}
/** The table `lockstep status` prints, for this environment as the run leaves it. */
async function summarizeStatus(loaded, store, reporter) {
    try {
        reporter.summary((0,rollout_status/* renderStatus */.LG)(await (0,jobs_status/* readStatus */.r)({ config: loaded.config, store: loaded.versions }, [store])));
    }
    catch (e) {
        reporter.warning(`the job summary has no status table: ${e.message}`);
    }
}
function row(step) {
    return { kind: step.kind, version: step.version, step: step.index, total: step.total, repository: step.repository, commit: step.commit, status: 'finished' };
}
async function runStep(step, deployer, state, options, reporter) {
    const started = Date.now();
    const last = (0,rollout_state/* lastAttempt */.mh)(state, step);
    let attempt = last ? last.attempt + 1 : 1;
    let ref;
    if (last?.status === 'starting') {
        // The runner died while asking the deployer to start: ask again as the same attempt
        // (CodeBuild's idempotency token then returns the build that may already run).
        attempt = last.attempt;
        reporter.warning(`${(0,render/* describeStep */.Ey)(step)}: an earlier run was starting this step when it stopped; starting it again as the same attempt`);
    }
    else if (last?.status === 'started') {
        if (last.ref && deployer.attach && last.ref.deployer === deployer.name) {
            ref = await deployer.attach(last.ref, step, { environment: options.environment, attempt: last.attempt, reporter, ...(options.signal ? { signal: options.signal } : {}) });
            if (ref)
                reporter.info(`re-attaching to ${ref.deployer} ${ref.id} started by an earlier run${ref.url ? ` (${ref.url})` : ''}`);
            else if (deployer.name === 'command')
                reporter.warning(`${(0,render/* describeStep */.Ey)(step)}: an earlier run started this step and stopped before its outcome was recorded; it runs again (command steps must be idempotent)`);
            else
                reporter.warning(`${(0,render/* describeStep */.Ey)(step)}: ${last.ref.deployer} ${last.ref.id} started by an earlier run cannot be found; starting the step again`);
            if (ref)
                attempt = last.attempt;
        }
        else {
            reporter.warning(`${(0,render/* describeStep */.Ey)(step)}: an earlier run started this step and stopped before its outcome was recorded; the ${deployer.name} deployer cannot re-attach, so it runs again (command steps must be idempotent)`);
        }
    }
    const ctx = { environment: options.environment, attempt, reporter, ...(options.signal ? { signal: options.signal } : {}) };
    const base = row(step);
    try {
        if (!ref) {
            await options.store.begin(step, attempt);
            ref = await deployer.start(step, ctx);
            await options.store.recordStarted(step, ref);
            reporter.info(`${deployer.name}: started ${ref.id}${ref.url ? ` ${ref.url}` : ''}`);
        }
        const outcome = await deployer.wait(ref, step, ctx);
        const url = outcome.url ?? ref.url;
        if (outcome.ok) {
            await options.store.recordFinished(step, url);
            return { row: { ...base, status: 'finished', durationMs: Date.now() - started, url } };
        }
        if (outcome.cancelled) {
            await options.store.recordCancelled(step, url);
            return {
                row: { ...base, status: 'cancelled', durationMs: Date.now() - started, url },
                failure: { message: failureMessage(step, deployer, 'was cancelled'), details: [...(url ? [url] : []), ...(outcome.log ?? []), CANCELLED] },
            };
        }
        await options.store.recordFailed(step, url);
        return {
            row: { ...base, status: 'failed', durationMs: Date.now() - started, url },
            failure: { message: failureMessage(step, deployer), details: [...(url ? [url] : []), ...(outcome.log ?? []), RESUME] },
        };
    }
    catch (e) {
        // A lost hold writes nothing more: the state is the new holder's.
        if (e instanceof RolloutFailed || e instanceof lock/* HoldLost */.oc)
            throw e;
        await options.store.recordFailed(step, ref?.url).catch(() => undefined);
        const reason = (0,errors/* isLockstepError */.sq)(e) ? [e.message, ...e.details] : [e?.message ?? String(e)];
        return {
            row: { ...base, status: 'failed', durationMs: Date.now() - started, ...(ref?.url ? { url: ref.url } : {}) },
            failure: { message: failureMessage(step, deployer), details: [...reason, RESUME] },
        };
    }
}
const RESUME = 'Re-run to resume at this step; steps that finished are not deployed again.';
const CANCELLED = `The step may have gone out in part: ${RESUME.charAt(0).toLowerCase()}${RESUME.slice(1)} (this one is deployed again).`;
function failureMessage(step, deployer, ending = 'failed') {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total} ${ending}: ${step.repository} at ${step.commit} (${deployer.name} deployer)`;
}
function duration(ms) {
    if (ms === undefined)
        return '';
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function summaryTable(environment, result, applied) {
    const head = result ? `### apply-steps: ${(0,markdown/* plain */.pj)(environment)} → version ${result.to}` : `### apply-steps: ${(0,markdown/* plain */.pj)(environment)}`;
    if (applied.length === 0)
        return `${head}\n\nNo step ran.\n`;
    const icon = { finished: '✅ finished', failed: '❌ failed', cancelled: '🛑 cancelled', 'done earlier': '⏭️ done earlier' };
    const rows = applied.map(a => [
        a.kind === 'rollback' ? `rollback to ${a.version}` : String(a.version),
        `${a.step}/${a.total}`,
        (0,markdown/* plain */.pj)(a.repository),
        (0,markdown/* code */.aY)(a.commit.slice(0, 7)),
        icon[a.status],
        duration(a.durationMs),
        a.url ? `[log](${a.url})` : '',
    ]);
    return `${head}\n\n${(0,markdown/* table */.tp)(['version', 'step', 'repository', 'commit', 'status', 'duration', 'link'], rows)}\n`;
}


/***/ }),

/***/ 2984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readStatus)
/* harmony export */ });
/* harmony import */ var _core_rollout_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3119);

/**
 * Where every environment stands against the release repository's version files: the state of
 * each store, the version numbers that exist, and the newest version's held-back pull requests.
 */
async function readStatus(release, stores) {
    const [states, versions, newest] = await Promise.all([Promise.all(stores.map(s => s.load())), release.store.list(), release.store.latest()]);
    return (0,_core_rollout_status_js__WEBPACK_IMPORTED_MODULE_0__/* .productStatus */ .yh)(states, versions, newest, release.config.repositories.map(r => r.name));
}


/***/ })

};
