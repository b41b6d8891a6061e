export { fileSource, readHead } from './source.js';
export { expandInputs } from './inputs.js';
export { choosePlugin } from './choose.js';
export { readTelemetry, readWithPlugin, pluginForFile } from './read.js';
export type { TelemetryBatch, ReadTelemetryOptions } from './read.js';
export { PluginError } from './plugin-error.js';
