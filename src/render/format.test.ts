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
  formatIn,
  headlineCo2eUnit,
  headlineEnergyUnit,
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
    expect(formatEnergy(1800)).toBe('500 mWh');
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
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(2.5)).toBe('2.50 s');
  });
});

describe('small values', () => {
  it('pick a smaller unit with three significant digits', () => {
    expect(formatCo2e(0.00000472)).toBe('4.72 µg');
    expect(formatCo2e(0.0472)).toBe('47.2 mg');
    expect(formatCo2e(0.5)).toBe('500 mg');
    expect(formatCo2e(0)).toBe('0 g');
    expect(formatEnergy(3.6)).toBe('1.00 mWh');
    expect(formatEnergy(0.0036)).toBe('1.00 µWh');
    expect(formatEnergy(3600)).toBe('1.00 Wh');
    expect(formatEnergy(0)).toBe('0 kWh');
    expect(formatEnergy(3.6e6 * 2000)).toBe('2,000 kWh');
  });

  it('keep headlines in kg and kWh down to 1 g and 1 Wh', () => {
    expect(formatIn(44, headlineCo2eUnit(44))).toBe('0.0440 kg');
    expect(formatIn(0.00000472, headlineCo2eUnit(0.00000472))).toBe('4.72 µg');
    expect(formatIn(0, headlineCo2eUnit(0))).toBe('0 kg');
    expect(formatIn(357_000, headlineEnergyUnit(357_000))).toBe('0.0992 kWh');
    expect(formatIn(1.8, headlineEnergyUnit(1.8))).toBe('500 µWh');
  });
});

describe('withThousands', () => {
  it('writes integers as toLocaleString("en-US") does, without loading ICU', () => {
    for (const n of [0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -98_765_432, 2 ** 53, 1e21, -1e22]) {
      expect(withThousands(n), String(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
