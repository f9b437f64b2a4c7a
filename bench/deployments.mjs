#!/usr/bin/env node
// Benchmark of `apply-steps` with `state: deployments` (the built action bundle, run as the
// runner runs it) against the local GitHub REST server of the tests (test/support/github-rest.ts,
// every request checked against GitHub's OpenAPI description), seeded with the history of 1,000
// earlier runs. It reports REST calls and wall time for a run with nothing to do and for a run
// deploying a version of 5 steps, per step, with an empty history beside it, and the same for a
// baseline bundle in the same run (default: the committed dist/apply-steps/index.js of `main`,
// i.e. the released behaviour). The command deployer runs `true`, so every call is the state's.
// Method and figures: docs/benchmarks.md.
//
//   npm run build -- apply-steps && node bench/deployments.mjs            # table on stdout
//   node bench/deployments.mjs --runs 5 --baseline <bundle> --bundle <bundle> --history 1000
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createHash, randomUUID } from 'node:crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench', '.work', 'deployments');

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    history: { type: 'string', default: '1000' },
    steps: { type: 'string', default: '5' },
    bundle: { type: 'string', default: join(ROOT, 'dist', 'apply-steps', 'index.js') },
    baseline: { type: 'string' },
    'baseline-ref': { type: 'string', default: 'main' },
  },
});
const RUNS = Number(flags.runs);
const HISTORY = Number(flags.history);
const STEPS = Number(flags.steps);

// ---------- the local GitHub server: the tests' TypeScript, compiled once ----------
mkdirSync(WORK, { recursive: true });
const support = join(WORK, 'support');
const sources = ['test/support/fake-github.ts', 'test/support/github-rest.ts'];
const stamp = createHash('sha256').update(sources.map(f => readFileSync(join(ROOT, f))).join('\0')).digest('hex');
if (!existsSync(join(support, stamp))) {
  rmSync(support, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), ...sources.map(f => join(ROOT, f)), '--outDir', support, '--rootDir', join(ROOT, 'test/support'), '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node'], { stdio: 'inherit' });
  writeFileSync(join(support, 'package.json'), '{"type":"module"}');
  writeFileSync(join(support, stamp), '');
}
const { FakeGitHub } = await import(pathToFileURL(join(support, 'fake-github.js')).href);
const { FakeDeployments, violationsOf } = await import(pathToFileURL(join(support, 'github-rest.js')).href);

