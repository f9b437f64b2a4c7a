import type { ErrorObject } from 'ajv';
// ajv's compilation of docs/schemas/state.schema.json, done ahead of time
// (scripts/gen-state-validator.mjs): loading ajv and compiling the schema on every run cost a
// command rollout a third of its start-up. This module is imported only when a state file is read.
import { validate } from './state-validate.generated.js';

/** `environments.staging.records[2].status` for `/environments/staging/records/2/status`. */
function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) path += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p)) path += path ? `.${p}` : p;
    else path += `[${JSON.stringify(p)}]`;
  }
  return path || '(top level)';
}

function describe(e: ErrorObject): string {
  const where = jsonPath(e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${where}: missing "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(v => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where}: must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return `${where}: ${e.message}`;
  }
}

/**
 * Every place where `data` differs from docs/schemas/state.schema.json, each as its JSON
 * path and what is wrong there; empty when it conforms.
 */
export function stateProblems(data: unknown): string[] {
  if (validate(data)) return [];
  // A union failing reports one error per branch; keep the deepest, most specific ones once each.
  return [...new Set((validate.errors ?? []).map(describe))];
}
