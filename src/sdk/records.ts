/** Who made a device. */
export type Vendor = 'nvidia' | 'amd' | 'intel' | 'google' | 'other';

/**
 * One accelerator (or a host component) as a source identifies it.
 * `id` is the most stable identity the source offers: the GPU UUID, else `host:index`, else `index`.
 * Plugins should hand out one shared DeviceRef object per device so that records stay cheap.
 */
export interface DeviceRef {
  id: string;
  model?: string;
  vendor?: Vendor;
  host?: string;
  index?: number;
  uuid?: string;
  /** What the device is: a GPU unless the source says otherwise (CodeCarbon reports CPU and RAM too). */
  component?: 'gpu' | 'cpu' | 'ram' | 'node';
  /**
   * How many identical accelerators this device stands for, when the source reports them together
   * (CodeCarbon's `gpu_power` covers all of a host's GPUs); 1 when absent. `model` is then one of them.
   */
  count?: number;
  /**
   * Where the source recorded that the device ran (CodeCarbon writes its country, region, cloud region and
   * PUE on every row). carbon-ci prices the device there unless the user names a location, intensity or PUE.
   */
  site?: DeviceSite;
}

/** A device's site as its source recorded it; every field is optional except who recorded it. */
export interface DeviceSite {
  /** ISO 3166-1 country code, alpha-2 ("FR") or alpha-3 ("FRA", as CodeCarbon writes it). */
  country?: string;
  /**
   * The region within the country, as a code ("US-CA", "CA-QC") or a name ("california", "Québec"); used
   * where carbon-ci prices a country by its subdivisions (US states, Canadian provinces, Australian states).
   */
  region?: string;
  /** A cloud region, `provider:region` ("aws:us-east-1"); beats country and region when carbon-ci knows it. */
  cloudRegion?: string;
  /** The facility's PUE as the source recorded it (1..3). */
  pue?: number;
  /** Who recorded it, as the report names it, e.g. "CodeCarbon". */
  recordedBy: string;
}

/** Where a record came from, for error messages and the report. */
export interface RecordOrigin {
  file?: string;
  line?: number;
}

/** An instantaneous (or source-averaged) power reading. */
export interface PowerRecord {
  type: 'power';
  /** UTC epoch milliseconds. */
  timeMs: number;
  device: DeviceRef;
  powerW: number;
  /** 0..1 when the source reports it. */
  utilization?: number;
  origin?: RecordOrigin;
}

/** A cumulative energy counter (NVML total energy, DCGM). It may reset to a lower value. */
export interface EnergyCounterRecord {
  type: 'energy-counter';
  timeMs: number;
  device: DeviceRef;
  counterJ: number;
  origin?: RecordOrigin;
}

/** Energy already integrated by the source over [startMs, endMs] (CodeCarbon, sacct, Zeus). */
export interface EnergyRecord {
  type: 'energy';
  startMs: number;
  endMs: number;
  device: DeviceRef;
  energyJ: number;
  /**
   * How the source got the energy, when it did not integrate it itself: `'counter'` is the difference of a
   * hardware energy counter's readings over the interval (a Prometheus server's reduction of DCGM's
   * counter). The report then counts it as counter evidence, not as reported energy.
   */
  basis?: 'counter';
  origin?: RecordOrigin;
  /** Figures the source computed itself and that the report shows for comparison only. */
  sourceReported?: { co2eG?: number; note?: string };
}

/**
 * The device was sampled at `timeMs` and gave no reading (nvidia-smi's `[N/A]`, `[Not Supported]`):
 * its time is not covered, and a device with nothing else is listed with no energy and 0 % coverage
 * instead of vanishing from the report.
 */
export interface NoReadingRecord {
  type: 'no-reading';
  /** UTC epoch milliseconds. */
  timeMs: number;
  device: DeviceRef;
  origin?: RecordOrigin;
}

/** A job description from which energy can only be estimated (hf-trainer, a config). */
export interface UsageRecord {
  type: 'usage';
  startMs: number;
  endMs: number;
  device: DeviceRef;
  /** Mean utilisation 0..1, when known. */
  utilization?: number;
  /** Power to assume, when the source or the user states one; else board power from the GPU table. */
  powerW?: number;
  origin?: RecordOrigin;
}

/**
 * Power readings of one or more devices as columns: row `i` is the reading `powerW[i]` of
 * `devices[deviceIndex[i]]` at `timeMs[i]`, exactly as a PowerRecord without an origin would give it.
 * For plugins that read millions of samples: no object per reading. Rows keep file order; a reading
 * that needs its origin (an implausible value, a time that goes back) goes as a PowerRecord instead.
 */
export interface PowerColumnsRecord {
  type: 'power-columns';
  devices: DeviceRef[];
  /** Per row, which of `devices`. */
  deviceIndex: ArrayLike<number>;
  /** Per row, UTC epoch milliseconds. */
  timeMs: ArrayLike<number>;
  powerW: ArrayLike<number>;
  /** Per row, 0..1; NaN (null in JSON) where the row has none. Absent when no row has one. */
  utilization?: ArrayLike<number>;
}

/**
 * Energy-counter readings of one or more devices as columns: row `i` is the reading `counterJ[i]` of
 * `devices[deviceIndex[i]]` at `timeMs[i]`, exactly as an EnergyCounterRecord without an origin would
 * give it. For the same plugins, for the same reason, as `power-columns`.
 */
export interface EnergyCounterColumnsRecord {
  type: 'energy-counter-columns';
  devices: DeviceRef[];
  /** Per row, which of `devices`. */
  deviceIndex: ArrayLike<number>;
  /** Per row, UTC epoch milliseconds. */
  timeMs: ArrayLike<number>;
  counterJ: ArrayLike<number>;
}

/** One reading: what the energy stage reduces, and what `expandRecords` turns columns into. */
export type TelemetryRecord = PowerRecord | EnergyCounterRecord | EnergyRecord | UsageRecord | NoReadingRecord;

/** Readings in columns. */
export type ColumnsRecord = PowerColumnsRecord | EnergyCounterColumnsRecord;

/** What a plugin yields: readings one by one, or power and energy-counter readings in columns. */
export type PluginRecord = TelemetryRecord | ColumnsRecord;

export type EnergyMethod = 'counter' | 'power-integral' | 'reported' | 'estimate';
