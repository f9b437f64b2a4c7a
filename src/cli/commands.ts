import { resolve } from 'node:path';
import { startWorktreeListing } from '../composition/hash-tag.js';
import type { Command } from './command.js';

/**
 * A subcommand as `lockstep help` lists it. The implementation (and everything it imports:
 * registry clients, GitHub clients, deployers) is loaded only when that subcommand runs or
 * prints its usage, so `lockstep hash-tag` never pays for `apply`'s code, nor the reverse.
 * Name and summary must equal the loaded command's (a test checks).
 */
export interface LazyCommand {
  name: string;
  summary: string;
  load(): Promise<Command>;
  /** Work worth starting before `load` (which takes a while): given the command's arguments. */
  prepare?(argv: string[]): Promise<void>;
}

/** The value of `--name <v>` or `--name=<v>`, read ahead of the command's own parsing. */
function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

export const commands: LazyCommand[] = [
  {
    name: 'hash-tag',
    summary: 'compute every image tag from its tree; check the registry; render templates',
    load: async () => (await import('./hash-tag.js')).hashTagCommand,
    // git lists the workspace while the command's code loads (see startWorktreeListing); a
    // static import, so that git starts before any of that code has arrived.
    prepare: async argv => startWorktreeListing(resolve(flagValue(argv, '--cwd') ?? '.')),
  },
  {
    name: 'why',
    summary: 'name the files, args and bases that changed an image tag between two trees',
    load: async () => (await import('./hash-tag.js')).whyCommand,
  },
  {
    name: 'resolve',
    summary: 'plan the next version file from the PRs merged since the last one',
    load: async () => (await import('./resolve.js')).resolveCommand,
  },
  {
    name: 'bootstrap',
    summary: 'write version 1, pinning every repository at its current head',
    load: async () => (await import('./resolve.js')).bootstrapCommand,
  },
  {
    name: 'check',
    summary: "check a branch as if it merged next: the release planner's verdict before the merge",
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'apply',
    summary: 'bring an environment to a version, step by step, resuming where a failed run stopped',
    load: async () => (await import('./apply.js')).applyCommand,
  },
  {
    name: 'plan',
    summary: 'show what `lockstep apply` would do, changing nothing',
    load: async () => (await import('./apply.js')).planCommand,
  },
  {
    name: 'status',
    summary: "show every environment's version and commits, pending versions and held-back PRs",
    load: async () => (await import('./status.js')).statusCommand,
  },
  {
    name: 'example',
    summary: 'run the whole release flow on a local example product (no GitHub, no cloud)',
    load: async () => (await import('./example.js')).exampleCommand,
  },
];
