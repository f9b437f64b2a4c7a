import { relative, resolve } from 'node:path';
import { type ReleaseConfig, type RepositoryConfig } from '../core/config/release.js';
import { LockstepError, LockstepErrors } from '../core/errors.js';
import { extractDependencies, outsideTargets } from '../core/deps/extract.js';
import { planRelease, type OnUnmerged, type Plan } from '../core/deps/plan.js';
import { planText, summaryMarkdown } from '../core/deps/render.js';
import { bootstrapVersion, nextVersion } from '../core/deps/version.js';
import type { HeldPull, Step, VersionFile } from '../core/versions/version-file.js';
import { code, plain, table } from '../core/markdown.js';
import type { Reporter } from '../core/reporter.js';
import type { PullSource, ReleaseContext, Releases } from './ports.js';

export type { ReleaseContext };

export interface ResolveOptions {
  /** Release config path (absolute, or relative to `workspace`). */
  config: string;
  /** Paths in messages are relative to this folder (the Actions workspace, the CLI's cwd). */
  workspace: string;
  /** Where the release config and its version files are read (and the new one written). */
  releases: Releases;
  /** The source of merged PRs for this config (git clones or the GitHub API). */
  source: (ctx: ReleaseContext) => PullSource | Promise<PullSource>;
  onUnmerged: OnUnmerged;
  /** Write the version file (false: only print the plan). */
  write: boolean;
  /** States the exact step search may visit. */
  budget?: number;
}

export interface ResolveResult {
  changed: boolean;
  version?: VersionFile;
  /** Path of the written (or, without `write`, the would-be) version file, relative to the workspace. */
  versionFile?: string;
  steps: Step[];
  held: HeldPull[];
}

/**
 * The next version file from the PRs merged since the newest one: reads every repository's
 * window, parses the dependency blocks, plans the release and (when asked) writes it. A cycle,
 * a malformed block or a missing target stops it before anything is written.
 */
export async function resolveDeps(options: ResolveOptions, reporter: Reporter): Promise<ResolveResult> {
  const { ctx, last } = await options.releases.latest(options.config, options.workspace);
  const { config, store } = ctx;
  const configured = new Set(config.repositories.map(r => r.name));
  for (const name of Object.keys(last.repositories)) {
    if (!configured.has(name)) reporter.warning(`repository "${name}" is in version ${last.version} but no longer in the release config: the next version leaves it out`, { file: config.file });
  }
  // A repository the newest version does not name is adopted: pinned at its branch head, deployed first.
  const adopted = new Set(config.repositories.filter(r => last.repositories[r.name] === undefined).map(r => r.name));
  const source = await options.source(ctx);

  const windows = await reporter.group('Reading merged pull requests', async () => {
    const read = await source.windows(config.repositories.map(repo => ({ repo, released: last.repositories[repo.name] })));
    for (const w of read) {
      if (adopted.has(w.repository)) reporter.info(`${w.repository}: not in version ${last.version}: adopted at its head ${w.head.slice(0, 7)}`);
      else reporter.info(`${w.repository}: ${w.changes.length} change(s) since ${w.released.slice(0, 7)} (head ${w.head.slice(0, 7)})`);
    }
    return read;
  });

  const extraction = extractDependencies(windows, config.repositories, config.overrides, config.file);
  for (const w of extraction.warnings) reporter.warning(w.message, w.location);
  if (extraction.errors.length) throw extraction.errors.length === 1 ? extraction.errors[0] : new LockstepErrors(extraction.errors);

  // Every repository has a window (an adopted one: empty, released at its head), so a PR of an
  // adopted repository counts only when its head contains it, like any released PR.
  const byName = new Map<string, RepositoryConfig>(config.repositories.map(r => [r.name, r]));
  const targets = outsideTargets(windows, extraction.dependencies).flatMap(t => {
    const repo = byName.get(t.repository);
    return repo ? [{ repo, number: t.number }] : [];
  });
  const outside = targets.length ? await source.lookup(targets, windows) : new Map();

  const plan = planRelease({ windows, dependencies: extraction.dependencies, outside, onUnmerged: options.onUnmerged, budget: options.budget });
  if (!plan.optimal) reporter.warning('the exact step search ran out of budget: the steps come from a beam and neighbourhood search and may not be the fewest');
  const added = windows.filter(w => adopted.has(w.repository)).map(w => ({ repository: w.repository, head: w.head }));

  const drafted = nextVersion(last, windows, plan, added, extraction.overrides);
  const version = drafted && inConfigOrder(drafted, config);
  const steps = version?.steps ?? [];
  const held = heldPulls(plan);
  reporter.summary([summaryMarkdown(version?.version, steps, held, windows, plan), ...adoptionMarkdown(added, last.version)].join('\n\n'));
  await reporter.group(version ? `Version ${version.version}` : 'Nothing to release', async () => {
    for (const line of planText(steps, held)) reporter.info(line);
  });
  for (const h of held) reporter.warning(`${h.repository}#${h.number} held back: ${h.reason}`);

  if (!version) return { changed: false, steps, held };
  const target = relative(options.workspace, resolve(store.dir, `${version.version}.yaml`));
  if (!options.write) return { changed: true, version, versionFile: target, steps, held };
  const written = await store.write(version);
  reporter.info(`wrote ${relative(options.workspace, written)}`);
  return { changed: true, version, versionFile: relative(options.workspace, written), steps, held };
}

