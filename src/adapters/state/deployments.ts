import { createHash } from 'node:crypto';
import { LockstepError } from '../../core/errors.js';
import { leaseOf, type Holder, type Lease } from '../../core/rollout/lock.js';
import type { Step } from '../../core/versions/version-file.js';
import { emptyState, lastAttempt, reduce, type AppliedVersion, type Lock, type PlannedStep, type RolloutEvent, type RolloutState, type StepKind } from '../../core/rollout/state.js';
import type { GitHubClient } from '../github/client.js';
import {
  createDeployment,
  createDeploymentStatus,
  DESCRIPTION_MAX,
  listDeploymentStatuses,
  listDeployments,
  readDeploymentStatuses,
  type Deployment,
  type DeploymentStatus,
} from '../github/deployments.js';
import { EventStateStore, type AcquireOptions } from './store.js';

/** Deployments Lockstep creates, one per version (or rollback) and environment. */
export const DEPLOY_TASK = 'lockstep:deploy';
/** One deployment per environment whose statuses are the environment's hold. */
export const LOCK_TASK = 'lockstep:lock';
/** Applied versions a payload remembers for a later rollback. */
const REMEMBERED_VERSIONS = 50;

/** What a Lockstep deployment carries: the version's steps and the state before it began. */
export interface DeploymentPayload {
  lockstep: 1;
  kind: StepKind;
  version: number;
  repositories: Record<string, string>;
  steps: Step[];
  base: { version?: number; deployed: Record<string, string>; versions: AppliedVersion[] };
}

/**
 * One status per step, written once the deployer accepted it: `step 2/4 api@abc1234 started #1
 * codebuild:<build id>`. Each status says everything about where the version stands: a step
 * starts only after every earlier step of its version finished, so "step 2 started" also
 * records that step 1 finished, and `version 4 reached` that the last one did. A run reads the
 * newest status, not the history.
 */
const STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (started|failed|cancelled) #(\d+)(?: ([a-z]+):(\S+))?$/;
const COMPLETE_STATUS = /^(version \d+ reached|rolled back to version \d+)$/;
/** The statuses Lockstep wrote before one status per step (three per step): still read, the slow way. */
const OLD_STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (?:starting #(\d+)|started(?: ([a-z]+):(\S+))?|(finished)|(failed))$/;
/**
 * The hold: `lock <token> <lease end, epoch seconds> <job key> <attempt|-> <run|-> <holder>` on
 * the environment's lock deployment, posted again with a later end to renew it; `inactive`
 * releases it. Statuses are read newest first, back to the newest `inactive`.
 */
const LOCK_STATUS = /^lock ([0-9a-f-]{36}) (\d+) ([0-9a-f]{8}) (\d+|-) (\S+) (.*)$/;
/** Lockstep's holds before leases: `lock <run|-> <holder>`, read as lasting one lease from when it was taken. */
const OLD_LOCK_STATUS = /^lock (\S+) (.*)$/;
/**
 * The Deployments store's lease: every renewal costs a read and a status, so it is renewed
 * every 2.5 minutes and a holder that died can be broken 10 minutes after its last renewal.
 */
export const DEPLOYMENTS_LEASE: Lease = leaseOf(10 * 60_000);
/** Runners' clocks differ: a lease counts as provably ours until this long before its end. */
const CLOCK_SKEW_MS = 60_000;
/** Statuses read per request: the newest Lockstep status is nearly always the first. */
const STATUS_PAGE = 10;

/** The GitHub environment Lockstep's deployments for `environment` go to (see DeploymentsStateStore). */
export function deploymentsEnvironment(environment: string): string {
  return `${environment} (lockstep)`;
}

/**
 * The state in GitHub's Deployments API, so "what is deployed where" shows in GitHub's UI:
 * a deployment per version and environment (payload: the version's repositories and steps,
 * and a snapshot of the state before it), one status per step, `success` when the version is
 * reached.
 *
 * The deployments go to their own GitHub environment, `<environment> (lockstep)` by default:
 * a job that declares `environment: staging` makes GitHub create a deployment of its own in
 * `staging`, and its `success` status marks every earlier successful deployment of
 * `staging` inactive (GitHub's auto-inactivation applies to all prior non-transient,
 * non-production deployments of the environment) — Lockstep's version would vanish from
 * the UI after the next run. In their own environment, only Lockstep's own `success`
 * statuses inactivate Lockstep's older versions, which is what the UI should show.
 *
 * Cost: reading the state is the newest deployment, its newest statuses and the hold's
 * newest statuses, whatever the history; writing is one status per step, plus a deployment
 * and a `success` per version.
 */
export class DeploymentsStateStore extends EventStateStore {
  private current?: { id: number; payload: DeploymentPayload };
  private lockDeployment?: number;
  readonly githubEnvironment: string;
  /** Set when the state was found under the environment's own name (deployments of Lockstep before it had its own environment). */
  private legacy?: string;
  /**
   * Until when this run provably holds the environment: nobody may break a hold before its
   * lease ends, so until then a step's status is written without reading the hold first.
   */
  private confirmedUntil = 0;

  constructor(
    environment: string,
    private readonly client: GitHubClient,
    /** `owner/repo` of the release repository. */
    private readonly repository: string,
    /** The commit the deployments point at (the release repository's `GITHUB_SHA`). */
    private readonly ref: string,
    options: { githubEnvironment?: string; lease?: Lease } = {},
  ) {
    super(environment, options.lease ?? DEPLOYMENTS_LEASE);
    this.githubEnvironment = options.githubEnvironment || deploymentsEnvironment(environment);
  }

  async load(): Promise<RolloutState> {
    let state = emptyState(this.environment);
    let [latest] = await listDeployments(this.client, this.repository, this.githubEnvironment, DEPLOY_TASK, 1);
    this.legacy = undefined;
    if (!latest && this.githubEnvironment !== this.environment) {
      [latest] = await listDeployments(this.client, this.repository, this.environment, DEPLOY_TASK, 1);
      if (latest) this.legacy = this.environment;
    }
    const payload = latest ? asPayload(latest, this.repository, this.legacy ?? this.githubEnvironment) : undefined;
    this.current = undefined;
    if (latest && payload) {
      this.current = { id: latest.id, payload };
      state = { ...state, ...(payload.base.version !== undefined ? { version: payload.base.version } : {}), deployed: { ...payload.base.deployed }, versions: payload.base.versions };
      for (const event of await this.events(latest.id, payload)) state = reduce(state, event);
    }
    const lock = await this.readLock();
    if (lock) state.lock = lock;
    else delete state.lock;
    this.state = state;
    return state;
  }

  /** A job is known by a short key in the hold's status (a matrix `hold-key` can be long). */
  override async acquire(holder: Holder, options: AcquireOptions): Promise<RolloutState> {
    const state = await super.acquire({ ...holder, job: jobKey(holder.job) }, options);
    if (this.legacy) {
      options.reporter.info(`continuing from the deployments of environment "${this.legacy}"; new versions are recorded in "${this.githubEnvironment}", apart from the deployment GitHub records for the job's own environment`);
    }
    return state;
  }

  /** The events the deployment's statuses stand for: from its newest Lockstep status, or (statuses of older Lockstep versions) from all of them. */
  private async events(id: number, payload: DeploymentPayload): Promise<RolloutEvent[]> {
    const lockstep = (s: DeploymentStatus) => STEP_STATUS.test(s.description ?? '') || OLD_STEP_STATUS.test(s.description ?? '') || (s.state === 'success' && COMPLETE_STATUS.test(s.description ?? ''));
    const newest = (await readDeploymentStatuses(this.client, this.repository, id, { perPage: STATUS_PAGE, enough: read => read.some(lockstep) })).find(lockstep);
    if (!newest) return [beginEvent(payload)];
    const events = fromNewest(payload, newest);
    if (events) return events;
    return replay(payload, await listDeploymentStatuses(this.client, this.repository, id));
  }

  private async readLock(): Promise<Lock | undefined> {
    const [lockDeployment] = await listDeployments(this.client, this.repository, this.githubEnvironment, LOCK_TASK, 1);
    this.lockDeployment = lockDeployment?.id;
    if (!lockDeployment) return undefined;
    return this.currentHold(lockDeployment.id);
  }

  /** The hold since the newest release: statuses are read newest first until one releases. */
  private async currentHold(id: number): Promise<Lock | undefined> {
    const read = await readDeploymentStatuses(this.client, this.repository, id, { perPage: STATUS_PAGE, enough: r => r.some(s => s.state === 'inactive') });
    return currentHold(read, this.lease);
  }

  /**
   * Throws HoldLost when this run's hold was broken. Free while the lease this run last wrote
   * has not ended (nobody may break it before): one read otherwise.
   */
  private async ensureHeld(): Promise<Lock | undefined> {
    if (!this.token || this.lockDeployment === undefined) return undefined;
    if (Date.now() < this.confirmedUntil - CLOCK_SKEW_MS) return undefined;
    const hold = await this.currentHold(this.lockDeployment);
    if (hold?.token !== this.token) throw this.lostHold(hold);
    this.confirmedUntil = Date.parse(hold.expires);
    return hold;
  }

  protected async persist(event: RolloutEvent, next: RolloutState): Promise<void> {
    const before = this.state!;
    if (event.type !== 'lock' && event.type !== 'renew' && event.type !== 'unlock') await this.ensureHeld();
    switch (event.type) {
      case 'begin-version': {
        const p = this.current?.payload;
        const same = p && p.kind === event.kind && p.version === event.version && sameSteps(p.steps, event.steps);
        if (same) return;
        const payload: DeploymentPayload = {
          lockstep: 1,
          kind: event.kind,
          version: event.version,
          repositories: event.repositories,
          steps: event.steps,
          base: { ...(before.version !== undefined ? { version: before.version } : {}), deployed: before.deployed, versions: before.versions.slice(-REMEMBERED_VERSIONS) },
        };
        const what = event.kind === 'rollback' ? `rollback to version ${event.version}` : `version ${event.version}`;
        const d = await createDeployment(this.client, this.repository, {
          ref: this.ref,
          environment: this.githubEnvironment,
          task: DEPLOY_TASK,
          payload: payload as unknown as Record<string, unknown>,
          description: `${what}: ${event.steps.length} step${event.steps.length === 1 ? '' : 's'}`,
        });
        this.current = { id: d.id, payload };
        return;
      }
      case 'starting':
        // Written with the step's first status, once the deployer accepted it.
        return;
      case 'started': {
        const label = `${stepLabel(event.step)} started #${attemptOf(next, event.step)}`;
        const withRef = event.ref ? `${label} ${event.ref.deployer}:${event.ref.id}` : label;
        // A reference too long for a status cannot be kept: the step then cannot be re-attached.
        return this.status('in_progress', withRef.length <= DESCRIPTION_MAX ? withRef : label, event.ref?.url);
      }
      case 'finished':
        // Said by what comes next: the next step's status, the version's `success`.
        return;
      case 'failed':
        return this.status('failure', `${stepLabel(event.step)} failed #${attemptOf(next, event.step)}`, event.url);
      case 'cancelled':
        return this.status('error', `${stepLabel(event.step)} cancelled #${attemptOf(next, event.step)}`, event.url);
      case 'complete':
        return this.status('success', event.kind === 'rollback' ? `rolled back to version ${event.version}` : `version ${event.version} reached`);
      case 'lock':
        return this.takeLock(event.lock);
      case 'renew': {
        const hold = await this.ensureHeldNow();
        await this.postHold({ ...hold, expires: event.expires });
        this.confirmedUntil = Date.parse(event.expires);
        return;
      }
      case 'unlock': {
        if (this.lockDeployment === undefined) return;
        // Never someone else's: a hold broken after this run's lease ended is left to its new holder.
        const hold = Date.now() < this.confirmedUntil - CLOCK_SKEW_MS ? undefined : await this.currentHold(this.lockDeployment);
        if (hold && hold.token !== event.token) return;
        await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: `released ${event.token}`, auto_inactive: false });
        this.confirmedUntil = 0;
        return;
      }
    }
  }

  /** The hold as it stands on GitHub, which must be this run's (a renewal always reads it). */
  private async ensureHeldNow(): Promise<Lock> {
    const hold = this.lockDeployment === undefined ? undefined : await this.currentHold(this.lockDeployment);
    if (!hold || hold.token !== this.token) throw this.lostHold(hold);
    return hold;
  }

  private async postHold(lock: Lock): Promise<void> {
    await createDeploymentStatus(this.client, this.repository, this.lockDeployment!, { state: 'in_progress', description: lockDescription(lock), auto_inactive: false });
  }

  private async status(state: 'in_progress' | 'failure' | 'error' | 'success', description: string, logUrl?: string): Promise<void> {
    if (!this.current) throw new Error('no deployment to record a status on');
    await createDeploymentStatus(this.client, this.repository, this.current.id, { state, description, ...(logUrl ? { log_url: logUrl } : {}) });
  }

  /**
   * Posts "held" on the environment's lock deployment, then reads the hold back: when two
   * runs post at once, the earlier status wins and the other run refuses to start.
   */
  private async takeLock(lock: Lock): Promise<void> {
    if (this.lockDeployment === undefined) {
      const d = await createDeployment(this.client, this.repository, {
        ref: this.ref,
        environment: this.githubEnvironment,
        task: LOCK_TASK,
        payload: { lockstep: 1 },
        description: `Lockstep hold on ${this.environment}`,
      });
      this.lockDeployment = d.id;
    } else if (this.state?.lock) {
      // The job decided to take over this hold (broken on purpose, or a later attempt of the same run).
      await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: `taken over by ${lock.holder}`.slice(0, DESCRIPTION_MAX), auto_inactive: false });
    }
    await this.postHold(lock);
    const hold = await this.currentHold(this.lockDeployment);
    if (hold?.token !== lock.token) {
      throw new LockstepError(`environment "${this.environment}" was taken by ${hold?.holder ?? 'another run'} at the same moment; refusing to start a second rollout`);
    }
    this.confirmedUntil = Date.parse(lock.expires);
  }
}

