import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Pushes a minimal OCI image (one empty layer, a config naming `label`) to a registry on
 * 127.0.0.1 through the distribution API itself: blob uploads, then the manifest. A different
 * label gives a different manifest digest, as an upstream rebuild would. Returns that digest.
 */
export async function pushImage(
  host: string,
  repository: string,
  tag: string,
  label: string,
  auth?: { username: string; password: string },
  bearer?: string,
): Promise<string> {
  const headers: Record<string, string> = auth
    ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` }
    : bearer
      ? { authorization: `Bearer ${bearer}` }
      : {};
  const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const layer = gzipSync(Buffer.alloc(1024)); // an empty tar archive: two zero blocks
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: { Labels: { label } }, rootfs: { type: 'layers', diff_ids: [sha(Buffer.alloc(1024))] } }));
  for (const blob of [layer, config]) {
    const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
    await start.arrayBuffer();
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const location = new URL(start.headers.get('location')!, `http://${host}`);
    location.searchParams.set('digest', sha(blob));
    const put = await fetch(location, { method: 'PUT', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: blob });
    await put.arrayBuffer();
    if (put.status !== 201) throw new Error(`blob upload: ${put.status}`);
  }
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha(layer), size: layer.length }],
    }),
  );
  const res = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`manifest put: ${res.status} ${text}`);
  return sha(manifest);
}
