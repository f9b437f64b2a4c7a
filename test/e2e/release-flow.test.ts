import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from '../../src/adapters/git/git.js';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { parseVersionFile } from '../../src/core/versions/version-file.js';
import { createProduct, FIRST_WAVE, mergeWave, SECOND_WAVE, type Product } from '../../src/example/product.js';
import { FakeGitHub, noRateLimitWait } from '../support/fake-github.js';
import { GitHubWorld, serveGraphQL, type GraphQLServer, type WorldRepo } from '../support/github-graphql.js';
import { FakeDeployments, FakeWorkflows, violationsOf, type FakeRun } from '../support/github-rest.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';
import { FakeComments, loadPlanCommentScript, pullRequestContext } from './support/comments.js';
import { mirrorRepository } from './support/mirror.js';

/**
 * The release flow end to end, through the BUNDLED actions (`dist/<action>/index.js`, run as
 * the GitHub runner runs them) against a local GitHub on 127.0.0.1: GraphQL answered from a
 * mirror of the example product's real git repositories (every query validated against
 * GitHub's schema), REST for Deployments, workflow dispatch and PR comments (every request
 * validated against GitHub's OpenAPI description).
 *
 * The story is the local example's: hash-tag in the api monorepo, version 1 by bootstrap, four
 * merged PRs (one `is_compatible: false`), version 2, staging, the production plan comment,
 * production with a deliberate failure halfway and its resume, a JVM patch re-tagging every
 * image, version 3 (the held PR), the plan comment updated, and a rollback.
 */

const TOKEN = 'ghs_e2etoken0123456789';
const RELEASE_CONFIG = `versions: versions
repositories:
  infra: { github: acme/infra }
  api: { github: acme/api }
  web: { github: acme/web }
deploy: { deployer: workflow, workflow: deploy.yml }
`;

let tmp: { path: string; cleanup: () => Promise<void> };
let product: Product;
let fake: FakeGitHub;
let graphql: GraphQLServer;
let world: GitHubWorld;
let worldRepos: Record<'infra' | 'api' | 'web', WorldRepo>;
let deployments: FakeDeployments;
let workflows: FakeWorkflows;
let comments: FakeComments;
let runNumber = 100;
let planCommentId = 0;
const tags: Array<Record<string, string>> = [];

beforeAll(async () => {
  tmp = await tempDir('lockstep-e2e-');
  product = await createProduct(join(tmp.path, 'acme'));
  await writeFile(join(product.release.dir, 'release.yaml'), RELEASE_CONFIG);
  await product.release.commit('Release configuration for GitHub');

  fake = new FakeGitHub();
  world = new GitHubWorld();
  worldRepos = { infra: world.repo('acme/infra'), api: world.repo('acme/api'), web: world.repo('acme/web') };
  graphql = serveGraphQL(fake, () => world.root());
  deployments = new FakeDeployments().install(fake);
  workflows = new FakeWorkflows(true).install(fake);
  comments = new FakeComments(TOKEN).install(fake);
  await fake.start();
  await mirrorAll();
});

afterAll(async () => {
  await fake?.stop();
  await tmp?.cleanup();
});

afterEach(() => {
  expect(graphql.invalid()).toEqual([]);
  expect(violationsOf(fake)).toEqual([]);
});

async function mirrorAll(): Promise<void> {
  for (const name of ['infra', 'api', 'web'] as const) await mirrorRepository(world, worldRepos[name], product.repos[name].dir);
}

/** Runs an action bundle in the release repository's checkout, as a workflow run of acme/release. */
async function inRelease(action: string, inputs: Record<string, string>): Promise<ActionRun> {
  const sha = (await git(product.release.dir, ['rev-parse', 'HEAD'])).stdout.trim();
  return runAction(action, {
    cwd: product.release.dir,
    inputs: { token: TOKEN, ...inputs },
    env: {
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/release',
      GITHUB_SHA: sha,
      GITHUB_REF_NAME: 'staging',
      GITHUB_RUN_ID: String(runNumber++),
      GITHUB_RUN_ATTEMPT: '1',
    },
  });
}

