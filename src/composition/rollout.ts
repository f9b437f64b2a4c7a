/**
 * apply-steps' adapters: where rollout state lives, which deployers run steps, who this run
 * is and what cancels it. A state store or deployer is imported when it is first needed (the
 * AWS SDK only for a CodeBuild step).
 */
import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import type { Lease } from '../core/rollout/lock.js';
import type { Deployers } from '../adapters/deployers/index.js';
import type { DeployerSource, StateStore } from '../jobs/ports.js';
import type { GitHubAccess } from './github.js';

// Small and read at every start: who this run is, the signals that cancel it.
export { currentHolder } from '../adapters/state/holder.js';
export { terminationSignal } from '../adapters/termination.js';

export type StateOptions =
  /** A JSON file in the workspace; `file` as the user wrote it, for messages. */
  | { kind: 'file'; environment: string; workspace: string; file: string; lease?: Lease }
  /** GitHub Deployments of the release repository at commit `ref`, in GitHub environment `githubEnvironment` (default `<environment> (lockstep)`). */
  | { kind: 'deployments'; environment: string; github: GitHubAccess; repository: string; ref: string; githubEnvironment?: string };

/** The rollout state store; only the chosen kind's module is loaded. */
export async function stateStore(options: StateOptions): Promise<StateStore> {
  if (options.kind === 'file') {
    const { FileStateStore } = await import('../adapters/state/file.js');
    return new FileStateStore(options.environment, resolve(options.workspace, options.file), options.file, options.lease);
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) throw new LockstepError(`repository: "${options.repository}" is not owner/repo`);
  if (!options.ref) throw new LockstepError('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
  if ((options.githubEnvironment ?? '').length > 255) throw new LockstepError(`deployments environment: "${options.githubEnvironment!.slice(0, 40)}…" is longer than GitHub's 255 characters for an environment name`);
  const { DeploymentsStateStore } = await import('../adapters/state/deployments.js');
  return new DeploymentsStateStore(options.environment, await options.github(), options.repository, options.ref, { githubEnvironment: options.githubEnvironment });
}

export interface DeployerOptions {
  /** First wait before checking a workflow run or build. */
  pollSeconds: number;
  github: GitHubAccess;
  codebuild: { region?: string; endpoint?: string };
}

/** The deployers a rollout's steps use, each made (and its module loaded) when a step first needs it. */
export function deployers(options: DeployerOptions): DeployerSource {
  if (!Number.isFinite(options.pollSeconds) || options.pollSeconds <= 0) throw new LockstepError(`poll interval: "${options.pollSeconds}" is not a positive number of seconds`);
  let made: Promise<Deployers> | undefined;
  return {
    for: async settings => {
      made ??= import('../adapters/deployers/index.js').then(m => new m.Deployers({ poll: { initialMs: options.pollSeconds * 1000 }, github: options.github, codebuild: options.codebuild }));
      return (await made).for(settings);
    },
  };
}
