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

  it('offers only zones where a cloud region runs, naming the regions, not the small utility grids a job cannot move to', () => {
    const california = resolveLocation('US-CA').intensity;
    const list = cleanerAlternatives(california, totalsAt(california.gPerKWh));
    expect(list.length).toBeGreaterThan(0);
    const onZone = (zone: string) => Object.keys(cloudRegions.regions).filter((key) => cloudRegions.regions[key]!.zone === zone).sort();
    for (const a of list) {
      const zone = a.location.replace(/^zone:/, '');
      expect(a.cloudRegions).toEqual(onZone(zone));
      expect(a.cloudRegions!.length).toBeGreaterThan(0);
    }
    // Cleaner than California's grid but with no cloud region: true by the figures, of no use to a job.
    expect(resolveLocation('zone:US-AK-SEAPA').intensity.gPerKWh).toBeLessThan(list[0]!.gPerKWh);
    expect(list.map((a) => a.location)).not.toContain('zone:US-AK-SEAPA');
    expect(list.map((a) => a.location)).toEqual(['zone:US-NW-GCPD', 'zone:US-NW-BPAT']);
    // Sweden's cleaner zones (SE-SE1, SE-SE2) host no cloud region: nothing is offered for Stockholm's.
    expect(cleanerAlternatives(resolveLocation('zone:SE-SE3').intensity, totalsAt(30))).toEqual([]);
    // A cloud region's alternatives are regions themselves.
    expect(cleanerAlternatives(resolveLocation('aws:us-east-1').intensity, totalsAt(400)).every((a) => a.cloudRegions === undefined)).toBe(true);
  });

  it('offers nothing for an intensity the user stated, or a job with no CO2e', () => {
    const stated = { ...resolveLocation('aws:us-east-1').intensity, scope: 'user-stated' as const };
    expect(cleanerAlternatives(stated, totalsAt(400))).toEqual([]);
    expect(cleanerAlternatives(resolveLocation('aws:us-east-1').intensity, { ...totalsAt(0), co2eG: 0 })).toEqual([]);
  });
});
