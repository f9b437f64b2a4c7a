import { gitHubAccess } from '../composition/github.js';
import { releases } from '../composition/releases.js';
import { stateStore } from '../composition/rollout.js';
import type { FileStateStore } from '../adapters/state/file.js';
import type { StateStore } from '../adapters/state/store.js';
import { LockstepError } from '../core/errors.js';
import { renderStatus } from '../core/rollout/status.js';
import type { Reporter } from '../core/reporter.js';
import { readStatus } from '../jobs/status.js';
import { parseFlags, type Command } from './command.js';

async function stores(values: { state: string; 'state-file': string; repository?: string; environment?: string[] }, reporter: Reporter): Promise<StateStore[]> {
  const workspace = process.cwd();
  if (values.state === 'deployments') {
    const repository = values.repository ?? process.env.GITHUB_REPOSITORY ?? '';
    if (!values.environment?.length) throw new LockstepError('--state deployments: name the environments with --environment (Deployments cannot list them)');
    const github = gitHubAccess(process.env.GITHUB_TOKEN, '--state deployments needs a token in GITHUB_TOKEN (deployments: read)', reporter);
    // `ref` is what a new deployment would point at; reading the state creates none.
    return Promise.all(values.environment.map(environment => stateStore({ kind: 'deployments', environment, github, repository, ref: 'HEAD' })));
  }
  if (values.state !== 'file') throw new LockstepError(`--state: "${values.state}" is neither file nor deployments`);
  const file = values['state-file'];
  const names = values.environment?.length ? values.environment : await ((await stateStore({ kind: 'file', environment: '', workspace, file })) as FileStateStore).environments();
  return Promise.all(names.map(environment => stateStore({ kind: 'file', environment, workspace, file })));
}

export const statusCommand: Command = {
  name: 'status',
  summary: "show every environment's version and commits, pending versions and held-back PRs",
  usage: `usage: lockstep status [--config release.yaml] [--state-file FILE | --state deployments --repository OWNER/REPO]
                       [--environment NAME ...] [--json]

Prints one row per environment — the version it fully reached, the commit live in each
repository, the versions still to deploy (and a rollout that stopped half-way, or holds the
environment) — and the pull requests the newest version holds back, with the reason.

  --config FILE        release config (default release.yaml)
  --state KIND         file (default) or deployments: the GitHub Deployments apply-steps keeps
                       (reads GITHUB_TOKEN, and GITHUB_API_URL on GitHub Enterprise Server)
  --state-file FILE    JSON state (default .lockstep/state.json)
  --repository O/R     release repository holding the deployments (default GITHUB_REPOSITORY)
  --environment NAME   environment to show, in this order; repeat for more (default: every
                       environment of the state file; required with deployments)
  --json               print the status as JSON`,
  async run(argv: string[], reporter: Reporter): Promise<number> {
    const { values } = parseFlags(argv, {
      config: { type: 'string', default: 'release.yaml' },
      state: { type: 'string', default: 'file' },
      'state-file': { type: 'string', default: '.lockstep/state.json' },
      repository: { type: 'string' },
      environment: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
    });
    const workspace = process.cwd();
    const release = await releases().open(values.config, workspace);
    const status = await readStatus(release, await stores(values, reporter));
    if (values.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else reporter.info(renderStatus(status).trimEnd());
    return 0;
  },
};
