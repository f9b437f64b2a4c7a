import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../support/tmp.js';

// A bundle whose lazily loaded chunks are missing (a partial checkout of dist/, a bad release)
// must say so in one line, not die with a stack trace.
const ROOT = resolve(import.meta.dirname, '../..');

function withoutChunks(bundle: string, into: string): string {
  cpSync(join(ROOT, 'dist', bundle), into, { recursive: true });
  const chunks = readdirSync(into).filter(f => /^\d+\.index\.js$/.test(f));
  expect(chunks.length).toBeGreaterThan(0);
  for (const f of chunks) rmSync(join(into, f));
  return join(into, 'index.js');
}

describe('a bundle missing its chunks', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => (dir = await tempDir('lockstep-chunks-')));
  afterEach(() => dir.cleanup());

  it('hash-tag: an ::error naming the broken install, exit 1, no stack', () => {
    const entry = withoutChunks('hash-tag', join(dir.path, 'bundle'));
    const run = spawnSync(process.execPath, [entry], { cwd: dir.path, encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::Lockstep's code is incomplete: .*index\.js/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('the CLI: one error line, exit 1, no stack', () => {
    const entry = withoutChunks('cli', join(dir.path, 'bundle'));
    const run = spawnSync(process.execPath, [entry, 'resolve'], { cwd: dir.path, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: Lockstep's code is incomplete: /);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
