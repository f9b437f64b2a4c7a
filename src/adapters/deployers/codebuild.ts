import { createHash } from 'node:crypto';
import { BatchGetBuildsCommand, CodeBuildClient, StartBuildCommand, type Build } from '@aws-sdk/client-codebuild';
import { LockstepError } from '../../core/errors.js';
import type { DeployerRef, PlannedStep } from '../../core/rollout/state.js';
import { stepEnvironment, type DeployContext, type Deployer, type DeployOutcome } from './deployer.js';
import { poll, type PollOptions } from './poll.js';

export interface CodeBuildOptions {
  region: string;
  /** Endpoint override (a local endpoint in tests, a VPC endpoint in some accounts). */
  endpoint?: string;
  poll: PollOptions;
}

const FAILED = new Set(['FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']);

/**
 * Same step, same attempt, same token: if the runner dies after StartBuild was sent but
 * before the build id was recorded, the next run sends the same token and CodeBuild
 * answers with the build already started instead of starting a second one. A retry after a
 * failure is a new attempt and gets a new token.
 */
export function idempotencyToken(environment: string, step: PlannedStep, attempt: number): string {
  const key = [environment, step.kind, step.version, step.index, step.repository, step.commit, attempt].join('\0');
  return `lockstep-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

/** The original system's deployer: one CodeBuild build per step, `sourceVersion` = the step's commit. */
export class CodeBuildDeployer implements Deployer {
  readonly name = 'codebuild' as const;
  private readonly client: CodeBuildClient;

  constructor(
    private readonly project: string,
    private readonly options: CodeBuildOptions,
    client?: CodeBuildClient,
  ) {
    this.client = client ?? new CodeBuildClient({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  }

  async start(step: PlannedStep, ctx: DeployContext): Promise<DeployerRef> {
    const out = await this.client.send(
      new StartBuildCommand({
        projectName: this.project,
        sourceVersion: step.commit,
        idempotencyToken: idempotencyToken(ctx.environment, step, ctx.attempt),
        environmentVariablesOverride: Object.entries(stepEnvironment(step, ctx.environment)).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })),
      }),
    );
    const id = out.build?.id;
    if (!id) throw new LockstepError(`CodeBuild project "${this.project}" accepted the build of ${step.repository}@${step.commit} but returned no build id`);
    return { deployer: this.name, id, url: this.link(out.build!) };
  }

  async attach(ref: DeployerRef): Promise<DeployerRef | undefined> {
    const build = await this.get(ref.id);
    return build ? { deployer: this.name, id: ref.id, url: this.link(build) } : undefined;
  }

  async wait(ref: DeployerRef): Promise<DeployOutcome> {
    const build = await poll(async () => {
      const b = await this.get(ref.id);
      if (!b) throw new LockstepError(`CodeBuild build ${ref.id} no longer exists`);
      return b.buildStatus && b.buildStatus !== 'IN_PROGRESS' ? b : undefined;
    }, this.options.poll);
    const url = this.link(build);
    if (build.buildStatus === 'SUCCEEDED') return { ok: true, url };
    const failedPhase = build.phases?.find(p => p.phaseStatus && FAILED.has(p.phaseStatus));
    const log = [`build ${build.id} ended ${build.buildStatus}${failedPhase ? ` in phase ${failedPhase.phaseType}` : ''}`];
    for (const c of failedPhase?.contexts ?? []) if (c.message) log.push(c.message);
    return { ok: false, url, log };
  }

  private async get(id: string): Promise<Build | undefined> {
    const out = await this.client.send(new BatchGetBuildsCommand({ ids: [id] }));
    return out.builds?.find(b => b.id === id);
  }

  private link(build: Build): string {
    return build.logs?.deepLink ?? `https://${this.options.region}.console.aws.amazon.com/codesuite/codebuild/projects/${encodeURIComponent(this.project)}/build/${encodeURIComponent(build.id ?? '')}`;
  }
}
