import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, GraphQLError, Kind, parse, validate, type FieldNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import type { FakeGitHub } from './fake-github.js';

let schema: GraphQLSchema | undefined;

/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once per test file. */
export function githubSchema(): GraphQLSchema {
  if (!schema) {
    // The package's exports do not list schema.graphql: read it from the installed package folder.
    const sdl = readFileSync(join(import.meta.dirname, '../../node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8');
    schema = buildSchema(sdl, { assumeValidSDL: true });
  }
  return schema;
}

/** Validation errors of a query against GitHub's schema (empty when GitHub would accept its shape). */
export function validateGitHubQuery(query: string): string[] {
  let doc;
  try {
    doc = parse(query);
  } catch (e) {
    return [(e as Error).message];
  }
  return validate(githubSchema(), doc).map(e => e.message);
}

/**
 * The node count GitHub charges a query against its limit of 500,000 ("Node limit" in GitHub's
 * GraphQL docs): every connection requested with `first`/`last` costs that many nodes for each
 * node of its parent connection, summed over the query (fragments expanded).
 */
export function nodeCount(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const size = (field: FieldNode): number | undefined => {
    const arg = field.arguments?.find(a => a.name.value === 'first' || a.name.value === 'last');
    if (!arg) return undefined;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) return Number(variables[arg.value.name.value] ?? 0);
    return undefined;
  };
  const walk = (set: SelectionSetNode | undefined, parents: number): number => {
    let total = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const n = size(sel);
        total += n === undefined ? walk(sel.selectionSet, parents) : parents * n + walk(sel.selectionSet, parents * n);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) total += walk(sel.selectionSet, parents);
      else total += walk(fragments.get(sel.name.value), parents);
    }
    return total;
  };
  const op = doc.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION);
  return op && op.kind === Kind.OPERATION_DEFINITION ? walk(op.selectionSet, 1) : 0;
}

/** Thrown by a fixture resolver for a missing object: GitHub answers `type: NOT_FOUND` and null data there. */
export class NotFound extends Error {}

export interface GraphQLServer {
  /** Every query received, with the validation errors it had (none, in a passing test). */
  queries: Array<{ query: string; variables: Record<string, unknown>; invalid: string[] }>;
  /** Queries that failed validation against the schema. */
  invalid(): Array<{ query: string; errors: string[] }>;
}

/**
 * Makes `fake` answer GraphQL from fixtures: each query is first validated against GitHub's
 * schema (an invalid one gets GitHub's error answer and is recorded), then executed with
 * `root` as the Query object. Fixture objects are plain objects whose fields may be
 * functions of the field's arguments; `__typename` picks the type of an interface or union.
 */
export function serveGraphQL(fake: FakeGitHub, root: () => Record<string, unknown>): GraphQLServer {
  const server: GraphQLServer = {
    queries: [],
    invalid: () => server.queries.filter(q => q.invalid.length).map(q => ({ query: q.query, errors: q.invalid })),
  };
  fake.graphql(async (query, variables) => {
    const invalid = validateGitHubQuery(query);
    server.queries.push({ query, variables, invalid });
    if (invalid.length) return { errors: invalid.map(message => ({ message, type: 'INVALID_QUERY' })) };
    const result = await execute({ schema: githubSchema(), document: parse(query), rootValue: root(), variableValues: variables });
    const body: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) {
      body.errors = result.errors.map((e: GraphQLError) => ({
        message: e.message,
        path: e.path,
        ...(e.originalError instanceof NotFound ? { type: 'NOT_FOUND' } : {}),
      }));
    }
    return body;
  });
  return server;
}

