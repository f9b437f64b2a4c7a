import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The layers of src/ (docs/how-it-works.md, "Code layout"): a pure core; adapters around it;
// jobs that reach git, files, registries and GitHub only through the ports they are handed
// (src/jobs/ports.ts); src/composition/, which builds those ports for the actions and the CLI,
// one file per area so that a bundle carries only the adapters of its own areas.
const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

interface ImportSite {
  file: string;
  line: number;
  text: string;
  from: string;
  /** `import type` / `export type`: erased, no module is loaded. */
  typeOnly: boolean;
}

/** Every static import or re-export, and every `import()`, of the TypeScript files below `dir`. */
function importSites(dir: string): ImportSite[] {
  return sources(join(ROOT, dir)).flatMap(path => {
    const file = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    const sites: ImportSite[] = [];
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gms)) {
      // `import { type A, type B }` loads the module just as well: only `import type` is erased.
      sites.push({ file, line: lineOf(m.index), text: m[0].split('\n')[0], from: m[4], typeOnly: Boolean(m[2]) });
    }
    for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) sites.push({ file, line: lineOf(m.index), text: m[0], from: m[1], typeOnly: false });
    for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) sites.push({ file, line: lineOf(m.index), text: m[0], from: m[1], typeOnly: false });
    return sites;
  });
}

const where = (s: ImportSite) => `${s.file}:${s.line}: ${s.text}`;
const isAdapter = (from: string) => /(^|\/)adapters\//.test(from);

describe('the layers of src/', () => {
  const jobs = importSites('src/jobs');
  const core = importSites('src/core');
  const adapters = importSites('src/adapters');

  it('finds the imports it checks', () => {
    expect(jobs.length).toBeGreaterThan(30);
    expect(jobs.some(s => s.typeOnly && isAdapter(s.from))).toBe(true);
    expect(core.length).toBeGreaterThan(30);
    // The parser sees what it must: a value import, a type-only one, a dynamic one.
    const sample = importSites('test/flow').filter(s => s.file.endsWith('layers.test.ts'));
    expect(sample.map(s => [s.from, s.typeOnly])).toEqual([
      ['node:fs', false],
      ['node:path', false],
    ]);
  });

  it('a job imports no adapter as a value: it is handed its ports', () => {
    expect(jobs.filter(s => isAdapter(s.from) && !s.typeOnly).map(where)).toEqual([]);
  });

  it('a job touches no file system, process or Actions toolkit of its own', () => {
    expect(jobs.filter(s => !s.typeOnly && /^(node:(fs|child_process|os|net|http|https)|@actions\/|@octokit\/|@aws-sdk\/)/.test(s.from)).map(where)).toEqual([]);
  });

  it('the core imports neither adapters, jobs, composition nor any I/O', () => {
    expect(core.filter(s => /(^|\/)(adapters|jobs|actions|cli|composition)\//.test(s.from)).map(where)).toEqual([]);
    expect(core.filter(s => !s.typeOnly && /^(node:(fs|child_process|os|net|http|https)|@actions\/|@octokit\/|@aws-sdk\/)/.test(s.from)).map(where)).toEqual([]);
  });

  it('an adapter reports through a callback, never by writing workflow commands itself', () => {
    expect(adapters.filter(s => s.from === '@actions/core').map(where)).toEqual([]);
  });

  it('composition loads every adapter on first use: nothing heavy enters a bundle\'s first chunk through it', () => {
    const eager = importSites('src')
      .filter(s => s.file.startsWith('src/composition/') && !s.typeOnly && isAdapter(s.from) && !s.text.startsWith('import('))
      .map(s => s.from);
    // The few read at every start, each without dependencies of its own.
    expect(eager.sort()).toEqual(['../adapters/git/listing.js', '../adapters/github/rate-limit.js', '../adapters/github/server.js', '../adapters/state/holder.js', '../adapters/termination.js']);
  });

  it('one area of composition uses another only as types: a bundle loads only the areas it imports', () => {
    const sites = importSites('src/composition');
    expect(sites.length).toBeGreaterThan(10);
    expect(sites.filter(s => s.from.startsWith('./') && !s.typeOnly).map(where)).toEqual([]);
  });

  it('an entry point (an action, a CLI command) reaches adapters only through composition', () => {
    const entries = [...importSites('src/actions'), ...importSites('src/cli')];
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.some(s => s.from.startsWith('../composition/'))).toBe(true);
    expect(entries.filter(s => isAdapter(s.from) && !s.typeOnly).map(where)).toEqual([]);
  });
});
