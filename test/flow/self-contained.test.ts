import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// A clone of the project alone (GitHub's CI, a contributor's laptop) must be able to run every
// test: no file of the project may reach outside the repository for its inputs.
const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.git', 'dist', '.work']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mjs|cjs|js|sh)$/.test(e.name) ? [path] : [];
  });
}

/** Relative paths resolved against a file's own location: `new URL('..', import.meta.url)`, `resolve(import.meta.dirname, '..')`. */
function fileRelativePaths(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/new URL\(\s*'([^']+)'\s*,\s*import\.meta\.url\s*\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/(?:resolve|join)\(\s*import\.meta\.dirname\s*,\s*'([^']+)'/g)) found.push(m[1]);
  return found;
}

describe('the project is self-contained', () => {
  const files = ['src', 'test', 'scripts', 'bench'].flatMap(d => sources(join(ROOT, d)));

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some(f => fileRelativePaths(readFileSync(f, 'utf8')).length > 0)).toBe(true);
  });

  it.each(['src', 'test', 'scripts', 'bench'])('no file under %s/ resolves a path outside the repository', dir => {
    const outside = files
      .filter(f => relative(ROOT, f).startsWith(dir + '/'))
      .flatMap(f => fileRelativePaths(readFileSync(f, 'utf8')).map(p => ({ file: relative(ROOT, f), path: p, to: resolve(dirname(f), p) })))
      .filter(({ to }) => relative(ROOT, to).startsWith('..'));
    expect(outside).toEqual([]);
  });

  it("names no folder of the developers' machine", () => {
    const named = files.filter(f => f !== import.meta.filename && /\/work\/|\.\.\/shared\//.test(readFileSync(f, 'utf8')));
    expect(named.map(f => relative(ROOT, f))).toEqual([]);
  });
});
