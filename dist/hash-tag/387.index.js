export const id = 387;
export const ids = [387,159];
export const modules = {

/***/ 9387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MANIFEST_MEDIA_TYPES: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   RegistryClient: () => (/* binding */ RegistryClient),
/* harmony export */   parseChallenge: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3075);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8159);





/** Every manifest type a tag can point at; an index (multi-arch) is accepted as itself. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
    'application/vnd.docker.distribution.manifest.v1+json',
];
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
/** Parses `Bearer realm="..",service="..",scope=".."` (RFC 7235 auth-params; quoted values may hold commas). */
function parseChallenge(header) {
    const schemes = [...header.matchAll(/(?:^|,)\s*(Bearer|Basic)(?=\s|$)/gi)];
    const pick = schemes.find(m => m[1].toLowerCase() === 'bearer') ?? schemes[0];
    if (!pick)
        return undefined;
    const scheme = pick[1].toLowerCase();
    const start = (pick.index ?? 0) + pick[0].length;
    const next = schemes.find(m => (m.index ?? 0) > (pick.index ?? 0));
    const text = header.slice(start, next ? next.index : undefined);
    const params = {};
    for (const m of text.matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, params };
}
function networkCode(e) {
    const cause = e.cause;
    return cause?.code ?? e.name;
}
function describeNetworkError(e) {
    const cause = e.cause;
    if (cause?.code)
        return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
    if (e.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? e.message ?? String(e);
}
/**
 * A client for the read side of the OCI distribution API: does a manifest exist, what is
 * its digest. It answers the registry's `WWW-Authenticate` challenge itself (bearer tokens
 * as ghcr.io, Docker Hub, ECR and Harbor use, or basic auth) and remembers each registry's
 * challenge and each scope's token, so checking many images costs one request each.
 */
class RegistryClient {
    options;
    stats = { requests: 0, tokenRequests: 0 };
    challenges = new Map();
    tokens = new Map();
    retries;
    retryDelayMs;
    timeoutMs;
    constructor(options = {}) {
        this.options = options;
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.timeoutMs = options.timeoutMs ?? 30_000;
    }
    /** `HEAD /v2/<name>/manifests/<tag|digest>`: true on 2xx, false on 404. */
    async hasManifest(ref) {
        const res = await this.manifestRequest('HEAD', ref);
        if (res.status === 404)
            return false;
        await this.expectOk(res, ref);
        return true;
    }
    /** Checks many references, at most `concurrency` requests at a time; answers in input order. */
    hasManifests(refs, concurrency = 8) {
        return (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(refs, concurrency, ref => this.hasManifest(ref));
    }
    /**
     * The `Docker-Content-Digest` of the manifest the reference names: the index for a
     * multi-arch image, so the digest is the one `docker pull name@digest` accepts.
     */
    async resolveDigest(ref) {
        const head = await this.manifestRequest('HEAD', ref);
        this.throwIfMissing(head, ref);
        await this.expectOk(head, ref);
        const digest = head.headers.get('docker-content-digest');
        if (digest)
            return digest;
        // Some registries omit the header on HEAD; the digest is then the hash of the bytes served.
        const res = await this.manifestRequest('GET', ref);
        this.throwIfMissing(res, ref);
        await this.expectOk(res, ref);
        const body = Buffer.from(await res.arrayBuffer());
        return res.headers.get('docker-content-digest') ?? `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(body).digest('hex')}`;
    }
    throwIfMissing(res, ref) {
        if (res.status === 404) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`image ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)} was not found in registry ${ref.registry}`);
        }
    }
    async expectOk(res, ref) {
        if (res.ok)
            return;
        const text = await res.text().catch(() => '');
        const detail = registryErrorDetail(text);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`registry ${ref.registry} answered ${res.status} ${res.statusText} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}${detail ? `: ${detail}` : ''}`);
    }
    async credentialsFor(ref) {
        const c = this.options.credentials;
        const creds = typeof c === 'function' ? await c(ref.registry, ref.repository) : c;
        return creds && (creds.username || creds.password || creds.identityToken) ? creds : undefined;
    }
    baseUrl(registry) {
        const p = this.options.plainHttp;
        const plain = typeof p === 'function' ? p(registry) : (p ?? (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.isLocalRegistry)(registry));
        return `${plain ? 'http' : 'https'}://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.apiHost)(registry)}`;
    }
    async manifestRequest(method, ref) {
        const url = `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.manifestReference)(ref)}`;
        const scope = `repository:${ref.repository}:pull`;
        const headers = { Accept: MANIFEST_MEDIA_TYPES.join(', '), 'User-Agent': 'lockstep' };
        let answeredChallenge = false;
        for (;;) {
            const auth = await this.authorization(ref, scope);
            const res = await this.send(url, { method, headers: auth ? { ...headers, Authorization: auth } : headers }, ref);
            if (res.status !== 401)
                return res;
            await res.arrayBuffer().catch(() => undefined);
            const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
            if (answeredChallenge || !challenge)
                throw await this.unauthorized(ref, Boolean(auth));
            // A first 401 teaches the registry's scheme (or says a cached token went stale): answer it once.
            answeredChallenge = true;
            this.challenges.set(ref.registry, challenge);
            if (auth)
                await this.forgetToken(this.tokenKey(ref.registry, scope), auth);
        }
    }
    /**
     * Drops a cached token the registry refused, unless another request already replaced it:
     * many concurrent checks that all met the first 401 must share one new token, not fetch one each.
     */
    async forgetToken(key, refused) {
        const pending = this.tokens.get(key);
        if (!pending)
            return;
        const cached = await pending.catch(() => undefined);
        if (this.tokens.get(key) === pending && (!cached || `Bearer ${cached.token}` === refused))
            this.tokens.delete(key);
    }
    async unauthorized(ref, sentCredentials) {
        const creds = await this.credentialsFor(ref);
        const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref);
        if (creds) {
            const who = creds.username ? `user "${creds.username}"` : 'an identity token';
            const from = creds.source ? ` from ${creds.source}` : '';
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`registry ${ref.registry} rejected the credentials of ${who}${from} for ${image} (wrong password, or no pull access to ${ref.repository})`);
        }
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`registry ${ref.registry} requires credentials to read ${image}${sentCredentials ? ' (an anonymous token was not enough)' : ''}; ` +
            'set registry-username and registry-password, or log in first (docker login, podman login)');
    }
    tokenKey(registry, scope) {
        return `${registry}\n${scope}`;
    }
    /** The Authorization header for a request, from what the registry's challenge asked for. */
    async authorization(ref, scope) {
        const challenge = this.challenges.get(ref.registry);
        if (!challenge)
            return undefined;
        const creds = await this.credentialsFor(ref);
        if (challenge.scheme === 'basic') {
            // An identity token is only good at a token service; basic auth needs a user or password.
            if (!creds || !(creds.username || creds.password))
                throw await this.unauthorized(ref, false);
            return basicAuth(creds);
        }
        const key = this.tokenKey(ref.registry, scope);
        let pending = this.tokens.get(key);
        if (pending) {
            const cached = await pending.catch(() => undefined);
            if (!cached || cached.expiresAt <= Date.now())
                pending = undefined;
        }
        if (!pending) {
            pending = this.fetchToken(ref, challenge, scope, creds);
            this.tokens.set(key, pending);
            pending.catch(() => this.tokens.delete(key));
        }
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(ref, challenge, scope, creds) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`registry ${ref.registry} sent a bearer challenge without a realm for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`registry ${ref.registry} sent a bearer challenge with an invalid realm "${realm}"`);
        }
        const headers = { 'User-Agent': 'lockstep' };
        let init;
        if (creds?.identityToken) {
            // The OAuth2 refresh-token grant docker uses for an identity token (distribution's token auth spec, "oauth").
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'lockstep', scope });
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            init = { method: 'POST', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() };
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            url.searchParams.set('scope', scope);
            if (creds)
                headers.Authorization = basicAuth(creds);
            init = { method: 'GET', headers };
        }
        this.stats.tokenRequests++;
        const res = await this.send(url.toString(), init, ref, 'token service');
        const text = await res.text().catch(() => '');
        if (res.status === 401 || res.status === 403)
            throw await this.unauthorized(ref, false);
        if (!res.ok) {
            const detail = registryErrorDetail(text);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} answered ${res.status} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}${detail ? `: ${detail}` : ''}`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} did not answer JSON for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`token service of registry ${ref.registry} answered without a token for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}`);
        // The spec's default lifetime is 60 s; renew a little early so a token never expires in flight.
        const lifetime = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
        return { token, expiresAt: Date.now() + Math.max(lifetime - 10_000, lifetime / 2) };
    }
    /** One HTTP exchange with bounded retries on 429, 5xx and dropped connections. */
    async send(url, init, ref, what = 'registry') {
        const label = what === 'registry' ? `registry ${ref.registry}` : `${what} of registry ${ref.registry}`;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                this.stats.requests++;
                res = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (e) {
                const code = networkCode(e);
                if (attempt < this.retries && code && (TRANSIENT_NETWORK_CODES.has(code) || code === 'TimeoutError')) {
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt));
                    continue;
                }
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`cannot reach ${label} (${new URL(url).origin}) for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)}: ${describeNetworkError(e)}`);
            }
            if ((res.status === 429 || res.status >= 500) && attempt < this.retries) {
                await res.arrayBuffer().catch(() => undefined);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt, res.headers.get('retry-after')));
                continue;
            }
            if (res.status >= 500 || res.status === 429) {
                const detail = registryErrorDetail(await res.text().catch(() => ''));
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LockstepError */ .Cj(`${label} answered ${res.status} ${res.statusText} for ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatImageReference)(ref)} after ${attempt + 1} attempts${detail ? `: ${detail}` : ''}`);
            }
            return res;
        }
    }
    backoff(attempt, retryAfter) {
        const cap = 10_000;
        const seconds = retryAfter ? Number(retryAfter) : NaN;
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.min(seconds * 1000, cap);
        return Math.min(this.retryDelayMs * 2 ** attempt, cap);
    }
}
function basicAuth(creds) {
    return `Basic ${Buffer.from(`${creds.username ?? ''}:${creds.password ?? ''}`).toString('base64')}`;
}
/** The first message of a distribution-spec error body (`{"errors":[{"code","message"}]}`), else a short text. */
function registryErrorDetail(text) {
    if (!text)
        return '';
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(' ');
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.trim().slice(0, 200);
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKER_HUB: () => (/* binding */ DOCKER_HUB),
/* harmony export */   apiHost: () => (/* binding */ apiHost),
/* harmony export */   formatImageReference: () => (/* binding */ formatImageReference),
/* harmony export */   isLocalRegistry: () => (/* binding */ isLocalRegistry),
/* harmony export */   manifestReference: () => (/* binding */ manifestReference),
/* harmony export */   parseImageReference: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_tag_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9537);


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
// The grammar of github.com/distribution/reference (reference.go), piece by piece.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const NAME_MAX = 255;
function invalid(ref, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LockstepError */ .Cj(`invalid image reference "${ref}": ${why}`);
}
/**
 * Parses `[registry/]name[:tag][@digest]` with Docker's normalisation: a first path part
 * is a registry only if it has a `.` or `:`, is `localhost`, or has upper-case letters;
 * otherwise the image is on Docker Hub, where a single-part name lives under `library/`.
 * A reference with neither tag nor digest means `:latest`.
 */
