import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ExampleRepo, type ExamplePull } from './repo.js';

/**
 * The example product, "acme": three component repositories and a release repository, all
 * real git repositories in one folder.
 *
 * - `infra`: infrastructure as code (a queue, a compute environment for batch jobs);
 * - `api`: a monorepo with a JVM base image and two services built on it (`api`, `worker`),
 *   an `images.yaml` and Kubernetes manifests holding `{{ tag "..." }}` placeholders;
 * - `web`: the web front end;
 * - `release`: `release.yaml` (source: local clones) and the version files.
 *
 * Pull requests are merged in waves, as a team would merge them between two releases.
 */
export interface Product {
  root: string;
  repos: { infra: ExampleRepo; api: ExampleRepo; web: ExampleRepo };
  release: ExampleRepo;
  /** release.yaml, absolute. */
  releaseConfig: string;
  /** Folder holding one JSON state file per environment. */
  stateDir: string;
  /** The command deployer's log: one line per step run. */
  deployLog: string;
  /** The example's registry: a folder of pushed image references. */
  registryDir: string;
}

export type RepoName = keyof Product['repos'];

export const RELEASE_YAML = `# yaml-language-server: $schema=https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/release.schema.json
# The acme product: three repositories released together. The example reads them from local
# clones (source: git); on GitHub, give each one \`github: owner/repo\` instead.
versions: versions
repositories:
  infra: { path: ../infra, branch: main }
  api: { path: ../api, branch: main }
  web: { path: ../web, branch: main }
`;

const IMAGES_YAML = `# yaml-language-server: $schema=https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/images.schema.json
registry: registry.example/acme
images:
  jvm-base:
    context: images/jvm-base
  api:
    context: services/api
    base: [jvm-base]
    build-args: { JAVA_OPTS: "-Xmx1g" }
  worker:
    context: services/worker
    base: [jvm-base]
`;

const jvmBase = (patch: string) => `FROM eclipse-temurin:21.0.${patch}-jre\nRUN useradd --system --uid 10001 app\nUSER app\n`;

const service = (name: string) => `ARG JVM_BASE_IMAGE=registry.example/acme/jvm-base:latest
FROM \${JVM_BASE_IMAGE}
COPY src/ /app/
CMD ["java", "-cp", "/app", "${name}"]
`;

const manifest = (name: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: ${name}
          image: {{ image "${name}" }}
`;

const javaMain = (cls: string, line: string) => `public class ${cls} {\n  public static void main(String[] args) {\n    ${line}\n  }\n}\n`;

/** What each repository holds when Lockstep is adopted (version 1 pins these heads). */
const INITIAL: Record<RepoName, Record<string, string>> = {
  infra: {
    'README.md': '# infra\n\nTerraform for the acme product.\n',
    'terraform/main.tf': 'terraform {\n  required_version = ">= 1.6"\n}\n',
    'terraform/compute.tf': 'resource "aws_batch_compute_environment" "jobs_v1" {\n  compute_environment_name = "jobs-v1"\n  type                     = "MANAGED"\n}\n',
  },
  api: {
    'README.md': '# api\n\nThe API server and the batch worker, on one JVM base image.\n',
    'images.yaml': IMAGES_YAML,
    'images/jvm-base/Dockerfile': jvmBase('4'),
    'services/api/Dockerfile': service('Api'),
    'services/api/src/Api.java': javaMain('Api', 'System.out.println("api: serving");'),
    'services/worker/Dockerfile': service('Worker'),
    'services/worker/src/Worker.java': javaMain('Worker', 'System.out.println("worker: idle");'),
    'deploy/api.yaml': manifest('api', 2),
    'deploy/worker.yaml': manifest('worker', 1),
  },
  web: {
    'README.md': '# web\n\nThe acme web front end.\n',
    'src/app.js': 'export const jobsEndpoint = "/v1/jobs";\n',
  },
};

/**
 * Merged before version 2 is cut. api#87 needs infra#41 (the queue must exist before the API
 * reads it); web#23 must not ship together with infra#42: the web stops using the old compute
 * environment only after the new one exists and the old one's jobs drained.
 */
export const FIRST_WAVE: Array<[RepoName, ExamplePull]> = [
  [
    'infra',
    {
      number: 41,
      title: 'Add the jobs queue',
      body: 'Creates the SQS queue the API will publish batch jobs to, and exports JOBS_QUEUE_URL.',
      files: { 'terraform/queue.tf': 'resource "aws_sqs_queue" "jobs" {\n  name = "acme-jobs"\n}\n\noutput "jobs_queue_url" {\n  value = aws_sqs_queue.jobs.url\n}\n' },
    },
  ],
  [
    'api',
    {
      number: 87,
      title: 'Publish batch jobs to the queue',
      body: 'Reads JOBS_QUEUE_URL, which infra#41 adds.\n\n# dependency\n- pull: infra#41\n  is_compatible: true\n',
      files: { 'services/api/src/Api.java': javaMain('Api', 'System.out.println("api: serving, jobs to " + System.getenv("JOBS_QUEUE_URL"));') },
    },
  ],
  [
    'infra',
    {
      number: 42,
      title: 'New compute environment for batch jobs',
      body: 'Adds jobs-v2 next to jobs-v1. jobs-v1 is removed in a later pull request, once its jobs drained.',
      files: {
        'terraform/compute.tf':
          'resource "aws_batch_compute_environment" "jobs_v1" {\n  compute_environment_name = "jobs-v1"\n  type                     = "MANAGED"\n}\n\nresource "aws_batch_compute_environment" "jobs_v2" {\n  compute_environment_name = "jobs-v2"\n  type                     = "MANAGED"\n}\n',
      },
    },
  ],
  [
    'web',
    {
      number: 23,
      title: 'Send batch jobs to the new compute environment',
      body:
        'The old environment must still exist while this version of the web is rolled out, and\nits jobs must drain first, so this ships in a release after infra#42.\n\n```\n# dependency\n- pull: infra#42\n  is_compatible: false\n```\n',
      files: { 'src/app.js': 'export const jobsEndpoint = "/v2/jobs";\nexport const computeEnvironment = "jobs-v2";\n' },
    },
  ],
];

