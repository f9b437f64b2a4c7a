import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FakeGitHub, FakeRequest, FakeResponse } from './fake-github.js';

/**
 * REST requests checked against GitHub's published OpenAPI description (`@octokit/openapi`):
 * the method and path must be an operation GitHub has, every query parameter one it
 * declares, and a JSON body must validate against the operation's request body schema.
 * A fake that answers a request GitHub would reject proves nothing; this makes every route
 * registered through `restRoute` refuse such a request (422) and remember why.
 */
interface Operation {
  pattern: RegExp;
  template: string;
  query: Set<string>;
  requiredQuery: string[];
  body?: ValidateFunction;
  bodyRequired: boolean;
}

type Spec = { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean }>; requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> } }>> };

let operations: Map<string, Operation[]> | undefined;
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

function load(): Map<string, Operation[]> {
  if (operations) return operations;
  const require = createRequire(import.meta.url);
  const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8')) as Spec;
  operations = new Map();
  for (const [template, methods] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (typeof op !== 'object' || op === null || !('responses' in op)) continue;
      const params = op.parameters ?? [];
      const schema = op.requestBody?.content?.['application/json']?.schema;
      const entry: Operation = {
        pattern,
        template,
        query: new Set(params.filter(p => p.in === 'query').map(p => p.name)),
        requiredQuery: params.filter(p => p.in === 'query' && p.required).map(p => p.name),
        bodyRequired: op.requestBody?.required ?? false,
        ...(schema ? { body: undefined } : {}),
      };
      // Compiled on first use: the description has hundreds of operations.
      if (schema) Object.defineProperty(entry, 'body', { get: () => (compiled.get(schema) ?? compiled.set(schema, ajv.compile(schema)).get(schema)), enumerable: true });
      const list = operations.get(method.toUpperCase()) ?? [];
      list.push(entry);
      operations.set(method.toUpperCase(), list);
    }
  }
  return operations;
}
const compiled = new Map<object, ValidateFunction>();

/** Problems with a request as GitHub's description sees it; empty when it is a valid request. */
export function checkRestRequest(method: string, path: string, query: URLSearchParams, body: unknown): string[] {
  const candidates = (load().get(method.toUpperCase()) ?? []).filter(op => op.pattern.test(path));
  if (candidates.length === 0) return [`${method} ${path}: GitHub's REST API has no such operation`];
  // A literal segment beats a parameter: /repos/{o}/{r}/actions/runs beats /repos/{o}/{r}/{something}.
  const op = candidates.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))[0];
  const problems: string[] = [];
  for (const name of query.keys()) {
    if (!op.query.has(name)) problems.push(`${method} ${op.template}: unknown query parameter "${name}"`);
  }
  for (const name of op.requiredQuery) if (!query.has(name)) problems.push(`${method} ${op.template}: missing query parameter "${name}"`);
  if (op.body) {
    if (body === undefined) {
      if (op.bodyRequired) problems.push(`${method} ${op.template}: missing request body`);
    } else if (!op.body(body)) {
      for (const e of op.body.errors ?? []) problems.push(`${method} ${op.template}: body${e.instancePath} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`);
    }
  } else if (body !== undefined && body !== '' && method !== 'GET') {
    problems.push(`${method} ${op.template}: takes no request body`);
  }
  return problems;
}

/** Every OpenAPI problem any validated route saw, per fake server: tests assert it stays empty. */
export const violations = new WeakMap<FakeGitHub, string[]>();

export function violationsOf(fake: FakeGitHub): string[] {
  let list = violations.get(fake);
  if (!list) violations.set(fake, (list = []));
  return list;
}

/** `fake.route` with the request checked against GitHub's description first; an invalid request gets GitHub's 422. */
export function restRoute(fake: FakeGitHub, method: string, pattern: RegExp, handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>): void {
  fake.route(method, pattern, req => {
    const problems = checkRestRequest(req.method, req.path, req.query, req.body);
    if (problems.length > 0) {
      violationsOf(fake).push(...problems);
      return { status: 422, body: { message: 'Validation Failed', errors: problems, documentation_url: 'https://docs.github.com/rest' } };
    }
    return handler(req);
  });
}

