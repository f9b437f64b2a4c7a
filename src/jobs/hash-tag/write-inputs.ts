import { join } from 'node:path';
import { workspacePath } from '../../core/tag/paths.js';
import type { TaggedImage } from '../../core/tag/tags.js';
import type { Files } from '../ports.js';

/**
 * Writes `<dir>/<image>.json` for every image: its tag and the manifest the tag hashes, so
 * "why did my tag change" can be answered by diffing two runs' files. Returns the files written.
 */
export async function writeInputs(workspace: string, dirInput: string, images: TaggedImage[], files: Pick<Files, 'writeAtomic'>): Promise<string[]> {
  const dir = workspacePath(dirInput, workspace, 'write-inputs');
  const written: string[] = [];
  for (const i of images) {
    const file = `${dir === '.' ? '' : `${dir}/`}${i.name}.json`;
    const body = { name: i.name, tag: i.tag, image: i.image, context: i.context, dockerfile: i.dockerfile, dockerignore: i.dockerignore ?? null, manifest: i.manifest };
    await files.writeAtomic(join(workspace, file), `${readableJson(body)}\n`);
    written.push(file);
  }
  return written;
}

/** Indented JSON with each `[path, mode, blob]` (any array of strings) on one line: diffable, greppable. */
function readableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s+(?:"(?:[^"\\]|\\.)*"|null)(?:,\s+(?:"(?:[^"\\]|\\.)*"|null))*\s+\]/g, m => JSON.stringify(JSON.parse(m)));
}
