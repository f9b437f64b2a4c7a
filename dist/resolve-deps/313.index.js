export const id = 313;
export const ids = [313];
export const modules = {

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
