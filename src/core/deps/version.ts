import type { AppliedOverride, DeliveredPull, HeldPull, Step, VersionFile } from '../versions/version-file.js';
import type { RepoWindow } from './model.js';
import type { Plan } from './plan.js';

/**
 * The next version file, or undefined when no repository moves. `added` are repositories
 * new to the release config: they are pinned at their head and deployed first (nothing
 * released can depend on them yet). `overrides` are the release-config overrides applied to
 * PRs of these windows, recorded so that a reader sees why a PR's own block was not followed.
 */
export function nextVersion(
  last: VersionFile,
  windows: readonly RepoWindow[],
  plan: Plan,
  added: ReadonlyArray<{ repository: string; head: string }> = [],
  overrides: readonly AppliedOverride[] = [],
): VersionFile | undefined {
  if (plan.steps.length === 0 && added.length === 0) return undefined;
  const repositories: Record<string, string> = {};
  const pulls: Record<string, DeliveredPull[]> = {};
  const addedNames = new Set(added.map(a => a.repository));
  for (const w of windows) {
    if (addedNames.has(w.repository)) continue;
    const n = plan.final[w.repository];
    repositories[w.repository] = n === 0 ? w.released : w.changes[n - 1].commit;
    const delivered = w.changes
      .slice(0, n)
      .filter(c => c.pull !== undefined)
      .map(c => (c.title === undefined ? { number: c.pull! } : { number: c.pull!, title: c.title }));
    if (delivered.length) pulls[w.repository] = delivered;
  }
  for (const a of added) repositories[a.repository] = a.head;
  const steps: Step[] = [...added.map(a => ({ repository: a.repository, commit: a.head })), ...plan.steps];
  const held: HeldPull[] = plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull!, reason: h.reason }));
  const version: VersionFile = { version: last.version + 1, previous: last.version, repositories, steps };
  if (Object.keys(pulls).length) version.pulls = pulls;
  if (held.length) version.held = held;
  if (overrides.length) version.overrides = [...overrides];
  return version;
}

/** Version 1: every repository at its current head, deployed in config order. */
export function bootstrapVersion(heads: ReadonlyArray<{ repository: string; head: string }>): VersionFile {
  return {
    version: 1,
    repositories: Object.fromEntries(heads.map(h => [h.repository, h.head])),
    steps: heads.map(h => ({ repository: h.repository, commit: h.head })),
  };
}
