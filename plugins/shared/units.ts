// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.

/** The units of power a value may carry after its number (`150000 mW`), and their factors to W, for `parseNumber`. */
export const POWER_UNITS: Readonly<Record<string, number>> = { W: 1, mW: 1e-3, kW: 1e3, MW: 1e6 };

/**
 * What a warning or an error says of `count` power values dropped for their unit: `2 power.draw value(s) in
 * "MHz", "%", which is not a unit of power (W, mW, kW, MW) (first: line 3)`. The units named as accepted are
 * those of POWER_UNITS, so that the message stays true to what is read.
 */
export function droppedUnitsText(count: number, field: string, units: Iterable<string>, firstLine: number): string {
  const found = [...units].map((unit) => `"${unit}"`).join(', ');
  return `${count} ${field} value(s) in ${found}, which is not a unit of power (${Object.keys(POWER_UNITS).join(', ')}) (first: line ${firstLine})`;
}
