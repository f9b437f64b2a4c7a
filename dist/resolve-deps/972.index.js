export const id = 972;
export const ids = [972,313];
export const modules = {

/***/ 7972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKER_HUB_AUTH_KEY: () => (/* binding */ DOCKER_HUB_AUTH_KEY),
/* harmony export */   authKeyHost: () => (/* binding */ authKeyHost),
/* harmony export */   credentialFiles: () => (/* binding */ credentialFiles),
/* harmony export */   dockerAuthKey: () => (/* binding */ dockerAuthKey),
/* harmony export */   userCredentials: () => (/* binding */ userCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1313);





/** The key `docker login` writes for Docker Hub, and the server URL its helpers are asked about. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set([_reference_js__WEBPACK_IMPORTED_MODULE_4__.DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** What docker-credential-helpers print when they hold nothing for the server (credentials.ErrCredentialsNotFound). */
const NOT_FOUND = 'credentials not found in native keychain';
/** A helper name becomes part of a program name looked up on PATH: never a path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * `host[:port]` of an auth key as docker's ConvertToHostname reads it: with or without a
 * scheme, without any path; every Docker Hub alias becomes `docker.io`.
 */
function authKeyHost(key) {
    let host = key;
    if (key.includes('://')) {
        try {
            const url = new URL(key);
            if (url.hostname)
                host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
        }
        catch {
            host = key.slice(key.indexOf('://') + 3).split('/')[0];
        }
    }
    else {
        host = key.split('/')[0];
    }
    host = host.toLowerCase();
    return DOCKER_HUB_HOSTS.has(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_4__.DOCKER_HUB : host;
}
/** The key docker uses for a registry: the v1 index URL for Docker Hub, else `host[:port]`. */
function dockerAuthKey(registry) {
    return authKeyHost(registry) === _reference_js__WEBPACK_IMPORTED_MODULE_4__.DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}
/** The files to search, in order, as the environment names them. */
function credentialFiles(env) {
    const files = [];
    const home = env.HOME;
    if (env.REGISTRY_AUTH_FILE)
        files.push({ path: env.REGISTRY_AUTH_FILE, kind: 'containers' });
    else if (env.XDG_RUNTIME_DIR)
        files.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), kind: 'containers' });
    const configHome = env.XDG_CONFIG_HOME || (home ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.config') : undefined);
    if (configHome)
        files.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configHome, 'containers', 'auth.json'), kind: 'containers' });
    const dockerDir = env.DOCKER_CONFIG || (home ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.docker') : undefined);
    if (dockerDir)
        files.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dockerDir, 'config.json'), kind: 'docker' });
    return files;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function readAuthFile(path, kind) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`cannot read registry credentials file ${path}: ${e.message}`, { file: path });
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`registry credentials file ${path} is not valid JSON: ${e.message}`, { file: path });
    }
    if (!isRecord(body))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`registry credentials file ${path} must hold a JSON object`, { file: path });
    const auths = body.auths ?? {};
    const credHelpers = body.credHelpers ?? {};
    if (!isRecord(auths) || !Object.values(auths).every(isRecord)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`registry credentials file ${path}: "auths" must map registries to objects`, { file: path });
    }
    if (!isRecord(credHelpers) || !Object.values(credHelpers).every(v => typeof v === 'string')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`registry credentials file ${path}: "credHelpers" must map registries to helper names`, { file: path });
    }
    const credsStore = kind === 'docker' && typeof body.credsStore === 'string' && body.credsStore ? body.credsStore : undefined;
    return { path, kind, auths: auths, credHelpers: credHelpers, credsStore };
}
/** An `auths` entry as credentials: `auth` is base64 of `user:password`, as docker writes it. */
function decodeEntry(file, key, entry) {
    const source = `${file.path} (auths "${key}")`;
    let username = typeof entry.username === 'string' ? entry.username : undefined;
    let password = typeof entry.password === 'string' ? entry.password : undefined;
    if (typeof entry.auth === 'string' && entry.auth) {
        const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(entry.auth) ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        if (colon <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`registry credentials file ${file.path}: the "auth" of "${key}" is not base64 of user:password`, { file: file.path });
        username = decoded.slice(0, colon);
        // Docker trims the NUL padding some writers leave.
        password = decoded.slice(colon + 1).replace(/^\0+|\0+$/g, '');
    }
    const identityToken = typeof entry.identitytoken === 'string' && entry.identitytoken ? entry.identitytoken : undefined;
    if (!(username && password) && !identityToken)
        return undefined;
    return { username, password: identityToken ? undefined : password, identityToken, source };
}
/**
 * `auths` keys for an image, most specific first. Containers auth files may hold namespaces
 * (`quay.io/team/app`, `quay.io/team`); docker's file holds registries only.
 */
