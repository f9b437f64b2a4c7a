import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

// patches/@actions+core+*.patch makes @actions/core load its HTTP client (and with it undici)
// and @actions/exec on first use instead of at import (docs/how-it-works.md, "Start-up"). These
// tests hold the two halves of that promise: nothing of them loads with the library, and what
// needs them still works.
const ROOT = resolve(import.meta.dirname, '../..');

/** The builtin modules a fresh Node process has loaded after `import '@actions/core'`. */
function builtinsAfterImport(): string[] {
  const script = "await import('@actions/core'); process.stdout.write(JSON.stringify(process.moduleLoadList))";
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as string[]).filter(m => m.startsWith('NativeModule ')).map(m => m.slice('NativeModule '.length));
}

describe('@actions/core as patched', () => {
  it('loads no HTTP, TLS or child-process module at import', () => {
    const loaded = builtinsAfterImport();
    expect(loaded).toContain('fs');
    for (const heavy of ['http', 'https', 'tls', 'http2', 'child_process', 'worker_threads']) expect(loaded).not.toContain(heavy);
  });

  it('keeps no undici, HTTP client or @actions/exec in the main file of any action bundle', () => {
    for (const action of ['hash-tag', 'resolve-deps', 'apply-steps']) {
      const main = readFileSync(join(ROOT, 'dist', action, 'index.js'), 'utf8');
      expect(main).toContain('::'); // the runner protocol of @actions/core is there
      expect(main).not.toMatch(/node_modules\/undici\//);
      expect(main).not.toMatch(/CONCATENATED MODULE: \.\/node_modules\/@actions\/(http-client|exec)\//);
    }
  });

  describe('getIDToken (the one user of the HTTP client)', () => {
    let server: Server;
    let requests: Array<{ url: string; authorization?: string }>;
    beforeAll(async () => {
      requests = [];
      server = createServer((req, res) => {
        requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ value: 'id-token-123' }));
      });
      await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    });
    afterAll(() => new Promise<void>(r => server.close(() => r())));

    it('still asks the token endpoint with the request token and masks the answer', async () => {
      const { port } = server.address() as AddressInfo;
      const script = "const core = await import('@actions/core'); process.stdout.write('token=' + await core.getIDToken('sts.example'))";
      // A child process, started without blocking: this process's server must answer it.
      const run = await new Promise<{ stdout: string; stderr: string }>((done, fail) =>
        execFile(
          process.execPath,
          ['--input-type=module', '-e', script],
          { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH, ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret' } },
          (error, stdout, stderr) => (error ? fail(new Error(`${error.message}\n${stderr}`)) : done({ stdout, stderr })),
        ),
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('::add-mask::id-token-123');
      expect(run.stdout).toMatch(/token=id-token-123$/);
      expect(requests).toEqual([{ url: '/token?api-version=2.0&audience=sts.example', authorization: 'Bearer request-secret' }]);
    });
  });

  it('platform.getDetails still runs its command (@actions/exec loaded on use)', () => {
    const script = "const core = await import('@actions/core'); const d = await core.platform.getDetails().catch(e => ({ error: e.message })); process.stdout.write(JSON.stringify(d))";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    const details = JSON.parse(run.stdout) as { platform?: string; name?: string; error?: string };
    // Either lsb_release answered, or @actions/exec (loaded now) said it is not installed.
    if (details.error) expect(details.error).toMatch(/lsb_release/);
    else expect(details).toMatchObject({ platform: 'linux', isLinux: true, name: expect.any(String) });
  });
});
