import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockstepError } from '../../core/errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  /** The bytes `stdout` was decoded from, when asked for (`keepBytes`). */
  bytes?: Buffer;
}

/**
 * Runs git with an argument vector, never through a shell: repository names, commits and
 * PR text cannot be interpreted as commands. Callers put `--` before paths and refs taken
 * from input so they cannot be read as options.
 *
 * git's standard output goes to an unlinked temporary file rather than a pipe: through a
 * 64 KB pipe, `git ls-files` of a large repository (megabytes) stalls whenever this process
 * is busy (loading its code, hashing) and cannot drain it, and finished ~90 ms late on the
 * benchmark; into a file it runs at its own speed, and the output is read once at the end.
 */
export function git(cwd: string, args: string[], options: { input?: string; keepBytes?: boolean } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const spool = openSpool();
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', spool?.fd ?? 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    let failed = false;
    child.on('error', e => {
      failed = true;
      spool?.close();
      reject(new LockstepError(`git ${args[0]} could not run in ${cwd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      if (failed) return;
      // Decoded once: a string per 64 KB chunk left megabytes of short-lived strings for the
      // garbage collector to copy until they were joined.
      const bytes = spool ? spool.read() : Buffer.concat(out);
      const stdout = bytes.toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) {
        resolve(options.keepBytes ? { stdout, stderr, bytes } : { stdout, stderr });
        return;
      }
      // git's whole message (the first line says what; "dubious ownership" adds how to allow it), kept short.
      const detail = (stderr || `exited with ${signal ?? `code ${code}`}`).split('\n').map(l => l.trim()).filter(Boolean).slice(0, 6).join(' ');
      reject(new LockstepError(`git ${args[0]} failed in ${cwd}: ${detail}`));
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Spool files opened by this process, for unique names. */
let spools = 0;

/**
 * A temporary file for a child's output, unlinked at once where the system allows (nothing
 * is left behind, whatever happens); undefined when none can be made (a pipe serves then).
 */
function openSpool(): { fd: number; read(): Buffer; close(): void } | undefined {
  // Not node:crypto's randomUUID: loading that module delays git's start by several ms, and
  // the name need not be secret: the file is created exclusively (`wx`), so a name taken by
  // anyone else fails here and the output takes a pipe.
  const path = join(tmpdir(), `lockstep-git-${process.pid}-${++spools}-${Math.random().toString(36).slice(2)}`);
  let fd: number;
  try {
    fd = openSync(path, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  let linked = true;
  try {
    unlinkSync(path);
    linked = false;
  } catch {
    // Windows keeps an open file's name: removed on close instead.
  }
  const close = () => {
    closeSync(fd);
    if (linked) unlinkSync(path);
  };
  return {
    fd,
    close,
    read() {
      try {
        const bytes = Buffer.allocUnsafe(fstatSync(fd).size);
        for (let at = 0; at < bytes.length; ) {
          const n = readSync(fd, bytes, at, bytes.length - at, at);
          if (n === 0) return bytes.subarray(0, at);
          at += n;
        }
        return bytes;
      } finally {
        close();
      }
    },
  };
}
