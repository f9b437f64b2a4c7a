import { LockstepError } from '../errors.js';
import type { ReleaseConfig } from '../config/release.js';
import { YamlSource, checkKeys, mapEntries, scalarString, type Node } from '../yaml.js';

export const DEPLOYERS = ['command', 'workflow', 'codebuild'] as const;
export type DeployerName = (typeof DEPLOYERS)[number];

/** How one repository is deployed, with everything its deployer needs checked. */
export type DeploySettings =
  | { deployer: 'command'; run: string }
  | { deployer: 'workflow'; github: string; workflow: string; ref: string }
  | { deployer: 'codebuild'; project: string };

/** The `deploy:` keys as written, with the line they sit on. */
interface RawDeploy {
  deployer?: string;
  run?: string;
  workflow?: string;
  ref?: string;
  project?: string;
  line: number;
}

/** Settings given to the action or CLI, used where release.yaml says nothing. */
export interface DeployInputs {
  deployer?: string;
  run?: string;
}

const KEYS = ['deployer', 'run', 'workflow', 'ref', 'project'] as const;

/**
 * Reads the `deploy:` mappings of release.yaml (top level and per repository) with their
 * lines. `parseReleaseConfig` keeps them as plain objects; this re-reads the same text so
 * that a mistake in them is reported where it is.
 */
export function parseDeploySections(text: string, file: string): { defaults?: RawDeploy; repositories: Map<string, RawDeploy> } {
  const src = new YamlSource(text, file);
  const top = mapEntries(src, src.root, 'release config');
  const result: { defaults?: RawDeploy; repositories: Map<string, RawDeploy> } = { repositories: new Map() };
  const deploy = top.find(([k]) => k === 'deploy');
  if (deploy) result.defaults = rawDeploy(src, deploy[1], 'deploy');
  const repos = top.find(([k]) => k === 'repositories');
  if (repos) {
    for (const [name, value] of mapEntries(src, repos[1], 'repositories')) {
      const entry = mapEntries(src, value, `repositories.${name}`).find(([k]) => k === 'deploy');
      if (entry) result.repositories.set(name, rawDeploy(src, entry[1], `repositories.${name}.deploy`));
    }
  }
  return result;
}

function rawDeploy(src: YamlSource, node: Node | null, what: string): RawDeploy {
  const fields = mapEntries(src, node, what);
  checkKeys(src, fields, KEYS, what);
  const raw: RawDeploy = { line: src.lineOf(node) };
  for (const [key, value] of fields) {
    const text = scalarString(src, value, `${what}.${key}`);
    if (key === 'deployer' && !(DEPLOYERS as readonly string[]).includes(text)) {
      throw src.error(`${what}.deployer: "${text}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`, value);
    }
    raw[key as (typeof KEYS)[number]] = text;
  }
  return raw;
}

/**
 * The settings for one repository: its own `deploy:` over the top-level `deploy:`, over the
 * action's or CLI's inputs, over the command deployer. A missing field is reported at the
 * `deploy:` that chose the deployer.
 */
export function deploySettingsFor(config: ReleaseConfig, sections: ReturnType<typeof parseDeploySections>, repository: string, inputs: DeployInputs): DeploySettings {
  const repo = config.repositories.find(r => r.name === repository);
  if (!repo) throw new LockstepError(`repository "${repository}" is not listed in ${config.file}`, { file: config.file });
  const own = sections.repositories.get(repository);
  const defaults = sections.defaults;
  const pick = <K extends keyof RawDeploy>(key: K) => own?.[key] ?? defaults?.[key];
  const deployer = own?.deployer ?? defaults?.deployer ?? inputs.deployer ?? 'command';
  if (!(DEPLOYERS as readonly string[]).includes(deployer)) {
    throw new LockstepError(`deployer: "${deployer}" is not a deployer (expected one of: ${DEPLOYERS.join(', ')})`);
  }
  const where = { file: config.file, line: own?.line ?? defaults?.line ?? repo.line };
  const missing = (what: string) => new LockstepError(`repository "${repository}": the ${deployer} deployer needs "${what}"`, where);
  switch (deployer as DeployerName) {
    case 'command': {
      const run = pick('run') ?? inputs.run;
      if (!run) throw new LockstepError(`repository "${repository}": the command deployer needs a command (the "run" input or deploy.run)`, where);
      return { deployer: 'command', run };
    }
    case 'workflow': {
      const workflow = pick('workflow');
      if (!workflow) throw missing('workflow');
      if (!repo.github) throw new LockstepError(`repository "${repository}": the workflow deployer needs "github: owner/repo"`, { file: config.file, line: repo.line });
      return { deployer: 'workflow', github: repo.github, workflow, ref: pick('ref') ?? repo.branch };
    }
    case 'codebuild': {
      const project = pick('project');
      if (!project) throw missing('project');
      return { deployer: 'codebuild', project };
    }
  }
}
