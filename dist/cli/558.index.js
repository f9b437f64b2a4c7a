export const id = 558;
export const ids = [558];
export const modules = {

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bootstrapCommand: () => (/* binding */ bootstrapCommand),
/* harmony export */   resolveCommand: () => (/* binding */ resolveCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _composition_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6667);
/* harmony import */ var _composition_releases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6222);
/* harmony import */ var _jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3179);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);





function source(kind, reporter) {
    const s = kind ?? 'git';
    if (s !== 'git' && s !== 'github')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--source: "${s}" is not git or github`);
    return (0,_composition_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .pullSource */ .l1)(s, (0,_composition_github_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubAccess */ .gz)(process.env.GITHUB_TOKEN, '--source github needs a token in GITHUB_TOKEN', reporter));
}
const resolveCommand = {
    name: 'resolve',
    summary: 'plan the next version file from the PRs merged since the last one',
    usage: [
        'usage: lockstep resolve [--config release.yaml] [--source git|github] [--on-unmerged hold|fail] [--write]',
        '',
        'Reads the PRs merged into every repository of the release config since the newest version',
        'file, resolves their dependency blocks and prints the steps of the next version.',
        '  --config       release config (default release.yaml)',
        '  --source       git: local clones from each repository\'s path (default); github: the API (GITHUB_TOKEN)',
        '  --on-unmerged  hold (default): hold back PRs whose dependency is not merged; fail: stop',
        '  --write        write versions/<N>.yaml (otherwise only print the plan)',
    ].join('\n'),
    async run(argv, reporter) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, {
            config: { type: 'string' },
            source: { type: 'string' },
            'on-unmerged': { type: 'string' },
            write: { type: 'boolean' },
        });
        const onUnmerged = values['on-unmerged'] ?? 'hold';
        if (onUnmerged !== 'hold' && onUnmerged !== 'fail')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`--on-unmerged: "${onUnmerged}" is not hold or fail`);
        const result = await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDeps */ .J)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), releases: (0,_composition_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .releases */ .D8)(), source: source(values.source, reporter), onUnmerged, write: values.write ?? false }, reporter);
        if (result.changed && !values.write)
            reporter.info(`(not written: run with --write to create ${result.versionFile})`);
        return 0;
    },
};
const bootstrapCommand = {
    name: 'bootstrap',
    summary: 'write version 1, pinning every repository at its current head',
    usage: [
        'usage: lockstep bootstrap [--config release.yaml] [--source git|github]',
        '',
        'Adopting Lockstep starts here: version 1 names each repository\'s branch head and deploys',
        'them in config order. Refused when a version file already exists.',
    ].join('\n'),
    async run(argv, reporter) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, { config: { type: 'string' }, source: { type: 'string' } });
        await (0,_jobs_resolve_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .bootstrap */ .N)({ config: values.config ?? 'release.yaml', workspace: process.cwd(), releases: (0,_composition_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .releases */ .D8)(), source: source(values.source, reporter), write: true }, reporter);
        return 0;
    },
};


/***/ }),

/***/ 3179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ bootstrap),
  J: () => (/* binding */ resolveDeps)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/deps/extract.ts
var extract = __webpack_require__(751);
// EXTERNAL MODULE: ./src/core/deps/plan.ts
var deps_plan = __webpack_require__(611);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/core/deps/render.ts

const render_short = (commit) => commit.slice(0, 7);
/** Beyond this a Mermaid diagram is unreadable, and GitHub refuses to render very large ones. */
const MAX_DRAWN_EDGES = 300;
/** The plan as plain text lines for a terminal or a log. */
function planText(steps, held) {
    const lines = steps.length ? steps.map((s, i) => `  ${i + 1}. ${s.repository} → ${s.commit}`) : ['  (no steps: nothing to release)'];
    if (held.length)
        lines.push('held back:', ...held.map(h => `  ${h.repository}#${h.number}: ${h.reason}`));
    return lines;
}
/** Job summary: steps table, held PRs with reasons, and the dependency graph for GitHub to draw. */
function summaryMarkdown(version, steps, held, windows, plan) {
    const parts = [];
    parts.push(version === undefined ? '## resolve-deps: nothing to release' : `## resolve-deps: version ${version}`);
    if (steps.length) {
        parts.push((0,markdown/* table */.tp)(['#', 'repository', 'commit'], steps.map((s, i) => [String(i + 1), (0,markdown/* plain */.pj)(s.repository), (0,markdown/* code */.aY)(render_short(s.commit))])));
    }
    if (held.length) {
        parts.push(['### Held back', '', (0,markdown/* table */.tp)(['pull request', 'reason'], held.map(h => [`${(0,markdown/* plain */.pj)(h.repository)}#${h.number}`, (0,markdown/* plain */.pj)(h.reason)]))].join('\n'));
    }
    if (plan.edges.length > MAX_DRAWN_EDGES) {
        parts.push(`### Dependencies\n\n${plan.edges.length} dependencies: too many to draw (GitHub renders diagrams up to a few hundred edges).`);
    }
    else {
        const graph = mermaidGraph(windows, plan);
        if (graph)
            parts.push(['### Dependencies', '', '```mermaid', graph, '```'].join('\n'));
    }
    return parts.join('\n\n');
}
/**
 * The dependencies among this release's PRs, one box per repository, arrows in deployment
 * order (target → dependent). Only PRs that take part in a dependency are drawn.
 */
