import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { InputError } from './errors.js';
import type { TelemetryPlugin } from './plugin.js';

const compiled = new WeakMap<object, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true });

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown option "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'required') return `option "${String(error.params.missingProperty)}" is required`;
  const name = error.instancePath.slice(1).replaceAll('/', '.');
  return `option "${name}" ${error.message ?? 'is invalid'}`;
}

/**
 * Validate (and coerce: `--plugin-option count=8` arrives as the string "8") a plugin's options
 * against its `options` JSON Schema, filling schema defaults. Throws InputError naming the plugin.
 */
export function validatePluginOptions<Options>(
  plugin: Pick<TelemetryPlugin<Options>, 'name' | 'options'>,
  raw: Record<string, unknown> = {},
): Options {
  const options = structuredClone(raw);
  if (!plugin.options) return options as Options;
  let validate = compiled.get(plugin.options);
  if (!validate) {
    try {
      validate = ajv.compile(plugin.options);
    } catch (error) {
      throw new Error(`plugin ${plugin.name}: its options schema is not a valid JSON Schema: ${(error as Error).message}`, { cause: error });
    }
    compiled.set(plugin.options, validate);
  }
  if (!validate(options)) {
    const problems = (validate.errors ?? []).map(describe).join('; ');
    throw new InputError(`plugin ${plugin.name}: ${problems}`, {
      hint: `set plugin options with --plugin-option name=value or under the plugin's entry in .carbon-ci.yml; \`carbon-ci plugins ${plugin.name}\` lists them`,
    });
  }
  return options as Options;
}
