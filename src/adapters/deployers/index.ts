import type { DeploySettings } from '../../core/rollout/deploy-settings.js';
import type { GitHubClient } from '../github/client.js';
import { CodeBuildDeployer } from './codebuild.js';
import { CommandDeployer } from './command.js';
import type { Deployer } from './deployer.js';
import type { PollOptions } from './poll.js';
import { WorkflowDeployer } from './workflow.js';

export interface DeployerEnvironment {
  poll: PollOptions;
  /** Made on first use: only the workflow deployer needs GitHub. */
  github?: () => GitHubClient;
  codebuild?: { region?: string; endpoint?: string };
}

/** One deployer per distinct settings, made when a step first needs it. */
export class Deployers {
  private readonly made = new Map<string, Deployer>();

  constructor(private readonly env: DeployerEnvironment) {}

  for(settings: DeploySettings): Deployer {
    const key = JSON.stringify(settings);
    let deployer = this.made.get(key);
    if (!deployer) {
      deployer = this.make(settings);
      this.made.set(key, deployer);
    }
    return deployer;
  }

  private make(settings: DeploySettings): Deployer {
    switch (settings.deployer) {
      case 'command':
        return new CommandDeployer(settings.run);
      case 'workflow': {
        if (!this.env.github) throw new Error('the workflow deployer needs a GitHub token');
        return new WorkflowDeployer(this.env.github(), settings, this.env.poll);
      }
      case 'codebuild': {
        const region = this.env.codebuild?.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
        return new CodeBuildDeployer(settings.project, { region, endpoint: this.env.codebuild?.endpoint || undefined, poll: this.env.poll });
      }
    }
  }
}
