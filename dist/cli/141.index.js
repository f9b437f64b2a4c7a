export const id = 141;
export const ids = [141];
export const modules = {

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

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ reduce),
/* harmony export */   gY: () => (/* binding */ appliedVersion),
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
    const next = { ...state, deployed: { ...state.deployed }, versions: state.versions.map(v => ({ ...v, finished: [...v.finished] })), records: [...state.records] };
    switch (event.type) {
        case 'begin-version': {
            if (event.kind === 'deploy' && !appliedVersion(next, event.version, event.steps)) {
                // A version number whose content changed (written again after a revert) starts over.
                next.versions = next.versions.filter(v => v.version !== event.version);
                next.versions.push({ version: event.version, repositories: { ...event.repositories }, steps: event.steps.map(s => ({ ...s })), finished: [] });
            }
            return next;
        }
        case 'starting':
            next.records.push({ ...stepFields(event.step), attempt: event.attempt, status: 'starting', startedAt: event.at });
            return next;
        case 'started': {
            const i = lastIndex(next, event.step);
            const ref = event.ref ? { ref: event.ref } : {};
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, status: 'started', ...ref, startedAt: event.at });
            else
                next.records[i] = { ...next.records[i], status: 'started', ...ref };
            return next;
        }
        case 'finished':
        case 'failed': {
            const i = lastIndex(next, event.step);
            const status = event.type;
            const done = { status, finishedAt: event.at, ...(event.url ? { url: event.url } : {}) };
            if (i < 0)
                next.records.push({ ...stepFields(event.step), attempt: 1, startedAt: event.at, ...done });
            else
                next.records[i] = { ...next.records[i], ...done };
            if (status === 'finished') {
                next.deployed[event.step.repository] = event.step.commit;
                if (event.step.kind === 'deploy') {
                    const v = [...next.versions].reverse().find(a => a.version === event.step.version);
                    if (v && !v.finished.includes(event.step.index))
                        v.finished.push(event.step.index);
                }
            }
            return next;
        }
        case 'complete':
            next.version = event.version;
            // A rollback undoes every newer version: they no longer count as applied.
            if (event.kind === 'rollback')
                next.versions = next.versions.filter(v => v.version <= event.version);
            return next;
        case 'lock':
            next.lock = { ...event.lock };
            return next;
        case 'unlock':
            delete next.lock;
            return next;
    }
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

/***/ 5141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ applySteps),
  Dv: () => (/* binding */ planSteps)
});

// UNUSED EXPORTS: RolloutFailed

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/release-repo.ts + 3 modules
var release_repo = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rollout/deploy-settings.ts
var deploy_settings = __webpack_require__(3322);
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
    if (target.version > current) {
        refuseAfterHalfRollback(state, target.version);
        const numbers = [...available.keys()].filter(n => n > current && n <= target.version).sort((a, b) => a - b);
        const parts = numbers.map(n => forwardPart(state, available.get(n)));
        return { ...base, direction: 'forward', parts };
    }
    return backward(state, target, base);
}
/**
 * A rollback that stopped partway leaves some repositories at the older version and some at
 * the newer one. Going forward from there would deploy only the pending versions' steps and
 * leave the reverted repositories behind, so the rollback has to be finished first.
 */
