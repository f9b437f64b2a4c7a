export const id = 983;
export const ids = [983];
export const modules = {

/***/ 8764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stepEnvironment)
/* harmony export */ });
/** The step's description in the environment of whatever runs it. */
function stepEnvironment(step, environment) {
    return {
        LOCKSTEP_REPOSITORY: step.repository,
        LOCKSTEP_COMMIT: step.commit,
        LOCKSTEP_ENVIRONMENT: environment,
        LOCKSTEP_VERSION: String(step.version),
        LOCKSTEP_STEP: String(step.index),
        LOCKSTEP_KIND: step.kind,
    };
}


/***/ }),

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Deployers: () => (/* binding */ Deployers)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/adapters/deployers/deployer.ts
var deployer = __webpack_require__(8764);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/deployers/process.ts





/**
 * The kernel's start time of a process: on Linux field 22 of /proc/<pid>/stat (clock ticks
 * since boot), elsewhere what `ps -o lstart=` prints. With the boot id it tells a process
 * apart from a later one that got the same pid.
 */
async function startOf(pid) {
    try {
        const stat = await (0,external_node_fs_promises_.readFile)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch (e) {
        if (e.code === 'ENOENT' && (await (0,external_node_fs_promises_.readFile)('/proc/self/stat').then(() => true, () => false)))
            return undefined;
    }
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('ps', ['-o', 'lstart=', '-p', String(pid)], (err, out) => resolve(err ? undefined : out.trim() || undefined));
    });
}
let boot;
function bootId() {
    return (boot ??= (0,external_node_fs_promises_.readFile)('/proc/sys/kernel/random/boot_id', 'utf8').then(s => s.trim(), () => undefined));
}
/** What a state records of a local process, so that a later run on this machine can find it. */
async function processRef(pid) {
    const [start, b] = await Promise.all([startOf(pid), bootId()]);
    return { pid, host: (0,external_node_os_.hostname)(), ...(b ? { boot: b } : {}), ...(start ? { start } : {}) };
}
/**
 * Whether any process of the group `pgid` is alive. A signal 0 also reaches zombies — the
 * killed children that an init without reaping (a container's) leaves behind — so on Linux
 * the group's members are read from /proc and zombies do not count.
 */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (e) {
        return e.code === 'EPERM';
    }
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const name of entries) {
        if (!/^\d+$/.test(name))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8');
        }
        catch {
            continue;
        }
        // After the command name: state, ppid, pgrp.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X')
            return true;
    }
    return false;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Whether the process group a step ran in is still alive. The group is the recorded
 * process's own (it was started as a group leader); while any member lives the kernel does
 * not hand its id to a new process, so a live leader with another start time is a stranger
 * that reused the pid after the group ended. Another machine's or boot's process cannot be
 * seen from here.
 */
