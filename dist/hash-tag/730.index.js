export const id = 730;
export const ids = [730];
export const modules = {

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RATE_LIMIT_WAIT: () => (/* reexport */ DEFAULT_RATE_LIMIT_WAIT),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/adapters/github/rate-limit.ts
/**
 * Seconds a client may spend in all waiting out rate limits, unless told otherwise
 * (`rate-limit-wait`). Apart from the client so that reading the input's default does not load Octokit.
 */
const DEFAULT_RATE_LIMIT_WAIT = 60;

;// CONCATENATED MODULE: ./src/adapters/github/client.ts






/** @octokit/plugin-retry's list, and 429: GitHub answers 429 only for a rate limit, which the throttling plugin waits out as GitHub says. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * GitHub's documented answers (docs.github.com, "Rate limits for the REST API"): a primary limit is
 * a 403 or 429 with `x-ratelimit-remaining: 0` (for GraphQL, a 200 whose errors say RATE_LIMITED),
 * to be retried after `x-ratelimit-reset`; a secondary limit is a 403 or 429 whose message says
 * so, to be retried after `retry-after` seconds (or a minute). @octokit/plugin-throttling tells
 * the two apart and asks the handlers below whether to wait; they say yes only while the wait fits
 * in the budget, so a run never sleeps for the hour a primary limit can take.
 */
function createGitHubClient(options) {
    if (!options.token)
        throw new Error('a GitHub token is required');
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const retries = options.retries ?? 3;
    const budget = options.rateLimitWait ?? DEFAULT_RATE_LIMIT_WAIT;
    let waited = 0;
    const wait = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        if (retryCount >= retries || waited + retryAfter > budget)
            return false;
        waited += retryAfter;
        options.warning(`GitHub ${kind} rate limit on ${operation(opts)}: waiting ${retryAfter}s before retrying (${budget - waited}s of rate-limit-wait left)`);
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        retry: { retries, doNotRetry: DO_NOT_RETRY },
        throttle: { onRateLimit: wait('primary'), onSecondaryRateLimit: wait('secondary') },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // Registered after the plugins, so it sees an error only once they have given up on it.
    octokit.hook.error('request', (error, opts) => {
        throw rateLimitError(error, opts, { budget, left: budget - waited }) ?? error;
    });
    return octokit;
}
/** A rate-limit refusal as a user-facing error: which limit, what it stopped, when it lifts. */
function rateLimitError(error, opts, wait) {
    const e = error;
    const headers = e?.response?.headers;
    if (!headers)
        return undefined;
    const status = e.status ?? e.response?.status;
    const graphqlLimited = (e.response?.data?.errors ?? []).some(x => x.type === 'RATE_LIMITED');
    const limited = status === 403 || status === 429 || graphqlLimited;
    if (!limited)
        return undefined;
    const what = operation(opts);
    const allowance = `rate-limit-wait allows ${wait.budget}s of waiting in all, ${Math.max(wait.left, 0)}s of it left`;
    if (/\bsecondary rate\b/i.test(e.message ?? '')) {
        const after = Number(headers['retry-after']);
        return new errors/* LockstepError */.Cj(`GitHub's secondary rate limit stopped ${what}` +
            (after > 0 ? `: GitHub asks to wait ${after}s` : '') +
            ` and ${allowance} (raise the rate-limit-wait input, or run fewer jobs against GitHub at once)`);
    }
    if (String(headers['x-ratelimit-remaining']) !== '0' && !graphqlLimited)
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    const resource = headers['x-ratelimit-resource'] ? ` (${headers['x-ratelimit-resource']})` : '';
    const limit = headers['x-ratelimit-limit'] ? `, ${headers['x-ratelimit-limit']} requests an hour` : '';
    const when = Number.isFinite(reset) && reset > 0 ? resetTime(reset) : 'at an unknown time (no x-ratelimit-reset header)';
    return new errors/* LockstepError */.Cj(`GitHub's rate limit for this token${resource}${limit} is used up: ${what} was refused; it resets ${when}, ` +
        `longer than ${allowance}. Re-run after the reset, or use a token with a higher limit (a GitHub App's).`);
}
function resetTime(epochSeconds) {
    const at = new Date(epochSeconds * 1000);
    const minutes = Math.max(0, Math.ceil((at.getTime() - Date.now()) / 60_000));
    return `at ${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} (in ${minutes} min)`;
}
/** What a request was doing, for a person: `GET /repos/o/r/pulls/1`, or the GraphQL operation's name. */
function operation(opts) {
    const path = opts.url.replace(/^https?:\/\/[^/]+/, '').replace(/\{(\w+)\}/g, (whole, name) => (opts[name] === undefined ? whole : String(opts[name])));
    const name = typeof opts.query === 'string' ? /^\s*(query|mutation)\s+(\w+)/.exec(opts.query) : null;
    return name ? `the GraphQL ${name[1]} ${name[2]}` : `${opts.method} ${path}`;
}


/***/ })

};