function ok(run: ActionRun): ActionRun {
  if (run.exitCode !== 0) throw new Error(`action failed (${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  // `::add-mask::` is how an action tells the runner to hide the token; nothing else may show it.
  const printed = (run.stdout + run.stderr + run.summary).split('\n').filter(l => !l.startsWith('::add-mask::'));
  expect(printed.join('\n')).not.toContain(TOKEN);
  return run;
}

async function commitVersion(n: number): Promise<void> {
  await git(product.release.dir, ['add', '--', `versions/${n}.yaml`]);
  await product.release.commit(`Release version ${n}`);
}

async function versionFile(n: number) {
  return parseVersionFile(await readFile(join(product.release.dir, `versions/${n}.yaml`), 'utf8'), `versions/${n}.yaml`, n);
}

const head = async (dir: string) => (await git(dir, ['rev-parse', 'HEAD'])).stdout.trim();
const runsOf = (environment: string, version: number): FakeRun[] => workflows.runs.filter(r => r.inputs.environment === environment && r.inputs.version === String(version));
const deployed = (runs: FakeRun[]) => runs.map(r => `${r.repository}@${r.inputs.commit.slice(0, 7)}`);

async function hashTag(): Promise<Record<string, string>> {
  const run = ok(await runAction('hash-tag', { cwd: product.repos.api.dir, inputs: { config: 'images.yaml', render: 'deploy', 'render-to': 'rendered' } }));
  const result = JSON.parse(run.outputs.tags) as Record<string, string>;
  expect(JSON.parse(run.outputs.order)).toEqual(['jvm-base', 'api', 'worker']);
  const rendered = await readFile(join(product.repos.api.dir, 'rendered/deploy/api.yaml'), 'utf8');
  expect(rendered).toContain(`image: registry.example/acme/api:${result.api}`);
  tags.push(result);
  return result;
}

async function apply(environment: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return inRelease('apply-steps', { environment, 'poll-interval': '0.01', ...extra });
}

async function postPlan(plan: string): Promise<{ action: string; id: number }> {
  const github = createGitHubClient({ token: TOKEN, baseUrl: fake.url, retries: 0, warning: noRateLimitWait });
  return loadPlanCommentScript()({ github, context: pullRequestContext('acme', 'release', 7), plan, environment: 'production' });
}

test('hash-tag tags the monorepo and renders its manifests', async () => {
  const first = await hashTag();
  expect(Object.keys(first).sort()).toEqual(['api', 'jvm-base', 'worker']);
  for (const tag of Object.values(first)) expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
});

test('bootstrap writes version 1 pinning every repository head', async () => {
  const run = ok(await inRelease('resolve-deps', { mode: 'bootstrap' }));
  expect(run.outputs).toMatchObject({ changed: 'true', version: '1', 'version-file': 'versions/1.yaml' });
  const v1 = await versionFile(1);
  expect(v1.repositories).toEqual({ infra: await head(product.repos.infra.dir), api: await head(product.repos.api.dir), web: await head(product.repos.web.dir) });
  await commitVersion(1);
});

test('staging and production are brought to version 1 through the component deploy workflows', async () => {
  for (const environment of ['staging', 'production']) {
    const run = ok(await apply(environment));
    expect(run.outputs['to-version']).toBe('1');
    expect(deployed(runsOf(environment, 1))).toEqual([
      `acme/infra@${(await head(product.repos.infra.dir)).slice(0, 7)}`,
      `acme/api@${(await head(product.repos.api.dir)).slice(0, 7)}`,
      `acme/web@${(await head(product.repos.web.dir)).slice(0, 7)}`,
    ]);
  }
  // Every dispatch asked for the deploy workflow with the step's inputs, and the run it started was followed.
  expect(workflows.runs.every(r => r.workflow === 'deploy.yml' && r.status === 'completed' && r.conclusion === 'success')).toBe(true);
});

test('after four merges only the changed service gets a new tag', async () => {
  await mergeWave(product, FIRST_WAVE);
  await mirrorAll();
  const [before] = tags;
  const after = await hashTag();
  expect(after['jvm-base']).toBe(before['jvm-base']);
  expect(after.worker).toBe(before.worker);
  expect(after.api).not.toBe(before.api);
});

test('dependency-check: a pull request is planned into the next release before it merges', async () => {
  const check = async (number: number, body: string) => {
    worldRepos.web.open({ number, title: `change ${number}`, body, author: 'octocat', association: 'MEMBER' });
    const eventPath = join(tmp.path, `event-${number}.json`);
    const pull_request = { number, body, user: { login: 'octocat' }, base: { ref: 'main' }, head: { sha: worldRepos.web.pulls.get(number)!.commits[0] } };
    await writeFile(eventPath, JSON.stringify({ action: 'opened', pull_request, repository: { full_name: 'acme/web' } }));
    // The release repository checked out beside the component (its config by path).
    return runAction('resolve-deps', {
      cwd: product.repos.web.dir,
      inputs: { mode: 'check', token: TOKEN, config: join(product.release.dir, 'release.yaml') },
      env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/web', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
    });
  };
  const good = ok(await check(30, 'Uses the queue.\n\n# dependency\n- pull: acme/infra#41\n'));
  expect(good.summary).toContain('No problems found');
  // What the release will see: web#23 waits a release (is_compatible: false), so web#30, merged after it, waits too.
  expect(good.summary).toContain('| web#30 | held back from the next release: merged after web#23, which is held |');
  expect(good.annotations).toEqual([expect.objectContaining({ level: 'warning', message: 'web#30 would be held back from the next release: merged after web#23, which is held' })]);

  const bad = await check(31, 'Two mistakes.\n\n# dependency\n- pull: acme/infra#41\n- pull: acme/infra#999\n- pull: acme/infra#42\n  is_compatibel: false\n');
  expect(bad.exitCode).toBe(1);
  // Both mistakes at once, each at its line in the description, as annotations on the PR.
  const errors = bad.annotations.filter(a => a.level === 'error' && a.properties.file);
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ properties: { file: 'web#31 description', line: '7' }, message: expect.stringContaining('unknown key "is_compatibel"') }),
      expect.objectContaining({ properties: { file: 'web#31 description', line: '5' }, message: expect.stringContaining('infra#999, which does not exist (acme/infra#999 not found)') }),
    ]),
  );
  expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
});

test('resolve-deps reads the merged PRs from GitHub in a handful of requests and writes version 2', async () => {
  const before = graphql.queries.length;
  const run = ok(await inRelease('resolve-deps', {}));
  expect(graphql.queries.length - before).toBeLessThanOrEqual(4);
  expect(run.outputs).toMatchObject({ changed: 'true', version: '2', 'version-file': 'versions/2.yaml' });
  const v2 = await versionFile(2);
  expect(v2.steps).toEqual([
    { repository: 'infra', commit: await head(product.repos.infra.dir) },
    { repository: 'api', commit: await head(product.repos.api.dir) },
  ]);
  expect(JSON.parse(run.outputs.held)).toEqual([{ repository: 'web', number: 23, reason: expect.stringContaining('is_compatible: false') }]);
  expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('web#23') }));
  expect(run.summary).toContain('mermaid');
  await commitVersion(2);
});

test('pushing version 2 to staging deploys its steps in order and records a Deployment', async () => {
  const run = ok(await apply('staging'));
  expect(run.outputs).toMatchObject({ 'from-version': '1', 'to-version': '2' });
  expect(deployed(runsOf('staging', 2)).map(d => d.split('@')[0])).toEqual(['acme/infra', 'acme/api']);
  const v2 = deployments.of('staging (lockstep)').filter(d => (d.payload as { version?: number }).version === 2);
  expect(v2).toHaveLength(1);
  expect(v2[0].statuses.at(-1)!.state).toBe('success');
  expect(run.summary).toContain('| 2 | 1/2 | infra |');
});

test('the staging → production PR gets the plan as one comment', async () => {
  const run = ok(await apply('production', { plan: 'true' }));
  const plan = run.outputs.plan;
  expect(plan).toContain('version 2');
  expect(plan).toContain('https://github.com/acme/infra/compare/');
  // Plan mode deployed nothing and took no hold.
  expect(runsOf('production', 2)).toEqual([]);
  const posted = await postPlan(plan);
  expect(posted.action).toBe('created');
  planCommentId = posted.id;
  expect(comments.comments).toHaveLength(1);
  expect(comments.comments[0].body).toContain('<!-- lockstep-plan:production -->');
});

test('a failure halfway through production stops the rollout; re-running resumes at the failed step', async () => {
  let failNext = true;
  workflows.outcome = r => {
    if (r.inputs.environment === 'production' && r.repository === 'acme/api' && failNext) {
      failNext = false;
      return { conclusion: 'failure', polls: 1 };
    }
    return { conclusion: 'success', polls: 1 };
  };
  const failed = await apply('production');
  expect(failed.exitCode).toBe(1);
  const error = failed.annotations.find(a => a.level === 'error');
  expect(error?.message).toContain('api');
  expect(error?.message).toContain(await head(product.repos.api.dir));
  expect(error?.message).toMatch(/https:\/\/github\.com\/acme\/api\/actions\/runs\/\d+/);
  expect(failed.stdout + failed.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
  expect(JSON.parse(failed.outputs.applied).map((a: { repository: string; status: string }) => `${a.repository}:${a.status}`)).toEqual(['infra:finished', 'api:failed']);
  const record = deployments.of('production (lockstep)').find(d => (d.payload as { version?: number }).version === 2)!;
  expect(record.statuses.at(-1)!.state).toBe('failure');

  const resumed = ok(await apply('production'));
  expect(resumed.outputs['to-version']).toBe('2');
  // infra was deployed once; api twice (the failed run and the resume).
  expect(deployed(runsOf('production', 2)).map(d => d.split('@')[0])).toEqual(['acme/infra', 'acme/api', 'acme/api']);
  const statuses = deployments.of('production (lockstep)').find(d => (d.payload as { version?: number }).version === 2)!.statuses;
  expect(statuses.at(-1)!.state).toBe('success');
});

test('a JVM patch re-tags every image; version 3 ships it with the held web#23, and the plan comment is updated', async () => {
  await mergeWave(product, SECOND_WAVE);
  await mirrorAll();
  const before = tags[tags.length - 1];
  const after = await hashTag();
  for (const name of ['jvm-base', 'api', 'worker']) expect(after[name]).not.toBe(before[name]);

  const run = ok(await inRelease('resolve-deps', {}));
  expect(run.outputs.version).toBe('3');
  expect(JSON.parse(run.outputs.held)).toEqual([]);
  const v3 = await versionFile(3);
  expect(v3.steps.map(s => s.repository).sort()).toEqual(['api', 'web']);
  expect(v3.repositories.web).toBe(await head(product.repos.web.dir));
  expect(v3.pulls?.web).toEqual([expect.objectContaining({ number: 23 })]);
  await commitVersion(3);

  ok(await apply('staging'));
  const plan = ok(await apply('production', { plan: 'true' })).outputs.plan;
  expect(plan).toContain('version 3');
  expect(await postPlan(plan)).toEqual({ action: 'updated', id: planCommentId });
  expect(comments.comments).toHaveLength(1);
  expect(comments.comments[0].body).toContain('version 3');

  ok(await apply('production'));
  expect(runsOf('production', 3).map(r => r.repository).sort()).toEqual(['acme/api', 'acme/web']);
});

test('reverting version 3 in the release repository rolls production back in reverse order', async () => {
  const v2 = await versionFile(2);
  const v3 = await versionFile(3);
  await git(product.release.dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'revert', '--no-edit', 'HEAD']);
  const run = ok(await apply('production'));
  expect(run.outputs).toMatchObject({ 'from-version': '3', 'to-version': '2' });
  const applied = JSON.parse(run.outputs.applied) as Array<{ kind: string; repository: string; commit: string }>;
  expect(applied.map(a => a.kind)).toEqual(['rollback', 'rollback']);
  // Version 3 deployed its repositories in its step order; the rollback goes in reverse, to version 2's commits.
  expect(applied.map(a => a.repository)).toEqual(v3.steps.map(s => s.repository).reverse());
  for (const a of applied) expect(a.commit).toBe(v2.repositories[a.repository]);
});

test('the staging Deployments say what is deployed where', () => {
  const staging = deployments.of('staging (lockstep)');
  const versions = staging.map(d => (d.payload as { version?: number }).version);
  expect(versions).toEqual([1, 2, 3]);
  for (const d of staging) expect(d.statuses.at(-1)!.state).toMatch(/success|inactive/);
  expect(staging.at(-1)!.statuses.at(-1)!.state).toBe('success');
  // The release repository's commit is the deployment's ref.
  for (const d of staging) expect(d.sha).toMatch(/^[0-9a-f]{40}$/);
});