/** Eight hex digits of the job's identity: enough to tell the jobs that contend for one environment apart. */
export function jobKey(job: string): string {
  return /^[0-9a-f]{8}$/.test(job) ? job : createHash('sha256').update(job).digest('hex').slice(0, 8);
}

function lockDescription(lock: Lock): string {
  const end = Math.ceil(Date.parse(lock.expires) / 1000);
  const head = `lock ${lock.token} ${end} ${jobKey(lock.job)} ${lock.attempt ?? '-'}`;
  // A run too long to fit is left out: that hold is then never taken over by a later attempt, only broken once stale.
  const run = lock.run && `${head} ${lock.run} `.length < DESCRIPTION_MAX ? lock.run : '-';
  return `${head} ${run} ${lock.holder}`.slice(0, DESCRIPTION_MAX);
}

function stepLabel(step: PlannedStep): string {
  return `step ${step.index}/${step.total} ${step.repository}@${step.commit.slice(0, 7)}`;
}

function sameSteps(a: Step[], b: Step[]): boolean {
  return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}

/** What is wrong with a deployment's payload as Lockstep's record of a version; empty when nothing is. */
function payloadProblems(p: unknown): string[] {
  const payload = p as Partial<DeploymentPayload> | null;
  if (!payload || typeof payload !== 'object' || payload.lockstep !== 1) return ['it has no "lockstep": 1'];
  const problems: string[] = [];
  const commit = (c: unknown) => typeof c === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(c);
  if (payload.kind !== 'deploy' && payload.kind !== 'rollback') problems.push('kind: must be deploy or rollback');
  if (!Number.isInteger(payload.version) || (payload.version as number) < 1) problems.push('version: must be a positive integer');
  if (!Array.isArray(payload.steps) || !payload.steps.every(s => s && typeof s.repository === 'string' && commit(s.commit))) problems.push('steps: must be a list of {repository, commit}');
  if (!payload.repositories || typeof payload.repositories !== 'object' || !Object.values(payload.repositories).every(commit)) problems.push('repositories: must map repositories to commits');
  const base = payload.base;
  if (!base || typeof base !== 'object') problems.push('base: missing');
  else {
    if (base.version !== undefined && !Number.isInteger(base.version)) problems.push('base.version: must be an integer');
    if (!base.deployed || typeof base.deployed !== 'object' || !Object.values(base.deployed).every(commit)) problems.push('base.deployed: must map repositories to commits');
    if (!Array.isArray(base.versions)) problems.push('base.versions: must be a list');
  }
  return problems;
}

