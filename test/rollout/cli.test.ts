import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { TestRepo } from '../support/git-repo.js';
import { runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

describe('lockstep apply / lockstep plan', () => {
  let tmp: { path: string; cleanup: () => Promise<void> };
  let release: TestRepo;
  let a1: string;
  let a2: string;
  beforeEach(async () => {
    tmp = await tempDir('lockstep-cli-');
    const component = TestRepo.create(join(tmp.path, 'api'));
    a1 = component.write('x', '1').commit('one');
    a2 = component.write('x', '2').commit('two');
    release = TestRepo.create(join(tmp.path, 'release'));
    release.write('release.yaml', 'repositories:\n  api: { github: crois/api }\n');
    release.write('versions/1.yaml', serializeVersionFile({ version: 1, repositories: { api: a1 }, steps: [{ repository: 'api', commit: a1 }] }));
    release.write('versions/2.yaml', serializeVersionFile({ version: 2, repositories: { api: a2 }, steps: [{ repository: 'api', commit: a2 }] }));
    release.commit('versions');
  });
  afterEach(() => tmp.cleanup());

  it('plans, applies with the command deployer into a state file, and resumes from it', async () => {
    const out = join(tmp.path, 'deployed.log');
    const run = `echo "$LOCKSTEP_ENVIRONMENT $LOCKSTEP_VERSION $LOCKSTEP_REPOSITORY $LOCKSTEP_COMMIT" >> "$OUT"`;
    const plan = await runCli(['plan', '--environment', 'dev', '--version', '1'], { cwd: release.dir });
    expect(plan.exitCode).toBe(0);
    expect(plan.stdout).toContain('### dev: deploy from nothing yet to version 1');
    expect(existsSync(join(release.dir, '.lockstep/state.json'))).toBe(false);

    const first = await runCli(['apply', '--environment', 'dev', '--version', '1', '--run', run], { cwd: release.dir, env: { OUT: out } });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('dev is at version 1 (1 step(s) run)');
    const second = await runCli(['apply', '--environment', 'dev', '--run', run, '--state-file', '.lockstep/state.json'], { cwd: release.dir, env: { OUT: out } });
    expect(second.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([`dev 1 api ${a1}`, `dev 2 api ${a2}`]);
    expect(JSON.parse(readFileSync(join(release.dir, '.lockstep/state.json'), 'utf8')).environments.dev.version).toBe(2);
  });

  it('prints errors as file:line without a stack', async () => {
    release.write('versions/3.yaml', `repositories:\n  api: ${a1}\nsteps:\n- repository: api\n  comit: ${a1}\n`);
    release.commit('broken');
    const r = await runCli(['apply', '--environment', 'dev', '--run', 'true'], { cwd: release.dir });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim()).toBe('error: versions/3.yaml:5: steps[1]: unknown key "comit" (expected one of: repository, commit)');
  });
});
