import type { FakeGitHub, FakeRequest } from './fake-github.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs several parties against one FakeGitHub one request at a time, in an order the test
 * chooses: every request of a party (told apart by `partyOf`, e.g. its token) is held at the
 * server until the test lets it through, and the next choice waits until the party let
 * through has sent its next request or finished. So the server answers exactly one request at
 * a time, and a list of choices is one interleaving of the parties' requests, replayable
 * (what a property test draws).
 */
export class Interleaving {
  private readonly parked = new Map<string, { req: FakeRequest; go: () => void }>();
  private readonly done = new Map<string, Outcome>();
  private names: string[] = [];
  private wake: Array<() => void> = [];
  private ungate?: () => void;
  /** The requests let through, in order: `<party> <METHOD> <path>`. */
  readonly log: string[] = [];

  constructor(
    private readonly fake: FakeGitHub,
    private readonly partyOf: (req: FakeRequest) => string | undefined,
  ) {}

  /** Starts the parties; returns once each is held at its first request or finished. */
  async start(parties: Record<string, () => Promise<unknown>>): Promise<void> {
    this.names = Object.keys(parties);
    this.ungate = this.fake.gate(req => {
      const party = this.partyOf(req);
      if (party === undefined || !this.names.includes(party) || this.done.has(party)) return;
      return new Promise<void>(go => {
        this.parked.set(party, { req, go });
        this.notify();
      });
    });
    for (const [name, run] of Object.entries(parties)) {
      void run().then(
        value => this.finish(name, { ok: true, value }),
        error => this.finish(name, { ok: false, error }),
      );
    }
    await this.settled();
  }

  /** Parties held at a request, in the order they were given. */
  ready(): string[] {
    return this.names.filter(n => this.parked.has(n));
  }

  /** The request `party` is held at. */
  next(party: string): FakeRequest | undefined {
    return this.parked.get(party)?.req;
  }

  /** Lets `party`'s held request through; returns once it is held at its next one or finished. */
  async step(party: string): Promise<void> {
    const held = this.parked.get(party);
    if (!held) throw new Error(`${party} is not waiting for a request (${this.done.has(party) ? 'finished' : 'busy'})`);
    this.parked.delete(party);
    this.log.push(`${party} ${held.req.method} ${held.req.path}`);
    held.go();
    await this.settled();
  }

  /** Lets `party`'s requests through until the one it is held at matches `stop` (not let through). */
  async until(party: string, stop: (req: FakeRequest) => boolean): Promise<void> {
    while (this.parked.has(party) && !stop(this.parked.get(party)!.req)) await this.step(party);
    if (!this.parked.has(party)) throw new Error(`${party} finished before the request it was to stop at`);
  }

  /** Lets `party` run to its end. */
  async finishParty(party: string): Promise<Outcome> {
    while (this.parked.has(party)) await this.step(party);
    return this.done.get(party)!;
  }

  /** Runs every party to its end, choosing among the held ones with `choose`. */
  async run(choose: (ready: string[]) => string): Promise<void> {
    for (let ready = this.ready(); ready.length > 0; ready = this.ready()) await this.step(choose(ready));
  }

  outcome(party: string): Outcome | undefined {
    return this.done.get(party);
  }

  /** Lets every held request through and stops holding requests. */
  close(): void {
    this.ungate?.();
    for (const { go } of this.parked.values()) go();
    this.parked.clear();
  }

  private finish(name: string, outcome: Outcome): void {
    this.done.set(name, outcome);
    this.notify();
  }

  private notify(): void {
    for (const wake of this.wake.splice(0)) wake();
  }

  /** Until every party is held at a request or finished. */
  private async settled(): Promise<void> {
    while (this.names.some(n => !this.parked.has(n) && !this.done.has(n))) await new Promise<void>(r => this.wake.push(r));
  }
}
