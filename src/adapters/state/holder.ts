import { hostname, userInfo } from 'node:os';
import type { Holder } from '../../core/rollout/lock.js';
import { githubServerUrl } from '../github/server.js';

/**
 * Who this run is, as a hold records it. Inside Actions: one job of one attempt of one
 * workflow run — `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`, `GITHUB_JOB` — and `holdKey`, since
 * the jobs of a matrix share all three and no variable tells them apart (the action's
 * `hold-key` input: `${{ strategy.job-index }}` or `${{ toJSON(matrix) }}`). On a laptop:
 * user, host and process.
 */
export function currentHolder(env: NodeJS.ProcessEnv = process.env, holdKey = ''): Holder {
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  const key = holdKey.trim();
  if (repo && runId) {
    const server = githubServerUrl(env);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
    const job = env.GITHUB_JOB ?? '';
    const jobName = `${job ? ` job ${job}` : ''}${key ? ` [${key}]` : ''}`;
    return {
      name: `${repo} run ${runId} attempt ${attempt}${jobName} (${server}/${repo}/actions/runs/${runId})`,
      job: `${repo}/${runId}/${attempt}/${job}/${key}`,
      run: `${repo}/${runId}`,
      attempt,
    };
  }
  let user = 'someone';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry in some containers */
  }
  const name = `${user}@${hostname()} pid ${process.pid}${key ? ` [${key}]` : ''}`;
  return { name, job: name };
}
