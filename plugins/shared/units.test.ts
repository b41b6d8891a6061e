import { describe, expect, it } from 'vitest';
import { parseNumber } from 'carbon-ci';
import { POWER_UNITS, droppedUnitsText, powerUnitOf } from './units.js';

describe('droppedUnitsText', () => {
  it('names as accepted exactly the units that parseNumber reads with POWER_UNITS', () => {
    const text = droppedUnitsText(2, 'power', ['MHz', '%'], 3);
    expect(text).toBe('2 power value(s) in "MHz", "%", which is not a unit of power (W, mW, kW, MW) (first: line 3)');
    const named = /\(([^()]*)\) \(first/.exec(text)![1]!.split(', ');
    for (const unit of named) expect(parseNumber(`2 ${unit}`, { units: POWER_UNITS }), unit).toBe(2 * POWER_UNITS[unit]!);
    expect(parseNumber('2 MHz', { units: POWER_UNITS })).toBeNaN();
  });
});

describe('powerUnitOf', () => {
  it('names every unit of POWER_UNITS as written, and tells milli from mega by case alone', () => {
    for (const unit of Object.keys(POWER_UNITS)) expect(powerUnitOf(unit)).toBe(unit);
    expect(['mw', 'KW', 'w', 'Watts', 'megawatt', 'MILLIWATTS'].map(powerUnitOf)).toEqual(['mW', 'kW', 'W', 'W', 'MW', 'mW']);
    expect(['Mw', 'MHz', 'constructor', ''].map(powerUnitOf)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
