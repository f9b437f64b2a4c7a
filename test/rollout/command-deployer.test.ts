import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandDeployer } from '../../src/adapters/deployers/command.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { tempDir } from '../support/tmp.js';
import { sha } from './helpers.js';

function lines(): Reporter & { out: string[] } {
  const out: string[] = [];
  return { out, info: m => void out.push(m), warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };
}

const step: PlannedStep = { kind: 'deploy', version: 7, index: 2, total: 3, repository: 'api-server', commit: sha('api') };

describe('command deployer', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.cleanup());

  it('gives the step to the script in LOCKSTEP_* variables', async () => {
    const reporter = lines();
    const d = new CommandDeployer('echo "$LOCKSTEP_REPOSITORY $LOCKSTEP_COMMIT $LOCKSTEP_ENVIRONMENT $LOCKSTEP_VERSION $LOCKSTEP_STEP"', { PATH: process.env.PATH });
    const ctx = { environment: 'staging', attempt: 1, reporter };
    const outcome = await d.wait(await d.start(step, ctx));
    expect(outcome.ok).toBe(true);
    expect(reporter.out).toEqual([`api-server ${sha('api')} staging 7 2`]);
  });

  it('keeps a hostile value inert: it is data in a variable, never script text', async () => {
    const reporter = lines();
    const pwned = join(dir.path, 'PWNED');
    const hostile = `prod"; touch ${pwned}; echo "$(touch ${pwned})\`touch ${pwned}\``;
    const d = new CommandDeployer('echo "deploying to $LOCKSTEP_ENVIRONMENT"; echo $LOCKSTEP_ENVIRONMENT', { PATH: process.env.PATH });
    const outcome = await d.wait(await d.start(step, { environment: hostile, attempt: 1, reporter }));
    expect(outcome.ok).toBe(true);
    expect(existsSync(pwned)).toBe(false);
    expect(reporter.out[0]).toBe(`deploying to ${hostile}`);
  });

  it('hands bash the script as one argument, with no name or commit spliced in', async () => {
    // A stand-in "bash" that records its argv and environment.
    const argvFile = join(dir.path, 'argv.json');
    const fakeShell = join(dir.path, 'fake-bash');
    const { writeFileSync, chmodSync } = await import('node:fs');
    writeFileSync(fakeShell, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(argvFile)}, JSON.stringify({ argv: process.argv.slice(2), repo: process.env.LOCKSTEP_REPOSITORY, inputs: Object.keys(process.env).filter(k => k.startsWith('INPUT_')) }));\n`);
    chmodSync(fakeShell, 0o755);
    const script = 'kubectl set image deploy/$LOCKSTEP_REPOSITORY app=registry/$LOCKSTEP_REPOSITORY:$LOCKSTEP_COMMIT';
    const { withoutInputs } = await import('../../src/adapters/deployers/command.js');
    const d = new CommandDeployer(script, withoutInputs({ PATH: process.env.PATH, INPUT_TOKEN: 'ghs_secret' }), fakeShell);
    expect((await d.wait(await d.start(step, { environment: 'staging', attempt: 1, reporter: lines() }))).ok).toBe(true);
    const seen = JSON.parse(readFileSync(argvFile, 'utf8'));
    expect(seen.argv).toEqual(['-e', '-c', script]);
    expect(seen.repo).toBe('api-server');
    expect(seen.inputs).toEqual([]);
  });

  it('fails with the exit code and the last lines of output; -e stops at the first failing command', async () => {
    const reporter = lines();
    const d = new CommandDeployer('echo one; false; echo never', { PATH: process.env.PATH });
    const outcome = await d.wait(await d.start(step, { environment: 'staging', attempt: 1, reporter }));
    expect(outcome.ok).toBe(false);
    expect(outcome.log).toEqual(['one', 'exit code 1']);
    expect(reporter.out).not.toContain('never');
  });
});
