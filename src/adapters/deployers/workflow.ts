import { LockstepError } from '../../core/errors.js';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import { describeStep } from '../../core/rollout/render.js';
import type { GitHubClient } from '../github/client.js';
import { cancelWorkflowRun, dispatchWorkflow, getWorkflowRun, listDispatchedRuns, type WorkflowRun } from '../github/workflows.js';
import type { DeployContext, Deployer, DeployOutcome } from './deployer.js';
import { poll, PollAborted, type PollOptions } from './poll.js';

export interface WorkflowSettings {
  /** `owner/repo` of the component repository. */
  github: string;
  /** Workflow file name (`deploy.yml`) or id. */
  workflow: string;
  /** Branch or tag the workflow runs on. */
  ref: string;
}

/** How long the cancel request may take when the job is cancelled (the runner kills the job about 7.5 s after its first signal). */
const CANCEL_TIMEOUT_MS = 3000;

/** How far back (ms) a run may have been created and still be ours: the runner's clock and GitHub's differ. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Dispatches a workflow in the component repository with inputs `commit`, `environment` and
 * `version`, then waits for its run to complete.
 *
 * GitHub returns the new run's id when asked (`return_run_details`). Where it does not (a 204),
 * the run is looked for among the workflow's dispatched runs created since just before the
 * dispatch and not claimed by another step; when several qualify, only one whose title names
 * the commit is taken (give the workflow `run-name: deploy ${{ inputs.commit }}`), otherwise
 * the step fails rather than waiting on someone else's run.
 */
export class WorkflowDeployer implements Deployer {
  readonly name = 'workflow' as const;
  private readonly claimed = new Set<number>();

  constructor(
    private readonly client: GitHubClient,
    private readonly settings: WorkflowSettings,
    private readonly pollOptions: PollOptions,
  ) {}

  async start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef> {
    const { github, workflow, ref } = this.settings;
    const since = new Date(Date.now() - CLOCK_SKEW_MS);
    const inputs = { commit: step.commit, environment: ctx.environment, version: String(step.version) };
    const direct = await dispatchWorkflow(this.client, github, workflow, ref, inputs);
    if (direct) {
      this.claimed.add(direct.id);
      return { deployer: this.name, id: String(direct.id), url: direct.url };
    }
    ctx.reporter.info(`${github}: the dispatch returned no run id; looking for the run it started`);
    const run = await poll(async () => this.pick(await listDispatchedRuns(this.client, github, workflow, ref, since), step), {
      ...this.pollOptions,
      timeoutMs: this.pollOptions.timeoutMs ?? 120_000,
    }).catch(e => {
      if (e instanceof LockstepError) throw e;
      throw new LockstepError(`${github}: dispatched workflow ${workflow} on ${ref}, but no run of it appeared`, {}, [String((e as Error).message)]);
    });
    this.claimed.add(run.id);
    return { deployer: this.name, id: String(run.id), url: run.html_url };
  }

  private pick(runs: WorkflowRun[], step: PlannedStep): WorkflowRun | undefined {
    const fresh = runs.filter(r => r.event === 'workflow_dispatch' && !this.claimed.has(r.id));
    if (fresh.length === 0) return undefined;
    const naming = fresh.filter(r => r.display_title?.includes(step.commit) || r.display_title?.includes(step.commit.slice(0, 7)));
    if (naming.length === 1) return naming[0];
    if (fresh.length === 1 && naming.length === 0) return fresh[0];
    throw new LockstepError(
      `${this.settings.github}: ${fresh.length} runs of ${this.settings.workflow} were dispatched at the same time; cannot tell which one deploys ${step.repository}@${step.commit.slice(0, 7)}`,
      {},
      ['Give the workflow a `run-name:` that includes `${{ inputs.commit }}`, or use a GitHub that returns the run id from the dispatch.', ...fresh.map(r => r.html_url)],
    );
  }

  async attach(ref: DeployerRef, step: PlannedStep): Promise<DeployerRef | undefined> {
    let run: WorkflowRun | undefined;
    try {
      run = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
    } catch (e) {
      throw new LockstepError(`${describeStep(step)}: could not re-attach to workflow run ${ref.id} of ${this.settings.github} started by an earlier run`, {}, [
        (e as Error).message,
        'The run may still be going; re-run once GitHub answers, so the step is not started a second time.',
      ]);
    }
    if (!run) return undefined;
    this.claimed.add(run.id);
    return { deployer: this.name, id: String(run.id), url: run.html_url };
  }

  async wait(ref: DeployerRef, _step?: PlannedStep, ctx?: DeployContext): Promise<DeployOutcome> {
    let run: WorkflowRun;
    try {
      run = await poll(
        async () => {
          const r = await getWorkflowRun(this.client, this.settings.github, Number(ref.id));
          if (!r) throw new LockstepError(`${this.settings.github}: workflow run ${ref.id} no longer exists`);
          return r.status === 'completed' ? r : undefined;
        },
        this.pollOptions,
        ctx?.signal,
      );
    } catch (e) {
      if (e instanceof PollAborted || ctx?.signal?.aborted) return this.cancel(ref, ctx);
      throw e;
    }
    if (run.conclusion === 'success') return { ok: true, url: run.html_url };
    return { ok: false, url: run.html_url, log: [`workflow run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}`] };
  }

  /** The job is being cancelled: asks GitHub to cancel the run and returns without waiting for it to stop. */
  private async cancel(ref: DeployerRef, ctx?: DeployContext): Promise<DeployOutcome> {
    const url = ref.url ? { url: ref.url } : {};
    try {
      const accepted = await cancelWorkflowRun(this.client, this.settings.github, Number(ref.id), AbortSignal.timeout(CANCEL_TIMEOUT_MS));
      return { ok: false, cancelled: true, ...url, log: [accepted ? `asked GitHub to cancel workflow run ${ref.id}` : `workflow run ${ref.id} had already finished`] };
    } catch (e) {
      ctx?.reporter.warning(`could not cancel workflow run ${ref.id} of ${this.settings.github}: ${(e as Error).message}; it may still be running`);
      return { ok: false, cancelled: true, ...url, log: [`could not cancel workflow run ${ref.id}: ${(e as Error).message}`] };
    }
  }
}
