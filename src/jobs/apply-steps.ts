import { basename, relative, resolve } from 'node:path';
import type { ReleaseConfig } from '../core/config/release.js';
import { isLockstepError, LockstepError } from '../core/errors.js';
import { deploySettingsFor, parseDeploySections, type DeployInputs, type DeploySettings } from '../core/rollout/deploy-settings.js';
import { HoldLost, type Holder } from '../core/rollout/lock.js';
import { pendingSteps, planRollout, type RolloutPlan } from '../core/rollout/plan.js';
import { describeStep, renderPlan } from '../core/rollout/render.js';
import { lastAttempt, type DeployerRef, type PlannedStep, type RolloutState } from '../core/rollout/state.js';
import type { VersionFile } from '../core/versions/version-file.js';
import { code, plain, table } from '../core/markdown.js';
import type { Reporter } from '../core/reporter.js';
import { renderStatus } from '../core/rollout/status.js';
import type { Deployer, DeployerSource, ReleaseContext, Releases, StateStore } from './ports.js';
import { readStatus } from './status.js';

export interface ApplyOptions {
  /** release.yaml (absolute, or relative to `workspace`). */
  config: string;
  /** Paths in messages are relative to this folder (the Actions workspace, the CLI's cwd). */
  workspace: string;
  environment: string;
  /** A version number or a version file's path; default the newest version file. */
  version?: string;
  /** Deployer settings used where release.yaml says nothing. */
  deploy: DeployInputs;
  /** Where the release config and its version files are read. */
  releases: Pick<Releases, 'open'>;
  /** The GitHub web address links in the plan point at (`GITHUB_SERVER_URL`). */
  serverUrl: string;
  store: StateStore;
  deployers: DeployerSource;
  holder: Holder;
  breakLock?: boolean;
  /** Aborted on SIGINT/SIGTERM: the running step is stopped and recorded as cancelled, no further step starts. */
  signal?: AbortSignal;
}

/** One step this run ran (or found done), for the `applied` output and the summary. */
export interface AppliedStep {
  kind: 'deploy' | 'rollback';
  version: number;
  step: number;
  total: number;
  repository: string;
  commit: string;
  /** `done earlier` appears only in the summary: the `applied` output lists this run's steps. */
  status: 'finished' | 'failed' | 'cancelled' | 'done earlier';
  durationMs?: number;
  url?: string;
}

export interface ApplyResult {
  from?: number;
  to: number;
  direction: RolloutPlan['direction'];
  /** Steps run by this run, in order (not those an earlier run finished). */
  applied: AppliedStep[];
  /** The plan, as markdown. */
  plan: string;
}

/** A failed step: the rollout stopped; `result` holds what this run did before it. */
export class RolloutFailed extends LockstepError {
  constructor(
    message: string,
    location: LockstepError['location'],
    details: string[],
    readonly result: ApplyResult,
  ) {
    super(message, location, details);
    this.name = 'RolloutFailed';
  }
}

interface Loaded {
  config: ReleaseConfig;
  sections: ReturnType<typeof parseDeploySections>;
  versions: ReleaseContext['store'];
  target: VersionFile;
}

async function loadRelease(options: Pick<ApplyOptions, 'config' | 'workspace' | 'version' | 'releases'>): Promise<Loaded> {
  const { config, text, store: versions } = await options.releases.open(options.config, options.workspace);
  const display = config.file;
  const sections = parseDeploySections(text, display);
  const numbers = await versions.list();
  let target: number;
  const wanted = options.version?.trim();
  if (!wanted) {
    if (numbers.length === 0) throw new LockstepError(`no version files in ${relative(options.workspace, versions.dir) || versions.dir}`, { file: display });
    target = numbers[numbers.length - 1];
  } else if (/^[1-9][0-9]*$/.test(wanted)) {
    target = Number(wanted);
  } else {
    const m = /^([1-9][0-9]*)\.ya?ml$/.exec(basename(wanted));
    if (!m) throw new LockstepError(`version: "${wanted}" is neither a version number nor a version file (versions/<N>.yaml)`);
    if (resolve(options.workspace, wanted) !== (await versions.pathOf(Number(m[1])))) {
      throw new LockstepError(`version: "${wanted}" is not in the versions folder of ${display} (${relative(options.workspace, versions.dir)})`);
    }
    target = Number(m[1]);
  }
  return { config, sections, versions, target: await versions.read(target) };
}

