import type { DeployerName } from '../../core/rollout/deploy-settings.js';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import type { Reporter } from '../../core/reporter.js';

export interface DeployContext {
  environment: string;
  /** 1 for a step's first attempt; a step retried after a failure gets a new number. */
  attempt: number;
  reporter: Reporter;
  /**
   * Aborted when the job is cancelled (SIGINT, then SIGTERM from the runner): the deployer
   * stops what it runs — the command's process group, the workflow run, the build — and
   * `wait` resolves with `cancelled: true` as soon as it has asked for that. The runner kills
   * the job about 7.5 s after the first signal, so asking must not wait for the stop itself.
   * Absent: never cancelled.
   */
  signal?: AbortSignal;
}

export interface DeployOutcome {
  ok: boolean;
  /** The deployer's own page for the run (workflow run, CodeBuild logs). */
  url?: string;
  /** Last lines of output, for a failure message. */
  log?: string[];
  /** Stopped because `signal` was aborted (`ok` is false). */
  cancelled?: boolean;
}

/**
 * Runs one step somewhere else and waits for it. `start` returns as soon as the deployer has
 * accepted the step, so the state can record where it runs before waiting on it; a local
 * command is held back until `wait` (its process id is recorded before it runs).
 */
export interface Deployer {
  readonly name: DeployerName;
  start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef>;
  wait(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<DeployOutcome>;
  /**
   * Finds a run that an earlier, dead runner started, so it is waited on rather than
   * started twice. Undefined when the deployer no longer knows it (the step then starts
   * again). A local command cannot be re-attached: its `attach` waits for a process group an
   * earlier, SIGKILLed run left alive on this machine, so the re-run never overlaps it.
   */
  attach?(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<DeployerRef | undefined>;
}

/** The step's description in the environment of whatever runs it. */
export function stepEnvironment(step: PlannedStep, environment: string): Record<string, string> {
  return {
    LOCKSTEP_REPOSITORY: step.repository,
    LOCKSTEP_COMMIT: step.commit,
    LOCKSTEP_ENVIRONMENT: environment,
    LOCKSTEP_VERSION: String(step.version),
    LOCKSTEP_STEP: String(step.index),
    LOCKSTEP_KIND: step.kind,
  };
}
