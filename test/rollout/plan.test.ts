import { planRollout, pendingSteps } from '../../src/core/rollout/plan.js';
import { renderPlan } from '../../src/core/rollout/render.js';
import { emptyState, reduce } from '../../src/core/rollout/state.js';
import { applyTo, brief, files, sha, version } from './helpers.js';

const v1 = version(1, [['infra', 'i1'], ['api', 'a1'], ['web', 'w1']]);
const v2 = version(2, [['infra', 'i2'], ['api', 'a2']], v1.repositories);
const v3 = version(3, [['api', 'a3'], ['web', 'w3']], v2.repositories);
const all = files(v1, v2, v3);

describe('forward plans', () => {
  it('applies every pending version separately, each in its own step order', () => {
    const plan = planRollout({ state: emptyState('staging'), available: all, target: v3 });
    expect(plan.direction).toBe('forward');
    expect(plan.parts.map(p => p.version)).toEqual([1, 2, 3]);
    expect(brief(pendingSteps(plan))).toEqual(['1.1 infra', '1.2 api', '1.3 web', '2.1 infra', '2.2 api', '3.1 api', '3.2 web']);
  });

  it('never merges two versions that touch the same repository (is_compatible: false splits)', () => {
    const { state } = applyTo(emptyState('s'), all, 1);
    const plan = planRollout({ state, available: all, target: v3 });
    expect(plan.from).toBe(1);
    // api is deployed at a2 and then at a3: two steps in two versions, not one jump to a3.
    expect(brief(pendingSteps(plan))).toEqual(['2.1 infra', '2.2 api', '3.1 api', '3.2 web']);
    expect(pendingSteps(plan).filter(s => s.repository === 'api').map(s => s.commit)).toEqual([sha('a2'), sha('a3')]);
  });

  it('resumes inside a partly applied version at the first unfinished step', () => {
    const first = applyTo(emptyState('s'), all, 3, { version: 2, index: 2 });
    expect(first.state.version).toBe(1);
    expect(first.state.deployed.infra).toBe(sha('i2'));
    const plan = planRollout({ state: first.state, available: all, target: v3 });
    expect(brief(plan.parts[0].done)).toEqual(['2.1 infra']);
    expect(brief(pendingSteps(plan))).toEqual(['2.2 api', '3.1 api', '3.2 web']);
  });

  it('stops at the target version and does nothing once there', () => {
    const { state } = applyTo(emptyState('s'), all, 2);
    expect(state.version).toBe(2);
    const again = planRollout({ state, available: all, target: v2 });
    expect(again.direction).toBe('none');
    expect(pendingSteps(again)).toEqual([]);
    expect(renderPlan(again, state)).toContain('already at version 2');
  });

  it('deploys a version number whose file changed (rewritten after a revert) from its first step', () => {
    const partial = applyTo(emptyState('s'), all, 3, { version: 3, index: 2 }).state;
    const rewritten = version(3, [['web', 'w3b'], ['api', 'a3']], v2.repositories);
    const plan = planRollout({ state: partial, available: files(v1, v2, rewritten), target: rewritten });
    expect(plan.parts[0].done).toEqual([]);
    expect(brief(pendingSteps(plan))).toEqual(['3.1 web', '3.2 api']);
  });
});

