/**
 * Seconds a client may spend in all waiting out rate limits, unless told otherwise
 * (`rate-limit-wait`). Apart from the client so that reading the input's default does not load Octokit.
 */
export const DEFAULT_RATE_LIMIT_WAIT = 60;
