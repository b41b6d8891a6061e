import type { ErrorObject } from 'ajv';
// schemas/report.schema.json compiled by ajv ahead of time (npm run bundle).
import validate from './report-validator.generated.js';
import type { Report } from './types.js';

/** The schema's complaints about `value`, or an empty list when it is a valid Report. */
export function reportSchemaErrors(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/**
 * Check a Report against schemas/report.schema.json. The pipeline builds every Report, so a
 * failure here is a bug in carbon-ci, not the user's input: it throws a plain Error.
 */
export function validateReport(report: Report): void {
  const errors = reportSchemaErrors(report);
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    throw new Error(`bug: the report does not match schemas/report.schema.json:\n${lines.join('\n')}`);
  }
}