describe('rollback plans', () => {
  it('puts back the repositories that differ, in the reverse of the order the newer versions deployed them, without their files', () => {
    const { state } = applyTo(emptyState('s'), all, 3);
    // versions/3.yaml and 2.yaml were reverted away: only version 1 is left.
    const plan = planRollout({ state, available: files(v1), target: v1 });
    expect(plan.direction).toBe('rollback');
    // Deployed in order: infra(v2), api(v2), api(v3), web(v3) → back: web, api, infra.
    expect(pendingSteps(plan).map(s => [s.repository, s.commit])).toEqual([
      ['web', sha('w1')],
      ['api', sha('a1')],
      ['infra', sha('i1')],
    ]);
    const after = applyTo(state, files(v1), 1).state;
    expect(after.version).toBe(1);
    expect(after.deployed).toEqual(v1.repositories);
    expect(after.versions.map(v => v.version)).toEqual([1]);
  });

  it('leaves repositories that already match the target alone', () => {
    const { state } = applyTo(emptyState('s'), all, 3);
    const plan = planRollout({ state, available: files(v1, v2), target: v2 });
    expect(brief(pendingSteps(plan))).toEqual(['R2.1 web', 'R2.2 api']);
  });

  it('undoes the finished steps of a half-applied version when going back to the current version', () => {
    const { state } = applyTo(emptyState('s'), all, 3, { version: 3, index: 2 });
    expect(state.version).toBe(2);
    const plan = planRollout({ state, available: files(v1, v2), target: v2 });
    expect(plan.direction).toBe('rollback');
    // web's step failed: it may have gone out before failing, so web goes back too, first (the newest attempt).
    expect(pendingSteps(plan).map(s => [s.repository, s.commit])).toEqual([['web', sha('w1')], ['api', sha('a2')]]);
  });

  it('deploys back a repository whose step started and never finished, though its proven commit is the target\'s', () => {
    const { state } = applyTo(emptyState('s'), all, 2);
    const [part] = planRollout({ state, available: all, target: v3 }).parts;
    let cut = reduce(state, { type: 'begin-version', kind: 'deploy', version: 3, repositories: part.repositories, steps: part.steps });
    // The runner died while CodeBuild deployed api: the record stays "started".
    cut = reduce(cut, { type: 'starting', step: part.pending[0], attempt: 1, at: '2026-01-01T00:00:00Z' });
    cut = reduce(cut, { type: 'started', step: part.pending[0], ref: { deployer: 'codebuild', id: 'b:1' }, at: '2026-01-01T00:00:00Z' });
    expect(cut.deployed.api).toBe(sha('a2'));
    expect(cut.uncertain).toEqual({ api: [sha('a3')] });
    const back = planRollout({ state: cut, available: files(v1, v2), target: v2 });
    expect(back.direction).toBe('rollback');
    expect(brief(pendingSteps(back))).toEqual(['R2.1 api']);
    expect(pendingSteps(back)[0].commit).toBe(sha('a2'));
  });

  it('stops going forward, naming the repository, when one in doubt is not deployed again before its version counts as reached', () => {
    const { state } = applyTo(emptyState('s'), all, 3, { version: 3, index: 1 });
    // Version 3 was rewritten since: it no longer deploys api, which may be at a3.
    const v3b = version(3, [['web', 'w3b']], { ...v2.repositories });
    const e = (() => {
      try {
        planRollout({ state, available: files(v1, v2, v3b), target: v3b });
      } catch (err) {
        return err as Error & { details: string[] };
      }
      throw new Error('no refusal');
    })();
    expect(e.message).toBe(
      `environment "s": api may be at ${sha('a3').slice(0, 7)} (version 3, step 1 failed, never finished), and no step of this rollout deploys api again before version 3 would count as reached`,
    );
    expect(e.details[0]).toContain('apply version 2 again');
  });

  it('resumes a failed rollback with the repositories still to go back', () => {
    const { state } = applyTo(emptyState('s'), all, 3);
    const half = applyTo(state, files(v1), 1, { version: 1, index: 2 }).state;
    const plan = planRollout({ state: half, available: files(v1), target: v1 });
    expect(brief(pendingSteps(plan))).toEqual(['R1.1 api', 'R1.2 infra']);
  });

  it('refuses to go forward from a rollback that stopped partway, and goes forward once it is finished', () => {
    const { state } = applyTo(emptyState('prod'), all, 3);
    const half = applyTo(state, files(v1), 1, { version: 1, index: 2 }).state;
    const v4 = version(4, [['web', 'w4']], v3.repositories);
    expect(() => planRollout({ state: half, available: files(v1, v4), target: v4 })).toThrow(
      'environment "prod" is partway through a rollback to version 1 (step 2, api, failed); refusing to go forward to version 4 from there',
    );
    const finished = applyTo(half, files(v1), 1).state;
    expect(finished.version).toBe(1);
    const forward = planRollout({ state: finished, available: files(v1, v2, v3, v4), target: v4 });
    expect(forward.parts.map(p => p.version)).toEqual([2, 3, 4]);
  });

  it('notes a repository the target does not know instead of guessing how to remove it', () => {
    const v4 = version(4, [['jobs', 'j4']], v3.repositories);
    const { state } = applyTo(emptyState('s'), files(v1, v2, v3, v4), 4);
    const plan = planRollout({ state, available: files(v1, v2, v3), target: v3 });
    expect(plan.notes.join('\n')).toContain('jobs is not part of version 3');
    expect(pendingSteps(plan)).toEqual([]);
    expect(plan.direction).toBe('rollback');
    const after = reduce(state, { type: 'complete', kind: 'rollback', version: 3 });
    expect(after.version).toBe(3);
  });
});

describe('plan markdown', () => {
  it('lists versions, steps and compare links for repositories with a GitHub name', () => {
    const { state } = applyTo(emptyState('prod'), all, 1);
    const plan = planRollout({ state, available: all, target: v3 });
    const md = renderPlan(plan, state, { api: 'acme/api' });
    expect(md).toContain('### prod: deploy from version 1 to version 3');
    expect(md).toContain('#### Version 2');
    expect(md).toContain('| 2/2 | api | `' + sha('a2').slice(0, 7) + '` | pending |');
    expect(md).toContain(`https://github.com/acme/api/compare/${sha('a1')}...${sha('a3')}`);
    expect(md).not.toContain('compare/undefined');
    // GitHub Enterprise Server: links go to the server the run belongs to (GITHUB_SERVER_URL).
    expect(renderPlan(plan, state, { api: 'acme/api' }, 'https://ghe.example.com')).toContain(`(https://ghe.example.com/acme/api/compare/${sha('a1')}...${sha('a3')})`);
  });
});
