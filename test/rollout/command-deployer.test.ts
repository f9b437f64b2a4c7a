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

describe('command deployer: its own process group', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.cleanup());

  // A zombie (killed, not yet reaped by this container's init) is not alive.
  const alive = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
    } catch {
      return false;
    }
  };
  const pids = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map(Number);
  async function until(what: () => boolean): Promise<void> {
    for (let i = 0; i < 400 && !what(); i++) await new Promise(r => setTimeout(r, 25));
    if (!what()) throw new Error('timed out');
  }

  it('records the process before the script runs, and a process that is never let run runs nothing', async () => {
    const ran = join(dir.path, 'ran');
    const d = new CommandDeployer(`touch ${ran}`, { PATH: process.env.PATH });
    const ref = await d.start(step, { environment: 'staging', attempt: 1, reporter: lines() });
    expect(ref.process).toMatchObject({ pid: Number(ref.id), host: (await import('node:os')).hostname() });
    expect(ref.process!.start).toMatch(/^\S+/);
    await new Promise(r => setTimeout(r, 200));
    expect(existsSync(ran)).toBe(false);
    // Aborted before its gate opened: it is stopped without having run.
    const controller = new AbortController();
    controller.abort();
    const outcome = await d.wait(ref, step, { environment: 'staging', attempt: 1, reporter: lines(), signal: controller.signal });
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(existsSync(ran)).toBe(false);
    expect(alive(Number(ref.id))).toBe(false);
  });

  it('on cancellation stops the whole group, also what ignores SIGTERM, and says so', async () => {
    const file = join(dir.path, 'pids');
    // A child that ignores SIGTERM and one that does not, both in the background, then a wait.
    const script = `(trap '' TERM; sleep 300) & echo $! >> ${file}\nsleep 300 & echo $! >> ${file}\necho started\nwait`;
    const reporter = lines();
    const d = new CommandDeployer(script, { PATH: process.env.PATH });
    const controller = new AbortController();
    const ctx = { environment: 'staging', attempt: 1, reporter, signal: controller.signal };
    const ref = await d.start(step, ctx);
    const waiting = d.wait(ref, step, ctx);
    await until(() => reporter.out.includes('started') && existsSync(file) && pids(file).length === 2);
    const children = pids(file);
    expect(children.every(alive)).toBe(true);
    controller.abort();
    const outcome = await waiting;
    expect(outcome.ok).toBe(false);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.log!.at(-1)).toBe(`cancelled while it ran: process group ${ref.id} stopped by SIGKILL after 3 s`);
    expect([Number(ref.id), ...children].filter(alive)).toEqual([]);
  });

  it('a resume waits for the process group an earlier, killed run left behind, and not for a stranger with its pid', async () => {
    const { spawn } = await import('node:child_process');
    const { processRef } = await import('../../src/adapters/deployers/process.js');
    const orphan = spawn('sh', ['-c', 'sleep 300 & wait'], { detached: true, stdio: 'ignore' });
    await new Promise(r => orphan.once('spawn', r));
    const ref = { deployer: 'command', id: String(orphan.pid), process: await processRef(orphan.pid!) };
    const reporter = Object.assign(lines(), { warnings: [] as string[] });
    reporter.warning = (m: string) => void reporter.warnings.push(m);
    const d = new CommandDeployer('true', { PATH: process.env.PATH });
    let done = false;
    const attached = d.attach(ref, step, { environment: 'staging', attempt: 1, reporter }).then(r => ((done = true), r));
    await new Promise(r => setTimeout(r, 700));
    expect(done).toBe(false);
    expect(reporter.warnings[0]).toContain(`the deploy process group ${orphan.pid} that an earlier run started for api-server@`);
    process.kill(-orphan.pid!, 'SIGKILL');
    expect(await attached).toBeUndefined();
    expect(reporter.out.at(-1)).toBe(`process group ${orphan.pid} has ended`);

    // The same pid with another start time (a reused pid) is not waited for.
    const self = await processRef(process.pid);
    const stranger = { ...ref, id: String(process.pid), process: { ...self, start: 'not-its-start' } };
    expect(await d.attach(stranger, step, { environment: 'staging', attempt: 1, reporter: lines() })).toBeUndefined();
  });
});
