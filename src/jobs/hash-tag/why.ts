import { resolve } from 'node:path';
import { LockstepError } from '../../core/errors.js';
import { workspacePath } from '../../core/tag/paths.js';
import { computeTags, type TaggedImage } from '../../core/tag/tags.js';
import { diffManifests, type ManifestChange } from '../../core/tag/why.js';
import type { Reporter } from '../../core/reporter.js';
import type { Snapshots, TreeSnapshot } from '../ports.js';
import { analyzeTree } from './analyse.js';

export interface WhyOptions {
  workspace: string;
  config?: string;
  image: string;
  /**
   * The older tree: a revision. Default `HEAD`; with neither `from` nor `to` and a working tree
   * that gives HEAD's tag, the last commit is explained instead (`HEAD~1` → `HEAD`).
   */
  from?: string;
  /** The newer tree: a revision, or the working tree when omitted. */
  to?: string;
  /** The two trees compared. */
  snapshots: Snapshots;
}

export interface WhyResult {
  image: string;
  from: { label: string; tag?: string };
  to: { label: string; tag?: string };
  changes: ManifestChange[];
  /** For each base whose tag changed, why it did (recursively). */
  bases: WhyResult[];
}

/**
 * "Why did my tag change?": computes the image's manifest in two trees (two commits, or a
 * commit and the working tree) and names the files, arguments and bases that differ; a base
 * whose tag changed is explained in turn, down to the file that started it.
 */
export async function whyTagChanged(options: WhyOptions, reporter: Pick<Reporter, 'warning'>): Promise<WhyResult> {
  const workspace = resolve(options.workspace);
  const configPath = workspacePath(options.config ?? 'images.yaml', workspace, 'config');
  const tagsOf = async (snapshot: TreeSnapshot, older: boolean) => {
    try {
      return new Map(computeTags(await analyzeTree(snapshot, configPath)).map(i => [i.name, i]));
    } catch (e) {
      // A tree from before the images config existed: every image is new in the later one.
      if (older && e instanceof LockstepError && e.location.file === configPath && e.location.line === undefined) return new Map<string, TaggedImage>();
      throw e;
    }
  };
  const { snapshots } = options;
  let fromSnapshot = await snapshots.commit(workspace, options.from ?? 'HEAD');
  let toSnapshot = options.to ? await snapshots.commit(workspace, options.to) : snapshots.worktree(workspace, message => reporter.warning(message));
  let [before, after] = await Promise.all([tagsOf(fromSnapshot, true), tagsOf(toSnapshot, false)]);
  if (options.from === undefined && options.to === undefined && before.get(options.image)?.tag === after.get(options.image)?.tag) {
    // A clean working tree: the question is then what the last commit changed.
    const parent = await snapshots.commit(workspace, 'HEAD~1').catch(() => undefined);
    if (parent) {
      [toSnapshot, after] = [fromSnapshot, before];
      fromSnapshot = parent;
      before = await tagsOf(parent, true);
    }
  }
  if (!before.has(options.image) && !after.has(options.image)) {
    throw new LockstepError(`unknown image "${options.image}" (configured: ${[...after.keys()].sort().join(', ')})`, { file: configPath });
  }
  const explain = (name: string): WhyResult => {
    const a = before.get(name);
    const b = after.get(name);
    const changes = a && b ? diffManifests(a.manifest, b.manifest) : [];
    return {
      image: name,
      from: { label: fromSnapshot.label, tag: a?.tag },
      to: { label: toSnapshot.label, tag: b?.tag },
      changes,
      bases: changes.filter(c => c.kind === 'base' && c.before !== undefined && c.after !== undefined).map(c => explain(c.name)),
    };
  };
  return explain(options.image);
}
