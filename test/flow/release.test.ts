import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { releaseNotes } from '../../scripts/release-notes.mjs';
import { parseOutputFile } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

/**
 * Release engineering: the release workflow's own shell steps run on a real git repository with
 * tags, CHANGELOG.md has what the release notes are cut from, and every reference users copy
 * names one owner and a ref that exists once a release is tagged.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OWNER = 'lockstep/lockstep';

interface Step {
  id?: string;
  name?: string;
  run?: string;
  if?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

function step(job: string, match: (s: Step) => boolean): Step {
  const found = release.jobs[job].steps.find(match);
  if (!found?.run) throw new Error(`release.yml: job ${job} has no such run step`);
  return found;
}

async function runStep(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number; outputs: Record<string, string>; stdout: string; stderr: string }> {
  const outputFile = join(cwd, '..', `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  return new Promise(res => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, ...env } }, (error, stdout, stderr) => {
      res({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), stdout, stderr });
    });
  });
}

describe('.github/workflows/release.yml', () => {
  test('runs on vX.Y.Z tags only; publishing needs the verification and is the only job that writes', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.publish.needs).toBe('verify');
    expect(release.jobs.publish.permissions).toEqual({ contents: 'write' });
    expect(release.jobs.verify.permissions).toBeUndefined();
    const verify = release.jobs.verify.steps.map(s => s.run ?? '').join('\n');
    for (const command of ['npm run build', 'git status --porcelain -- dist', 'node scripts/gen-docs.mjs --check', 'npm test', 'node scripts/release-notes.mjs']) {
      expect(verify).toContain(command);
    }
  });

  let repo: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    repo = await tempDir('lockstep-release-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: join(repo.path, 'r'), stdio: 'pipe' });
    execFileSync('git', ['init', '-q', '-b', 'main', join(repo.path, 'r')]);
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'one');
    for (const tag of ['v1.0.0', 'v1.2.0', 'v1.10.0', 'v1.1.5', 'v2.0.0', 'v1', 'v1.3.0-rc.1']) git('tag', tag);
  });
  afterAll(async () => repo?.cleanup());

  test('the major tag moves only for the newest release of that major (1.10 is newer than 1.2)', async () => {
    const newest = step('publish', s => s.id === 'newest').run!;
    const cwd = join(repo.path, 'r');
    const answers: Record<string, Record<string, string>> = {};
    for (const tag of ['v1.10.0', 'v1.2.0', 'v1.1.5', 'v2.0.0']) answers[tag] = (await runStep(newest, { TAG: tag }, cwd)).outputs;
    expect(answers).toEqual({
      'v1.10.0': { major: 'v1', newest: 'true' },
      'v1.2.0': { major: 'v1', newest: 'false' },
      'v1.1.5': { major: 'v1', newest: 'false' },
      'v2.0.0': { major: 'v2', newest: 'true' },
    });
    const move = step('publish', s => s.name === 'Move the major tag');
    expect(move.if).toBe("steps.newest.outputs.newest == 'true'");
  });

  test('a tag that does not name the package version fails with an annotation on package.json', async () => {
    const check = step('verify', s => s.name === 'The tag names the package version').run!;
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await runStep(check, { TAG: `v${version}` }, ROOT)).code).toBe(0);
    const wrong = await runStep(check, { TAG: 'v99.0.0' }, ROOT);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`::error file=package.json::version is ${version}, the tag is v99.0.0`);
  });
});

describe('release notes from CHANGELOG.md', () => {
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- coming',
    '',
    '## [1.1.0] - 2026-02-01',
    '',
    '### Added',
    '',
    '- status',
    '',
    '## [1.0.0] - 2026-01-01',
    '',
    '## 0.9.0',
    '- old',
    '',
    '[1.1.0]: https://example.com/compare/v1.0.0...v1.1.0',
  ].join('\n');

  test("a version's section, without its heading, the next section or link definitions", () => {
    expect(releaseNotes(changelog, 'v1.1.0')).toBe('### Added\n\n- status');
    expect(releaseNotes(changelog, '0.9.0')).toBe('- old');
    expect(releaseNotes(changelog, 'v1.0.0')).toBeUndefined();
    expect(releaseNotes(changelog, 'v3.0.0')).toBeUndefined();
  });

  test('the script fails naming the file when the version has no notes', () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), 'v42.0.0'], { stdio: 'pipe' });
    } catch (e) {
      failure = { status: (e as { status: number }).status, stderr: String((e as { stderr: Buffer }).stderr) };
    }
    expect(failure).toEqual({ status: 1, stderr: expect.stringContaining(`${join(ROOT, 'CHANGELOG.md')}: no "## [42.0.0]" section with notes`) });
  });

  test('CHANGELOG.md keeps an Unreleased section and notes under every released version', () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    for (const m of text.matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm)) expect({ version: m[1], notes: Boolean(releaseNotes(text, m[1])) }).toEqual({ version: m[1], notes: true });
  });
});

describe('references users copy', () => {
  const files = (dir: string): string[] =>
    !existsSync(dir) ? [] : readdirSync(dir).flatMap(n => (statSync(join(dir, n)).isDirectory() ? (n === 'node_modules' ? [] : files(join(dir, n))) : [join(dir, n)]));
  const copied = ['README.md', 'docs', 'examples', 'actions', '.github/workflows']
    .flatMap(p => (statSync(join(ROOT, p)).isDirectory() ? files(join(ROOT, p)) : [join(ROOT, p)]))
    .filter(p => /\.(md|ya?ml|json)$/.test(p));
  const major = Math.max(1, Number((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]));

  test(`name one placeholder owner, ${OWNER}`, () => {
    const owners = new Set<string>();
    for (const file of copied) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/([A-Za-z0-9_.-]+\/lockstep)\/(?:actions|\.github\/workflows)\/[^@\s]+@/g)) owners.add(`${m[1]} (${relative(ROOT, file)})`);
      for (const m of text.matchAll(/raw\.githubusercontent\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\//g)) owners.add(`${m[1]} (${relative(ROOT, file)})`);
    }
    expect([...owners].filter(o => !o.startsWith(`${OWNER} `))).toEqual([]);
    expect(owners.size).toBeGreaterThan(0);
  });

  test(`schema URLs resolve at the release tag v${major}: the file exists at that path`, () => {
    const urls = new Set<string>();
    for (const file of copied) for (const m of readFileSync(file, 'utf8').matchAll(/https:\/\/raw\.githubusercontent\.com\/[^\s"'`)]+/g)) urls.add(m[0]);
    expect(urls.size).toBeGreaterThanOrEqual(3);
    for (const url of urls) {
      const m = /^https:\/\/raw\.githubusercontent\.com\/lockstep\/lockstep\/(v\d+)\/(.+)$/.exec(url);
      expect({ url, ref: m?.[1], exists: m ? existsSync(join(ROOT, m[2])) : false }).toEqual({ url, ref: `v${major}`, exists: true });
    }
  });
});
