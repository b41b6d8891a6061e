import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { InputError } from '../shared/errors.js';
import type { TelemetryPlugin } from '../sdk/plugin.js';

const compiled = new WeakMap<object, ValidateFunction>();
let ajv: Ajv | undefined;
/** Made on first use: an Ajv instance costs milliseconds of start-up, and most runs give no options. */
const validatorFactory = (): Ajv => (ajv ??= new Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true }));

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown option "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'required') return `option "${String(error.params.missingProperty)}" is required`;
  const name = error.instancePath.slice(1).replaceAll('/', '.');
  return `option "${name}" ${error.message ?? 'is invalid'}`;
}

/** Throws when a plugin's options schema does not compile (checked when the plugin is loaded, before any file). */
export function checkOptionsSchema(plugin: Pick<TelemetryPlugin, 'name' | 'options'>): void {
  optionsValidator(plugin);
}

/** The compiled validator of a plugin's options schema (undefined without one); throws when the schema does not compile. */
function optionsValidator(plugin: Pick<TelemetryPlugin, 'name' | 'options'>): ValidateFunction | undefined {
  if (!plugin.options) return undefined;
  let validate = compiled.get(plugin.options);
  if (!validate) {
    try {
      validate = validatorFactory().compile(plugin.options);
    } catch (error) {
      throw new Error(`plugin ${plugin.name}: its options schema is not a valid JSON Schema: ${(error as Error).message}`, { cause: error });
    }
    compiled.set(plugin.options, validate);
  }
  return validate;
}

/** Keywords of an object schema that no options at all satisfy, whatever their values. */
const NOTHING_SATISFIES = new Set(['$schema', '$id', 'title', 'description', 'type', 'properties', 'additionalProperties', 'patternProperties', 'propertyNames', 'maxProperties']);

/**
 * True when an empty options object is valid and gets no defaults: most runs give a plugin no
 * options, and compiling its schema would cost tens of milliseconds (in every thread that reads).
 */
function acceptsNoOptions(schema: Record<string, unknown>): boolean {
  if (schema.type !== 'object' || !Object.keys(schema).every((keyword) => NOTHING_SATISFIES.has(keyword))) return false;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return Object.values(properties).every((property) => typeof property === 'object' && property !== null && !('default' in property));
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
  if (!plugin.options || (Object.keys(options).length === 0 && acceptsNoOptions(plugin.options))) return options as Options;
  const validate = optionsValidator(plugin)!;
  if (!validate(options)) {
    const problems = (validate.errors ?? []).map(describe).join('; ');
    throw new InputError(`plugin ${plugin.name}: ${problems}`, {
      hint: `set plugin options with --plugin-option name=value or under the plugin's entry in .carbon-ci.yml; \`carbon-ci plugins ${plugin.name}\` lists them`,
    });
  }
  return options as Options;
}
