import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { GitHubPullSource } from '../../src/adapters/pull-source.js';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import { resolveDeps } from '../../src/jobs/resolve-deps.js';
import { FakeGitHub } from '../support/fake-github.js';
import { GitHubWorld, nodeCount, serveGraphQL, type GraphQLServer } from '../support/github-graphql.js';
import { tempDir } from '../support/tmp.js';
import { collectingReporter } from './support.js';

/** "Reading 20 repositories' merged PRs costs a handful of API requests, not one per PR." */
describe('GitHub request budget of a release', () => {
  let fake: FakeGitHub;
  let world: GitHubWorld;
  let server: GraphQLServer;
  beforeEach(async () => {
    fake = new FakeGitHub();
    world = new GitHubWorld();
    server = serveGraphQL(fake, () => world.root());
    await fake.start();
  });
  afterEach(async () => {
    expect(server.invalid()).toEqual([]);
    await fake.stop();
  });

  it('20 repositories x 100 merged PRs, with dependencies inside and outside the windows: at most 5 GraphQL requests', async () => {
    const repos = Array.from({ length: 20 }, (_, r) => world.repo(`crois/repo-${r}`));
    // PR 1 of each repository merged before version 1: dependencies on it are on released PRs.
    repos.forEach(repo => repo.squash({ number: 1, title: 'before' }));
    const dir = await tempDir('lockstep-budget-');
    try {
      writeFileSync(join(dir.path, 'release.yaml'), `repositories:\n${repos.map((r, i) => `  repo-${i}: { github: crois/repo-${i} }`).join('\n')}\n`);
      mkdirSync(join(dir.path, 'versions'));
      const repositories = Object.fromEntries(repos.map((r, i) => [`repo-${i}`, r.head]));
      writeFileSync(join(dir.path, 'versions', '1.yaml'), serializeVersionFile({ version: 1, repositories, steps: repos.map((r, i) => ({ repository: `repo-${i}`, commit: r.head })) }));
      for (let n = 2; n <= 101; n++) {
        repos.forEach((repo, r) => {
          const inside = n > 2 ? `\n- pull: repo-${(r + 1) % 20}#${n - 1}` : '';
          const body = `# dependency\n- pull: repo-${(r + 7) % 20}#1${inside}`;
          if (n % 2) repo.merge({ number: n, title: `PR ${n}`, body });
          else repo.squash({ number: n, title: `PR ${n}`, body });
        });
      }
      const client = createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 });
      const { reporter } = collectingReporter();
      const result = await resolveDeps({ config: 'release.yaml', workspace: dir.path, source: ctx => new GitHubPullSource(client, ctx.config.file), onUnmerged: 'hold', write: false }, reporter);
      expect(result.held).toEqual([]);
      expect(result.version?.repositories).toEqual(Object.fromEntries(repos.map((r, i) => [`repo-${i}`, r.head])));
      expect(fake.requests.length).toBeLessThanOrEqual(5);
      // Twenty repositories per query stay inside GitHub's node limit.
      const nodes = server.queries.map(q => nodeCount(q.query, q.variables));
      expect(Math.max(...nodes)).toBeLessThanOrEqual(500_000);
      expect(nodeCount('query { repository(owner: "a", name: "b") { pullRequests(first: 10) { nodes { comments(first: 20) { nodes { body } } } } } }')).toBe(210);
      process.stderr.write(`release, 20 repositories x 100 merged PRs: ${fake.requests.length} GraphQL requests, at most ${Math.max(...nodes)} nodes each\n`);
    } finally {
      await dir.cleanup();
    }
  });
});
