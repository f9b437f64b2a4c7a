import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { type ReleaseConfig, type RepositoryConfig } from '../core/config/release.js';
import { LockstepError, LockstepErrors } from '../core/errors.js';
import { extractDependencies, outsideTargets, readPullTexts } from '../core/deps/extract.js';
import { planRelease, type OnUnmerged, type Plan } from '../core/deps/plan.js';
import { planText, summaryMarkdown } from '../core/deps/render.js';
import { bootstrapVersion, nextVersion } from '../core/deps/version.js';
import type { HeldPull, Step, VersionFile } from '../core/versions/version-file.js';
import type { PullSource } from '../adapters/pull-source.js';
import type { GitHubClient } from '../adapters/github/client.js';
import { fetchPulls, pullTexts, type PullLookup } from '../adapters/github/pulls.js';
import type { PullText } from '../core/deps/model.js';
import type { PullRef } from '../core/deps/refs.js';
import { openRelease, type ReleaseContext } from '../adapters/release-repo.js';
import type { Reporter } from '../core/reporter.js';

export type { ReleaseContext };

export interface ResolveOptions {
  /** Release config path (absolute, or relative to `workspace`). */
  config: string;
  /** Paths in messages are relative to this folder (the Actions workspace, the CLI's cwd). */
  workspace: string;
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
  const ctx = await openRelease(options.config, options.workspace);
  const { config, store } = ctx;
  const last = await store.latest();
  if (!last) {
    throw new LockstepError(
      `no version file yet in ${relative(options.workspace, store.dir) || '.'}: write version 1 first with \`lockstep bootstrap\` (or the action with mode: bootstrap)`,
      { file: config.file },
    );
  }
  const configured = new Set(config.repositories.map(r => r.name));
  for (const name of Object.keys(last.repositories)) {
    if (!configured.has(name)) reporter.warning(`repository "${name}" is in version ${last.version} but no longer in the release config: the next version leaves it out`, { file: config.file });
  }
  const existing = config.repositories.filter(r => last.repositories[r.name] !== undefined);
  const addedRepos = config.repositories.filter(r => last.repositories[r.name] === undefined);
  const source = await options.source(ctx);

  const windows = await reporter.group('Reading merged pull requests', async () => {
    const read = await source.windows(existing.map(repo => ({ repo, released: last.repositories[repo.name] })));
    for (const w of read) reporter.info(`${w.repository}: ${w.changes.length} change(s) since ${w.released.slice(0, 7)} (head ${w.head.slice(0, 7)})`);
    return read;
  });

  const extraction = extractDependencies(windows, config.repositories);
  for (const w of extraction.warnings) reporter.warning(w);
  if (extraction.errors.length) throw extraction.errors.length === 1 ? extraction.errors[0] : new LockstepErrors(extraction.errors);

  const byName = new Map<string, RepositoryConfig>(config.repositories.map(r => [r.name, r]));
  const targets = outsideTargets(windows, extraction.dependencies).flatMap(t => {
    const repo = byName.get(t.repository);
    return repo && last.repositories[repo.name] !== undefined ? [{ repo, number: t.number }] : [];
  });
  const outside = targets.length ? await source.lookup(targets, windows) : new Map();
  // A dependency on a repository new to the config: its whole history ships in this version's first steps.
  for (const d of extraction.dependencies) {
    if (addedRepos.some(r => r.name === d.target.repository)) outside.set(`${d.target.repository}#${d.target.number}`, { state: 'released' });
  }

  const plan = planRelease({ windows, dependencies: extraction.dependencies, outside, onUnmerged: options.onUnmerged, budget: options.budget });
  if (!plan.optimal) reporter.warning('the step search ran out of budget: the steps follow a greedy order and may not be the fewest');
  const addedHeads = addedRepos.length ? await source.heads(addedRepos) : [];
  const added = addedRepos.map((r, i) => ({ repository: r.name, head: addedHeads[i] }));
  for (const a of added) reporter.info(`${a.repository} is new in the release config: pinned at its head ${a.head.slice(0, 7)}`);

