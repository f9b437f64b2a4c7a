import { LockstepError } from '../errors.js';
import { hasDependencyHeader, parseDependencyBlocks } from './block.js';
import type { DependencyEdge, PullKey, RepoWindow } from './model.js';
import { formatPullRef, resolvePullRef, type RepoIdentity } from './refs.js';

/** Anyone can comment on a public PR; only these (and the PR's author) may declare its dependencies. */
export const TRUSTED_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'] as const;

export interface Extraction {
  dependencies: DependencyEdge[];
  errors: LockstepError[];
  warnings: string[];
}

/**
 * Reads every dependency block of every change in the windows and ties each `pull:` to a
 * configured repository. Malformed blocks and unknown repositories are collected, not thrown,
 * so that one run reports all of them.
 */
export function extractDependencies(windows: readonly RepoWindow[], repos: readonly RepoIdentity[]): Extraction {
  const out: Extraction = { dependencies: [], errors: [], warnings: [] };
  for (const window of windows) {
    const from = repos.find(r => r.name === window.repository) ?? { name: window.repository };
    window.changes.forEach((change, index) => {
      if (change.pull === undefined) return;
      const prLabel = `${window.repository}#${change.pull}`;
      change.texts.forEach((text, t) => {
        const label = text.kind === 'description' ? `${prLabel} description` : `${prLabel} comment ${t}${text.author ? ` by @${text.author}` : ''}`;
        if (!isTrusted(text, change.author)) {
          if (hasDependencyHeader(text.body)) {
            out.warnings.push(`${label}: dependency block ignored: @${text.author} is neither the PR's author nor has write access (${text.association ?? 'unknown'})`);
          }
          return;
        }
        const parsed = parseDependencyBlocks(text.body, label);
        const errors = [...parsed.errors];
        for (const dep of parsed.dependencies) {
          const target = resolvePullRef(dep.ref, from, repos);
          if (!target) {
            errors.push(new LockstepError(`dependency "${formatPullRef(dep.ref)}": repository is not in the release config`, { file: label, line: dep.line }));
            continue;
          }
          out.dependencies.push({
            from: { repository: window.repository, index },
            target: { repository: target.name, number: dep.ref.number },
            isCompatible: dep.isCompatible,
            where: `${label}, line ${dep.line}`,
            location: { file: label, line: dep.line },
          });
        }
        // In reading order, whichever check found them.
        out.errors.push(...errors.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)));
      });
    });
  }
  return out;
}

export function isTrusted(text: { kind: string; author?: string; association?: string }, pullAuthor?: string): boolean {
  if (text.kind === 'description' || text.author === undefined) return true;
  if (pullAuthor !== undefined && text.author === pullAuthor) return true;
  return (TRUSTED_ASSOCIATIONS as readonly string[]).includes(text.association ?? '');
}

/** Targets that no window holds: they must be looked up (released before, not merged, or missing). */
export function outsideTargets(windows: readonly RepoWindow[], dependencies: readonly DependencyEdge[]): PullKey[] {
  const inside = new Set<string>();
  for (const w of windows) for (const c of w.changes) if (c.pull !== undefined) inside.add(`${w.repository}#${c.pull}`);
  const seen = new Set<string>();
  const out: PullKey[] = [];
  for (const d of dependencies) {
    const key = `${d.target.repository}#${d.target.number}`;
    if (inside.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(d.target);
  }
  return out;
}
