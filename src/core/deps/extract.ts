import { LockstepError } from '../errors.js';
import { hasDependencyHeader, parseDependencyBlocks, type BlockDependency } from './block.js';
import type { DependencyEdge, PullKey, PullText, RepoWindow } from './model.js';
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
      const read = readPullTexts(`${window.repository}#${change.pull}`, change.texts, change.author);
      out.warnings.push(...read.warnings);
      const errors = [...read.errors];
      for (const dep of read.dependencies) {
        const target = resolvePullRef(dep.ref, from, repos);
        if (!target) {
          errors.push(new LockstepError(`dependency "${formatPullRef(dep.ref)}": repository is not in the release config`, { file: dep.label, line: dep.line }));
          continue;
        }
        out.dependencies.push({
          from: { repository: window.repository, index },
          target: { repository: target.name, number: dep.ref.number },
          isCompatible: dep.isCompatible,
          where: `${dep.label}, line ${dep.line}`,
          location: { file: dep.label, line: dep.line },
        });
      }
      // In reading order, whichever check found them.
      out.errors.push(...errors.sort((x, y) => String(x.location.file).localeCompare(String(y.location.file)) || (x.location.line ?? 0) - (y.location.line ?? 0)));
    });
  }
  return out;
}

/**
 * The dependency blocks of one PR (description and comments), keeping only those its author
 * or someone with write access wrote; `prLabel` names it in messages (`repo-1#12`).
 */
export function readPullTexts(
  prLabel: string,
  texts: readonly PullText[],
  author: string | undefined,
): { dependencies: Array<BlockDependency & { label: string }>; errors: LockstepError[]; warnings: string[] } {
  const out = { dependencies: [] as Array<BlockDependency & { label: string }>, errors: [] as LockstepError[], warnings: [] as string[] };
  texts.forEach((text, t) => {
    const label = text.kind === 'description' ? `${prLabel} description` : `${prLabel} comment ${t}${text.author ? ` by @${text.author}` : ''}`;
    if (!isTrusted(text, author)) {
      if (hasDependencyHeader(text.body)) {
        out.warnings.push(`${label}: dependency block ignored: @${text.author} is neither the PR's author nor has write access (${text.association ?? 'unknown'})`);
      }
      return;
    }
    const parsed = parseDependencyBlocks(text.body, label);
    out.errors.push(...parsed.errors);
    out.dependencies.push(...parsed.dependencies.map(d => ({ ...d, label })));
  });
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
