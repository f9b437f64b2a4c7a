#!/usr/bin/env node
// Cold start of the `apply-steps` bundle on the command deployer with a file state, against
// `node -e 0` in the same run (the floor: starting Node at all). Two runs of the action:
//   - no-op: the environment is already at the newest version (read release.yaml, the version
//     files and the state, plan, take and release the hold);
//   - one step: a new version with one step whose script is `true`.
// Each also runs from a copy of the bundle without its AWS SDK chunk: it must still succeed,
// which shows the SDK is never loaded on the command deployer. Method and figures: docs/benchmarks.md.
//
//   npm run build -- apply-steps && node bench/apply-steps.mjs [--runs 21] [--keep-env]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    'keep-env': { type: 'boolean', default: false },
    action: { type: 'string', default: join(ROOT, 'dist', 'apply-steps', 'index.js') },
  },
});
const RUNS = Number(flags.runs);

/** CPU time (user + system, ms) of this process's finished children: proc(5) cutime and cstime, in ticks of 10 ms. */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
const ACTION = resolve(flags.action);
// As bench/hash-tag.mjs: the runner's environment, not this shell's settings for Node.
const NODE_ONLY_SETTINGS = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const RUNNER_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => flags['keep-env'] || !NODE_ONLY_SETTINGS.includes(k)));

const work = mkdtempSync(join(tmpdir(), 'lockstep-bench-apply-'));
const release = join(work, 'release');
const git = (...args) => execFileSync('git', args, { cwd: release, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
mkdirSync(join(release, 'versions'), { recursive: true });
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'bench@example.com');
git('config', 'user.name', 'bench');
const REPOS = ['infra', 'api', 'web'];
const commit = (label, n) => execFileSync('git', ['hash-object', '--stdin'], { input: `${label} ${n}` }).toString().trim();
writeFileSync(join(release, 'release.yaml'), `repositories:\n${REPOS.map(r => `  ${r}: { github: acme/${r} }`).join('\n')}\n`);
writeFileSync(
  join(release, 'versions/1.yaml'),
  `version: 1\nrepositories:\n${REPOS.map(r => `  ${r}: ${commit(r, 1)}`).join('\n')}\nsteps:\n${REPOS.map(r => `- repository: ${r}\n  commit: ${commit(r, 1)}`).join('\n')}\n`,
);
git('add', '.');
git('commit', '-q', '-m', 'version 1');

/** The bundle with its AWS SDK chunk removed: a command rollout that still works never loaded it. */
const bundle = dirname(ACTION);
const stripped = join(work, 'stripped');
cpSync(bundle, stripped, { recursive: true });
const sdkChunks = readdirSync(stripped).filter(f => f !== 'index.js' && f.endsWith('.js') && readFileSync(join(stripped, f), 'utf8').includes('CodeBuildClient'));
if (sdkChunks.length === 0) throw new Error(`no chunk of ${bundle} holds the AWS SDK: is it bundled into index.js?`);
if (readFileSync(ACTION, 'utf8').includes('class CodeBuildClient')) throw new Error(`${ACTION} bundles the CodeBuild client in its main file`);
for (const f of sdkChunks) rmSync(join(stripped, f));

const runner = join(work, 'runner');
function runAction(entry, state, version) {
  rmSync(runner, { recursive: true, force: true });
  mkdirSync(runner, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(join(runner, f), '');
  const env = {
    ...RUNNER_ENV,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: release,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    INPUT_ENVIRONMENT: 'staging',
    INPUT_STATE: 'file',
    'INPUT_STATE-FILE': state,
    INPUT_RUN: 'true',
    INPUT_VERSION: version,
  };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [entry], { cwd: release, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${entry} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return { ms, output: readFileSync(join(runner, 'output'), 'utf8') };
}

// A state at version 1 for the no-op runs; a fresh copy of it for each one-step run.
const atOne = join(release, '.lockstep/at-1.json');
runAction(ACTION, '.lockstep/at-1.json', '1');
const stateAtOne = readFileSync(atOne, 'utf8');
writeFileSync(join(release, 'versions/2.yaml'), `version: 2\nprevious: 1\nrepositories:\n${REPOS.map(r => `  ${r}: ${commit(r, r === 'api' ? 2 : 1)}`).join('\n')}\nsteps:\n- repository: api\n  commit: ${commit('api', 2)}\n`);

const noop = entry => () => {
  const { ms, output } = runAction(entry, '.lockstep/at-1.json', '1');
  if (!/^applied(=|<<\S+\n)\[\]$/m.test(output)) throw new Error(`the no-op run applied something:\n${output}`);
  return ms;
};
const oneStep = entry => () => {
  writeFileSync(join(release, '.lockstep/step.json'), stateAtOne);
  const { ms, output } = runAction(entry, '.lockstep/step.json', '2');
  if (!/"status":"finished"/.test(output)) throw new Error(`the one-step run did not finish its step:\n${output}`);
  return ms;
};
const nodeFloor = () => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { env: RUNNER_ENV, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

const commands = [
  ['node -e 0', nodeFloor],
  ['apply-steps, no-op', noop(ACTION)],
  ['apply-steps, one command step', oneStep(ACTION)],
  ['apply-steps without its AWS SDK chunk, no-op', noop(join(stripped, 'index.js'))],
  ['apply-steps without its AWS SDK chunk, one step', oneStep(join(stripped, 'index.js'))],
];

const median = v => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
console.log(`node ${process.version}, ${cpus().length} cpus, load ${loadavg().map(l => l.toFixed(1)).join(' ')}; ${RUNS} runs each, taking turns`);
const times = commands.map(() => []);
// CPU moves much less than wall time on a shared machine; ticks are 10 ms, so it is summed over all runs (the mean).
const cpu = commands.map(() => 0);
for (const [, fn] of commands) fn();
for (let i = 0; i < RUNS; i++)
  commands.forEach(([, fn], n) => {
    const c0 = childrenCpuMs();
    times[n].push(fn());
    cpu[n] += childrenCpuMs() - c0;
  });
const floor = median(times[0]);
const floorCpu = cpu[0] / RUNS;
const rows = commands.map(([label], n) => ({ label, median: median(times[n]), min: Math.min(...times[n]), ratio: median(times[n]) / floor, cpu: cpu[n] / RUNS }));
console.log('| command | median | min | vs node -e 0 | over node -e 0 | CPU, mean | CPU over node -e 0 |\n|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(0)} ms | ${r.min.toFixed(0)} ms | ${r.ratio.toFixed(2)}x | ${(r.median - floor).toFixed(0)} ms | ${r.cpu.toFixed(0)} ms | ${(r.cpu - floorCpu).toFixed(0)} ms |`);
console.log(`AWS SDK chunk(s) left out of the stripped copy: ${sdkChunks.join(', ')} (${sdkChunks.map(f => `${(readFileSync(join(bundle, f)).length / 1024).toFixed(0)} KiB`).join(', ')})`);
rmSync(work, { recursive: true, force: true });