// ---------- the bundles ----------
let baseline = flags.baseline;
if (!baseline) {
  const dir = join(WORK, `baseline-${flags['baseline-ref'].replace(/[^A-Za-z0-9._-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  // The whole bundle: its main file loads chunks (`<n>.index.js`) beside it.
  const files = execFileSync('git', ['ls-tree', '--name-only', `${flags['baseline-ref']}:dist/apply-steps`], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    writeFileSync(join(dir, file), execFileSync('git', ['show', `${flags['baseline-ref']}:dist/apply-steps/${file}`], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }));
  }
  baseline = join(dir, 'index.js');
}
const bundles = { baseline, bundle: resolve(flags.bundle) };

// ---------- the release repository: versions 1..HISTORY+1 of five repositories ----------
const REPOS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const commit = (v, r) => createHash('sha1').update(`${v}/${r}`).digest('hex');
function versionOf(v) {
  const changed = v === 1 || v === HISTORY + 1 ? REPOS.slice(0, v === 1 ? REPOS.length : STEPS) : ['r1', 'r2'];
  const repositories = {};
  for (const r of REPOS) repositories[r] = commit(changed.includes(r) || v === 1 ? v : lastChange(v, r), r);
  return { version: v, repositories, steps: changed.map(r => ({ repository: r, commit: repositories[r] })) };
}
function lastChange(v, r) {
  if (r === 'r1' || r === 'r2') return v;
  return v > HISTORY ? v : 1;
}
const release = mkdtempSync(join(tmpdir(), 'lockstep-bench-release-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: release });
git('init', '-q', '-b', 'main');
writeFileSync(join(release, 'release.yaml'), `deploy: { deployer: command, run: 'true' }\nrepositories:\n${REPOS.map(r => `  ${r}: { github: crois/${r} }`).join('\n')}\n`);
mkdirSync(join(release, 'versions'));
const versions = [];
for (let v = 1; v <= HISTORY + 1; v++) {
  const f = versionOf(v);
  versions.push(f);
  const yaml = [`version: ${v}`, ...(v > 1 ? [`previous: ${v - 1}`] : []), 'repositories:', ...REPOS.map(r => `  ${r}: ${f.repositories[r]}`), 'steps:', ...f.steps.flatMap(s => [`- repository: ${s.repository}`, `  commit: ${s.commit}`])].join('\n');
  writeFileSync(join(release, 'versions', `${v}.yaml`), `${yaml}\n`);
}
git('add', '-A');
git('commit', '-q', '-m', 'versions');
const releaseSha = git('rev-parse', 'HEAD').toString().trim();

// ---------- 1,000 earlier runs, as each bundle records them ----------
const at = '2026-11-01T00:00:00Z';
/** The history each bundle's format writes: one deployment per version, a lock taken and released per run. */
function seed(deployments, kind, upTo) {
  const env = kind === 'baseline' ? 'staging' : 'staging (lockstep)';
  let statusId = 1;
  let deploymentId = 1;
  const status = (state, description, environment = env) => ({ id: statusId++, state, description, log_url: '', environment, created_at: at });
  const applied = [];
  for (let v = 1; v <= upTo; v++) {
    const f = versions[v - 1];
    const label = (s, i) => `step ${i + 1}/${f.steps.length} ${s.repository}@${s.commit.slice(0, 7)}`;
    const statuses =
      kind === 'baseline'
        ? f.steps.flatMap((s, i) => [status('in_progress', `${label(s, i)} starting #1`), status('in_progress', `${label(s, i)} started command:${v}`), status('in_progress', `${label(s, i)} finished`)])
        : f.steps.map((s, i) => status('in_progress', `${label(s, i)} started #1 command:${v}`));
    statuses.push(status('success', `version ${v} reached`));
    if (v < upTo) statuses.push(status('inactive', ''));
    const before = v > 1 ? versions[v - 2].repositories : {};
    deployments.deployments.push({
      id: deploymentId++,
      repository: 'crois/release',
      ref: releaseSha,
      sha: releaseSha,
      task: 'lockstep:deploy',
      environment: env,
      payload: { lockstep: 1, kind: 'deploy', version: v, repositories: f.repositories, steps: f.steps, base: { ...(v > 1 ? { version: v - 1 } : {}), deployed: before, versions: applied.slice(-50) } },
      description: `version ${v}: ${f.steps.length} steps`,
      transient_environment: false,
      production_environment: false,
      created_at: at,
      statuses,
    });
    applied.push({ version: v, repositories: f.repositories, steps: f.steps, finished: f.steps.map((_, i) => i + 1) });
  }
  const lock = { id: 0, repository: 'crois/release', ref: releaseSha, sha: releaseSha, task: 'lockstep:lock', environment: env, payload: { lockstep: 1 }, description: 'Lockstep hold', transient_environment: false, production_environment: false, created_at: at, statuses: [] };
  for (let run = 1; run <= upTo; run++) {
    if (kind === 'baseline') {
      lock.statuses.push(status('in_progress', `lock crois/release/${run} crois/release run ${run} attempt 1`), status('inactive', 'released'));
    } else {
      // Taken, renewed once (a longer run), released.
      const token = randomUUID();
      const job = createHash('sha256').update(`crois/release/${run}/1/deploy/`).digest('hex').slice(0, 8);
      for (const end of [1_790_000_000, 1_790_000_150]) lock.statuses.push(status('in_progress', `lock ${token} ${end} ${job} 1 crois/release/${run} crois/release run ${run} attempt 1 job deploy`));
      lock.statuses.push(status('inactive', `released ${token}`));
    }
  }
  // The lock deployment was created by the first run, before the versions.
  deployments.deployments.unshift(lock);
}

