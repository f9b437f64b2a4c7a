import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LockstepError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';

/** One `lockstep <name>` subcommand. Subcommands mirror the actions and call the same jobs. */
export interface Command {
  name: string;
  /** One line for `lockstep help`. */
  summary: string;
  /** Full usage text for `lockstep <name> --help`. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], reporter: Reporter): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs with errors a person can read (`unknown option --fo`). */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new LockstepError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}
