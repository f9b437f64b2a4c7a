import type { Location } from '../core/errors.js';

/**
 * How a job talks to a person. The GitHub entry points print workflow commands and a job
 * summary; the CLI prints plain text. Jobs never write workflow commands or to `console` directly: the entry points hand them a Reporter (src/actions/runtime.ts speaks @actions/core, src/cli/reporter.ts prints text).
 */
export interface Reporter {
  info(message: string): void;
  warning(message: string, location?: Location): void;
  /** An error annotation that does not by itself stop the job (a malformed block among many). */
  error(message: string, location?: Location): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Appends markdown to the job summary (a no-op outside Actions). */
  summary(markdown: string): void;
}
