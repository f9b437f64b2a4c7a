import type { GitHubClient } from './client.js';

export interface WorkflowRun {
  id: number;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  created_at: string;
  display_title?: string;
  head_branch: string | null;
  event: string;
}

function split(github: string): { owner: string; repo: string } {
  const [owner, repo] = github.split('/');
  return { owner, repo };
}

/** Servers that refused `return_run_details` (GitHub Enterprise Server before it learnt the key): not asked again. */
const refusesRunDetails = new WeakSet<GitHubClient>();

/** GHES's answer to a key it does not know: 422 `"return_run_details" is not a permitted key.` */
function refusedRunDetails(e: unknown): boolean {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const text = `${err?.response?.data?.message ?? ''} ${err?.message ?? ''}`;
  return err?.status === 422 && text.includes('return_run_details') && /not a permitted key/i.test(text);
}

/**
 * Dispatches a workflow and asks GitHub for the run it started (`return_run_details`).
 * Returns the run id and page when GitHub answers 200 with them; undefined when it answers
 * 204, or when the server refuses the key (422 "not a permitted key": GitHub Enterprise
 * Server, whose description of the endpoint has only `ref` and `inputs`) and the dispatch is
 * sent again without it: the caller then has to find the run itself.
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  github: string,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
): Promise<{ id: number; url: string } | undefined> {
  const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
  const params = { ...split(github), workflow_id: workflow, ref, inputs };
  if (!refusesRunDetails.has(client)) {
    try {
      const response = await client.request(route, { ...params, return_run_details: true } as never);
      const data = response.data as unknown as { workflow_run_id?: number; html_url?: string } | undefined;
      if ((response.status as number) === 200 && data && typeof data.workflow_run_id === 'number') {
        return { id: data.workflow_run_id, url: data.html_url ?? '' };
      }
      return undefined;
    } catch (e) {
      // A 422 means nothing was dispatched, so sending it again cannot start a second run.
      if (!refusedRunDetails(e)) throw e;
      refusesRunDetails.add(client);
    }
  }
  await client.request(route, params);
  return undefined;
}

/** Runs of one workflow started by `workflow_dispatch` on `branch` since `since` (newest first, one page). */
export async function listDispatchedRuns(client: GitHubClient, github: string, workflow: string, branch: string, since: Date): Promise<WorkflowRun[]> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
    ...split(github),
    workflow_id: workflow,
    event: 'workflow_dispatch',
    branch,
    created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    per_page: 50,
  });
  return data.workflow_runs as WorkflowRun[];
}

/** One run; undefined when it does not exist (deleted, or another repository's id). */
export async function getWorkflowRun(client: GitHubClient, github: string, id: number): Promise<WorkflowRun | undefined> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...split(github), run_id: id });
    return data as WorkflowRun;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/**
 * Asks GitHub to cancel a run (202: accepted, it stops shortly after). False when it is already
 * over (409). `signal` bounds the request: a cancelled job has seconds left.
 */
export async function cancelWorkflowRun(client: GitHubClient, github: string, id: number, signal?: AbortSignal): Promise<boolean> {
  try {
    await client.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', { ...split(github), run_id: id, ...(signal ? { request: { signal } } : {}) });
    return true;
  } catch (e) {
    if ((e as { status?: number }).status === 409) return false;
    throw e;
  }
}
