import type { DeviceRef, EnergyMethod } from '../sdk/records.js';

/** A span of a device's window that the evidence does not cover and that was not bridged. */
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
  /**
   * Spans that were not bridged: intervals longer than the maximum gap, and counter intervals that
   * could not be accounted for (an implausible jump or reset). At most MAX_LISTED_GAPS are listed;
   * `gapCount` and `gapS` count them all.
   */
  gaps: Gap[];
  /** Plugins and files whose records make up `energyJ` (streams ignored as duplicates are not listed). */
  plugins: string[];
  files: string[];
  /** Mean utilisation 0..1 when the source reported it. */
  meanUtilization?: number;
  /** Peak power seen, when the evidence is power samples. */
  peakPowerW?: number;
  /** The maximum gap applied (s): the option's value, or what 'auto' resolved to (the smallest, if streams differ); absent when the device gave no readings. */
  maxGapS?: number;
  /** All unbridged spans, listed or not, and their total length (s). */
  gapCount?: number;
  gapS?: number;
  /** The source's own figures for the records that make up the energy (CodeCarbon's emissions), for comparison only. */
  sourceReported?: SourceReported;
  /** Energy per UTC hour, for hourly grid intensity; present when the energy stage kept a series at an hour or finer. */
  hourly?: HourlyEnergy;
}

/** Energy per UTC hour: `energyJ[i]` is the energy in [startMs + i h, startMs + (i + 1) h). */
export interface HourlyEnergy {
  startMs: number;
  energyJ: number[];
}

/** What a source reported of its own records: its CO2e (when it gave one) and its notes (a few, distinct). */
export interface SourceReported {
  co2eG?: number;
  notes: string[];
}

export interface EnergyOptions {
  /**
   * Samples further apart than this are not bridged: the interval counts as a gap.
   * A number of seconds, or 'auto': max(30 s, 5 x the median of the stream's first 64 sampling intervals).
   */
  maxGapS: number | 'auto';
  /**
   * Power readings above this are treated as corrupt and dropped (W). 'auto': 2 x the board power
   * when `boardPowerW` knows the model, else a per-component ceiling (see DEFAULT_ENERGY_OPTIONS).
   */
  maxPlausiblePowerW: number | 'auto';
  /** Board power lookup for `usage` records without a stated power, and for the 'auto' ceiling (W). */
  boardPowerW?: (model: string | undefined) => number | undefined;
  /** Build the chart series in `finish()` (costs a few adds per record). */
  powerSeries: boolean;
  /** With `powerSeries`, also each device's energy per UTC hour (for hourly grid intensity). */
  hourlyEnergy?: boolean;
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

/** Total power over the job, for the report's chart. */
export interface PowerSeries {
  stepS: number;
  /** ISO 8601 UTC of the first point. */
  start: string;
  /** Mean total power of each step (W); null where no device reported. */
  powerW: (number | null)[];
}
