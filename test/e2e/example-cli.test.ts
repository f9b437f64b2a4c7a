import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/** The README's first command, as a person runs it: the bundled CLI, a fresh folder, plain output. */
test('`lockstep example` runs the whole flow and says what happened at each stage', async () => {
  const tmp = await tempDir('lockstep-example-cli-');
  try {
    const dir = join(tmp.path, 'acme');
    const run = await runCli(['example', '--dir', dir], { cwd: tmp.path });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const out = run.stdout;
    // The stages, in order.
    const stages = [...out.matchAll(/^━━ (\d+)\. /gm)].map(m => Number(m[1]));
    expect(stages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // What a person wants to see: tags, the plan with held PRs, the steps, the state.
    expect(out).toMatch(/registry\.example\/acme\/api:[0-9a-f]{20}: missing/);
    expect(out).toContain('web#23: must ship in a later release than infra#42 (is_compatible: false)');
    expect(out).toMatch(/production: deploy from version 1 to version 2/);
    expect(out).toMatch(/roll back from version 3 to version 2/);
    expect(out).toMatch(/^ {2}staging {4}version 3 /m);
    expect(out).toMatch(/^ {2}production version 2 /m);
    expect(out).toMatch(/^Done in \d+\.\d s\./m);
    // And it left the product behind for a person to explore.
    for (const repo of ['infra', 'api', 'web', 'release']) expect(existsSync(join(dir, repo, '.git'))).toBe(true);
    expect(readFileSync(join(dir, 'deploy.log'), 'utf8').trim().split('\n')).toHaveLength(16);
  } finally {
    await tmp.cleanup();
  }
});

test('`lockstep example --prepare` stops with version 1 written and the pull requests merged', async () => {
  const tmp = await tempDir('lockstep-example-cli-');
  try {
    const dir = join(tmp.path, 'product');
    const run = await runCli(['example', '--prepare', dir], { cwd: tmp.path });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`release config: ${join(dir, 'release/release.yaml')}`);
    expect(existsSync(join(dir, 'release/versions/1.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'release/versions/2.yaml'))).toBe(false);
  } finally {
    await tmp.cleanup();
  }
});

test('`lockstep example` refuses a folder that is not empty, with a clear error and no stack trace', async () => {
  const tmp = await tempDir('lockstep-example-cli-');
  try {
    const run = await runCli(['example', '--dir', tmp.path.replace(/\/[^/]+$/, '')], { cwd: tmp.path });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^error: .* is not empty/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  } finally {
    await tmp.cleanup();
  }
});