function refuseAfterHalfRollback(state, target) {
    const last = state.records.at(-1);
    if (!last || last.kind !== 'rollback' || last.version === state.version)
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
    const differs = (repo) => repo in target.repositories && state.deployed[repo] !== undefined && state.deployed[repo] !== target.repositories[repo];
    // Most recent deployment first: walk the newer versions' finished steps backwards.
    const order = [];
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
    for (const [repo, commit] of Object.entries(state.deployed)) {
        if (!(repo in target.repositories)) {
            notes.push(`${repo} is not part of version ${target.version}; it stays at ${commit.slice(0, 7)} (remove it by hand if it must go)`);
        }
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

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/core/rollout/render.ts

const render_short = (commit) => (commit ? commit.slice(0, 7) : '—');
function describeStep(step) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total}: ${step.repository}@${render_short(step.commit)}`;
}
/**
 * The plan as markdown: the versions in order, each with its steps, and per repository a
 * compare link from the commit live now to the commit it ends at (when its GitHub
 * repository is known). This is what the release workflow posts on the staging → production PR.
 */
function renderPlan(plan, state, github = {}) {
    const env = (0,markdown/* plain */.pj)(plan.environment);
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
            const rows = part.steps.map((s, i) => [`${i + 1}/${part.steps.length}`, (0,markdown/* plain */.pj)(s.repository), (0,markdown/* code */.aY)(render_short(s.commit)), done.has(i + 1) ? 'done earlier' : 'pending']);
            lines.push((0,markdown/* table */.tp)(['step', 'repository', 'commit', 'status'], rows), '');
        }
    }
    const changes = repositoryChanges(plan, state);
    if (changes.length > 0) {
        lines.push('#### Changes per repository', '');
        for (const { repository, from: a, to: b } of changes) {
            const gh = github[repository];
            const link = gh && a ? ` ([compare](https://github.com/${gh}/compare/${a}...${b}))` : '';
            lines.push(`- ${(0,markdown/* plain */.pj)(repository)}: ${(0,markdown/* code */.aY)(render_short(a))} → ${(0,markdown/* code */.aY)(render_short(b))}${link}`);
        }
        lines.push('');
    }
    for (const note of plan.notes)
        lines.push(`> ${(0,markdown/* plain */.pj)(note)}`, '');
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
    const { config, text, store: versions } = await (0,release_repo/* openRelease */.g)(options.config, options.workspace);
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
/** The version files a plan from `state` to `target` may need: every one after the last version reached. */
async function availableVersions(versions, state, target) {
    const map = new Map([[target.version, target]]);
    const current = state.version ?? 0;
    for (const n of await versions.list()) {
        if (n > current && n < target.version)
            map.set(n, await versions.read(n));
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
    const plan = planRollout({ state, available: await availableVersions(loaded.versions, state, loaded.target), target: loaded.target });
    // Deployer settings are checked when applying: a plan is often made where the deploy script is not given.
    const markdown = renderPlan(plan, state, githubNames(loaded.config));
    reporter.info(markdown);
    reporter.summary(markdown);
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
    const state = await store.acquire(options.holder, { breakLock: options.breakLock ?? false, reporter });
    const applied = [];
    /** The summary also shows the steps an earlier run finished, so a resumed rollout reads whole. */
    const rows = [];
    let result;
    try {
        const plan = planRollout({ state, available: await availableVersions(loaded.versions, state, loaded.target), target: loaded.target });
        const settings = validateSettings(loaded, plan, options.deploy);
        const markdown = renderPlan(plan, state, githubNames(loaded.config));
        result = { from: plan.from, to: plan.to, direction: plan.direction, applied, plan: markdown };
        reporter.info(markdown);
        for (const part of plan.parts) {
            for (const s of part.done)
                rows.push({ ...row(s), status: 'done earlier' });
            await store.beginVersion(part);
            for (const step of part.pending) {
                const deployer = options.deployers.for(settings.get(step.repository));
                const outcome = await reporter.group(describeStep(step), () => runStep(step, deployer, state, options, reporter));
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
        reporter.warning(`${describeStep(step)}: an earlier run was starting this step when it stopped; starting it again as the same attempt`);
    }
    else if (last?.status === 'started') {
        if (last.ref && deployer.attach && last.ref.deployer === deployer.name) {
            ref = await deployer.attach(last.ref, step, { environment: options.environment, attempt: last.attempt, reporter });
            if (ref)
                reporter.info(`re-attaching to ${ref.deployer} ${ref.id} started by an earlier run${ref.url ? ` (${ref.url})` : ''}`);
            else
                reporter.warning(`${describeStep(step)}: ${last.ref.deployer} ${last.ref.id} started by an earlier run cannot be found; starting the step again`);
            if (ref)
                attempt = last.attempt;
        }
        else {
            reporter.warning(`${describeStep(step)}: an earlier run started this step and stopped before its outcome was recorded; the ${deployer.name} deployer cannot re-attach, so it runs again (command steps must be idempotent)`);
        }
    }
    const ctx = { environment: options.environment, attempt, reporter };
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
        await options.store.recordFailed(step, url);
        return {
            row: { ...base, status: 'failed', durationMs: Date.now() - started, url },
            failure: { message: failureMessage(step, deployer), details: [...(url ? [url] : []), ...(outcome.log ?? []), RESUME] },
        };
    }
    catch (e) {
        if (e instanceof RolloutFailed)
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
function failureMessage(step, deployer) {
    const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
    return `${what}, step ${step.index}/${step.total} failed: ${step.repository} at ${step.commit} (${deployer.name} deployer)`;
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
    const icon = { finished: '✅ finished', failed: '❌ failed', 'done earlier': '⏭️ done earlier' };
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


/***/ })

};