// ---------- one run of a bundle, as the runner runs it ----------
async function run(bundle, github, target, runId) {
  const files = mkdtempSync(join(tmpdir(), 'lockstep-bench-runner-'));
  for (const f of ['output', 'summary', 'state']) writeFileSync(join(files, f), '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: files,
    GITHUB_WORKSPACE: release,
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'crois/release',
    GITHUB_SHA: releaseSha,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    INPUT_ENVIRONMENT: 'staging',
    INPUT_TOKEN: 'ghs_bench',
    INPUT_CONFIG: 'release.yaml',
    INPUT_VERSION: String(target),
    INPUT_STATE: 'deployments',
    'INPUT_POLL-INTERVAL': '0.01',
  };
  const before = github.requests.length;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bundle], { cwd: release, env });
  let out = '';
  child.stdout.on('data', d => (out += d));
  child.stderr.on('data', d => (out += d));
  const code = await new Promise(r => child.on('close', r));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(files, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${bundle} exited ${code}:\n${out}`);
  const requests = github.requests.slice(before);
  return { ms, calls: requests.length, writes: requests.filter(r => r.method !== 'GET').length, statusPosts: requests.filter(r => r.method === 'POST' && r.path.endsWith('/statuses')).length };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, bundle] of Object.entries(bundles)) {
  for (const [history, scenario] of [[0, 'no-op'], [HISTORY, 'no-op'], [HISTORY, 'deploy']]) {
    {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const github = new FakeGitHub();
        await github.start();
        const deployments = new FakeDeployments().install(github);
        // New deployments and statuses get ids above the seeded history's, as on GitHub.
        deployments.nextId = 10_000_000;
        deployments.statusId = 100_000_000;
        // "Empty": only version 1 was deployed before.
        const upTo = history === 0 ? 1 : HISTORY;
        seed(deployments, name, upTo);
        const target = scenario === 'no-op' ? upTo : HISTORY + 1;
        const r = await run(bundle, github, target, 5000 + i);
        const problems = violationsOf(github).splice(0);
        await github.stop();
        if (problems.length) throw new Error(`requests GitHub would refuse:\n${problems.join('\n')}`);
        samples.push(r);
      }
      results[`${name}/${history}/${scenario}`] = {
        ms: median(samples.map(s => s.ms)),
        calls: median(samples.map(s => s.calls)),
        writes: median(samples.map(s => s.writes)),
        statusPosts: median(samples.map(s => s.statusPosts)),
      };
    }
  }
}

// Per step: (deploy − no-op) / steps, less the deployment and the `success` every version costs.
const rows = [];
for (const name of Object.keys(bundles)) {
  const noop = results[`${name}/${HISTORY}/no-op`];
  const deploy = results[`${name}/${HISTORY}/deploy`];
  const empty = results[`${name}/0/no-op`];
  rows.push({
    bundle: name,
    'no-op, 1 earlier run: calls': empty.calls,
    'no-op, 1,000 runs: calls': noop.calls,
    'no-op, 1,000 runs: ms': Math.round(noop.ms),
    [`deploy ${STEPS} steps: calls`]: deploy.calls,
    'state calls per step': ((deploy.calls - noop.calls - 2) / STEPS).toFixed(2),
    'status posts per step': ((deploy.statusPosts - noop.statusPosts - 1) / STEPS).toFixed(2),
    'ms per step': Math.round((deploy.ms - noop.ms) / STEPS),
  });
}
const head = Object.keys(rows[0]);
const md = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map(r => `| ${head.map(h => r[h]).join(' | ')} |`)].join('\n');
console.log(md);
console.log(`\nruns: ${RUNS} (median), history: ${HISTORY}, node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map(l => l.toFixed(2)).join(' ')}`);
console.log(`bundle: ${bundles.bundle}\nbaseline: ${bundles.baseline}`);
writeFileSync(join(WORK, 'results.json'), JSON.stringify({ results, rows }, null, 2));
writeFileSync(join(WORK, 'results.md'), `${md}\n`);
rmSync(release, { recursive: true, force: true });
