import { describe, expect, it } from 'vitest';
import type { DeviceEnergy } from '../energy/types.js';
import type { DeviceRef } from '../sdk/records.js';
import { isInputError } from '../shared/errors.js';
import { computeFootprint, DATASET_VERSION } from './index.js';
import type { Factors } from './types.js';

const HOUR_MS = 3_600_000;
const LIFETIME_S = 4 * 365.25 * 86400;

function device(id: string, energyJ: number, startMs: number, endMs: number, ref: Partial<DeviceRef> = {}): DeviceEnergy {
  return {
    device: { id, ...ref },
    startMs,
    endMs,
    energyJ,
    method: 'power-integral',
    samples: 10,
    coverage: 1,
    gaps: [],
    plugins: ['test'],
    files: ['test.csv'],
  };
}

function factors(pue: number, gPerKWh: number): Factors {
  return { pue: { value: pue, source: 'test' }, intensity: { gPerKWh, location: 'test', source: 'test', year: 2024 } };
}

describe('computeFootprint: operational', () => {
  // The methodology's worked example: one 300 W GPU for 100 h at 437 g/kWh (the foundation issue's example factor).
  const gpu = device('gpu0', 300 * 100 * 3600, 0, 100 * HOUR_MS);

  it('300 W for 100 h is 1.08e8 J; at 437 g/kWh and PUE 1.0 that is 13,110 g', () => {
    expect(gpu.energyJ).toBe(1.08e8);
    const { totals, devices } = computeFootprint([gpu], factors(1, 437), { embodied: false });
    expect(totals.energyJ).toBe(1.08e8);
    expect(totals.facilityEnergyJ).toBe(1.08e8);
    expect(totals.operationalCo2eG).toBeCloseTo(13_110, 6);
    expect(totals.embodiedCo2eG).toBe(0);
    expect(totals.co2eG).toBeCloseTo(13_110, 6);
    expect(totals.durationS).toBe(360_000);
    expect(devices).toEqual([{ deviceId: 'gpu0', facilityEnergyJ: 1.08e8, operationalCo2eG: totals.operationalCo2eG, embodiedCo2eG: 0 }]);
  });

  it('with PUE 1.1 it is 14,421 g', () => {
    const { totals } = computeFootprint([gpu], factors(1.1, 437), { embodied: false });
    expect(totals.facilityEnergyJ).toBeCloseTo(1.188e8, 3);
    expect(totals.operationalCo2eG).toBeCloseTo(14_421, 6);
    expect(totals.co2eG).toBeCloseTo(14_421, 6);
  });

  it('sums devices and takes the union window for the duration', () => {
    const a = device('a', 3.6e6, 0, HOUR_MS);
    const b = device('b', 7.2e6, HOUR_MS / 2, 2 * HOUR_MS);
    const { totals, devices } = computeFootprint([a, b], factors(1.5, 100));
    expect(totals.energyJ).toBe(1.08e7);
    expect(totals.facilityEnergyJ).toBeCloseTo(1.62e7, 6);
    expect(totals.operationalCo2eG).toBeCloseTo(450, 9);
    expect(devices.map((d) => d.operationalCo2eG)).toEqual([150, 300]);
    expect(totals.durationS).toBe(7200);
  });

  it('gives zeros and no embodied source for no devices', () => {
    const result = computeFootprint([], factors(1.2, 300));
    expect(result.totals).toEqual({ energyJ: 0, facilityEnergyJ: 0, operationalCo2eG: 0, embodiedCo2eG: 0, co2eG: 0, durationS: 0 });
    expect(result.devices).toEqual([]);
    expect(result.embodied).toBeUndefined();
  });
});

