import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersionFile } from '../../src/core/versions/version-file.js';
import { TestRepo } from '../support/git-repo.js';
import { runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/** The bundled CLI on local clones: `lockstep check` before a merge, and cuts racing for one version. */
describe('lockstep check and concurrent cuts (bundle, source: git)', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let api: TestRepo;
  let infra: TestRepo;
  beforeEach(async () => {
    dir = await tempDir('lockstep-cli-check-');
    api = TestRepo.create(join(dir.path, 'clones', 'api'));
    infra = TestRepo.create(join(dir.path, 'clones', 'infra'));
    api.commit('initial');
    infra.commit('initial');
    writeFileSync(join(dir.path, 'release.yaml'), 'repositories:\n  infra: { path: clones/infra }\n  api: { path: clones/api }\n');
    expect((await runCli(['bootstrap'], { cwd: dir.path })).exitCode).toBe(0);
  });
  afterEach(() => dir.cleanup());

  /** A topic branch of api with one commit, left unmerged. */
  const branch = (name: string, message: string) => {
    api.git('checkout', '-q', '-b', name);
    api.write(`${name}.txt`, name).commit(message);
    api.git('checkout', '-q', 'main');
  };

  it('says where a branch ships, and fails one that closes a cycle through merge order', async () => {
    infra.squashPull(41, 'Add env var');
    branch('feat-x', 'Use the env var\n\n# dependency\n- pull: infra#41');
    const ok = await runCli(['check', '--repo', 'api', '--branch', 'feat-x'], { cwd: dir.path });
    expect(ok.stderr).toBe('');
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('api@feat-x ships in the next release, step 2 of 2, after infra#41');

    // infra#7 declared it needs api#20 and merged (held since); infra#8 merged after it.
    infra.squashPull(7, 'Needs api#20', '# dependency\n- pull: api#20');
    infra.squashPull(8, 'Later');
    branch('feat-y', 'Needs infra#8\n\n# dependency\n- pull: infra#8');
    const cycle = await runCli(['check', '--repo', 'api', '--branch', 'feat-y', '--pull', '20'], { cwd: dir.path });
    expect(cycle.exitCode).toBe(1);
    expect(cycle.stderr).toContain('error: merging would make the next release impossible: dependency cycle, no deployment order exists: infra#7 needs api#20 → api#20 needs infra#8 → infra#8 is after infra#7');

    branch('feat-z', 'Outside\n\n# dependency\n- pull: billing#3');
    const outside = await runCli(['check', '--repo', 'api', '--branch', 'feat-z'], { cwd: dir.path });
    expect(outside.exitCode).toBe(1);
    expect(outside.stderr).toContain('error: api@feat-z description:4: dependency "billing#3": repository is not in the release config');
  });

  it('25 concurrent cuts: exactly one writes versions/2.yaml, the others fail clearly or find nothing left', async () => {
    infra.squashPull(7, 'Add env var');
    api.squashPull(12, 'Use it', '# dependency\n- pull: infra#7');
    const runs = await Promise.all(Array.from({ length: 25 }, () => runCli(['resolve', '--write'], { cwd: dir.path })));
    const wrote = runs.filter(r => r.exitCode === 0 && r.stdout.includes('wrote versions/2.yaml'));
    const lost = runs.filter(r => r.exitCode !== 0);
    const late = runs.filter(r => r.exitCode === 0 && !r.stdout.includes('wrote'));
    expect(wrote).toHaveLength(1);
    for (const r of lost) expect(r.stderr).toBe('error: versions/2.yaml: versions/2.yaml was written by another run meanwhile; run again\n');
    for (const r of late) expect(r.stdout).toContain('(no steps: nothing to release)');
    expect(wrote.length + lost.length + late.length).toBe(25);
    expect(readdirSync(join(dir.path, 'versions')).sort()).toEqual(['1.yaml', '2.yaml']);
    const v2 = parseVersionFile(readFileSync(join(dir.path, 'versions', '2.yaml'), 'utf8'), '2.yaml', 2);
    expect(v2.repositories).toEqual({ infra: infra.head(), api: api.head() });
    process.stderr.write(`25 concurrent cuts: 1 wrote, ${lost.length} lost the race, ${late.length} found nothing left\n`);
  });
});
