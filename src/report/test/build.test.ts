import { describe, expect, it } from 'vitest';
import type { DeviceEnergy } from '../../energy/types.js';
import { buildReport, overallCoverage } from '../build.js';
import { reportSchemaErrors } from '../validate.js';
import { TOOL_VERSION } from '../version.js';

function energy(id: string, startMs: number, endMs: number, energyJ: number, coverage: number): DeviceEnergy {
  return {
    device: { id, model: 'NVIDIA L4', vendor: 'nvidia' },
    startMs,
    endMs,
    energyJ,
    method: 'power-integral',
    samples: 10,
    coverage,
    gaps: [],
    plugins: ['nvidia-smi'],
    files: ['a.csv'],
  };
}

const factors = {
  pue: { value: 1.5, source: 'user (--pue)' },
  intensity: { gPerKWh: 100, location: 'FR', source: 'user (--intensity)', year: 2024 },
};

describe('buildReport', () => {
  const devices = [energy('0', 0, 3_600_000, 3.6e6, 1), energy('1', 1_800_000, 5_400_000, 7.2e6, 0.5)];
  const report = buildReport({
    inputs: { mode: 'telemetry', files: ['a.csv'], plugin: 'nvidia-smi', location: 'FR', timeZone: 'UTC', timeZoneSource: 'user', maxGapS: 30 },
    devices,
    footprint: {
      totals: { energyJ: 10.8e6, facilityEnergyJ: 16.2e6, operationalCo2eG: 450, embodiedCo2eG: 20, co2eG: 470, durationS: 5400 },
      devices: [
        { deviceId: '0', facilityEnergyJ: 5.4e6, operationalCo2eG: 150, embodiedCo2eG: 5 },
        { deviceId: '1', facilityEnergyJ: 10.8e6, operationalCo2eG: 300, embodiedCo2eG: 15 },
      ],
      embodied: { source: 'CCF', year: 2021, lifetimeS: 126_230_400, devices: 2 },
    },
    factors,
    warnings: [{ code: 'gap', message: 'gap', file: 'a.csv', line: 3, count: 2 }],
    datasetVersion: 'test-1',
    generatedAt: new Date('2024-02-01T00:00:00Z'),
  });

  it('assembles a schema-valid report', () => {
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.tool).toEqual({ name: 'carbon-ci', version: TOOL_VERSION, datasetVersion: 'test-1' });
    expect(report.generatedAt).toBe('2024-02-01T00:00:00.000Z');
  });

  it('fills each device from its footprint; co2eG is operational plus embodied', () => {
    expect(report.devices[1]).toMatchObject({ id: '1', facilityEnergyJ: 10.8e6, operationalCo2eG: 300, embodiedCo2eG: 15, co2eG: 315 });
    expect(report.devices[0]!.start).toBe('1970-01-01T00:00:00.000Z');
    expect(report.factors.embodied).toEqual({ source: 'CCF', year: 2021, lifetimeS: 126_230_400, devices: 2 });
  });

  it('spans the window of all devices and weighs coverage by window length', () => {
    expect(report.window).toEqual({ start: '1970-01-01T00:00:00.000Z', end: '1970-01-01T01:30:00.000Z' });
    expect(report.coverage).toBeCloseTo((1 * 3600 + 0.5 * 3600) / 7200, 12);
  });

  it('refuses a footprint that misses a device (a bug, not input)', () => {
    expect(() =>
      buildReport({
        inputs: report.inputs,
        devices,
        footprint: { totals: report.totals, devices: [] },
        factors,
        warnings: [],
        datasetVersion: 'x',
      }),
    ).toThrow(/bug: the footprint has no entry for device 0/);
  });

  it('averages coverage when every window is an instant', () => {
    expect(overallCoverage([energy('a', 5, 5, 0, 1), energy('b', 5, 5, 0, 0)])).toBe(0.5);
    expect(overallCoverage([])).toBe(0);
  });
});