function mermaidGraph(windows, plan) {
    if (plan.edges.length === 0)
        return undefined;
    const ids = new Map();
    const key = (repository, index) => `${repository}\u0000${index}`;
    for (const e of plan.edges)
        for (const end of [e.to, e.from])
            if (!ids.has(key(end.repository, end.index)))
                ids.set(key(end.repository, end.index), '');
    const heldSet = new Set(plan.held.map(h => key(h.repository, h.index)));
    const lines = ['graph LR'];
    let n = 0;
    windows.forEach((w, r) => {
        const members = w.changes.map((_, i) => i).filter(i => ids.has(key(w.repository, i)));
        if (!members.length)
            return;
        lines.push(`  subgraph r${r}["${label(w.repository)}"]`);
        for (const i of members) {
            const id = `n${n++}`;
            ids.set(key(w.repository, i), id);
            const c = w.changes[i];
            const text = c.pull !== undefined ? `#${c.pull}${c.title ? ` ${c.title}` : ''}` : render_short(c.commit);
            lines.push(`    ${id}["${label(text)}"]`);
        }
        lines.push('  end');
    });
    for (const e of plan.edges) {
        const from = ids.get(key(e.from.repository, e.from.index));
        const to = ids.get(key(e.to.repository, e.to.index));
        lines.push(e.isCompatible ? `  ${to} --> ${from}` : `  ${to} -. "is_compatible: false" .-> ${from}`);
    }
    const heldIds = [...heldSet].map(k => ids.get(k)).filter((id) => !!id);
    if (heldIds.length)
        lines.push('  classDef held stroke-dasharray: 5 5,opacity:0.6', `  class ${heldIds.join(',')} held`);
    return lines.join('\n');
}
/** Mermaid labels are quoted strings: keep quotes and markup out. */
function label(text) {
    return text.replace(/["<>`]/g, "'").slice(0, 60);
}

;// CONCATENATED MODULE: ./src/core/deps/version.ts
/**
 * The next version file, or undefined when no repository moves. `added` are repositories
 * new to the release config: they are pinned at their head and deployed first (nothing
 * released can depend on them yet). `overrides` are the release-config overrides applied to
 * PRs of these windows, recorded so that a reader sees why a PR's own block was not followed.
 */
function nextVersion(last, windows, plan, added = [], overrides = []) {
    if (plan.steps.length === 0 && added.length === 0)
        return undefined;
    const repositories = {};
    const pulls = {};
    const addedNames = new Set(added.map(a => a.repository));
    for (const w of windows) {
        if (addedNames.has(w.repository))
            continue;
        const n = plan.final[w.repository];
        repositories[w.repository] = n === 0 ? w.released : w.changes[n - 1].commit;
        const delivered = w.changes
            .slice(0, n)
            .filter(c => c.pull !== undefined)
            .map(c => (c.title === undefined ? { number: c.pull } : { number: c.pull, title: c.title }));
        if (delivered.length)
            pulls[w.repository] = delivered;
    }
    for (const a of added)
        repositories[a.repository] = a.head;
    const steps = [...added.map(a => ({ repository: a.repository, commit: a.head })), ...plan.steps];
    const held = plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull, reason: h.reason }));
    const version = { version: last.version + 1, previous: last.version, repositories, steps };
    if (Object.keys(pulls).length)
        version.pulls = pulls;
    if (held.length)
        version.held = held;
    if (overrides.length)
        version.overrides = [...overrides];
    return version;
}
/** Version 1: every repository at its current head, deployed in config order. */
function bootstrapVersion(heads) {
    return {
        version: 1,
        repositories: Object.fromEntries(heads.map(h => [h.repository, h.head])),
        steps: heads.map(h => ({ repository: h.repository, commit: h.head })),
    };
}

