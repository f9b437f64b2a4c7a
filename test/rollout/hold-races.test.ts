import fc from 'fast-check';
import { getOctokit } from '@actions/github';
import type { GitHubClient } from '../../src/adapters/github/client.js';
import { DEPLOYMENTS_LEASE, DeploymentsStateStore, LOCK_TASK } from '../../src/adapters/state/deployments.js';
import type { Holder } from '../../src/core/rollout/lock.js';
import { planRollout } from '../../src/core/rollout/plan.js';
import type { PlannedStep } from '../../src/core/rollout/state.js';
import type { Reporter } from '../../src/core/reporter.js';
import { FakeGitHub, type FakeRequest } from '../support/fake-github.js';
import { FakeDeployments, violationsOf } from '../support/github-rest.js';
import { Interleaving } from '../support/interleave.js';
import { files, sha, version } from './helpers.js';

/**
 * Runs that contend for one environment's hold (state: deployments), their REST requests
 * interleaved in every order that matters: the local GitHub answers one request at a time,
 * in the order the test lets them through (test/support/interleave.ts). All parties and
 * GitHub share one clock the test moves, so a lease runs out without waiting for it.
 */
const reporter: Reporter = { info: () => {}, warning: () => {}, error: () => {}, group: (_t, fn) => fn(), summary: () => {} };
const v1 = version(1, [['api', 'a1']]);
const MINUTE = 60_000;

const github = new FakeGitHub();
beforeAll(() => github.start());
afterAll(() => github.stop());
const interleavings: Interleaving[] = [];
afterEach(() => {
  // A failed test leaves requests held: let them go so that the next test starts clean.
  interleavings.splice(0).forEach(i => i.close());
  expect(violationsOf(github).splice(0)).toEqual([]);
});
const interleaving = () => {
  const i = new Interleaving(github, partyOf);
  interleavings.push(i);
  return i;
};

/**
 * A party's client: Lockstep's own client spaces every write of one process a second apart
 * (@octokit/plugin-throttling's limiter is shared by all clients of a process, GitHub's advice
 * for one integration); the parties here stand for separate runners, whose writes are not.
 */
const clientOf = (party: string): GitHubClient => getOctokit(`ghs_${party}`, { baseUrl: github.url });
const partyOf = (req: FakeRequest) => /ghs_(\w+)/.exec(String(req.headers.authorization ?? ''))?.[1];
const isPost = (req: FakeRequest) => req.method === 'POST';
const description = (req: FakeRequest) => String((req.body as { description?: string } | undefined)?.description ?? '');

/** The stale holder: run 7, attempt 1. */
const stale: Holder = { name: 'run 7 attempt 1', job: 'acme/release/7/1/deploy/', run: 'acme/release/7', attempt: 1 };
const breaker = (run: number): Holder => ({ name: `run ${run} attempt 1`, job: `acme/release/${run}/1/deploy/`, run: `acme/release/${run}`, attempt: 1 });
const laterAttempt: Holder = { name: 'run 7 attempt 2', job: 'acme/release/7/2/deploy/', run: 'acme/release/7', attempt: 2 };

/** One environment on a fresh GitHub: `hold` took it and then stalled past its lease (no renewals, no release). */
async function world() {
  let now = Date.parse('2031-03-01T12:00:00Z');
  const deployments = new FakeDeployments().install(github);
  deployments.clock = () => now;
  const stores: DeploymentsStateStore[] = [];
  const store = (party: string) => {
    const s = new DeploymentsStateStore('staging', clientOf(party), 'crois/release', sha('release'), { clock: () => now, lease: DEPLOYMENTS_LEASE });
    stores.push(s);
    return s;
  };
  const hold = store('H');
  const state = await hold.acquire(stale, { breakLock: false, reporter });
  stopRenewing(hold);
  const [part] = planRollout({ state, available: files(v1), target: v1 }).parts;
  await hold.beginVersion(part);
  now += 11 * MINUTE;
  return {
    deployments,
    hold,
    step: part.pending[0] as PlannedStep,
    store,
    advance: (ms: number) => (now += ms),
    /** The hold as a run starting now reads it. */
    current: async () => (await store('reader').load()).lock,
    lockStatuses: () => deployments.of('staging (lockstep)', LOCK_TASK)[0].statuses.map(s => `${s.state}: ${s.description}`),
    cleanup: () => stores.forEach(stopRenewing),
  };
}

