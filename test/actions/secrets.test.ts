import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

// A token reaches the log only as `::add-mask::`, and only where the runner honours it.
const TOKEN = 'ghs_secretsTestToken0123456789';

describe('tokens', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let server: Server;
  let api: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // Answers every request as GitHub does an unauthorised one: the run fails, naming no token.
    server = createServer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(r => server.close(() => r())));
  beforeEach(async () => {
    dir = await tempDir('lockstep-secrets-');
    mkdirSync(join(dir.path, 'versions'));
    writeFileSync(join(dir.path, 'release.yaml'), 'repositories:\n  api: { github: acme/api }\n');
  });
  afterEach(() => dir.cleanup());

  const env = () => ({ GITHUB_API_URL: api, GITHUB_GRAPHQL_URL: `${api}/graphql` });

  it.each([
    ['true', true],
    ['', false],
  ])('the action masks its token only under GITHUB_ACTIONS=%j', async (actions, masked) => {
    const run = await runAction('resolve-deps', { cwd: dir.path, inputs: { mode: 'bootstrap', source: 'github', token: TOKEN }, env: { ...env(), GITHUB_ACTIONS: actions } });
    expect(run.exitCode).toBe(1);
    expect(seen.at(-1)).toContain(TOKEN);
    const lines = (run.stdout + run.stderr + run.summary).split('\n');
    expect(lines.filter(l => l === `::add-mask::${TOKEN}`)).toHaveLength(masked ? 1 : 0);
    expect(lines.filter(l => l.includes(TOKEN) && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  it('the CLI never prints a token, not even as a mask command', async () => {
    const run = await runCli(['bootstrap', '--source', 'github'], { cwd: dir.path, env: { ...env(), GITHUB_TOKEN: TOKEN } });
    expect(run.exitCode).toBe(1);
    expect(seen.at(-1)).toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toContain('::');
  });
});