describe('computeFootprint: embodied', () => {
  const a100 = device('gpu0', 1.44e6, 0, HOUR_MS, { model: 'NVIDIA A100-SXM4-80GB' });

  it('adds the GPU’s manufacturing share for the time it was held, apart from operational', () => {
    const { totals, devices, embodied } = computeFootprint([a100], factors(1, 400));
    // 150 kg for the A100 + 312.5 kg, its eighth of BLOOM's 2,500 kg server, over 4 years, for 1 hour.
    const expected = 462_500 * (3600 / LIFETIME_S);
    expect(devices[0]?.embodiedCo2eG).toBeCloseTo(expected, 9);
    expect(totals.embodiedCo2eG).toBeCloseTo(expected, 9);
    expect(totals.operationalCo2eG).toBeCloseTo(160, 9);
    expect(totals.co2eG).toBeCloseTo(160 + expected, 9);
    expect(embodied).toMatchObject({ lifetimeS: LIFETIME_S, devices: 1, datasetVersion: DATASET_VERSION });
    expect(embodied?.source).toMatch(/BLOOM.*HPE Apollo 6500.*amortised over 4 years/);
    // Low 318 kg (Chien et al.), high 4,676.79 kg / 8 (CCF p4d.24xlarge), for the same hour.
    expect(embodied?.range?.lowCo2eG).toBeCloseTo(318_000 * (3600 / LIFETIME_S), 9);
    expect(embodied?.range?.highCo2eG).toBeCloseTo(584_599 * (3600 / LIFETIME_S), 9);
    expect(embodied?.range?.source).toMatch(/Chien et al\. 2023.*p4d\.24xlarge/);
  });

  it('honours a lifetime given in options', () => {
    const { totals, embodied } = computeFootprint([a100], factors(1, 400), { lifetimeS: 3600 * 1000 });
    expect(totals.embodiedCo2eG).toBeCloseTo(462.5, 9);
    expect(embodied?.lifetimeS).toBe(3_600_000);
  });

  it('can be turned off', () => {
    const { totals, embodied } = computeFootprint([a100], factors(1, 400), { embodied: false });
    expect(totals.embodiedCo2eG).toBe(0);
    expect(embodied).toBeUndefined();
  });

  it('adds nothing for unknown models, models not given, and CPUs', () => {
    const devices = [
      device('laptop', 3.6e6, 0, HOUR_MS, { model: 'NVIDIA GeForce RTX 3050 Laptop GPU' }),
      device('anon', 3.6e6, 0, HOUR_MS),
      device('cpu', 3.6e6, 0, HOUR_MS, { model: 'NVIDIA A100-SXM4-80GB', component: 'cpu' }),
    ];
    const result = computeFootprint(devices, factors(1, 100));
    expect(result.totals.embodiedCo2eG).toBe(0);
    expect(result.embodied).toBeUndefined();
    expect(result.totals.co2eG).toBeCloseTo(300, 9);
  });

  it('names the GPUs left without a share, not the CPUs, and none when every GPU has a figure', () => {
    const devices = [
      device('laptop', 3.6e6, 0, HOUR_MS, { model: 'NVIDIA GeForce RTX 3050 Laptop GPU' }),
      device('anon', 3.6e6, 0, HOUR_MS),
      device('cpu', 3.6e6, 0, HOUR_MS, { model: 'NVIDIA A100-SXM4-80GB', component: 'cpu' }),
      a100,
    ];
    expect(computeFootprint(devices, factors(1, 100)).embodiedNotCounted).toEqual(['laptop', 'anon']);
    expect(computeFootprint([a100], factors(1, 100)).embodiedNotCounted).toBeUndefined();
  });

  it('counts each GPU with a figure, and names every source used', () => {
    const t4 = device('gpu1', 0, 0, HOUR_MS, { model: 'Tesla T4', component: 'gpu' });
    const { embodied, devices } = computeFootprint([a100, t4], factors(1, 100));
    expect(embodied?.devices).toBe(2);
    expect(embodied?.source).toMatch(/BLOOM/);
    expect(embodied?.source).toMatch(/generic per-GPU/);
    expect(devices[1]?.embodiedCo2eG).toBeCloseTo(462_500 * (3600 / LIFETIME_S), 9);
    expect(embodied?.range?.lowCo2eG).toBeCloseTo(2 * 318_000 * (3600 / LIFETIME_S), 9);
  });

  it('charges the embodied range for the time held only, and scales it with the device count', () => {
    const held = { ...a100, gapS: 1800, device: { ...a100.device, count: 2 } };
    const { totals, embodied } = computeFootprint([held], factors(1, 400));
    expect(totals.embodiedCo2eG).toBeCloseTo(2 * 462_500 * (1800 / LIFETIME_S), 9);
    expect(embodied?.range?.highCo2eG).toBeCloseTo(2 * 584_599 * (1800 / LIFETIME_S), 9);
    expect(embodied?.devices).toBe(2);
  });

  it('gives no embodied share (and no range) to a TPU: no per-chip figure is published', () => {
    const tpu = device('tpu0', 3.6e6, 0, HOUR_MS, { model: 'TPU v4' });
    const { totals, embodied } = computeFootprint([tpu], factors(1, 100));
    expect(totals.embodiedCo2eG).toBe(0);
    expect(embodied).toBeUndefined();
  });

  it('refuses a lifetime that is not positive', () => {
    try {
      computeFootprint([a100], factors(1, 100), { lifetimeS: 0 });
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error)).toBe(true);
    }
  });
});
