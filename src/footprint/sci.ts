// SCI (Software Carbon Intensity, ISO/IEC 21031:2024): the job's CO2e per functional unit, the rate the
// Green Software Foundation's specification asks for.
import { InputError } from '../shared/errors.js';
import type { Totals } from './types.js';

/** What the job produced, as the user counts it: `tokens=2e9`, `images=50000`, `epochs=3`. */
export interface FunctionalUnit {
  unit: string;
  count: number;
}

/** `unit`, `count`, and (operational + embodied CO2e) / count in grams. */
export interface Sci extends FunctionalUnit {
  gPerUnit: number;
}

const HINT = 'write NAME=COUNT, e.g. tokens=2e9, images=50000 or epochs=3';

/** `NAME=COUNT` -> the functional unit; a name of letters, digits, spaces, `_`, `-` or `.`, and a positive count. */
export function parseFunctionalUnit(text: string): FunctionalUnit {
  const at = text.lastIndexOf('=');
  if (at < 0) throw new InputError(`functional unit "${text}" is not NAME=COUNT`, { hint: HINT });
  const unit = at > 0 ? text.slice(0, at).trim() : '';
  const countText = at > 0 ? text.slice(at + 1).trim() : '';
  if (!/^[\p{L}\p{N}_. -]{1,40}$/u.test(unit)) throw new InputError(`functional unit "${text}" has no usable name`, { hint: HINT });
  const count = Number(countText);
  if (countText === '' || !Number.isFinite(count) || count <= 0) throw new InputError(`functional unit "${text}" needs a positive count`, { hint: HINT });
  return { unit, count };
}

/** The SCI rate of a job: its whole CO2e (operational and embodied, as SCI counts both) per unit. */
export function sciOf(totals: Totals, functionalUnit: FunctionalUnit): Sci {
  return { ...functionalUnit, gPerUnit: totals.co2eG / functionalUnit.count };
}
