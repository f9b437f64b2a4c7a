import { LockstepError } from '../errors.js';
import { ALL_PARSER_RULES, frontendOf, FrontendError, type Frontend } from './dockerfile/frontend.js';
import { CURRENT_PARSER_RULES, DockerfileSyntaxError, parseDockerfileText, parseWords, type ParsedFile, type ParserRules } from './dockerfile/parser.js';
import { processWord, ShellLexError } from './dockerfile/shell-lex.js';

/**
 * One image a Dockerfile builds from or copies out of, after variable substitution: a `FROM`,
 * a `COPY`/`ADD --from=<image>`, or a `RUN --mount=...,from=<image>`; or the frontend image
 * BuildKit runs to read the Dockerfile (`# syntax=`, the `BUILDKIT_SYNTAX` build arg).
 */
export interface FromInstruction {
  /** Which instruction names the image (`syntax`: the frontend). */
  via: 'FROM' | 'COPY' | 'ADD' | 'RUN' | 'syntax';
  /** 1-based line of the instruction (the directive; 1 for a `BUILDKIT_SYNTAX` build arg, which has none). */
  line: number;
  /** The image as written, before substitution. */
  raw: string;
  /** The image after substituting ARG values (`ghcr.io/acme/jvm-base:1.2`). */
  image: string;
  /** `AS <stage>` name, lower-cased as Docker does. */
  stage?: string;
  platform?: string;
  /** True when `image` names an earlier stage of this Dockerfile (`FROM builder`, `COPY --from=0`). */
  fromStage: boolean;
  /** True for `FROM scratch`: no base at all. */
  scratch: boolean;
}

export interface ParsedDockerfile {
  file: string;
  froms: FromInstruction[];
}

/** The builder's platform: GitHub's hosted runners (BuildKit's BUILDPLATFORM and BUILD* args). */
export const BUILD_PLATFORM = 'linux/amd64';
/** The target platform when an image names none: the builder's, as BuildKit does. */
export const DEFAULT_PLATFORM = BUILD_PLATFORM;

/** `os/arch[/variant]` normalised as containerd's platforms.Normalize does for the common architectures. */
function normalizePlatform(platform: string): { os: string; arch: string; variant: string; formatted: string } {
  const [os, rawArch = '', rawVariant = ''] = platform.toLowerCase().split('/');
  let arch = rawArch;
  let variant = rawVariant;
  if (arch === 'i386') arch = '386';
  else if (arch === 'x86_64' || arch === 'x86-64') arch = 'amd64';
  else if (arch === 'aarch64' || arch === 'arm64') {
    arch = 'arm64';
    if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = '';
  } else if (arch === 'armhf') {
    arch = 'arm';
    variant = 'v7';
  } else if (arch === 'armel') {
    arch = 'arm';
    variant = 'v6';
  } else if (arch === 'arm') {
    if (variant === '' || variant === '7') variant = 'v7';
    else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
  }
  return { os, arch, variant, formatted: [os, arch, variant].filter(Boolean).join('/') };
}

/**
 * The arguments BuildKit defines before any `ARG` (its defaultArgs): BUILDPLATFORM and
 * BUILDOS/ARCH/VARIANT (the builder's), TARGETPLATFORM and TARGETOS/ARCH/VARIANT (the
 * image's `platform`, default the builder's), TARGETSTAGE; a build arg of the same name wins.
 */
