import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { git } from './git.js';

// Where the bytes of a checkout may differ from the blobs git's index names, though `git
// status` calls the tree clean: git compares a file with its blob after converting it back
// (eol, filters), ignores the exec bit with core.fileMode=false, and does not look at files
// marked assume-unchanged or skip-worktree. Docker sends the bytes and mode on disk, so those
// paths are read from disk; everything else keeps the index's blob id, which costs nothing.

/** The git settings that decide whether a checkout's bytes or modes may differ from the index. */
export interface CheckoutSettings {
  /** core.fileMode: false when git ignores the exec bit. */
  fileMode: boolean;
  /** core.autocrlf=true or core.eol=crlf: text files may be written with CRLF on checkout. */
  crlf: boolean;
  /** core.attributesFile, when set. */
  attributesFile?: string;
}

/** git's reading of a boolean setting (`git config --type=bool`); a key without `=` is true. */
function gitBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'true' || v === 'yes' || v === 'on' || v === '1' || v === '') return true;
  if (v === 'false' || v === 'no' || v === 'off' || v === '0') return false;
  return /^-?\d+$/.test(v) ? Number(v) !== 0 : undefined;
}

/** The settings from `git config -z --list` (`key\nvalue\0` per entry; the last one of a key wins, as git reads it). */
export function checkoutSettings(list: string): CheckoutSettings {
  const values = new Map<string, string>();
  for (const record of list.split('\0')) {
    if (record === '') continue;
    const nl = record.indexOf('\n');
    // Keys are case-insensitive; values of these settings are too.
    if (nl < 0) values.set(record.toLowerCase(), '');
    else values.set(record.slice(0, nl).toLowerCase(), record.slice(nl + 1));
  }
  const autocrlf = values.get('core.autocrlf');
  return {
    fileMode: gitBool(values.get('core.filemode')) ?? true,
    crlf: (autocrlf !== undefined && autocrlf.toLowerCase() !== 'input' && gitBool(autocrlf) === true) || values.get('core.eol')?.toLowerCase() === 'crlf',
    attributesFile: values.get('core.attributesfile'),
  };
}

/**
 * Attributes under which checkout may write other bytes than the blob's: any mention of them
 * (a macro included) in an attributes file means git is asked, path by path. `text` alone
 * converts on checkout only with CRLF settings (`CheckoutSettings.crlf`), which read everything.
 */
const CONVERTING = /(?:^|\s)[-!]?(?:eol|crlf|filter|ident|working-tree-encoding)(?:[=\s]|$)/m;

/** Whether an attributes file's text can make checkout convert any file. */
export function attributesMayConvert(text: string): boolean {
  return text.split('\n').some(line => !line.trimStart().startsWith('#') && CONVERTING.test(line.trim()));
}

/**
 * The attributes files git reads besides the `.gitattributes` files of the tree: the
 * repository's `info/attributes`, the user's (core.attributesFile, or the XDG default) and the
 * system's. Their texts, where they exist.
 */
export function outsideAttributes(root: string, settings: CheckoutSettings, infoAttributes: string | undefined): string[] {
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const expand = (p: string) => (p.startsWith('~/') ? join(homedir(), p.slice(2)) : p);
  const files = [
    infoAttributes && (isAbsolute(infoAttributes) ? infoAttributes : join(root, infoAttributes)),
    settings.attributesFile ? expand(settings.attributesFile) : join(xdg, 'git', 'attributes'),
    '/etc/gitattributes',
  ];
  const texts: string[] = [];
  for (const f of files) {
    if (!f) continue;
    try {
      texts.push(readFileSync(f, 'utf8'));
    } catch {
      // Absent (the usual case): no attributes from there.
    }
  }
  return texts;
}

/**
 * The paths among `paths` (workspace-relative) that git converts on checkout, asked once with
 * `git check-attr --stdin`: a filter (Git LFS), an eol or crlf attribute, ident, a
 * working-tree-encoding. Any value other than unspecified counts: reading a file that turns
 * out unconverted costs a read, missing one costs a stale tag.
 */
export async function convertedPaths(root: string, paths: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (paths.length === 0) return out;
  const { stdout } = await git(root, ['check-attr', '-z', '--stdin', 'eol', 'crlf', 'filter', 'ident', 'working-tree-encoding'], { input: `${paths.join('\0')}\0` });
  // `<path>\0<attribute>\0<value>\0`, five records per path.
  const fields = stdout.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2];
    if (value !== 'unspecified' && value !== 'unset') out.add(fields[i]);
  }
  return out;
}
