/** How a dependency block names a pull request, before it is tied to a configured repository. */
export type PullRef =
  | { kind: 'full'; owner: string; repo: string; number: number }
  | { kind: 'short'; repo: string; number: number }
  | { kind: 'self'; number: number };

const NAME = '[A-Za-z0-9_.-]+';
const URL_REF = new RegExp(`^https?://[^/\\s]+/(${NAME})/(${NAME})/pull/([0-9]+)(?:[/?#][^\\s]*)?$`);
const FULL_REF = new RegExp(`^(${NAME})/(${NAME})#([0-9]+)$`);
const SHORT_REF = new RegExp(`^(${NAME})#([0-9]+)$`);
const SELF_REF = /^#([0-9]+)$/;

/** Parses `owner/repo#N`, `repo#N`, `#N` or a pull request URL; undefined when it is none of them. */
export function parsePullRef(text: string): PullRef | undefined {
  const s = text.trim();
  let m = URL_REF.exec(s) ?? FULL_REF.exec(s);
  if (m) return positive(m[3]) ? { kind: 'full', owner: m[1], repo: m[2], number: Number(m[3]) } : undefined;
  m = SHORT_REF.exec(s);
  if (m) return positive(m[2]) ? { kind: 'short', repo: m[1], number: Number(m[2]) } : undefined;
  m = SELF_REF.exec(s);
  if (m) return positive(m[1]) ? { kind: 'self', number: Number(m[1]) } : undefined;
  return undefined;
}

function positive(digits: string): boolean {
  return digits.length <= 9 && Number(digits) > 0;
}

/** The repositories a reference can be resolved against: config name and GitHub `owner/repo`. */
export interface RepoIdentity {
  name: string;
  github?: string;
}

/**
 * Ties a reference to a configured repository. `owner/repo` matches a `github:` entry;
 * `repo#N` means the same owner as the PR that wrote it, or, for a repository without
 * `github:` (git source), its config name; `#N` is the PR's own repository.
 */
export function resolvePullRef(ref: PullRef, from: RepoIdentity, repos: readonly RepoIdentity[]): RepoIdentity | undefined {
  const byGithub = (full: string) => repos.find(r => r.github?.toLowerCase() === full.toLowerCase());
  switch (ref.kind) {
    case 'self':
      return from;
    case 'full':
      return byGithub(`${ref.owner}/${ref.repo}`);
    case 'short': {
      const owner = from.github?.split('/')[0];
      return (owner ? byGithub(`${owner}/${ref.repo}`) : undefined) ?? repos.find(r => r.name === ref.repo);
    }
  }
}

export function formatPullRef(ref: PullRef): string {
  switch (ref.kind) {
    case 'self':
      return `#${ref.number}`;
    case 'short':
      return `${ref.repo}#${ref.number}`;
    case 'full':
      return `${ref.owner}/${ref.repo}#${ref.number}`;
  }
}
