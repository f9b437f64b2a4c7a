#!/usr/bin/env node
// Benchmark of `hash-tag` (the built action bundle and the built CLI) on a generated monorepo
// of 48,000 files / ~450 MB / 30 images (`--tree 480k`: 480,000 files / ~900 MB / 100 images), against
//   - the floor: `git status --porcelain` + `git ls-files -s` (what any index-based hasher must run), and
//   - `hashFiles` from @actions/glob over the same contexts (what workflows use for cache keys today),
// on a clean tree, a dirty tree, and with gitignored node_modules inside contexts.
// The repository is generated once and cached under bench/.work/ (gitignored). Method and
// figures: docs/benchmarks.md.
//
//   npm run build -- hash-tag cli && npm run bench     # table on stdout; bench/.work/results.{json,md}
//   node bench/hash-tag.mjs --runs 7 --hashfiles-runs 3 --profile
//   node bench/hash-tag.mjs --action <bundle> --cli <bundle>   # measure other builds
//   node bench/hash-tag.mjs --keep-env    # time Node with this shell's NODE_EXTRA_CA_CERTS / NODE_OPTIONS
//   node bench/hash-tag.mjs --tree 480k --hashfiles-runs 0   # the large tree (results-480k.{json,md})
//   node bench/hash-tag.mjs --baseline /tmp/old-dist   # also old bundles (<dir>/hash-tag, <dir>/cli), in the same rounds
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench', '.work');
// Bump when the generator changes, so a cached repository is rebuilt.
const GENERATOR_VERSION = 5;

const TREES = {
  '48k': {
    dir: 'monorepo',
    files: 48_000,
    bytes: 450 * 1024 * 1024,
    bases: ['jvm-base', 'node-base', 'python-base'],
    services: 27,
    // Files outside every image context: docs, tooling, shared scripts (declared as inputs by some images).
    outside: 4_500,
    dirty: { modified: 200, untracked: 50 },
    targets: { clean: 2.3 },
  },
  // A large monorepo: ten times the files, smaller on average (a checkout of ~900 MB).
  '480k': {
    dir: 'monorepo-480k',
    files: 480_000,
    bytes: 900 * 1024 * 1024,
    bases: ['jvm-base', 'node-base', 'python-base', 'go-base'],
    services: 96,
    outside: 45_000,
    dirty: { modified: 500, untracked: 100 },
    targets: { clean: 1.3, dirty: 1.5, peakMiB: 300 },
  },
};
// The tree is chosen before anything else: the hashFiles child below needs its folder.
const treeFlag = process.argv.indexOf('--tree');
const TREE = treeFlag > 0 ? process.argv[treeFlag + 1] : '48k';
if (!TREES[TREE]) throw new Error(`--tree: one of ${Object.keys(TREES).join(', ')}`);
const SPEC = TREES[TREE];
const REPO = join(WORK, SPEC.dir);
// Results of the default tree keep their old names.
const SUFFIX = TREE === '48k' ? '' : `-${TREE}`;

// ---------- child mode: hashFiles from @actions/glob, one call per image, as a workflow would ----------
if (process.argv[2] === '--hashfiles-child') {
  const { hashFiles } = await import('@actions/glob');
  const patterns = JSON.parse(process.argv[3]);
  const started = process.hrtime.bigint();
  const out = {};
  for (const [name, pattern] of Object.entries(patterns)) {
    out[name] = await hashFiles(pattern, REPO);
    if (!out[name]) throw new Error(`hashFiles matched nothing for ${name} (${pattern})`);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write(`${JSON.stringify({ ms, out })}\n`);
  process.exit(0);
}

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'hashfiles-runs': { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
    tree: { type: 'string', default: '48k' },
    'generate-only': { type: 'boolean', default: false },
    // Time Node with this shell's environment as it is (see RUNNER_ENV below).
    'keep-env': { type: 'boolean', default: false },
    // The bundles to measure; default the committed ones (`npm run build -- hash-tag cli`).
    cli: { type: 'string', default: join(ROOT, 'dist', 'cli', 'index.js') },
    action: { type: 'string', default: join(ROOT, 'dist', 'hash-tag', 'index.js') },
    // A dist folder of other bundles (a copy of dist/ from before a change): measured in the
    // same rounds as the bundles above, so that before and after see the same load.
    baseline: { type: 'string' },
  },
});
const RUNS = Number(flags.runs);
const HASHFILES_RUNS = Number(flags['hashfiles-runs']);
const CLI = resolve(flags.cli);
const ACTION = resolve(flags.action);
const BASELINE = flags.baseline && { action: join(resolve(flags.baseline), 'hash-tag', 'index.js'), cli: join(resolve(flags.baseline), 'cli', 'index.js') };

