import { LockstepError } from '../../core/errors.js';
import type { GitHubClient } from './client.js';
import { query } from './pulls.js';

/** A file's text or a folder's entry names, as one revision of a repository holds them. */
export type RepositoryPath = { kind: 'file'; text: string } | { kind: 'folder'; names: string[] } | { kind: 'missing' };

interface ObjectNode {
  __typename: string;
  text?: string | null;
  isTruncated?: boolean;
  isBinary?: boolean | null;
  entries?: Array<{ name: string; type: string }> | null;
}

/**
 * Files and folders of `owner/name` at `ref` (a branch, tag or commit; empty: the default
 * branch), all in one GraphQL query: `object(expression: "<ref>:<path>")`.
 */
export async function readRepositoryPaths(client: GitHubClient, repo: { owner: string; name: string; ref: string }, paths: readonly string[]): Promise<RepositoryPath[]> {
  const vars: Record<string, unknown> = { o: repo.owner, n: repo.name };
  const decls = ['$o: String!', '$n: String!'];
  const fields = paths.map((path, k) => {
    decls.push(`$e${k}: String!`);
    vars[`e${k}`] = `${repo.ref || 'HEAD'}:${path}`;
    return `p${k}: object(expression: $e${k}) { __typename ... on Blob { text isTruncated isBinary } ... on Tree { entries { name type } } }`;
  });
  const data = await query<{ repository: Record<string, ObjectNode | null> | null }>(client, `query Paths(${decls.join(', ')}) {\n  repository(owner: $o, name: $n) { ${fields.join(' ')} }\n}`, vars);
  if (!data.repository) throw new LockstepError(`repository ${repo.owner}/${repo.name} not found (or the token cannot read it)`);
  return paths.map((path, k): RepositoryPath => {
    const node = data.repository![`p${k}`];
    if (!node) return { kind: 'missing' };
    if (node.__typename === 'Tree') return { kind: 'folder', names: (node.entries ?? []).filter(e => e.type === 'blob').map(e => e.name) };
    if (node.__typename !== 'Blob') return { kind: 'missing' };
    const where = `${repo.owner}/${repo.name}:${path}`;
    if (node.isBinary || node.text == null) throw new LockstepError(`${where} is not a text file`);
    if (node.isTruncated) throw new LockstepError(`${where} is too large for GitHub to return its text`);
    return { kind: 'file', text: node.text };
  });
}
