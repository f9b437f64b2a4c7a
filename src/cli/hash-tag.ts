import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { formatChange } from '../core/tag/why.js';
import { hashTagPorts, snapshots } from '../composition/hash-tag.js';
import { hashTag } from '../jobs/hash-tag.js';
import { whyTagChanged, type WhyResult } from '../jobs/hash-tag/why.js';
import type { Reporter } from '../core/reporter.js';
import { parseFlags, type Command } from './command.js';

/** In `--json` mode stdout carries only the JSON document; progress goes to stderr. */
function quiet(reporter: Reporter): Reporter {
  return {
    info: message => process.stderr.write(`${message}\n`),
    warning: (message, location) => reporter.warning(message, location),
    error: (message, location) => reporter.error(message, location),
    group: (_title, fn) => fn(),
    summary: () => {},
  };
}

export const hashTagCommand: Command = {
  name: 'hash-tag',
  summary: 'compute every image tag from its tree; check the registry; render templates',
  usage: `usage: lockstep hash-tag [options]

Computes each image's content tag from the working tree (uncommitted and untracked
files included, as Docker would send them) and prints image, tag and status.

  --cwd <dir>              workspace root (default: current folder)
  --config <path>          images config (default: images.yaml)
  --render <path|glob>     template to render; repeat for more
  --render-to <dir>        write rendered templates there (default: in place)
  --check-registry         ask the registry which tags exist
  --resolve-base-digests   fold external FROM images' digests into the tags
  --write-inputs <dir>     write <image>.json with each tag's inputs
  --json                   print the result as JSON

Registry credentials come from LOCKSTEP_REGISTRY_USERNAME / LOCKSTEP_REGISTRY_PASSWORD
(for the config's registry), else from the logins you already have: the containers auth
file (REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)
and the Docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json, with its
credential helpers).`,
  async run(argv, reporter) {
    const { values } = parseFlags(argv, {
      cwd: { type: 'string' },
      config: { type: 'string' },
      render: { type: 'string', multiple: true },
      'render-to': { type: 'string' },
      'check-registry': { type: 'boolean' },
      'resolve-base-digests': { type: 'boolean' },
      'write-inputs': { type: 'string' },
      json: { type: 'boolean' },
    });
    const username = process.env.LOCKSTEP_REGISTRY_USERNAME;
    const password = process.env.LOCKSTEP_REGISTRY_PASSWORD;
    const result = await hashTag(
      {
        workspace: resolve(values.cwd ?? '.'),
        config: values.config,
        render: values.render,
        renderTo: values['render-to'],
        checkRegistry: values['check-registry'],
        resolveBaseDigests: values['resolve-base-digests'],
        writeInputs: values['write-inputs'],
        ...(await hashTagPorts({ credentials: username || password ? { username, password } : undefined, userCredentials: { env: process.env } })),
      },
      values.json ? quiet(reporter) : reporter,
    );
    if (values.json) {
      const images = result.images.map(i => ({
        name: i.name,
        tag: i.tag,
        image: i.image,
        context: i.context,
        dockerfile: i.dockerfile,
        buildArgs: i.buildArgs,
        platform: i.platform ?? null,
        bases: i.bases,
        external: i.external,
        level: i.level,
        status: result.status[i.name],
      }));
      process.stdout.write(`${JSON.stringify({ images, order: result.order, missing: result.missing ?? null, rendered: result.rendered }, null, 2)}\n`);
    }
    return 0;
  },
};

function short(tag?: string): string {
  return tag ?? '(absent)';
}

function printWhy(w: WhyResult, out: string[], depth = 0): void {
  const pad = '  '.repeat(depth);
  const from = w.from.label.length === 40 ? w.from.label.slice(0, 12) : w.from.label;
  const to = w.to.label.length === 40 ? w.to.label.slice(0, 12) : w.to.label;
  if (w.from.tag === w.to.tag) {
    out.push(`${pad}${w.image}: tag ${short(w.to.tag)} unchanged between ${from} and ${to}`);
    return;
  }
  out.push(`${pad}${w.image}: ${short(w.from.tag)} (${from}) → ${short(w.to.tag)} (${to})`);
  if (w.from.tag === undefined || w.to.tag === undefined) return;
  for (const c of w.changes) {
    out.push(`${pad}  ${formatChange(c)}`);
    const base = c.kind === 'base' ? w.bases.find(b => b.image === c.name) : undefined;
    if (base) printWhy(base, out, depth + 2);
  }
}

export const whyCommand: Command = {
  name: 'why',
  summary: 'name the files, args and bases that changed an image tag between two trees',
  usage: `usage: lockstep why <image> [options]

Compares the image's tag inputs in two trees and names what differs; a base image
whose tag changed is explained in turn.

  --from <rev>      older tree (default: HEAD)
  --to <rev>        newer tree (default: the working tree; when it gives HEAD's
                    tag, the last commit is explained: HEAD~1 → HEAD)
  --cwd <dir>       workspace root (default: current folder)
  --config <path>   images config (default: images.yaml)
  --json            print the comparison as JSON`,
  async run(argv, reporter) {
    const { values, positionals } = parseFlags(
      argv,
      { from: { type: 'string' }, to: { type: 'string' }, cwd: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    if (positionals.length !== 1) throw new LockstepError('why: name exactly one image (lockstep why <image>)');
    const result = await whyTagChanged(
      { workspace: resolve(values.cwd ?? '.'), config: values.config, image: positionals[0], from: values.from, to: values.to, snapshots: await snapshots() },
      reporter,
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const out: string[] = [];
      printWhy(result, out);
      for (const line of out) reporter.info(line);
    }
    return 0;
  },
};
