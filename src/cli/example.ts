import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { runExample } from '../example/run.js';
import { parseFlags, type Command } from './command.js';

const USAGE = `usage: lockstep example [--dir <folder>] [--prepare <folder>]

Builds a small product in a temp folder — component repositories (infra, api, web) as real git
repositories with merged pull requests carrying dependency blocks, a monorepo with a base image
and two services, a release repository — and runs the whole flow on it through the same code
the actions run: hash-tag, resolve-deps, apply-steps to staging and production, a change that
re-tags only what it touched, a pull request held for the next release, and a rollback.
No GitHub, no cloud, no registry.

  --dir <folder>      build the product there instead of a new temp folder (must be empty)
  --prepare <folder>  only build the product up to the first release cut (version 1 written,
                      pull requests merged) and stop: CI smoke-tests the actions on it`;

async function emptyFolder(path: string): Promise<string> {
  const dir = resolve(path);
  try {
    if ((await readdir(dir)).length > 0) throw new LockstepError(`${dir} is not empty: the example builds its product in an empty folder`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return dir;
}

export const exampleCommand: Command = {
  name: 'example',
  summary: 'run the whole release flow on a local example product (no GitHub, no cloud)',
  usage: USAGE,
  async run(argv, reporter) {
    const { values } = parseFlags(argv, { dir: { type: 'string' }, prepare: { type: 'string' } });
    if (values.dir && values.prepare) throw new LockstepError('give --dir or --prepare, not both');
    const target = values.prepare ?? values.dir;
    const dir = target ? await emptyFolder(target) : join(await mkdtemp(join(tmpdir(), 'lockstep-example-')), 'acme');
    await runExample({ dir, out: reporter, prepareOnly: Boolean(values.prepare) });
    return 0;
  },
};
