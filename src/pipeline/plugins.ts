import { builtinPlugins } from '../../plugins/index.js';
import { withUserPlugins } from '../sdk/plugin-loading/load.js';
import { pluginOptionsFromPairs } from '../sdk/plugin-loading/options.js';
import type { TelemetryPlugin } from '../sdk/plugin.js';
import type { ReportOptions } from './options.js';

export interface ResolvedPlugins {
  plugins: TelemetryPlugin[];
  pluginOptions: Record<string, Record<string, unknown>>;
}

/**
 * The plugins a report may use: the built-in ones, then the user's modules (each behind the guard
 * that reports a plugin which throws, yields malformed records or never ends), and the options of
 * each: `pluginOptions` (from .carbon-ci.yml) overlaid by `--plugin-option` pairs.
 */
export async function resolvePlugins(options: ReportOptions): Promise<ResolvedPlugins> {
  let plugins = options.plugins ?? builtinPlugins;
  const modules = options.pluginModules ?? [];
  if (!options.plugins && modules.length > 0) {
    const guarded = await withUserPlugins(builtinPlugins, modules, options.cwd ?? process.cwd());
    // Built-ins are trusted and hot: only the user's plugins pay for the guard's record checks.
    plugins = guarded.map((plugin, i) => builtinPlugins[i] ?? plugin);
  }
  const pluginOptions: Record<string, Record<string, unknown>> = {};
  for (const [name, values] of Object.entries(options.pluginOptions ?? {})) pluginOptions[name] = { ...values };
  const fromPairs = pluginOptionsFromPairs(options.pluginOptionPairs ?? [], plugins, options.plugin);
  for (const [name, values] of Object.entries(fromPairs)) pluginOptions[name] = { ...pluginOptions[name], ...values };
  return { plugins, pluginOptions };
}