  const drafted = nextVersion(last, windows, plan, added);
  const version = drafted && inConfigOrder(drafted, config);
  const steps = version?.steps ?? [];
  const held = heldPulls(plan);
  reporter.summary(summaryMarkdown(version?.version, steps, held, windows, plan));
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
  source: (ctx: ReleaseContext) => PullSource | Promise<PullSource>;
  write: boolean;
}

/** Version 1: pins every repository's current head, deployed in config order. Refuses when versions exist. */
export async function bootstrap(options: BootstrapOptions, reporter: Reporter): Promise<ResolveResult> {
  const ctx = await openRelease(options.config, options.workspace);
  const existing = await ctx.store.list();
  if (existing.length) {
    throw new LockstepError(`version ${existing[existing.length - 1]} already exists: bootstrap only writes version 1 (use resolve)`, { file: ctx.config.file });
  }
  const heads = await (await options.source(ctx)).heads(ctx.config.repositories);
  const version = bootstrapVersion(ctx.config.repositories.map((r, i) => ({ repository: r.name, head: heads[i] })));
  for (const line of planText(version.steps, [])) reporter.info(line);
  reporter.summary(['## resolve-deps: version 1 (bootstrap)', '', '| # | repository | commit |', '|---|---|---|', ...version.steps.map((s, i) => `| ${i + 1} | ${s.repository} | \`${s.commit.slice(0, 7)}\` |`)].join('\n'));
  const target = relative(options.workspace, resolve(ctx.store.dir, '1.yaml'));
  if (!options.write) return { changed: true, version, versionFile: target, steps: version.steps, held: [] };
  const written = await ctx.store.write(version);
  reporter.info(`wrote ${relative(options.workspace, written)}`);
  return { changed: true, version, versionFile: relative(options.workspace, written), steps: version.steps, held: [] };
}

export interface CheckOptions {
  /** The `pull_request` event payload (GITHUB_EVENT_PATH). */
  eventPath: string;
  client: GitHubClient;
  /** How many PRs the cycle search may read, following dependencies transitively. */
  limit?: number;
}

export interface CheckResult {
  pull: string;
  errors: number;
  unmerged: Array<{ pull: string; state: string }>;
}

interface PullEvent {
  pull_request?: { number?: number; body?: string | null; user?: { login?: string } };
  repository?: { full_name?: string };
}

/**
 * `mode: check` on a component repository's pull request: its dependency blocks are parsed,
 * every target looked up, and the targets' own dependencies followed to find a cycle this PR
 * would close. Problems become annotations (malformed block with its line, missing target,
 * cycle) and warnings (target not merged yet); nothing is written.
 */
