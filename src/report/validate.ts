import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import type { Report } from './types.js';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const draft2020 = String(schema.$schema).includes('2020-12');
    const ajv = draft2020 ? new Ajv2020({ allErrors: true, strict: true }) : new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** The schema's complaints about `value`, or an empty list when it is a valid Report. */
export function reportSchemaErrors(value: unknown): ErrorObject[] {
  const validate = validator();
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
