import { planRollout, type RolloutPlan } from '../../src/core/rollout/plan.js';
import { reduce, type RolloutState, type PlannedStep } from '../../src/core/rollout/state.js';
import type { VersionFile } from '../../src/core/versions/version-file.js';

/** A distinct, valid commit id per label. */
export function sha(label: string): string {
  let h = 0;
  for (const c of label) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (h.toString(16).padStart(8, '0') + Buffer.from(label).toString('hex')).padEnd(40, '0').slice(0, 40);
}

/** A version file from `[repository, commitLabel]` steps over the previous version's repositories. */
export function version(n: number, steps: Array<[string, string]>, base: Record<string, string> = {}): VersionFile {
  const repositories = { ...base };
  for (const [repo, label] of steps) repositories[repo] = sha(label);
  return { version: n, repositories, steps: steps.map(([repository, label]) => ({ repository, commit: sha(label) })) };
}

export function files(...vs: VersionFile[]): Map<number, VersionFile> {
  return new Map(vs.map(v => [v.version, v]));
}

const at = '2026-01-01T00:00:00Z';

/** Runs a plan through the reducer as a store would: every step finishes, except from `failAt` on. */
export function run(state: RolloutState, plan: RolloutPlan, failAt?: { version: number; index: number }): RolloutState {
  for (const part of plan.parts) {
    state = reduce(state, { type: 'begin-version', kind: part.kind, version: part.version, repositories: part.repositories, steps: part.steps });
    for (const step of part.pending) {
      state = reduce(state, { type: 'starting', step, attempt: 1, at });
      state = reduce(state, { type: 'started', step, ref: { deployer: 'command', id: '1' }, at });
      if (failAt && failAt.version === step.version && failAt.index === step.index) return reduce(state, { type: 'failed', step, at });
      state = reduce(state, { type: 'finished', step, at });
    }
    state = reduce(state, { type: 'complete', kind: part.kind, version: part.version });
  }
  return state;
}

export function applyTo(state: RolloutState, available: Map<number, VersionFile>, target: number, failAt?: { version: number; index: number }): { plan: RolloutPlan; state: RolloutState } {
  const plan = planRollout({ state, available, target: available.get(target)! });
  return { plan, state: run(state, plan, failAt) };
}

export function brief(steps: PlannedStep[]): string[] {
  return steps.map(s => `${s.kind === 'rollback' ? 'R' : ''}${s.version}.${s.index} ${s.repository}`);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync as writeFileSyncFs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath, resolve as resolvePath } from 'node:path';
import { actionEnvironment } from '../support/run-action.js';

/**
 * Starts `dist/<action>/index.js` like `runAction` does but hands back the process, for the
 * tests that kill a runner in the middle of a step (the real crash being simulated).
 */
export function startAction(action: string, options: { inputs: Record<string, string>; cwd: string; env?: Record<string, string> }): { child: ChildProcess; output: () => string } {
  const files = mkdtempSync(joinPath(tmpdir(), 'lockstep-runner-'));
  for (const f of ['output', 'summary', 'state']) writeFileSyncFs(joinPath(files, f), '');
  const env = actionEnvironment(action, options, files);
  const root = resolvePath(import.meta.dirname, '../..');
  const child = spawn(process.execPath, [joinPath(root, 'dist', action, 'index.js')], { cwd: options.cwd, env });
  let out = '';
  child.stdout?.on('data', d => (out += d));
  child.stderr?.on('data', d => (out += d));
  return { child, output: () => out };
}

/** Polls `condition` every 20 ms until it holds (or fails the test after `ms`). */
export async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
}