async function liveness(ref) {
    if (ref.host !== (0,external_node_os_.hostname)())
        return 'elsewhere';
    const b = await bootId();
    if (ref.boot && b && ref.boot !== b)
        return 'gone';
    if (!groupAlive(ref.pid))
        return 'gone';
    if (alive(ref.pid)) {
        const start = await startOf(ref.pid);
        if (ref.start && start && start !== ref.start)
            return 'gone';
    }
    return 'alive';
}
/** Waits until no process of the group is left, or `ms` passed; true when it is gone. */
async function groupGone(pgid, ms) {
    const end = Date.now() + ms;
    while (groupAlive(pgid)) {
        if (Date.now() >= end)
            return false;
        await (0,promises_.setTimeout)(25);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/adapters/deployers/command.ts




const TAIL = 20;
/** After SIGTERM, how long the script's process group has to end before it gets SIGKILL (the runner allows ~7.5 s in all). */
const TERM_GRACE_MS = 3_000;
/**
 * The script waits at this gate — `sh` reading one line — until its process id is in the
 * state; then `exec` turns the same process (same pid, same start time) into
 * `<shell> -e -c <script>`. A runner that dies before the gate opens closes the pipe: the
 * script never runs, and nothing runs that the state does not know. The script's stdin is
 * /dev/null, as before: Node's pipes are sockets, and bash reading a socket on stdin takes
 * itself for an rsh session and sources ~/.bashrc.
 */
const GATE = 'IFS= read -r go && [ "$go" = go ] || exit 125; exec "$1" -e -c "$2" </dev/null';
/**
 * Runs a script with `bash -e -c <script>`. The step reaches the script only through
 * LOCKSTEP_* environment variables: the script text is passed as one argument and never
 * has a repository name or commit spliced into it.
 *
 * The script runs in a process group of its own (spawned detached), so cancelling a step
 * stops everything it started (kubectl, helm, their children), and a runner that is
 * SIGKILLed leaves a group a resume can find by the recorded pid and wait for.
 * `@actions/exec` cannot start one (its options carry no `detached` and it hands back no
 * process), hence `child_process` here.
 *
 * A command cannot be re-attached after the runner died, so a step whose outcome is
 * unknown is run again once its old process group is gone: command steps must be
 * idempotent (`kubectl apply`, `helm upgrade --install`, `terraform apply` are).
 */
class CommandDeployer {
    script;
    baseEnv;
    shell;
    name = 'command';
    running = new Map();
    constructor(script, 
    /** Environment the script inherits (the runner's, minus the action's inputs). */
    baseEnv = withoutInputs(process.env), shell = 'bash') {
        this.script = script;
        this.baseEnv = baseEnv;
        this.shell = shell;
    }
    async start(step, ctx) {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', GATE, 'lockstep-deploy', this.shell, this.script], {
            env: { ...this.baseEnv, ...(0,deployer/* stepEnvironment */.a)(step, ctx.environment) },
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
        });
        const tail = [];
        const emit = (line) => {
            ctx.reporter.info(line);
            tail.push(line);
            if (tail.length > TAIL)
                tail.shift();
        };
        const forward = (stream) => {
            let partial = '';
            stream?.setEncoding('utf8');
            stream?.on('data', (chunk) => {
                const lines = (partial + chunk).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    emit(line);
            });
            stream?.on('end', () => partial && emit(partial));
        };
        forward(child.stdout);
        forward(child.stderr);
        // A gate that died before `go` (EPIPE) is reported through its exit status.
        child.stdin?.on('error', () => undefined);
        const exited = new Promise(resolve => {
            child.on('error', error => resolve({ code: null, signal: null, error }));
            child.on('close', (code, signal) => resolve({ code, signal }));
        });
        const spawned = await new Promise(resolve => {
            child.once('spawn', () => resolve(true));
            child.once('error', () => resolve(false));
        });
        if (!spawned || child.pid === undefined) {
            const { error } = await exited;
            throw new Error(`could not start /bin/sh for the deploy script: ${error?.message ?? 'no process id'}`);
        }
        const pid = child.pid;
        this.running.set(String(pid), { child, pid, tail, exited });
        return { deployer: this.name, id: String(pid), process: await processRef(pid) };
    }
    async wait(ref, _step, ctx) {
        const run = this.running.get(ref.id);
        if (!run)
            return { ok: false, log: [`no command with process id ${ref.id} is running here`] };
        try {
            const signal = ctx?.signal;
            if (signal?.aborted)
                return await this.stop(run, 'before it ran');
            let cancelled;
            const onAbort = () => void (cancelled = this.stop(run, 'while it ran'));
            signal?.addEventListener('abort', onAbort, { once: true });
            run.child.stdin?.end('go\n');
            const { code, signal: killed, error } = await run.exited;
            signal?.removeEventListener('abort', onAbort);
            if (cancelled)
                return await cancelled;
            if (error)
                return { ok: false, log: [`could not run ${this.shell}: ${error.message}`] };
            if (code === 0)
                return { ok: true, log: run.tail };
            return { ok: false, log: [...run.tail, killed ? `killed by ${killed}` : `exit code ${code}`] };
        }
        finally {
            this.running.delete(ref.id);
        }
    }
    /** SIGTERM to the whole group, SIGKILL to what is left after the grace period; resolves once the group is gone. */
    async stop(run, when) {
        const signalGroup = (sig) => {
            try {
                process.kill(-run.pid, sig);
            }
            catch {
                /* the group is already gone */
            }
        };
        signalGroup('SIGTERM');
        let how = 'SIGTERM';
        if (!(await groupGone(run.pid, TERM_GRACE_MS))) {
            signalGroup('SIGKILL');
            how = `SIGKILL after ${TERM_GRACE_MS / 1000} s`;
            await groupGone(run.pid, 1_000);
        }
        const left = groupAlive(run.pid) ? ` (process group ${run.pid} still has members)` : '';
        return { ok: false, cancelled: true, log: [...run.tail, `cancelled ${when}: process group ${run.pid} stopped by ${how}${left}`] };
    }
    /**
     * An earlier run that was SIGKILLed may have left its script running: wait for that
     * process group to end (until `ctx.signal` aborts), so the step is never run twice at once.
     * Always undefined: a command is run again, never re-attached.
     */
    async attach(ref, step, ctx) {
        const p = ref.process;
        if (!p)
            return undefined;
        const state = await liveness(p);
        if (state === 'elsewhere') {
            ctx.reporter.warning(`the earlier run's deploy process ${p.pid} ran on ${p.host}, not here: it cannot be checked from this machine (a hosted runner's processes end with it)`);
            return undefined;
        }
        if (state === 'gone')
            return undefined;
        ctx.reporter.warning(`the deploy process group ${p.pid} that an earlier run started for ${step.repository}@${step.commit.slice(0, 7)} is still running; waiting for it to end before running the step again (kill -- -${p.pid} stops it)`);
        for (let waited = 0; (await liveness(p)) === 'alive'; waited += 500) {
            if (ctx.signal?.aborted)
                return undefined;
            if (waited > 0 && waited % 60_000 === 0)
                ctx.reporter.info(`still waiting for process group ${p.pid} (${waited / 1000} s)`);
            await (0,promises_.setTimeout)(500);
        }
        ctx.reporter.info(`process group ${p.pid} has ended`);
        return undefined;
    }
}
/** The action's inputs (`INPUT_TOKEN` among them) are not the deploy script's business. */
function withoutInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}

