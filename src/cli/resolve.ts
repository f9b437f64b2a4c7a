import { LockstepError } from '../core/errors.js';
import { gitHubAccess } from '../composition/github.js';
import { pullSource, releases, type PullSourceKind } from '../composition/releases.js';
import type { Reporter } from '../core/reporter.js';
import { bootstrap, resolveDeps } from '../jobs/resolve-deps.js';
import type { PullSource, ReleaseContext } from '../jobs/ports.js';
import { parseFlags, type Command } from './command.js';

function source(kind: string | undefined, reporter: Reporter): (ctx: ReleaseContext) => Promise<PullSource> {
  const s = kind ?? 'git';
  if (s !== 'git' && s !== 'github') throw new LockstepError(`--source: "${s}" is not git or github`);
  return pullSource(s satisfies PullSourceKind, gitHubAccess(process.env.GITHUB_TOKEN, '--source github needs a token in GITHUB_TOKEN', reporter));
}

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'plan the next version file from the PRs merged since the last one',
  usage: [
    'usage: lockstep resolve [--config release.yaml] [--source git|github] [--on-unmerged hold|fail] [--write]',
    '',
    'Reads the PRs merged into every repository of the release config since the newest version',
    'file, resolves their dependency blocks and prints the steps of the next version.',
    '  --config       release config (default release.yaml)',
    '  --source       git: local clones from each repository\'s path (default); github: the API (GITHUB_TOKEN)',
    '  --on-unmerged  hold (default): hold back PRs whose dependency is not merged; fail: stop',
    '  --write        write versions/<N>.yaml (otherwise only print the plan)',
  ].join('\n'),
  async run(argv, reporter) {
    const { values } = parseFlags(argv, {
      config: { type: 'string' },
      source: { type: 'string' },
      'on-unmerged': { type: 'string' },
      write: { type: 'boolean' },
    });
    const onUnmerged = values['on-unmerged'] ?? 'hold';
    if (onUnmerged !== 'hold' && onUnmerged !== 'fail') throw new LockstepError(`--on-unmerged: "${onUnmerged}" is not hold or fail`);
    const result = await resolveDeps(
      { config: values.config ?? 'release.yaml', workspace: process.cwd(), releases: releases(), source: source(values.source, reporter), onUnmerged, write: values.write ?? false },
      reporter,
    );
    if (result.changed && !values.write) reporter.info(`(not written: run with --write to create ${result.versionFile})`);
    return 0;
  },
};

export const bootstrapCommand: Command = {
  name: 'bootstrap',
  summary: 'write version 1, pinning every repository at its current head',
  usage: [
    'usage: lockstep bootstrap [--config release.yaml] [--source git|github]',
    '',
    'Adopting Lockstep starts here: version 1 names each repository\'s branch head and deploys',
    'them in config order. Refused when a version file already exists.',
  ].join('\n'),
  async run(argv, reporter) {
    const { values } = parseFlags(argv, { config: { type: 'string' }, source: { type: 'string' } });
    await bootstrap({ config: values.config ?? 'release.yaml', workspace: process.cwd(), releases: releases(), source: source(values.source, reporter), write: true }, reporter);
    return 0;
  },
};
