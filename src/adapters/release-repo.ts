import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseReleaseConfig, type ReleaseConfig } from '../core/config/release.js';
import { LockstepError } from '../core/errors.js';
import { VersionStore } from './version-store.js';

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
