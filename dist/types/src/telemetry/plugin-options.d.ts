import type { TelemetryPlugin } from '../sdk/plugin.js';
/** Throws when a plugin's options schema does not compile (checked when the plugin is loaded, before any file). */
export declare function checkOptionsSchema(plugin: Pick<TelemetryPlugin, 'name' | 'options'>): void;
/**
 * Validate (and coerce: `--plugin-option count=8` arrives as the string "8") a plugin's options
 * against its `options` JSON Schema, filling schema defaults. Throws InputError naming the plugin.
 */
export declare function validatePluginOptions<Options>(plugin: Pick<TelemetryPlugin<Options>, 'name' | 'options'>, raw?: Record<string, unknown>): Options;
