import type { TelemetryPlugin } from 'carbon-ci';

/** Types for TypeScript users of the plugin (and its tests); the plugin itself is plain JavaScript. */
declare const plugin: TelemetryPlugin<{ host?: string; model?: string }>;
export default plugin;
