/**
 * Which frontend reads a Dockerfile, as BuildKit picks it (frontend/dockerfile/builder/build.go
 * `Build`): a `BUILDKIT_SYNTAX` build arg, else the syntax `DetectSyntax` finds, else the
 * frontend built into BuildKit. A frontend image is pulled and run for the build: it is an
 * input of the image like a base image. Its version decides some of the parsing.
 */
import { trimSpace } from '../dockerignore/go-path.js';
import { splitImageRef } from '../image-ref.js';
import { detectSyntax, type DetectedSyntax } from './directives.js';
import { CURRENT_PARSER_RULES, type ParserRules } from './parser.js';

export type Frontend =
  /** BuildKit's own (no syntax, or `BUILDKIT_SYNTAX=dockerfile.v0`). */
  | { kind: 'builtin' }
  | {
      kind: 'image';
      /** The image reference, as written. */
      ref: string;
      /** Named by the file (`# syntax=`, `// syntax=`, JSON) or by the `BUILDKIT_SYNTAX` build arg. */
      source: { form: DetectedSyntax['form']; line: number } | { buildArg: string };
      /** The parsing rules of its version; `undefined` for docker/dockerfile of no knowable version. */
      rules: ParserRules | undefined;
      /** docker/dockerfile (or -upstream): BuildKit's Dockerfile frontend, published as an image. */
      dockerfile: boolean;
    };

/**
 * The frontend of one build. `BUILDKIT_SYNTAX` wins over the file, as buildx and BuildKit take
 * it (`strings.SplitN(strings.TrimSpace(v), " ", 2)[0]`, a `gateway.v0` source); its value
 * `dockerfile.v0` is the built-in frontend (solver/llbsolver/solver.go). An empty one is an
 * error: BuildKit fails on a frontend image with no name.
 */
export function frontendOf(text: string, buildArgs: Readonly<Record<string, string>>): Frontend {
  if (Object.prototype.hasOwnProperty.call(buildArgs, 'BUILDKIT_SYNTAX')) {
    const value = buildArgs.BUILDKIT_SYNTAX;
    const ref = trimSpace(value).split(' ')[0];
    if (ref === 'dockerfile.v0') return { kind: 'builtin' };
    if (ref === '') throw new FrontendError(`build-args BUILDKIT_SYNTAX=${JSON.stringify(value)} names no frontend image (BuildKit fails on it); leave it out, or set it to an image or to dockerfile.v0 (the built-in frontend)`);
    return { kind: 'image', ref, source: { buildArg: value }, ...versionOf(ref) };
  }
  const detected = detectSyntax(text);
  if (!detected) return { kind: 'builtin' };
  return { kind: 'image', ref: detected.ref, source: { form: detected.form, line: detected.line }, ...versionOf(detected.ref) };
}

export class FrontendError extends Error {}

/** Docker Hub's names for BuildKit's Dockerfile frontend, as reference.ParseNormalizedNamed normalises them. */
const DOCKERFILE_FRONTEND = /^(?:(?:docker\.io|index\.docker\.io)\/)?docker\/dockerfile(?:-upstream)?$/;
/** A release tag: `1`, `1.7`, `1.7.1`, `1.8.0-rc1`, `1.3-labs`, `1.3.0-rc1-labs`, `1.2.1-experimental`. */
const VERSION_TAG = /^(\d+)(?:\.(\d+)(?:\.\d+)?)?(?:-rc\d+)?(-labs|-experimental)?$/;
/** Tags that follow the newest release of a channel. */
const MOVING_TAGS = new Set(['latest', 'labs', 'master', 'master-labs']);

/**
 * The parsing rules of a frontend image. docker/dockerfile's by its tag (checked against
 * the parser of each release): heredocs from 1.4 (and 1.3 built with `dfheredoc`, its labs
 * images), `# check=` from 1.8, Unicode space after `#` from 1.21. Without a tag
 * (`docker/dockerfile@sha256:...`) or with one of no release (`experimental`), no rules:
 * the caller tries every set. Any other image is taken to read Dockerfiles as BuildKit's
 * current frontend does (the rules of what it reads are its own).
 */
function versionOf(ref: string): { rules: ParserRules | undefined; dockerfile: boolean } {
  const { name, tag, digest } = splitImageRef(ref);
  if (!DOCKERFILE_FRONTEND.test(name)) return { rules: CURRENT_PARSER_RULES, dockerfile: false };
  if (tag === undefined) return { rules: digest === undefined ? CURRENT_PARSER_RULES : undefined, dockerfile: true };
  if (MOVING_TAGS.has(tag)) return { rules: CURRENT_PARSER_RULES, dockerfile: true };
  const m = VERSION_TAG.exec(tag);
  if (!m) return { rules: undefined, dockerfile: true };
  const major = Number(m[1]);
  if (major !== 1) return { rules: major > 1 ? CURRENT_PARSER_RULES : undefined, dockerfile: true };
  // `1` and `1-labs` follow the newest 1.x.
  const minor = m[2] === undefined ? Infinity : Number(m[2]);
  return {
    rules: { heredocs: minor >= 4 || (minor === 3 && m[3] === '-labs'), checkDirective: minor >= 8, unicodeSpace: minor >= 21 },
    dockerfile: true,
  };
}

/** Every distinct set of rules some docker/dockerfile release parses by, oldest first. */
export const ALL_PARSER_RULES: readonly ParserRules[] = [
  { heredocs: false, checkDirective: false, unicodeSpace: false },
  { heredocs: true, checkDirective: false, unicodeSpace: false },
  { heredocs: true, checkDirective: true, unicodeSpace: false },
  CURRENT_PARSER_RULES,
];
