import type { HeldPull, VersionFile } from '../versions/version-file.js';
import { code, plain, table } from '../markdown.js';
import type { RolloutState } from './state.js';

/** Where one environment stands, against the version files that exist. */
export interface EnvironmentStatus {
  environment: string;
  /** Last version it fully reached; undefined for an environment nothing was deployed to. */
  version?: number;
  /** The commit live per repository (from the steps that finished). */
  deployed: Record<string, string>;
  /** Version files newer than `version`, oldest first: what the next rollout brings. */
  pending: number[];
  /** A version begun but not finished (a failed or running rollout): its finished and total steps. */
  partial?: { version: number; finished: number; total: number };
  /** When `version` has no file any more (reverted): the next rollout rolls back to `rollbackTo`. */
  rollbackTo?: number;
  /** Who holds the environment now, if a rollout runs (or died holding it). */
  heldBy?: string;
}

export interface ProductStatus {
  /** Repositories in the release config's order. */
  repositories: string[];
  newest?: number;
  environments: EnvironmentStatus[];
  /** The newest version file's held-back pull requests, with the reason. */
  held: HeldPull[];
}

/** One environment's status; `versions` are the numbers of every version file, ascending. */
export function environmentStatus(state: RolloutState, versions: readonly number[]): EnvironmentStatus {
  const at = state.version;
  const newest = versions.length ? versions[versions.length - 1] : undefined;
  const status: EnvironmentStatus = {
    environment: state.environment,
    ...(at !== undefined ? { version: at } : {}),
    deployed: { ...state.deployed },
    pending: versions.filter(v => at === undefined || v > at),
  };
  if (at !== undefined && newest !== undefined && at > newest) status.rollbackTo = newest;
  const begun = [...state.versions].reverse().find(v => (at === undefined || v.version > at) && v.finished.length < v.steps.length);
  if (begun) status.partial = { version: begun.version, finished: begun.finished.length, total: begun.steps.length };
  if (state.lock) status.heldBy = state.lock.holder;
  return status;
}

/** The whole product: every environment against the version files, and what the newest holds back. */
export function productStatus(states: readonly RolloutState[], versions: readonly number[], newest: VersionFile | undefined, repositories: readonly string[]): ProductStatus {
  const sorted = [...versions].sort((a, b) => a - b);
  return {
    repositories: [...repositories],
    ...(newest ? { newest: newest.version } : {}),
    environments: states.map(s => environmentStatus(s, sorted)),
    held: newest?.held ?? [],
  };
}

const short = (commit: string | undefined) => (commit ? code(commit.slice(0, 7)) : '—');

function pendingCell(e: EnvironmentStatus): string {
  const parts: string[] = [];
  if (e.rollbackTo !== undefined) parts.push(`rollback to ${e.rollbackTo}`);
  else if (e.pending.length) parts.push(e.pending.join(', '));
  if (e.partial) parts.push(`version ${e.partial.version}: ${e.partial.finished}/${e.partial.total} steps done`);
  if (e.heldBy) parts.push(`held by ${plain(e.heldBy)}`);
  return parts.length ? parts.join('; ') : 'up to date';
}

/**
 * The status as markdown, the same for `lockstep status` and apply-steps' job summary: one row
 * per environment (its version, the commit live per repository, what is pending), then the pull
 * requests the newest version holds back.
 */
export function renderStatus(status: ProductStatus): string {
  const repos = status.repositories;
  const lines = [`### Lockstep status${status.newest !== undefined ? `: newest version ${status.newest}` : ''}`, ''];
  if (status.environments.length === 0) {
    lines.push('No environment has a state yet.', '');
  } else {
    const rows = status.environments.map(e => [plain(e.environment), e.version === undefined ? '—' : String(e.version), ...repos.map(r => short(e.deployed[r])), pendingCell(e)]);
    lines.push(table(['environment', 'version', ...repos.map(plain), 'pending'], rows), '');
  }
  if (status.held.length) {
    lines.push(`#### Held back from version ${status.newest}`, '', table(['pull request', 'reason'], status.held.map(h => [plain(`${h.repository}#${h.number}`), plain(h.reason)])), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
