export const id = 121;
export const ids = [121,389];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFileExclusive: () => (/* binding */ createFileExclusive),
/* harmony export */   isSymbolicLink: () => (/* binding */ isSymbolicLink),
/* harmony export */   listFiles: () => (/* binding */ listFiles),
/* harmony export */   readFileAndMode: () => (/* binding */ readFileAndMode),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A fresh temp file name in `path`'s folder (the same filesystem, so rename and link work). */
function tempBeside(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * a temp file in the same folder (same filesystem), then rename over the target. `mode`,
 * when given, is set before the rename: a rendered script is never seen not executable.
 */
async function writeFileAtomic(path, data, mode) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
        if (mode !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(tmp, mode);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw e;
    }
}
/**
 * Creates `path` with `data`, complete or not at all, and only if nothing is there yet: the
 * bytes go to a temp file that is then hard-linked to `path` (link(2) fails with EEXIST
 * instead of replacing, which rename(2) would do). Returns false when `path` already exists.
 */
async function createFileExclusive(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(tmp, path);
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
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
        s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path));
    }
    catch {
        return out;
    }
    if (!s.isDirectory())
        return [path];
    const dirs = [path];
    while (dirs.length > 0) {
        const dir = dirs.pop();
        for (const d of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true })) {
            if (d.name === '.git')
                continue;
            const child = dir === '.' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                dirs.push(child);
            else if (d.isFile())
                out.push(child);
            else if (d.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, child)).catch(() => undefined))?.isFile())
                out.push(child);
        }
    }
    return out;
}
/** A file's bytes and mode, through symbolic links. */
async function readFileAndMode(path) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    return { bytes, mode };
}
async function isSymbolicLink(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isSymbolicLink();
}


/***/ }),

/***/ 5121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exampleCommand: () => (/* binding */ exampleCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/adapters/git/git.ts
var git = __webpack_require__(6619);
// EXTERNAL MODULE: ./src/composition/github.ts
var github = __webpack_require__(6667);
// EXTERNAL MODULE: ./src/composition/hash-tag.ts
var hash_tag = __webpack_require__(5741);
// EXTERNAL MODULE: ./src/composition/releases.ts
var releases = __webpack_require__(6222);
// EXTERNAL MODULE: ./src/composition/rollout.ts + 2 modules
var rollout = __webpack_require__(7487);
// EXTERNAL MODULE: ./src/jobs/apply-steps.ts + 2 modules
var apply_steps = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/jobs/hash-tag.ts + 5 modules
var jobs_hash_tag = __webpack_require__(5508);
// EXTERNAL MODULE: ./src/jobs/resolve-deps.ts + 2 modules
var resolve_deps = __webpack_require__(3179);
// EXTERNAL MODULE: ./src/core/commit.ts
var commit = __webpack_require__(1810);
;// CONCATENATED MODULE: ./src/example/repo.ts




/** Identity and settings for the example's commits, whatever the machine's git config says. */
const IDENTITY = ['-c', 'user.name=Lockstep Example', '-c', 'user.email=example@lockstep.invalid', '-c', 'commit.gpgsign=false'];
/**
 * A real git repository the example writes to, with the histories GitHub produces: merge
 * commits (`Merge pull request #N from owner/branch`, title, then the PR description).
 */
class ExampleRepo {
    name;
    dir;
    branch;
    constructor(name, dir, branch) {
        this.name = name;
        this.dir = dir;
        this.branch = branch;
    }
    static async create(name, dir, branch = 'main') {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,git/* git */.$)(dir, ['init', '-q', '-b', branch]);
        return new ExampleRepo(name, dir, branch);
    }
    async write(files, mode) {
        for (const [path, content] of Object.entries(files)) {
            const full = (0,external_node_path_.join)(this.dir, path);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(full), { recursive: true });
            await (0,promises_.writeFile)(full, content);
            if (mode !== undefined)
                await (0,promises_.chmod)(full, mode);
        }
        return this;
    }
    async remove(path) {
        await (0,promises_.rm)((0,external_node_path_.join)(this.dir, path), { recursive: true, force: true });
        return this;
    }
    /** Stages everything and commits; returns the commit id. */
    async commit(message) {
        await (0,git/* git */.$)(this.dir, ['add', '-A']);
        await (0,git/* git */.$)(this.dir, [...IDENTITY, 'commit', '-q', '--allow-empty', '-F', '-'], { input: message });
        return this.head();
    }
    async head() {
        const { stdout } = await (0,git/* git */.$)(this.dir, ['rev-parse', 'HEAD']);
        return (0,commit/* assertCommitId */.h)(stdout.trim(), `${this.name} HEAD`);
    }
    /**
     * A pull request merged the way GitHub's merge button does: a topic branch with one commit,
     * merged with --no-ff under GitHub's subject, the title and the description. Returns the
     * merge commit.
     */
    async mergePull(pull) {
        const topic = `pr-${pull.number}`;
        await (0,git/* git */.$)(this.dir, ['checkout', '-q', '-b', topic]);
        await this.write(pull.files);
        for (const path of pull.remove ?? [])
            await this.remove(path);
        await this.commit(pull.title);
        await (0,git/* git */.$)(this.dir, ['checkout', '-q', this.branch]);
        const message = `Merge pull request #${pull.number} from acme/${topic}\n\n${pull.title}${pull.body ? `\n\n${pull.body}` : ''}\n`;
        // An argument vector, never a shell: the title and description are passed as they are.
        await (0,git/* git */.$)(this.dir, [...IDENTITY, 'merge', '-q', '--no-ff', '-m', message, topic]);
        await (0,git/* git */.$)(this.dir, ['branch', '-q', '-D', topic]);
        return this.head();
    }
}

