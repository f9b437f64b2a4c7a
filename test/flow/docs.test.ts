import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../support/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');
const GEN = join(ROOT, 'scripts/gen-docs.mjs');
const run = promisify(execFile);

async function genDocs(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [GEN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('the committed reference pages and README tables are what action.yml generates', async () => {
  const result = await genDocs(['--check']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});

test('README opens with the two commands that work on a fresh machine', () => {
  const head = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 12).join('\n');
  expect(head).toContain('npm install && npm run example');
  expect(head).toContain('npm install && npm test');
  expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test( |$)/m);
});

describe('a changed action.yml makes the check fail until the docs are regenerated', () => {
  const ACTION = [
    'name: Demo',
    'description: Does a demo thing.',
    'inputs:',
    '  config:',
    '    description: Path of the config | with a pipe',
    '    default: demo.yaml',
    '  environment:',
    '    description: |',
    '      Where to deploy.',
    '      Two lines.',
    '    required: true',
    'outputs:',
    '  result:',
    '    description: What happened',
    'runs:',
    '  using: node24',
    '  main: ../../dist/demo/index.js',
    '',
  ].join('\n');
  const README = ['# demo', '', '<!-- inputs:demo -->', 'stale', '<!-- /inputs:demo -->', '', '<!-- outputs:demo -->', '<!-- /outputs:demo -->', 'after', ''].join('\n');

  test('check, write, check again', async () => {
    const tmp = await tempDir();
    try {
      mkdirSync(join(tmp.path, 'actions/demo'), { recursive: true });
      writeFileSync(join(tmp.path, 'actions/demo/action.yml'), ACTION);
      writeFileSync(join(tmp.path, 'README.md'), README);

      const stale = await genDocs(['--check', '--root', tmp.path]);
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain('docs/actions/demo.md: differs');
      expect(stale.stderr).toContain('README.md: differs');

      expect((await genDocs(['--root', tmp.path])).code).toBe(0);
      expect((await genDocs(['--check', '--root', tmp.path])).code).toBe(0);

      const page = readFileSync(join(tmp.path, 'docs/actions/demo.md'), 'utf8');
      expect(page).toContain('| `config` | Path of the config \\| with a pipe | no | `demo.yaml` |');
      expect(page).toContain('| `environment` | Where to deploy. Two lines. | yes |  |');
      expect(page).toContain('| `result` | What happened |');
      expect(page).toContain('uses: lockstep/lockstep/actions/demo@v1');
      expect(page).toContain("    # (required) Where to deploy.\n    environment: ''");
      expect(page).toContain('    # Path of the config | with a pipe\n    config: demo.yaml');
      const readme = readFileSync(join(tmp.path, 'README.md'), 'utf8');
      expect(readme).not.toContain('stale');
      expect(readme).toContain('<!-- inputs:demo -->\n| input | description | required | default |');
      expect(readme).toContain('| `result` | What happened |\n<!-- /outputs:demo -->\nafter');

      // A description edited in action.yml alone is caught.
      writeFileSync(join(tmp.path, 'actions/demo/action.yml'), ACTION.replace('What happened', 'What did happen'));
      const drifted = await genDocs(['--check', '--root', tmp.path]);
      expect(drifted.code).toBe(1);
      expect(drifted.stderr).toContain('docs/actions/demo.md');
    } finally {
      await tmp.cleanup();
    }
  });
});

describe('links in the README and docs/ point at files and headings that exist', () => {
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
  const anchors = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map(m => slug(m[1])));
  const pages = ['README.md', 'docs/getting-started.md', 'docs/formats.md', 'docs/how-it-works.md'];

  test.each(pages)('%s', page => {
    const file = join(ROOT, page);
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const resolved = path ? resolve(file, '..', path) : file;
      if (!existsSync(resolved)) {
        broken.push(target);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
