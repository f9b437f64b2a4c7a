import { afterEach, beforeEach, expect } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGitHubClient, type GitHubClient } from '../../src/adapters/github/client.js';
import { GitHubPullSource } from '../../src/adapters/pull-source.js';
import type { Reporter } from '../../src/core/reporter.js';
import { serializeVersionFile } from '../../src/core/versions/version-file.js';
import type { ReleaseContext } from '../../src/jobs/ports.js';
import { FakeGitHub, noRateLimitWait } from '../support/fake-github.js';
import { GitHubWorld, serveGraphQL, type GraphQLServer } from '../support/github-graphql.js';

/** A Reporter that keeps what a job reported, for assertions. */
export function collectingReporter() {
  const log = { info: [] as string[], warning: [] as string[], error: [] as string[], summary: [] as string[] };
  const reporter: Reporter = {
    info: m => log.info.push(m),
    warning: m => log.warning.push(m),
    error: m => log.error.push(m),
    group: (_t, fn) => fn(),
    summary: m => log.summary.push(m),
  };
  return { reporter, log };
}

/** The GitHub of one test: a fake GraphQL API over a fresh `GitHubWorld`, and clients of it. */
export interface GraphQLWorld {
  fake: FakeGitHub;
  world: GitHubWorld;
  server: GraphQLServer;
  /** A client of the fake API that does not retry. */
  client(): GitHubClient;
  /** The `source: github` of a release config, through `client()`. */
  source(ctx: Pick<ReleaseContext, 'config'>): GitHubPullSource;
}

/**
 * Serves a fresh world to each test of the calling `describe`; after each test, every query
 * sent must have been valid against GitHub's schema.
 */
export function graphQLWorld(): GraphQLWorld {
  const client = () => createGitHubClient({ token: 't', baseUrl: at.fake.url, retries: 0, warning: noRateLimitWait });
  const at: GraphQLWorld = {
    fake: undefined!,
    world: undefined!,
    server: undefined!,
    client,
    source: ctx => new GitHubPullSource(client(), ctx.config.file),
  };
  beforeEach(async () => {
    at.fake = new FakeGitHub();
    at.world = new GitHubWorld();
    at.server = serveGraphQL(at.fake, () => at.world.root());
    await at.fake.start();
  });
  afterEach(async () => {
    expect(at.server.invalid()).toEqual([]);
    await at.fake.stop();
  });
  return at;
}

/** A release repository in `dir`: `release.yaml` and version 1 pinning `repositories`, deployed in that order. */
export function writeRelease(dir: string, config: string, v1: { repositories: Record<string, string> }): void {
  writeFileSync(join(dir, 'release.yaml'), config);
  mkdirSync(join(dir, 'versions'));
  const steps = Object.entries(v1.repositories).map(([repository, commit]) => ({ repository, commit }));
  writeFileSync(join(dir, 'versions', '1.yaml'), serializeVersionFile({ version: 1, repositories: v1.repositories, steps }));
}
