// Prints the CHANGELOG.md section of one released version, for the GitHub release's notes.
//
//   node scripts/release-notes.mjs v1.2.3 [--changelog <path>]
//
// Exits 1 naming the file when the version has no section or an empty one: a release without
// notes is a mistake to catch before anything is published.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `## [1.2.3] - 2026-01-31` (Keep a Changelog); the brackets and the date are optional. */
const HEADING = /^## \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?:\s+-\s+\d{4}-\d{2}-\d{2})?\s*$/;

/** The body of `version`'s section (without its heading and link definitions), or undefined. */
export function releaseNotes(changelog, version) {
  const wanted = version.replace(/^v/, '');
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex(l => HEADING.exec(l)?.[1] === wanted);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter(l => !/^\[[^\]]+\]:\s*\S+/.test(l))
    .join('\n')
    .trim();
  return body || undefined;
}

function main(argv) {
  const version = argv.find(a => !a.startsWith('--'));
  const at = argv.indexOf('--changelog');
  const file = resolve(at >= 0 ? argv[at + 1] : join(import.meta.dirname, '..', 'CHANGELOG.md'));
  if (!version || !/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    console.error('usage: node scripts/release-notes.mjs vX.Y.Z [--changelog <path>]');
    return 2;
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version);
  if (!notes) {
    console.error(`${file}: no "## [${version.replace(/^v/, '')}]" section with notes; move the Unreleased entries under it before tagging`);
    return 1;
  }
  process.stdout.write(`${notes}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  }
}