;// CONCATENATED MODULE: ./src/example/product.ts



const RELEASE_YAML = `# yaml-language-server: $schema=https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/release.schema.json
# The acme product: three repositories released together. The example reads them from local
# clones (source: git); on GitHub, give each one \`github: owner/repo\` instead.
versions: versions
repositories:
  infra: { path: ../infra, branch: main }
  api: { path: ../api, branch: main }
  web: { path: ../web, branch: main }
`;
const IMAGES_YAML = `# yaml-language-server: $schema=https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/images.schema.json
registry: registry.example/acme
images:
  jvm-base:
    context: images/jvm-base
  api:
    context: services/api
    base: [jvm-base]
    build-args: { JAVA_OPTS: "-Xmx1g" }
  worker:
    context: services/worker
    base: [jvm-base]
`;
const jvmBase = (patch) => `FROM eclipse-temurin:21.0.${patch}-jre\nRUN useradd --system --uid 10001 app\nUSER app\n`;
const service = (name) => `ARG JVM_BASE_IMAGE=registry.example/acme/jvm-base:latest
FROM \${JVM_BASE_IMAGE}
COPY src/ /app/
CMD ["java", "-cp", "/app", "${name}"]
`;
const manifest = (name, replicas) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: ${name}
          image: {{ image "${name}" }}
