import * as core from '../adapters/actions-runner.js';
import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { DEPLOYERS } from '../core/rollout/deploy-settings.js';
import { Deployers } from '../adapters/deployers/index.js';
import { createGitHubClient, DEFAULT_RATE_LIMIT_WAIT, type GitHubClient } from '../adapters/github/client.js';
import { DeploymentsStateStore } from '../adapters/state/deployments.js';
import { FileStateStore } from '../adapters/state/file.js';
import { currentHolder } from '../adapters/state/holder.js';
import type { StateStore } from '../adapters/state/store.js';
import { applySteps, planSteps, RolloutFailed, type ApplyResult } from '../jobs/apply-steps.js';
import { booleanInput, secondsInput } from './inputs.js';
import { runAction } from './runtime.js';



function setOutputs(result: ApplyResult): void {
  core.setOutput('from-version', result.from === undefined ? '' : String(result.from));
  core.setOutput('to-version', String(result.to));
  core.setOutput('applied', JSON.stringify(result.applied));
  core.setOutput('plan', result.plan);
}

void runAction(async reporter => {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const environment = core.getInput('environment', { required: true }).trim();
  if (!/^[^\s/][^\n]*$/.test(environment)) throw new LockstepError(`input environment: "${environment}" is not an environment name`);
  const deployer = core.getInput('deployer').trim();
  if (deployer && !(DEPLOYERS as readonly string[]).includes(deployer)) {
    throw new LockstepError(`input deployer: "${deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
  }
  const token = core.getInput('token');
  const rateLimitWait = secondsInput('rate-limit-wait', DEFAULT_RATE_LIMIT_WAIT, { zero: true });
  let client: GitHubClient | undefined;
  const github = () => {
    if (!token) throw new LockstepError('input token: a GitHub token is needed for the workflow deployer and the deployments state');
    return (client ??= createGitHubClient({ token, rateLimitWait }));
  };

  const stateKind = core.getInput('state').trim() || 'deployments';
  let store: StateStore;
  if (stateKind === 'file') {
    const file = core.getInput('state-file').trim() || '.lockstep/state.json';
    store = new FileStateStore(environment, resolve(workspace, file), file);
  } else if (stateKind === 'deployments') {
    const repository = core.getInput('repository').trim() || process.env.GITHUB_REPOSITORY || '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new LockstepError(`input repository: "${repository}" is not owner/repo`);
    const ref = process.env.GITHUB_SHA || process.env.GITHUB_REF_NAME || '';
    if (!ref) throw new LockstepError('the deployments state needs GITHUB_SHA (the release repository commit being deployed)');
    store = new DeploymentsStateStore(environment, github(), repository, ref);
  } else {
    throw new LockstepError(`input state: "${stateKind}" is neither deployments nor file`);
  }

  const options = {
    config: core.getInput('config').trim() || 'release.yaml',
    workspace,
    environment,
    version: core.getInput('version'),
    deploy: { ...(deployer ? { deployer } : {}), ...(core.getInput('run') ? { run: core.getInput('run') } : {}) },
    store,
  };
  if (booleanInput('plan')) {
    setOutputs(await planSteps(options, reporter));
    return;
  }
  const deployers = new Deployers({
    poll: { initialMs: secondsInput('poll-interval', 10) * 1000 },
    github,
    codebuild: { region: core.getInput('codebuild-region').trim(), endpoint: core.getInput('codebuild-endpoint').trim() },
  });
  try {
    setOutputs(await applySteps({ ...options, deployers, holder: currentHolder(), breakLock: booleanInput('break-lock') }, reporter));
  } catch (e) {
    if (e instanceof RolloutFailed) setOutputs(e.result);
    throw e;
  }
});