export function automaticArgs(platform: string | undefined, target: string, buildArgs: Readonly<Record<string, string>>): Map<string, string> {
  const bp = normalizePlatform(BUILD_PLATFORM);
  const tp = normalizePlatform(platform ?? DEFAULT_PLATFORM);
  const args = new Map<string, string>([
    ['BUILDPLATFORM', bp.formatted],
    ['BUILDOS', bp.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', bp.arch],
    ['BUILDVARIANT', bp.variant],
    ['TARGETPLATFORM', tp.formatted],
    ['TARGETOS', tp.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', tp.arch],
    ['TARGETVARIANT', tp.variant],
    ['TARGETSTAGE', target === '' ? 'default' : target],
  ]);
  for (const key of args.keys()) if (Object.prototype.hasOwnProperty.call(buildArgs, key)) args.set(key, buildArgs[key]);
  return args;
}

/**
 * Reads the images a Dockerfile builds from as BuildKit does: the frontend that reads it (the
 * `BUILDKIT_SYNTAX` build arg, else the syntax directive, see dockerfile/frontend.ts), itself
 * the first of those images, then the parser of that frontend's release (directives,
 * continuations, heredocs, see dockerfile/parser.ts), then the `ARG`s before the first
 * `FROM` (build-arg value, else the default expanded by its shell lexer) on top of the
 * automatic platform args of `platform`, substituted in `FROM` and `--platform`. Build args
 * no such `ARG` declares do not reach `FROM`, exactly as in Docker. A Dockerfile BuildKit
 * would refuse is a LockstepError naming `file` and the line.
 */
export function parseDockerfile(text: string, file: string, buildArgs: Record<string, string> = {}, platform?: string): ParsedDockerfile {
  let frontend: Frontend;
  try {
    frontend = frontendOf(text, buildArgs);
  } catch (e) {
    if (e instanceof FrontendError) throw new LockstepError(e.message, { file });
    throw e;
  }
  const hint = notADockerfile(frontend);
  const read = (rules: ParserRules) => {
    try {
      return readFroms(text, file, buildArgs, platform, rules);
    } catch (e) {
      if (e instanceof LockstepError && hint.length > 0) throw new LockstepError(e.message, e.location, [...e.details, ...hint]);
      throw e;
    }
  };
  let froms: FromInstruction[];
  if (frontend.kind === 'image' && frontend.rules === undefined) {
    // docker/dockerfile of no knowable version: fine if every release would read the same images.
    const readings = ALL_PARSER_RULES.map(rules => {
      try {
        return { froms: read(rules) };
      } catch (e) {
        if (e instanceof LockstepError) return { error: e };
        throw e;
      }
    });
    const newest = readings[readings.length - 1];
    const key = (r: (typeof readings)[number]) => ('froms' in r ? JSON.stringify(r.froms) : `error ${r.error.message}`);
    if (readings.some(r => key(r) !== key(newest))) {
      throw new LockstepError(
        `${syntaxWhere(frontend)} names ${frontend.ref}, which tells no release of the Dockerfile frontend, and the release decides how this Dockerfile reads (heredocs from 1.4, \`# check=\` from 1.8): name the release tag too (docker/dockerfile:1.7@sha256:...)`,
        { file, line: 'line' in frontend.source ? frontend.source.line : undefined },
      );
    }
    if ('error' in newest) throw newest.error;
    froms = newest.froms;
  } else {
    froms = read(frontend.kind === 'image' ? frontend.rules! : CURRENT_PARSER_RULES);
  }
  if (frontend.kind === 'image') {
    const line = 'line' in frontend.source ? frontend.source.line : 1;
    froms.unshift({ via: 'syntax', line, raw: frontend.ref, image: frontend.ref, fromStage: false, scratch: false });
  }
  return { file, froms };
}

function syntaxWhere(frontend: Extract<Frontend, { kind: 'image' }>): string {
  const source = frontend.source;
  if ('buildArg' in source) return `build-args BUILDKIT_SYNTAX=${JSON.stringify(source.buildArg)}`;
  return source.form === 'json' ? 'the JSON file\'s "syntax"' : `the ${source.form} syntax directive`;
}

/** The images of the stages, as the frontend of `rules` reads the Dockerfile. */
function readFroms(text: string, file: string, buildArgs: Record<string, string>, platform: string | undefined, rules: ParserRules): FromInstruction[] {
  let parsed: ParsedFile;
  try {
    parsed = parseDockerfileText(text, rules);
  } catch (e) {
    if (e instanceof DockerfileSyntaxError) throw new LockstepError(e.message, { file, line: e.line });
    throw e;
  }
  const escapeToken = parsed.escapeToken;
  const fail = (message: string, line: number): never => {
    throw new LockstepError(message, { file, line });
  };
  const word = (w: string, vars: ReadonlyMap<string, string>, line: number): string => {
    try {
      return processWord(w, vars, { escapeToken }).result;
    } catch (e) {
      if (e instanceof ShellLexError) fail(e.message, line);
      throw e;
    }
  };
  const stageNames: string[] = [];
  for (const ins of parsed.instructions) {
    if (ins.keyword !== 'from') continue;
    const words = ins.args === '' ? [] : ins.args.split(/[\t\v\f\r ]+/);
    stageNames.push(words.length === 3 && words[1].toLowerCase() === 'as' ? words[2].toLowerCase() : '');
  }
  if (stageNames.length === 0) {
    const first = parsed.instructions.find(i => i.keyword !== 'arg') ?? parsed.instructions[0];
    fail('the Dockerfile has no FROM instruction (BuildKit has no build stage to run it in)', first?.startLine ?? 1);
  }
  const vars = automaticArgs(platform, stageNames[stageNames.length - 1], buildArgs);
  const froms: FromInstruction[] = [];
  const stages = new Set<string>();
  let stageCount = 0;
  for (const ins of parsed.instructions) {
    const line = ins.startLine;
    if (ins.keyword === 'arg' && stageCount === 0) {
      const words = parseWords(ins.args, escapeToken);
      if (words.length === 0) fail('ARG requires at least one argument', line);
      for (const w of words) {
        const eq = w.indexOf('=');
        const name = eq < 0 ? w : w.slice(0, eq);
        if (name === '') fail('ARG names can not be blank', line);
        if (Object.prototype.hasOwnProperty.call(buildArgs, name)) vars.set(name, buildArgs[name]);
        else if (eq >= 0) vars.set(name, word(w.slice(eq + 1), vars, line));
      }
    } else if (ins.keyword === 'from') {
      let platformFlag: string | undefined;
      for (const flag of ins.flags) {
        const m = /^--?([^=]*)(?:=([\s\S]*))?$/.exec(flag);
        if (!m || m[1] !== 'platform') fail(`FROM: unknown flag: ${flag.replace(/=.*$/, '')}`, line);
        if (m![2] === undefined) fail('FROM: missing a value on flag: platform', line);
        platformFlag = m![2];
      }
      const words = ins.args === '' ? [] : ins.args.split(/[\t\v\f\r ]+/);
      let stage: string | undefined;
      if (words.length === 3 && words[1].toLowerCase() === 'as') {
        stage = words[2].toLowerCase();
        if (!/^[a-z][a-z0-9-_.]*$/.test(stage)) fail(`invalid name for build stage: "${words[2]}", name can't start with a number or contain symbols`, line);
      } else if (words.length !== 1) {
        fail(words.length === 0 ? 'FROM without an image' : 'FROM requires either one or three arguments (an image, or "<image> AS <name>")', line);
      }
      const raw = words[0];
      const image = word(raw, vars, line);
      if (!image) fail(`FROM ${raw}: the image is empty after substituting build arguments (BuildKit: base name should not be blank)`, line);
      let expandedPlatform: string | undefined;
      if (platformFlag !== undefined) {
        expandedPlatform = word(platformFlag, vars, line);
        if (expandedPlatform === '') fail(`FROM --platform=${platformFlag}: empty platform value`, line);
      }
      const fromStage = stages.has(image.toLowerCase());
      froms.push({ via: 'FROM', line, raw, image, stage, platform: expandedPlatform, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
      if (stage) stages.add(stage);
      stageCount++;
    } else if ((ins.keyword === 'copy' || ins.keyword === 'add' || ins.keyword === 'run') && stageCount > 0) {
      // Files copied out of another image are part of this one: that image is a base too.
      for (const flag of ins.flags) {
        const raw = ins.keyword === 'run' ? mountFrom(flag) : /^--from=([\s\S]+)$/.exec(flag)?.[1];
        if (raw === undefined) continue;
        let image: string;
        if (ins.keyword === 'run') image = word(raw, vars, line);
        else {
          // BuildKit expands `--from` with no variables and refuses a value that changes.
          image = word(raw, new Map(), line);
          if (image !== raw) fail(`${ins.command} --from=${raw}: variable expansion is not supported for --from (BuildKit); name a stage built FROM it instead`, line);
        }
        const fromStage = stages.has(image.toLowerCase()) || (/^\d+$/.test(image) && Number(image) < stageCount);
        if (image) froms.push({ via: ins.command.toUpperCase() as 'COPY' | 'ADD' | 'RUN', line, raw, image, fromStage, scratch: !fromStage && image.toLowerCase() === 'scratch' });
      }
    } else if (stageCount === 0 && ins.keyword !== 'arg') {
      fail(`${ins.command} before the first FROM: BuildKit has no build stage to run it in`, line);
    }
  }
  return froms;
}

/**
 * Why a file that is no Dockerfile to our parser may still build: the frontend it names reads
 * its own format (`// syntax=` and JSON exist for such files). BuildKit's Dockerfile frontend
 * would refuse it as we do.
 */
function notADockerfile(frontend: Frontend): string[] {
  if (frontend.kind !== 'image' || (frontend.dockerfile && !('form' in frontend.source && frontend.source.form !== '#'))) return [];
  if (frontend.dockerfile) return [`${syntaxWhere(frontend)} names ${frontend.ref}, BuildKit's Dockerfile frontend, which reads no such line either: write it as \`# syntax=${frontend.ref}\``];
  return [`${syntaxWhere(frontend)} hands this file to the frontend image ${frontend.ref}; hash-tag reads files as BuildKit's Dockerfile frontend does, and cannot tell what other frontends build from`];
}

/** `from=` of a `--mount=type=bind,from=builder,source=/x` flag, if any. */
function mountFrom(flag: string): string | undefined {
  const m = /^--mount=([\s\S]*)$/.exec(flag);
  if (!m) return undefined;
  for (const part of m[1].split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'from') return part.slice(eq + 1).trim();
  }
  return undefined;
}
