import { LockstepError } from '../../core/errors.js';
import { DEFAULT_LEASE } from '../../core/rollout/lock.js';
import type { Step } from '../../core/versions/version-file.js';
import { emptyState, reduce, type AppliedVersion, type Lock, type PlannedStep, type RolloutEvent, type RolloutState, type StepKind } from '../../core/rollout/state.js';
import type { GitHubClient } from '../github/client.js';
import {
  createDeployment,
  createDeploymentStatus,
  DESCRIPTION_MAX,
  listDeploymentStatuses,
  listDeployments,
  type Deployment,
  type DeploymentStatus,
} from '../github/deployments.js';
import { EventStateStore } from './store.js';

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

const STEP_STATUS = /^step (\d+)\/(\d+) (\S+)@([0-9a-f]{7}) (?:starting #(\d+)|started(?: ([a-z]+):(\S+))?|(finished)|(failed))$/;
const LOCK_STATUS = /^lock (\S+) (.*)$/;

/**
 * The state in GitHub's Deployments API, so "what is deployed where" shows in GitHub's UI:
 * a deployment per version and environment (payload: the version's repositories and steps,
 * and a snapshot of the state before it), a status per event ("step 2/4 api@abc1234
 * finished"), `success` when the version is reached. Reading the state back costs a few
 * requests: the newest deployment, its statuses, and the lock's.
 */
export class DeploymentsStateStore extends EventStateStore {
  private current?: { id: number; payload: DeploymentPayload };
  private lockDeployment?: number;

  constructor(
    environment: string,
    private readonly client: GitHubClient,
    /** `owner/repo` of the release repository. */
    private readonly repository: string,
    /** The commit the deployments point at (the release repository's `GITHUB_SHA`). */
    private readonly ref: string,
  ) {
    super(environment);
  }

  async load(): Promise<RolloutState> {
    let state = emptyState(this.environment);
    const [latest] = await listDeployments(this.client, this.repository, this.environment, DEPLOY_TASK, 1);
    const payload = latest ? asPayload(latest) : undefined;
    this.current = undefined;
    if (latest && payload) {
      this.current = { id: latest.id, payload };
      state = { ...state, ...(payload.base.version !== undefined ? { version: payload.base.version } : {}), deployed: { ...payload.base.deployed }, versions: payload.base.versions };
      for (const event of replay(payload, await listDeploymentStatuses(this.client, this.repository, latest.id))) state = reduce(state, event);
    }
    const lock = await this.readLock();
    if (lock) state.lock = lock;
    else delete state.lock;
    this.state = state;
    return state;
  }

  private async readLock(): Promise<Lock | undefined> {
    const [lockDeployment] = await listDeployments(this.client, this.repository, this.environment, LOCK_TASK, 1);
    this.lockDeployment = lockDeployment?.id;
    if (!lockDeployment) return undefined;
    return currentHold(await listDeploymentStatuses(this.client, this.repository, lockDeployment.id));
  }

  protected async persist(event: RolloutEvent): Promise<void> {
    const before = this.state!;
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
          environment: this.environment,
          task: DEPLOY_TASK,
          payload: payload as unknown as Record<string, unknown>,
          description: `${what}: ${event.steps.length} step${event.steps.length === 1 ? '' : 's'}`,
        });
        this.current = { id: d.id, payload };
        return;
      }
      case 'starting':
        return this.status('in_progress', `${stepLabel(event.step)} starting #${event.attempt}`);
      case 'started': {
        const withRef = event.ref ? `${stepLabel(event.step)} started ${event.ref.deployer}:${event.ref.id}` : '';
        // A reference too long for a status cannot be kept: the step then cannot be re-attached.
        const description = withRef && withRef.length <= DESCRIPTION_MAX ? withRef : `${stepLabel(event.step)} started`;
        return this.status('in_progress', description, event.ref?.url);
      }
      case 'finished':
        return this.status('in_progress', `${stepLabel(event.step)} finished`, event.url);
      case 'failed':
        return this.status('failure', `${stepLabel(event.step)} failed`, event.url);
      case 'cancelled':
        // Interim: read back as a failure, which leaves the repository in doubt just as a cancellation does.
        return this.status('failure', `${stepLabel(event.step)} failed`, event.url);
      case 'renew':
        return;
      case 'complete':
        return this.status('success', event.kind === 'rollback' ? `rolled back to version ${event.version}` : `version ${event.version} reached`);
      case 'lock':
        return this.takeLock(event.lock);
      case 'unlock': {
        if (this.lockDeployment === undefined) return;
        await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: 'released', auto_inactive: false });
        return;
      }
    }
  }

  private async status(state: 'in_progress' | 'failure' | 'success', description: string, logUrl?: string): Promise<void> {
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
        environment: this.environment,
        task: LOCK_TASK,
        payload: { lockstep: 1 },
        description: `Lockstep hold on ${this.environment}`,
      });
      this.lockDeployment = d.id;
    } else if (this.state?.lock) {
      // The job decided to take over this hold (broken on purpose, or a later attempt of the same run).
      await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'inactive', description: `taken over by ${lock.holder}`.slice(0, DESCRIPTION_MAX), auto_inactive: false });
    }
    const description = lockDescription(lock);
    await createDeploymentStatus(this.client, this.repository, this.lockDeployment, { state: 'in_progress', description, auto_inactive: false });
    const hold = currentHold(await listDeploymentStatuses(this.client, this.repository, this.lockDeployment));
    if (hold && lockDescription(hold) !== description) {
      throw new LockstepError(`environment "${this.environment}" was taken by ${hold.holder} at the same moment; refusing to start a second rollout`);
    }
  }
}

