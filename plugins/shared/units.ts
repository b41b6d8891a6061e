// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.

/** The units of power a value may carry after its number (`150000 mW`), and their factors to W, for `parseNumber`. */
export const POWER_UNITS: Readonly<Record<string, number>> = { W: 1, mW: 1e-3, kW: 1e3, MW: 1e6 };

/** Power units spelled out, as a header writes them (lower-cased), and the unit of POWER_UNITS each names. */
const POWER_UNIT_WORDS: Readonly<Record<string, string>> = {
  watt: 'W', watts: 'W',
  milliwatt: 'mW', milliwatts: 'mW',
  kilowatt: 'kW', kilowatts: 'kW',
  megawatt: 'MW', megawatts: 'MW',
};

/**
 * The unit of POWER_UNITS that a word names (`W`, `kw`, `mW`, `MW`, `watts`, `Megawatts`), or undefined. Case
 * alone tells milli from mega: `MW` is megawatts and `mW` or all lower-case `mw` milliwatts, as SI writes
 * them; `Mw` could be either and names none.
 */
export function powerUnitOf(word: string): string | undefined {
  return unitOf(word, POWER_UNITS, POWER_UNIT_WORDS);
}

/**
 * The key of `units` that a word names, in any case, or a word of `spelled` (lower-cased) names; where two
 * units differ only in case (mW and MW, mJ and MJ), the word's own case decides, as powerUnitOf says.
 */
export function unitOf(word: string, units: Readonly<Record<string, number>>, spelled: Readonly<Record<string, string>>): string | undefined {
  if (Object.hasOwn(units, word)) return word;
  const lower = word.toLowerCase();
  if (Object.hasOwn(spelled, lower)) return spelled[lower];
  const matches = Object.keys(units).filter((unit) => unit.toLowerCase() === lower);
  if (matches.length === 1) return matches[0];
  // Several units differ only in case (mW, MW): an all lower-case word keeps SI's lower-case prefix.
  return word === lower ? matches.find((unit) => unit[0] === unit[0]!.toLowerCase()) : undefined;
}

/**
 * What a warning or an error says of `count` power values dropped for their unit: `2 power.draw value(s) in
 * "MHz", "%", which is not a unit of power (W, mW, kW, MW) (first: line 3)`. The units named as accepted are
 * those of POWER_UNITS, so that the message stays true to what is read.
 */
export function droppedUnitsText(count: number, field: string, units: Iterable<string>, firstLine: number): string {
  const found = [...units].map((unit) => `"${unit}"`).join(', ');
  return `${count} ${field} value(s) in ${found}, which is not a unit of power (${Object.keys(POWER_UNITS).join(', ')}) (first: line ${firstLine})`;
}
