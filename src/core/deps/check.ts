import { LockstepError, LockstepErrors } from '../errors.js';
import type { Change, DependencyEdge, OutsideState, RepoWindow } from './model.js';
import { pullKey } from './model.js';
import type { Plan } from './plan.js';

/** What a check runs for: the PRs about to merge into `base` of `owner/name`, in merge order. */
export interface MergingPulls {
  owner: string;
  name: string;
  /** The branch they merge into. */
  base: string;
  /** Each PR as the change it will be (its head commit stands for the merge commit). */
  pulls: Array<Change & { pull: number }>;
  /** Said in the summary: `crois/api#12`, or `merge group crois/api#12, #13`. */
  title: string;
  /** Something the reader should know about how the PRs were found. */
  notes: string[];
}

/**
 * A pull request about to merge (the one a check runs for, or each PR of a merge-queue group),
 * as the next change of its repository's window.
 */
export interface Candidate {
  /** Config name of its repository. */
  repository: string;
  /** `pull` is the PR's number; `commit` stands for the merge commit it will make (its head). */
  change: Change & { pull: number };
}

/**
 * The windows as they will be once the candidates merge, in queue order: each candidate is
 * appended to its repository's window, unless the window already holds that PR (merged
 * meanwhile). Returns the windows and, per candidate, its position in its window.
 */
export function mergedNext(windows: readonly RepoWindow[], candidates: readonly Candidate[]): { windows: RepoWindow[]; at: number[] } {
  const out = windows.map(w => ({ ...w, changes: [...w.changes] }));
  const at = candidates.map(c => {
    const w = out.find(x => x.repository === c.repository);
    if (!w) throw new Error(`no window for ${c.repository}`);
    const merged = w.changes.findIndex(x => x.pull === c.change.pull);
    if (merged >= 0) return merged;
    w.changes.push(c.change);
    return w.changes.length - 1;
  });
  return { windows: out, at };
}

/** Whether a problem sits in one of `pulls`' texts (its location names `repo#N description`, `repo#N comment ...`). */
export function locatedIn(e: { location?: { file?: string } }, pulls: readonly string[]): boolean {
  const file = e.location?.file ?? '';
  return pulls.some(p => file.startsWith(`${p} `));
}

/** Splits errors (a LockstepErrors into its parts) into the candidates' own and the others'. */
export function splitErrors(errors: readonly LockstepError[], pulls: readonly string[]): { own: LockstepError[]; others: LockstepError[] } {
  const flat = errors.flatMap(e => (e instanceof LockstepErrors ? e.errors : [e]));
  return { own: flat.filter(e => locatedIn(e, pulls)), others: flat.filter(e => !locatedIn(e, pulls)) };
}

/**
 * Dependencies the planner can take: those on a PR that does not exist are taken out (and
 * returned, to be reported where they are written) instead of stopping the plan.
 */
export function withoutMissing(dependencies: readonly DependencyEdge[], outside: ReadonlyMap<string, OutsideState>): { kept: DependencyEdge[]; missing: LockstepError[] } {
  const kept: DependencyEdge[] = [];
  const missing: LockstepError[] = [];
  for (const d of dependencies) {
    const state = outside.get(pullKey(d.target));
    if (state?.state === 'missing') missing.push(new LockstepError(`dependency on ${pullKey(d.target)}, which does not exist (${state.detail})`, d.location ?? {}));
    else kept.push(d);
  }
  return { kept, missing };
}

/** Where a candidate ships in the planned release. */
export type Placement =
  | { held: string }
  | { step: number; steps: number; after: string[] };

/**
 * The step of `plan` that deploys change `index` of `repository`, and the PRs of earlier steps
 * it needs (its direct dependencies in this release); or why it is held.
 */
export function placement(plan: Plan, windows: readonly RepoWindow[], repository: string, index: number): Placement {
  const held = plan.held.find(h => h.repository === repository && h.index === index);
  if (held) return { held: held.reason };
  const window = windows.find(w => w.repository === repository)!;
  const position = (commit: string) => (commit === window.released ? 0 : window.changes.findIndex(c => c.commit === commit) + 1);
  const step = plan.steps.findIndex(s => s.repository === repository && position(s.commit) > index);
  const label = (r: string, i: number) => {
    const c = windows.find(w => w.repository === r)!.changes[i];
    return c.pull !== undefined ? `${r}#${c.pull}` : `${r}@${c.commit.slice(0, 7)}`;
  };
  const after = plan.edges
    .filter(e => e.from.repository === repository && e.from.index === index && e.to.repository !== repository)
    .map(e => label(e.to.repository, e.to.index));
  return { step: step + 1, steps: plan.steps.length, after: [...new Set(after)] };
}

/** "next release, step 2 of 3, after infra#41" */
export function placementText(p: Placement): string {
  if ('held' in p) return `held back from the next release: ${p.held}`;
  return `next release, step ${p.step} of ${p.steps}${p.after.length ? `, after ${p.after.join(', ')}` : ''}`;
}