`;
const javaMain = (cls, line) => `public class ${cls} {\n  public static void main(String[] args) {\n    ${line}\n  }\n}\n`;
/** What each repository holds when Lockstep is adopted (version 1 pins these heads). */
const INITIAL = {
    infra: {
        'README.md': '# infra\n\nTerraform for the acme product.\n',
        'terraform/main.tf': 'terraform {\n  required_version = ">= 1.6"\n}\n',
        'terraform/compute.tf': 'resource "aws_batch_compute_environment" "jobs_v1" {\n  compute_environment_name = "jobs-v1"\n  type                     = "MANAGED"\n}\n',
    },
    api: {
        'README.md': '# api\n\nThe API server and the batch worker, on one JVM base image.\n',
        'images.yaml': IMAGES_YAML,
        'images/jvm-base/Dockerfile': jvmBase('4'),
        'services/api/Dockerfile': service('Api'),
        'services/api/src/Api.java': javaMain('Api', 'System.out.println("api: serving");'),
        'services/worker/Dockerfile': service('Worker'),
        'services/worker/src/Worker.java': javaMain('Worker', 'System.out.println("worker: idle");'),
        'deploy/api.yaml': manifest('api', 2),
        'deploy/worker.yaml': manifest('worker', 1),
    },
    web: {
        'README.md': '# web\n\nThe acme web front end.\n',
        'src/app.js': 'export const jobsEndpoint = "/v1/jobs";\n',
    },
};
/**
 * Merged before version 2 is cut. api#87 needs infra#41 (the queue must exist before the API
 * reads it); web#23 must not ship together with infra#42: the web stops using the old compute
 * environment only after the new one exists and the old one's jobs drained.
 */
const FIRST_WAVE = [
    [
        'infra',
        {
            number: 41,
            title: 'Add the jobs queue',
            body: 'Creates the SQS queue the API will publish batch jobs to, and exports JOBS_QUEUE_URL.',
            files: { 'terraform/queue.tf': 'resource "aws_sqs_queue" "jobs" {\n  name = "acme-jobs"\n}\n\noutput "jobs_queue_url" {\n  value = aws_sqs_queue.jobs.url\n}\n' },
        },
    ],
    [
        'api',
        {
            number: 87,
            title: 'Publish batch jobs to the queue',
            body: 'Reads JOBS_QUEUE_URL, which infra#41 adds.\n\n# dependency\n- pull: infra#41\n  is_compatible: true\n',
            files: { 'services/api/src/Api.java': javaMain('Api', 'System.out.println("api: serving, jobs to " + System.getenv("JOBS_QUEUE_URL"));') },
        },
    ],
    [
        'infra',
        {
            number: 42,
            title: 'New compute environment for batch jobs',
            body: 'Adds jobs-v2 next to jobs-v1. jobs-v1 is removed in a later pull request, once its jobs drained.',
            files: {
                'terraform/compute.tf': 'resource "aws_batch_compute_environment" "jobs_v1" {\n  compute_environment_name = "jobs-v1"\n  type                     = "MANAGED"\n}\n\nresource "aws_batch_compute_environment" "jobs_v2" {\n  compute_environment_name = "jobs-v2"\n  type                     = "MANAGED"\n}\n',
            },
        },
    ],
    [
        'web',
        {
            number: 23,
            title: 'Send batch jobs to the new compute environment',
            body: 'The old environment must still exist while this version of the web is rolled out, and\nits jobs must drain first, so this ships in a release after infra#42.\n\n```\n# dependency\n- pull: infra#42\n  is_compatible: false\n```\n',
            files: { 'src/app.js': 'export const jobsEndpoint = "/v2/jobs";\nexport const computeEnvironment = "jobs-v2";\n' },
        },
    ],
];
/** Merged after version 2: a JVM security patch in the base image, which re-tags both services. */
const SECOND_WAVE = [
    [
        'api',
        {
            number: 88,
            title: 'Patch the JVM (security fix)',
            body: 'Bumps the base image to 21.0.5. Both services are rebuilt on it.',
            files: { 'images/jvm-base/Dockerfile': jvmBase('5') },
        },
    ],
];
/** Creates the component repositories with their first commit, and the release repository. */
async function createProduct(root) {
    await (0,promises_.mkdir)(root, { recursive: true });
    const make = async (name) => {
        const repo = await ExampleRepo.create(name, (0,external_node_path_.join)(root, name));
        await repo.write(INITIAL[name]);
        await repo.commit(`Initial ${name}`);
        return repo;
    };
    const repos = { infra: await make('infra'), api: await make('api'), web: await make('web') };
    const release = await ExampleRepo.create('release', (0,external_node_path_.join)(root, 'release'));
    await release.write({ 'release.yaml': RELEASE_YAML, 'README.md': '# release\n\nVersion files of the acme product.\n' });
    await release.commit('Release configuration');
    const stateDir = (0,external_node_path_.join)(root, 'state');
    const registryDir = (0,external_node_path_.join)(root, 'registry');
    await (0,promises_.mkdir)(stateDir, { recursive: true });
    await (0,promises_.mkdir)(registryDir, { recursive: true });
    return {
        root,
        repos,
        release,
        releaseConfig: (0,external_node_path_.join)(release.dir, 'release.yaml'),
        stateDir,
        deployLog: (0,external_node_path_.join)(root, 'deploy.log'),
        registryDir,
    };
}
/** Merges a wave of pull requests, in order; returns the merge commits. */
async function mergeWave(product, wave) {
    const merged = [];
    for (const [repo, pull] of wave)
        merged.push({ repo, pull, commit: await product.repos[repo].mergePull(pull) });
    return merged;
}
/**
 * The command deployer's script: one line per step in the deploy log. The step arrives in
 * LOCKSTEP_* environment variables; nothing is spliced into the script's text.
 */
function deployScript(product) {
    return [
        `line=$(printf '%s v%s step %s: %s @ %s' "$LOCKSTEP_ENVIRONMENT" "$LOCKSTEP_VERSION" "$LOCKSTEP_STEP" "$LOCKSTEP_REPOSITORY" "$LOCKSTEP_COMMIT")`,
        'echo "deploying: $line"',
        `echo "$line" >> ${shellQuote(product.deployLog)}`,
    ].join('\n');
}
/** Single-quotes a path for the deploy script (the product folder may hold spaces). */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/example/registry.ts