function lockDescription(lock: Lock): string {
  return `lock ${lock.run ?? '-'} ${lock.holder}`.slice(0, DESCRIPTION_MAX);
}

function stepLabel(step: PlannedStep): string {
  return `step ${step.index}/${step.total} ${step.repository}@${step.commit.slice(0, 7)}`;
}

function sameSteps(a: Step[], b: Step[]): boolean {
  return a.length === b.length && a.every((s, i) => s.repository === b[i].repository && s.commit === b[i].commit);
}

function asPayload(d: Deployment): DeploymentPayload | undefined {
  let p = d.payload;
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      return undefined;
    }
  }
  const payload = p as Partial<DeploymentPayload> | null;
  if (!payload || payload.lockstep !== 1 || !Array.isArray(payload.steps) || typeof payload.version !== 'number' || !payload.base) return undefined;
  return payload as DeploymentPayload;
}

/** The events a deployment's statuses stand for, oldest first. */
function replay(payload: DeploymentPayload, statuses: DeploymentStatus[]): RolloutEvent[] {
  const events: RolloutEvent[] = [{ type: 'begin-version', kind: payload.kind, version: payload.version, repositories: payload.repositories, steps: payload.steps }];
  for (const s of statuses) {
    const text = s.description ?? '';
    if (s.state === 'success' && /^(version \d+ reached|rolled back to version \d+)$/.test(text)) {
      events.push({ type: 'complete', kind: payload.kind, version: payload.version });
      continue;
    }
    const m = STEP_STATUS.exec(text);
    if (!m) continue;
    const index = Number(m[1]);
    const planned = payload.steps[index - 1];
    if (!planned || planned.repository !== m[3] || !planned.commit.startsWith(m[4])) continue;
    const step: PlannedStep = { kind: payload.kind, version: payload.version, index, total: payload.steps.length, repository: planned.repository, commit: planned.commit };
    const at = s.created_at;
    if (m[5]) events.push({ type: 'starting', step, attempt: Number(m[5]), at });
    else if (m[8]) events.push({ type: 'finished', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
    else if (m[9]) events.push({ type: 'failed', step, at, ...(s.log_url ? { url: s.log_url } : {}) });
    else events.push({ type: 'started', step, at, ...(m[6] ? { ref: { deployer: m[6], id: m[7], ...(s.log_url ? { url: s.log_url } : {}) } } : {}) });
  }
  return events;
}

/** The hold a lock deployment's statuses describe: the first "lock" since the last release. */
function currentHold(statuses: DeploymentStatus[]): Lock | undefined {
  let hold: Lock | undefined;
  for (const s of statuses) {
    if (s.state === 'inactive') hold = undefined;
    else if (s.state === 'in_progress' && !hold) {
      const m = LOCK_STATUS.exec(s.description ?? '');
      // Interim (i12a's Lock change): no lease is renewed here yet, so the hold reads as lasting one default lease.
      if (m) hold = { holder: m[2], job: m[2], ...(m[1] !== '-' ? { run: m[1] } : {}), token: s.description ?? '', since: s.created_at, expires: new Date(Date.parse(s.created_at) + DEFAULT_LEASE.ttlMs).toISOString() };
    }
  }
  return hold;
}
