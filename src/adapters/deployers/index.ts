import type { DeploySettings } from '../../core/rollout/deploy-settings.js';
import type { GitHubClient } from '../github/client.js';
import { CommandDeployer } from './command.js';
import type { Deployer } from './deployer.js';
import type { PollOptions } from './poll.js';

export interface DeployerEnvironment {
  poll: PollOptions;
  /** Made on first use: only the workflow deployer needs GitHub. */
  github?: () => GitHubClient | Promise<GitHubClient>;
  codebuild?: { region?: string; endpoint?: string };
}

/**
 * One deployer per distinct settings, made when a step first needs it. The workflow and
 * CodeBuild deployers are imported then, not at start-up: the AWS SDK alone costs a command
 * rollout more start-up time than the rest of the action (docs/benchmarks.md).
 */
export class Deployers {
  private readonly made = new Map<string, Promise<Deployer>>();

  constructor(private readonly env: DeployerEnvironment) {}

  for(settings: DeploySettings): Promise<Deployer> {
    const key = JSON.stringify(settings);
    let deployer = this.made.get(key);
    if (!deployer) {
      deployer = this.make(settings);
      this.made.set(key, deployer);
    }
    return deployer;
  }

  private async make(settings: DeploySettings): Promise<Deployer> {
    switch (settings.deployer) {
      case 'command':
        return new CommandDeployer(settings.run);
      case 'workflow': {
        if (!this.env.github) throw new Error('the workflow deployer needs a GitHub token');
        const { WorkflowDeployer } = await import('./workflow.js');
        return new WorkflowDeployer(await this.env.github(), settings, this.env.poll);
      }
      case 'codebuild': {
        const region = this.env.codebuild?.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
        const { CodeBuildDeployer } = await import('./codebuild.js');
        return new CodeBuildDeployer(settings.project, { region, endpoint: this.env.codebuild?.endpoint || undefined, poll: this.env.poll });
      }
    }
  }
}
