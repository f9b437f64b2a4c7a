import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from '../adapters/git/git.js';
import { gitHubAccess, serverUrl } from '../composition/github.js';
import { hashTagPorts } from '../composition/hash-tag.js';
import { pullSource, releases } from '../composition/releases.js';
import { deployers, stateStore } from '../composition/rollout.js';
import type { Location } from '../core/errors.js';
import type { RolloutState } from '../core/rollout/state.js';
import type { HeldPull, Step } from '../core/versions/version-file.js';
import { applySteps, planSteps, type AppliedStep } from '../jobs/apply-steps.js';
import { hashTag } from '../jobs/hash-tag.js';
import type { Reporter } from '../core/reporter.js';
import { bootstrap, resolveDeps } from '../jobs/resolve-deps.js';
import type { PullSource, ReleaseContext } from '../jobs/ports.js';
import { createProduct, deployScript, FIRST_WAVE, mergeWave, SECOND_WAVE, type Product } from './product.js';
import { FolderRegistry } from './registry.js';

/**
 * The whole release flow on a laptop, through the same job functions the actions run:
 * hash-tag in a monorepo, resolve-deps over three repositories' merged pull requests,
 * apply-steps to staging and production with the command deployer, a change that re-tags only
 * what it touched, an incompatible pull request released one version later, and a rollback.
 */
export interface ExampleOptions {
  /** Folder to build the product in (created; must not hold a product yet). */
  dir: string;
  /** Where the story is told. Jobs' own output goes through it too, indented. */
  out: Reporter;
  /** Stop once the first wave is merged and version 1 exists: what `--prepare` leaves for CI. */
  prepareOnly?: boolean;
}

export interface TagStage {
  /** Image name → tag. */
  tags: Record<string, string>;
  /** Images whose tag the registry lacked (and which were then built and pushed). */
  built: string[];
}

export interface ReleaseStage {
  version: number;
  steps: Step[];
  held: HeldPull[];
}

export interface ExampleResult {
  product: Product;
  tagStages: TagStage[];
  releases: ReleaseStage[];
  /** The production plan shown before production was deployed, as markdown. */
  productionPlan?: string;
  /** The deploy log's lines, in order. */
  deployLog: string[];
  /** Where each environment stands at the end. */
  environments: Record<string, { version?: number; deployed: Record<string, string> }>;
  /** Every step apply-steps ran, per run. */
  runs: Array<{ environment: string; to: number; direction: string; applied: AppliedStep[] }>;
}

/** Prefixes every line a job prints, so the story's own lines stand out. */
class IndentedReporter implements Reporter {
  constructor(
    private readonly out: Reporter,
    private readonly prefix = '  │ ',
  ) {}
  private lines(text: string): string {
    return text
      .split('\n')
      .map(l => `${this.prefix}${l}`.trimEnd())
      .join('\n');
  }
  info(message: string): void {
    this.out.info(this.lines(message));
  }
  warning(message: string, location?: Location): void {
    this.out.info(this.lines(`warning: ${location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${message}`));
  }
  error(message: string, location?: Location): void {
    this.out.error(message, location);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.out.info(this.lines(`▸ ${title}`));
    return fn();
  }
  summary(): void {}
}

