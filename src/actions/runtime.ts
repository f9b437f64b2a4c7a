import * as core from '@actions/core';
import { formatLocated, isLockstepError, loadFailure, LockstepErrors, type Location } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';

function annotation(location?: Location): core.AnnotationProperties {
  if (!location?.file) return {};
  return { file: location.file, startLine: location.line, startColumn: location.column, endLine: location.endLine };
}

/** A Reporter that speaks workflow commands and collects the job summary. */
export class ActionsReporter implements Reporter {
  private readonly parts: string[] = [];

  info(message: string): void {
    core.info(message);
  }
  warning(message: string, location?: Location): void {
    core.warning(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
  }
  error(message: string, location?: Location): void {
    core.error(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  summary(markdown: string): void {
    this.parts.push(markdown);
  }
  /** Writes the collected summary once, at the end, so a failed run still gets what it had. */
  async flush(): Promise<void> {
    if (this.parts.length === 0 || !process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.parts.join('\n\n'), true).write();
    this.parts.length = 0;
  }
}

/**
 * Runs an action's body: user-facing errors become `::error` annotations naming the file
 * and line, unexpected ones a one-line message (stack only in debug logs); either way the
 * step fails with a non-zero exit and never prints a stack trace.
 */
export async function runAction(body: (reporter: ActionsReporter) => Promise<void>): Promise<void> {
  const reporter = new ActionsReporter();
  try {
    await body(reporter);
  } catch (caught) {
    const e = loadFailure(caught) ?? caught;
    if (e instanceof LockstepErrors) {
      for (const err of e.errors) core.error(formatLocated(err), annotation(err.location));
      process.exitCode = core.ExitCode.Failure;
    } else if (isLockstepError(e)) {
      const text = [formatLocated(e), ...e.details].join('\n');
      core.error(text, annotation(e.location));
      process.exitCode = core.ExitCode.Failure;
    } else {
      const err = e as Error;
      core.debug(err?.stack ?? String(e));
      core.setFailed(`unexpected error: ${err?.message ?? String(e)}`);
    }
  } finally {
    try {
      await reporter.flush();
    } catch (e) {
      core.warning(`could not write the job summary: ${(e as Error).message}`);
    }
  }
}