function parseImageReference(ref) {
    const input = ref.trim();
    if (!input)
        throw invalid(ref, 'it is empty');
    const parts = (0,_core_tag_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .splitImageRef */ .l)(input);
    let rest = parts.name;
    const { digest } = parts;
    let tag = parts.tag;
    if (digest !== undefined && !DIGEST.test(digest))
        throw invalid(ref, `"${digest}" is not a digest (algorithm:hex)`);
    let registry = DOCKER_HUB;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            registry = first;
            rest = rest.slice(slash + 1);
            if (!HOST.test(registry))
                throw invalid(ref, `"${registry}" is not a registry host`);
        }
    }
    if (tag !== undefined && !TAG.test(tag))
        throw invalid(ref, `"${tag}" is not a valid tag`);
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB;
        if (!rest.includes('/'))
            rest = `library/${rest}`;
    }
    if (!rest)
        throw invalid(ref, 'the repository name is empty');
    for (const part of rest.split('/')) {
        if (!COMPONENT.test(part)) {
            throw invalid(ref, `"${part}" is not a valid repository name part (lower-case letters, digits, separators . _ __ -)`);
        }
    }
    if (registry.length + 1 + rest.length > NAME_MAX)
        throw invalid(ref, `the name is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** The fully-qualified form, e.g. `docker.io/library/alpine:3.20@sha256:...`. */
function formatImageReference(ref) {
    let out = `${ref.registry}/${ref.repository}`;
    if (ref.tag !== undefined)
        out += `:${ref.tag}`;
    if (ref.digest !== undefined)
        out += `@${ref.digest}`;
    return out;
}
/** The host serving the distribution API for a registry (Docker Hub answers on registry-1). */
function apiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry.toLowerCase()) ? DOCKER_HUB_API : registry;
}
/** What the manifest endpoint is asked for: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** Whether a registry host is this machine (then plain HTTP is the default, as Docker does). */
function isLocalRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ splitImageRef)
/* harmony export */ });
/**
 * The one split of an image reference into name, tag and digest, as written: no registry
 * defaults, no validation. Matching a `FROM` against configured names needs it raw; the
 * registry adapter normalises and validates on top of it. A colon after the last slash starts
 * the tag: `host:5000/a/b:tag@sha256:x` → `host:5000/a/b`, `tag`, `sha256:x`.
 */
function splitImageRef(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    let tag;
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}


/***/ })

};
