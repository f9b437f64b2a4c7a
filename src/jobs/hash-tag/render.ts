import { chmod, lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LockstepError, LockstepErrors } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import { selectContextFiles } from '../../core/tag/context.js';
import { FileIndex } from '../../core/tag/file-index.js';
import { renderGlob, type RenderGlob } from '../../core/tag/glob.js';
import { isUnder, workspacePath } from '../../core/tag/paths.js';
import { dockerignoreOf, type TaggedImage } from '../../core/tag/tags.js';
import { renderTemplate, type TemplateImage } from '../../core/tag/template.js';
import { writeFileAtomic } from '../../adapters/fs.js';
import type { AnalyzedTree } from './analyse.js';

/** The `render` input's patterns, read before anything is computed or written: a malformed one is an error naming the input. */
export function renderPatterns(workspace: string, patterns: readonly string[]): Array<{ raw: string; glob: RenderGlob }> {
  return patterns
    .map(p => p.trim())
    .filter(p => p !== '' && !p.startsWith('#'))
    .map(raw => ({ raw, glob: renderGlob(workspacePath(raw, workspace, 'render')) }));
}

/** Files matching the render patterns, workspace-relative and sorted; a pattern matching nothing is an error. */
export async function expandRenderPatterns(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const { raw, glob } of renderPatterns(workspace, patterns)) {
    const matched = glob.isGlob ? (await walk(workspace, glob.base)).filter(glob.matches) : await walk(workspace, glob.base);
    if (matched.length === 0) throw new LockstepError(`render: "${raw}" matches no file`);
    for (const f of matched) files.add(f);
  }
  return [...files].sort();
}

/** Every file at or below `path`; `.git` folders are skipped. */
async function walk(workspace: string, path: string): Promise<string[]> {
  const out: string[] = [];
  let s;
  try {
    s = await stat(join(workspace, path));
  } catch {
    return out;
  }
  if (!s.isDirectory()) return [path];
  const dirs = [path];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    for (const d of await readdir(join(workspace, dir), { withFileTypes: true })) {
      if (d.name === '.git') continue;
      const child = dir === '.' ? d.name : `${dir}/${d.name}`;
      if (d.isDirectory()) dirs.push(child);
      else if (d.isFile()) out.push(child);
      // A link to a file is rendered through the link; a link to a folder is not walked.
      else if (d.isSymbolicLink() && (await stat(join(workspace, child)).catch(() => undefined))?.isFile()) out.push(child);
    }
  }
  return out;
}

export async function renderFiles(workspace: string, patterns: readonly string[], renderTo: string | undefined, images: TaggedImage[], reporter: Reporter): Promise<string[]> {
  const files = await expandRenderPatterns(workspace, patterns);
  const byName = new Map<string, TemplateImage>(images.map(i => [i.name, { tag: i.tag, image: i.image }]));
  // Any folder: a workspace-relative path, or an absolute one (`${{ runner.temp }}/manifests`).
  const outDir = renderTo ? resolve(workspace, renderTo) : workspace;
  // Render everything first: one unknown name anywhere means nothing is written.
  const results: Array<{ file: string; data: string | Buffer; replaced: number; mode: number }> = [];
  const errors: LockstepError[] = [];
  for (const file of files) {
    const bytes = await readFile(join(workspace, file));
    const { mode } = await stat(join(workspace, file));
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
      if (target === file && (replaced === 0 || (await lstat(join(workspace, file))).isSymbolicLink())) continue;
      await writeFileAtomic(full, data);
      // A rendered script stays executable.
      if (mode & 0o111) await chmod(full, mode & 0o7777);
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