/** Merged after version 2: a JVM security patch in the base image, which re-tags both services. */
export const SECOND_WAVE: Array<[RepoName, ExamplePull]> = [
  [
    'api',
    {
      number: 88,
      title: 'Patch the JVM (security fix)',
      body: 'Bumps the base image to 21.0.5. Both services are rebuilt on it.',
      files: { 'images/jvm-base/Dockerfile': jvmBase('5') },
    },
  ],
];

/** Creates the component repositories with their first commit, and the release repository. */
export async function createProduct(root: string): Promise<Product> {
  await mkdir(root, { recursive: true });
  const make = async (name: RepoName) => {
    const repo = await ExampleRepo.create(name, join(root, name));
    await repo.write(INITIAL[name]);
    await repo.commit(`Initial ${name}`);
    return repo;
  };
  const repos = { infra: await make('infra'), api: await make('api'), web: await make('web') };
  const release = await ExampleRepo.create('release', join(root, 'release'));
  await release.write({ 'release.yaml': RELEASE_YAML, 'README.md': '# release\n\nVersion files of the acme product.\n' });
  await release.commit('Release configuration');
  const stateDir = join(root, 'state');
  const registryDir = join(root, 'registry');
  await mkdir(stateDir, { recursive: true });
  await mkdir(registryDir, { recursive: true });
  return {
    root,
    repos,
    release,
    releaseConfig: join(release.dir, 'release.yaml'),
    stateDir,
    deployLog: join(root, 'deploy.log'),
    registryDir,
  };
}

/** Merges a wave of pull requests, in order; returns the merge commits. */
export async function mergeWave(product: Product, wave: Array<[RepoName, ExamplePull]>): Promise<Array<{ repo: RepoName; pull: ExamplePull; commit: string }>> {
  const merged = [];
  for (const [repo, pull] of wave) merged.push({ repo, pull, commit: await product.repos[repo].mergePull(pull) });
  return merged;
}

/**
 * The command deployer's script: one line per step in the deploy log. The step arrives in
 * LOCKSTEP_* environment variables; nothing is spliced into the script's text.
 */
export function deployScript(product: Product): string {
  return [
    `line=$(printf '%s v%s step %s: %s @ %s' "$LOCKSTEP_ENVIRONMENT" "$LOCKSTEP_VERSION" "$LOCKSTEP_STEP" "$LOCKSTEP_REPOSITORY" "$LOCKSTEP_COMMIT")`,
    'echo "deploying: $line"',
    `echo "$line" >> ${shellQuote(product.deployLog)}`,
  ].join('\n');
}

/** Single-quotes a path for the deploy script (the product folder may hold spaces). */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
