/**
 * Markdown for job summaries and PR comments, with one escaping rule. Names, reasons and PR
 * titles come from users: they must neither break a table (a `|`, a newline) nor smuggle markup
 * in (a link, an image, HTML, emphasis).
 */

/**
 * Plain text as inline markdown: newlines as spaces, and every character escaped that could
 * start markup inside a line (`(`, `#`, `!` only act after an escaped `]` or at a line start).
 */
export function plain(value: string): string {
  return value.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~]/g, c => `\\${c}`);
}

/**
 * An inline code span (commits, tags, file names). Backslashes are literal inside code, so only a
 * `|` needs escaping (GitHub splits table cells before it parses code); a value holding
 * backticks gets a longer fence.
 */
export function code(value: string): string {
  const flat = value.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A table: `header` and `rows` hold markdown already (use `plain`/`code` for user values). */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
