import { describe, expect, it } from 'vitest';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { POWER_UNITS as SHARED_POWER_UNITS } from '../shared/units.js';
import { classify } from './columns.js';
import plugin from './index.js';
import { likelyUnit, quantityUnit, UNIT_NAMES } from './units.js';

const rows = (header: string, values: string[]) => [header, ...values.map((v, i) => `2025-03-04T10:00:${String(i * 5).padStart(2, '0')}Z,${v}`)].join('\n') + '\n';
const powersOf = async (text: string, options: Record<string, string> = {}) =>
  (await runPlugin(plugin, textSource(text, 'power.csv'), { options })).records.map((r) => (r as { powerW: number }).powerW);

describe('csv units: the power units shared with the other plugins', () => {
  it('knows in a header and as the unit option every power unit the shared table knows, MW included', () => {
    for (const unit of Object.keys(SHARED_POWER_UNITS)) {
      expect(quantityUnit(unit), unit).toEqual({ kind: 'power', unit });
      expect(UNIT_NAMES, unit).toContain(unit);
      expect(classify(`power_${unit}`, 1), unit).toMatchObject({ role: 'quantity', kind: 'power', unit });
    }
  });

  it('reads a Power (MW) column as megawatts, and power_mw or power_mW as milliwatts', async () => {
    expect(await powersOf(rows('time,Power (MW)', ['0.0001', '0.0002']))).toEqual([100, 200]);
    expect(await powersOf(rows('time,power_megawatts', ['0.0001', '0.0002']))).toEqual([100, 200]);
    expect(await powersOf(rows('time,power_mw', ['100000', '200000']))).toEqual([100, 200]);
    expect(await powersOf(rows('time,power_mW', ['100000', '200000']))).toEqual([100, 200]);
    expect(await powersOf(rows('time,power', ['0.0001', '0.0002']), { power: 'power', unit: 'MW' })).toEqual([100, 200]);
  });

  it('reads a value that carries MW after its number', async () => {
    expect(await powersOf(rows('time,power_W', ['0.00015 MW', '150']))).toEqual([150, 150]);
  });

  it('refuses MW in a name in capitals, where it may be either, with the unit the values suggest', async () => {
    await expectInputError(runPlugin(plugin, textSource(rows('TIME,POWER_MW', ['150000', '160000']), 'power.csv')), {
      line: 1,
      message: /"MW" in "POWER_MW" may be milliwatts \(mW\) or megawatts \(MW\)/,
      hint: /look like mW.*--plugin-option unit=mW/,
    });
  });

  it('names as the likely unit the largest smaller one that fits, whatever the order of the table', () => {
    // `2` in a MW column is 2 MW: read as kW it is 2000 W, as W 2 W; the first is the likelier mistake.
    expect(likelyUnit('MW', 2e6, 3000)).toBe('kW');
    expect(likelyUnit('MW', 250e6, 3000)).toBe('W');
    expect(likelyUnit('MW', 150e9, 3000)).toBe('mW');
    expect(likelyUnit('W', 65_000, 3000)).toBe('mW');
  });

  it('reads MJ as megajoules and mJ or all lower-case mj as millijoules, and refuses MJ in a name in capitals', async () => {
    expect(quantityUnit('MJ')).toEqual({ kind: 'energy', unit: 'MJ' });
    expect(quantityUnit('megajoules')).toEqual({ kind: 'energy', unit: 'MJ' });
    expect(quantityUnit('mJ')).toEqual({ kind: 'energy', unit: 'mJ' });
    expect(quantityUnit('mj')).toEqual({ kind: 'energy', unit: 'mJ' });
    expect(quantityUnit('Mj')).toBeUndefined();
    expect(classify('energy_total (MJ)', 1)).toMatchObject({ role: 'quantity', kind: 'energy', unit: 'MJ' });
    expect(classify('energy_total_mj', 1)).toMatchObject({ role: 'quantity', kind: 'energy', unit: 'mJ' });
    expect(UNIT_NAMES).toContain('MJ');
    await expectInputError(runPlugin(plugin, textSource(rows('TIME,ENERGY_MJ', ['150000', '160000']), 'energy.csv')), {
      line: 1,
      message: /"MJ" in "ENERGY_MJ" may be millijoules \(mJ\) or megajoules \(MJ\)/,
    });
  });
});