/**
 * The version files a plan from `state` to `target` walks. Forward: every one from the
 * current version's (when it is still there) to the target's — a missing one in between is
 * an error here, naming its path. Backward: those still present between the two (a revert
 * removes the newer ones; the state remembers what they deployed).
 */
async function availableVersions(versions: Loaded['versions'], workspace: string, state: RolloutState, target: VersionFile): Promise<Map<number, VersionFile>> {
  const map = new Map<number, VersionFile>([[target.version, target]]);
  const current = state.version ?? 0;
  const present = new Set(await versions.list());
  const [low, high] = target.version > current ? [current, target.version] : [target.version, current];
  for (let n = Math.max(low, 1); n <= high; n++) {
    if (n === target.version) continue;
    if (present.has(n)) map.set(n, await versions.read(n));
    else if (target.version > current && n > current) {
      throw new LockstepError(
        `version ${n} is missing: going from version ${current} to ${target.version} deploys every version in between, in order; nothing was deployed`,
        { file: relative(workspace, await versions.pathOf(n)) },
        [`Restore versions/${n}.yaml from the release repository's history, or target version ${n - 1}.`],
      );
    }
  }
  return map;
}

function githubNames(config: ReleaseConfig): Record<string, string> {
  return Object.fromEntries(config.repositories.filter(r => r.github).map(r => [r.name, r.github!]));
}

/** Computes the plan and changes nothing: no lock, no state written, no deployer called. */
export async function planSteps(options: Omit<ApplyOptions, 'deployers' | 'holder' | 'breakLock'>, reporter: Reporter): Promise<ApplyResult> {
  const loaded = await loadRelease(options);
  const state = await options.store.load();
  const plan = planRollout({ state, available: await availableVersions(loaded.versions, options.workspace, state, loaded.target), target: loaded.target });
  // Deployer settings are checked when applying: a plan is often made where the deploy script is not given.
  const markdown = renderPlan(plan, state, githubNames(loaded.config), options.serverUrl);
  reporter.info(markdown);
  reporter.summary(markdown);
  await summarizeStatus(loaded, options.store, reporter);
  return { from: plan.from, to: plan.to, direction: plan.direction, applied: [], plan: markdown };
}

/** Every repository the plan deploys has usable deployer settings — checked before the first step runs. */
function validateSettings(loaded: Loaded, plan: RolloutPlan, inputs: DeployInputs): Map<string, DeploySettings> {
  const settings = new Map<string, DeploySettings>();
  for (const step of pendingSteps(plan)) {
    if (!settings.has(step.repository)) settings.set(step.repository, deploySettingsFor(loaded.config, loaded.sections, step.repository, inputs));
  }
  return settings;
}

/**
 * Brings `environment` to the target version: takes the environment's lock, plans from its
 * state, runs each pending step through its deployer and records it before moving on. A
 * failed step stops the rollout (RolloutFailed); the lock is released either way.
 */
