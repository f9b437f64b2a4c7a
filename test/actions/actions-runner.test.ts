import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { parseOutputFile } from '../support/run-action.js';
import { tempDir } from '../support/tmp.js';

// src/adapters/actions-runner.ts replaces @actions/core, so the specification is @actions/core
// itself: every scenario below runs twice, in a fresh Node process each, once against the real
// @actions/core and once against the new module, with the same environment and the same files,
// and the two must print the same bytes, write the same files and exit the same way.
//
// Why child processes for both: the calls write to process.stdout, set process.exitCode and
// read process.env, which inside a Jest worker would be neither capturable byte for byte nor
// harmless; two identical child processes differ only in the module they load.
// Why `ts.transpileModule` and not ncc: the module imports only node: builtins, so a one-file
// transpile is exactly its code, in milliseconds; the ncc bundles that embed it are exercised by
// the action tests (test/tag/hash-tag-action, test/deps/action, test/rollout/apply-action).

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = join(ROOT, 'node_modules/@actions/core/lib/core.js');
const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// The probe runs a scenario's code with `core` bound to one module or the other. `summary(md)`
// is the one call whose spelling differs: @actions/core's `summary.addRaw(md, true).write()`,
// the new module's `appendSummary(md)`. PROBE_UUID fixes crypto.randomUUID (through
// syncBuiltinESMExports, before either module loads) so a delimiter can be predicted.
const PROBE = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';
if (process.env.PROBE_UUID) {
  const crypto = createRequire(import.meta.url)('node:crypto');
  crypto.randomUUID = () => process.env.PROBE_UUID;
  syncBuiltinESMExports();
}
const core = await import(pathToFileURL(process.env.PROBE_MODULE).href);
const summary = md => (core.appendSummary ? core.appendSummary(md) : core.summary.addRaw(md, true).write());
const show = value => process.stdout.write('> ' + JSON.stringify(value) + '\\n');
const attempt = async fn => {
  try { show(await fn()); } catch (e) { show({ thrown: e.constructor.name, message: e.message }); }
};
const AsyncFunction = (async () => {}).constructor;
await new AsyncFunction('core', 'summary', 'show', 'attempt', process.env.PROBE_SCRIPT)(core, summary, show, attempt);
`;

interface ProbeRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Raw text of GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE. */
  files: { output: string; summary: string; state: string };
}

let dir: { path: string; cleanup: () => Promise<void> };
let ours: string;
let probe: string;

beforeAll(async () => {
  dir = await tempDir('lockstep-actions-runner-');
  const source = readFileSync(join(ROOT, 'src/adapters/actions-runner.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  ours = join(dir.path, 'actions-runner.mjs');
  writeFileSync(ours, js.outputText);
  probe = join(dir.path, 'probe.mjs');
  writeFileSync(probe, PROBE);
});

afterAll(async () => {
  await dir.cleanup();
});

let runs = 0;

async function runProbe(
  module: string,
  script: string,
  options: { inputs?: Record<string, string>; env?: Record<string, string>; noFiles?: boolean } = {},
): Promise<ProbeRun> {
  const files = join(dir.path, `run-${++runs}`);
  const paths = { output: `${files}-output`, summary: `${files}-summary`, state: `${files}-state` };
  for (const file of Object.values(paths)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    PROBE_MODULE: module,
    PROBE_SCRIPT: script,
    ...(options.noFiles ? {} : { GITHUB_OUTPUT: paths.output, GITHUB_STEP_SUMMARY: paths.summary, GITHUB_STATE: paths.state }),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [probe], { env, cwd: dir.path });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', d => (stdout += d));
  child.stderr.on('data', d => (stderr += d));
  const exitCode: number = await new Promise(res => child.on('close', code => res(code ?? -1)));
  const read = (file: string) => readFileSync(file, 'utf8');
  return { exitCode, stdout, stderr, files: { output: read(paths.output), summary: read(paths.summary), state: read(paths.state) } };
}

/** Runs the scenario against both modules and asserts they behaved the same; returns ours. */
async function compare(script: string, options: Parameters<typeof runProbe>[2] = {}): Promise<ProbeRun> {
  const [real, mine] = await Promise.all([runProbe(REAL, script, options), runProbe(ours, script, options)]);
  expect(real.stderr).toBe('');
  expect(mine.stderr).toBe('');
  expect(mine.stdout).toBe(real.stdout);
  expect(mine.exitCode).toBe(real.exitCode);
  // Delimiters are random in both; the rest of each file must match byte for byte.
  for (const key of ['output', 'summary', 'state'] as const) {
    expect(mine.files[key].replace(DELIMITER, 'ghadelimiter_X')).toBe(real.files[key].replace(DELIMITER, 'ghadelimiter_X'));
  }
  expect(parseOutputFile(mine.files.output)).toEqual(parseOutputFile(real.files.output));
  return mine;
}

/** The values the `show` helper printed, in order. */
function shown(run: ProbeRun): unknown[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('> '))
    .map(line => JSON.parse(line.slice(2)));
}

describe('actions-runner matches @actions/core', () => {
  test('outputs: multi-line, %, \\r, : and , values, non-strings, a delimiter-looking line', async () => {
    const values = {
      plain: 'hello',
      multi: 'line one\nline two\n\nline four',
      crlf: 'a\r\nb\rc',
      percent: '100% %0A %25 literal',
      punctuation: 'a:b,c=d;e',
      json: JSON.stringify({ include: [{ name: 'svc', 'build-args': 'A=1\nB=2' }] }),
      delimiterish: 'before\nghadelimiter_00000000-0000-0000-0000-000000000000\nafter',
      empty: '',
      'name with spaces': 'spaced',
    };
    const script = `
      const values = ${JSON.stringify(values)};
      for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
      core.setOutput('number', 42);
      core.setOutput('object', { a: [1, 'two'] });
      core.setOutput('nothing', null);
      core.setOutput('undefined', undefined);
      core.setOutput('flag', false);
    `;
    const run = await compare(script);
    expect(run.stdout).toBe('');
    expect(parseOutputFile(run.files.output)).toEqual({
      ...values,
      number: '42',
      object: '{"a":[1,"two"]}',
      nothing: '',
      undefined: '',
      flag: 'false',
    });
    // Every value is a heredoc block with its own fresh delimiter.
    const delimiters = (run.files.output.match(DELIMITER) ?? []).filter(d => !d.endsWith('-000000000000'));
    expect(delimiters).toHaveLength(2 * 14);
    expect(new Set(delimiters).size).toBe(14);
    expect(run.files.output.startsWith('plain<<ghadelimiter_')).toBe(true);
    expect(run.files.state).toBe('');
  });

  test('a name or value holding the actual delimiter is refused with the same error; otherwise byte-identical files', async () => {
    const uuid = '12345678-abcd-4abc-8abc-1234567890ab';
    const script = `
      await attempt(() => core.setOutput('a', 'x ghadelimiter_${uuid} y'));
      await attempt(() => core.setOutput('b<<ghadelimiter_${uuid}', 'x'));
      core.setOutput('c', 'fine\\nvalue');
    `;
    const options = { env: { PROBE_UUID: uuid } };
    const mine = await compare(script, options);
    const real = await runProbe(REAL, script, options);
    expect(mine.files.output).toBe(real.files.output);
    expect(mine.files.output).toBe(`c<<ghadelimiter_${uuid}\nfine\nvalue\nghadelimiter_${uuid}\n`);
    expect(shown(mine)).toEqual([
      { thrown: 'Error', message: `Unexpected input: value should not contain the delimiter "ghadelimiter_${uuid}"` },
      { thrown: 'Error', message: `Unexpected input: name should not contain the delimiter "ghadelimiter_${uuid}"` },
    ]);
  });

  test('without GITHUB_OUTPUT an output falls back to ::set-output; a missing output file is an error', async () => {
    const fallback = await compare(`core.setOutput('x', 'a%b\\nc:d,e'); core.setOutput('o', { k: 1 });`, { noFiles: true });
    expect(fallback.stdout).toBe('\n::set-output name=x::a%25b%0Ac:d,e\n\n::set-output name=o::{"k":1}\n');
    const missing = await compare(`await attempt(() => core.setOutput('x', 'y'));`, { env: { GITHUB_OUTPUT: join(dir.path, 'no-such-file') } });
    expect(shown(missing)).toEqual([{ thrown: 'Error', message: `Missing file at path: ${join(dir.path, 'no-such-file')}` }]);
  });

  test('log lines and annotations: escaping of data and properties, startLine/startColumn as line/col', async () => {
    const script = `
      core.info('plain info: 100% a,b\\nsecond line');
      core.debug('debug %\\r\\n: ,');
      core.warning('just a warning');
      core.error('with every property', { title: 'T: a, b', file: 'dir/file,1:2.yaml', startLine: 3, endLine: 5, startColumn: 7, endColumn: 9 });
      core.notice('a notice\\nover lines', { file: 'images.yaml', startLine: 12 });
      core.warning('line zero is left out', { file: 'a%b.yaml', startLine: 0, startColumn: 4 });
      core.error('only undefined properties', { file: undefined });
      core.error(new Error('an Error object'));
      core.warning('empty properties', {});
      core.error('title only', { title: 'oops' });
    `;
    const run = await compare(script);
    expect(run.stdout.split('\n')).toEqual([
      'plain info: 100% a,b',
      'second line',
      '::debug::debug %25%0D%0A: ,',
      '::warning::just a warning',
      '::error title=T%3A a%2C b,file=dir/file%2C1%3A2.yaml,line=3,endLine=5,col=7,endColumn=9::with every property',
      '::notice file=images.yaml,line=12::a notice%0Aover lines',
      '::warning file=a%25b.yaml,col=4::line zero is left out',
      '::error ::only undefined properties',
      '::error::Error: an Error object',
      '::warning::empty properties',
      '::error title=oops::title only',
      '',
    ]);
  });

  test('inputs: name transform, trimming, required, multi-line inputs', async () => {
    const inputs = {
      config: '  images.yaml \n',
      'render-to': 'out',
      'my input': 'spaced name',
      render: '\n  k8s/a.yaml  \r\n\n   \nk8s/b.yaml\r\n  \n',
      raw: '  keep  ',
    };
    const script = `
      show(core.getInput('config'));
      show(core.getInput('Config'));
      show(core.getInput('render-to'));
      show(core.getInput('my input'));
      show(core.getInput('absent'));
      show(core.getInput('raw', { trimWhitespace: false }));
      show(core.getInput('raw', { required: true }));
      await attempt(() => core.getInput('absent', { required: true }));
      await attempt(() => core.getMultilineInput('absent', { required: true }));
      show(core.getMultilineInput('render'));
      show(core.getMultilineInput('render', { trimWhitespace: false }));
      show(core.getMultilineInput('absent'));
    `;
    const run = await compare(script, { inputs });
    expect(shown(run)).toEqual([
      'images.yaml',
      'images.yaml',
      'out',
      'spaced name',
      '',
      '  keep  ',
      'keep',
      { thrown: 'Error', message: 'Input required and not supplied: absent' },
      { thrown: 'Error', message: 'Input required and not supplied: absent' },
      // Empty lines go, lines of blanks stay (as ''): @actions/core filters before it trims.
      ['k8s/a.yaml', '', 'k8s/b.yaml'],
      ['  k8s/a.yaml  \r', '   ', 'k8s/b.yaml\r', '  '],
      [],
    ]);
  });

  test('setSecret, groups (closed when the body throws) and the exit code', async () => {
    const script = `
      core.setSecret('p@ss:w,o%rd\\nnext');
      show(await core.group('outer: a, b', async () => {
        core.info('inside');
        return 7;
      }));
      await attempt(() => core.group('failing', async () => { core.info('before throw'); throw new Error('boom'); }));
      show([core.ExitCode.Success, core.ExitCode.Failure]);
    `;
    const run = await compare(script);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      '::add-mask::p@ss:w,o%25rd%0Anext',
      '::group::outer: a, b',
      'inside',
      '::endgroup::',
      '> 7',
      '::group::failing',
      'before throw',
      '::endgroup::',
      '> {"thrown":"Error","message":"boom"}',
      '> [0,1]',
      '',
    ]);
  });

  test('setFailed prints an ::error and makes the process exit with 1', async () => {
    const run = await compare(`core.setFailed('unexpected error: x%y\\nz'); core.setFailed(new Error('second')); core.info('still running');`);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('::error::unexpected error: x%25y%0Az\n::error::Error: second\nstill running\n');
  });

  test('the job summary: raw markdown plus a line end, appended; same errors when it cannot be written', async () => {
    const markdown = '## Tags\n\n| image | tag |\n| --- | --- |\n| svc | `abc` |';
    const run = await compare(`await summary(${JSON.stringify(markdown)}); await summary('second');`);
    expect(run.files.summary).toBe(`${markdown}\nsecond\n`);
    const unset = await compare(`await attempt(() => summary('x'));`, { noFiles: true });
    expect(shown(unset)).toEqual([
      { thrown: 'Error', message: 'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.' },
    ]);
    const missing = join(dir.path, 'no-summary-here');
    const unreadable = await compare(`await attempt(() => summary('x'));`, { env: { GITHUB_STEP_SUMMARY: missing } });
    expect(shown(unreadable)).toEqual([
      { thrown: 'Error', message: `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.` },
    ]);
  });
});

test('no Lockstep source imports @actions/core (its load cost is why actions-runner exists)', () => {
  const offenders: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && /(?:from\s+|import\s*\(\s*)['"]@actions\/core['"]/.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  walk(join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});
