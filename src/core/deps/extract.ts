import type { DependencyOverride } from '../config/release.js';
import { LockstepError } from '../errors.js';
import type { AppliedOverride } from '../versions/version-file.js';
import { hasDependencyHeader, parseDependencyBlocks, type BlockDependency } from './block.js';
import type { DependencyEdge, PullKey, PullText, RepoWindow } from './model.js';
import { formatPullRef, resolvePullRef, type RepoIdentity } from './refs.js';

/** Anyone can comment on a public PR; only these (and the PR's author) may declare its dependencies. */
export const TRUSTED_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'] as const;

export interface Extraction {
  dependencies: DependencyEdge[];
  errors: LockstepError[];
  warnings: Array<{ message: string; location?: { file: string; line?: number } }>;
  /** Overrides that replaced a PR's blocks in these windows, for the version file. */
  overrides: AppliedOverride[];
}

/**
 * The way out that every release-time error about merged PR text names: merged text cannot
 * always be edited (a commit message in git mode), the release config can replace it.
 */
export function overrideHint(pull: string): string {
  return `fix the PR text, or replace its dependencies in the release config: overrides: { "${pull}": { dependencies: [...] } }`;
}

/**
 * Reads every dependency block of every change in the windows and ties each `pull:` to a
 * configured repository. Malformed blocks and unknown repositories are collected, not thrown,
 * so that one run reports all of them. A PR named by `overrides` is not read at all: the
 * override's dependencies stand for its blocks. An override whose PR is in no window is a
 * warning (it did its job in an earlier release, or the PR is not merged yet).
 */
export function extractDependencies(
  windows: readonly RepoWindow[],
  repos: readonly RepoIdentity[],
  overrides: readonly DependencyOverride[] = [],
  configFile = 'release config',
): Extraction {
  const out: Extraction = { dependencies: [], errors: [], warnings: [], overrides: [] };
  const overrideOf = new Map(overrides.map(o => [`${o.repository}#${o.number}`, o]));
  const used = new Set<string>();
  for (const window of windows) {
    const from = repos.find(r => r.name === window.repository) ?? { name: window.repository };
    window.changes.forEach((change, index) => {
      if (change.pull === undefined) return;
      const pull = `${window.repository}#${change.pull}`;
      const override = overrideOf.get(pull);
      let read: { dependencies: Array<BlockDependency & { label: string }>; errors: LockstepError[]; warnings: Extraction['warnings'] };
      if (override) {
        used.add(pull);
        const label = configFile;
        read = { dependencies: override.dependencies.map(d => ({ ...d, label })), errors: [], warnings: [] };
      } else {
        read = readPullTexts(pull, change.texts, change.author);
      }
      out.warnings.push(...read.warnings);
      const errors = [...read.errors];
      const applied: AppliedOverride['dependencies'] = [];
      for (const dep of read.dependencies) {
        const target = resolvePullRef(dep.ref, from, repos);
        if (!target) {
          errors.push(new LockstepError(`dependency "${formatPullRef(dep.ref)}": repository is not in the release config`, { file: dep.label, line: dep.line }));
          continue;
        }
        if (target.name === window.repository && dep.ref.number === change.pull) {
          out.warnings.push({ message: `${pull}: dependency "${dep.text}" names the PR itself: ignored`, location: { file: dep.label, line: dep.line } });
          continue;
        }
        applied.push({ repository: target.name, number: dep.ref.number, isCompatible: dep.isCompatible });
        out.dependencies.push({
          from: { repository: window.repository, index },
          target: { repository: target.name, number: dep.ref.number },
          isCompatible: dep.isCompatible,
          where: `${dep.label}, line ${dep.line}`,
          location: { file: dep.label, line: dep.line },
        });
      }
      if (override) {
        const recorded: AppliedOverride = { repository: window.repository, number: change.pull, dependencies: applied };
        if (override.reason !== undefined) recorded.reason = override.reason;
        out.overrides.push(recorded);
      }
      // In reading order, whichever check found them; the PR text's errors name the way out.
      const hinted = errors.map(e => (override ? e : new LockstepError(`${e.message} (${overrideHint(pull)})`, e.location, e.details)));
      out.errors.push(...hinted.sort((x, y) => String(x.location.file).localeCompare(String(y.location.file)) || (x.location.line ?? 0) - (y.location.line ?? 0)));
    });
  }
  for (const o of overrides) {
    const key = `${o.repository}#${o.number}`;
    if (used.has(key)) continue;
    out.warnings.push({
      message: `overrides."${key}": ${key} is not among the changes merged since the last version (released before, not merged yet, or not a PR of this branch): the override is not used; remove it once its PR has shipped`,
      location: { file: configFile, line: o.line },
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
): { dependencies: Array<BlockDependency & { label: string }>; errors: LockstepError[]; warnings: Extraction['warnings'] } {
  const out = { dependencies: [] as Array<BlockDependency & { label: string }>, errors: [] as LockstepError[], warnings: [] as Extraction['warnings'] };
  texts.forEach((text, t) => {
    const label = text.kind === 'description' ? `${prLabel} description` : `${prLabel} comment ${t}${text.author ? ` by @${text.author}` : ''}`;
    if (!isTrusted(text, author)) {
      if (hasDependencyHeader(text.body)) {
        out.warnings.push({ message: `${label}: dependency block ignored: @${text.author} is neither the PR's author nor has write access (${text.association ?? 'unknown'})`, location: { file: label } });
      }
      return;
    }
    const parsed = parseDependencyBlocks(text.body, label);
    out.errors.push(...parsed.errors);
    out.warnings.push(...parsed.warnings);
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
