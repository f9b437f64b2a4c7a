import * as core from '@actions/core';
import { LockstepError } from '../core/errors.js';
import { gitHubAccess, pullSource } from '../composition.js';
import { DEFAULT_RATE_LIMIT_WAIT } from '../adapters/github/rate-limit.js';
import { bootstrap, checkPull, resolveDeps, type ResolveResult } from '../jobs/resolve-deps.js';
import { booleanInput, choiceInput, secondsInput, secretInput } from './inputs.js';
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
    token: secretInput('token'),
    onUnmerged: choiceInput('on-unmerged', ['hold', 'fail'] as const, 'hold'),
    mode: choiceInput('mode', ['release', 'check', 'bootstrap'] as const, 'release'),
    write: booleanInput('write', true),
    rateLimitWait: secondsInput('rate-limit-wait', DEFAULT_RATE_LIMIT_WAIT, { zero: true }),
  };
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
  const github = gitHubAccess(inputs.token, 'input token is empty: source github (and mode check) read the GitHub API', { rateLimitWait: inputs.rateLimitWait });
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (inputs.mode === 'check') {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (!eventPath) throw new LockstepError('mode check needs a pull_request event (GITHUB_EVENT_PATH is not set)');
    const result = await checkPull({ eventPath, client: await github() }, reporter);
    core.setOutput('changed', 'false');
    core.setOutput('steps', '[]');
    core.setOutput('held', JSON.stringify(result.unmerged));
    if (result.errors > 0) throw new LockstepError(`${result.errors} problem(s) in the dependency blocks of ${result.pull}`);
    return;
  }
  const options = { config: inputs.config, workspace, source: pullSource(inputs.source, github), write: inputs.write };
  const result = inputs.mode === 'bootstrap' ? await bootstrap(options, reporter) : await resolveDeps({ ...options, onUnmerged: inputs.onUnmerged }, reporter);
  setOutputs(result);
});
