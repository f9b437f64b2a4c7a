import * as core from '../adapters/actions-runner.js';
import { LockstepError } from '../core/errors.js';
import { createGitHubClient, DEFAULT_RATE_LIMIT_WAIT, type GitHubClient } from '../adapters/github/client.js';
import { GitHubPullSource, GitPullSource, type PullSource } from '../adapters/pull-source.js';
import { bootstrap, checkPull, resolveDeps, type ReleaseContext, type ResolveResult } from '../jobs/resolve-deps.js';

import { booleanInput, choiceInput, secondsInput } from './inputs.js';
import { runAction } from './runtime.js';

interface Inputs {
  config: string;
  source: 'github' | 'git';
  token: string;
  onUnmerged: 'hold' | 'fail';
  mode: 'release' | 'check' | 'bootstrap';
  write: boolean;
  rateLimitWait: number;
}


function readInputs(): Inputs {
  return {
    config: core.getInput('config').trim() || 'release.yaml',
    source: choiceInput('source', ['github', 'git'] as const, 'github'),
    token: core.getInput('token'),
    onUnmerged: choiceInput('on-unmerged', ['hold', 'fail'] as const, 'hold'),
    mode: choiceInput('mode', ['release', 'check', 'bootstrap'] as const, 'release'),
    write: booleanInput('write', true),
    rateLimitWait: secondsInput('rate-limit-wait', DEFAULT_RATE_LIMIT_WAIT, { zero: true }),
  };
}

function client(inputs: Inputs): GitHubClient {
  if (!inputs.token) throw new LockstepError('input token is empty: source github (and mode check) read the GitHub API');
  return createGitHubClient({ token: inputs.token, rateLimitWait: inputs.rateLimitWait });
}

function sourceFor(inputs: Inputs): (ctx: ReleaseContext) => PullSource {
  if (inputs.source === 'git') return ctx => new GitPullSource(ctx.configDir, ctx.config.file);
  return ctx => new GitHubPullSource(client(inputs), ctx.config.file);
}

function setOutputs(result: ResolveResult): void {
  core.setOutput('changed', String(result.changed));
  core.setOutput('version', result.version ? String(result.version.version) : '');
  core.setOutput('version-file', result.changed ? (result.versionFile ?? '') : '');
  core.setOutput('steps', JSON.stringify(result.steps));
  core.setOutput('held', JSON.stringify(result.held));
}

void runAction(async reporter => {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (inputs.mode === 'check') {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (!eventPath) throw new LockstepError('mode check needs a pull_request event (GITHUB_EVENT_PATH is not set)');
    const result = await checkPull({ eventPath, client: client(inputs) }, reporter);
    core.setOutput('changed', 'false');
    core.setOutput('steps', '[]');
    core.setOutput('held', JSON.stringify(result.unmerged));
    if (result.errors > 0) throw new LockstepError(`${result.errors} problem(s) in the dependency blocks of ${result.pull}`);
    return;
  }
  const options = { config: inputs.config, workspace, source: sourceFor(inputs), write: inputs.write };
  const result = inputs.mode === 'bootstrap' ? await bootstrap(options, reporter) : await resolveDeps({ ...options, onUnmerged: inputs.onUnmerged }, reporter);
  setOutputs(result);
});
