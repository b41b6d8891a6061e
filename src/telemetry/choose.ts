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

/** Text has no NUL and few undecodable bytes (a Latin-1 `°` or `µ` is one); an archive, an image or a database has many. */
function isBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  const start = head.slice(0, 4096);
  let bad = 0;
  for (const ch of start) if (ch === '\uFFFD') bad++;
  return bad > 8 && bad > start.length / 10;
}

/** The first plugin's account of what a file of its family lacks (a delimited log without a power column…). */
function explanation(input: DetectInput, plugins: TelemetryPlugin[]): { message: string; line?: number; hint: string } | undefined {
  for (const plugin of plugins) {
    try {
      const found = plugin.explain?.(input);
      if (found && typeof found.message === 'string' && typeof found.hint === 'string') return found;
    } catch {
      // A plugin whose explain throws has nothing to say.
    }
  }
  return undefined;
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
    if (isBinary(input.head)) {
      throw new InputError('this is a binary file, not a text log', {
        file: input.path,
        hint: 'carbon-ci reads text logs (CSV, JSON lines, Prometheus text); decompress or export the log as text first',
      });
    }
    const known = explanation(input, plugins);
    if (known) throw new InputError(known.message, { file: input.path, ...(known.line !== undefined ? { line: known.line } : {}), hint: known.hint });
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