;// CONCATENATED MODULE: ./src/adapters/deployers/index.ts

/**
 * One deployer per distinct settings, made when a step first needs it. The workflow and
 * CodeBuild deployers are imported then, not at start-up: the AWS SDK alone costs a command
 * rollout more start-up time than the rest of the action (docs/benchmarks.md).
 */
class Deployers {
    env;
    made = new Map();
    constructor(env) {
        this.env = env;
    }
    for(settings) {
        const key = JSON.stringify(settings);
        let deployer = this.made.get(key);
        if (!deployer) {
            deployer = this.make(settings);
            this.made.set(key, deployer);
        }
        return deployer;
    }
    async make(settings) {
        switch (settings.deployer) {
            case 'command':
                return new CommandDeployer(settings.run);
            case 'workflow': {
                if (!this.env.github)
                    throw new Error('the workflow deployer needs a GitHub token');
                const { WorkflowDeployer } = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.bind(__webpack_require__, 309));
                return new WorkflowDeployer(await this.env.github(), settings, this.env.poll);
            }
            case 'codebuild': {
                const region = this.env.codebuild?.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
                const { CodeBuildDeployer } = await Promise.all(/* import() */[__webpack_require__.e(774), __webpack_require__.e(81)]).then(__webpack_require__.bind(__webpack_require__, 81));
                return new CodeBuildDeployer(settings.project, { region, endpoint: this.env.codebuild?.endpoint || undefined, poll: this.env.poll });
            }
        }
    }
}


/***/ })

};
