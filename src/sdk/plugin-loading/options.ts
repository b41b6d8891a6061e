/** Routing `--plugin-option` pairs (the Action's `plugin-options`) to the plugins they are meant for. */
import { InputError } from '../../shared/errors.js';
import type { TelemetryPlugin } from '../plugin.js';

/**
 * `--plugin-option` values (`name=value`, or `plugin.name=value` to aim at one plugin) as options per
 * plugin name. An unqualified option goes to `chosen` (the `--plugin` name) or, with `auto`, to every
 * plugin whose options schema declares it. Values stay strings; validation coerces them.
 */
export function pluginOptionsFromPairs(
  pairs: readonly string[],
  plugins: readonly Pick<TelemetryPlugin, 'name' | 'options'>[],
  chosen?: string,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const set = (plugin: string, key: string, value: string) => ((out[plugin] ??= {})[key] = value);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new InputError(`plugin option "${pair}" is not name=value`, { hint: 'e.g. gpu=NVIDIA A100-SXM4-80GB, or hf-trainer.count=8 for one plugin (CLI: --plugin-option; Action: plugin-options, one per line)' });
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1);
    const dot = name.indexOf('.');
    const qualified = dot > 0 && plugins.some((p) => p.name === name.slice(0, dot));
    if (qualified) {
      set(name.slice(0, dot), name.slice(dot + 1), value);
      continue;
    }
    if (chosen !== undefined && chosen !== 'auto') {
      set(chosen, name, value);
      continue;
    }
    const takers = plugins.filter((p) => Object.hasOwn((p.options as { properties?: object } | undefined)?.properties ?? {}, name));
    if (takers.length === 0) {
      throw new InputError(`no plugin takes the option "${name}"`, { hint: '`carbon-ci plugins NAME` lists a plugin’s options; aim at one plugin with NAME.option=value' });
    }
    for (const plugin of takers) set(plugin.name, name, value);
  }
  return out;
}