const REPO = '([^/]+)/([^/]+)';

function page<T>(items: T[], req: FakeRequest, url: string): FakeResponse {
  const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
  const pageNo = Number(req.query.get('page') ?? 1);
  const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const headers: Record<string, string> = {};
  if (pageNo * perPage < items.length) {
    const next = new URL(url);
    for (const [k, v] of req.query) next.searchParams.set(k, v);
    next.searchParams.set('page', String(pageNo + 1));
    next.pathname = req.path;
    headers.link = `<${next.toString()}>; rel="next"`;
  }
  return { body: slice, headers };
}

export interface FakeDeployment {
  id: number;
  repository: string;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  statuses: FakeDeploymentStatus[];
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  log_url: string;
  environment: string;
  created_at: string;
}

/** GitHub's timestamps: whole seconds, UTC. */
const timestamp = (ms = Date.now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * GitHub Deployments as the REST API behaves: deployments listed newest first and filtered
 * by environment/task, statuses newest first, `auto_inactive` on a success status.
 */
export class FakeDeployments {
  readonly deployments: FakeDeployment[] = [];
  private nextId = 1000;
  /** GitHub's clock, which `created_at` tells (a test may share one clock with the runs it drives). */
  clock: () => number = Date.now;

  install(fake: FakeGitHub): this {
    restRoute(fake, 'POST', new RegExp(`^/repos/${REPO}/deployments$`), req => {
      const b = req.body as Record<string, unknown>;
      const environment = (b.environment as string) ?? 'production';
      const d: FakeDeployment = {
        id: this.nextId++,
        repository: `${req.params[0]}/${req.params[1]}`,
        ref: b.ref as string,
        sha: /^[0-9a-f]{40}$/.test(b.ref as string) ? (b.ref as string) : '0'.repeat(40),
        task: (b.task as string) ?? 'deploy',
        environment,
        payload: typeof b.payload === 'string' && b.payload ? JSON.parse(b.payload) : (b.payload ?? {}),
        description: (b.description as string) ?? null,
        transient_environment: (b.transient_environment as boolean) ?? false,
        production_environment: (b.production_environment as boolean) ?? environment === 'production',
        created_at: timestamp(this.clock()),
        statuses: [],
      };
      this.deployments.push(d);
      return { status: 201, body: this.json(d) };
    });
    restRoute(fake, 'GET', new RegExp(`^/repos/${REPO}/deployments$`), req => {
      const repo = `${req.params[0]}/${req.params[1]}`;
      const q = req.query;
      const list = this.deployments
        .filter(d => d.repository === repo && (!q.get('environment') || d.environment === q.get('environment')) && (!q.get('task') || d.task === q.get('task')) && (!q.get('ref') || d.ref === q.get('ref')))
        .sort((a, b) => b.id - a.id)
        .map(d => this.json(d));
      return page(list, req, fake.url);
    });
    restRoute(fake, 'POST', new RegExp(`^/repos/${REPO}/deployments/(\\d+)/statuses$`), req => {
      const d = this.find(req);
      if (!d) return { status: 404, body: { message: 'Not Found' } };
      const b = req.body as Record<string, unknown>;
      const s = this.addStatus(d, b.state as string, (b.description as string) ?? '', ((b.log_url ?? b.target_url) as string) ?? '');
      if (b.state === 'success' && (b.auto_inactive ?? true) !== false) this.autoInactivate(d);
      return { status: 201, body: s };
    });
    restRoute(fake, 'GET', new RegExp(`^/repos/${REPO}/deployments/(\\d+)/statuses$`), req => {
      const d = this.find(req);
      if (!d) return { status: 404, body: { message: 'Not Found' } };
      return page([...d.statuses].sort((a, b) => b.id - a.id), req, fake.url);
    });
    return this;
  }

  private statusId = 5000;

  /**
   * GitHub's auto-inactivation, as the description of `auto_inactive` says: "Adds a new
   * inactive status to all prior non-transient, non-production environment deployments with
   * the same repository and environment name as the created status's deployment. An inactive
   * status is only added to deployments that had a success state." (Environment names are not
   * case sensitive.)
   */
  private autoInactivate(d: FakeDeployment): void {
    for (const other of this.deployments) {
      if (other.id >= d.id || other.repository !== d.repository || other.environment.toLowerCase() !== d.environment.toLowerCase()) continue;
      if (other.transient_environment || other.production_environment) continue;
      if (other.statuses.some(x => x.state === 'success') && other.statuses.at(-1)?.state !== 'inactive') this.addStatus(other, 'inactive', '', '');
    }
  }

  /**
   * What GitHub Actions does for a job that declares `environment:` (and not `deployment:
   * false`): a deployment of the job's commit in that environment (task `deploy`) when the
   * job starts, `in_progress` while it runs. `finishJob` posts the job's outcome the same way
   * (auto_inactive left at its default).
   */
  startJob(repository: string, environment: string, sha: string): FakeDeployment {
    const d: FakeDeployment = {
      id: this.nextId++,
      repository,
      ref: sha,
      sha,
      task: 'deploy',
      environment,
      payload: {},
      description: null,
      transient_environment: false,
      production_environment: environment === 'production',
      created_at: timestamp(this.clock()),
      statuses: [],
    };
    this.deployments.push(d);
    this.addStatus(d, 'in_progress', '', '');
    return d;
  }

  /** A status as if posted now (its id newer than every earlier one, as on GitHub), without auto-inactivation. */
  seedStatus(d: FakeDeployment, state: string, description: string): FakeDeploymentStatus {
    return this.addStatus(d, state, description, '');
  }

  finishJob(d: FakeDeployment, state: 'success' | 'failure' = 'success'): void {
    this.addStatus(d, state, '', '');
    if (state === 'success') this.autoInactivate(d);
  }

  /** The environment's deployment GitHub's UI shows as active: the newest whose latest status is `success`. */
  active(environment: string): FakeDeployment | undefined {
    return [...this.deployments].reverse().find(d => d.environment.toLowerCase() === environment.toLowerCase() && d.statuses.at(-1)?.state === 'success');
  }

  private addStatus(d: FakeDeployment, state: string, description: string, logUrl: string): FakeDeploymentStatus {
    const s = { id: this.statusId++, state, description, log_url: logUrl, environment: d.environment, created_at: timestamp(this.clock()) };
    d.statuses.push(s);
    return s;
  }

  private find(req: FakeRequest): FakeDeployment | undefined {
    return this.deployments.find(d => d.repository === `${req.params[0]}/${req.params[1]}` && d.id === Number(req.params[2]));
  }

  private json(d: FakeDeployment) {
    const { statuses: _s, repository: _r, ...rest } = d;
    return { ...rest, url: `https://api.github.com/repos/${d.repository}/deployments/${d.id}`, node_id: `DE_${d.id}` };
  }

  /** Deployments of an environment and task, oldest first. */
  of(environment: string, task = 'lockstep:deploy'): FakeDeployment[] {
    return this.deployments.filter(d => d.environment === environment && d.task === task);
  }
}

export interface FakeRun {
  id: number;
  repository: string;
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  created_at: string;
  display_title: string;
  html_url: string;
  /** GETs of the run before it completes. */
  pollsLeft: number;
}

/**
 * The body keys GitHub Enterprise Server's description (`@octokit/openapi`'s ghes-3.19) allows
 * for an operation: GHES refuses any other key with 422 `"<key>" is not a permitted key.`
 */
let ghesSpec: Spec | undefined;
export function ghesBodyKeys(template: string, method: string): Set<string> {
  if (!ghesSpec) {
    const require = createRequire(import.meta.url);
    ghesSpec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/ghes-3.19.deref.json'), 'utf8')) as Spec;
  }
  const schema = ghesSpec.paths[template]?.[method]?.requestBody?.content?.['application/json']?.schema as { properties?: Record<string, unknown> } | undefined;
  return new Set(Object.keys(schema?.properties ?? {}));
}

/**
 * Workflow dispatch and runs. `returnRunDetails` chooses the GitHub being imitated: the
 * current API that answers a dispatch with `return_run_details: true` by 200 and the run id;
 * `false`, one that answers 204 and leaves the caller to find the run; `'ghes'`, GitHub
 * Enterprise Server 3.19, which refuses the `return_run_details` key (422, nothing
 * dispatched) and links its runs on `serverUrl`.
 */
export class FakeWorkflows {
  readonly runs: FakeRun[] = [];
  private nextId = 90_000;
  /** How a dispatched run ends, and after how many polls. */
  outcome: (run: FakeRun) => { conclusion: string; polls: number } = () => ({ conclusion: 'success', polls: 1 });
  /** The title of a new run (its `run-name`); default names the commit input. */
  title: (inputs: Record<string, string>) => string = inputs => `deploy ${inputs.commit ?? ''}`;

  /** Dispatches refused by GHES for a key it does not know. */
  readonly refused: string[] = [];
  /** Runs cancelled through the API. */
  readonly cancelled: number[] = [];

  constructor(
    readonly returnRunDetails: boolean | 'ghes' = true,
    readonly serverUrl = returnRunDetails === 'ghes' ? 'https://ghe.example.com' : 'https://github.com',
  ) {}

  install(fake: FakeGitHub): this {
    restRoute(fake, 'POST', new RegExp(`^/repos/${REPO}/actions/workflows/([^/]+)/dispatches$`), req => {
      const b = req.body as { ref: string; inputs?: Record<string, string>; return_run_details?: boolean };
      if (this.returnRunDetails === 'ghes') {
        const allowed = ghesBodyKeys('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', 'post');
        const unknown = Object.keys(b).find(k => !allowed.has(k));
        if (unknown) {
          this.refused.push(unknown);
          return { status: 422, body: { message: `"${unknown}" is not a permitted key.`, documentation_url: 'https://docs.github.com/enterprise-server@3.19/rest/actions/workflows#create-a-workflow-dispatch-event', status: '422' } };
        }
      }
      const id = this.nextId++;
      const repository = `${req.params[0]}/${req.params[1]}`;
      const inputs = b.inputs ?? {};
      const run: FakeRun = {
        id,
        repository,
        workflow: decodeURIComponent(req.params[2]),
        ref: b.ref,
        inputs,
        status: 'queued',
        conclusion: null,
        created_at: timestamp(),
        display_title: this.title(inputs),
        html_url: `${this.serverUrl}/${repository}/actions/runs/${id}`,
        pollsLeft: 0,
      };
      const end = this.outcome(run);
      run.pollsLeft = end.polls;
      (run as FakeRun & { end: string }).end = end.conclusion;
      this.runs.push(run);
      if (this.returnRunDetails === true && b.return_run_details) {
        return { status: 200, body: { workflow_run_id: id, run_url: `${fake.url}/repos/${repository}/actions/runs/${id}`, html_url: run.html_url } };
      }
      return { status: 204 };
    });
    restRoute(fake, 'GET', new RegExp(`^/repos/${REPO}/actions/workflows/([^/]+)/runs$`), req => {
      const repository = `${req.params[0]}/${req.params[1]}`;
      const q = req.query;
      const created = q.get('created');
      const since = created?.startsWith('>=') ? Date.parse(created.slice(2)) : -Infinity;
      const list = this.runs
        .filter(r => r.repository === repository && r.workflow === decodeURIComponent(req.params[2]))
        .filter(r => (!q.get('event') || q.get('event') === 'workflow_dispatch') && (!q.get('branch') || r.ref === q.get('branch')) && Date.parse(r.created_at) >= since)
        .sort((a, b) => b.id - a.id);
      return { body: { total_count: list.length, workflow_runs: list.map(r => this.json(r)) } };
    });
    // Cancel: 202 while the run is queued or running (it then ends `cancelled`), 409 once it completed.
    restRoute(fake, 'POST', new RegExp(`^/repos/${REPO}/actions/runs/(\\d+)/cancel$`), req => {
      const run = this.runs.find(r => r.repository === `${req.params[0]}/${req.params[1]}` && r.id === Number(req.params[2]));
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      if (run.status === 'completed') return { status: 409, body: { message: 'Cannot cancel a workflow run that is completed.' } };
      this.cancelled.push(run.id);
      run.status = 'completed';
      run.conclusion = 'cancelled';
      return { status: 202, body: {} };
    });
    restRoute(fake, 'GET', new RegExp(`^/repos/${REPO}/actions/runs/(\\d+)$`), req => {
      const run = this.runs.find(r => r.repository === `${req.params[0]}/${req.params[1]}` && r.id === Number(req.params[2]));
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      if (run.status !== 'completed') {
        if (run.pollsLeft <= 0) {
          run.status = 'completed';
          run.conclusion = (run as FakeRun & { end: string }).end;
        } else {
          run.status = 'in_progress';
          run.pollsLeft--;
        }
      }
      return { body: this.json(run) };
    });
    return this;
  }

  private json(r: FakeRun) {
    return {
      id: r.id,
      name: r.workflow,
      display_title: r.display_title,
      event: 'workflow_dispatch',
      status: r.status,
      conclusion: r.conclusion,
      head_branch: r.ref,
      html_url: r.html_url,
      created_at: r.created_at,
      updated_at: r.created_at,
    };
  }
}

/** Which of GitHub's rate limits a fake answers with, how often, and with which headers. */
export interface RateLimitAnswer {
  kind: 'primary' | 'secondary';
  /** 403 or 429: GitHub documents both for either limit (REST); GraphQL's primary limit is a 200. */
  status?: 403 | 429;
  /** How many matching requests get it before the routes answer again (default: all of them). */
  times?: number;
  /** `retry-after` seconds of a secondary limit (left out when undefined, as GitHub may). */
  retryAfter?: number;
  /** Seconds from now to `x-ratelimit-reset` of a primary limit. */
  resetIn?: number;
  /** Only requests this matches (default: every request). */
  match?: (req: FakeRequest) => boolean;
}

/**
 * Makes the fake answer as GitHub does when a limit is hit (docs.github.com, "Rate limits for the
 * REST API" and "Rate limits and node limits for the GraphQL API"): a primary limit is a 403 or 429
 * (for GraphQL a 200 with a RATE_LIMITED error) with `x-ratelimit-remaining: 0` and the epoch
 * second of `x-ratelimit-reset`; a secondary limit is a 403 or 429 whose message says so, with
 * `retry-after` when GitHub sends one. Returns the count of requests it refused.
 */
export function rateLimit(fake: FakeGitHub, answer: RateLimitAnswer): { refused: number; reset: number } {
  const state = { refused: 0, reset: Math.floor(Date.now() / 1000) + (answer.resetIn ?? 3600) };
  fake.intercept(req => {
    if (answer.match && !answer.match(req)) return undefined;
    if (answer.times !== undefined && state.refused >= answer.times) return undefined;
    state.refused++;
    const common = { 'x-github-request-id': `0000:${state.refused}`, 'x-ratelimit-limit': '5000', 'x-ratelimit-resource': req.path === '/graphql' ? 'graphql' : 'core' };
    if (answer.kind === 'secondary') {
      return {
        status: answer.status ?? 403,
        headers: { ...common, 'x-ratelimit-remaining': '4321', 'x-ratelimit-used': '679', 'x-ratelimit-reset': String(state.reset), ...(answer.retryAfter !== undefined ? { 'retry-after': String(answer.retryAfter) } : {}) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1.',
          documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
    }
    const headers = { ...common, 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(state.reset) };
    if (req.path === '/graphql') {
      return { status: 200, headers, body: { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for user ID 1.' }] } };
    }
    return {
      status: answer.status ?? 403,
      headers,
      body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    };
  });
  return state;
}
