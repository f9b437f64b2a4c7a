import { jest } from '@jest/globals';
import { createGitHubClient, type GitHubClientOptions } from '../../src/adapters/github/client.js';
import { LockstepError } from '../../src/core/errors.js';
import { FakeGitHub } from '../support/fake-github.js';
import { GitHubWorld, serveGraphQL } from '../support/github-graphql.js';
import { rateLimit, restRoute } from '../support/github-rest.js';

// The client against GitHub's documented rate-limit answers (test/support/github-rest.ts, rateLimit):
// a secondary limit is waited out while the wait fits in rate-limit-wait, a primary limit that
// lifts later than that fails at once, naming its reset time and the refused request.
describe('GitHub rate limits', () => {
  let fake: FakeGitHub;
  let out: string[];
  let waits: string[];
  beforeEach(async () => {
    fake = new FakeGitHub();
    restRoute(fake, 'GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, req => ({ body: { number: Number(req.params[2]), title: 'Add the queue' } }));
    serveGraphQL(fake, () => new GitHubWorld().root());
    await fake.start();
    out = [];
    waits = [];
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    // Waits are told through the caller's reporter only: the CLI must not print `::warning::` workflow commands.
    expect(out).toEqual([]);
    await fake.stop();
  });

  const client = (options: Partial<GitHubClientOptions> = {}) => createGitHubClient({ token: 'ghs_test', baseUrl: fake.url, warning: message => waits.push(message), ...options });
  const getPull = (options: Partial<GitHubClientOptions> = {}) => client(options).rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 7 });
  const failure = async (promise: Promise<unknown>): Promise<LockstepError> => {
    try {
      await promise;
    } catch (e) {
      expect(e).toBeInstanceOf(LockstepError);
      return e as LockstepError;
    }
    throw new Error('expected the request to fail');
  };
  const warnings = () => waits;

  it.each([403, 429] as const)('waits out a secondary limit (%i) for its retry-after and then succeeds', async status => {
    const limit = rateLimit(fake, { kind: 'secondary', status, retryAfter: 1, times: 2 });
    const res = await getPull();
    expect(res.data).toMatchObject({ number: 7 });
    expect(limit.refused).toBe(2);
    expect(fake.requests.filter(r => r.path === '/repos/acme/api/pulls/7')).toHaveLength(3);
    expect(warnings()).toEqual([
      expect.stringContaining('GitHub secondary rate limit on GET /repos/acme/api/pulls/7: waiting 1s before retrying (59s of rate-limit-wait left)'),
      expect.stringContaining('waiting 1s before retrying (58s of rate-limit-wait left)'),
    ]);
  });

  it('fails at once when a secondary limit asks for more than rate-limit-wait has left', async () => {
    rateLimit(fake, { kind: 'secondary', retryAfter: 120 });
    const e = await failure(getPull());
    expect(e.message).toBe(
      "GitHub's secondary rate limit stopped GET /repos/acme/api/pulls/7: GitHub asks to wait 120s and rate-limit-wait allows 60s of waiting in all, 60s of it left (raise the rate-limit-wait input, or run fewer jobs against GitHub at once)",
    );
    expect(fake.requests).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('spends one budget over all the requests of a client, and 0 never waits', async () => {
    rateLimit(fake, { kind: 'secondary', retryAfter: 1, times: 1 });
    const github = client({ rateLimitWait: 1 });
    await expect(github.rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 7 })).resolves.toMatchObject({ status: 200 });
    rateLimit(fake, { kind: 'secondary', retryAfter: 1, times: 1 });
    const e = await failure(github.rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 8 }));
    expect(e.message).toContain('GitHub asks to wait 1s and rate-limit-wait allows 1s of waiting in all, 0s of it left');

    rateLimit(fake, { kind: 'secondary', retryAfter: 1, times: 1 });
    expect((await failure(getPull({ rateLimitWait: 0 }))).message).toContain('rate-limit-wait allows 0s of waiting in all');
  });

  it('counts a secondary limit without retry-after as the minute GitHub documents, more than a 30 s budget', async () => {
    rateLimit(fake, { kind: 'secondary', times: 1 });
    const e = await failure(getPull({ rateLimitWait: 30 }));
    expect(e.message).toMatch(/^GitHub's secondary rate limit stopped GET \/repos\/acme\/api\/pulls\/7 and rate-limit-wait allows 30s/);
  });

  it.each([403, 429] as const)('fails at once on a primary limit (%i), naming its reset time and the refused request', async status => {
    const limit = rateLimit(fake, { kind: 'primary', status, resetIn: 1800 });
    const e = await failure(getPull());
    const reset = new Date(limit.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(e.message).toBe(
      `GitHub's rate limit for this token (core), 5000 requests an hour is used up: GET /repos/acme/api/pulls/7 was refused; it resets at ${reset} (in 30 min), ` +
        'longer than rate-limit-wait allows 60s of waiting in all, 60s of it left. Re-run after the reset, or use a token with a higher limit (a GitHub App\'s).',
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('fails at once on a GraphQL primary limit (a 200 with RATE_LIMITED), naming the query', async () => {
    const limit = rateLimit(fake, { kind: 'primary', resetIn: 600 });
    const e = await failure(client().graphql('query Viewer { viewer { login } }'));
    expect(e.message).toContain("GitHub's rate limit for this token (graphql), 5000 requests an hour is used up: the GraphQL query Viewer was refused");
    expect(e.message).toContain(`resets at ${new Date(limit.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')} (in 10 min)`);
    expect(fake.requests).toHaveLength(1);
  });

  it('waits for a primary limit that lifts within rate-limit-wait', async () => {
    rateLimit(fake, { kind: 'primary', resetIn: 0, times: 1 });
    await expect(getPull()).resolves.toMatchObject({ status: 200 });
    // The plugin waits until a second past the reset: 0–2 s from here, however busy the machine.
    expect(warnings()).toEqual([expect.stringMatching(/GitHub primary rate limit on GET \/repos\/acme\/api\/pulls\/7: waiting [012]s before retrying/)]);
  });

  it('leaves other refusals as they are', async () => {
    fake.intercept(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    await expect(getPull()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
  });
});
