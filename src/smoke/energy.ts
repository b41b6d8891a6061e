import { CPU_W_PER_VCPU } from '../../plugins/host-usage/index.js';
import { J_PER_KWH } from '../shared/units.js';
import type { Factors } from '../footprint/types.js';
import type { PowerSample } from './power-sampler.js';

/**
 * Where the CPU power per vCPU at full load comes from when nothing is measured: the host-usage estimate's
 * CPU_W_PER_VCPU (Cloud Carbon Footprint's Cascade Lake maximum, its source there). onnxruntime's CPU
 * provider keeps every core busy while it runs, so full load is the fitting point.
 */
const CPU_SOURCE = 'CCF coefficients (AWS, Cascade Lake max W per vCPU)';

/**
 * Board power of a GPU missing from the table: 200 W, the "Any" row of Green Algorithms'
 * TDP_gpu.csv (green-algorithms-tool @ 30df2fee, data/latest, CC BY 4.0).
 */
export const UNKNOWN_GPU_BOARD_POWER_W = 200;

export interface InferenceEnergy {
  energyPerInferenceJ: number;
  method: 'measured' | 'estimate';
  /** Mean power over the measured runs (W). */
  meanPowerW: number;
  /** How the figure was obtained, with its source. */
  note: string;
}

/**
 * Energy per inference from power samples over the measured window [startMs, endMs]: the integral of
 * the samples interpolated linearly (held flat before the first and after the last), over the runs.
 */
export function measuredEnergy(samples: readonly PowerSample[], startMs: number, endMs: number, runs: number, description: string): InferenceEnergy | undefined {
  if (samples.length === 0 || runs <= 0 || !(endMs > startMs)) return undefined;
  const sorted = [...samples].sort((a, b) => a.timeMs - b.timeMs);
  const powerAt = (t: number): number => {
    if (t <= sorted[0]!.timeMs) return sorted[0]!.powerW;
    const last = sorted[sorted.length - 1]!;
    if (t >= last.timeMs) return last.powerW;
    const i = sorted.findIndex((s) => s.timeMs >= t);
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    return a.powerW + ((b.powerW - a.powerW) * (t - a.timeMs)) / (b.timeMs - a.timeMs);
  };
  const times = [startMs, ...sorted.map((s) => s.timeMs).filter((t) => t > startMs && t < endMs), endMs];
  let energyJ = 0;
  for (let i = 1; i < times.length; i++) {
    energyJ += ((powerAt(times[i - 1]!) + powerAt(times[i]!)) / 2) * ((times[i]! - times[i - 1]!) / 1000);
  }
  const inWindow = times.length - 2;
  const meanPowerW = energyJ / ((endMs - startMs) / 1000);
  return {
    energyPerInferenceJ: energyJ / runs,
    method: 'measured',
    meanPowerW,
    note: `${description}: ${inWindow} readings in the ${Math.round(endMs - startMs)} ms window, mean ${meanPowerW.toFixed(1)} W over ${runs} runs`,
  };
}

export interface EstimateInput {
  provider: 'cuda' | 'cpu';
  meanLatencyMs: number;
  /** The user's figure, which wins. */
  boardPowerW?: number;
  /** For CUDA: the GPU's name and the table's board power for it, when known. */
  gpuName?: string;
  gpuBoardPowerW?: number;
  vcpus: number;
}

/** Energy per inference = assumed power × mean latency, labelled as an estimate with the power's source. */
export function estimatedEnergy(input: EstimateInput): InferenceEnergy {
  let powerW: number;
  let basis: string;
  if (input.boardPowerW !== undefined) {
    powerW = input.boardPowerW;
    basis = `${powerW} W given by the user`;
  } else if (input.provider === 'cuda') {
    powerW = input.gpuBoardPowerW ?? UNKNOWN_GPU_BOARD_POWER_W;
    basis =
      input.gpuBoardPowerW !== undefined
        ? `board power of ${input.gpuName} from the GPU table, ${powerW} W`
        : `${powerW} W, Green Algorithms' figure for an unknown GPU${input.gpuName ? ` (${input.gpuName} is not in the GPU table)` : ''}`;
  } else {
    powerW = CPU_W_PER_VCPU * input.vcpus;
    basis = `${CPU_W_PER_VCPU} W per vCPU × ${input.vcpus} vCPUs (${CPU_SOURCE})`;
  }
  return {
    energyPerInferenceJ: powerW * (input.meanLatencyMs / 1000),
    method: 'estimate',
    meanPowerW: powerW,
    note: `estimate: ${basis} × mean latency; nothing was measured`,
  };
}

/** CO2e of 1,000 inferences: energy × PUE × grid intensity. */
export function co2ePer1kInferencesG(energyPerInferenceJ: number, factors: Factors): number {
  return ((energyPerInferenceJ * 1000 * factors.pue.value) / J_PER_KWH) * factors.intensity.gPerKWh;
}
