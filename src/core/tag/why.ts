import { compareStrings } from './paths.js';
import type { ManifestFile, TagManifest } from './hash.js';

/** One input that differs between two manifests of the same image. */
export interface ManifestChange {
  kind: 'algorithm' | 'dockerfile' | 'file' | 'input' | 'build-arg' | 'platform' | 'base' | 'external';
  /** The file path, argument, base or reference that differs (empty for single-valued kinds). */
  name: string;
  /** Undefined when the input was added. */
  before?: string;
  /** Undefined when the input was removed. */
  after?: string;
}

function fileValue(f: ManifestFile): string {
  return `${f[1]} ${f[2]}`;
}

function diffPairs(kind: ManifestChange['kind'], a: Array<[string, string]>, b: Array<[string, string]>): ManifestChange[] {
  const before = new Map(a);
  const after = new Map(b);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  return names.filter(n => before.get(n) !== after.get(n)).map(name => ({ kind, name, before: before.get(name), after: after.get(name) }));
}

/** What made two manifests (and so two tags) differ, in manifest order. */
export function diffManifests(a: TagManifest, b: TagManifest): ManifestChange[] {
  const changes: ManifestChange[] = [];
  if (a.algorithm !== b.algorithm) changes.push({ kind: 'algorithm', name: '', before: a.algorithm, after: b.algorithm });
  if (a.dockerfile !== b.dockerfile) changes.push({ kind: 'dockerfile', name: '', before: a.dockerfile, after: b.dockerfile });
  changes.push(...diffPairs('file', a.files.map(f => [f[0], fileValue(f)]), b.files.map(f => [f[0], fileValue(f)])));
  changes.push(...diffPairs('input', a.inputs.map(f => [f[0], fileValue(f)]), b.inputs.map(f => [f[0], fileValue(f)])));
  changes.push(...diffPairs('build-arg', a.buildArgs, b.buildArgs));
  if (a.platform !== b.platform) changes.push({ kind: 'platform', name: '', before: a.platform ?? undefined, after: b.platform ?? undefined });
  changes.push(...diffPairs('base', a.bases, b.bases));
  const ext = (m: TagManifest): Array<[string, string]> => m.external.map(([r, d]) => [r, d ?? 'unresolved']);
  changes.push(...diffPairs('external', ext(a), ext(b)));
  return changes;
}

/** One line a person can read: `file src/app.ts: 100644 1a2b… → 100755 1a2b…`. */
export function formatChange(c: ManifestChange): string {
  const label = c.name ? `${c.kind} ${c.name}` : c.kind;
  if (c.before === undefined) return `${label}: added (${c.after})`;
  if (c.after === undefined) return `${label}: removed (was ${c.before})`;
  return `${label}: ${c.before} → ${c.after}`;
}
