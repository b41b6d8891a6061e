// Types for report-validator.generated.js (scripts/build-validators.mjs).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
export { validate };
