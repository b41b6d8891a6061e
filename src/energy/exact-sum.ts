/**
 * Energy is summed in whole microjoules, as integers, so that a total never depends on the order of
 * its additions: a file read whole, or split into several files, gives
 * the same joules to the last bit. Rounding each interval to 1 µJ moves a total by at most 0.5 µJ
 * per interval (about 0.3 µJ × √n in practice), far below what a report shows.
 */
export const UNITS_PER_J = 1e6;

/** Low parts stay below this, so that adding one interval's units is exact. */
const SPLIT = 2 ** 40;

/** An exact sum of integers too large for one double: high × 2^40 + low. Plain data (structured-clone safe). */
export interface ExactSum {
  high: number;
  low: number;
}

export function exactSum(): ExactSum {
  return { high: 0, low: 0 };
}

/** Joules as whole microjoules. */
export function toUnits(joules: number): number {
  return Math.round(joules * UNITS_PER_J);
}

/** Add an integer (whole units). */
export function addUnits(sum: ExactSum, units: number): void {
  if (units >= SPLIT || units <= -SPLIT) {
    const high = Math.trunc(units / SPLIT);
    sum.high += high;
    units -= high * SPLIT;
  }
  let low = sum.low + units;
  if (low >= SPLIT || low <= -SPLIT) {
    const carry = Math.trunc(low / SPLIT);
    sum.high += carry;
    low -= carry * SPLIT;
  }
  sum.low = low;
}

export function addExact(into: ExactSum, from: ExactSum): void {
  into.high += from.high;
  addUnits(into, from.low);
}

/** The sum divided by `unitsPerValue` (joules by default). */
export function exactValue(sum: ExactSum, unitsPerValue = UNITS_PER_J): number {
  return (sum.high * SPLIT + sum.low) / unitsPerValue;
}

export function sumOfExact(sums: readonly ExactSum[], unitsPerValue = UNITS_PER_J): number {
  const total = exactSum();
  for (const s of sums) addExact(total, s);
  return exactValue(total, unitsPerValue);
}
