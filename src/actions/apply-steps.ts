import * as core from '@actions/core';
import { LockstepError } from '../core/errors.js';
import { DEPLOYERS } from '../core/rollout/deploy-settings.js';
import { DEFAULT_RATE_LIMIT_WAIT, gitHubAccess, serverUrl, type GitHubAccess } from '../composition/github.js';
import { releases } from '../composition/releases.js';
import { currentHolder, deployers, stateStore, terminationSignal, type StateOptions } from '../composition/rollout.js';
import { DEFAULT_LEASE, leaseOf } from '../core/rollout/lock.js';
import { applySteps, planSteps, RolloutFailed, type ApplyResult } from '../jobs/apply-steps.js';
import { booleanInput, secondsInput, secretInput } from './inputs.js';
import { runAction } from './runtime.js';

function setOutputs(result: ApplyResult): void {
  core.setOutput('from-version', result.from === undefined ? '' : String(result.from));
  core.setOutput('to-version', String(result.to));
  core.setOutput('applied', JSON.stringify(result.applied));
  core.setOutput('plan', result.plan);
}

/** The hold's lease when `hold-lease` is left out. */
const DEFAULT_LEASE_SECONDS = DEFAULT_LEASE.ttlMs / 1000;

function stateOptions(environment: string, workspace: string, github: GitHubAccess): StateOptions {
  const kind = core.getInput('state').trim() || 'deployments';
  if (kind === 'file') {
    const lease = leaseOf(secondsInput('hold-lease', DEFAULT_LEASE_SECONDS) * 1000);
    return { kind, environment, workspace, file: core.getInput('state-file').trim() || '.lockstep/state.json', lease };
  }
  if (kind === 'deployments') {
    return {
      kind,
      environment,
      github,
      repository: core.getInput('repository').trim() || process.env.GITHUB_REPOSITORY || '',
      ref: process.env.GITHUB_SHA || process.env.GITHUB_REF_NAME || '',
      githubEnvironment: core.getInput('deployments-environment').trim(),
    };
  }
  throw new LockstepError(`input state: "${kind}" is neither deployments nor file`);
}

void runAction(async reporter => {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const environment = core.getInput('environment', { required: true }).trim();
  if (!/^[^\s/][^\n]*$/.test(environment)) throw new LockstepError(`input environment: "${environment}" is not an environment name`);
  const deployer = core.getInput('deployer').trim();
  if (deployer && !(DEPLOYERS as readonly string[]).includes(deployer)) {
    throw new LockstepError(`input deployer: "${deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
  }
  const github = gitHubAccess(secretInput('token'), 'input token: a GitHub token is needed for the workflow deployer and the deployments state', reporter, {
    rateLimitWait: secondsInput('rate-limit-wait', DEFAULT_RATE_LIMIT_WAIT, { zero: true }),
  });
  const options = {
    config: core.getInput('config').trim() || 'release.yaml',
    workspace,
    environment,
    version: core.getInput('version'),
    deploy: { ...(deployer ? { deployer } : {}), ...(core.getInput('run') ? { run: core.getInput('run') } : {}) },
    releases: releases(),
    serverUrl: serverUrl(),
    store: await stateStore(stateOptions(environment, workspace, github)),
  };
  if (booleanInput('plan')) {
    setOutputs(await planSteps(options, reporter));
    return;
  }
  const steps = deployers({
    pollSeconds: secondsInput('poll-interval', 10),
    github,
    codebuild: { region: core.getInput('codebuild-region').trim(), endpoint: core.getInput('codebuild-endpoint').trim() },
  });
  const signal = terminationSignal(name => reporter.warning(`received ${name}: stopping the running step, then releasing the hold on "${environment}"`));
  try {
    const holder = currentHolder(process.env, core.getInput('hold-key'));
    setOutputs(await applySteps({ ...options, deployers: steps, holder, breakLock: booleanInput('break-lock'), signal }, reporter));
  } catch (e) {
    if (e instanceof RolloutFailed) setOutputs(e.result);
    throw e;
  }
});
