import { InputError } from '../shared/errors.js';
import type { DetectInput, TelemetryPlugin } from '../sdk/plugin.js';

/** Two formats whose detect scores are this close at the top cannot be told apart. */
const TIE_MARGIN = 0.1;

function score(plugin: TelemetryPlugin, input: DetectInput): number {
  try {
    const value = plugin.detect(input);
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  } catch {
    return 0;
  }
}

/**
 * The plugin to read `input` with: the one named by `requested`, or (for `auto` or none) the one whose
 * `detect` is surest. No taker, or two close takers, is an InputError that says how to choose.
 */
export function choosePlugin(input: DetectInput, plugins: TelemetryPlugin[], requested?: string): TelemetryPlugin {
  const names = plugins.map((p) => p.name).join(', ');
  if (requested !== undefined && requested !== 'auto') {
    const plugin = plugins.find((p) => p.name === requested);
    if (!plugin) {
      throw new InputError(`unknown plugin "${requested}"`, { hint: `use one of: auto, ${names}` });
    }
    return plugin;
  }
  const ranked = plugins
    .map((plugin, order) => ({ plugin, order, score: score(plugin, input) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const [best, second] = ranked;
  if (!best || best.score <= 0) {
    throw new InputError(`could not tell the format of this file`, {
      file: input.path,
      hint: `no plugin recognised it (known: ${names || 'none'}); name one with --plugin NAME, or check that this is a telemetry log`,
    });
  }
  if (second && second.score > 0 && best.score - second.score < TIE_MARGIN) {
    throw new InputError(
      `the file looks like ${best.plugin.name} (${best.score.toFixed(2)}) and ${second.plugin.name} (${second.score.toFixed(2)}) alike`,
      { file: input.path, hint: `choose one with --plugin ${best.plugin.name} or --plugin ${second.plugin.name}` },
    );
  }
  return best.plugin;
}
