// Types of the module scripts/gen-state-validator.mjs generates.
import type { ErrorObject } from 'ajv';

export interface StateValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: StateValidator;
export default validate;