/**
 * The payload of a `lockstep:deploy` deployment. One that is not Lockstep's record (someone
 * else's deployment with Lockstep's task, a hand-made one) is an error naming it: read as "nothing
 * deployed yet", it would redeploy everything.
 */
function asPayload(d: Deployment, repository: string, environment: string): DeploymentPayload {
  let p = d.payload;
  const problem = (details: string[]) =>
    new LockstepError(`deployment ${d.id} of ${repository} in environment "${environment}" (task ${DEPLOY_TASK}) is not a Lockstep record of a version; refusing to deploy over it`, {}, [
      ...details,
      `Delete it (set it inactive first) if it was not made by Lockstep, or restore it; nothing was deployed.`,
    ]);
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      throw problem(['its payload is not JSON']);
    }
  }
  const problems = payloadProblems(p);
  if (problems.length > 0) throw problem(problems.map(x => `payload ${x}`));
  return p as DeploymentPayload;
}

function beginEvent(payload: DeploymentPayload): RolloutEvent {
  return { type: 'begin-version', kind: payload.kind, version: payload.version, repositories: payload.repositories, steps: payload.steps };
}

function plannedStep(payload: DeploymentPayload, index: number): PlannedStep {
  const s = payload.steps[index - 1];
  return { kind: payload.kind, version: payload.version, index, total: payload.steps.length, repository: s.repository, commit: s.commit };
}

