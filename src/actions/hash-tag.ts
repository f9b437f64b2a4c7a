// First, on purpose: modules are evaluated in import order, and this one starts git listing
// the workspace (cwd, as on the runner) before the others load (node:crypto alone takes
// several ms). git then runs on another core while the job's code (the YAML parser, the tag
// engine) loads: on a large repository each takes about as long as the other.
import './start-listing.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { userCredentials } from '../adapters/registry/credentials.js';
import { booleanInput, secretInput } from './inputs.js';
import { runAction } from './runtime.js';
import type { HashTagOptions, HashTagResult } from '../jobs/hash-tag.js';

/** Turns the action's inputs into the job's options; cwd is the workspace, as on the runner. */
function readInputs(): HashTagOptions {
  const password = secretInput('registry-password');
  const username = core.getInput('registry-username');
  return {
    workspace: process.cwd(),
    config: core.getInput('config') || 'images.yaml',
    checkRegistry: booleanInput('check-registry'),
    resolveBaseDigests: booleanInput('resolve-base-digests'),
    credentials: username || password ? { username, password } : undefined,
    // What docker/login-action, podman login or a credential helper left: masked as soon as it is read.
    userCredentials: userCredentials({ env: process.env, onSecret: secret => core.setSecret(secret) }),
    render: core.getMultilineInput('render'),
    renderTo: core.getInput('render-to') || undefined,
    writeInputs: core.getInput('write-inputs') || undefined,
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
  const { hashTag } = await import('../jobs/hash-tag.js');
  const result = await hashTag(readInputs(), reporter);
  core.setOutput('tags', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.tag]))));
  core.setOutput('images', JSON.stringify(Object.fromEntries(result.images.map(i => [i.name, i.image]))));
  core.setOutput('missing', JSON.stringify(result.missing ?? []));
  core.setOutput('matrix', JSON.stringify(buildMatrix(result)));
  core.setOutput('order', JSON.stringify(result.order));
  core.setOutput('rendered', JSON.stringify(result.rendered));
});
