import { describe, expect, it } from 'vitest';
import { cleanerAlternatives } from '../footprint/alternatives.js';
import { resolveLocation } from '../footprint/index.js';
import type { Totals } from '../footprint/types.js';
import type { Report } from '../report/types.js';
import { alternativesLine, hourlyLabel, whereLabel } from './pricing.js';

describe('whereLabel', () => {
  it('names the zone beside a location priced by another name, and once for a zone named directly', () => {
    expect(whereLabel(resolveLocation('US-CA').intensity)).toBe('US-CA (grid US-CAL-CISO)');
    expect(whereLabel(resolveLocation('zone:CA-QC').intensity)).toBe('zone:CA-QC');
    expect(whereLabel(resolveLocation('FR').intensity)).toBe('FR');
  });
});

describe('sources of the alternatives and of the hourly fallback', () => {
  const totals: Totals = { energyJ: 0, facilityEnergyJ: 100 * 3.6e6, operationalCo2eG: 40_000, embodiedCo2eG: 50, co2eG: 40_050, durationS: 3600 };

  it('names the dataset, year and scope of the places the line lists, once', () => {
    const intensity = resolveLocation('aws:us-east-1').intensity;
    const alternatives = cleanerAlternatives(intensity, totals);
    expect(alternatives.length).toBeGreaterThan(0);
    const line = alternativesLine({ factors: { intensity }, totals, alternatives } as unknown as Report)!;
    expect(line).toContain('(annual averages from Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0), life-cycle; same energy, PUE and embodied share)');
    expect(line.split('Electricity Maps').length).toBe(2);
  });

  it('names the cloud regions on a zone it suggests, at most three and how many more', () => {
    const intensity = resolveLocation('US-CA').intensity;
    const zone = (location: string, cloudRegions: string[]) => ({ location, cloudRegions, gPerKWh: 100, co2eG: 10_050, savingPercent: 50, source: 'Electricity Maps', year: 2024, scope: 'life-cycle' as const });
    const alternatives = [zone('zone:US-NW-BPAT', ['aws:us-west-2', 'gcp:us-west1']), zone('zone:US-MIDA-PJM', ['a:1', 'a:2', 'a:3', 'a:4', 'a:5'])];
    const line = alternativesLine({ factors: { intensity }, totals, alternatives } as unknown as Report)!;
    expect(line).toContain('in zone:US-NW-BPAT (aws:us-west-2, gcp:us-west1) the same job');
    expect(line).toContain('; zone:US-MIDA-PJM (a:1, a:2, a:3 and 2 more) 10.1 kg');
  });

  it('names the annual figure that priced the hours the provider lacked, with its year, and its scope only where it differs', () => {
    const base = { ...resolveLocation('DE').intensity, source: 'Electricity Maps API, hourly', year: 2025 };
    const hourly = { provider: 'Electricity Maps API', zone: 'DE', hours: 4, hoursFromProvider: 3, annualGPerKWh: 344, annualSource: 'Ember', annualYear: 2023, annualScope: 'life-cycle' as const };
    expect(hourlyLabel({ ...base, hourly })).toBe('; hourly: 3 of 4 hours from Electricity Maps API, the others at the annual 344 g/kWh (Ember, 2023)');
    expect(hourlyLabel({ ...base, scope: 'direct', hourly })).toContain('(Ember, 2023, life-cycle)');
    const { annualSource: _s, annualYear: _y, annualScope: _c, ...old } = hourly;
    expect(hourlyLabel({ ...base, hourly: old })).toBe('; hourly: 3 of 4 hours from Electricity Maps API, the others at the annual 344 g/kWh');
  });
});
