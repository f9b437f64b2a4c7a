import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/**
 * Runs `dist/<action>/index.js` the way the GitHub runner does: inputs as `INPUT_<NAME>`
 * (upper-cased, spaces to `_`, dashes kept), outputs through `GITHUB_OUTPUT`, the summary
 * through `GITHUB_STEP_SUMMARY`, cwd = the workspace.
 */
export async function runAction(
  action: string,
  options: { inputs?: Record<string, string>; cwd: string; env?: Record<string, string> },
): Promise<ActionRun> {
  const files = await tempDir('lockstep-runner-');
  try {
    const outputFile = join(files.path, 'output');
    const summaryFile = join(files.path, 'summary');
    const stateFile = join(files.path, 'state');
    for (const f of [outputFile, summaryFile, stateFile]) writeFileSync(f, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? files.path,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_TEMP: files.path,
      RUNNER_OS: 'Linux',
      GITHUB_WORKSPACE: options.cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_STATE: stateFile,
      // The user's own registry logins are never read by a test: every place they live points here.
      ...noUserCredentials(files.path),
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
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
