import { execFile } from 'node:child_process';
import { LockstepError } from '../../core/errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 */
export function git(cwd: string, args: string[], options: { input?: string; maxBuffer?: number } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: options.maxBuffer ?? 1024 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        // Bytes, decoded once at the end: decoding each 64 KB chunk into a string of its own
        // left megabytes of short-lived strings (`ls-files` of a large repository) for the
        // garbage collector to copy until they were joined.
        encoding: 'buffer',
      },
      (error, out, err) => {
        const stderr = err.toString('utf8');
        if (error) {
          const detail = (stderr || error.message).trim().split('\n').slice(-3).join(' ');
          reject(new LockstepError(`git ${args[0]} failed in ${cwd}: ${detail}`));
        } else {
          resolve({ stdout: out.toString('utf8'), stderr });
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
