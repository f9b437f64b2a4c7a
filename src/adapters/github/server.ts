/**
 * The web address of the GitHub the run belongs to (`GITHUB_SERVER_URL`: github.com, a GHE.com
 * subdomain or a GitHub Enterprise Server), for links people click: compare views, run pages.
 */
export function githubServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.GITHUB_SERVER_URL?.trim();
  return url ? url.replace(/\/+$/, '') : 'https://github.com';
}
