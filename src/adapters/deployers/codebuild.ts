import { createHash } from 'node:crypto';
import { BatchGetBuildsCommand, CodeBuildClient, ListBuildsForProjectCommand, StartBuildCommand, StopBuildCommand, type Build } from '@aws-sdk/client-codebuild';
import { LockstepError } from '../../core/errors.js';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import { describeStep } from '../../core/rollout/render.js';
import { stepEnvironment, type DeployContext, type Deployer, type DeployOutcome } from './deployer.js';
import { pause, poll, PollAborted, type PollOptions } from './poll.js';

export interface CodeBuildOptions {
  region: string;
  /** Endpoint override (a local endpoint in tests, a VPC endpoint in some accounts). */
  endpoint?: string;
  poll: PollOptions;
}

const FAILED = new Set(['FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']);

/** The environment variable every build Lockstep starts carries: which step (and attempt) it is. */
export const STEP_ID_VARIABLE = 'LOCKSTEP_STEP_ID';

/** How many of the project's newest builds are read, before a StartBuild, to find one already started for the step. */
export const LOOKBACK_BUILDS = 100;
/** BatchGetBuilds takes at most 100 ids; the newest few usually decide, so they are read first. */
const FIRST_BATCH = 10;

/**
 * CodeBuild's own limits on a build (StartBuild: `timeoutInMinutes` 5–2160, `queuedTimeoutInMinutes`
 * 5–480; defaults 60 and 480). Polling errors are retried until the build must have ended by
 * its own timeouts, plus this margin for CodeBuild to record the end.
 */
const DEFAULT_TIMEOUT_MINUTES = 60;
const DEFAULT_QUEUED_TIMEOUT_MINUTES = 480;
const END_MARGIN_MS = 10 * 60_000;
/** How long a StopBuild may take when the job is cancelled (the runner kills the job about 7.5 s after its first signal). */
const STOP_TIMEOUT_MS = 3000;

/**
 * Until when (epoch ms) errors asking about `build` are retried: it must have ended by its own
 * queue and build timeouts, counted from its start, plus a margin; never before `now` plus that margin.
 */
export function buildDeadline(build: Pick<Build, 'startTime' | 'timeoutInMinutes' | 'queuedTimeoutInMinutes'>, now: number): number {
  const started = build.startTime ? build.startTime.getTime() : now;
  const minutes = (build.timeoutInMinutes ?? DEFAULT_TIMEOUT_MINUTES) + (build.queuedTimeoutInMinutes ?? DEFAULT_QUEUED_TIMEOUT_MINUTES);
  return Math.max(started + minutes * 60_000, now) + END_MARGIN_MS;
}

/**
 * Same step, same attempt, same token: if the runner dies after StartBuild was sent but
 * before the build id was recorded, the next run sends the same token and CodeBuild
 * answers with the build already started instead of starting a second one. A retry after a
 * failure is a new attempt and gets a new token. The token is only honoured for 5 minutes;
 * `findStarted` covers the time after that.
 */