;// CONCATENATED MODULE: ./src/jobs/resolve-deps.ts







/**
 * The next version file from the PRs merged since the newest one: reads every repository's
 * window, parses the dependency blocks, plans the release and (when asked) writes it. A cycle,
 * a malformed block or a missing target stops it before anything is written.
 */
async function resolveDeps(options, reporter) {
    const { ctx, last } = await options.releases.latest(options.config, options.workspace);
    const { config, store } = ctx;
    const configured = new Set(config.repositories.map(r => r.name));
    for (const name of Object.keys(last.repositories)) {
        if (!configured.has(name))
            reporter.warning(`repository "${name}" is in version ${last.version} but no longer in the release config: the next version leaves it out`, { file: config.file });
    }
    // A repository the newest version does not name is adopted: pinned at its branch head, deployed first.
    const adopted = new Set(config.repositories.filter(r => last.repositories[r.name] === undefined).map(r => r.name));
    const source = await options.source(ctx);
    const windows = await reporter.group('Reading merged pull requests', async () => {
        const read = await source.windows(config.repositories.map(repo => ({ repo, released: last.repositories[repo.name] })));
        for (const w of read) {
            if (adopted.has(w.repository))
                reporter.info(`${w.repository}: not in version ${last.version}: adopted at its head ${w.head.slice(0, 7)}`);
            else
                reporter.info(`${w.repository}: ${w.changes.length} change(s) since ${w.released.slice(0, 7)} (head ${w.head.slice(0, 7)})`);
        }
        return read;
    });
    const extraction = (0,extract/* extractDependencies */.xx)(windows, config.repositories, config.overrides, config.file);
    for (const w of extraction.warnings)
        reporter.warning(w.message, w.location);
    if (extraction.errors.length)
        throw extraction.errors.length === 1 ? extraction.errors[0] : new errors/* LockstepErrors */.hz(extraction.errors);
    // Every repository has a window (an adopted one: empty, released at its head), so a PR of an
    // adopted repository counts only when its head contains it, like any released PR.
    const byName = new Map(config.repositories.map(r => [r.name, r]));
    const targets = (0,extract/* outsideTargets */.kU)(windows, extraction.dependencies).flatMap(t => {
        const repo = byName.get(t.repository);
        return repo ? [{ repo, number: t.number }] : [];
    });
    const outside = targets.length ? await source.lookup(targets, windows) : new Map();
    const plan = (0,deps_plan/* planRelease */.F3)({ windows, dependencies: extraction.dependencies, outside, onUnmerged: options.onUnmerged, budget: options.budget });
    if (!plan.optimal)
        reporter.warning('the exact step search ran out of budget: the steps come from a beam and neighbourhood search and may not be the fewest');
    const added = windows.filter(w => adopted.has(w.repository)).map(w => ({ repository: w.repository, head: w.head }));
    const drafted = nextVersion(last, windows, plan, added, extraction.overrides);
    const version = drafted && inConfigOrder(drafted, config);
    const steps = version?.steps ?? [];
    const held = heldPulls(plan);
    reporter.summary([summaryMarkdown(version?.version, steps, held, windows, plan), ...adoptionMarkdown(added, last.version)].join('\n\n'));
    await reporter.group(version ? `Version ${version.version}` : 'Nothing to release', async () => {
        for (const line of planText(steps, held))
            reporter.info(line);
    });
    for (const h of held)
        reporter.warning(`${h.repository}#${h.number} held back: ${h.reason}`);
    if (!version)
        return { changed: false, steps, held };
    const target = (0,external_node_path_.relative)(options.workspace, (0,external_node_path_.resolve)(store.dir, `${version.version}.yaml`));
    if (!options.write)
        return { changed: true, version, versionFile: target, steps, held };
    const written = await store.write(version);
    reporter.info(`wrote ${(0,external_node_path_.relative)(options.workspace, written)}`);
    return { changed: true, version, versionFile: (0,external_node_path_.relative)(options.workspace, written), steps, held };
}
/** The notice a reader of the summary needs: which repositories this version starts deploying, and from where. */
function adoptionMarkdown(added, previous) {
    if (!added.length)
        return [];
    return [
        `### Adopted\n\nNot in version ${previous}: pinned at the branch head, deployed first. A dependency on one of their PRs counts only when that head contains it.`,
        (0,markdown/* table */.tp)(['repository', 'head'], added.map(a => [(0,markdown/* plain */.pj)(a.repository), (0,markdown/* code */.aY)(a.head.slice(0, 7))])),
    ];
}
function heldPulls(plan) {
    return plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull, reason: h.reason }));
}
function inConfigOrder(v, config) {
    const repositories = Object.fromEntries(config.repositories.filter(r => r.name in v.repositories).map(r => [r.name, v.repositories[r.name]]));
    return { ...v, repositories };
}
/** Version 1: pins every repository's current head, deployed in config order. Refuses when versions exist. */
async function bootstrap(options, reporter) {
    const ctx = await options.releases.open(options.config, options.workspace);
    const existing = await ctx.store.list();
    if (existing.length) {
        throw new errors/* LockstepError */.Cj(`version ${existing[existing.length - 1]} already exists: bootstrap only writes version 1 (use resolve)`, { file: ctx.config.file });
    }
    const heads = await (await options.source(ctx)).heads(ctx.config.repositories);
    const version = bootstrapVersion(ctx.config.repositories.map((r, i) => ({ repository: r.name, head: heads[i] })));
    for (const line of planText(version.steps, []))
        reporter.info(line);
    reporter.summary(['## resolve-deps: version 1 (bootstrap)', '', (0,markdown/* table */.tp)(['#', 'repository', 'commit'], version.steps.map((s, i) => [String(i + 1), (0,markdown/* plain */.pj)(s.repository), (0,markdown/* code */.aY)(s.commit.slice(0, 7))]))].join('\n'));
    const target = (0,external_node_path_.relative)(options.workspace, (0,external_node_path_.resolve)(ctx.store.dir, '1.yaml'));
    if (!options.write)
        return { changed: true, version, versionFile: target, steps: version.steps, held: [] };
    const written = await ctx.store.write(version);
    reporter.info(`wrote ${(0,external_node_path_.relative)(options.workspace, written)}`);
    return { changed: true, version, versionFile: (0,external_node_path_.relative)(options.workspace, written), steps: version.steps, held: [] };
}


/***/ })

};
