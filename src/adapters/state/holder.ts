import { hostname, userInfo } from 'node:os';
import type { Holder } from '../../core/rollout/lock.js';

/**
 * Who this run is, as a lock records it: the workflow run (with a link) inside Actions,
 * user, host and process on a laptop.
 */
export function currentHolder(env: NodeJS.ProcessEnv = process.env): Holder {
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (repo && runId) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
    return { name: `${repo} run ${runId} attempt ${attempt} (${server}/${repo}/actions/runs/${runId})`, run: `${repo}/${runId}` };
  }
  let user = 'someone';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry in some containers */
  }
  return { name: `${user}@${hostname()} pid ${process.pid}` };
}