// The measured processes get the environment a GitHub runner gives an action, not this shell's
// settings for Node: NODE_EXTRA_CA_CERTS (set on some machines for a proxy, never by GitHub's
// runners) makes every Node process parse a whole certificate bundle before its first line,
// ~70 ms on a machine where `node -e 0` takes ~35 ms. git reads neither variable.
const NODE_ONLY_SETTINGS = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const RUNNER_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => flags['keep-env'] || !NODE_ONLY_SETTINGS.includes(k)));
const removedSettings = NODE_ONLY_SETTINGS.filter(k => process.env[k] !== undefined && !flags['keep-env']);

// ---------- deterministic generator ----------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePool(size) {
  // Printable, poorly compressible text: hex of a hash chain, so git's zlib does real work.
  const chunks = [];
  let block = createHash('sha512').update('lockstep-bench').digest();
  let length = 0;
  while (length < size) {
    block = createHash('sha512').update(block).digest();
    const line = `${block.toString('hex')}\n`;
    chunks.push(line);
    length += line.length;
  }
  return Buffer.from(chunks.join('')).subarray(0, size);
}

function git(args, options = {}) {
  return execFileSync('git', args, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function generate() {
  console.log(`generating ${SPEC.files} files (~${Math.round(SPEC.bytes / 2 ** 20)} MB) in ${REPO} ...`);
  const t0 = Date.now();
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  const rand = mulberry32(42);
  const pool = makePool(4 * 1024 * 1024);
  const meanSize = SPEC.bytes / SPEC.files;
  let written = 0;
  let count = 0;
  const write = (path, { exec = false } = {}) => {
    // Sizes from a skewed distribution with the target mean: many small files, some large.
    const r = rand();
    const size = Math.max(64, Math.floor(meanSize * 3 * r * r));
    const header = `// ${path}\n`;
    const offset = Math.floor(rand() * (pool.length - size));
    const full = join(REPO, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, Buffer.concat([Buffer.from(header), pool.subarray(offset, offset + size - header.length)]), { mode: exec ? 0o755 : 0o644 });
    written += size;
    count++;
  };
  const images = [];
  for (const base of SPEC.bases) images.push({ name: base, context: `images/${base}`, from: 'debian:bookworm-slim' });
  for (let i = 0; i < SPEC.services; i++) {
    const base = SPEC.bases[i % SPEC.bases.length];
    images.push({ name: `svc-${String(i).padStart(2, '0')}`, context: `services/svc-${String(i).padStart(2, '0')}`, from: base, inputs: i % 4 === 0 ? ['scripts/common'] : [] });
  }
  const perImage = Math.floor((SPEC.files - SPEC.outside) / images.length);
  for (const image of images) {
    mkdirSync(join(REPO, image.context), { recursive: true });
    writeFileSync(join(REPO, image.context, 'Dockerfile'), `ARG TAG=latest\nFROM ${image.from}${image.from.includes(':') ? '' : ':${TAG}'}\nCOPY . /app/\nRUN /app/bin/build.sh\n`);
    writeFileSync(join(REPO, image.context, '.dockerignore'), '**/*.md\ntmp/\n!tmp/keep.txt\n**/__pycache__\nnode_modules\n');
    count += 2;
    for (let f = 0; f < perImage - 2; f++) {
      const dir = `${image.context}/src/m${f % 12}/p${Math.floor(f / 12) % 10}`;
      const kind = f % 50 === 0 ? 'tmp/t' : f % 37 === 0 ? 'docs/r' : dir + '/f';
      // No .js/.ts: the repository's own eslint walks bench/, and this tree is data, not code.
      const ext = kind.startsWith('docs') ? '.md' : f % 3 === 0 ? '.go' : f % 3 === 1 ? '.java' : '.py';
      write(`${kind.startsWith(image.context) ? kind : `${image.context}/${kind}`}${f}${ext}`, { exec: f % 211 === 0 });
    }
    write(`${image.context}/bin/build.sh`, { exec: true });
    symlinkSync('../bin/build.sh', join(REPO, image.context, 'src', 'build-link'));
    count++;
  }
  for (let f = 0; count < SPEC.files - 2; f++) {
    const top = f % 3 === 0 ? 'scripts/common' : f % 3 === 1 ? 'docs' : 'tools';
    write(`${top}/d${f % 40}/x${f}.txt`, { exec: top === 'scripts/common' && f % 10 === 0 });
  }
  const config = ['# generated by bench/hash-tag.mjs', 'registry: 127.0.0.1:5000/bench', 'images:'];
  for (const image of images) {
    config.push(`  ${image.name}:`, `    context: ${image.context}`);
    if (image.inputs?.length) config.push(`    inputs: [${image.inputs.join(', ')}]`);
    if (SPEC.bases.includes(image.from)) config.push(`    build-args: { TAG: "1" }`);
  }
  writeFileSync(join(REPO, 'images.yaml'), `${config.join('\n')}\n`);
  writeFileSync(join(REPO, '.gitignore'), 'node_modules/\n');
  count += 2;
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: REPO });
  // Committing this many loose objects would start `git gc --auto` in the background, repacking
  // for minutes while the measurements run.
  git(['config', 'gc.auto', '0']);
  git(['-c', 'core.compression=1', 'add', '-A']);
  git(['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'bench monorepo']);
  // Refresh the index stat data, so the clean-tree case really is clean for `git status`.
  git(['update-index', '--refresh']);
  const tracked = git(['ls-files']).split('\n').filter(Boolean).length;
  writeFileSync(
    join(WORK, `${SPEC.dir}.json`),
    JSON.stringify({ version: GENERATOR_VERSION, files: tracked, bytes: written, images: images.map(i => i.name), perImage }, null, 2),
  );
  console.log(`generated ${tracked} files, ${(written / 2 ** 20).toFixed(0)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function ensureRepo() {
  mkdirSync(WORK, { recursive: true });
  const metaFile = join(WORK, `${SPEC.dir}.json`);
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
  if (flags.regenerate || !meta || meta.version !== GENERATOR_VERSION || !existsSync(join(REPO, '.git'))) generate();
  else git(['config', 'gc.auto', '0']); // a tree generated before that setting
  return JSON.parse(readFileSync(metaFile, 'utf8'));
}

// ---------- measuring ----------
function timeSpawn(cmd, args, { env } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: REPO, env: { ...RUNNER_ENV, ...env }, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout.toString() };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * CPU time (user + system) of the children this process has waited for, from /proc (Linux):
 * unlike wall time it hardly moves when other work shares the machine. NaN elsewhere.
 */
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Times each command `runs` times, taking turns (floor, action, CLI, floor, ...), so that a
 * change in the machine's load during the run weighs on all of them alike. One warm-up run
 * each first: page cache, git's index stat refresh.
 */
function measure(commands, runs) {
  const times = commands.map(() => []);
  const cpu = commands.map(() => []);
  if (runs > 0) for (const [, fn] of commands) fn();
  for (let i = 0; i < runs; i++) {
    commands.forEach(([, fn], n) => {
      const before = childCpuMs();
      times[n].push(fn());
      cpu[n].push(childCpuMs() - before);
    });
  }
  return commands.map(([label], n) => {
    const result = { label, runs, median: median(times[n]), min: Math.min(...times[n]), max: Math.max(...times[n]), cpuMedian: median(cpu[n]) };
    const cpuText = Number.isNaN(result.cpuMedian) ? '' : `, cpu ${result.cpuMedian.toFixed(0)} ms`;
    console.log(`  ${label.padEnd(46)} median ${result.median.toFixed(0).padStart(6)} ms  (min ${result.min.toFixed(0)}, max ${result.max.toFixed(0)}, ${runs} runs${cpuText})`);
    return result;
  });
}

const floor = () => timeSpawn('git', ['status', '--porcelain']).ms + timeSpawn('git', ['ls-files', '-s']).ms;
// The action bundle, run as the runner runs it: inputs in INPUT_*, outputs to GITHUB_OUTPUT.
const actionOf = bundle => () => {
  const files = join(WORK, 'runner');
  rmSync(files, { recursive: true, force: true });
  mkdirSync(files, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(join(files, f), '');
  const env = { INPUT_CONFIG: 'images.yaml', GITHUB_OUTPUT: join(files, 'output'), GITHUB_STEP_SUMMARY: join(files, 'summary'), GITHUB_WORKSPACE: REPO, RUNNER_TEMP: files };
  const { ms } = timeSpawn(process.execPath, [bundle], { env });
  if (!readFileSync(join(files, 'output'), 'utf8').includes('tags<<')) throw new Error('the hash-tag action wrote no tags output');
  return ms;
};
const action = actionOf(ACTION);
let lastTags;
const lockstep = () => {
  const r = timeSpawn(process.execPath, [CLI, 'hash-tag', '--config', 'images.yaml', '--json']);
  lastTags = r.stdout;
  return r.ms;
};
// The baseline's CLI must print the very tags the measured one does: a speed-up that changes a tag is a defect.
let baselineTags;
const baselineCli = () => {
  const r = timeSpawn(process.execPath, [BASELINE.cli, 'hash-tag', '--config', 'images.yaml', '--json']);
  baselineTags = r.stdout;
  return r.ms;
};
const baselineRows = () =>
  BASELINE
    ? [
        ['baseline: hash-tag action', actionOf(BASELINE.action)],
        ['baseline: lockstep hash-tag CLI', baselineCli],
      ]
    : [];
const sameTagsAsBaseline = scenario => {
  if (!BASELINE) return;
  const mine = tagMap(JSON.parse(lastTags));
  const theirs = tagMap(JSON.parse(baselineTags));
  const differ = Object.keys({ ...mine, ...theirs }).filter(k => mine[k] !== theirs[k]);
  if (differ.length) throw new Error(`${scenario} tree: the baseline gives other tags for ${differ.join(', ')}`);
  console.log(`  sanity: the baseline gives the same ${Object.keys(mine).length} tags`);
};

function hashFilesPatterns(meta) {
  // The same inputs as each image: its context (minus nothing: hashFiles knows no .dockerignore) and declared inputs.
  const config = readFileSync(join(REPO, 'images.yaml'), 'utf8');
  const patterns = {};
  let current;
  for (const line of config.split('\n')) {
    const name = /^ {2}([\w-]+):$/.exec(line);
    if (name) current = patterns[name[1]] = [];
    const ctx = /^ {4}context: (.+)$/.exec(line);
    if (ctx && current) current.push(`${ctx[1]}/**`);
    const inputs = /^ {4}inputs: \[(.+)\]$/.exec(line);
    if (inputs && current) for (const p of inputs[1].split(',')) current.push(`${p.trim()}/**`);
  }
  if (Object.keys(patterns).length !== meta.images.length) throw new Error('could not read images.yaml back');
  return Object.fromEntries(Object.entries(patterns).map(([k, v]) => [k, v.join('\n')]));
}

function hashFilesRun(patterns) {
  // cwd = the repository: hashFiles resolves relative patterns against it, as on a runner.
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--hashfiles-child', JSON.stringify(patterns), '--tree', TREE], {
    cwd: REPO,
    env: { ...process.env, GITHUB_WORKSPACE: REPO },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`hashFiles child failed: ${r.stderr}`);
  const { ms } = JSON.parse(r.stderr.toString().trim().split('\n').pop());
  return ms;
}

function dirtyTree(meta, on) {
  // Modified tracked files spread over the contexts, and untracked ones.
  const { modified: m, untracked: u } = SPEC.dirty;
  const files = git(['ls-files', 'services']).split('\n').filter(f => f && !f.endsWith('Dockerfile') && !f.includes('build-link'));
  const step = Math.floor(files.length / m);
  const modified = Array.from({ length: m }, (_, i) => files[i * step]);
  const untracked = Array.from({ length: u }, (_, i) => `services/svc-${String(i % SPEC.services).padStart(2, '0')}/src/new-${i}.ts`);
  if (on) {
    for (const f of modified) appendFileSync(join(REPO, f), '// bench edit\n');
    for (const f of untracked) writeFileSync(join(REPO, f), `new file ${f}\n`);
  } else {
    for (const f of modified) {
      const original = execFileSync('git', ['show', `HEAD:${f}`], { cwd: REPO, maxBuffer: 1 << 26 });
      writeFileSync(join(REPO, f), original);
    }
    for (const f of untracked) if (existsSync(join(REPO, f))) unlinkSync(join(REPO, f));
    git(['update-index', '--refresh']);
  }
}

/** The action's maximum resident set in MiB, through GNU time (`/usr/bin/time -f %M`); undefined without it. */
function peakMemoryMiB() {
  if (!existsSync('/usr/bin/time')) return undefined;
  const dir = join(WORK, 'runner-peak');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
  const env = { ...RUNNER_ENV, INPUT_CONFIG: 'images.yaml', GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_WORKSPACE: REPO, RUNNER_TEMP: dir };
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-kib %M', process.execPath, ACTION], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const kib = /peak-kib (\d+)/.exec(r.stderr.toString());
  if (r.status !== 0 || !kib) throw new Error(`measuring peak memory failed: ${r.stderr}`);
  return Number(kib[1]) / 1024;
}

function profile() {
  // One run of the action bundle under --cpu-prof: where the wall time goes.
  const dir = join(WORK, 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
  const env = { ...RUNNER_ENV, INPUT_CONFIG: 'images.yaml', GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_WORKSPACE: REPO, RUNNER_TEMP: dir };
  spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ACTION], { cwd: REPO, env, stdio: 'ignore' });
  const file = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(prof.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = n => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  prof.samples.forEach((id, i) => {
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      const name = node.callFrame.functionName;
      // Named functions of the bundle only: the phases of hash-tag.
      if (!name || !node.callFrame.url.endsWith('index.js') || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  const total = (prof.endTime - prof.startTime) / 1000;
  const topSelf = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  const topInclusive = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log(`\nCPU profile of one hash-tag action run: ${total.toFixed(0)} ms profiled`);
  console.log('  self time:');
  for (const [k, ms] of topSelf) console.log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
  console.log('  inclusive time, named functions of the bundle:');
  for (const [k, ms] of topInclusive) console.log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
  return { totalMs: total, self: topSelf, inclusive: topInclusive };
}

// ---------- main ----------
const meta = ensureRepo();
if (flags['generate-only']) process.exit(0);
for (const bundle of [CLI, ACTION, ...(BASELINE ? [BASELINE.cli, BASELINE.action] : [])]) {
  if (!existsSync(bundle)) {
    console.error(`${bundle} is missing: run \`npm run build -- hash-tag cli\` first (the benchmark measures the built bundles)`);
    process.exit(1);
  }
}
const status = git(['status', '--porcelain']);
if (status.trim()) throw new Error(`the bench repository is not clean; rerun with --regenerate:\n${status.slice(0, 500)}`);
console.log(`\nrepository: ${meta.files} files, ${(meta.bytes / 2 ** 20).toFixed(0)} MB, ${meta.images.length} images (${REPO})`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}`);

// Timings on a busy machine are worth little: say how busy it was.
const loadBefore = loadavg()[0];
console.log(`load average (1 min) at start: ${loadBefore.toFixed(2)} on ${cpus().length} CPUs`);
if (removedSettings.length) console.log(`environment of the measured processes: as on a runner, without ${removedSettings.join(', ')} (--keep-env keeps them)`);
console.log('\nclean tree:');
// Where the fixed cost of a Node CLI goes: an empty process, then loading the bundle and printing help.
const [cleanFloor, cleanAction, cleanLockstep, nodeStartup, bundleLoad, cleanBaselineAction, cleanBaselineCli] = measure(
  [
    ['git status --porcelain + git ls-files -s', floor],
    ['hash-tag action (dist/hash-tag)', action],
    ['lockstep hash-tag CLI (dist/cli)', lockstep],
    ['  for reference: node -e 0', () => timeSpawn(process.execPath, ['-e', '0']).ms],
    ['  for reference: lockstep --help (load CLI)', () => timeSpawn(process.execPath, [CLI, '--help']).ms],
    ...baselineRows(),
  ],
  RUNS,
);
const tags = JSON.parse(lastTags);
sameTagsAsBaseline('clean');
// What this shell's own Node settings would add to every Node start (reported, not counted).
const shellNodeStartup = removedSettings.length
  ? measure([[`  for reference: node -e 0 with ${removedSettings.join(', ')}`, () => timeSpawn(process.execPath, ['-e', '0'], { env: process.env }).ms]], RUNS)[0]
  : undefined;
const patterns = hashFilesPatterns(meta);
const [hashFiles] = measure([['@actions/glob hashFiles, one call per image', () => hashFilesRun(patterns)]], HASHFILES_RUNS);

console.log(`\ndirty tree (${SPEC.dirty.modified} modified + ${SPEC.dirty.untracked} untracked files in contexts):`);
dirtyTree(meta, true);
let dirtyFloor;
let dirtyLockstep;
let dirtyAction;
let dirtyTags;
let dirtyBaselineAction;
let dirtyBaselineCli;
try {
  [dirtyFloor, dirtyAction, dirtyLockstep, dirtyBaselineAction, dirtyBaselineCli] = measure(
    [
      ['git status --porcelain + git ls-files -s', floor],
      ['hash-tag action (dist/hash-tag)', action],
      ['lockstep hash-tag CLI (dist/cli)', lockstep],
      ...baselineRows(),
    ],
    RUNS,
  );
  dirtyTags = JSON.parse(lastTags);
  sameTagsAsBaseline('dirty');
} finally {
  dirtyTree(meta, false);
}

// Dependencies installed inside contexts (CI runs `npm ci` before `docker build`): gitignored,
// and excluded by every context's .dockerignore, so Docker sends none of them.
console.log('\ngitignored node_modules in 3 contexts (3 x 3,000 files), all excluded by .dockerignore:');
const deps = ['svc-01', 'svc-02', 'svc-03'].map(s => join(REPO, 'services', s, 'node_modules'));
for (const d of deps) {
  for (let p = 0; p < 30; p++) {
    mkdirSync(join(d, `pkg${p}`), { recursive: true });
    for (let f = 0; f < 100; f++) writeFileSync(join(d, `pkg${p}`, `f${f}.js`), `module.exports = ${p * 100 + f};\n`);
  }
}
let depsFloor;
let depsAction;
let depsTags;
try {
  [depsFloor, depsAction] = measure(
    [
      ['git status --porcelain + git ls-files -s', floor],
      ['hash-tag action (dist/hash-tag)', action],
    ],
    RUNS,
  );
  lockstep();
  depsTags = JSON.parse(lastTags);
} finally {
  for (const d of deps) rmSync(d, { recursive: true, force: true });
}
const top = flags.profile ? profile() : undefined;

const ratios = {
  actionCleanVsFloor: cleanAction.median / cleanFloor.median,
  cliCleanVsFloor: cleanLockstep.median / cleanFloor.median,
  actionDirtyVsFloor: dirtyAction.median / dirtyFloor.median,
  cliDirtyVsFloor: dirtyLockstep.median / dirtyFloor.median,
  hashFilesVsAction: hashFiles.median / cleanAction.median,
  hashFilesVsCli: hashFiles.median / cleanLockstep.median,
};
const verdict = (ok) => (ok ? 'MET' : 'MISSED');
const target = (ratio, limit) => (limit === undefined ? '' : `   (target: within ${limit}x)  ${verdict(ratio <= limit)}`);
console.log('\nratios (medians):');
console.log(`  action / floor, clean tree:  ${ratios.actionCleanVsFloor.toFixed(2)}x${target(ratios.actionCleanVsFloor, SPEC.targets.clean)}`);
console.log(`  cli / floor, clean tree:     ${ratios.cliCleanVsFloor.toFixed(2)}x${target(ratios.cliCleanVsFloor, SPEC.targets.clean)}`);
console.log(`  action / floor, dirty tree:  ${ratios.actionDirtyVsFloor.toFixed(2)}x${target(ratios.actionDirtyVsFloor, SPEC.targets.dirty)}`);
console.log(`  cli / floor, dirty tree:     ${ratios.cliDirtyVsFloor.toFixed(2)}x${target(ratios.cliDirtyVsFloor, SPEC.targets.dirty)}`);
// Peak memory (maximum resident set) of one action run on the clean tree, from GNU time.
const peak = peakMemoryMiB();
if (peak !== undefined) console.log(`  peak memory, action, clean tree: ${peak.toFixed(0)} MiB${SPEC.targets.peakMiB ? `   (target: at most ${SPEC.targets.peakMiB} MiB)  ${verdict(peak <= SPEC.targets.peakMiB)}` : ''}`);
ratios.peakMiB = peak;
console.log(`  hashFiles / action:          ${ratios.hashFilesVsAction.toFixed(1)}x   (target: over 50x)  ${verdict(ratios.hashFilesVsAction > 50)}`);
console.log(`  hashFiles / cli:             ${ratios.hashFilesVsCli.toFixed(1)}x   (target: over 50x)  ${verdict(ratios.hashFilesVsCli > 50)}`);
console.log(`  action / floor, node_modules: ${(depsAction.median / depsFloor.median).toFixed(2)}x`);
ratios.cpu = {
  actionCleanVsFloor: cleanAction.cpuMedian / cleanFloor.cpuMedian,
  cliCleanVsFloor: cleanLockstep.cpuMedian / cleanFloor.cpuMedian,
  hashFilesVsAction: hashFiles.cpuMedian / cleanAction.cpuMedian,
};
ratios.cpu.actionDirtyVsFloor = dirtyAction.cpuMedian / dirtyFloor.cpuMedian;
ratios.cpu.cliDirtyVsFloor = dirtyLockstep.cpuMedian / dirtyFloor.cpuMedian;
console.log(`  CPU time, clean tree: action / floor ${ratios.cpu.actionCleanVsFloor.toFixed(2)}x, cli / floor ${ratios.cpu.cliCleanVsFloor.toFixed(2)}x, hashFiles / action ${ratios.cpu.hashFilesVsAction.toFixed(1)}x`);
console.log(`  CPU time, dirty tree: action / floor ${ratios.cpu.actionDirtyVsFloor.toFixed(2)}x, cli / floor ${ratios.cpu.cliDirtyVsFloor.toFixed(2)}x`);
if (BASELINE) {
  const vs = (r, f) => `${(r.median / f.median).toFixed(2)}x wall, ${(r.cpuMedian / f.cpuMedian).toFixed(2)}x CPU`;
  ratios.baseline = {
    actionCleanVsFloor: cleanBaselineAction.median / cleanFloor.median,
    cliCleanVsFloor: cleanBaselineCli.median / cleanFloor.median,
    actionDirtyVsFloor: dirtyBaselineAction.median / dirtyFloor.median,
    cliDirtyVsFloor: dirtyBaselineCli.median / dirtyFloor.median,
  };
  console.log(`  baseline (${flags.baseline}) / floor: clean action ${vs(cleanBaselineAction, cleanFloor)}, cli ${vs(cleanBaselineCli, cleanFloor)}`);
  console.log(`  baseline (${flags.baseline}) / floor: dirty action ${vs(dirtyBaselineAction, dirtyFloor)}, cli ${vs(dirtyBaselineCli, dirtyFloor)}`);
}
const depsChanged = Object.keys(tagMap(tags)).filter(k => tagMap(tags)[k] !== tagMap(depsTags)[k]);
console.log(`  sanity: ${depsChanged.length} tags changed by the .dockerignored node_modules (expected 0)`);
const changed = Object.keys(tagMap(tags)).filter(k => tagMap(tags)[k] !== tagMap(dirtyTags)[k]);
console.log(`  sanity: ${Object.keys(tagMap(tags)).length} tags; ${changed.length} changed by the dirty-tree edits (expected ${SPEC.services}, the services)`);
// Fast and wrong is worthless: the figures only count if the tags behaved.
const problems = [
  Object.keys(tagMap(tags)).length !== meta.images.length && `expected ${meta.images.length} tags`,
  changed.length !== SPEC.services && `the dirty tree changed ${changed.length} tags, expected ${SPEC.services}`,
  depsChanged.length !== 0 && `.dockerignored node_modules changed ${depsChanged.length} tags`,
].filter(Boolean);
if (problems.length) {
  console.error(`\nSANITY CHECK FAILED: ${problems.join('; ')}`);
  process.exitCode = 1;
}

function tagMap(out) {
  // `--json` prints the job result; accept {tags:{..}} or {images:[{name,tag}]}.
  if (out.tags && typeof out.tags === 'object') return out.tags;
  if (Array.isArray(out.images)) return Object.fromEntries(out.images.map(i => [i.name, i.tag]));
  throw new Error('unexpected `lockstep hash-tag --json` output');
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), loadBefore, loadAfter: loadavg()[0] },
  node: process.version,
  repo: meta,
  environment: { removed: removedSettings },
  clean: { floor: cleanFloor, action: cleanAction, cli: cleanLockstep, hashFiles, nodeStartup, bundleLoad, shellNodeStartup, baselineAction: cleanBaselineAction, baselineCli: cleanBaselineCli },
  dirty: { floor: dirtyFloor, action: dirtyAction, cli: dirtyLockstep, baselineAction: dirtyBaselineAction, baselineCli: dirtyBaselineCli },
  baseline: flags.baseline,
  nodeModules: { floor: depsFloor, action: depsAction },
  ratios,
  profile: top,
};
writeFileSync(join(WORK, `results${SUFFIX}.json`), JSON.stringify(results, null, 2));
// The table docs/benchmarks.md carries, ready to paste.
const row = (scenario, what, r, floorMs) =>
  `| ${scenario} | ${what} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} | ${Number.isNaN(r.cpuMedian) ? '' : r.cpuMedian.toFixed(0)} | ${r.runs} | ${floorMs ? `${(r.median / floorMs).toFixed(2)}x` : ''} |`;
const table = [
  '| tree | command | median wall ms | min–max wall ms | median CPU ms | runs | wall vs floor |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  row('clean', '`git status --porcelain` + `git ls-files -s` (floor)', cleanFloor),
  row('clean', 'hash-tag action (`dist/hash-tag`)', cleanAction, cleanFloor.median),
  row('clean', '`lockstep hash-tag --json` (`dist/cli`)', cleanLockstep, cleanFloor.median),
  row('clean', '`node -e 0` (reference)', nodeStartup, cleanFloor.median),
  row('clean', '`lockstep --help` (reference: load the CLI bundle)', bundleLoad, cleanFloor.median),
  ...(shellNodeStartup ? [row('clean', `\`node -e 0\` with ${removedSettings.join(', ')} (reference, not counted)`, shellNodeStartup, cleanFloor.median)] : []),
  row('clean', '`hashFiles` (@actions/glob), one call per image', hashFiles, cleanFloor.median),
  ...(BASELINE ? [row('clean', 'baseline: hash-tag action', cleanBaselineAction, cleanFloor.median), row('clean', 'baseline: `lockstep hash-tag --json`', cleanBaselineCli, cleanFloor.median)] : []),
  row('dirty', 'floor', dirtyFloor),
  row('dirty', 'hash-tag action', dirtyAction, dirtyFloor.median),
  row('dirty', '`lockstep hash-tag --json`', dirtyLockstep, dirtyFloor.median),
  ...(BASELINE ? [row('dirty', 'baseline: hash-tag action', dirtyBaselineAction, dirtyFloor.median), row('dirty', 'baseline: `lockstep hash-tag --json`', dirtyBaselineCli, dirtyFloor.median)] : []),
  row('node_modules', 'floor', depsFloor),
  row('node_modules', 'hash-tag action', depsAction, depsFloor.median),
].join('\n');
writeFileSync(join(WORK, `results${SUFFIX}.md`), `${table}\n`);
console.log(`load average (1 min) at end: ${loadavg()[0].toFixed(2)}`);
console.log(`\nresults written to ${join(WORK, `results${SUFFIX}.json`)}`);