export async function checkPull(options: CheckOptions, reporter: Reporter): Promise<CheckResult> {
  let event: PullEvent;
  try {
    event = JSON.parse(await readFile(options.eventPath, 'utf8')) as PullEvent;
  } catch (e) {
    throw new LockstepError(`cannot read the event payload ${options.eventPath}: ${(e as Error).message}`);
  }
  const number = event.pull_request?.number;
  const full = event.repository?.full_name;
  if (!number || !full || !full.includes('/')) throw new LockstepError('mode check runs on a pull_request event (no pull request in the event payload)');
  const self = `${full}#${number}`;
  const [owner, name] = full.split('/');
  const [pr] = await fetchPulls(options.client, [{ owner, name, number }]);
  const texts: PullText[] = pr ? pullTexts(pr) : [{ kind: 'description', body: event.pull_request?.body ?? '' }];
  const author = pr?.author?.login ?? event.pull_request?.user?.login;

  const parsed = readPullTexts(self, texts, author);
  for (const w of parsed.warnings) reporter.warning(w);
  for (const e of parsed.errors) reporter.error(e.message, e.location);
  let errors = parsed.errors.length;

  const targets = parsed.dependencies
    .map(d => ({ ...d, target: qualify(d.ref, full) }))
    .filter(t => {
      const isSelf = `${t.target.owner}/${t.target.name}#${t.target.number}`.toLowerCase() === self.toLowerCase();
      if (isSelf) reporter.warning(`dependency "${t.text}" names this PR itself: ignored`, { file: t.label, line: t.line });
      return !isSelf;
    });
  const found = await fetchPulls(options.client, targets.map(t => t.target));
  const unmerged: CheckResult['unmerged'] = [];
  const rows: string[] = [];
  targets.forEach((t, i) => {
    const key = `${t.target.owner}/${t.target.name}#${t.target.number}`;
    const p = found[i];
    let status: string;
    if (!p) {
      reporter.error(`dependency "${t.text}": ${key} does not exist (or the token cannot read it)`, { file: t.label, line: t.line });
      errors++;
      status = 'does not exist';
    } else if (!p.merged) {
      reporter.warning(`dependency "${t.text}": ${key} is not merged yet (${p.state.toLowerCase()}); this PR will be held back until it is`, { file: t.label, line: t.line });
      unmerged.push({ pull: key, state: p.state.toLowerCase() });
      status = `not merged (${p.state.toLowerCase()})`;
    } else {
      status = 'merged';
    }
    rows.push(`| ${key} | ${t.isCompatible} | ${status} |`);
  });

  const cycle = await findCycleThrough(options.client, self, targets.map(t => t.target), options.limit ?? 200);
  if (cycle) {
    reporter.error(`merging ${self} would close a dependency cycle: ${cycle.join(' → ')}`, { file: `${self} description` });
    errors++;
  }
  reporter.summary(
    [
      `## resolve-deps check: ${self}`,
      targets.length ? ['| depends on | is_compatible | status |', '|---|---|---|', ...rows].join('\n') : 'No dependency block.',
      cycle ? `**Cycle:** ${cycle.join(' → ')}` : '',
      errors ? `**${errors} problem(s)** (see the annotations).` : 'No problems found.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return { pull: self, errors, unmerged };
}

function qualify(ref: PullRef, fromFull: string): PullLookup {
  const [owner, name] = fromFull.split('/');
  if (ref.kind === 'self') return { owner, name, number: ref.number };
  if (ref.kind === 'short') return { owner, name: ref.repo, number: ref.number };
  return { owner: ref.owner, name: ref.repo, number: ref.number };
}

/** Follows dependency blocks from `start`'s targets, one batched query per level, until it returns to `start`. */
async function findCycleThrough(client: GitHubClient, start: string, first: PullLookup[], limit: number): Promise<string[] | undefined> {
  const norm = (p: PullLookup) => `${p.owner}/${p.name}#${p.number}`;
  const parent = new Map<string, string>();
  let level = first.filter(p => {
    const k = norm(p);
    // A PR naming itself is no cycle (the release resolver ignores it too).
    if (parent.has(k) || k.toLowerCase() === start.toLowerCase()) return false;
    parent.set(k, start);
    return true;
  });
  let read = 0;
  while (level.length && read < limit) {
    const batch = level.slice(0, limit - read);
    read += batch.length;
    const pulls = await fetchPulls(client, batch);
    const next: PullLookup[] = [];
    for (const [i, p] of batch.entries()) {
      const pr = pulls[i];
      if (!pr) continue;
      const from = norm(p);
      for (const dep of readPullTexts(from, pullTexts(pr), pr.author?.login).dependencies) {
        const target = qualify(dep.ref, `${p.owner}/${p.name}`);
        const k = norm(target);
        if (k.toLowerCase() === start.toLowerCase()) {
          const path = [from, start];
          for (let at = parent.get(from); at !== undefined && at !== start; at = parent.get(at)) path.unshift(at);
          return withVerbs([start, ...path]);
        }
        if (parent.has(k)) continue;
        parent.set(k, from);
        next.push(target);
      }
    }
    level = next;
  }
  return undefined;
}

function withVerbs(path: string[]): string[] {
  return path.slice(0, -1).map((p, i) => `${p} needs ${path[i + 1]}`);
}