/** The attempt number the state gives the step's latest record. */
function attemptOf(state: RolloutState, step: PlannedStep): number {
  return lastAttempt(state, step)?.attempt ?? 1;
}

/**
 * The events one self-describing status stands for (see STEP_STATUS); undefined for a status
 * in the older format, whose meaning depends on the statuses before it.
 */
function fromNewest(payload: DeploymentPayload, status: DeploymentStatus): RolloutEvent[] | undefined {
  const text = status.description ?? '';
  const at = status.created_at;
  const events: RolloutEvent[] = [beginEvent(payload)];
  const finishedUpTo = (last: number) => {
    for (let i = 1; i <= last; i++) events.push({ type: 'finished', step: plannedStep(payload, i), at });
  };
  if (status.state === 'success' && COMPLETE_STATUS.test(text)) {
    finishedUpTo(payload.steps.length);
    events.push({ type: 'complete', kind: payload.kind, version: payload.version });
    return events;
  }
  const m = STEP_STATUS.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const planned = payload.steps[index - 1];
  // A status that does not match the payload's steps is not Lockstep's record of them: read everything.
  if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4])) return undefined;
  finishedUpTo(index - 1);
  const step = plannedStep(payload, index);
  events.push({ type: 'starting', step, attempt: Number(m[6]), at });
  const url = status.log_url ? { url: status.log_url } : {};
  if (m[5] === 'failed') events.push({ type: 'failed', step, at, ...url });
  else events.push({ type: 'started', step, at, ...(m[7] ? { ref: { deployer: m[7], id: m[8], ...url } } : {}) });
  return events;
}

/** The events a deployment's statuses in Lockstep's older format (three per step) stand for, oldest first. */
function replay(payload: DeploymentPayload, statuses: DeploymentStatus[]): RolloutEvent[] {
  const events: RolloutEvent[] = [beginEvent(payload)];
  for (const s of statuses) {
    const text = s.description ?? '';
    if (s.state === 'success' && COMPLETE_STATUS.test(text)) {
      events.push({ type: 'complete', kind: payload.kind, version: payload.version });
      continue;
    }
    const m = OLD_STEP_STATUS.exec(text);
    if (!m) continue;
    const index = Number(m[1]);
    const planned = payload.steps[index - 1];
    if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4])) continue;
    const step = plannedStep(payload, index);
    const at = s.created_at;
    if (m[5]) events.push({ type: 'starting', step, attempt: Number(m[5]), at });
    else if (m[8]) events.push({ type: 'finished', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
    else if (m[9]) events.push({ type: 'failed', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
    else events.push({ type: 'started', step, at, ...(m[6] ? { ref: { deployer: m[6], id: m[7], ...(s.log_url ? { url: s.log_url } : {}) } } : {}) });
  }
  return events;
}

/**
 * The hold newest-first lock statuses describe: since the newest release, the oldest hold
 * taken wins (two runs that posted at once both see the same winner), its lease ending where
 * its newest renewal says.
 */
function currentHold(newestFirst: DeploymentStatus[], lease: Lease): Lock | undefined {
  let hold: Lock | undefined;
  const ends = new Map<string, string>();
  for (const s of newestFirst) {
    if (s.state === 'inactive') break;
    if (s.state !== 'in_progress') continue;
    const text = s.description ?? '';
    const m = LOCK_STATUS.exec(text);
    if (m) {
      const expires = new Date(Number(m[2]) * 1000).toISOString();
      if (!ends.has(m[1])) ends.set(m[1], expires);
      hold = { holder: m[6], job: m[3], ...(m[5] !== '-' ? { run: m[5] } : {}), ...(m[4] !== '-' ? { attempt: Number(m[4]) } : {}), token: m[1], since: s.created_at, expires };
      continue;
    }
    const old = OLD_LOCK_STATUS.exec(text);
    if (old) {
      const expires = new Date(Date.parse(s.created_at) + lease.ttlMs).toISOString();
      hold = { holder: old[2], job: jobKey(old[2]), ...(old[1] !== '-' ? { run: old[1] } : {}), token: `${s.id}`, since: s.created_at, expires };
    }
  }
  return hold && { ...hold, expires: ends.get(hold.token) ?? hold.expires };
}
