import { describe, expect, it } from 'vitest';
import { CPU_W_PER_VCPU } from '../../../plugins/host-usage/index.js';
import { co2ePer1kInferencesG, estimatedEnergy, measuredEnergy, UNKNOWN_GPU_BOARD_POWER_W } from '../energy.js';
import { TEST_FACTORS } from './helpers.js';

describe('measuredEnergy', () => {
  it('integrates constant power over the window and divides by the runs', () => {
    const samples = [0, 500, 1000, 1500, 2000].map((t) => ({ timeMs: 10_000 + t, powerW: 100 }));
    const energy = measuredEnergy(samples, 10_000, 12_000, 50, 'test sampler')!;
    expect(energy.method).toBe('measured');
    expect(energy.energyPerInferenceJ).toBeCloseTo(4, 10); // 100 W × 2 s / 50
    expect(energy.meanPowerW).toBeCloseTo(100, 10);
    expect(energy.note).toMatch(/^test sampler: 3 readings/);
  });

  it('interpolates a ramp linearly and holds the ends flat', () => {
    const ramp = [
      { timeMs: 1000, powerW: 100 },
      { timeMs: 2000, powerW: 200 },
    ];
    // 0..1 s at 100 W (held), 1..2 s ramp (mean 150 W), 2..3 s at 200 W (held): 450 J.
    expect(measuredEnergy(ramp, 0, 3000, 1, 's')!.energyPerInferenceJ).toBeCloseTo(450, 10);
    // A window inside one interval: 1.25..1.75 s, mean 150 W: 75 J.
    expect(measuredEnergy(ramp, 1250, 1750, 1, 's')!.energyPerInferenceJ).toBeCloseTo(75, 10);
  });

  it('gives nothing without samples', () => {
    expect(measuredEnergy([], 0, 1000, 10, 's')).toBeUndefined();
  });
});

describe('estimatedEnergy', () => {
  it('prices CPU runs at the per-vCPU figure times the vCPUs', () => {
    const energy = estimatedEnergy({ provider: 'cpu', meanLatencyMs: 10, vcpus: 4 });
    expect(energy.method).toBe('estimate');
    expect(energy.energyPerInferenceJ).toBeCloseTo(CPU_W_PER_VCPU * 4 * 0.01, 12);
    expect(energy.note).toMatch(/CCF/);
  });

  it('prices CUDA runs at the GPU table board power, else the stated default, and the user figure first', () => {
    expect(estimatedEnergy({ provider: 'cuda', meanLatencyMs: 100, vcpus: 4, gpuName: 'T4', gpuBoardPowerW: 70 }).energyPerInferenceJ).toBeCloseTo(7, 10);
    const unknown = estimatedEnergy({ provider: 'cuda', meanLatencyMs: 100, vcpus: 4, gpuName: 'Mystery GPU' });
    expect(unknown.energyPerInferenceJ).toBeCloseTo(UNKNOWN_GPU_BOARD_POWER_W * 0.1, 10);
    expect(unknown.note).toMatch(/Mystery GPU is not in the GPU table/);
    expect(estimatedEnergy({ provider: 'cuda', meanLatencyMs: 100, vcpus: 4, boardPowerW: 50, gpuBoardPowerW: 70 }).energyPerInferenceJ).toBeCloseTo(5, 10);
  });
});

describe('co2ePer1kInferencesG', () => {
  it('is energy × 1000 × PUE × intensity', () => {
    // 3.6 J per inference: 3.6 kJ per 1000 = 0.001 kWh; × 1.5 × 400 g/kWh = 0.6 g.
    expect(co2ePer1kInferencesG(3.6, TEST_FACTORS)).toBeCloseTo(0.6, 12);
  });
});
