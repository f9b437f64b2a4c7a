import type { RepositoryConfig } from '../core/config/release.js';
import { LockstepError, type Location } from '../core/errors.js';
import { mergedNext, placement, placementText, splitErrors, withoutMissing, type Candidate, type MergingPulls, type Placement } from '../core/deps/check.js';
import { extractDependencies, outsideTargets, overrideHint } from '../core/deps/extract.js';
import { pullKey, type DependencyEdge, type OutsideState, type RepoWindow } from '../core/deps/model.js';
import { planRelease, type Plan } from '../core/deps/plan.js';
import type { Step } from '../core/versions/version-file.js';
import type { PullSource, ReleaseSnapshot } from './ports.js';
import { code, plain, table } from '../core/markdown.js';
import type { Reporter } from '../core/reporter.js';

export interface CheckOptions {
  /** The release repository's config and newest version. */
  release: () => Promise<ReleaseSnapshot>;
  /** The PRs about to merge, in merge order. */
  merging: () => Promise<MergingPulls>;
  /** Which configured repository they belong to (by `github:` on GitHub, by name in the CLI). */
  repositoryOf: (merging: MergingPulls, release: ReleaseSnapshot) => RepositoryConfig | undefined;
  /** The release's source of merged PRs (the same batched reads as a release). */
  source: (release: ReleaseSnapshot) => PullSource | Promise<PullSource>;
  /** How the merging PRs are named in messages (the CLI's branch has no number yet). */
  rename?: (text: string) => string;
}

export interface CheckResult {
  /** Problems that fail the check. */
  errors: number;
  /** Per merging PR: where it ships, or why it would be held. */
  placements: Array<{ pull: string } & Placement>;
  /** The next release's steps, as if they merged now. */
  steps: Step[];
}

/**
 * A PR check that sees what the release will see: the release config and newest version of
 * the release repository, the windows of every repository, and the merging PR(s) added as merged
 * next on their base branch; then the release planner. Problems of the merging PRs fail the
 * check (a malformed block, a repository outside the release, a PR that does not exist, a
 * cycle they close, through merge order or not); problems the next release has anyway are
 * warnings; "would be held" is a warning with the reason. The summary says where each ships.
 */
export async function checkRelease(options: CheckOptions, reporter: Reporter): Promise<CheckResult> {
  const name = options.rename ?? ((t: string) => t);
  const at = (l?: Location) => (l?.file ? { ...l, file: name(l.file) } : l);
  const [release, merging] = await Promise.all([options.release(), options.merging()]);
  const { config, last } = release;
  for (const note of merging.notes) reporter.warning(name(note));
  const repo = options.repositoryOf(merging, release);
  if (!repo) {
    throw new LockstepError(`${merging.owner}/${merging.name} is not a repository of the release (${config.repositories.map(r => r.github ?? r.name).join(', ')})`, { file: config.file });
  }
  const candidates: Candidate[] = merging.pulls.map(change => ({ repository: repo.name, change }));
  const labels = candidates.map(c => `${c.repository}#${c.change.pull}`);
  const result: CheckResult = { errors: 0, placements: [], steps: [] };
  const fail = (e: LockstepError) => {
    result.errors++;
    // The way out for merged text (an override) is not needed before the merge: the PR can be edited.
    const hint = labels.map(l => ` (${overrideHint(l)})`).find(h => e.message.endsWith(h));
    const message = hint ? e.message.slice(0, -hint.length) : e.message;
    reporter.error(name(message), at(e.location));
  };
  const warnAhead = (e: LockstepError) => reporter.warning(name(`the next release stops here whether or not this merges: ${e.message}`), at(e.location));

  const source = await options.source(release);
  const windows = await reporter.group('Reading merged pull requests', () =>
    source.windows(config.repositories.map(r => ({ repo: r, released: last.repositories[r.name] }))),
  );
  const onBranch = merging.base === repo.branch;
  if (!onBranch) {
    reporter.warning(name(`${merging.title} merges into ${merging.base}, not ${repo.branch}: it ships when ${merging.base} reaches ${repo.branch}; only its dependency blocks are checked`));
  }
  const next = mergedNext(windows, candidates);
  const extraction = extractDependencies(next.windows, config.repositories, config.overrides, config.file);
  for (const w of extraction.warnings) reporter.warning(name(w.message), at(w.location));
  const problems = splitErrors(extraction.errors, labels);
  problems.own.forEach(fail);
  problems.others.forEach(warnAhead);

  const byName = new Map(config.repositories.map(r => [r.name, r]));
  const targets = outsideTargets(next.windows, extraction.dependencies).flatMap(t => (byName.has(t.repository) ? [{ repo: byName.get(t.repository)!, number: t.number }] : []));
  const outside = targets.length ? await source.lookup(targets, windows) : new Map<string, OutsideState>();
  const { kept, missing } = withoutMissing(extraction.dependencies, outside);
  const missingSplit = splitErrors(missing, labels);
  missingSplit.own.forEach(fail);
  missingSplit.others.forEach(warnAhead);

  if (onBranch && !problems.own.length && !missingSplit.own.length) {
    const plan = planWithCandidates(next.windows, kept, outside, windows, candidates, next.at, fail, warnAhead);
    if (plan) {
      result.steps = plan.steps;
      candidates.forEach((c, i) => {
        const p = placement(plan, next.windows, c.repository, next.at[i]);
        result.placements.push({ pull: labels[i], ...p });
        if ('held' in p) reporter.warning(name(`${labels[i]} would be held back from the next release: ${p.held}`));
        else reporter.info(name(`${labels[i]} ships in the ${placementText(p)}`));
      });
    }
  }
  reporter.summary(name(summary(merging.title, result)));
  return result;
}

