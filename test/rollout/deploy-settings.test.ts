import { parseReleaseConfig } from '../../src/core/config/release.js';
import { isLockstepError, type LockstepError } from '../../src/core/errors.js';
import { deploySettingsFor, parseDeploySections } from '../../src/core/rollout/deploy-settings.js';

function settings(text: string, repo: string, inputs = {}) {
  return deploySettingsFor(parseReleaseConfig(text, 'release.yaml'), parseDeploySections(text, 'release.yaml'), repo, inputs);
}
function errorOf(fn: () => unknown): LockstepError {
  try {
    fn();
  } catch (e) {
    if (isLockstepError(e)) return e;
    throw e;
  }
  throw new Error('expected a LockstepError');
}

const CONFIG = `deploy:
  deployer: codebuild
  project: deploy-all
repositories:
  infra:
    github: crois/infra
    deploy: { deployer: workflow, workflow: deploy.yml }
  api:
    github: crois/api
    branch: master
  web:
    deploy:
      project: deploy-web
`;

describe('deployer settings', () => {
  it('takes a repository\'s own deploy over the top level, over the inputs', () => {
    expect(settings(CONFIG, 'infra')).toEqual({ deployer: 'workflow', github: 'crois/infra', workflow: 'deploy.yml', ref: 'main' });
    expect(settings(CONFIG, 'api', { deployer: 'command', run: 'x' })).toEqual({ deployer: 'codebuild', project: 'deploy-all' });
    expect(settings(CONFIG, 'web')).toEqual({ deployer: 'codebuild', project: 'deploy-web' });
    expect(settings('repositories:\n  api: {}\n', 'api', { run: 'kubectl apply -f k8s/' })).toEqual({ deployer: 'command', run: 'kubectl apply -f k8s/' });
  });

  it.each([
    ['repositories:\n  api:\n    deploy: { deployer: lambda }\n', 'api', 3, 'repositories.api.deploy.deployer: "lambda" is not a deployer'],
    ['repositories:\n  api:\n    deploy:\n      deployer: codebuild\n      projet: x\n', 'api', 5, 'unknown key "projet"'],
    ['repositories:\n  a: {}\n  api:\n    deploy:\n      deployer: codebuild\n', 'api', 5, 'the codebuild deployer needs "project"'],
    ['repositories:\n  api:\n    deploy: { deployer: workflow, workflow: d.yml }\n', 'api', 2, 'needs "github: owner/repo"'],
    ['repositories:\n  api: {}\n', 'api', 2, 'the command deployer needs a command'],
  ])('reports a bad deploy setting at its line (%#)', (text, repo, line, message) => {
    const e = errorOf(() => settings(text, repo));
    expect(e.location).toEqual({ file: 'release.yaml', line });
    expect(e.message).toContain(message);
  });
});
