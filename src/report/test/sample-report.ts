import { J_PER_KWH } from '../../shared/units.js';
import type { Report, ReportDevice } from '../types.js';


export function sampleDevice(overrides: Partial<ReportDevice> = {}): ReportDevice {
  return {
    id: 'GPU-89fdc1e1-18b2-f499-c12b-82bcb9bfb3fa',
    model: 'NVIDIA A100-SXM4-80GB',
    vendor: 'nvidia',
    energyJ: 30 * J_PER_KWH,
    facilityEnergyJ: 33 * J_PER_KWH,
    operationalCo2eG: 14_421,
    embodiedCo2eG: 0,
    co2eG: 14_421,
    method: 'power-integral',
    coverage: 0.998,
    samples: 360_000,
    start: '2024-01-15T10:00:00.000Z',
    end: '2024-01-19T14:00:00.000Z',
    gaps: [{ startMs: 1705312800000, endMs: 1705312860000 }],
    plugins: ['nvidia-smi'],
    files: ['logs/gpu.csv'],
    peakPowerW: 398.5,
    ...overrides,
  };
}

/** A hand-written, schema-valid report: one 300 W GPU for 100 h at PUE 1.1 and 437 g/kWh. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'carbon-ci', version: '0.1.0', datasetVersion: '2025.1' },
    generatedAt: '2024-01-20T00:00:00.000Z',
    run: { repository: 'acme/model', commit: 'abc123', runId: 42 },
    inputs: {
      mode: 'telemetry',
      files: ['logs/gpu.csv'],
      plugin: 'nvidia-smi',
      location: 'US-CA',
      timeZone: 'America/Los_Angeles',
      timeZoneSource: 'user',
      maxGapS: 'auto',
    },
    window: { start: '2024-01-15T10:00:00.000Z', end: '2024-01-19T14:00:00.000Z' },
    totals: {
      energyJ: 30 * J_PER_KWH,
      facilityEnergyJ: 33 * J_PER_KWH,
      operationalCo2eG: 14_421,
      embodiedCo2eG: 0,
      co2eG: 14_421,
      durationS: 100 * 3600,
    },
    coverage: 0.998,
    factors: {
      pue: { value: 1.1, source: 'user (--pue)' },
      intensity: { gPerKWh: 437, location: 'US-CA', source: 'user (--intensity)', year: 2024 },
    },
    devices: [sampleDevice()],
    powerSeries: { stepS: 3600, start: '2024-01-15T10:00:00.000Z', powerW: Array.from({ length: 100 }, (_, i) => (i >= 50 && i < 54 ? null : 300)) },
    warnings: [{ code: 'gap', message: 'a 60 s gap was not bridged; coverage 99.8 %', file: 'logs/gpu.csv', line: 1201, deviceId: 'GPU-89fdc1e1-18b2-f499-c12b-82bcb9bfb3fa' }],
    ...overrides,
  };
}