/**
 * Plans the release with the candidates merged. A cycle is the candidates' doing when the release
 * without them plans; otherwise the next release fails anyway and it is a warning.
 */
function planWithCandidates(
  windows: RepoWindow[],
  dependencies: DependencyEdge[],
  outside: ReadonlyMap<string, OutsideState>,
  before: readonly RepoWindow[],
  candidates: readonly Candidate[],
  at: readonly number[],
  fail: (e: LockstepError) => void,
  warnAhead: (e: LockstepError) => void,
): Plan | undefined {
  try {
    return planRelease({ windows, dependencies, outside, onUnmerged: 'hold' });
  } catch (e) {
    if (!(e instanceof LockstepError)) throw e;
    const isCandidate = (repository: string, index: number) => candidates.some((c, i) => c.repository === repository && at[i] === index && index >= (before.find(w => w.repository === repository)?.changes.length ?? 0));
    const candidateKeys = new Set(candidates.map(c => pullKey({ repository: c.repository, number: c.change.pull })));
    const without = dependencies.filter(d => !isCandidate(d.from.repository, d.from.index) && !candidateKeys.has(pullKey(d.target)));
    try {
      planRelease({ windows: [...before], dependencies: without, outside, onUnmerged: 'hold' });
    } catch {
      warnAhead(e);
      return undefined;
    }
    fail(new LockstepError(`merging would make the next release impossible: ${e.message}`, e.location, e.details));
    return undefined;
  }
}

function summary(title: string, result: CheckResult): string {
  const parts = [`## resolve-deps check: ${title}`];
  if (result.placements.length) {
    parts.push(table(['pull request', 'ships in'], result.placements.map(p => [plain(p.pull), plain(placementText(p))])));
  }
  if (result.steps.length) {
    const ours = new Set(result.placements.flatMap(p => ('step' in p ? [p.step] : [])));
    const mark = (i: number) => (ours.has(i + 1) ? ` ◀ ${result.placements.filter(p => 'step' in p && p.step === i + 1).map(p => p.pull).join(', ')}` : '');
    parts.push(['### The next release, as if this merged now', '', table(['#', 'repository', 'commit'], result.steps.map((s, i) => [String(i + 1), plain(`${s.repository}${mark(i)}`), code(s.commit.slice(0, 7))]))].join('\n'));
  }
  parts.push(result.errors ? `**${result.errors} problem(s)** (see the annotations): fix them before merging.` : 'No problems found.');
  return parts.join('\n\n');
}
