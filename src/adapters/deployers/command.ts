import { spawn, type ChildProcess } from 'node:child_process';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import { stepEnvironment, type DeployContext, type Deployer, type DeployOutcome } from './deployer.js';

const TAIL = 20;

/**
 * Runs a script with `bash -e -c <script>`. The step reaches the script only through
 * LOCKSTEP_* environment variables: the script text is passed as one argument and never
 * has a repository name or commit spliced into it.
 *
 * A command cannot be re-attached after the runner died (its process died with it), so a
 * step whose outcome is unknown is run again: command steps must be idempotent
 * (`kubectl apply`, `helm upgrade --install`, `terraform apply` are).
 */
export class CommandDeployer implements Deployer {
  readonly name = 'command' as const;
  private readonly running = new Map<string, { child: ChildProcess; done: Promise<DeployOutcome> }>();

  constructor(
    private readonly script: string,
    /** Environment the script inherits (the runner's, minus the action's inputs). */
    private readonly baseEnv: NodeJS.ProcessEnv = withoutInputs(process.env),
    private readonly shell = 'bash',
  ) {}

  async start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef> {
    const child = spawn(this.shell, ['-e', '-c', this.script], {
      env: { ...this.baseEnv, ...stepEnvironment(step, ctx.environment) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
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
    const emit = (line: string) => {
      ctx.reporter.info(line);
      tail.push(line);
      if (tail.length > TAIL) tail.shift();
    };
    forward(child.stdout);
    forward(child.stderr);
    const done = new Promise<DeployOutcome>(resolve => {
      child.on('error', e => resolve({ ok: false, log: [`could not run ${this.shell}: ${e.message}`] }));
      child.on('close', (code, signal) => {
        if (code === 0) resolve({ ok: true, log: tail });
        else resolve({ ok: false, log: [...tail, signal ? `killed by ${signal}` : `exit code ${code}`] });
      });
    });
    const id = String(child.pid ?? `unstarted-${Date.now()}`);
    this.running.set(id, { child, done });
    return { deployer: this.name, id };
  }

  async wait(ref: DeployerRef): Promise<DeployOutcome> {
    const run = this.running.get(ref.id);
    if (!run) return { ok: false, log: [`no command with process id ${ref.id} is running here`] };
    try {
      return await run.done;
    } finally {
      this.running.delete(ref.id);
    }
  }
}

/** The action's inputs (`INPUT_TOKEN` among them) are not the deploy script's business. */
export function withoutInputs(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}
