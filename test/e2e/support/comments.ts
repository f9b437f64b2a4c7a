import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { FakeGitHub } from '../../support/fake-github.js';
import { restRoute } from '../../support/github-rest.js';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

/**
 * Issue comments of one repository as GitHub's REST API serves them (every request checked
 * against GitHub's OpenAPI description by `restRoute`). Requests authenticated with `botToken`
 * are written by a bot, as a GitHub App or `GITHUB_TOKEN` comment is.
 */
export class FakeComments {
  readonly comments: FakeComment[] = [];
  private nextId = 7000;

  constructor(private readonly botToken: string) {}

  install(fake: FakeGitHub): this {
    const REPO = '([^/]+)/([^/]+)';
    const author = (auth: string | string[] | undefined): FakeComment['user'] =>
      String(auth ?? '').endsWith(this.botToken) ? { login: 'github-actions[bot]', type: 'Bot' } : { login: 'someone', type: 'User' };
    const json = (c: FakeComment) => ({ id: c.id, node_id: `IC_${c.id}`, body: c.body, user: c.user, html_url: `https://github.com/acme/release/pull/${c.issue}#issuecomment-${c.id}` });
    restRoute(fake, 'GET', new RegExp(`^/repos/${REPO}/issues/(\\d+)/comments$`), req => {
      const perPage = Number(req.query.get('per_page') ?? 30);
      const page = Number(req.query.get('page') ?? 1);
      const all = this.comments.filter(c => c.issue === Number(req.params[2]));
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${fake.url}${req.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return { body: all.slice((page - 1) * perPage, page * perPage).map(json), headers };
    });
    restRoute(fake, 'POST', new RegExp(`^/repos/${REPO}/issues/(\\d+)/comments$`), req => {
      const c: FakeComment = { id: this.nextId++, issue: Number(req.params[2]), body: (req.body as { body: string }).body, user: author(req.headers.authorization) };
      this.comments.push(c);
      return { status: 201, body: json(c) };
    });
    restRoute(fake, 'PATCH', new RegExp(`^/repos/${REPO}/issues/comments/(\\d+)$`), req => {
      const c = this.comments.find(x => x.id === Number(req.params[2]));
      if (!c) return { status: 404, body: { message: 'Not Found' } };
      c.body = (req.body as { body: string }).body;
      return { body: json(c) };
    });
    return this;
  }

  /** A comment someone else writes (a person quoting the marker, say). */
  add(issue: number, body: string, type: 'User' | 'Bot' = 'User'): FakeComment {
    const c: FakeComment = { id: this.nextId++, issue, body, user: { login: type === 'Bot' ? 'other[bot]' : 'someone', type } };
    this.comments.push(c);
    return c;
  }
}

export type PostPlan = (args: { github: unknown; context: unknown; plan: string; environment: string }) => Promise<{ action: string; id: number }>;

/**
 * The comment step of the reusable plan workflow (.github/workflows/lockstep-plan.yml), run the
 * way actions/github-script runs its `script`: the body of an async function with `github` and
 * `context` in scope, its inputs in the step's `env` — so the test runs exactly what users call.
 */
export function loadPlanCommentScript(): PostPlan {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/lockstep-plan.yml'), 'utf8')) as {
    jobs: { plan: { steps: Array<{ id?: string; with?: { script?: string } }> } };
  };
  const script = workflow.jobs.plan.steps.find(s => s.id === 'comment')?.with?.script;
  if (!script) throw new Error('.github/workflows/lockstep-plan.yml: job plan has no github-script step "comment"');
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  const run = new AsyncFunction('github', 'context', 'process', script);
  return async ({ github, context, plan, environment }) =>
    (await run(github, context, { env: { PLAN: plan, ENVIRONMENT: environment } })) as { action: string; id: number };
}

/** The part of actions/github-script's `context` the script reads, for a pull_request event. */
export function pullRequestContext(owner: string, repo: string, number: number) {
  return { repo: { owner, repo }, payload: { pull_request: { number } } };
}
