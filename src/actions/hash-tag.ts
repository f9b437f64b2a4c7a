// First, on purpose: modules are evaluated in import order, and this one starts git listing
// the workspace (cwd, as on the runner) before the others load (node:crypto alone takes
// several ms). git then runs on another core while the job's code (the YAML parser, the tag
// engine) loads: on a large repository each takes about as long as the other.
import './start-listing.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { hashTagPorts, type RegistryOptions } from '../composition/hash-tag.js';
import { booleanInput, secretInput } from './inputs.js';
import { runAction } from './runtime.js';
import type { HashTagOptions, HashTagResult } from '../jobs/hash-tag.js';

/** Turns the action's inputs into the job's options (its ports apart); cwd is the workspace, as on the runner. */
function readInputs(): Omit<HashTagOptions, 'snapshots' | 'files' | 'registry' | 'knownTags'> {
  return {
    workspace: process.cwd(),
    config: core.getInput('config') || 'images.yaml',
    checkRegistry: booleanInput('check-registry'),
    resolveBaseDigests: booleanInput('resolve-base-digests'),
    render: core.getMultilineInput('render'),
    renderTo: core.getInput('render-to') || undefined,
    writeInputs: core.getInput('write-inputs') || undefined,
  };
}

function registryInputs(): RegistryOptions {
  const password = secretInput('registry-password');
  const username = core.getInput('registry-username');
  return {
    credentials: username || password ? { username, password } : undefined,
    // What docker/login-action, podman login or a credential helper left: masked as soon as it is read.
    userCredentials: { env: process.env, onSecret: secret => core.setSecret(secret) },
    // The memory lives in RUNNER_TEMP (the same path in every run: the cache version hashes it).
    knownTags: {
      dir: join(process.env.RUNNER_TEMP || tmpdir(), 'lockstep-known-tags'),
      runId: `${process.env.GITHUB_RUN_ID || 'local'}-${process.env.GITHUB_RUN_ATTEMPT || '1'}`,
    },
  };
}

/** `strategy.matrix` for the images to build: missing ones when checked, else all; bases first. */
export function buildMatrix(result: HashTagResult): { include: Array<Record<string, unknown>> } {
  const toBuild = result.missing ? new Set(result.missing) : undefined;
  return {
    include: result.images
      .filter(i => !toBuild || toBuild.has(i.name))
      .map(i => ({
        name: i.name,
        context: i.context,
        dockerfile: i.dockerfile,
        tag: i.tag,
        image: i.image,
        // docker/build-push-action takes build-args as KEY=value lines.
        'build-args': Object.entries(i.buildArgs).map(([k, v]) => `${k}=${v}`).join('\n'),
        platform: i.platform ?? '',
        bases: i.bases,
        level: i.level,
      })),
  };
}

await runAction(async reporter => {
  // Inside runAction: a bundle chunk that fails to load is an ::error, not a stack trace.
  const options = readInputs();
  const [{ hashTag }, ports] = await Promise.all([import('../jobs/hash-tag.js'), hashTagPorts(registryInputs())]);
  const result = await hashTag({ ...options, ...ports }, reporter);
  core.setOutput('tags', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.tag]))));
  core.setOutput('images', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.image]))));
  core.setOutput('missing', JSON.stringify(result.missing ?? []));
  core.setOutput('matrix', JSON.stringify(buildMatrix(result)));
  core.setOutput('order', JSON.stringify(result.order));
  core.setOutput('rendered', JSON.stringify(result.rendered));
});
