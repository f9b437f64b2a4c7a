import { LockstepError } from '../core/errors.js';
import { DEPLOYERS } from '../core/rollout/deploy-settings.js';
import { gitHubAccess, serverUrl } from '../composition/github.js';
import { releases } from '../composition/releases.js';
import { currentHolder, deployers, stateStore, terminationSignal } from '../composition/rollout.js';
import { DEFAULT_LEASE, leaseOf } from '../core/rollout/lock.js';
import { applySteps, planSteps } from '../jobs/apply-steps.js';
import type { Reporter } from '../core/reporter.js';
import { parseFlags, type Command } from './command.js';

const FLAGS = {
  config: { type: 'string', default: 'release.yaml' },
  environment: { type: 'string' },
  version: { type: 'string' },
  deployer: { type: 'string' },
  run: { type: 'string' },
  'state-file': { type: 'string', default: '.lockstep/state.json' },
  'break-lock': { type: 'boolean', default: false },
  'hold-key': { type: 'string', default: '' },
  'hold-lease': { type: 'string', default: String(DEFAULT_LEASE.ttlMs / 1000) },
  'codebuild-region': { type: 'string' },
  'codebuild-endpoint': { type: 'string' },
  'poll-interval': { type: 'string', default: '10' },
} as const;

const OPTIONS = `options:
  --environment NAME       environment to bring to the version (required)
  --version N|FILE         target version number or version file; default the newest
  --config FILE            release config (default release.yaml)
  --run SCRIPT             command deployer script, run with bash -e -c; the step arrives in
                           LOCKSTEP_REPOSITORY, LOCKSTEP_COMMIT, LOCKSTEP_ENVIRONMENT,
                           LOCKSTEP_VERSION, LOCKSTEP_STEP (keep it idempotent)
  --deployer NAME          command (default), workflow or codebuild, where release.yaml names none
  --state-file FILE        JSON state (default .lockstep/state.json)
  --break-lock             take a hold whose lease ran out (its holder stopped renewing it)
  --hold-key KEY           told apart from other holders by this key too (shown in the hold)
  --hold-lease SECONDS     how long this run's hold outlives it if it dies without releasing
                           it (renewed every quarter of that while it runs; default 120)
  --codebuild-region R     AWS region for the codebuild deployer
  --codebuild-endpoint URL CodeBuild endpoint override
  --poll-interval SECONDS  first wait before checking a workflow run or build (default 10)
  (the workflow deployer reads a token from GITHUB_TOKEN)`;

async function common(argv: string[]) {
  const { values } = parseFlags(argv, FLAGS);
  if (!values.environment) throw new LockstepError('--environment is required');
  if (values.deployer && !(DEPLOYERS as readonly string[]).includes(values.deployer)) {
    throw new LockstepError(`--deployer: "${values.deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
  }
  const workspace = process.cwd();
  const stateFile = values['state-file'];
  const lease = Number(values['hold-lease']);
  if (!Number.isFinite(lease) || lease <= 0) throw new LockstepError(`--hold-lease: "${values['hold-lease']}" is not a positive number of seconds`);
  return {
    values,
    options: {
      config: values.config,
      workspace,
      environment: values.environment,
      version: values.version,
      deploy: { ...(values.deployer ? { deployer: values.deployer } : {}), ...(values.run ? { run: values.run } : {}) },
      releases: releases(),
      serverUrl: serverUrl(),
      store: await stateStore({ kind: 'file', environment: values.environment, workspace, file: stateFile, lease: leaseOf(lease * 1000) }),
    },
  };
}

export const applyCommand: Command = {
  name: 'apply',
  summary: 'bring an environment to a version, step by step, resuming where a failed run stopped',
  usage: `usage: lockstep apply --environment NAME [--version N] [--run SCRIPT] [--state-file FILE]\n\n${OPTIONS}`,
  async run(argv: string[], reporter: Reporter): Promise<number> {
    const { values, options } = await common(argv);
    const interval = Number(values['poll-interval']);
    if (!Number.isFinite(interval) || interval <= 0) throw new LockstepError(`--poll-interval: "${values['poll-interval']}" is not a positive number of seconds`);
    const steps = deployers({
      pollSeconds: interval,
      github: gitHubAccess(process.env.GITHUB_TOKEN, 'the workflow deployer reads a GitHub token from GITHUB_TOKEN, which is not set', reporter),
      codebuild: { region: values['codebuild-region'], endpoint: values['codebuild-endpoint'] },
    });
    const signal = terminationSignal(name => reporter.warning(`received ${name}: stopping the running step, then releasing the hold on "${options.environment}"`));
    const holder = currentHolder(process.env, values['hold-key']);
    const result = await applySteps({ ...options, deployers: steps, holder, breakLock: values['break-lock'], signal }, reporter);
    reporter.info(`${options.environment} is at version ${result.to} (${result.applied.filter(a => a.status === 'finished').length} step(s) run)`);
    return 0;
  },
};

export const planCommand: Command = {
  name: 'plan',
  summary: 'show what `lockstep apply` would do, changing nothing',
  usage: `usage: lockstep plan --environment NAME [--version N] [--state-file FILE]\n\n${OPTIONS}`,
  async run(argv: string[], reporter: Reporter): Promise<number> {
    const { options } = await common(argv);
    await planSteps(options, reporter);
    return 0;
  },
};
