import { LockstepError } from '../core/errors.js';
import { DEPLOYERS } from '../core/rollout/deploy-settings.js';
import { deployers, gitHubAccess, stateStore } from '../composition.js';
import { currentHolder } from '../adapters/state/holder.js';
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
  --break-lock             take the environment although another run holds it (stale hold)
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
  return {
    values,
    options: {
      config: values.config,
      workspace,
      environment: values.environment,
      version: values.version,
      deploy: { ...(values.deployer ? { deployer: values.deployer } : {}), ...(values.run ? { run: values.run } : {}) },
      store: await stateStore({ kind: 'file', environment: values.environment, workspace, file: stateFile }),
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
      github: gitHubAccess(process.env.GITHUB_TOKEN, 'the workflow deployer reads a GitHub token from GITHUB_TOKEN, which is not set'),
      codebuild: { region: values['codebuild-region'], endpoint: values['codebuild-endpoint'] },
    });
    const result = await applySteps({ ...options, deployers: steps, holder: currentHolder(), breakLock: values['break-lock'] }, reporter);
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
