import { LockstepError, LockstepErrors, type Location } from '../errors.js';
import { versionSource, type VersionFile } from '../versions/version-file.js';
import type { RolloutState } from './state.js';

/** What a version's successor is checked against: its number and the commits it ends with. */
interface Link {
  version: number;
  repositories: Readonly<Record<string, string>>;
  /** Where it came from, for messages: a file, or the environment's record of a version whose file is gone. */
  origin: string;
}

const short = (c: string) => c.slice(0, 7);

function fileOf(v: VersionFile): string {
  return versionSource(v)?.file ?? `version ${v.version}`;
}

function at(v: VersionFile, line?: (s: NonNullable<ReturnType<typeof versionSource>>) => number): Location {
  const src = versionSource(v);
  return src ? { file: src.file, ...(line ? { line: line(src) } : {}) } : {};
}

/**
 * Every problem in `next` as the successor of `prev`: `previous` must name `prev`, and each
 * repository must end where `prev` left it unless one of `next`'s own steps moves it. (A
 * repository `prev` has and `next` lacks left the release; a step's commit against its own
 * `repositories` entry is checked when the file is parsed.)
 */
export function linkProblems(prev: Link, next: VersionFile): LockstepError[] {
  const problems: LockstepError[] = [];
  if (next.previous !== undefined && next.previous !== prev.version) {
    problems.push(new LockstepError(`previous: ${next.previous} does not match: version ${next.version} follows version ${prev.version} (${prev.origin})`, at(next, s => s.previous)));
  }
  const moved = new Map<string, string>();
  for (const s of next.steps) moved.set(s.repository, s.commit);
  for (const [repo, commit] of Object.entries(next.repositories)) {
    if (moved.has(repo)) continue;
    const before = prev.repositories[repo];
    const where = at(next, s => s.repository[repo] ?? s.repositories);
    if (before === undefined) {
      problems.push(new LockstepError(`repositories.${repo}: ${repo} is not in version ${prev.version} (${prev.origin}) and no step of version ${next.version} deploys it`, where));
    } else if (before !== commit) {
      problems.push(
        new LockstepError(
          `repositories.${repo}: ${short(commit)} does not follow from version ${prev.version} (${prev.origin}), which ends ${repo} at ${short(before)}, and no step of version ${next.version} deploys ${repo}`,
          where,
        ),
      );
    }
  }
  return problems;
}

/**
 * Checks the chain of versions a rollout from version `from` to `to` walks, before anything
 * is deployed. Forward, every version in between must be there (`available`), each one the
 * successor of the one before; the first is checked against version `from`'s file, or the
 * environment's record of it once the file is gone. Backward, the files still present are
 * checked pairwise; the newer ones a `git revert` removed are known from the state.
 */
export function checkChain(state: RolloutState, available: ReadonlyMap<number, VersionFile>, from: number, to: number): void {
  const problems: LockstepError[] = [];
  if (to > from) {
    let prev: Link | undefined = linkFor(state, available, from);
    if (!prev) {
      throw new LockstepError(
        `version ${from}, which environment "${state.environment}" is at, has no file and no record in the state: cannot check that version ${from + 1} follows from it`,
        {},
        [`Restore versions/${from}.yaml from the release repository's history.`],
      );
    }
    for (let n = from + 1; n <= to; n++) {
      const next = available.get(n);
      if (!next) {
        throw new LockstepError(`version ${n} is missing: going from version ${from} to ${to} deploys every version in between, in order`, {}, [
          `Restore versions/${n}.yaml, or target version ${n - 1}.`,
        ]);
      }
      problems.push(...linkProblems(prev, next));
      prev = { version: n, repositories: next.repositories, origin: fileOf(next) };
    }
  } else {
    for (let n = to + 1; n <= from; n++) {
      const a = available.get(n - 1);
      const b = available.get(n);
      if (a && b) problems.push(...linkProblems({ version: a.version, repositories: a.repositories, origin: fileOf(a) }, b));
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new LockstepErrors(problems);
}

function linkFor(state: RolloutState, available: ReadonlyMap<number, VersionFile>, n: number): Link | undefined {
  if (n === 0) return { version: 0, repositories: {}, origin: 'nothing deployed yet' };
  const file = available.get(n);
  if (file) return { version: n, repositories: file.repositories, origin: fileOf(file) };
  const applied = [...state.versions].reverse().find(v => v.version === n);
  return applied ? { version: n, repositories: applied.repositories, origin: `the state's record of version ${n}` } : undefined;
}
