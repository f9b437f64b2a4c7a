import { formatLocated, isLockstepError, loadFailure, LockstepErrors } from '../core/errors.js';
import { commands } from './commands.js';
import { ConsoleReporter } from './reporter.js';

function help(): string {
  const width = Math.max(...commands.map(c => c.name.length));
  return [
    'lockstep: merge means deploy, for many services in many repositories',
    '',
    'usage: lockstep <command> [options]    (lockstep <command> --help for its options)',
    '',
    ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const entry = commands.find(c => c.name === name);
  if (!entry) {
    process.stderr.write(`error: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  const reporter = new ConsoleReporter();
  try {
    const wantsUsage = rest.includes('--help') || rest.includes('-h');
    const [command] = await Promise.all([entry.load(), wantsUsage ? undefined : entry.prepare?.(rest)]);
    if (wantsUsage) {
      process.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, reporter);
  } catch (caught) {
    const e = loadFailure(caught) ?? caught;
    if (e instanceof LockstepErrors) {
      for (const err of e.errors) process.stderr.write(`error: ${formatLocated(err)}\n`);
    } else if (isLockstepError(e)) {
      process.stderr.write(`error: ${[formatLocated(e), ...e.details].join('\n')}\n`);
    } else {
      process.stderr.write(`error: unexpected: ${(e as Error)?.message ?? String(e)}\n`);
      if (process.env.LOCKSTEP_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    }
    return 1;
  }
}

main(process.argv.slice(2)).then(code => {
  process.exitCode = code;
});
