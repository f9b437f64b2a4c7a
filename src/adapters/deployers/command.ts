import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import { stepEnvironment, type DeployContext, type Deployer, type DeployOutcome } from './deployer.js';
import { groupAlive, groupGone, liveness, processRef } from './process.js';

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

interface Running {
  child: ChildProcess;
  pid: number;
  tail: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
}

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
export class CommandDeployer implements Deployer {
  readonly name = 'command' as const;
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly script: string,
    /** Environment the script inherits (the runner's, minus the action's inputs). */
    private readonly baseEnv: NodeJS.ProcessEnv = withoutInputs(process.env),
    private readonly shell = 'bash',
  ) {}

  async start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef> {
    const child = spawn('/bin/sh', ['-c', GATE, 'lockstep-deploy', this.shell, this.script], {
      env: { ...this.baseEnv, ...stepEnvironment(step, ctx.environment) },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const tail: string[] = [];
    const emit = (line: string) => {
      ctx.reporter.info(line);
      tail.push(line);
      if (tail.length > TAIL) tail.shift();
    };
    const forward = (stream: NodeJS.ReadableStream | null) => {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) emit(line);
      });
      stream?.on('end', () => partial && emit(partial));
    };
    forward(child.stdout);
    forward(child.stderr);
    // A gate that died before `go` (EPIPE) is reported through its exit status.
    child.stdin?.on('error', () => undefined);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>(resolve => {
      child.on('error', error => resolve({ code: null, signal: null, error }));
      child.on('close', (code, signal) => resolve({ code, signal }));
    });
    const spawned = await new Promise<boolean>(resolve => {
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

  async wait(ref: DeployerRef, _step?: PlannedStep, ctx?: DeployContext): Promise<DeployOutcome> {
    const run = this.running.get(ref.id);
    if (!run) return { ok: false, log: [`no command with process id ${ref.id} is running here`] };
    try {
      const signal = ctx?.signal;
      if (signal?.aborted) return await this.stop(run, 'before it ran');
      let cancelled: Promise<DeployOutcome> | undefined;
      const onAbort = () => void (cancelled = this.stop(run, 'while it ran'));
      signal?.addEventListener('abort', onAbort, { once: true });
      run.child.stdin?.end('go\n');
      const { code, signal: killed, error } = await run.exited;
      signal?.removeEventListener('abort', onAbort);
      if (cancelled) return await cancelled;
      if (error) return { ok: false, log: [`could not run ${this.shell}: ${error.message}`] };
      if (code === 0) return { ok: true, log: run.tail };
      return { ok: false, log: [...run.tail, killed ? `killed by ${killed}` : `exit code ${code}`] };
    } finally {
      this.running.delete(ref.id);
    }
  }

  /** SIGTERM to the whole group, SIGKILL to what is left after the grace period; resolves once the group is gone. */
  private async stop(run: Running, when: string): Promise<DeployOutcome> {
    const signalGroup = (sig: NodeJS.Signals) => {
      try {
        process.kill(-run.pid, sig);
      } catch {
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
  async attach(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<undefined> {
    const p = ref.process;
    if (!p) return undefined;
    const state = await liveness(p);
    if (state === 'elsewhere') {
      ctx.reporter.warning(`the earlier run's deploy process ${p.pid} ran on ${p.host}, not here: it cannot be checked from this machine (a hosted runner's processes end with it)`);
      return undefined;
    }
    if (state === 'gone') return undefined;
    ctx.reporter.warning(
      `the deploy process group ${p.pid} that an earlier run started for ${step.repository}@${step.commit.slice(0, 7)} is still running; waiting for it to end before running the step again (kill -- -${p.pid} stops it)`,
    );
    for (let waited = 0; (await liveness(p)) === 'alive'; waited += 500) {
      if (ctx.signal?.aborted) return undefined;
      if (waited > 0 && waited % 60_000 === 0) ctx.reporter.info(`still waiting for process group ${p.pid} (${waited / 1000} s)`);
      await sleep(500);
    }
    ctx.reporter.info(`process group ${p.pid} has ended`);
    return undefined;
  }
}

/** The action's inputs (`INPUT_TOKEN` among them) are not the deploy script's business. */
export function withoutInputs(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}