export async function applySteps(options: ApplyOptions, reporter: Reporter): Promise<ApplyResult> {
  const loaded = await loadRelease(options);
  const { store } = options;
  let planned: { plan: RolloutPlan; settings: Map<string, DeploySettings> } | undefined;
  // Planned on the state as read under the hold, and before the hold is written: bad input
  // (a broken chain of versions, a repository in doubt, a missing deploy script) leaves the state untouched.
  const state = await store.acquire(options.holder, {
    breakLock: options.breakLock ?? false,
    reporter,
    check: async current => {
      const plan = planRollout({ state: current, available: await availableVersions(loaded.versions, options.workspace, current, loaded.target), target: loaded.target });
      planned = { plan, settings: validateSettings(loaded, plan, options.deploy) };
    },
  });
  const { plan, settings } = planned!;
  const applied: AppliedStep[] = [];
  /** The summary also shows the steps an earlier run finished, so a resumed rollout reads whole. */
  const rows: AppliedStep[] = [];
  let result: ApplyResult | undefined;
  try {
    const markdown = renderPlan(plan, state, githubNames(loaded.config), options.serverUrl);
    result = { from: plan.from, to: plan.to, direction: plan.direction, applied, plan: markdown };
    reporter.info(markdown);
    for (const part of plan.parts) {
      for (const s of part.done) rows.push({ ...row(s), status: 'done earlier' });
      await store.beginVersion(part);
      for (const step of part.pending) {
        if (options.signal?.aborted) {
          throw new RolloutFailed(`cancelled before ${describeStep(step)}: no further step was started`, {}, [RESUME], result);
        }
        const deployer = await options.deployers.for(settings.get(step.repository)!);
        const outcome = await reporter.group(describeStep(step), () => runStep(step, deployer, state, options, reporter));
        if (!outcome.row.url) delete outcome.row.url;
        applied.push(outcome.row);
        rows.push(outcome.row);
        if (outcome.failure) {
          // The version file the step comes from (for a rollback: the target's, which names the commit).
          const file = relative(options.workspace, await loaded.versions.pathOf(part.version));
          throw new RolloutFailed(outcome.failure.message, { file }, outcome.failure.details, result);
        }
      }
      await store.complete(part);
    }
    if (plan.direction === 'none') reporter.info(`${options.environment} is already at version ${plan.to}: nothing to do`);
    return result;
  } finally {
    reporter.summary(summaryTable(options.environment, result, rows));
    // A failed release must not hide why the rollout stopped; the hold then needs break-lock.
    await store.release().catch(e => reporter.warning(`could not release the hold on "${options.environment}": ${(e as Error).message}; the next run needs break-lock`));
    await summarizeStatus(loaded, store, reporter);
  }
}

/** The table `lockstep status` prints, for this environment as the run leaves it. */
async function summarizeStatus(loaded: Loaded, store: StateStore, reporter: Reporter): Promise<void> {
  try {
    reporter.summary(renderStatus(await readStatus({ config: loaded.config, store: loaded.versions }, [store])));
  } catch (e) {
    reporter.warning(`the job summary has no status table: ${(e as Error).message}`);
  }
}

function row(step: PlannedStep): AppliedStep {
  return { kind: step.kind, version: step.version, step: step.index, total: step.total, repository: step.repository, commit: step.commit, status: 'finished' };
}

