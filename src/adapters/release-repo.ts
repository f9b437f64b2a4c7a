import { readFile } from 'node:fs/promises';
import { dirname, posix, relative, resolve } from 'node:path';
import { parseReleaseConfig, type ReleaseConfig } from '../core/config/release.js';
import { LockstepError } from '../core/errors.js';
import { parseVersionFile, type VersionFile } from '../core/versions/version-file.js';
import type { GitHubClient } from './github/client.js';
import { readRepositoryPaths } from './github/contents.js';
import { VersionStore, versionFileNames } from './version-store.js';

/** A release repository as the jobs see it: its parsed config and its folder of version files. */
export interface ReleaseContext {
  config: ReleaseConfig;
  /** The config's raw text, for readers of sections with positions of their own (deploy settings). */
  text: string;
  /** Folder of the config file: `path:` and `versions:` are relative to it. */
  configDir: string;
  store: VersionStore;
}

/** Reads and parses the release config (relative to `workspace`) and opens its version store. */
export async function openRelease(configPath: string, workspace: string): Promise<ReleaseContext> {
  const path = resolve(workspace, configPath);
  const display = relative(workspace, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new LockstepError('release config not found (set the config input or --config)', { file: display });
  }
  const config = parseReleaseConfig(text, display);
  const configDir = dirname(path);
  return { config, text, configDir, store: new VersionStore(resolve(configDir, config.versions), workspace) };
}

/** What a PR check needs of a release repository: its config and its newest version. */
export interface ReleaseSnapshot {
  config: ReleaseConfig;
  last: VersionFile;
  /** Folder of the config in a local checkout (for `path:` of git sources); absent on GitHub. */
  configDir?: string;
}

/** A local release repository (a checkout, or the CLI's folder). */
export async function readLocalRelease(configPath: string, workspace: string): Promise<ReleaseSnapshot & { ctx: ReleaseContext }> {
  const ctx = await openRelease(configPath, workspace);
  const last = await ctx.store.latest();
  if (!last) throw noVersionYet(relative(workspace, ctx.store.dir) || '.', ctx.config.file);
  return { config: ctx.config, last, configDir: ctx.configDir, ctx };
}

export interface RemoteRelease {
  owner: string;
  name: string;
  /** Branch, tag or commit; empty: the default branch. */
  ref: string;
  /** Path of the release config in that repository. */
  config: string;
}

/**
 * The release config and newest version file of a release repository on GitHub, without a
 * checkout: one query for the config and the default versions folder, one for the newest file
 * (one more when the config names another folder).
 */
export async function readRemoteRelease(client: GitHubClient, repo: RemoteRelease): Promise<ReleaseSnapshot> {
  const at = `${repo.owner}/${repo.name}${repo.ref ? `@${repo.ref}` : ''}`;
  const configPath = posix.normalize(repo.config.replace(/^\/+/, ''));
  if (configPath.startsWith('..')) throw new LockstepError(`release-config: "${repo.config}" leaves the repository`);
  const folderOf = (versions: string) => posix.normalize(posix.join(posix.dirname(configPath), versions));
  const guess = folderOf('versions');
  const [configFile, guessed] = await readRepositoryPaths(client, repo, [configPath, guess]);
  const file = `${at}:${configPath}`;
  if (configFile.kind !== 'file') throw new LockstepError('release config not found (set release-repository, release-ref and release-config)', { file });
  const config = parseReleaseConfig(configFile.text, file);
  const folderPath = folderOf(config.versions);
  if (folderPath.startsWith('..')) throw new LockstepError(`versions: "${config.versions}" leaves the repository`, { file });
  const folder = folderPath === guess ? guessed : (await readRepositoryPaths(client, repo, [folderPath]))[0];
  const names = folder.kind === 'folder' ? versionFileNames(folder.names, name => `${at}:${folderPath}/${name}`) : new Map<number, string>();
  const newest = [...names].pop();
  if (!newest) throw noVersionYet(`${at}:${folderPath}`, file);
  const path = `${folderPath}/${newest[1]}`;
  const [text] = await readRepositoryPaths(client, repo, [path]);
  if (text.kind !== 'file') throw new LockstepError(`version ${newest[0]} could not be read`, { file: `${at}:${path}` });
  return { config, last: parseVersionFile(text.text, `${at}:${path}`, newest[0]) };
}

function noVersionYet(folder: string, configFile: string): LockstepError {
  return new LockstepError(`no version file yet in ${folder}: write version 1 first with \`lockstep bootstrap\` (or the action with mode: bootstrap)`, { file: configFile });
}
