import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeVersionFile, type VersionFile } from '../../src/core/versions/version-file.js';
import { TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';
import { startAction, until } from './helpers.js';

/**
 * The action as the runner runs it (dist/apply-steps/index.js), with the command deployer
 * and a file state, against a real release repository in git.
 */

// The deploy script logs what it deployed; a marker file makes one repository's step fail.
const RUN = [
  'if [ -f "$MARKERS/fail-$LOCKSTEP_REPOSITORY" ]; then echo "cannot deploy $LOCKSTEP_REPOSITORY" >&2; exit 3; fi',
  'echo "$LOCKSTEP_KIND $LOCKSTEP_VERSION.$LOCKSTEP_STEP $LOCKSTEP_REPOSITORY $LOCKSTEP_COMMIT" >> "$MARKERS/deployed.log"',
].join('\n');

interface World {
  release: TestRepo;
  markers: string;
  commits: Record<string, string[]>;
  cleanup: () => Promise<void>;
}

async function world(): Promise<World> {
  const tmp = await tempDir('lockstep-apply-');
  const components: Record<string, string[]> = {};
  for (const name of ['infra', 'api', 'web']) {
    const repo = TestRepo.create(join(tmp.path, name));
    components[name] = [1, 2, 3].map(i => repo.write('file.txt', `${name} ${i}`).commit(`${name} change ${i}`));
  }
  const release = TestRepo.create(join(tmp.path, 'release'));
  release.write('release.yaml', 'repositories:\n  infra: { github: crois/infra }\n  api: { github: crois/api }\n  web: { github: crois/web }\n');
  release.write('.gitignore', '.lockstep/\n');
  release.commit('release config');
  const markers = join(tmp.path, 'markers');
  (await import('node:fs')).mkdirSync(markers);
  return { release, markers, commits: components, cleanup: tmp.cleanup };
}

function addVersion(w: World, v: VersionFile): string {
  w.release.write(`versions/${v.version}.yaml`, serializeVersionFile(v));
  return w.release.commit(`version ${v.version}`);
}

function versions(w: World): VersionFile[] {
  const c = w.commits;
  const v1: VersionFile = {
    version: 1,
    repositories: { infra: c.infra[0], api: c.api[0], web: c.web[0] },
    steps: [
      { repository: 'infra', commit: c.infra[0] },
      { repository: 'api', commit: c.api[0] },
      { repository: 'web', commit: c.web[0] },
    ],
  };
  const v2: VersionFile = {
    version: 2,
    previous: 1,
    repositories: { ...v1.repositories, infra: c.infra[1], api: c.api[1] },
    steps: [
      { repository: 'infra', commit: c.infra[1] },
      { repository: 'api', commit: c.api[1] },
    ],
  };
  const v3: VersionFile = {
    version: 3,
    previous: 2,
    repositories: { ...v2.repositories, web: c.web[2], api: c.api[2] },
    steps: [
      { repository: 'web', commit: c.web[2] },
      { repository: 'api', commit: c.api[2] },
    ],
  };
  return [v1, v2, v3];
}

function apply(w: World, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction('apply-steps', {
    cwd: w.release.dir,
    inputs: { environment: 'staging', state: 'file', 'state-file': '.lockstep/state.json', run: RUN, 'poll-interval': '0.01', ...inputs },
    env: { MARKERS: w.markers, ...env },
  });
}

const log = (w: World) => (existsSync(join(w.markers, 'deployed.log')) ? readFileSync(join(w.markers, 'deployed.log'), 'utf8').trim().split('\n') : []);
const short = (c: string) => c.slice(0, 7);

describe('apply-steps action: command deployer, file state', () => {
  let w: World;
  beforeEach(async () => (w = await world()));
  afterEach(() => w.cleanup());

  it('applies several pending versions one after another, stops at a failed step, resumes there without redeploying, then does nothing', async () => {
    const [v1, v2, v3] = versions(w);
    addVersion(w, v1);
    addVersion(w, v2);
    addVersion(w, v3);
    const c = w.commits;
    writeFileSync(join(w.markers, 'fail-api'), '');

    const failed = await apply(w, { version: '1' });
    expect(failed.exitCode).toBe(1);
    expect(log(w)).toEqual([`deploy 1.1 infra ${c.infra[0]}`]);
    const error = failed.annotations.find(a => a.level === 'error')!;
    expect(error.properties.file).toBe('versions/1.yaml');
    expect(error.message).toContain(`version 1, step 2/3 failed: api at ${c.api[0]} (command deployer)`);
    expect(error.message).toContain('cannot deploy api');
    expect(error.message).toContain('exit code 3');
    expect(error.message).toContain('Re-run to resume at this step');
    expect(failed.stdout).not.toMatch(/^\s+at /m);
    expect(JSON.parse(failed.outputs.applied).map((a: { repository: string; status: string }) => `${a.repository}:${a.status}`)).toEqual(['infra:finished', 'api:failed']);
    expect(failed.summary).toContain('| 1 | 2/3 | api |');
    expect(failed.summary).toContain('❌ failed');
    expect(failed.stdout).toContain('::group::version 1, step 1/3: infra@');

    // Fixed; re-run with the newest version as the target: resumes at 1.2, then 2 and 3 in order.
    (await import('node:fs')).rmSync(join(w.markers, 'fail-api'));
    const resumed = await apply(w);
    expect(resumed.exitCode).toBe(0);
    expect(log(w)).toEqual([
      `deploy 1.1 infra ${c.infra[0]}`,
      `deploy 1.2 api ${c.api[0]}`,
      `deploy 1.3 web ${c.web[0]}`,
      `deploy 2.1 infra ${c.infra[1]}`,
      `deploy 2.2 api ${c.api[1]}`,
      `deploy 3.1 web ${c.web[2]}`,
      `deploy 3.2 api ${c.api[2]}`,
    ]);
    expect(resumed.outputs['from-version']).toBe('');
    expect(resumed.outputs['to-version']).toBe('3');
    const applied = JSON.parse(resumed.outputs.applied) as Array<{ version: number; step: number; status: string }>;
    expect(applied.map(a => `${a.version}.${a.step}:${a.status}`)).toEqual(['1.2:finished', '1.3:finished', '2.1:finished', '2.2:finished', '3.1:finished', '3.2:finished']);
    expect(resumed.summary).toContain('⏭️ done earlier');
    expect(resumed.summary).toMatch(/\| 3 \| 2\/2 \| api \| `[0-9a-f]{7}` \| ✅ finished \| \d+ ms \|/);

    const again = await apply(w);
    expect(again.exitCode).toBe(0);
    expect(log(w)).toHaveLength(7);
    expect(again.outputs['from-version']).toBe('3');
    expect(again.outputs.applied).toBe('[]');
    expect(again.stdout).toContain('staging is already at version 3: nothing to do');
  });

  it('rolls back after the newest version file is reverted, in the reverse of the order version 3 deployed', async () => {
    const [v1, v2, v3] = versions(w);
    addVersion(w, v1);
    addVersion(w, v2);
    const added3 = addVersion(w, v3);
    expect((await apply(w)).exitCode).toBe(0);

    w.release.git('revert', '--no-edit', added3);
    expect(existsSync(join(w.release.dir, 'versions/3.yaml'))).toBe(false);
    const before = log(w).length;
    const back = await apply(w);
    expect(back.exitCode).toBe(0);
    const c = w.commits;
    // Version 3 deployed web, then api: they go back api first, then web; infra did not change.
    expect(log(w).slice(before)).toEqual([`rollback 2.1 api ${c.api[1]}`, `rollback 2.2 web ${c.web[0]}`]);
    expect(back.outputs['from-version']).toBe('3');
    expect(back.outputs['to-version']).toBe('2');
    expect(back.outputs.plan).toContain('roll back from version 3 to version 2');
    expect(back.outputs.plan).toContain(`https://github.com/crois/api/compare/${c.api[2]}...${c.api[1]}`);

    const state = JSON.parse(readFileSync(join(w.release.dir, '.lockstep/state.json'), 'utf8')).environments.staging;
    expect(state.version).toBe(2);
    expect(state.deployed).toEqual(v2.repositories);
  });

  it('plan mode outputs the plan and changes nothing', async () => {
    const [v1, v2] = versions(w);
    addVersion(w, v1);
    expect((await apply(w)).exitCode).toBe(0);
    addVersion(w, v2);
    const stateBefore = readFileSync(join(w.release.dir, '.lockstep/state.json'), 'utf8');
    const logBefore = log(w);

    const plan = await apply(w, { plan: 'true', run: '' });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs.plan).toContain('### staging: deploy from version 1 to version 2');
    expect(plan.outputs.plan).toContain(`| 1/2 | infra | \`${short(w.commits.infra[1])}\` | pending |`);
    expect(plan.outputs.plan).toContain(`[compare](https://github.com/crois/infra/compare/${w.commits.infra[0]}...${w.commits.infra[1]})`);
    expect(plan.outputs['from-version']).toBe('1');
    expect(plan.outputs['to-version']).toBe('2');
    expect(plan.outputs.applied).toBe('[]');
    expect(plan.summary).toContain('#### Version 2');
    expect(readFileSync(join(w.release.dir, '.lockstep/state.json'), 'utf8')).toBe(stateBefore);
    expect(log(w)).toEqual(logBefore);
  });

  it('refuses a second run while the first holds the environment; break-lock takes the hold only once its lease ran out, and the resume waits for the script the dead run left running', async () => {
    const [v1] = versions(w);
    addVersion(w, v1);
    const gate = join(w.markers, 'go');
    const blocking = `echo "$$" >> "$MARKERS/script.pids"\nfor i in $(seq 1 1200); do [ -f "${gate}" ] && break; sleep 0.05; done\n${RUN}`;
    const first = startAction('apply-steps', {
      cwd: w.release.dir,
      inputs: { environment: 'staging', state: 'file', 'state-file': '.lockstep/state.json', run: blocking, 'poll-interval': '0.01', 'hold-lease': '4' },
      env: { MARKERS: w.markers, GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '501', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'deploy' },
    });
    const stateFile = join(w.release.dir, '.lockstep/state.json');
    await until(() => existsSync(join(w.markers, 'script.pids')), 'the first run to start its script');

    const second = await apply(w, {}, { GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '502', GITHUB_RUN_ATTEMPT: '1' });
    expect(second.exitCode).toBe(1);
    const refusal = second.annotations.find(a => a.level === 'error')!.message;
    expect(refusal).toContain('environment "staging" is held by crois/release run 501 attempt 1 job deploy');
    expect(log(w)).toEqual([]);
    // A live hold is renewed (every second): past its first lease, break-lock still does not take it.
    await new Promise(r => setTimeout(r, 5000));
    const early = await apply(w, { 'break-lock': 'true' }, { GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '503', GITHUB_RUN_ATTEMPT: '1' });
    expect(early.exitCode).toBe(1);
    expect(early.annotations.find(a => a.level === 'error')!.message).toContain('break-lock takes only a stale hold');

    // The first run is SIGKILLed (a lost runner): its hold stays behind, and so does its script's process group.
    first.child.kill('SIGKILL');
    await new Promise(r => first.child.on('close', r));
    const stale = await apply(w, {}, { GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '503', GITHUB_RUN_ATTEMPT: '1' });
    expect(stale.exitCode).toBe(1);
    await new Promise(r => setTimeout(r, 4500));
    const late = await apply(w, {}, { GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '503', GITHUB_RUN_ATTEMPT: '1' });
    expect(late.annotations.find(a => a.level === 'error')!.message).toContain('its lease ran out at');

    const broken = startAction('apply-steps', {
      cwd: w.release.dir,
      inputs: { environment: 'staging', state: 'file', 'state-file': '.lockstep/state.json', run: RUN, 'poll-interval': '0.01', 'break-lock': 'true' },
      env: { MARKERS: w.markers, GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '503', GITHUB_RUN_ATTEMPT: '1' },
    });
    await until(() => broken.output().includes('is still running; waiting for it to end'), 'the resume to wait for the old script');
    // It waits: nothing deployed while the dead run's script still runs.
    await new Promise(r => setTimeout(r, 500));
    expect(log(w)).toEqual([]);
    writeFileSync(gate, '');
    const code = await new Promise(r => broken.child.on('close', r));
    expect(code).toBe(0);
    expect(broken.output()).toContain('breaking the stale hold of crois/release run 501 attempt 1 job deploy');
    // The old script finished first, then the step ran again (a command step is idempotent).
    const c = w.commits;
    expect(log(w)).toEqual([`deploy 1.1 infra ${c.infra[0]}`, `deploy 1.1 infra ${c.infra[0]}`, `deploy 1.2 api ${c.api[0]}`, `deploy 1.3 web ${c.web[0]}`]);
    const state = JSON.parse(readFileSync(stateFile, 'utf8')).environments.staging;
    expect(state.version).toBe(1);
    expect(state.lock).toBeUndefined();
  });

  it('on SIGINT stops the running step and its children, records it cancelled, releases the hold and fails; the runner\'s SIGTERM changes nothing', async () => {
    const [v1] = versions(w);
    addVersion(w, v1);
    const pids = join(w.markers, 'children');
    // The deploy starts children, one of which ignores SIGTERM (as a stubborn kubectl port-forward might).
    const long = `(trap '' TERM; sleep 300) & echo $! >> "${pids}"\nsleep 300 & echo $! >> "${pids}"\nwait`;
    const run = startAction('apply-steps', {
      cwd: w.release.dir,
      inputs: { environment: 'staging', state: 'file', 'state-file': '.lockstep/state.json', run: long, 'poll-interval': '0.01' },
      env: { MARKERS: w.markers, GITHUB_REPOSITORY: 'crois/release', GITHUB_RUN_ID: '601', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'deploy' },
    });
    await until(() => existsSync(pids) && readFileSync(pids, 'utf8').trim().split('\n').length === 2, 'the deploy to start its children');
    const children = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    const closed = new Promise<number | null>(r => run.child.on('close', code => r(code)));
    // As the runner cancels a job: SIGINT, SIGTERM 7.5 s later, then a kill.
    run.child.kill('SIGINT');
    const term = setTimeout(() => run.child.kill('SIGTERM'), 7500);
    const kill = setTimeout(() => run.child.kill('SIGKILL'), 12_000);
    const code = await closed;
    clearTimeout(term);
    clearTimeout(kill);
    expect(code).toBe(1);
    const alive = (pid: number) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
      } catch {
        return false;
      }
    };
    expect(children.filter(alive)).toEqual([]);
    const state = JSON.parse(readFileSync(join(w.release.dir, '.lockstep/state.json'), 'utf8')).environments.staging;
    expect(state.records.map((r: { repository: string; status: string }) => `${r.repository}:${r.status}`)).toEqual(['infra:cancelled']);
    expect(state.lock).toBeUndefined();
    expect(state.uncertain).toEqual({ infra: [w.commits.infra[0]] });
    const out = run.output();
    expect(out).toContain('received SIGINT: stopping the running step');
    expect(out).toMatch(/::error file=versions\/1.yaml::versions\/1.yaml: version 1, step 1\/3 was cancelled: infra at [0-9a-f]{40} \(command deployer\)/);
    expect(out).toContain('stopped by SIGKILL after 3 s');
    expect(out).not.toMatch(/^\s+at /m);
    expect(log(w)).toEqual([]);
  });

  it('refuses a broken chain of versions and a state file of the wrong shape, naming the file, deploying nothing, leaving the state as it was', async () => {
    const [v1, v2, v3] = versions(w);
    addVersion(w, v1);
    expect((await apply(w)).exitCode).toBe(0);
    const stateFile = join(w.release.dir, '.lockstep/state.json');
    const before = readFileSync(stateFile, 'utf8');
    const deployed = log(w);
    // Version 3 without version 2: going from 1 to 3 needs it.
    addVersion(w, v3);
    const skipped = await apply(w);
    expect(skipped.exitCode).toBe(1);
    const missing = skipped.annotations.find(a => a.level === 'error')!;
    expect(missing.properties.file).toBe('versions/2.yaml');
    expect(missing.message).toContain('version 2 is missing: going from version 1 to 3 deploys every version in between, in order; nothing was deployed');
    // Version 2 back, but it claims web moved without a step deploying it.
    addVersion(w, { ...v2, repositories: { ...v2.repositories, web: w.commits.web[1] } });
    const unfollowed = await apply(w);
    const bad = unfollowed.annotations.find(a => a.level === 'error')!;
    expect(bad.properties).toMatchObject({ file: 'versions/2.yaml', line: '6' });
    expect(bad.message).toContain('repositories.web: ');
    expect(bad.message).toContain('does not follow from version 1 (versions/1.yaml)');
    expect(readFileSync(stateFile, 'utf8')).toBe(before);
    expect(log(w)).toEqual(deployed);

    writeFileSync(stateFile, '{"format": "lockstep-state/1", "environments": []}\n');
    const shape = await apply(w, { version: '1' });
    expect(shape.exitCode).toBe(1);
    const e = shape.annotations.find(a => a.level === 'error')!;
    expect(e.properties.file).toBe('.lockstep/state.json');
    expect(e.message).toContain('state file does not match docs/schemas/state.schema.json: environments: must be object');
    expect(shape.stdout).not.toMatch(/^\s+at /m);
    expect(readFileSync(stateFile, 'utf8')).toBe('{"format": "lockstep-state/1", "environments": []}\n');
    expect(log(w)).toEqual(deployed);
  });

  it("rejects the Crois write-up's example version file at line 14, where repo-4: stands for commit:", async () => {
    // The write-up's version file, copied into the repository (test/fixtures/crois/README.md).
    const seed = readFileSync(new URL('../fixtures/crois/version-7.yaml', import.meta.url), 'utf8');
    w.release.write('release.yaml', 'repositories:\n' + ['repo-1', 'repo-2', 'repo-3', 'repo-4'].map(r => `  ${r}: { github: crois/${r} }\n`).join(''));
    w.release.write('versions/7.yaml', seed);
    w.release.commit('version 7 from the write-up');
    const result = await apply(w);
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find(a => a.level === 'error')!;
    expect(error.properties).toMatchObject({ file: 'versions/7.yaml', line: '14' });
    expect(error.message).toBe('versions/7.yaml:14: steps[4]: unknown key "repo-4" (expected one of: repository, commit)');
    expect(result.stdout).toContain('::error file=versions/7.yaml,line=14::');
    expect(existsSync(join(w.release.dir, '.lockstep/state.json'))).toBe(false);
    expect(log(w)).toEqual([]);
  });

  it('names the input or file line of a configuration mistake', async () => {
    const [v1] = versions(w);
    addVersion(w, v1);
    const noRun = await apply(w, { run: '' });
    expect(noRun.exitCode).toBe(1);
    expect(noRun.annotations[0].message).toContain('release.yaml:2: repository "infra": the command deployer needs a command');
    const badVersion = await apply(w, { version: 'versions/9.yaml' });
    expect(badVersion.annotations[0]).toMatchObject({ properties: { file: 'versions/9.yaml' } });
    expect(badVersion.annotations[0].message).toContain('version 9 does not exist');
    const badDeployer = await apply(w, { deployer: 'ssh' });
    expect(badDeployer.annotations[0].message).toContain('input deployer: "ssh" is not a deployer');
    expect(log(w)).toEqual([]);
  });
});