/** The notice a reader of the summary needs: which repositories this version starts deploying, and from where. */
function adoptionMarkdown(added: ReadonlyArray<{ repository: string; head: string }>, previous: number): string[] {
  if (!added.length) return [];
  return [
    `### Adopted\n\nNot in version ${previous}: pinned at the branch head, deployed first. A dependency on one of their PRs counts only when that head contains it.`,
    table(['repository', 'head'], added.map(a => [plain(a.repository), code(a.head.slice(0, 7))])),
  ];
}

function heldPulls(plan: Plan): HeldPull[] {
  return plan.held.filter(h => h.pull !== undefined).map(h => ({ repository: h.repository, number: h.pull!, reason: h.reason }));
}

function inConfigOrder(v: VersionFile, config: ReleaseConfig): VersionFile {
  const repositories = Object.fromEntries(config.repositories.filter(r => r.name in v.repositories).map(r => [r.name, v.repositories[r.name]]));
  return { ...v, repositories };
}

export interface BootstrapOptions {
  config: string;
  workspace: string;
  releases: Pick<Releases, 'open'>;
  source: (ctx: ReleaseContext) => PullSource | Promise<PullSource>;
  write: boolean;
}

/** Version 1: pins every repository's current head, deployed in config order. Refuses when versions exist. */
export async function bootstrap(options: BootstrapOptions, reporter: Reporter): Promise<ResolveResult> {
  const ctx = await options.releases.open(options.config, options.workspace);
  const existing = await ctx.store.list();
  if (existing.length) {
    throw new LockstepError(`version ${existing[existing.length - 1]} already exists: bootstrap only writes version 1 (use resolve)`, { file: ctx.config.file });
  }
  const heads = await (await options.source(ctx)).heads(ctx.config.repositories);
  const version = bootstrapVersion(ctx.config.repositories.map((r, i) => ({ repository: r.name, head: heads[i] })));
  for (const line of planText(version.steps, [])) reporter.info(line);
  reporter.summary(['## resolve-deps: version 1 (bootstrap)', '', table(['#', 'repository', 'commit'], version.steps.map((s, i) => [String(i + 1), plain(s.repository), code(s.commit.slice(0, 7))]))].join('\n'));
  const target = relative(options.workspace, resolve(ctx.store.dir, '1.yaml'));
  if (!options.write) return { changed: true, version, versionFile: target, steps: version.steps, held: [] };
  const written = await ctx.store.write(version);
  reporter.info(`wrote ${relative(options.workspace, written)}`);
  return { changed: true, version, versionFile: relative(options.workspace, written), steps: version.steps, held: [] };
}
