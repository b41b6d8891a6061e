/** Whether an imported module is a telemetry plugin, and what to tell its author when it is not. */
import { InputError } from '../../shared/errors.js';
import { checkOptionsSchema } from '../../telemetry/plugin-options.js';
import type { TelemetryPlugin } from '../plugin.js';

export const SHAPE_HINT = "export default definePlugin({ name, kind: 'telemetry', description, detect, read }) from 'carbon-ci' (see docs/writing-a-plugin.md)";

/** The problems that stop `value` from being a telemetry plugin; empty when it is one. */
export function pluginShapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [`it exports ${value === undefined ? 'no default (nor a "plugin" export)' : typeof value}, not a plugin object`];
  const plugin = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof plugin.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) problems.push('name must be lower-case letters, digits and dashes');
  if (plugin.kind !== 'telemetry') problems.push(`kind must be "telemetry" (got ${JSON.stringify(plugin.kind)})`);
  if (typeof plugin.description !== 'string' || plugin.description.trim() === '') problems.push('description must be a non-empty string');
  if (typeof plugin.detect !== 'function') problems.push('detect must be a function (input) => confidence 0..1');
  if (typeof plugin.read !== 'function') problems.push('read must be a function (source, context) => async iterable of records');
  if (plugin.options !== undefined && (typeof plugin.options !== 'object' || plugin.options === null)) problems.push('options must be a JSON Schema object');
  // Checked as definePlugin checks them: a plain object skips it, and `carbon-ci plugins` and detection call on them.
  if (plugin.example !== undefined && typeof plugin.example !== 'string') problems.push(`example must be a string, a header and a row of what it reads (got ${describe(plugin.example)})`);
  if (plugin.explain !== undefined && typeof plugin.explain !== 'function') problems.push(`explain must be a function (input) => { message, hint } or undefined (got ${describe(plugin.explain)})`);
  return problems;
}

/** The plugin that the module `spec` exports (its default, or its export named `plugin`); an InputError listing every problem otherwise. */
export function pluginFromModule(spec: string, module: Record<string, unknown>): TelemetryPlugin {
  const value = pluginExport(module);
  const problems = pluginShapeProblems(value);
  if (problems.length > 0) throw new InputError(`plugin module "${spec}" is not a telemetry plugin: ${problems.join('; ')}`, { hint: SHAPE_HINT });
  const plugin = value as TelemetryPlugin;
  try {
    checkOptionsSchema(plugin);
  } catch (error) {
    throw new InputError(`plugin module "${spec}": ${(error as Error).message}`, { hint: 'write the options schema in JSON Schema draft-07' });
  }
  return plugin;
}

/** What a value is, for a problem's message: its type, or null or array. */
function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function pluginExport(module: Record<string, unknown>): unknown {
  const candidate: unknown = module.default ?? module.plugin;
  // A CommonJS module's `module.exports = { default: plugin }` arrives one level deeper.
  if (candidate && typeof candidate === 'object' && 'default' in candidate && !('read' in candidate)) return (candidate as { default: unknown }).default;
  return candidate;
}
