import { LockstepError, LockstepErrors } from '../errors.js';

export interface TemplateImage {
  tag: string;
  image: string;
}

/**
 * `{{ tag "name" }}` and `{{ image "name" }}`, whitespace-tolerant, with Go's trim markers
 * (`{{- ... -}}`). Any other `{{ ... }}` is left exactly as written: manifests are often Helm
 * charts or Go templates rendered later by another tool, and ours must not break theirs.
 */
const ACTION = /\{\{(-\s)?\s*(tag|image)\s+"([^"\\\n]*)"\s*(\s-)?\}\}/g;

/**
 * Renders a template file's text. Every unknown image name is reported, each with its file,
 * line and column, before anything is written.
 */
export function renderTemplate(text: string, file: string, images: ReadonlyMap<string, TemplateImage>): { text: string; replaced: number } {
  const errors: LockstepError[] = [];
  let out = '';
  let last = 0;
  let replaced = 0;
  let skipSpace = false;
  for (const m of text.matchAll(ACTION)) {
    let before = text.slice(last, m.index);
    if (skipSpace) before = before.replace(/^\s+/, '');
    if (m[1]) before = before.replace(/\s+$/, '');
    out += before;
    const [, , fn, name] = m;
    const image = images.get(name);
    if (!image) {
      const lines = text.slice(0, m.index).split('\n');
      const known = [...images.keys()].sort().join(', ');
      errors.push(new LockstepError(`{{ ${fn} "${name}" }}: unknown image "${name}" (known: ${known || 'none'})`, { file, line: lines.length, column: lines[lines.length - 1].length + 1 }));
    } else {
      out += fn === 'tag' ? image.tag : image.image;
      replaced++;
    }
    skipSpace = Boolean(m[4]);
    last = m.index + m[0].length;
  }
  let rest = text.slice(last);
  if (skipSpace) rest = rest.replace(/^\s+/, '');
  out += rest;
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LockstepErrors(errors);
  return { text: out, replaced };
}
