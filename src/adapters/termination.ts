/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner sends SIGINT when a
 * job is cancelled, SIGTERM about 7.5 s later, then kills). Listening replaces Node's
 * default of dying on the spot, so the running step can be stopped and recorded and the
 * hold released; the caller ends with a non-zero exit.
 */
export function terminationSignal(onSignal: (name: NodeJS.Signals) => void): AbortSignal {
  const controller = new AbortController();
  const handle = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      onSignal(name);
      controller.abort(new Error(`received ${name}`));
    }
    process.exitCode = 1;
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return controller.signal;
}
