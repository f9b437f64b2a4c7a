// Builds one ncc bundle per action, plus the CLI, into dist/<name>/index.js.
// ncc writes ESM output for an ESM entry (package.json "type": "module").
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';

const entries = {
  'hash-tag': 'src/actions/hash-tag.ts',
  'resolve-deps': 'src/actions/resolve-deps.ts',
  'apply-steps': 'src/actions/apply-steps.ts',
  cli: 'src/cli/main.ts',
};
const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(entry)) {
    console.error(`skip ${name}: ${entry} does not exist yet`);
    continue;
  }
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--target', 'es2022', '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
  if (name === 'cli') {
    const file = `${out}/index.js`;
    const code = readFileSync(file, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
}
