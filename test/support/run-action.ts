import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './tmp.js';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error` / `::warning` lines, parsed. */
  annotations: Array<{ level: string; properties: Record<string, string>; message: string }>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Parses the GITHUB_OUTPUT file format: `name=value` or `name<<DELIM ... DELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** The job token the runner puts in for `${{ github.token }}`: any value will do, nothing checks it. */
export const JOB_TOKEN = 'ghs_runnerjobtoken000000000000000000000';

/** An input's environment variable, as the runner names it: `INPUT_` + the name upper-cased, spaces to `_`, dashes kept. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

/** The inputs `actions/<action>/action.yml` declares. */
export function declaredInputs(action: string): Record<string, ActionInput> {
  const meta = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs?: Record<string, ActionInput> };
  return meta.inputs ?? {};
}

/**
 * An input default as the runner evaluates it. The runner fills every declared default before
 * the action starts; only the expressions the action.yml files use are known here, and any
 * other one fails the test rather than reach the action as literal `${{ }}` text.
 */
function evaluateDefault(action: string, name: string, value: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_all, expression: string) => {
    if (expression === 'github.token') return JOB_TOKEN;
    throw new Error(`actions/${action}/action.yml: input ${name}: the test runner does not evaluate \${{ ${expression} }}`);
  });
}

export interface ActionOptions {
  inputs?: Record<string, string>;
  cwd: string;
  env?: Record<string, string>;
}

/** The environment the runner gives `action`'s process, its command files in `files` (which must exist). */
export function actionEnvironment(action: string, options: ActionOptions, files: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: files,
    RUNNER_OS: 'Linux',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_API_URL: 'http://127.0.0.1:9',
    // The user's own registry logins are never read by a test: every place they live points here.
    ...noUserCredentials(files),
    ...options.env,
  };
  for (const [name, input] of Object.entries(declaredInputs(action))) {
    if (input.default !== undefined && env[inputVariable(name)] === undefined) env[inputVariable(name)] = evaluateDefault(action, name, String(input.default));
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  return env;
}

/**
 * Runs `dist/<action>/index.js` the way the GitHub runner does: every input `action.yml`
 * declares with a default is set to it (as `INPUT_<NAME>`) unless the test gives the input, so
 * a test sees what a workflow that leaves the input out sees; outputs through `GITHUB_OUTPUT`,
 * the summary through `GITHUB_STEP_SUMMARY`, cwd = the workspace. `GITHUB_API_URL` points at a
 * closed local port unless the test gives one, so a default token never reaches github.com.
 */
export async function runAction(action: string, options: ActionOptions): Promise<ActionRun> {
  const files = await tempDir('lockstep-runner-');
  try {
    const outputFile = join(files.path, 'output');
    const summaryFile = join(files.path, 'summary');
    for (const f of ['output', 'summary', 'state']) writeFileSync(join(files.path, f), '');
    const env = actionEnvironment(action, options, files.path);
    const child = spawn(process.execPath, [join(ROOT, 'dist', action, 'index.js')], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    const exitCode: number = await new Promise(res => child.on('close', code => res(code ?? -1)));
    const annotations = [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map(m => ({
      level: m[1],
      properties: Object.fromEntries(
        (m[2] ?? '')
          .trim()
          .split(',')
          .filter(Boolean)
          .map(kv => [kv.slice(0, kv.indexOf('=')), unescapeCommand(kv.slice(kv.indexOf('=') + 1))]),
      ),
      message: unescapeCommand(m[3]),
    }));
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations,
    };
  } finally {
    await files.cleanup();
  }
}

/**
 * Environment that points every registry-credentials location (Docker config, containers auth
 * files) into `dir`, where none exist, so a test never reads the real user's logins.
 */
export function noUserCredentials(dir: string): Record<string, string> {
  return {
    DOCKER_CONFIG: join(dir, 'no-docker-config'),
    XDG_RUNTIME_DIR: join(dir, 'no-runtime-dir'),
    XDG_CONFIG_HOME: join(dir, 'no-config-home'),
    REGISTRY_AUTH_FILE: join(dir, 'no-auth-file.json'),
  };
}

/** Runs the bundled CLI (`dist/cli/index.js`). */
export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...noUserCredentials(options.cwd), ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', d => (stdout += d));
  child.stderr.on('data', d => (stderr += d));
  const exitCode: number = await new Promise(res => child.on('close', code => res(code ?? -1)));
  return { exitCode, stdout, stderr };
}
