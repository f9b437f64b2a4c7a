import type { DeployerName } from '../../core/rollout/deploy-settings.js';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import type { Reporter } from '../../core/reporter.js';

export interface DeployContext {
  environment: string;
  /** 1 for a step's first attempt; a step retried after a failure gets a new number. */
  attempt: number;
  reporter: Reporter;
}

export interface DeployOutcome {
  ok: boolean;
  /** The deployer's own page for the run (workflow run, CodeBuild logs). */
  url?: string;
  /** Last lines of output, for a failure message. */
  log?: string[];
}

/**
 * Runs one step somewhere else and waits for it. `start` returns as soon as the deployer has
 * accepted the step, so the state can record where it runs before waiting on it.
 */
export interface Deployer {
  readonly name: DeployerName;
  start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef>;
  wait(ref: DeployerRef, step: PlannedStep, ctx: DeployContext): Promise<DeployOutcome>;
  /**
   * Finds a run that an earlier, dead runner started, so it is waited on rather than
   * started twice. Undefined when the deployer no longer knows it. Deployers that cannot
   * re-attach (a local command) leave this out.
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