export function idempotencyToken(environment: string, step: PlannedStep, attempt: number): string {
  const key = [environment, step.kind, step.version, step.index, step.repository, step.commit, attempt].join('\0');
  return `lockstep-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

/** `<environment>/<kind>/<version>/<index>/<commit>/<attempt>`: one value per step attempt, readable in the CodeBuild console. */
export function stepId(environment: string, step: PlannedStep, attempt: number): string {
  return [environment, step.kind, step.version, step.index, step.commit, attempt].join('/');
}

/**
 * Errors worth asking again about: CodeBuild's 5xx, throttling, and the network (no HTTP
 * answer at all). Anything else (access denied, unknown project, expired credentials) will
 * not change by waiting.
 */
export function isTransient(e: unknown): boolean {
  const err = e as { name?: string; code?: string; message?: string; $fault?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (!err || typeof err !== 'object') return false;
  const status = err.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (err.$retryable) return true;
  if (/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|ServiceUnavailable|InternalFailure|InternalServerError|RequestTimeout|TimeoutError/i.test(err.name ?? '')) return true;
  // No HTTP answer at all: the connection was refused, reset or timed out (the SDK wraps these,
  // e.g. "AWS SDK error wrapper for TimeoutError: socket hang up").
  const network = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|socket hang up|TimeoutError)\b/;
  if (status === undefined && !err.$fault && (network.test(err.code ?? '') || network.test(err.message ?? ''))) return true;
  return false;
}

function reason(e: unknown): string {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = err?.$metadata?.httpStatusCode;
  return `${err?.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err?.message ?? String(e)}${status ? ` (HTTP ${status})` : ''}`;
}

/**
 * The original system's deployer: one CodeBuild build per step, `sourceVersion` = the step's
 * commit, the step's id in `LOCKSTEP_STEP_ID`.
 *
 * No step ever has two builds: a resume re-attaches to the recorded build id, and before any
 * StartBuild the project's newest builds are read for one already started for this step
 * attempt (a runner that died between StartBuild and recording the id). A build that is not
 * this environment's newest Lockstep build in the project is history (the step ran before and
 * something else was deployed since), so a version deployed again after a rollback gets a new build.
 *
 * Waiting never fails a running build because CodeBuild or the network hiccups: poll errors
 * are retried with backoff until the build must have ended by its own `timeoutInMinutes` and
 * `queuedTimeoutInMinutes`.
 */
export class CodeBuildDeployer implements Deployer {
  readonly name = 'codebuild' as const;
  private readonly client: CodeBuildClient;
  /** When each build known to this run must have ended by CodeBuild's own timeouts. */
  private readonly deadlines = new Map<string, number>();

  constructor(
    private readonly project: string,
    private readonly options: CodeBuildOptions,
    client?: CodeBuildClient,
  ) {
    this.client = client ?? new CodeBuildClient({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  }

  async start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef> {
    const id = stepId(ctx.environment, step, ctx.attempt);
    const found = await this.findStarted(step, ctx).catch(e => {
      throw new LockstepError(`${describeStep(step)}: could not read the builds of CodeBuild project "${this.project}" to check none was started for this step yet`, {}, [reason(e)]);
    });
    if (found) {
      ctx.reporter.warning(`${describeStep(step)}: build ${found.id} (${STEP_ID_VARIABLE}=${id}) was already started for this step by an earlier run; waiting for it instead of starting a second build`);
      return this.refOf(found);
    }
    const out = await this.client.send(
      new StartBuildCommand({
        projectName: this.project,
        sourceVersion: step.commit,
        idempotencyToken: idempotencyToken(ctx.environment, step, ctx.attempt),
        environmentVariablesOverride: Object.entries({ ...stepEnvironment(step, ctx.environment), [STEP_ID_VARIABLE]: id }).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })),
      }),
    );
    if (!out.build?.id) throw new LockstepError(`CodeBuild project "${this.project}" accepted the build of ${step.repository}@${step.commit} but returned no build id`);
    return this.refOf(out.build);
  }

  /**
   * The build a dead runner started for this step attempt, if it is this environment's newest
   * Lockstep build in the project. Reads at most LOOKBACK_BUILDS builds, newest first
   * (ListBuildsForProject's default order; asking for an order fails on projects with more than 100 builds).
   */
  async findStarted(step: PlannedStep, ctx: DeployContext): Promise<Build | undefined> {
    const wanted = stepId(ctx.environment, step, ctx.attempt);
    const listed = await this.client.send(new ListBuildsForProjectCommand({ projectName: this.project }));
    const ids = (listed.ids ?? []).slice(0, LOOKBACK_BUILDS);
    for (let i = 0; i < ids.length; ) {
      const chunk = ids.slice(i, i === 0 ? FIRST_BATCH : LOOKBACK_BUILDS);
      i += chunk.length;
      const out = await this.client.send(new BatchGetBuildsCommand({ ids: chunk }));
      const byId = new Map((out.builds ?? []).map(b => [b.id, b]));
      for (const id of chunk) {
        const vars = byId.get(id)?.environment?.environmentVariables ?? [];
        const value = (name: string) => vars.find(v => v.name === name)?.value;
        const stepOf = value(STEP_ID_VARIABLE);
        // Builds someone started by hand, or for another environment, say nothing about this one.
        if (!stepOf || value('LOCKSTEP_ENVIRONMENT') !== ctx.environment) continue;
        return stepOf === wanted ? byId.get(id) : undefined;
      }
    }
    return undefined;
  }

  async attach(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<DeployerRef | undefined> {
    let build: Build | undefined;
    try {
      build = await this.getRetrying(ref.id, Date.now() + END_MARGIN_MS, ctx);
    } catch (e) {
      throw new LockstepError(`${describeStep(step)}: could not re-attach to CodeBuild build ${ref.id} started by an earlier run`, {}, [
        reason(e),
        'The build may still be running; re-run once CodeBuild answers, so the step is not started a second time.',
      ]);
    }
    return build ? this.refOf(build) : undefined;
  }

  async wait(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<DeployOutcome> {
    const deadline = this.deadlines.get(ref.id) ?? Date.now() + (DEFAULT_TIMEOUT_MINUTES + DEFAULT_QUEUED_TIMEOUT_MINUTES) * 60_000 + END_MARGIN_MS;
    let build: Build;
    try {
      build = await poll(
        async () => {
          const b = await this.getRetrying(ref.id, deadline, ctx, true);
          if (!b) throw new LockstepError(`CodeBuild build ${ref.id} no longer exists`);
          return b.buildStatus && b.buildStatus !== 'IN_PROGRESS' ? b : undefined;
        },
        this.options.poll,
        ctx.signal,
      );
    } catch (e) {
      if (e instanceof PollAborted || ctx.signal?.aborted) return this.stop(ref, ctx);
      if (e instanceof LockstepError) throw e;
      throw new LockstepError(`${describeStep(step)}: lost track of CodeBuild build ${ref.id}`, {}, [
        reason(e),
        isTransient(e)
          ? 'CodeBuild kept failing to answer until the build must have ended by its own timeouts; its outcome is unknown. The next run re-attaches to it.'
          : 'The build may still be running; its outcome is unknown. The next run re-attaches to it rather than starting a second build.',
      ]);
    }
    const url = this.link(build);
    if (build.buildStatus === 'SUCCEEDED') return { ok: true, url };
    const failedPhase = build.phases?.find(p => p.phaseStatus && FAILED.has(p.phaseStatus));
    const log = [`build ${build.id} ended ${build.buildStatus}${failedPhase ? ` in phase ${failedPhase.phaseType}` : ''}`];
    for (const c of failedPhase?.contexts ?? []) if (c.message) log.push(c.message);
    return { ok: false, url, log };
  }

  /**
   * The job is being cancelled: asks CodeBuild to stop the build and returns at once (the
   * runner kills the job seconds after its first signal; the build stops on CodeBuild's side).
   */
  private async stop(ref: DeployerRef, ctx: DeployContext): Promise<DeployOutcome> {
    try {
      await this.client.send(new StopBuildCommand({ id: ref.id }), { abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS) });
      return { ok: false, cancelled: true, ...(ref.url ? { url: ref.url } : {}), log: [`asked CodeBuild to stop build ${ref.id}`] };
    } catch (e) {
      ctx.reporter.warning(`could not stop CodeBuild build ${ref.id}: ${reason(e)}; it may still be running`);
      return { ok: false, cancelled: true, ...(ref.url ? { url: ref.url } : {}), log: [`could not stop build ${ref.id}: ${reason(e)}`] };
    }
  }

  /**
   * BatchGetBuilds for one build, asking again after a transient error until `deadline`.
   * `once` returns undefined after a transient error instead (the caller polls again anyway).
   */
  private async getRetrying(id: string, deadline: number, ctx: DeployContext, once = false): Promise<Build | undefined> {
    let delay = this.options.poll.initialMs;
    const sleep = this.options.poll.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)));
    for (;;) {
      try {
        const out = await this.client.send(new BatchGetBuildsCommand({ ids: [id] }));
        const build = out.builds?.find(b => b.id === id);
        if (build) this.remember(build);
        return build;
      } catch (e) {
        if (!isTransient(e) || Date.now() >= deadline) throw e;
        ctx.reporter.info(`CodeBuild did not answer about build ${id} (${reason(e)}); asking again`);
        if (once) return this.pending(id);
        await pause(delay, sleep, ctx.signal);
        delay = Math.min(delay * 2, this.options.poll.maxMs ?? 30_000);
      }
    }
  }

  /** A build whose status could not be read just now: still running, as far as anyone knows. */
  private pending(id: string): Build {
    return { id, buildStatus: 'IN_PROGRESS' };
  }

  private remember(build: Build): void {
    if (build.id && !this.deadlines.has(build.id)) this.deadlines.set(build.id, buildDeadline(build, Date.now()));
  }

  private refOf(build: Build): DeployerRef {
    this.remember(build);
    return { deployer: this.name, id: build.id!, url: this.link(build) };
  }

  private link(build: Build): string {
    return build.logs?.deepLink ?? `https://${this.options.region}.console.aws.amazon.com/codesuite/codebuild/projects/${encodeURIComponent(this.project)}/build/${encodeURIComponent(build.id ?? '')}`;
  }
}
