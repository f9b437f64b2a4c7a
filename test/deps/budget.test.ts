import { releases } from '../../src/composition/releases.js';
import { resolveDeps } from '../../src/jobs/resolve-deps.js';
import { nodeCount } from '../support/github-graphql.js';
import { tempDir } from '../support/tmp.js';
import { collectingReporter, graphQLWorld, writeRelease } from './support.js';

/** "Reading 20 repositories' merged PRs costs a handful of API requests, not one per PR." */
describe('GitHub request budget of a release', () => {
  const gh = graphQLWorld();

  it('20 repositories x 100 merged PRs, with dependencies inside and outside the windows: at most 5 GraphQL requests', async () => {
    const repos = Array.from({ length: 20 }, (_, r) => gh.world.repo(`crois/repo-${r}`));
    // PR 1 of each repository merged before version 1: dependencies on it are on released PRs.
    repos.forEach(repo => repo.squash({ number: 1, title: 'before' }));
    const dir = await tempDir('lockstep-budget-');
    try {
      const config = `repositories:\n${repos.map((r, i) => `  repo-${i}: { github: crois/repo-${i} }`).join('\n')}\n`;
      writeRelease(dir.path, config, { repositories: Object.fromEntries(repos.map((r, i) => [`repo-${i}`, r.head])) });
      for (let n = 2; n <= 101; n++) {
        repos.forEach((repo, r) => {
          const inside = n > 2 ? `\n- pull: repo-${(r + 1) % 20}#${n - 1}` : '';
          const body = `# dependency\n- pull: repo-${(r + 7) % 20}#1${inside}`;
          if (n % 2) repo.merge({ number: n, title: `PR ${n}`, body });
          else repo.squash({ number: n, title: `PR ${n}`, body });
        });
      }
      const { reporter } = collectingReporter();
      const result = await resolveDeps({ config: 'release.yaml', workspace: dir.path, releases: releases(), source: gh.source, onUnmerged: 'hold', write: false }, reporter);
      expect(result.held).toEqual([]);
      expect(result.version?.repositories).toEqual(Object.fromEntries(repos.map((r, i) => [`repo-${i}`, r.head])));
      expect(gh.fake.requests.length).toBeLessThanOrEqual(5);
      // Twenty repositories per query stay inside GitHub's node limit.
      const nodes = gh.server.queries.map(q => nodeCount(q.query, q.variables));
      expect(Math.max(...nodes)).toBeLessThanOrEqual(500_000);
      expect(nodeCount('query { repository(owner: "a", name: "b") { pullRequests(first: 10) { nodes { comments(first: 20) { nodes { body } } } } } }')).toBe(210);
      process.stderr.write(`release, 20 repositories x 100 merged PRs: ${gh.fake.requests.length} GraphQL requests, at most ${Math.max(...nodes)} nodes each\n`);
    } finally {
      await dir.cleanup();
    }
  });
});
