import { YamlSource, checkKeys, mapEntries, scalarString, toJS, type Node } from '../yaml.js';

/** One component repository of the product, as the release config names it. */
export interface RepositoryConfig {
  /** Short name used in version files (`repo-1`). */
  name: string;
  /** `owner/repo` on GitHub; required for `source: github` and GitHub deployers. */
  github?: string;
  /** Branch whose first-parent history is released. */
  branch: string;
  /** Local clone, for `source: git` (relative to the release config's folder). */
  path?: string;
  /** Deployer settings for this repository, validated by the deployer that reads them. */
  deploy?: Record<string, unknown>;
  /** Line of the repository's entry, for messages about it. */
  line: number;
}

export interface ReleaseConfig {
  file: string;
  /** Folder of version files, relative to the release config's folder. */
  versions: string;
  repositories: RepositoryConfig[];
  /** Default deployer settings for every repository. */
  deploy?: Record<string, unknown>;
}

const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Repository names end up in file names, env vars and logs: keep them plain. */
const REPO_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function parseReleaseConfig(text: string, file: string): ReleaseConfig {
  const src = new YamlSource(text, file);
  const top = mapEntries(src, src.root, 'release config');
  checkKeys(src, top, ['versions', 'repositories', 'deploy'], 'release config');
  const get = (k: string) => top.find(([key]) => key === k);

  const versionsEntry = get('versions');
  const versions = versionsEntry ? scalarString(src, versionsEntry[1], 'versions') : 'versions';

  const reposEntry = get('repositories');
  if (!reposEntry) throw src.error('release config: missing "repositories"', src.root);
  const repositories = mapEntries(src, reposEntry[1], 'repositories').map(([name, value, keyNode]): RepositoryConfig => {
    const what = `repositories.${name}`;
    if (!REPO_NAME.test(name)) throw src.error(`${what}: a repository name may hold only letters, digits, "_", "." and "-"`, keyNode);
    const fields = mapEntries(src, value, what);
    checkKeys(src, fields, ['github', 'branch', 'path', 'deploy'], what);
    const field = (k: string) => fields.find(([key]) => key === k)?.[1];
    const repo: RepositoryConfig = { name, branch: 'main', line: src.lineOf(keyNode) };
    const github = field('github');
    if (github !== undefined) {
      repo.github = scalarString(src, github, `${what}.github`);
      if (!OWNER_REPO.test(repo.github)) throw src.error(`${what}.github: "${repo.github}" is not owner/repo`, github);
    }
    const branch = field('branch');
    if (branch !== undefined) repo.branch = scalarString(src, branch, `${what}.branch`);
    const path = field('path');
    if (path !== undefined) repo.path = scalarString(src, path, `${what}.path`);
    const deploy = field('deploy');
    if (deploy !== undefined) repo.deploy = plainMap(src, deploy, `${what}.deploy`);
    return repo;
  });
  if (repositories.length === 0) throw src.error('repositories: list at least one repository', reposEntry[1]);

  const config: ReleaseConfig = { file, versions, repositories };
  const deployEntry = get('deploy');
  if (deployEntry) config.deploy = plainMap(src, deployEntry[1], 'deploy');
  return config;
}

function plainMap(src: YamlSource, node: Node | null, what: string): Record<string, unknown> {
  mapEntries(src, node, what);
  return toJS(node) as Record<string, unknown>;
}
