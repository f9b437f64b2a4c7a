import * as core from '@actions/core';
import { LockstepError } from '../core/errors.js';
import { DEFAULT_RATE_LIMIT_WAIT, gitHubAccess } from '../composition/github.js';
import { gitHubCheckSources, pullSource, releases, type RemoteRelease } from '../composition/releases.js';
import { bootstrap, resolveDeps, type ResolveResult } from '../jobs/resolve-deps.js';
import { checkRelease } from '../jobs/check-deps.js';
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
  /** Check mode: where the release config and version files live (absent: `config` in the workspace). */
  release?: RemoteRelease;
}

const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function releaseInput(): RemoteRelease | undefined {
  const full = core.getInput('release-repository').trim();
  if (!full) return undefined;
  if (!OWNER_REPO.test(full)) throw new LockstepError(`input release-repository: "${full}" is not owner/name`);
  const [owner, name] = full.split('/');
  return { owner, name, ref: core.getInput('release-ref').trim(), config: core.getInput('release-config').trim() || 'release.yaml' };
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
    release: releaseInput(),
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
  const github = gitHubAccess(inputs.token, 'input token is empty: source github (and mode check) read the GitHub API', reporter, { rateLimitWait: inputs.rateLimitWait });
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const local = releases();
  if (inputs.mode === 'check') {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (!eventPath) throw new LockstepError('mode check needs a pull_request or merge_group event (GITHUB_EVENT_PATH is not set)');
    const result = await checkRelease(
      {
        ...gitHubCheckSources(github, eventPath, inputs.release ? { remote: inputs.release } : { config: inputs.config, workspace }),
        repositoryOf: (m, r) => r.config.repositories.find(repo => repo.github?.toLowerCase() === `${m.owner}/${m.name}`.toLowerCase()),
        source: pullSource(inputs.source, github),
      },
      reporter,
    );
    core.setOutput('changed', 'false');
    core.setOutput('steps', JSON.stringify(result.steps));
    core.setOutput('held', JSON.stringify(result.placements.flatMap(p => ('held' in p ? [{ pull: p.pull, reason: p.held }] : []))));
    core.setOutput('placement', JSON.stringify(result.placements));
    if (result.errors > 0) throw new LockstepError(`${result.errors} problem(s) would reach the next release (see the annotations)`);
    return;
  }
  const options = { config: inputs.config, workspace, releases: local, source: pullSource(inputs.source, github), write: inputs.write };
  const result = inputs.mode === 'bootstrap' ? await bootstrap(options, reporter) : await resolveDeps({ ...options, onUnmerged: inputs.onUnmerged }, reporter);
  setOutputs(result);
});