async function runStep(
  step: PlannedStep,
  deployer: Deployer,
  state: RolloutState,
  options: ApplyOptions,
  reporter: Reporter,
): Promise<{ row: AppliedStep; failure?: { message: string; details: string[] } }> {
  const started = Date.now();
  const last = lastAttempt(state, step);
  let attempt = last ? last.attempt + 1 : 1;
  let ref: DeployerRef | undefined;
  if (last?.status === 'starting') {
    // The runner died while asking the deployer to start: ask again as the same attempt
    // (CodeBuild's idempotency token then returns the build that may already run).
    attempt = last.attempt;
    reporter.warning(`${describeStep(step)}: an earlier run was starting this step when it stopped; starting it again as the same attempt`);
  } else if (last?.status === 'started') {
    if (last.ref && deployer.attach && last.ref.deployer === deployer.name) {
      ref = await deployer.attach(last.ref, step, { environment: options.environment, attempt: last.attempt, reporter, ...(options.signal ? { signal: options.signal } : {}) });
      if (ref) reporter.info(`re-attaching to ${ref.deployer} ${ref.id} started by an earlier run${ref.url ? ` (${ref.url})` : ''}`);
      else if (deployer.name === 'command') reporter.warning(`${describeStep(step)}: an earlier run started this step and stopped before its outcome was recorded; it runs again (command steps must be idempotent)`);
      else reporter.warning(`${describeStep(step)}: ${last.ref.deployer} ${last.ref.id} started by an earlier run cannot be found; starting the step again`);
      if (ref) attempt = last.attempt;
    } else {
      reporter.warning(
        `${describeStep(step)}: an earlier run started this step and stopped before its outcome was recorded; the ${deployer.name} deployer cannot re-attach, so it runs again (command steps must be idempotent)`,
      );
    }
  }
  const ctx = { environment: options.environment, attempt, reporter, ...(options.signal ? { signal: options.signal } : {}) };
  const base = row(step);
  try {
    if (!ref) {
      await options.store.begin(step, attempt);
      ref = await deployer.start(step, ctx);
      await options.store.recordStarted(step, ref);
      reporter.info(`${deployer.name}: started ${ref.id}${ref.url ? ` ${ref.url}` : ''}`);
    }
    const outcome = await deployer.wait(ref, step, ctx);
    const url = outcome.url ?? ref.url;
    if (outcome.ok) {
      await options.store.recordFinished(step, url);
      return { row: { ...base, status: 'finished', durationMs: Date.now() - started, url } };
    }
    if (outcome.cancelled) {
      await options.store.recordCancelled(step, url);
      return {
        row: { ...base, status: 'cancelled', durationMs: Date.now() - started, url },
        failure: { message: failureMessage(step, deployer, 'was cancelled'), details: [...(url ? [url] : []), ...(outcome.log ?? []), CANCELLED] },
      };
    }
    await options.store.recordFailed(step, url);
    return {
      row: { ...base, status: 'failed', durationMs: Date.now() - started, url },
      failure: { message: failureMessage(step, deployer), details: [...(url ? [url] : []), ...(outcome.log ?? []), RESUME] },
    };
  } catch (e) {
    // A lost hold writes nothing more: the state is the new holder's.
    if (e instanceof RolloutFailed || e instanceof HoldLost) throw e;
    await options.store.recordFailed(step, ref?.url).catch(() => undefined);
    const reason = isLockstepError(e) ? [e.message, ...e.details] : [(e as Error)?.message ?? String(e)];
    return {
      row: { ...base, status: 'failed', durationMs: Date.now() - started, ...(ref?.url ? { url: ref.url } : {}) },
      failure: { message: failureMessage(step, deployer), details: [...reason, RESUME] },
    };
  }
}

const RESUME = 'Re-run to resume at this step; steps that finished are not deployed again.';
const CANCELLED = `The step may have gone out in part: ${RESUME.charAt(0).toLowerCase()}${RESUME.slice(1)} (this one is deployed again).`;

function failureMessage(step: PlannedStep, deployer: Deployer, ending = 'failed'): string {
  const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
  return `${what}, step ${step.index}/${step.total} ${ending}: ${step.repository} at ${step.commit} (${deployer.name} deployer)`;
}

function duration(ms?: number): string {
  if (ms === undefined) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function summaryTable(environment: string, result: ApplyResult | undefined, applied: AppliedStep[]): string {
  const head = result ? `### apply-steps: ${plain(environment)} → version ${result.to}` : `### apply-steps: ${plain(environment)}`;
  if (applied.length === 0) return `${head}\n\nNo step ran.\n`;
  const icon = { finished: '✅ finished', failed: '❌ failed', cancelled: '🛑 cancelled', 'done earlier': '⏭️ done earlier' } as const;
  const rows = applied.map(a => [
    a.kind === 'rollback' ? `rollback to ${a.version}` : String(a.version),
    `${a.step}/${a.total}`,
    plain(a.repository),
    code(a.commit.slice(0, 7)),
    icon[a.status],
    duration(a.durationMs),
    a.url ? `[log](${a.url})` : '',
  ]);
  return `${head}\n\n${table(['version', 'step', 'repository', 'commit', 'status', 'duration', 'link'], rows)}\n`;
}
