import { parseDependencyEntry, type BlockDependency } from '../deps/block.js';
import { YamlSource, checkKeys, isScalar, isSeq, mapEntries, scalarString, toJS, type Node } from '../yaml.js';

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

/**
 * Replaces the dependency blocks of one PR (`repository#number`, by config name) with the
 * dependencies listed here (none: `dependencies: []`). The way out when merged text cannot be
 * edited: a commit message in git mode, a block that fails the release.
 */
export interface DependencyOverride {
  repository: string;
  number: number;
  /** Refs resolve as they would in the PR's own text: `#N` is its repository. */
  dependencies: BlockDependency[];
  reason?: string;
  /** Line of the override's key in the release config. */
  line: number;
}

export interface ReleaseConfig {
  file: string;
  /** Folder of version files, relative to the release config's folder. */
  versions: string;
  repositories: RepositoryConfig[];
  /** Default deployer settings for every repository. */
  deploy?: Record<string, unknown>;
  /** Dependency overrides, in config order (empty when the config has none). */
  overrides: DependencyOverride[];
}

const OVERRIDE_KEY = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)#([1-9][0-9]{0,8})$/;

const OWNER_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** Repository names end up in file names, env vars and logs: keep them plain. */
const REPO_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function parseReleaseConfig(text: string, file: string): ReleaseConfig {
  const src = new YamlSource(text, file);
  const top = mapEntries(src, src.root, 'release config');
  checkKeys(src, top, ['versions', 'repositories', 'deploy', 'overrides'], 'release config');
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

  const overridesEntry = get('overrides');
  const overrides = overridesEntry ? parseOverrides(src, overridesEntry[1], repositories) : [];
  const config: ReleaseConfig = { file, versions, repositories, overrides };
  const deployEntry = get('deploy');
  if (deployEntry) config.deploy = plainMap(src, deployEntry[1], 'deploy');
  return config;
}

function parseOverrides(src: YamlSource, node: Node | null, repositories: readonly RepositoryConfig[]): DependencyOverride[] {
  // `overrides:` with nothing under it: a section kept in the file for later.
  if (node === null || (isScalar(node) && node.value === null)) return [];
  return mapEntries(src, node, 'overrides').map(([key, value, keyNode]): DependencyOverride => {
    const what = `overrides."${key}"`;
    const m = OVERRIDE_KEY.exec(key);
    if (!m) throw src.error(`${what}: name the pull request as <repository>#<number> with the repository's name in this file (api#87)`, keyNode);
    if (!repositories.some(r => r.name === m[1])) {
      throw src.error(`${what}: "${m[1]}" is not a repository of this file (${repositories.map(r => r.name).join(', ')})`, keyNode);
    }
    const fields = mapEntries(src, value, what);
    checkKeys(src, fields, ['dependencies', 'reason'], what);
    const deps = fields.find(([k]) => k === 'dependencies');
    if (!deps) throw src.error(`${what}: missing "dependencies" (a list of "- pull: owner/repo#N", or [] for none)`, value);
    const list = deps[1];
    if (!isSeq(list)) throw src.error(`${what}.dependencies must be a list ([] for none)`, list ?? deps[2]);
    const override: DependencyOverride = {
      repository: m[1],
      number: Number(m[2]),
      dependencies: (list.items as Node[]).map(item => parseDependencyEntry(src, item)),
      line: src.lineOf(keyNode),
    };
    const reason = fields.find(([k]) => k === 'reason');
    if (reason) override.reason = scalarString(src, reason[1], `${what}.reason`);
    return override;
  });
}

function plainMap(src: YamlSource, node: Node | null, what: string): Record<string, unknown> {
  mapEntries(src, node, what);
  return toJS(node) as Record<string, unknown>;
}
