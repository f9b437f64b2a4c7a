import type { Reporter } from '../../src/core/reporter.js';

/** A Reporter that keeps what a job reported, for assertions. */
export function collectingReporter() {
  const log = { info: [] as string[], warning: [] as string[], error: [] as string[], summary: [] as string[] };
  const reporter: Reporter = {
    info: m => log.info.push(m),
    warning: m => log.warning.push(m),
    error: m => log.error.push(m),
    group: (_t, fn) => fn(),
    summary: m => log.summary.push(m),
  };
  return { reporter, log };
}

