import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_RATE_LIMIT_WAIT } from '../../src/adapters/github/client.js';
import { actionEnvironment, declaredInputs, JOB_TOKEN } from '../support/run-action.js';

// action.yml and the code must agree on every input: an input the code reads but action.yml does
// not declare is one the runner warns about and a user cannot find; one declared but never read
// is silently ignored; a default in action.yml that differs from the code's own fallback (used
// when a workflow passes '') gives two behaviours for "left out".
const ROOT = resolve(import.meta.dirname, '../..');
const ACTIONS = readdirSync(join(ROOT, 'actions')).sort();
const READ = /\b(getInput|getBooleanInput|getMultilineInput|booleanInput|choiceInput|secondsInput|secretInput)\(\s*'([^']+)'(?=([^;\n]*))/g;
/** Named fallbacks the entries pass, by the value a user sees. */
const CONSTANTS: Record<string, string> = { DEFAULT_RATE_LIMIT_WAIT: String(DEFAULT_RATE_LIMIT_WAIT) };

interface Read {
  name: string;
  /** What the code uses when the input is empty; undefined when it computes one (an environment variable). */
  fallback: string | undefined;
}

function readsOf(action: string): Read[] {
  const source = readFileSync(join(ROOT, 'src', 'actions', `${action}.ts`), 'utf8');
  return [...source.matchAll(READ)].map(([, reader, name, rest]) => ({ name, fallback: fallbackOf(reader, name, rest) }));
}

function fallbackOf(reader: string, name: string, rest: string): string | undefined {
  const literal = (text: string) => /^'([^']*)'$/.exec(text.trim())?.[1];
  switch (reader) {
    case 'booleanInput':
      return /^\)/.test(rest) ? 'false' : /^,\s*(true|false)\)/.exec(rest)?.[1];
    case 'choiceInput':
      return literal(/^,\s*\[[^\]]*\](?:\s*as const)?,\s*('[^']*')\)/.exec(rest)?.[1] ?? '');
    case 'secondsInput': {
      const value = /^,\s*([\w.]+)/.exec(rest)?.[1] ?? '';
      return CONSTANTS[value] ?? (/^\d+(\.\d+)?$/.test(value) ? value : `unreadable: ${value}`);
    }
    case 'getMultilineInput':
      return '';
    default: {
      const or = /^(?:,\s*\{[^}]*\})?\)(?:\.trim\(\))?\s*\|\|\s*([^\s)|,]+)/.exec(rest);
      if (!or) return '';
      if (or[1] === 'undefined') return '';
      if (or[1].startsWith('process.env.')) return undefined;
      return literal(or[1]) ?? `unreadable fallback of ${name}: ${or[1]}`;
    }
  }
}

describe.each(ACTIONS)('%s: action.yml and the entry in src/actions', action => {
  const declared = declaredInputs(action);
  const reads = readsOf(action);

  it('declare exactly the inputs the code reads', () => {
    expect(reads.length).toBeGreaterThan(0);
    expect([...new Set(reads.map(r => r.name))].sort()).toEqual(Object.keys(declared).sort());
  });

  it("agree on each input's default", () => {
    const drift = reads.flatMap(({ name, fallback }) => {
      const input = declared[name];
      if (!input || input.required || fallback === undefined) return [];
      const yml = String(input.default ?? '');
      if (/\$\{\{/.test(yml)) return []; // the runner's own value (the job token)
      return yml === fallback ? [] : [`${name}: action.yml default ${JSON.stringify(yml)}, code fallback ${JSON.stringify(fallback)}`];
    });
    expect(drift).toEqual([]);
  });
});

it('reads inputs only in the entries of src/actions, where the test above sees them', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.startsWith(join(ROOT, 'src', 'actions'))) {
        if (/\b(getInput|getBooleanInput|getMultilineInput)\(/.test(readFileSync(path, 'utf8'))) offenders.push(path.slice(ROOT.length + 1));
      }
    }
  };
  walk(join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});

describe('the test runner (test/support/run-action.ts)', () => {
  it("fills every declared default as the runner does, the test's own inputs and variables first", () => {
    const env = actionEnvironment('resolve-deps', { cwd: '/w', inputs: { mode: 'check' }, env: { 'INPUT_ON-UNMERGED': 'fail' } }, '/files');
    expect(env).toMatchObject({
      INPUT_CONFIG: 'release.yaml',
      INPUT_SOURCE: 'github',
      INPUT_TOKEN: JOB_TOKEN,
      'INPUT_RATE-LIMIT-WAIT': '60',
      INPUT_WRITE: 'true',
      INPUT_MODE: 'check',
      'INPUT_ON-UNMERGED': 'fail',
      GITHUB_API_URL: 'http://127.0.0.1:9',
    });
    const apply = actionEnvironment('apply-steps', { cwd: '/w' }, '/files');
    expect(apply.INPUT_ENVIRONMENT).toBeUndefined(); // required, no default: the workflow must give it
    expect(apply.INPUT_VERSION).toBe('');
  });
});
