import { describe, expect, it } from 'vitest';
import { cloudRegions } from '../data/index.js';
import { cleanerAlternatives } from './alternatives.js';
import { resolveLocation } from './index.js';
import type { Totals } from './types.js';

// 100 kWh at the facility and 50 g embodied.
const totalsAt = (gPerKWh: number): Totals => ({ energyJ: 0, facilityEnergyJ: 100 * 3.6e6, operationalCo2eG: 100 * gPerKWh, embodiedCo2eG: 50, co2eG: 100 * gPerKWh + 50, durationS: 3600 });

describe('cleanerAlternatives', () => {
  it('names the three cleanest regions of the same provider, one per grid zone, priced by hand', () => {
    const here = resolveLocation('aws:us-east-1').intensity;
    const totals = totalsAt(here.gPerKWh);
    const list = cleanerAlternatives(here, totals);
    expect(list).toHaveLength(3);
    const zones = list.map((a) => cloudRegions.regions[a.location]!.zone);
    expect(new Set(zones).size).toBe(3);
    for (const a of list) {
      expect(a.location.startsWith('aws:')).toBe(true);
      expect(a.gPerKWh).toBe(resolveLocation(a.location).intensity.gPerKWh);
      expect(a.co2eG).toBeCloseTo(100 * a.gPerKWh + 50, 9);
      expect(a.savingPercent).toBeCloseTo(((totals.co2eG - a.co2eG) / totals.co2eG) * 100, 9);
      // Each figure carries its own source, year and scope, as the report's factor does.
      const own = resolveLocation(a.location).intensity;
      expect(a).toMatchObject({ source: own.source, year: own.year, scope: 'life-cycle' });
    }
    // Cleanest first, and cleaner than every other AWS region not listed.
    expect(list.map((a) => a.gPerKWh)).toEqual([...list.map((a) => a.gPerKWh)].sort((a, b) => a - b));
    const others = Object.keys(cloudRegions.regions).filter((k) => k.startsWith('aws:') && !list.some((a) => a.location === k) && cloudRegions.regions[k]!.zone !== cloudRegions.regions['aws:us-east-1']!.zone);
    for (const other of others) expect(resolveLocation(other).intensity.gPerKWh).toBeGreaterThanOrEqual(list[2]!.gPerKWh);
  });

  it("offers the country's other zones for a state or a zone, and nothing where the country has one zone", () => {
    const ohio = resolveLocation('US-OH').intensity;
    const list = cleanerAlternatives(ohio, totalsAt(ohio.gPerKWh));
    expect(list.length).toBe(3);
    for (const a of list) expect(a.location).toMatch(/^zone:US-/);
    const stockholm = resolveLocation('zone:SE-SE3').intensity;
    for (const a of cleanerAlternatives(stockholm, totalsAt(stockholm.gPerKWh))) expect(a.location).toMatch(/^zone:SE-SE[124]$/);
    expect(cleanerAlternatives(resolveLocation('FR').intensity, totalsAt(30))).toEqual([]);
  });

  it('offers nothing for an intensity the user stated, or a job with no CO2e', () => {
    const stated = { ...resolveLocation('aws:us-east-1').intensity, scope: 'user-stated' as const };
    expect(cleanerAlternatives(stated, totalsAt(400))).toEqual([]);
    expect(cleanerAlternatives(resolveLocation('aws:us-east-1').intensity, { ...totalsAt(0), co2eG: 0 })).toEqual([]);
  });
});
