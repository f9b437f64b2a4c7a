import type { GitHubClient } from './client.js';

export interface Deployment {
  id: number;
  environment: string;
  task: string;
  payload: unknown;
  created_at: string;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string | null;
  log_url?: string;
  created_at: string;
}

function split(github: string): { owner: string; repo: string } {
  const [owner, repo] = github.split('/');
  return { owner, repo };
}

/** GitHub's limit on a status description. */
export const DESCRIPTION_MAX = 140;

export async function createDeployment(
  client: GitHubClient,
  github: string,
  options: { ref: string; environment: string; task: string; payload: Record<string, unknown>; description: string },
): Promise<Deployment> {
  const response = await client.request('POST /repos/{owner}/{repo}/deployments', {
    ...split(github),
    ref: options.ref,
    environment: options.environment,
    task: options.task,
    payload: options.payload as { [key: string]: unknown },
    description: options.description.slice(0, DESCRIPTION_MAX),
    // Lockstep records progress; it does not want GitHub to merge branches or wait for checks.
    auto_merge: false,
    required_contexts: [],
  });
  const data = response.data as Partial<Deployment> & { message?: string };
  if (typeof data.id !== 'number') throw new Error(`GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`);
  return data as Deployment;
}

/** The newest deployments of `environment` for `task`, newest first. */
export async function listDeployments(client: GitHubClient, github: string, environment: string, task: string, perPage = 1): Promise<Deployment[]> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/deployments', { ...split(github), environment, task, per_page: perPage });
  return data as Deployment[];
}

export async function createDeploymentStatus(
  client: GitHubClient,
  github: string,
  deploymentId: number,
  status: { state: DeploymentState; description: string; log_url?: string; auto_inactive?: boolean },
): Promise<DeploymentStatus> {
  const { data } = await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    ...split(github),
    deployment_id: deploymentId,
    state: status.state,
    description: status.description.slice(0, DESCRIPTION_MAX),
    ...(status.log_url ? { log_url: status.log_url } : {}),
    ...(status.auto_inactive === undefined ? {} : { auto_inactive: status.auto_inactive }),
  });
  return data as DeploymentStatus;
}

/**
 * A deployment's statuses newest first (GitHub's order), page by page, until `enough` says
 * the statuses read so far answer the question: a long history costs what the answer needs,
 * not one request per 100 statuses ever posted.
 */
export async function readDeploymentStatuses(
  client: GitHubClient,
  github: string,
  deploymentId: number,
  options: { perPage: number; enough: (newestFirst: DeploymentStatus[]) => boolean },
): Promise<DeploymentStatus[]> {
  const read: DeploymentStatus[] = [];
  const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    ...split(github),
    deployment_id: deploymentId,
    per_page: options.perPage,
  });
  for await (const { data } of pages) {
    read.push(...(data as DeploymentStatus[]));
    if (options.enough(read)) break;
  }
  return read;
}

/** Every status of a deployment, oldest first. */
export async function listDeploymentStatuses(client: GitHubClient, github: string, deploymentId: number): Promise<DeploymentStatus[]> {
  const all = (await client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    ...split(github),
    deployment_id: deploymentId,
    per_page: 100,
  })) as DeploymentStatus[];
  return all.sort((a, b) => a.id - b.id);
}
