/** Loading users' plugin modules (a file in the repository or an installed npm package) beside the built-in plugins. */
import { InputError } from '../../shared/errors.js';
import type { TelemetryPlugin } from '../plugin.js';
import { hideCredentials } from './credentials.js';
import { guardPlugin, type GuardOptions } from './guard.js';
import { importPluginModule } from './import-module.js';
import { pluginModuleFile } from './resolve.js';
import { pluginFromModule } from './shape.js';

/**
 * Load a telemetry plugin named by `spec`: a path (relative to `cwd`) to a `.js`/`.mjs`/`.cjs` file,
 * a `.ts`/`.mts` file (on Node with type stripping, 22.18+, or with `tsx` installed where `cwd` is),
 * or the name of an npm package installed in `cwd`. Errors are InputErrors that name the spec.
 */
export async function loadPlugin(spec: string, cwd: string): Promise<TelemetryPlugin> {
  const trimmed = spec.trim();
  if (trimmed === '') throw new InputError('an empty plugin module name', { hint: 'name a file such as ./carbon/my-plugin.mjs or an npm package' });
  // A plugin runs in this process: it must not find the job's tokens in the environment.
  hideCredentials();
  const file = await pluginModuleFile(trimmed, cwd);
  return pluginFromModule(trimmed, await importPluginModule(trimmed, file, cwd));
}

/**
 * The built-in plugins plus those named by `specs` (`--plugin-module`, the Action's `plugins` input,
 * `plugins:` in .carbon-ci.yml), every one behind `guardPlugin`. A user plugin whose name is taken
 * is an InputError.
 */
export async function withUserPlugins(
  builtins: readonly TelemetryPlugin[],
  specs: readonly string[],
  cwd: string,
  guard: GuardOptions = {},
): Promise<TelemetryPlugin[]> {
  const plugins = [...builtins];
  for (const spec of specs) {
    const plugin = await loadPlugin(spec, cwd);
    if (plugins.some((p) => p.name === plugin.name)) {
      throw new InputError(`plugin module "${spec}" is named "${plugin.name}", like a plugin already loaded`, { hint: 'give the plugin another name' });
    }
    plugins.push(plugin);
  }
  return plugins.map((plugin) => guardPlugin(plugin, guard));
}
