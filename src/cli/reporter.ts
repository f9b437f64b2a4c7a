import { formatLocated, LockstepError, type Location } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';

/** Plain terminal output: `file:line: message`, groups as headings, no summary. */
export class ConsoleReporter implements Reporter {
  info(message: string): void {
    process.stdout.write(`${message}\n`);
  }
  warning(message: string, location?: Location): void {
    process.stderr.write(`warning: ${formatLocated(new LockstepError(message, location))}\n`);
  }
  error(message: string, location?: Location): void {
    process.stderr.write(`error: ${formatLocated(new LockstepError(message, location))}\n`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    process.stdout.write(`\n== ${title}\n`);
    return fn();
  }
  summary(_markdown: string): void {}
}