function stopRenewing(s: DeploymentsStateStore): void {
  (s as unknown as { stopRenewing(): void }).stopRenewing();
}
function renew(s: DeploymentsStateStore): Promise<void> {
  return (s as unknown as { renew(): Promise<void> }).renew();
}
const errorOf = (o: { ok: boolean; error?: unknown } | undefined) => (o && !o.ok ? (o.error as Error) : undefined);

describe('the hold under interleaved requests (state: deployments)', () => {
  it('two runs breaking one stale hold: the second, which read it before the first took it, loses', async () => {
    const w = await world();
    const a = w.store('A');
    const b = w.store('B');
    const run = interleaving();
    await run.start({ A: () => a.acquire(breaker(8), { breakLock: true, reporter }), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
    // B has read the stale hold and is about to post its takeover; A breaks it, posts its hold and reads it back first.
    await run.until('B', isPost);
    expect((await run.finishParty('A')).ok).toBe(true);
    const lost = errorOf(await run.finishParty('B'));
    run.close();
    expect(lost?.message).toBe('environment "staging" was taken by run 8 attempt 1 at the same moment; refusing to start a second rollout');
    expect((await w.current())?.holder).toBe('run 8 attempt 1');
    // The winner goes on; the loser holds nothing to renew or release.
    await a.begin(w.step, 1);
    await b.release();
    expect((await w.current())?.holder).toBe('run 8 attempt 1');
    w.cleanup();
  });

  it('two takeovers posted before either hold: the first takeover wins, whichever hold is posted first', async () => {
    const w = await world();
    const a = w.store('A');
    const b = w.store('B');
    const run = interleaving();
    await run.start({ A: () => a.acquire(breaker(8), { breakLock: true, reporter }), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
    await run.until('A', isPost);
    await run.until('B', isPost);
    await run.step('A'); // A's takeover
    await run.step('B'); // B's takeover, of a hold A already took
    await run.step('B'); // B's hold, posted before A's
    expect(errorOf(await run.finishParty('B'))?.message).toContain('was taken by');
    expect((await run.finishParty('A')).ok).toBe(true);
    run.close();
    expect((await w.current())?.holder).toBe('run 8 attempt 1');
    w.cleanup();
  });

  it('a later attempt of the stale run taking over while another run breaks the hold: one of them', async () => {
    for (const first of ['A', 'B']) {
      const w = await world();
      const a = w.store('A');
      const b = w.store('B');
      const run = interleaving();
      await run.start({ A: () => a.acquire(laterAttempt, { breakLock: false, reporter }), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
      await run.until('A', isPost);
      await run.until('B', isPost);
      expect(description(run.next('A')!)).toMatch(/^hold \S+ until \d+ taken over by /);
      expect(description(run.next('B')!)).toMatch(/^hold \S+ until \d+ broken by /);
      const second = first === 'A' ? 'B' : 'A';
      expect((await run.finishParty(first)).ok).toBe(true);
      expect(errorOf(await run.finishParty(second))?.message).toContain('was taken by');
      run.close();
      expect((await w.current())?.holder).toBe(first === 'A' ? 'run 7 attempt 2' : 'run 9 attempt 1');
      w.cleanup();
    }
  });

  it('the stale holder comes back after its hold was broken: its renewal, step and release leave the new hold alone', async () => {
    const w = await world();
    const b = w.store('B');
    const run = interleaving();
    await run.start({ H: () => w.hold.release(), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
    // The release of a lapsed lease starts with a renewal, which B's takeover, landing first, makes void.
    expect(description(run.next('H')!)).toMatch(/^renew /);
    await run.until('B', req => req.method === 'GET' && /statuses$/.test(req.path) && run.log.filter(l => l.startsWith('B POST')).length === 2);
    expect((await run.finishParty('H')).ok).toBe(true);
    expect((await run.finishParty('B')).ok).toBe(true);
    run.close();
    expect(w.lockStatuses().filter(s => s.startsWith('inactive: released'))).toEqual([]);
    expect((await w.current())?.holder).toBe('run 9 attempt 1');
    // A third run, without break-lock, is refused: B's hold stands.
    await expect(w.store('C').acquire(breaker(10), { breakLock: true, reporter })).rejects.toThrow('is held by run 9 attempt 1');
    w.cleanup();
  });

  it('the stale holder renews while a run breaks its hold: whichever GitHub records first', async () => {
    // The renewal first: the takeover names a lease end that is no longer the hold's, and loses.
    {
      const w = await world();
      const b = w.store('B');
      const run = interleaving();
      await run.start({ H: () => renew(w.hold), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
      await run.until('B', isPost);
      expect((await run.finishParty('H')).ok).toBe(true);
      const refused = errorOf(await run.finishParty('B'));
      run.close();
      expect(refused?.message).toBe('environment "staging" is still held by run 7 attempt 1: its hold was renewed before this run\'s takeover reached GitHub, or its lease had not yet ended by GitHub\'s clock; refusing to start a second rollout');
      await w.hold.begin(w.step, 1);
      expect((await w.current())?.holder).toBe('run 7 attempt 1');
      w.cleanup();
    }
    // The takeover first: the renewal comes too late, and the stale holder stops before its next step.
    {
      const w = await world();
      const b = w.store('B');
      const run = interleaving();
      await run.start({ H: () => w.hold.begin(w.step, 1), B: () => b.acquire(breaker(9), { breakLock: true, reporter }) });
      await run.until('B', isPost);
      await run.step('B');
      const lost = errorOf(await run.finishParty('H'));
      expect((await run.finishParty('B')).ok).toBe(true);
      run.close();
      expect(lost?.name).toBe('HoldLost');
      expect(lost?.message).toContain('the run that took over from run 7 attempt 1 took it');
      expect((await w.current())?.holder).toBe('run 9 attempt 1');
      w.cleanup();
    }
  });

  it('a run that read the environment free, then stalled while another run held and released it, does not take it with what it read', async () => {
    const w = await world();
    await w.hold.release().catch(() => undefined);
    const c = w.store('C');
    const d = w.store('D');
    const run = interleaving();
    await run.start({ C: () => c.acquire(breaker(11), { breakLock: false, reporter }) });
    await run.until('C', isPost);
    // D takes the environment, deploys and releases while C is stalled.
    await d.acquire(breaker(12), { breakLock: false, reporter });
    await d.release();
    const refused = errorOf(await run.finishParty('C'));
    run.close();
    expect(refused?.message).toBe('environment "staging" was taken and released by another run while this run was taking it; refusing to deploy from the state read before that');
    expect(await w.current()).toBeUndefined();
    w.cleanup();
  });

  it('two first runs of an environment each create a lock deployment: both use the oldest, one of them holds', async () => {
    const deployments = new FakeDeployments().install(github);
    const stores = ['E', 'F'].map(p => new DeploymentsStateStore('fresh', clientOf(p), 'crois/release', sha('release')));
    const run = interleaving();
    await run.start({ E: () => stores[0].acquire(breaker(1), { breakLock: false, reporter }), F: () => stores[1].acquire(breaker(2), { breakLock: false, reporter }) });
    // Both find no lock deployment and create one.
    await run.until('E', isPost);
    await run.until('F', isPost);
    await run.step('E');
    await run.step('F');
    await run.run(ready => ready.at(-1)!);
    run.close();
    const won = ['E', 'F'].filter(p => run.outcome(p)?.ok);
    expect(won).toHaveLength(1);
    expect(deployments.of('fresh (lockstep)', LOCK_TASK)).toHaveLength(2);
    stores.forEach(stopRenewing);
  });
});

describe('the hold, property: any interleaving of 2-3 runs taking a stale hold and its holder coming back', () => {
  type Kind = 'break' | 'attempt';
  type Script = 'idle' | 'renew' | 'step' | 'release';
  const scenario = fc.record({
    takers: fc.oneof(fc.constant<Kind[]>(['break', 'break']), fc.constant<Kind[]>(['break', 'break', 'break']), fc.constant<Kind[]>(['attempt', 'break']), fc.constant<Kind[]>(['break', 'attempt', 'break'])),
    holder: fc.constantFrom<Script>('idle', 'renew', 'step', 'release'),
    choices: fc.array(fc.nat({ max: 3 }), { minLength: 30, maxLength: 30 }),
  })
    // A later attempt is only ever started once the earlier one is over: its holder does not come back.
    .map(s => (s.takers.includes('attempt') ? { ...s, holder: 'idle' as Script } : s));

  it('at most one run believes it holds the environment at any moment, and exactly one taker wins unless the holder renewed first', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ takers, holder, choices }) => {
        const w = await world();
        const believers = new Set<string>();
        const overlaps: string[] = [];
        const believe = (party: string) => {
          if (believers.size > 0) overlaps.push(`${party} while ${[...believers].join(', ')}`);
          believers.add(party);
        };
        let holderBelieved = false;
        const parties: Record<string, () => Promise<unknown>> = {};
        const names = new Map<string, string>();
        takers.forEach((kind, i) => {
          const party = `T${i}`;
          const who = kind === 'attempt' ? laterAttempt : breaker(20 + i);
          names.set(party, who.name);
          const s = w.store(party);
          parties[party] = async () => {
            await s.acquire(who, { breakLock: kind === 'break', reporter });
            believe(party);
            // Its first step: written without asking GitHub again while its lease runs.
            await s.begin(w.step, 1);
          };
        });
        parties.H = async () => {
          try {
            if (holder === 'renew') await renew(w.hold);
            if (holder === 'renew' || holder === 'step') {
              await w.hold.begin(w.step, 1);
              holderBelieved = true;
              believe('H');
            }
            if (holder !== 'idle') await w.hold.release();
          } finally {
            believers.delete('H');
          }
        };
        const run = interleaving();
        let i = 0;
        try {
          await run.start(parties);
          await run.run(ready => ready[choices[i++ % choices.length] % ready.length]);
        } finally {
          run.close();
          w.cleanup();
        }
        const winners = [...names.keys()].filter(p => run.outcome(p)?.ok);
        // The holder kept its hold when its renewal landed before any takeover: it then released it.
        const holderKept = holderBelieved || w.lockStatuses().some(s => s.startsWith('inactive: released'));
        const log = run.log.join('\n');
        expect({ overlaps, log }).toEqual({ overlaps: [], log });
        expect(winners.length).toBeLessThanOrEqual(1);
        if (!holderKept) expect({ winners, log }).toEqual({ winners: [expect.any(String)], log });
        // What GitHub says agrees with who believes it: the winner's hold, else none (the holder released it) or the holder's.
        const now = await w.current();
        if (winners.length === 1) expect(now?.holder).toBe(names.get(winners[0]));
        else expect(now?.holder).toBeUndefined();
        // A run that lost never ended the winner's hold.
        for (const p of names.keys()) {
          const e = errorOf(run.outcome(p));
          if (e) expect([p, e.message]).toEqual([p, expect.stringMatching(/was taken by|is held by|is still held by|was taken and released by another run/)]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the hold as earlier Lockstep versions wrote it', () => {
  it('reads holds without a basis, renewed by posting them again, and the older takeover status as the end of every hold before it', async () => {
    const deployments = new FakeDeployments().install(github);
    const store = () => new DeploymentsStateStore('old', clientOf('reader'), 'crois/release', sha('release'));
    const d = deployments.startJob('crois/release', 'old (lockstep)', sha('release'));
    d.task = LOCK_TASK;
    const end = Math.ceil(Date.now() / 1000) + 600;
    const token = '5b0e4c4e-6f0a-4d59-9a59-3f1f2a8b9c01';
    deployments.seedStatus(d, 'in_progress', `lock crois/release/1 run 1`);
    deployments.seedStatus(d, 'inactive', 'taken over by run 2');
    deployments.seedStatus(d, 'in_progress', `lock ${token} ${end - 300} 1af4731a 1 crois/release/2 run 2 attempt 1`);
    deployments.seedStatus(d, 'in_progress', `lock ${token} ${end} 1af4731a 1 crois/release/2 run 2 attempt 1`);
    expect((await store().load()).lock).toMatchObject({ holder: 'run 2 attempt 1', token, run: 'crois/release/2', attempt: 1, expires: new Date(end * 1000).toISOString() });
    // Released in the older format: free.
    deployments.seedStatus(d, 'inactive', 'released');
    expect((await store().load()).lock).toBeUndefined();
  });
});
