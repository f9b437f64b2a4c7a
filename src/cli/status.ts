import { resolve } from 'node:path';
import { openRelease } from '../adapters/release-repo.js';
import { FileStateStore } from '../adapters/state/file.js';
import { renderStatus } from '../core/rollout/status.js';
import type { Reporter } from '../jobs/reporter.js';
import { readStatus } from '../jobs/status.js';
import { parseFlags, type Command } from './command.js';

export const statusCommand: Command = {
  name: 'status',
  summary: "show every environment's version and commits, pending versions and held-back PRs",
  usage: `usage: lockstep status [--config release.yaml] [--state-file FILE] [--environment NAME ...] [--json]

Prints one row per environment — the version it fully reached, the commit live in each
repository, the versions still to deploy (and a rollout that stopped half-way, or holds the
environment) — and the pull requests the newest version holds back, with the reason.

  --config FILE        release config (default release.yaml)
  --state-file FILE    JSON state (default .lockstep/state.json)
  --environment NAME   environment to show, in this order; repeat for more (default: every
                       environment of the state file)
  --json               print the status as JSON`,
  async run(argv: string[], reporter: Reporter): Promise<number> {
    const { values } = parseFlags(argv, {
      config: { type: 'string', default: 'release.yaml' },
      'state-file': { type: 'string', default: '.lockstep/state.json' },
      environment: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
    });
    const workspace = process.cwd();
    const release = await openRelease(values.config, workspace);
    const file = values['state-file'];
    const path = resolve(workspace, file);
    const names = values.environment?.length ? values.environment : await new FileStateStore('', path, file).environments();
    const status = await readStatus(release, names.map(name => new FileStateStore(name, path, file)));
    if (values.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else reporter.info(renderStatus(status).trimEnd());
    return 0;
  },
};