/** A cursor-paginated connection over `items`, checking `first` as GitHub does (1..100, required). */
export function connection<T>(items: readonly T[], args: { first?: number | null; after?: string | null }): { nodes: T[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const first = args.first;
  if (typeof first !== 'number' || first < 1 || first > 100) {
    throw new Error('You must provide a `first` or `last` value to properly paginate the connection (1 to 100).');
  }
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', '')) + 1 : 0;
  const nodes = items.slice(start, start + first);
  const end = start + nodes.length - 1;
  return {
    nodes,
    totalCount: items.length,
    pageInfo: { hasNextPage: end + 1 < items.length, endCursor: nodes.length ? Buffer.from(`cursor:${end}`).toString('base64') : null },
  };
}

// ---------------------------------------------------------------------------------------
// A small GitHub world for the merged-PR queries: repositories, branches, commits and PRs.

export interface WorldComment {
  body: string;
  author: string;
  association?: string;
}

export interface WorldPull {
  number: number;
  title?: string;
  body?: string;
  author?: string;
  association?: string;
  comments?: WorldComment[];
}

interface WorldCommit {
  oid: string;
  parents: string[];
  date: number;
  message: string;
  pull?: number;
}

export interface StoredPull extends WorldPull {
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  base: string;
  /** Head branch name. */
  head?: string;
  mergeCommit?: string;
  mergedAt?: number;
  commits: string[];
}

let oidCounter = 0;
function nextOid(): string {
  oidCounter++;
  return oidCounter.toString(16).padStart(8, '0').repeat(5);
}

/** One repository in the world, with helpers producing GitHub-shaped histories. */
export class WorldRepo {
  readonly commits = new Map<string, WorldCommit>();
  readonly pulls = new Map<number, StoredPull>();
  readonly branches = new Map<string, string>();
  /** Files of the default branch (path → text), for `object(expression: "<ref>:<path>")`. */
  readonly files = new Map<string, string>();
  /** The default branch's merge queue: PR numbers and the head commit of each entry, in queue order. */
  readonly queue: Array<{ pull: number; head: string }> = [];

  constructor(
    private readonly world: GitHubWorld,
    readonly owner: string,
    readonly name: string,
    readonly branch = 'main',
  ) {
    this.branches.set(branch, this.add([], 'initial commit'));
  }

  get head(): string {
    return this.branches.get(this.branch)!;
  }

  private add(parents: string[], message: string, pull?: number): string {
    const oid = nextOid();
    this.commits.set(oid, { oid, parents, date: this.world.tick(), message, pull });
    return oid;
  }

  /** A direct push to the branch (no PR). */
  push(message = 'direct push'): string {
    const oid = this.add([this.head], message);
    this.branches.set(this.branch, oid);
    return oid;
  }

  /** A PR merged with a merge commit (its own commit sits on a side branch). */
  merge(pr: WorldPull): string {
    const side = this.add([this.head], pr.title ?? `change ${pr.number}`, pr.number);
    const oid = this.add([this.head, side], `Merge pull request #${pr.number} from ${this.owner}/pr-${pr.number}`, pr.number);
    this.pulls.set(pr.number, { ...pr, state: 'MERGED', base: this.branch, mergeCommit: oid, mergedAt: this.commits.get(oid)!.date, commits: [side] });
    this.branches.set(this.branch, oid);
    return oid;
  }

  /** A branch of its own starting at the default branch's head (the head branch of a PR others stack on). */
  branchOff(name: string): void {
    this.branches.set(name, this.add([this.head], `start ${name}`));
  }

  /** A PR merged with a merge commit into `base`, another PR's branch: a stacked PR. */
  mergeInto(pr: WorldPull, base: string): string {
    const tip = this.branches.get(base)!;
    const side = this.add([tip], pr.title ?? `change ${pr.number}`, pr.number);
    const oid = this.add([tip, side], `Merge pull request #${pr.number} from ${this.owner}/pr-${pr.number}`, pr.number);
    this.pulls.set(pr.number, { ...pr, state: 'MERGED', base, head: `pr-${pr.number}`, mergeCommit: oid, mergedAt: this.commits.get(oid)!.date, commits: [side] });
    this.branches.set(base, oid);
    return oid;
  }

  /** A PR whose head is the branch `head` (made by branchOff), merged into the default branch with a merge commit. */
  mergeBranch(pr: WorldPull, head: string): string {
    const oid = this.add([this.head, this.branches.get(head)!], `Merge pull request #${pr.number} from ${this.owner}/${head}`, pr.number);
    this.pulls.set(pr.number, { ...pr, state: 'MERGED', base: this.branch, head, mergeCommit: oid, mergedAt: this.commits.get(oid)!.date, commits: [this.branches.get(head)!] });
    this.branches.set(this.branch, oid);
    return oid;
  }

  /**
   * Puts open PR `number` in the merge queue: its entry's head is a new commit on top of the
   * entry ahead (or the branch). Returns that head, the merge group's head_sha.
   */
  enqueue(number: number): string {
    const ahead = this.queue[this.queue.length - 1]?.head ?? this.head;
    const head = this.add([ahead, ...this.pulls.get(number)!.commits], `Merge pull request #${number} from ${this.owner}/pr-${number}`);
    this.queue.push({ pull: number, head });
    return head;
  }

  /** Whether `ancestor` is in the history of `oid`. */
  contains(oid: string, ancestor: string): boolean {
    return this.history(oid).some(c => c.oid === ancestor);
  }

  /** A squash-merged PR: one commit on the branch. */
  squash(pr: WorldPull): string {
    const oid = this.add([this.head], `${pr.title ?? 'change'} (#${pr.number})`, pr.number);
    this.pulls.set(pr.number, { ...pr, state: 'MERGED', base: this.branch, mergeCommit: oid, mergedAt: this.commits.get(oid)!.date, commits: [oid] });
    this.branches.set(this.branch, oid);
    return oid;
  }

  open(pr: WorldPull, state: 'OPEN' | 'CLOSED' = 'OPEN'): void {
    const side = this.add([this.head], pr.title ?? `change ${pr.number}`, pr.number);
    this.pulls.set(pr.number, { ...pr, state, base: this.branch, commits: [side] });
  }

  /** Commits reachable from `oid`, newest first (git log's default order). */
  history(oid: string): WorldCommit[] {
    const seen = new Set<string>();
    const stack = [oid];
    const out: WorldCommit[] = [];
    while (stack.length) {
      const c = this.commits.get(stack.pop()!)!;
      if (seen.has(c.oid)) continue;
      seen.add(c.oid);
      out.push(c);
      stack.push(...c.parents);
    }
    return out.sort((a, b) => b.date - a.date || (a.oid < b.oid ? 1 : -1));
  }
}

/** Every repository of a fake GitHub, answering the GraphQL fields Lockstep reads. */
export class GitHubWorld {
  private clock = Date.UTC(2026, 0, 1) / 1000;
  readonly repos: WorldRepo[] = [];

  tick(): number {
    return (this.clock += 60);
  }

  repo(full: string, branch = 'main'): WorldRepo {
    const [owner, name] = full.split('/');
    const repo = new WorldRepo(this, owner, name, branch);
    this.repos.push(repo);
    return repo;
  }

  find(owner: string, name: string): WorldRepo | undefined {
    return this.repos.find(r => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
  }

  /** The Query root for `serveGraphQL`. */
  root(): Record<string, unknown> {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const repo = this.find(owner, name);
        if (!repo) throw new NotFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
        return this.repository(repo);
      },
      node: ({ id }: { id: string }) => {
        const m = /^PR_(.+)\/(.+)#([0-9]+)$/.exec(id);
        const repo = m && this.find(m[1], m[2]);
        const pr = repo?.pulls.get(Number(m![3]));
        if (!repo || !pr) throw new NotFound(`Could not resolve to a node with the global id of '${id}'`);
        return this.pull(repo, pr);
      },
    };
  }

  private iso(seconds: number): string {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  }

  private repository(repo: WorldRepo): Record<string, unknown> {
    return {
      __typename: 'Repository',
      nameWithOwner: `${repo.owner}/${repo.name}`,
      ref: ({ qualifiedName }: { qualifiedName: string }) => {
        const branch = qualifiedName.replace(/^refs\/heads\//, '');
        const oid = repo.branches.get(branch);
        if (!oid) return null;
        return {
          __typename: 'Ref',
          name: branch,
          target: this.commit(repo, oid),
          // GitHub compares the ref (base) with a ref name or commit id (head).
          compare: ({ headRef }: { headRef: string }) => {
            const head = repo.branches.get(headRef) ?? (repo.commits.has(headRef) ? headRef : undefined);
            if (!head) return null;
            const behind = repo.contains(oid, head);
            const ahead = repo.contains(head, oid);
            return { __typename: 'Comparison', status: head === oid ? 'IDENTICAL' : behind ? 'BEHIND' : ahead ? 'AHEAD' : 'DIVERGED' };
          },
        };
      },
      object: ({ oid, expression }: { oid?: string; expression?: string }) => {
        if (oid !== undefined) return repo.commits.has(oid) ? this.commit(repo, oid) : null;
        // `<rev>:<path>` on the default branch (HEAD or its name), as GitHub reads a revision expression.
        const m = /^(.*?):(.*)$/.exec(expression ?? '');
        if (!m || (m[1] !== 'HEAD' && m[1] !== repo.branch)) return null;
        const path = m[2].replace(/\/$/, '');
        const text = repo.files.get(path);
        if (text !== undefined) return { __typename: 'Blob', text, isTruncated: false, isBinary: false, byteSize: text.length };
        const prefix = path ? `${path}/` : '';
        const names = [...repo.files.keys()].filter(f => f.startsWith(prefix)).map(f => f.slice(prefix.length));
        if (!names.length) return null;
        const entries = [...new Set(names.map(n => n.split('/')[0]))].map(n => ({ __typename: 'TreeEntry', name: n, type: names.includes(n) ? 'blob' : 'tree' }));
        return { __typename: 'Tree', entries };
      },
      mergeQueue: ({ branch }: { branch?: string }) =>
        (branch ?? repo.branch) !== repo.branch
          ? null
          : {
              __typename: 'MergeQueue',
              entries: (args: { first?: number; after?: string }) =>
                connection(
                  repo.queue.map((e, i) => ({ __typename: 'MergeQueueEntry', position: i + 1, headCommit: this.commit(repo, e.head), pullRequest: this.pull(repo, repo.pulls.get(e.pull)!) })),
                  args,
                ),
            },
      pullRequests: (args: { headRefName?: string; baseRefName?: string; states?: string[]; first?: number; after?: string }) =>
        connection(
          [...repo.pulls.values()]
            .filter(p => (args.headRefName === undefined || p.head === args.headRefName) && (args.baseRefName === undefined || p.base === args.baseRefName))
            .filter(p => !args.states || args.states.includes(p.state))
            .map(p => this.pull(repo, p)),
          args,
        ),
      pullRequest: ({ number }: { number: number }) => {
        const pr = repo.pulls.get(number);
        if (!pr) throw new NotFound(`Could not resolve to a PullRequest with the number of ${number}.`);
        return this.pull(repo, pr);
      },
    };
  }

  private commit(repo: WorldRepo, oid: string): Record<string, unknown> {
    const c = repo.commits.get(oid)!;
    return {
      __typename: 'Commit',
      oid,
      committedDate: this.iso(c.date),
      message: c.message,
      messageHeadline: c.message.split('\n')[0],
      parents: (args: { first?: number; after?: string }) => connection(c.parents.map(p => this.commit(repo, p)), args),
      history: (args: { first?: number; after?: string }) => connection(repo.history(oid).map(h => this.commit(repo, h.oid)), args),
      associatedPullRequests: (args: { first?: number; after?: string }) => {
        // GitHub: on the default branch, the merged PR that introduced the commit.
        const prs = [...repo.pulls.values()].filter(p => p.mergeCommit === oid || p.commits.includes(oid));
        return connection(prs.map(p => this.pull(repo, p)), args);
      },
    };
  }

  private pull(repo: WorldRepo, pr: StoredPull): Record<string, unknown> {
    const author = pr.author ?? 'octocat';
    return {
      __typename: 'PullRequest',
      id: `PR_${repo.owner}/${repo.name}#${pr.number}`,
      number: pr.number,
      title: pr.title ?? `change ${pr.number}`,
      body: pr.body ?? '',
      url: `https://github.com/${repo.owner}/${repo.name}/pull/${pr.number}`,
      state: pr.state,
      merged: pr.state === 'MERGED',
      mergedAt: pr.mergedAt ? this.iso(pr.mergedAt) : null,
      baseRefName: pr.base,
      mergeCommit: pr.mergeCommit ? this.commit(repo, pr.mergeCommit) : null,
      author: { __typename: 'User', login: author },
      authorAssociation: pr.association ?? 'MEMBER',
      comments: (args: { first?: number; after?: string }) =>
        connection(
          (pr.comments ?? []).map((c, i) => ({
            __typename: 'IssueComment',
            body: c.body,
            url: `https://github.com/${repo.owner}/${repo.name}/pull/${pr.number}#issuecomment-${i + 1}`,
            author: { __typename: 'User', login: c.author },
            authorAssociation: c.association ?? 'NONE',
          })),
          args,
        ),
    };
  }
}
