/**
 * The GitHub Actions runner's protocol, spoken directly. An action talks to the runner only
 * through its environment, a few files and its stdout:
 *
 * - inputs arrive as `INPUT_<NAME>` variables (spaces to `_`, upper-cased, dashes kept);
 * - outputs, saved state and exported variables are appended to the files named by
 *   `GITHUB_OUTPUT`, `GITHUB_STATE` and `GITHUB_ENV` in the heredoc form
 *   `name<<ghadelimiter_<uuid>` / value / delimiter (only outputs are used here);
 * - the job summary is markdown appended to the file named by `GITHUB_STEP_SUMMARY`;
 * - everything else is a workflow command on stdout: `::error file=f,line=3::message`,
 *   `::add-mask::`, `::group::`, `::debug::`.
 *
 * It exists instead of `@actions/core` because loading the bundled `@actions/core` costs
 * ~50 ms per action start (it pulls in `@actions/http-client` and `undici`, ~1 MB, for OIDC
 * tokens Lockstep never asks for): `node -e 0` took 60 ms, a bundle doing only
 * `core.info('x')` 110 ms. The hash-tag action's whole budget is ~210 ms.
 *
 * It reproduces `@actions/core` 3.0.1 (`lib/command.js`, `lib/file-command.js`,
 * `lib/utils.js`, `lib/core.js`) byte for byte for the part Lockstep uses, quirks included;
 * test/actions/actions-runner.test.ts compares the two. Files are appended synchronously,
 * so nothing is lost when the process exits.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Exit codes of an action (`process.exitCode`). */
export const ExitCode = { Success: 0, Failure: 1 } as const;

/** Where an annotation points; `startLine`/`startColumn` go out as `line`/`col`. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface InputOptions {
  /** Throw when the input is empty or not set. */
  required?: boolean;
  /** Trim the value (each line, for multi-line inputs); default true. */
  trimWhitespace?: boolean;
}

/** Strings as they are, null/undefined as '', anything else as JSON. */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type CommandProperties = Record<string, unknown>;

/**
 * `::command key=value,key=value::message`. Empty (falsy) properties are left out, but as
 * in @actions/core the space after the command stays when the object has keys at all.
 */
export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let text = `::${command || 'missing.command'}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    text += ' ';
    text += keys
      .filter(key => properties[key])
      .map(key => `${key}=${escapeProperty(properties[key])}`)
      .join(',');
  }
  return `${text}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function toCommandProperties(annotation: AnnotationProperties): CommandProperties {
  if (Object.keys(annotation).length === 0) return {};
  return {
    title: annotation.title,
    file: annotation.file,
    line: annotation.startLine,
    endLine: annotation.endLine,
    col: annotation.startColumn,
    endColumn: annotation.endColumn,
  };
}

/** `name<<delimiter`, value, delimiter: the delimiter is random so a value cannot end the block. */
export function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

function issueFileCommand(command: 'OUTPUT' | 'STATE' | 'ENV', message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

// ---------------------------------------------------------------------------- inputs

/** The input's value, trimmed unless `trimWhitespace: false`; '' when not set. */
export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  if (options?.trimWhitespace === false) return value;
  return value.trim();
}

/** The input's non-empty lines, each trimmed unless `trimWhitespace: false`. */
export function getMultilineInput(name: string, options?: InputOptions): string[] {
  // As in @actions/core: empty lines are dropped before trimming, so a line of spaces stays as ''.
  const lines = getInput(name, options).split('\n').filter(line => line !== '');
  if (options?.trimWhitespace === false) return lines;
  return lines.map(line => line.trim());
}

// ---------------------------------------------------------------------------- outputs

/** Sets a step output (`GITHUB_OUTPUT`; the old `::set-output` command when that is not set). */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** Asks the runner to mask the value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/**
 * Appends markdown (and a line end) to the job summary. Throws, with @actions/core's
 * messages, when `GITHUB_STEP_SUMMARY` is not set or its file is not readable and writable.
 */
export function appendSummary(markdown: string): void {
  const filePath = process.env.GITHUB_STEP_SUMMARY;
  if (!filePath) {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  }
  try {
    accessSync(filePath, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(filePath, markdown + EOL, { encoding: 'utf8' });
}

// ---------------------------------------------------------------------------- log

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotate(level: 'error' | 'warning' | 'notice', message: string | Error, properties: AnnotationProperties): void {
  issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('error', message, properties);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('warning', message, properties);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('notice', message, properties);
}

/** Folds what `fn` prints into a collapsible group; the group is closed even if `fn` throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** An `::error` annotation and exit code 1 when the process ends. */
export function setFailed(message: string | Error): void {
  process.exitCode = ExitCode.Failure;
  error(message);
}