export async function runExample(options: ExampleOptions): Promise<ExampleResult> {
  const { out } = options;
  const jobs = new IndentedReporter(out);
  const started = Date.now();
  const stage = (n: number | string, title: string) => out.info(`\n━━ ${n}. ${title}`);
  const say = (text: string) => out.info(text);

  const product = await createProduct(options.dir);
  const registry = new FolderRegistry(product.registryDir);
  const result: ExampleResult = { product, tagStages: [], releases: [], deployLog: [], environments: {}, runs: [] };
  const source = pullSource('git', gitHubAccess(undefined, 'the example reads local clones only', jobs));
  const workspace = product.root;
  const short = (c: string) => c.slice(0, 7);

  stage(1, `The acme product, in ${product.root}`);
  say('  infra/    infrastructure (a queue, compute environments)       a git repository');
  say('  api/      monorepo: jvm-base image, api and worker services    a git repository');
  say('  web/      the web front end                                    a git repository');
  say('  release/  release.yaml and the version files                   a git repository');

  stage(2, 'Adopting Lockstep: version 1 pins every repository as it is');
  await bootstrap({ config: product.releaseConfig, workspace, releases: releases(), source, write: true }, jobs);
  await commitRelease(product, 'versions/1.yaml', 'Version 1 (bootstrap)');
  say('  Staging and production run these commits today; record that as their state:');
  for (const environment of ['staging', 'production']) await apply(product, environment, undefined, jobs, result, { quiet: true });
  say('  staging and production: version 1');

  stage(3, 'hash-tag in the api monorepo: every image tagged by its content');
  await tagAndBuild(product, registry, jobs, result);

  stage(4, 'The team merges four pull requests');
  for (const merged of await mergeWave(product, FIRST_WAVE)) {
    const block = merged.pull.body?.includes('# dependency') ? `   ← ${dependencySummary(merged.pull.body)}` : '';
    say(`  ${merged.repo}#${merged.pull.number}  ${merged.pull.title}  (${short(merged.commit)})${block}`);
  }
  if (options.prepareOnly) {
    say(`\nPrepared: ${product.root}\n  release config: ${product.releaseConfig}`);
    return result;
  }

  stage(5, 'hash-tag again: api#87 changed only the api service, so only api gets a new tag');
  await tagAndBuild(product, registry, jobs, result);

  stage(6, 'Cutting a release: resolve-deps reads the merged pull requests and writes version 2');
  await release(product, jobs, result, source);

  stage(7, 'Pushing version 2 to staging: apply-steps runs its steps in order');
  await apply(product, 'staging', undefined, jobs, result);

  stage(8, 'The staging → production pull request: its plan comment');
  result.productionPlan = (await plan(product, 'production', jobs)).plan;

  stage(9, 'Merging it: apply-steps brings production to version 2');
  await apply(product, 'production', undefined, jobs, result);

  stage(10, 'A JVM security patch in the base image re-tags every image built on it');
  for (const merged of await mergeWave(product, SECOND_WAVE)) say(`  ${merged.repo}#${merged.pull.number}  ${merged.pull.title}  (${short(merged.commit)})`);
  await tagAndBuild(product, registry, jobs, result);

  stage(11, 'The next release: web#23, held back from version 2, ships in version 3');
  await release(product, jobs, result, source);
  await apply(product, 'staging', undefined, jobs, result);
  await apply(product, 'production', undefined, jobs, result);

  stage(12, 'Something is wrong in production: `git revert` the version 3 commit, roll back to 2');
  const revert = await revertLastVersion(product);
  say(`  release: ${revert}`);
  await apply(product, 'production', undefined, jobs, result);

  stage(13, 'Where things stand');
  result.deployLog = (await readFile(product.deployLog, 'utf8')).trimEnd().split('\n');
  say(`  deploy log (${product.deployLog}):`);
  for (const line of result.deployLog) say(`    ${line}`);
  for (const environment of ['staging', 'production']) {
    const state = await (await fileState(product, environment)).load();
    result.environments[environment] = environmentSummary(state);
    const s = result.environments[environment];
    const live = Object.entries(s.deployed).map(([repo, commit]) => `${repo}@${short(commit)}`).join('  ');
    say(`  ${environment.padEnd(10)} version ${s.version ?? '-'}   ${live}`);
  }
  say(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Everything is in ${product.root}:`);
  say(`  lockstep plan  --config ${product.releaseConfig} --environment staging --state-file ${stateFile(product, 'staging')}`);
  return result;
}

function dependencySummary(body: string): string {
  const refs = [...body.matchAll(/- pull: (\S+)(?:\s+is_compatible: (true|false))?/g)];
  return refs.map(m => `needs ${m[1]}${m[2] === 'false' ? ' in an EARLIER release (is_compatible: false)' : ''}`).join(', ');
}

function stateFile(product: Product, environment: string): string {
  return join(product.stateDir, `${environment}.json`);
}

function fileState(product: Product, environment: string) {
  return stateStore({ kind: 'file', environment, workspace: product.root, file: stateFile(product, environment) });
}

async function tagAndBuild(product: Product, registry: FolderRegistry, jobs: Reporter, result: ExampleResult): Promise<void> {
  const run = await hashTag({ workspace: product.repos.api.dir, render: ['deploy'], renderTo: 'rendered', checkRegistry: true, ...(await hashTagPorts({ registry })) }, jobs);
  const missing = run.missing ?? [];
  const tags = Object.fromEntries(run.images.map(i => [i.name, i.tag]));
  result.tagStages.push({ tags, built: missing });
  const byName = new Map(run.images.map(i => [i.name, i]));
  if (missing.length === 0) {
    jobs.info('nothing to build: every tag is in the registry');
  } else {
    // What the deploy workflow's build jobs do, level by level (bases first).
    for (const name of missing) jobs.info(`build and push ${byName.get(name)!.image}   (level ${byName.get(name)!.level})`);
    await registry.push(missing.map(n => byName.get(n)!.image));
  }
  const rendered = await readFile(join(product.repos.api.dir, 'rendered/deploy/api.yaml'), 'utf8');
  const imageLine = rendered.split('\n').find(l => l.includes('image:'))?.trim();
  jobs.info(`rendered/deploy/api.yaml: ${imageLine}   (kubectl apply rolls out only images whose tag changed)`);
}

async function release(product: Product, jobs: Reporter, result: ExampleResult, source: (ctx: ReleaseContext) => Promise<PullSource>): Promise<void> {
  const run = await resolveDeps({ config: product.releaseConfig, workspace: product.root, releases: releases(), source, onUnmerged: 'hold', write: true }, jobs);
  if (!run.version) throw new Error('the example expected a new version');
  result.releases.push({ version: run.version.version, steps: run.steps, held: run.held });
  await commitRelease(product, `versions/${run.version.version}.yaml`, `Release version ${run.version.version}`);
}

async function plan(product: Product, environment: string, jobs: Reporter) {
  return planSteps(
    {
      config: product.releaseConfig,
      workspace: product.root,
      environment,
      deploy: { deployer: 'command', run: deployScript(product) },
      releases: releases(),
      serverUrl: serverUrl(),
      store: await fileState(product, environment),
    },
    jobs,
  );
}

async function apply(product: Product, environment: string, version: string | undefined, jobs: Reporter, result: ExampleResult, options: { quiet?: boolean } = {}): Promise<void> {
  const quietReporter: Reporter = { info() {}, warning: (m, l) => jobs.warning(m, l), error: (m, l) => jobs.error(m, l), group: (_t, fn) => fn(), summary() {} };
  const run = await applySteps(
    {
      config: product.releaseConfig,
      workspace: product.root,
      environment,
      version,
      deploy: { deployer: 'command', run: deployScript(product) },
      releases: releases(),
      serverUrl: serverUrl(),
      store: await fileState(product, environment),
      deployers: deployers({ pollSeconds: 0.05, github: gitHubAccess(undefined, 'the example runs command steps only', jobs), codebuild: {} }),
      holder: { name: `lockstep example (pid ${process.pid})`, job: `lockstep example (pid ${process.pid})` },
    },
    options.quiet ? quietReporter : jobs,
  );
  result.runs.push({ environment, to: run.to, direction: run.direction, applied: run.applied });
}

/** Commits a version file to the release repository, as the cut-release workflow pushes it to staging. */
async function commitRelease(product: Product, path: string, message: string): Promise<void> {
  await git(product.release.dir, ['add', '--', path]);
  await product.release.commit(message);
}

/** `git revert` of the newest commit in the release repository: its version file disappears. */
async function revertLastVersion(product: Product): Promise<string> {
  await git(product.release.dir, ['-c', 'user.name=Lockstep Example', '-c', 'user.email=example@lockstep.invalid', '-c', 'commit.gpgsign=false', 'revert', '--no-edit', 'HEAD']);
  const { stdout } = await git(product.release.dir, ['log', '-1', '--format=%h %s']);
  return stdout.trim();
}

function environmentSummary(state: RolloutState): { version?: number; deployed: Record<string, string> } {
  return { version: state.version, deployed: state.deployed };
}