/**
 * The example's container registry: a JSON list of pushed image references in a folder.
 * hash-tag asks it which tags exist exactly as it asks a real registry (the same
 * `TagRegistry` interface); "building and pushing" an image adds its reference.
 */
class FolderRegistry {
    dir;
    /** Number of `hasManifest` questions answered, so the example can show what a run cost. */
    asked = 0;
    constructor(dir) {
        this.dir = dir;
    }
    get file() {
        return (0,external_node_path_.join)(this.dir, 'pushed.json');
    }
    async pushed() {
        try {
            return JSON.parse(await (0,promises_.readFile)(this.file, 'utf8'));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
    }
    async push(refs) {
        const all = new Set([...(await this.pushed()), ...refs]);
        await (0,fs.writeFileAtomic)(this.file, `${JSON.stringify([...all].sort(), null, 2)}\n`);
    }
    async hasManifest(image) {
        this.asked++;
        return (await this.pushed()).includes(image);
    }
    async resolveDigest(image) {
        throw new errors/* LockstepError */.Cj(`the example registry keeps no digests (asked for ${image})`);
    }
}

;// CONCATENATED MODULE: ./src/example/run.ts












/** Prefixes every line a job prints, so the story's own lines stand out. */
class IndentedReporter {
    out;
    prefix;
    constructor(out, prefix = '  │ ') {
        this.out = out;
        this.prefix = prefix;
    }
    lines(text) {
        return text
            .split('\n')
            .map(l => `${this.prefix}${l}`.trimEnd())
            .join('\n');
    }
    info(message) {
        this.out.info(this.lines(message));
    }
    warning(message, location) {
        this.out.info(this.lines(`warning: ${location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${message}`));
    }
    error(message, location) {
        this.out.error(message, location);
    }
    async group(title, fn) {
        this.out.info(this.lines(`▸ ${title}`));
        return fn();
    }
    summary() { }
}
async function runExample(options) {
    const { out } = options;
    const jobs = new IndentedReporter(out);
    const started = Date.now();
    const stage = (n, title) => out.info(`\n━━ ${n}. ${title}`);
    const say = (text) => out.info(text);
    const product = await createProduct(options.dir);
    const registry = new FolderRegistry(product.registryDir);
    const result = { product, tagStages: [], releases: [], deployLog: [], environments: {}, runs: [] };
    const source = (0,releases/* pullSource */.l1)('git', (0,github/* gitHubAccess */.gz)(undefined, 'the example reads local clones only', jobs));
    const workspace = product.root;
    const short = (c) => c.slice(0, 7);
    stage(1, `The acme product, in ${product.root}`);
    say('  infra/    infrastructure (a queue, compute environments)       a git repository');
    say('  api/      monorepo: jvm-base image, api and worker services    a git repository');
    say('  web/      the web front end                                    a git repository');
    say('  release/  release.yaml and the version files                   a git repository');
    stage(2, 'Adopting Lockstep: version 1 pins every repository as it is');
    await (0,resolve_deps/* bootstrap */.N)({ config: product.releaseConfig, workspace, releases: (0,releases/* releases */.D8)(), source, write: true }, jobs);
    await commitRelease(product, 'versions/1.yaml', 'Version 1 (bootstrap)');
    say('  Staging and production run these commits today; record that as their state:');
    for (const environment of ['staging', 'production'])
        await apply(product, environment, undefined, jobs, result, { quiet: true });
    say('  staging and production: version 1');
    stage(3, 'hash-tag in the api monorepo: every image tagged by its content');
    await tagAndBuild(product, registry, jobs, result);
    stage(4, 'The team merges four pull requests');
    for (const merged of await mergeWave(product, FIRST_WAVE)) {
        const block = merged.pull.body?.includes('# dependency') ? `   ← ${dependencySummary(merged.pull.body)}` : '';
        say(`  ${merged.repo}#${merged.pull.number}  ${merged.pull.title}  (${short(merged.commit)})${block}`);
    }
    if (options.prepareOnly) {
        say(`\nPrepared: ${product.root}\n  release config: ${product.releaseConfig}`);
        return result;
    }
    stage(5, 'hash-tag again: api#87 changed only the api service, so only api gets a new tag');
    await tagAndBuild(product, registry, jobs, result);
    stage(6, 'Cutting a release: resolve-deps reads the merged pull requests and writes version 2');
    await release(product, jobs, result, source);
    stage(7, 'Pushing version 2 to staging: apply-steps runs its steps in order');
    await apply(product, 'staging', undefined, jobs, result);
    stage(8, 'The staging → production pull request: its plan comment');
    result.productionPlan = (await plan(product, 'production', jobs)).plan;
    stage(9, 'Merging it: apply-steps brings production to version 2');
    await apply(product, 'production', undefined, jobs, result);
    stage(10, 'A JVM security patch in the base image re-tags every image built on it');
    for (const merged of await mergeWave(product, SECOND_WAVE))
        say(`  ${merged.repo}#${merged.pull.number}  ${merged.pull.title}  (${short(merged.commit)})`);
    await tagAndBuild(product, registry, jobs, result);
    stage(11, 'The next release: web#23, held back from version 2, ships in version 3');
    await release(product, jobs, result, source);
    await apply(product, 'staging', undefined, jobs, result);
    await apply(product, 'production', undefined, jobs, result);
    stage(12, 'Something is wrong in production: `git revert` the version 3 commit, roll back to 2');
    const revert = await revertLastVersion(product);
    say(`  release: ${revert}`);
    await apply(product, 'production', undefined, jobs, result);
    stage(13, 'Where things stand');
    result.deployLog = (await (0,promises_.readFile)(product.deployLog, 'utf8')).trimEnd().split('\n');
    say(`  deploy log (${product.deployLog}):`);
    for (const line of result.deployLog)
        say(`    ${line}`);
    for (const environment of ['staging', 'production']) {
        const state = await (await fileState(product, environment)).load();
        result.environments[environment] = environmentSummary(state);
        const s = result.environments[environment];
        const live = Object.entries(s.deployed).map(([repo, commit]) => `${repo}@${short(commit)}`).join('  ');
        say(`  ${environment.padEnd(10)} version ${s.version ?? '-'}   ${live}`);
    }
    say(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Everything is in ${product.root}:`);
    say(`  lockstep plan  --config ${product.releaseConfig} --environment staging --state-file ${stateFile(product, 'staging')}`);
    return result;
}
function dependencySummary(body) {
    const refs = [...body.matchAll(/- pull: (\S+)(?:\s+is_compatible: (true|false))?/g)];
    return refs.map(m => `needs ${m[1]}${m[2] === 'false' ? ' in an EARLIER release (is_compatible: false)' : ''}`).join(', ');
}
function stateFile(product, environment) {
    return (0,external_node_path_.join)(product.stateDir, `${environment}.json`);
}
function fileState(product, environment) {
    return (0,rollout/* stateStore */.$)({ kind: 'file', environment, workspace: product.root, file: stateFile(product, environment) });
}
async function tagAndBuild(product, registry, jobs, result) {
    const run = await (0,jobs_hash_tag/* hashTag */.D)({ workspace: product.repos.api.dir, render: ['deploy'], renderTo: 'rendered', checkRegistry: true, ...(await (0,hash_tag/* hashTagPorts */.LH)({ registry })) }, jobs);
    const missing = run.missing ?? [];
    const tags = Object.fromEntries(run.images.map(i => [i.name, i.tag]));
    result.tagStages.push({ tags, built: missing });
    const byName = new Map(run.images.map(i => [i.name, i]));
    if (missing.length === 0) {
        jobs.info('nothing to build: every tag is in the registry');
    }
    else {
        // What the deploy workflow's build jobs do, level by level (bases first).
        for (const name of missing)
            jobs.info(`build and push ${byName.get(name).image}   (level ${byName.get(name).level})`);
        await registry.push(missing.map(n => byName.get(n).image));
    }
    const rendered = await (0,promises_.readFile)((0,external_node_path_.join)(product.repos.api.dir, 'rendered/deploy/api.yaml'), 'utf8');
    const imageLine = rendered.split('\n').find(l => l.includes('image:'))?.trim();
    jobs.info(`rendered/deploy/api.yaml: ${imageLine}   (kubectl apply rolls out only images whose tag changed)`);
}
async function release(product, jobs, result, source) {
    const run = await (0,resolve_deps/* resolveDeps */.J)({ config: product.releaseConfig, workspace: product.root, releases: (0,releases/* releases */.D8)(), source, onUnmerged: 'hold', write: true }, jobs);
    if (!run.version)
        throw new Error('the example expected a new version');
    result.releases.push({ version: run.version.version, steps: run.steps, held: run.held });
    await commitRelease(product, `versions/${run.version.version}.yaml`, `Release version ${run.version.version}`);
}
async function plan(product, environment, jobs) {
    return (0,apply_steps/* planSteps */.Dv)({
        config: product.releaseConfig,
        workspace: product.root,
        environment,
        deploy: { deployer: 'command', run: deployScript(product) },
        releases: (0,releases/* releases */.D8)(),
        serverUrl: (0,github/* serverUrl */.Vd)(),
        store: await fileState(product, environment),
    }, jobs);
}
async function apply(product, environment, version, jobs, result, options = {}) {
    const quietReporter = { info() { }, warning: (m, l) => jobs.warning(m, l), error: (m, l) => jobs.error(m, l), group: (_t, fn) => fn(), summary() { } };
    const run = await (0,apply_steps/* applySteps */.GF)({
        config: product.releaseConfig,
        workspace: product.root,
        environment,
        version,
        deploy: { deployer: 'command', run: deployScript(product) },
        releases: (0,releases/* releases */.D8)(),
        serverUrl: (0,github/* serverUrl */.Vd)(),
        store: await fileState(product, environment),
        deployers: (0,rollout/* deployers */.mf)({ pollSeconds: 0.05, github: (0,github/* gitHubAccess */.gz)(undefined, 'the example runs command steps only', jobs), codebuild: {} }),
        holder: { name: `lockstep example (pid ${process.pid})`, job: `lockstep example (pid ${process.pid})` },
    }, options.quiet ? quietReporter : jobs);
    result.runs.push({ environment, to: run.to, direction: run.direction, applied: run.applied });
}
/** Commits a version file to the release repository, as the cut-release workflow pushes it to staging. */
async function commitRelease(product, path, message) {
    await (0,git/* git */.$)(product.release.dir, ['add', '--', path]);
    await product.release.commit(message);
}
/** `git revert` of the newest commit in the release repository: its version file disappears. */
async function revertLastVersion(product) {
    await (0,git/* git */.$)(product.release.dir, ['-c', 'user.name=Lockstep Example', '-c', 'user.email=example@lockstep.invalid', '-c', 'commit.gpgsign=false', 'revert', '--no-edit', 'HEAD']);
    const { stdout } = await (0,git/* git */.$)(product.release.dir, ['log', '-1', '--format=%h %s']);
    return stdout.trim();
}
function environmentSummary(state) {
    return { version: state.version, deployed: state.deployed };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/example.ts






const USAGE = `usage: lockstep example [--dir <folder>] [--prepare <folder>]

Builds a small product in a temp folder — component repositories (infra, api, web) as real git
repositories with merged pull requests carrying dependency blocks, a monorepo with a base image
and two services, a release repository — and runs the whole flow on it through the same code
the actions run: hash-tag, resolve-deps, apply-steps to staging and production, a change that
re-tags only what it touched, a pull request held for the next release, and a rollback.
No GitHub, no cloud, no registry.

  --dir <folder>      build the product there instead of a new temp folder (must be empty)
  --prepare <folder>  only build the product up to the first release cut (version 1 written,
                      pull requests merged) and stop: CI smoke-tests the actions on it`;
async function emptyFolder(path) {
    const dir = (0,external_node_path_.resolve)(path);
    try {
        if ((await (0,promises_.readdir)(dir)).length > 0)
            throw new errors/* LockstepError */.Cj(`${dir} is not empty: the example builds its product in an empty folder`);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    return dir;
}
const exampleCommand = {
    name: 'example',
    summary: 'run the whole release flow on a local example product (no GitHub, no cloud)',
    usage: USAGE,
    async run(argv, reporter) {
        const { values } = (0,command/* parseFlags */.b)(argv, { dir: { type: 'string' }, prepare: { type: 'string' } });
        if (values.dir && values.prepare)
            throw new errors/* LockstepError */.Cj('give --dir or --prepare, not both');
        const target = values.prepare ?? values.dir;
        const dir = target ? await emptyFolder(target) : (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-example-')), 'acme');
        await runExample({ dir, out: reporter, prepareOnly: Boolean(values.prepare) });
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
