import type { DeviceRef, EnergyMethod } from '../telemetry/records.js';

export interface Gap {
  startMs: number;
  endMs: number;
}

/** One device's energy over its window, with the evidence behind it. */
export interface DeviceEnergy {
  device: DeviceRef;
  startMs: number;
  endMs: number;
  energyJ: number;
  method: EnergyMethod;
  /** Records that contributed. */
  samples: number;
  /** Share of [startMs, endMs] that the evidence covers, 0..1. */
  coverage: number;
  /** Intervals longer than the maximum gap, which were not bridged. */
  gaps: Gap[];
  /** Plugins and files that supplied this device's records. */
  plugins: string[];
  files: string[];
  /** Mean utilisation 0..1 when the source reported it. */
  meanUtilization?: number;
  /** Peak power seen, when the evidence is power samples. */
  peakPowerW?: number;
}

export interface EnergyOptions {
  /** Samples further apart than this are not bridged: the interval counts as a gap. */
  maxGapS: number;
  /** Power readings above this are treated as corrupt and dropped (W). */
  maxPlausiblePowerW: number;
  /** Board power lookup for `usage` records without a stated power (W). */
  boardPowerW?: (model: string | undefined) => number | undefined;
}

/** Something in the data that the report must mention, with its effect. */
export interface DataWarning {
  code: string;
  message: string;
  deviceId?: string;
  file?: string;
  line?: number;
  /** How many records it concerns, when it is a count. */
  count?: number;
}

export interface EnergyResult {
  devices: DeviceEnergy[];
  warnings: DataWarning[];
}
