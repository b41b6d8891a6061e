/**
 * The Action's wording of messages written for the CLI. Shared code names its command-line flags in
 * errors, hints and warnings ("pass --location", "--intensity G_PER_KWH"); a workflow sets the
 * Action's inputs instead, so what the Action prints (log, annotations, the job summary's error
 * section) names those. The report JSON keeps the shared wording.
 */

/** CLI flag -> the `action.yml` input that sets the same thing. */
export const FLAG_TO_INPUT: Readonly<Record<string, string>> = {
  location: 'location',
  timezone: 'timezone',
  plugin: 'plugin',
  'plugin-module': 'plugins',
  'plugin-option': 'plugin-options',
  pue: 'pue',
  intensity: 'intensity',
  'intensity-scope': 'intensity-scope',
  facility: 'facility',
  'max-gap': 'max-gap',
  'budget-co2e-kg': 'budget-co2e-kg',
  'budget-energy-kwh': 'budget-energy-kwh',
  'max-increase-percent': 'max-increase-percent',
  baseline: 'baseline',
  'functional-unit': 'functional-unit',
  'intensity-provider': 'intensity-provider',
  'prometheus-url': 'prometheus-url',
  'prometheus-selector': 'prometheus-selector',
  start: 'prometheus-start',
  end: 'prometheus-end',
  'interval-ms': 'measure-interval-ms',
  gpus: 'measure-gpus',
  'intensity-api-url': 'intensity-api-url',
  'model-card': 'model-card',
  'training-type': 'training-type',
  config: 'config',
};

/** Words that follow a flag in prose without being its value ("--intensity in grams", "--plugin names ..."). */
const NOT_A_VALUE = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'names', 'not', 'of', 'on', 'or', 'the', 'to', 'was', 'were', 'when', 'with']);

// Longest names first, so that --plugin-option is not read as --plugin.
const FLAGS = Object.keys(FLAG_TO_INPUT).sort((a, b) => b.length - a.length);
// An optional backtick, the flag (not part of a longer word), then an optional value after a space or `=`.
const FLAG_PATTERN = new RegExp(`(\`?)(?<![\\w-])--(${FLAGS.join('|')})(?![\\w-])(?:([ =])([\\w./:=@+,-]*[\\w/]))?(\`?)`, 'g');

/**
 * `text` with each mention of a CLI flag that has an Action input rewritten to name the input:
 * `--location` -> input `location`, `--intensity G_PER_KWH` -> `intensity: G_PER_KWH`.
 */
export function actionWording(text: string): string {
  return text.replace(FLAG_PATTERN, (match, open: string, flag: string, separator: string | undefined, value: string | undefined, close: string) => {
    const input = FLAG_TO_INPUT[flag];
    if (input === undefined) return match;
    const quoted = open === '`' && close === '`';
    const [before, after] = quoted ? ['', ''] : [open, close];
    const isValue = value !== undefined && (quoted || separator === '=' || !NOT_A_VALUE.has(value.toLowerCase()));
    if (isValue) return `${before}\`${input}: ${value}\`${after}`;
    return `${before}input \`${input}\`${value !== undefined ? `${separator}${value}` : ''}${after}`;
  });
}
