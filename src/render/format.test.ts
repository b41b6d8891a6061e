import { describe, expect, it } from 'vitest';
import {
  formatCo2e,
  withThousands,
  formatDuration,
  formatEnergy,
  formatKg,
  formatKWh,
  formatPercent,
  formatPowerW,
  formatSignificant,
} from './format.js';

describe('number formatting', () => {
  it('keeps three significant digits without exponents', () => {
    expect(formatSignificant(13.11)).toBe('13.1');
    expect(formatSignificant(14.421)).toBe('14.4');
    expect(formatSignificant(30)).toBe('30.0');
    expect(formatSignificant(0.000123456)).toBe('0.000123');
    expect(formatSignificant(9.996)).toBe('10.0');
    expect(formatSignificant(999.7)).toBe('1,000');
    expect(formatSignificant(123_456.7)).toBe('123,457');
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(-2.345)).toBe('-2.35');
  });

  it('converts joules and grams only for display', () => {
    expect(formatKWh(108e6)).toBe('30.0 kWh');
    expect(formatKg(13_110)).toBe('13.1 kg');
    expect(formatEnergy(1800)).toBe('0.500 Wh');
    expect(formatEnergy(3.6e6 * 12_000)).toBe('12.0 MWh');
    expect(formatCo2e(999)).toBe('999 g');
    expect(formatCo2e(14_421)).toBe('14.4 kg');
    expect(formatCo2e(2_500_000)).toBe('2.50 t');
    expect(formatPowerW(2400)).toBe('2.40 kW');
  });

  it('never rounds incomplete coverage up to 100 %', () => {
    expect(formatPercent(0.9999)).toBe('99.9 %');
    expect(formatPercent(1)).toBe('100.0 %');
    expect(formatPercent(0.5)).toBe('50.0 %');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(360_000)).toBe('100 h');
    expect(formatDuration(3 * 3600 + 12 * 60)).toBe('3 h 12 min');
    expect(formatDuration(45)).toBe('45.0 s');
  });
});

describe('withThousands', () => {
  it('writes integers as toLocaleString("en-US") does, without loading ICU', () => {
    for (const n of [0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -98_765_432, 2 ** 53, 1e21, -1e22]) {
      expect(withThousands(n), String(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
