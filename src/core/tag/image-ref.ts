/**
 * The one split of an image reference into name, tag and digest, as written: no registry
 * defaults, no validation. Matching a `FROM` against configured names needs it raw; the
 * registry adapter normalises and validates on top of it. A colon after the last slash starts
 * the tag: `host:5000/a/b:tag@sha256:x` → `host:5000/a/b`, `tag`, `sha256:x`.
 */
export function splitImageRef(ref: string): { name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}
