import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { FakeGitHub, noRateLimitWait } from '../support/fake-github.js';
import { violationsOf } from '../support/github-rest.js';
import { FakeComments, loadPlanCommentScript, pullRequestContext } from '../e2e/support/comments.js';

/** The plan workflow's comment step: one comment per pull request, found by its hidden marker and edited in place. */
const TOKEN = 'ghs_plancommenttoken';
let fake: FakeGitHub;
let comments: FakeComments;
const postPlan = loadPlanCommentScript();
const context = pullRequestContext('acme', 'release', 12);

beforeEach(async () => {
  fake = new FakeGitHub();
  comments = new FakeComments(TOKEN).install(fake);
  await fake.start();
});
afterEach(async () => {
  expect(violationsOf(fake)).toEqual([]);
  await fake.stop();
});

const github = () => createGitHubClient({ token: TOKEN, baseUrl: fake.url, retries: 0, warning: noRateLimitWait });

test('posts the plan once, then edits that comment instead of adding another', async () => {
  const first = await postPlan({ github: github(), context, plan: '### production: deploy from version 1 to version 2', environment: 'production' });
  expect(first.action).toBe('created');
  expect(comments.comments).toHaveLength(1);
  expect(comments.comments[0].body).toBe('<!-- lockstep-plan:production -->\n### production: deploy from version 1 to version 2');

  const second = await postPlan({ github: github(), context, plan: '### production: deploy from version 1 to version 3', environment: 'production' });
  expect(second).toEqual({ action: 'updated', id: first.id });
  expect(comments.comments).toHaveLength(1);
  expect(comments.comments[0].body).toContain('version 3');

  const third = await postPlan({ github: github(), context, plan: '### production: deploy from version 1 to version 3', environment: 'production' });
  expect(third).toEqual({ action: 'unchanged', id: first.id });
  expect(fake.requests.filter(r => r.method === 'PATCH')).toHaveLength(1);
});

test('a marker quoted by a person, or a plan for another environment, is not the plan comment', async () => {
  comments.add(12, '<!-- lockstep-plan:production -->\nI copied this comment');
  for (let i = 0; i < 120; i++) comments.add(12, `review comment ${i}`);
  const staging = await postPlan({ github: github(), context, plan: 'staging plan', environment: 'staging' });
  const production = await postPlan({ github: github(), context, plan: 'production plan', environment: 'production' });
  expect(staging.action).toBe('created');
  expect(production.action).toBe('created');
  expect(production.id).not.toBe(staging.id);
  // Found past the first page of comments.
  expect((await postPlan({ github: github(), context, plan: 'production plan v2', environment: 'production' })).action).toBe('updated');
  expect(comments.comments.filter(c => c.user.type === 'Bot')).toHaveLength(2);
  expect(comments.comments[0].body).toBe('<!-- lockstep-plan:production -->\nI copied this comment');
});

test('an empty plan says there is nothing to deploy', async () => {
  await postPlan({ github: github(), context, plan: '', environment: 'production' });
  expect(comments.comments[0].body).toBe('<!-- lockstep-plan:production -->\nNothing to deploy to production.');
});

test('the plan workflow hands the apply-steps plan output to exactly this script; the example calls it for production', () => {
  const root = resolve(import.meta.dirname, '../..');
  const workflow = parse(readFileSync(join(root, '.github/workflows/lockstep-plan.yml'), 'utf8')) as {
    jobs: { plan: { steps: Array<{ id?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }> } };
  };
  const steps = workflow.jobs.plan.steps;
  const planStep = steps.find(s => s.uses?.includes('/actions/apply-steps@'))!;
  const script = steps.find(s => s.uses?.startsWith('actions/github-script@'))!;
  expect(script.id).toBe('comment');
  expect(script.env).toEqual({ PLAN: `\${{ steps.${planStep.id}.outputs.plan }}`, ENVIRONMENT: '${{ inputs.environment }}' });
  expect(planStep.with).toEqual(expect.objectContaining({ plan: true, environment: '${{ inputs.environment }}' }));
  const caller = parse(readFileSync(join(root, 'examples/release/.github/workflows/plan.yml'), 'utf8')) as { jobs: Record<string, { uses?: string; with?: Record<string, string> }> };
  const job = Object.values(caller.jobs).find(j => j.uses?.includes('/.github/workflows/lockstep-plan.yml@'))!;
  expect(job.with?.environment).toBe('production');
});
