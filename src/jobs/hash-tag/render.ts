import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LockstepError, LockstepErrors } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import { selectContextFiles } from '../../core/tag/context.js';
import { FileIndex } from '../../core/tag/file-index.js';
import { renderGlob, type RenderGlob } from '../../core/tag/glob.js';
import { isUnder, workspacePath } from '../../core/tag/paths.js';
import { dockerignoreOf, type TaggedImage } from '../../core/tag/tags.js';
import { renderTemplate, type TemplateImage } from '../../core/tag/template.js';
import type { Files } from '../ports.js';
import type { AnalyzedTree } from './analyse.js';

/** The `render` input's patterns, read before anything is computed or written: a malformed one is an error naming the input. */
export function renderPatterns(workspace: string, patterns: readonly string[]): Array<{ raw: string; glob: RenderGlob }> {
  return patterns
    .map(p => p.trim())
    .filter(p => p !== '' && !p.startsWith('#'))
    .map(raw => ({ raw, glob: renderGlob(workspacePath(raw, workspace, 'render')) }));
}

/** Files matching the render patterns, workspace-relative and sorted; a pattern matching nothing is an error. */
export async function expandRenderPatterns(workspace: string, patterns: readonly string[], files: Pick<Files, 'list'>): Promise<string[]> {
  const found = new Set<string>();
  for (const { raw, glob } of renderPatterns(workspace, patterns)) {
    const listed = await files.list(workspace, glob.base);
    const matched = glob.isGlob ? listed.filter(glob.matches) : listed;
    if (matched.length === 0) throw new LockstepError(`render: "${raw}" matches no file`);
    for (const f of matched) found.add(f);
  }
  return [...found].sort();
}

export async function renderFiles(workspace: string, patterns: readonly string[], renderTo: string | undefined, images: TaggedImage[], fs: Files, reporter: Reporter): Promise<string[]> {
  const files = await expandRenderPatterns(workspace, patterns, fs);
  const byName = new Map<string, TemplateImage>(images.map(i => [i.name, { tag: i.tag, image: i.image }]));
  // Any folder: a workspace-relative path, or an absolute one (`${{ runner.temp }}/manifests`).
  const outDir = renderTo ? resolve(workspace, renderTo) : workspace;
  // Render everything first: one unknown name anywhere means nothing is written.
  const results: Array<{ file: string; data: string | Buffer; replaced: number; mode: number }> = [];
  const errors: LockstepError[] = [];
  for (const file of files) {
    const { bytes, mode } = await fs.read(join(workspace, file));
    // A file without `{{` (an image, a binary) is copied byte for byte, never re-encoded.
    if (!bytes.includes('{{')) {
      results.push({ file, data: bytes, replaced: 0, mode });
      continue;
    }
    try {
      const out = renderTemplate(bytes.toString('utf8'), file, byName);
      results.push({ file, data: out.text, replaced: out.replaced, mode });
    } catch (e) {
      if (e instanceof LockstepErrors) errors.push(...e.errors);
      else if (e instanceof LockstepError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LockstepErrors(errors);
  return reporter.group(`Rendering ${files.length} template${files.length === 1 ? '' : 's'}`, async () => {
    const written: string[] = [];
    for (const { file, data, replaced, mode } of results) {
      const full = join(outDir, file);
      // Workspace-relative when inside it, absolute elsewhere.
      const inside = relative(workspace, full);
      const target = inside.startsWith('..') || isAbsolute(inside) ? full : inside.split(sep).join('/');
      // In place, a file with nothing to replace is left alone (its timestamps too), and a
      // symlink stays a symlink: its target is rendered when the patterns name it.
      if (target === file && (replaced === 0 || (await fs.isLink(join(workspace, file))))) continue;
      // A rendered script stays executable.
      await fs.writeAtomic(full, data, mode & 0o111 ? mode & 0o7777 : undefined);
      reporter.info(`${file}${target === file ? '' : ` → ${target}`} (${replaced} replaced)`);
      written.push(target);
    }
    return written;
  });
}

/**
 * Files this run wrote inside a build context (and not excluded by its .dockerignore) would
 * be sent by Docker, so the next run would give that image another tag: say so, once per image.
 */
export function warnWrittenInContexts(written: string[], tree: AnalyzedTree, reporter: Reporter): void {
  if (written.length === 0) return;
  for (const image of tree.config.images) {
    const inside = written.filter(path => isUnder(path, image.context));
    if (inside.length === 0) continue;
    const ignore = dockerignoreOf(tree.index, image.context, image.dockerfile);
    const probe = new FileIndex(inside.map(path => ({ path, mode: '100644', oid: '' })));
    const kept = selectContextFiles(probe, image.context, ignore === undefined ? undefined : tree.texts.get(ignore));
    if (kept.length === 0) continue;
    reporter.warning(
      `${kept.length} file${kept.length === 1 ? '' : 's'} written by this run (${inside[0]}${inside.length > 1 ? ', ...' : ''}) lie in the build context of ${image.name}: ` +
        `they change its tag on the next run; write them elsewhere or exclude them in .dockerignore`,
      { file: tree.config.file, line: image.lines.context },
    );
  }
}
