import { planRollout } from '../../src/core/rollout/plan.js';
import { emptyState } from '../../src/core/rollout/state.js';
import { parseVersionFile, type VersionFile } from '../../src/core/versions/version-file.js';
import { LockstepErrors } from '../../src/core/errors.js';
import { applyTo, files, sha } from './helpers.js';

/** A version file as text, parsed as the release repository's would be (with its lines). */
function file(n: number, repositories: Record<string, string>, steps: Array<[string, string]>, previous: number | undefined = n > 1 ? n - 1 : undefined): VersionFile {
  const lines = [`version: ${n}`];
  if (previous !== undefined) lines.push(`previous: ${previous}`);
  lines.push('repositories:', ...Object.entries(repositories).map(([r, c]) => `  ${r}: ${sha(c)}`));
  lines.push('steps:', ...steps.map(([r, c]) => `- repository: ${r}\n  commit: ${sha(c)}`));
  if (steps.length === 0) lines[lines.length - 1] = 'steps: []';
  return parseVersionFile(`${lines.join('\n')}\n`, `versions/${n}.yaml`, n);
}

const v1 = file(1, { api: 'a1', web: 'w1' }, [['api', 'a1'], ['web', 'w1']]);
const v2 = file(2, { api: 'a2', web: 'w1' }, [['api', 'a2']]);
const v3 = file(3, { api: 'a2', web: 'w3' }, [['web', 'w3']]);
const v4 = file(4, { api: 'a4', web: 'w3' }, [['api', 'a4']]);

function refusal(fn: () => unknown): Error & { location: { file?: string; line?: number }; errors?: Array<{ message: string; location: { file?: string; line?: number } }> } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('no refusal');
}

describe('the chain of versions', () => {
  const at2 = applyTo(emptyState('prod'), files(v1, v2), 2).state;

  it('refuses to skip a missing version: going from 2 to 4 needs 3', () => {
    const e = refusal(() => planRollout({ state: at2, available: files(v1, v2, v4), target: v4 }));
    expect(e.message).toBe('version 3 is missing: going from version 2 to 4 deploys every version in between, in order');
  });

  it('names the file and line of a `previous` that does not match', () => {
    const bad = file(3, { api: 'a2', web: 'w3' }, [['web', 'w3']], 1);
    const e = refusal(() => planRollout({ state: at2, available: files(v1, v2, bad), target: bad }));
    expect(e.message).toBe('previous: 1 does not match: version 3 follows version 2 (versions/2.yaml)');
    expect(e.location).toEqual({ file: 'versions/3.yaml', line: 2 });
  });

  it('names the line of a repository whose commit neither the previous version nor a step gives', () => {
    // web moves to w3 but no step deploys it: the environment would keep w1 and claim w3.
    const bad = file(3, { api: 'a2', web: 'w3' }, [['api', 'a2']]);
    const e = refusal(() => planRollout({ state: at2, available: files(v1, v2, bad), target: bad }));
    expect(e.message).toBe(`repositories.web: ${sha('w3').slice(0, 7)} does not follow from version 2 (versions/2.yaml), which ends web at ${sha('w1').slice(0, 7)}, and no step of version 3 deploys web`);
    expect(e.location).toEqual({ file: 'versions/3.yaml', line: 5 });
  });

  it('refuses a repository that appears without a step, and reports every problem of the walk at once', () => {
    const bad3 = file(3, { api: 'a2', web: 'w1', jobs: 'j1' }, [], 1);
    const e = refusal(() => planRollout({ state: at2, available: files(v1, v2, bad3), target: bad3 }));
    expect(e).toBeInstanceOf(LockstepErrors);
    expect(e.errors!.map(x => [x.location.line, x.message])).toEqual([
      [2, 'previous: 1 does not match: version 3 follows version 2 (versions/2.yaml)'],
      [6, 'repositories.jobs: jobs is not in version 2 (versions/2.yaml) and no step of version 3 deploys it'],
    ]);
  });

  it('checks a first version against nothing: every repository it names needs a step', () => {
    const bad = file(1, { api: 'a1', web: 'w1' }, [['api', 'a1']]);
    const e = refusal(() => planRollout({ state: emptyState('prod'), available: files(bad), target: bad }));
    expect(e.message).toBe('repositories.web: web is not in version 0 (nothing deployed yet) and no step of version 1 deploys it');
  });

  it('checks the first new version against the state\'s record once the current version\'s file is gone', () => {
    const bad = file(3, { api: 'a2', web: 'w3' }, [['api', 'a2']]);
    const e = refusal(() => planRollout({ state: at2, available: files(bad), target: bad }));
    expect(e.message).toContain("does not follow from version 2 (the state's record of version 2)");
    expect(planRollout({ state: at2, available: files(v3), target: v3 }).parts.map(p => p.version)).toEqual([3]);
  });

  it('rolls back without the files a revert removed, but checks the ones still there', () => {
    const at4 = applyTo(emptyState('prod'), files(v1, v2, v3, v4), 4).state;
    expect(planRollout({ state: at4, available: files(v1, v2), target: v2 }).direction).toBe('rollback');
    const bad3 = file(3, { api: 'a2', web: 'w3' }, [['web', 'w3']], 7);
    const e = refusal(() => planRollout({ state: at4, available: files(v1, v2, bad3, v4), target: v2 }));
    expect(e.location).toEqual({ file: 'versions/3.yaml', line: 2 });
  });
});
