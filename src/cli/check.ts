import { isAbsolute, resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import type { MergingPulls } from '../core/deps/check.js';
import { gitHubAccess } from '../composition/github.js';
import { branchCommits, pullSource, releases } from '../composition/releases.js';
import { checkRelease } from '../jobs/check-deps.js';
import { parseFlags, type Command } from './command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: "check a branch as if it merged next: the release planner's verdict before the merge",
  usage: [
    'usage: lockstep check --repo <name> --branch <branch> [--pull N] [--config release.yaml]',
    '',
    'Plans the next release as the PR check does, against the local clones of the release config',
    "(source: git): the branch's commits of repository <name> count as merged next on its branch,",
    'their messages as the PR text. Fails on a malformed block, a repository outside the release,',
    'or a cycle this merge would close; says at which step of the next release it ships.',
    '  --repo    the repository of the release config the branch belongs to',
    '  --branch  the branch to check (local, or origin/<branch>)',
    '  --pull    its PR number, once opened (messages call it <repo>@<branch> until then)',
    '  --config  release config (default release.yaml)',
  ].join('\n'),
  async run(argv, reporter) {
    const { values } = parseFlags(argv, { repo: { type: 'string' }, branch: { type: 'string' }, pull: { type: 'string' }, config: { type: 'string' } });
    if (!values.repo || !values.branch) throw new LockstepError('check needs --repo <name> and --branch <branch>');
    if (values.pull !== undefined && !/^[1-9][0-9]{0,8}$/.test(values.pull)) throw new LockstepError(`--pull: "${values.pull}" is not a PR number`);
    const pull = values.pull === undefined ? 0 : Number(values.pull);
    const local = await releases().latest(values.config ?? 'release.yaml', process.cwd());
    const repo = local.config.repositories.find(r => r.name === values.repo);
    if (!repo) throw new LockstepError(`--repo: "${values.repo}" is not a repository of the release config (${local.config.repositories.map(r => r.name).join(', ')})`, { file: local.config.file });
    if (!repo.path) throw new LockstepError(`repositories.${repo.name}: "path" (a local clone) is required to check a branch`, { file: local.config.file, line: repo.line });
    const dir = isAbsolute(repo.path) ? repo.path : resolve(local.configDir!, repo.path);
    const branch = values.branch;
    const merging = async (): Promise<MergingPulls> => {
      const { head, messages } = await branchCommits(dir, repo.branch, branch);
      if (!messages.length) throw new LockstepError(`branch "${branch}" has no commits that ${repo.branch} lacks: nothing to check`);
      const title = messages[messages.length - 1].split('\n')[0];
      return {
        owner: '',
        name: repo.name,
        base: repo.branch,
        pulls: [{ commit: head, pull, title, texts: [{ kind: 'description', body: messages.join('\n\n') }] }],
        title: `${repo.name}@${branch}`,
        notes: [],
      };
    };
    const unnamed = `${repo.name}#0`;
    const result = await checkRelease(
      {
        release: async () => local,
        merging,
        repositoryOf: () => repo,
        source: pullSource('git', gitHubAccess(undefined, 'lockstep check reads local clones only', reporter)),
        rename: pull ? undefined : text => text.split(unnamed).join(`${repo.name}@${branch}`),
      },
      reporter,
    );
    return result.errors ? 1 : 0;
  },
};