function findEntry(file, registry, repository) {
    const keys = Object.keys(file.auths);
    if (file.kind === 'containers') {
        const parts = repository.split('/');
        for (let n = parts.length; n > 0; n--) {
            const wanted = `${registry}/${parts.slice(0, n).join('/')}`;
            if (file.auths[wanted])
                return { key: wanted, entry: file.auths[wanted] };
        }
    }
    const exact = file.kind === 'docker' ? dockerAuthKey(registry) : registry;
    if (file.auths[exact])
        return { key: exact, entry: file.auths[exact] };
    // Older `docker login` versions stored URLs (`https://host/v1/`): match them by host.
    const host = authKeyHost(registry);
    const legacy = keys.find(k => (file.kind === 'containers' ? !k.includes('/') || k.includes('://') : true) && authKeyHost(k) === host);
    return legacy ? { key: legacy, entry: file.auths[legacy] } : undefined;
}
/**
 * `docker-credential-<name> get` with the server URL on stdin, as docker-credential-helpers'
 * client runs it: no shell, the name validated, the answer parsed as JSON.
 */
function runHelper(name, serverUrl, env, timeoutMs, configuredIn) {
    const program = `docker-credential-${name}`;
    if (!HELPER_NAME.test(name))
        return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`${configuredIn}: credential helper name "${name}" is not a plain program suffix`));
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
        let out = '';
        let err = '';
        child.stdout.setEncoding('utf8').on('data', d => (out += d));
        child.stderr.setEncoding('utf8').on('data', d => (err += d));
        child.stdin.on('error', () => undefined);
        child.on('error', e => {
            const code = e.code;
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`${configuredIn} names credential helper ${program}, ${code === 'ENOENT' ? 'which is not on PATH' : `which could not start: ${e.message}`}`));
        });
        child.on('close', (code, signal) => {
            const text = out.trim();
            if (code === 0) {
                try {
                    const answer = JSON.parse(text);
                    if (!isRecord(answer))
                        throw new Error('not an object');
                    resolve(answer);
                }
                catch {
                    reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`credential helper ${program} (from ${configuredIn}) did not answer JSON for ${serverUrl}`));
                }
                return;
            }
            if (text === NOT_FOUND || err.trim() === NOT_FOUND)
                return resolve(undefined);
            // The helper's own message: it names the problem (locked keychain, expired login) and never the secret.
            const detail = (err.trim() || text).split('\n')[0].slice(0, 200);
            const why = signal ? `was stopped (${signal}${signal === 'SIGTERM' ? `, after ${timeoutMs / 1000} s` : ''})` : `exited with ${code}`;
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LockstepError */ .Cj(`credential helper ${program} (from ${configuredIn}) ${why} for ${serverUrl}${detail ? `: ${detail}` : ''}`));
        });
        child.stdin.end(serverUrl);
    });
}
/**
 * A lookup over the user's credential files. Files are read once, on the first lookup (a
 * run against public registries only never touches them), and each helper answer is kept.
 */
function userCredentials(options) {
    const { env, onSecret = () => { } } = options;
    const timeoutMs = options.helperTimeoutMs ?? 60_000;
    let files;
    const helperAnswers = new Map();
    const loadFiles = () => (files ??= Promise.all(credentialFiles(env).map(f => readAuthFile(f.path, f.kind))).then(all => all.filter((f) => f !== undefined)));
    const fromHelper = (name, serverUrl, configuredIn) => {
        const key = `${name}\n${serverUrl}`;
        let pending = helperAnswers.get(key);
        if (!pending) {
            pending = runHelper(name, serverUrl, env, timeoutMs, configuredIn).then(answer => {
                if (!answer?.Secret)
                    return undefined;
                const source = `credential helper docker-credential-${name}`;
                // Helpers return an identity token under the user name "<token>" (docker's tokenUsername).
                return answer.Username === '<token>' ? { identityToken: answer.Secret, source } : { username: answer.Username ?? '', password: answer.Secret, source };
            });
            helperAnswers.set(key, pending);
        }
        return pending;
    };
    const fromFile = (file, registry, repository) => {
        const helperKey = file.kind === 'docker' ? dockerAuthKey(registry) : registry;
        const helper = file.credHelpers[helperKey];
        if (helper)
            return fromHelper(helper, helperKey, `${file.path} (credHelpers "${helperKey}")`);
        // With a credsStore, docker keeps every login in it; `auths` then holds only empty markers.
        if (file.credsStore)
            return fromHelper(file.credsStore, helperKey, `${file.path} (credsStore)`);
        const found = findEntry(file, registry, repository);
        return Promise.resolve(found && decodeEntry(file, found.key, found.entry));
    };
    return async (registry, repository) => {
        for (const file of await loadFiles()) {
            const creds = await fromFile(file, registry, repository);
            if (!creds)
                continue;
            for (const secret of [creds.password, creds.identityToken])
                if (secret)
                    onSecret(secret);
            return creds;
        }
        return undefined;
    };
}


/***/ }),

/***/ 1313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DOCKER_HUB: () => (/* binding */ DOCKER_HUB),
  apiHost: () => (/* binding */ apiHost),
  formatImageReference: () => (/* binding */ formatImageReference),
  isLocalRegistry: () => (/* binding */ isLocalRegistry),
  manifestReference: () => (/* binding */ manifestReference),
  parseImageReference: () => (/* binding */ parseImageReference)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/tag/image-ref.ts
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

;// CONCATENATED MODULE: ./src/adapters/registry/reference.ts


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
    return new errors/* LockstepError */.Cj(`invalid image reference "${ref}": ${why}`);
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
    const parts = splitImageRef(input);
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


/***/ })

};
