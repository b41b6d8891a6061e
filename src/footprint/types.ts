import type { Vendor } from '../sdk/records.js';

/** A factor's provenance, as every report shows it. */
export interface FactorSource {
  /** Short name of the dataset or publication, e.g. "Ember (2024)" or "stated by the user". */
  source: string;
  year?: number;
  /** Link to the dataset or publication, when there is one. */
  url?: string;
  /** The embedded dataset's version, when the factor came from one. */
  datasetVersion?: string;
}

/**
 * The kind of facility the energy was used in, which sets the default PUE: a cloud region (the provider's
 * published figure), an average data centre (the industry average), an HPC centre, or a laptop or
 * workstation (no facility overhead).
 */
export type FacilityKind = 'cloud' | 'datacenter' | 'hpc' | 'desktop';

export const FACILITY_KINDS: readonly FacilityKind[] = ['cloud', 'datacenter', 'hpc', 'desktop'];

export interface PueFactor extends FactorSource {
  value: number;
  /** The facility kind the figure is for: the one the user named, or the one carbon-ci assumed; absent for a bare --pue. */
  facility?: FacilityKind;
}

/** What a grid intensity counts: life-cycle CO2e (carbon-ci's default) or direct (combustion) emissions only. */
export type IntensityScope = 'life-cycle' | 'direct';

/**
 * The scope of an intensity factor: one of carbon-ci's scopes, or `user-stated` for a figure the user gave
 * (--intensity), whose scope carbon-ci cannot know.
 */
export type IntensityFactorScope = IntensityScope | 'user-stated';

/** What the hourly figures were and how much of the job they priced. */
export interface HourlyUse {
  provider: string;
  zone: string;
  /** Hours with energy, and how many of them the provider priced (the rest: the annual figure). */
  hours: number;
  hoursFromProvider: number;
  /** The annual figure that priced the other hours, and that the report would have used alone. */
  annualGPerKWh: number;
  /** Where the annual figure comes from, its year and scope (absent in reports written before dataset 2026.12.4). */
  annualSource?: string;
  annualYear?: number;
  annualScope?: IntensityScope;
}

export interface IntensityFactor extends FactorSource {
  gPerKWh: number;
  /** The location as the user gave it, normalised (e.g. "FR", "US-CA", "aws:us-east-1", "zone:CA-QC"). */
  location: string;
  /** The Electricity Maps zone the figure is for (e.g. "US-CAL-CISO" for US-CA); absent for Ember's figures. */
  zone?: string;
  /**
   * What the figure counts. Every factor that resolveFactors makes carries it; it is optional only because
   * reports written before dataset 2026.12.0 (read back as baselines) lack it.
   */
  scope?: IntensityFactorScope;
  /** Set when hourly figures priced the job: `gPerKWh` is then their energy-weighted mean. */
  hourly?: HourlyUse;
}

export interface Factors {
  pue: PueFactor;
  intensity: IntensityFactor;
}

/** The factors of a device priced where its source recorded that it ran, and who recorded it. */
export interface SiteFactors extends Factors {
  recordedBy: string;
}

export interface Totals {
  energyJ: number;
  facilityEnergyJ: number;
  operationalCo2eG: number;
  embodiedCo2eG: number;
  co2eG: number;
  durationS: number;
}

/** The embodied (manufacturing) share: where the per-device figures came from and the life they are spread over. */
export interface EmbodiedFactor extends FactorSource {
  /** Expected service life that the manufacturing footprint is amortised over (s). */
  lifetimeS: number;
  /** Devices that had a manufacturing figure and got an embodied share. */
  devices: number;
  /**
   * The embodied total of this footprint (g CO2e) at the low and high published figures per device, and
   * where they come from; absent when no device's figure has a range.
   */
  range?: EmbodiedRange;
}

export interface EmbodiedRange {
  lowCo2eG: number;
  highCo2eG: number;
  source: string;
}

/** A location resolved against the embedded dataset. */
export interface ResolvedLocation {
  /** Normalised: "FR", "US-CA", "CA-QC", "aws:us-east-1", "zone:US-MIDA-PJM", "WORLD". */
  location: string;
  /** A country, a US state / Canadian province / Australian state, a cloud region, a grid zone, or the world. */
  kind: 'country' | 'subdivision' | 'cloud-region' | 'zone' | 'world';
  provider?: 'aws' | 'gcp' | 'azure';
  intensity: IntensityFactor;
  /** The provider's published PUE, for cloud regions. */
  providerPue?: PueFactor;
}

/** One device's share of the footprint. */
export interface DeviceFootprint {
  deviceId: string;
  /** The factors that priced it, when not the report's: those of the site its source recorded. */
  factors?: SiteFactors;
  facilityEnergyJ: number;
  operationalCo2eG: number;
  embodiedCo2eG: number;
}

/** An accelerator model from the embedded GPU table. */
export interface GpuSpec {
  /** Canonical name, e.g. "NVIDIA A100 SXM4 80GB". */
  model: string;
  /** Names as nvidia-smi / DCGM / rocm-smi print them, then readable aliases. */
  names: string[];
  vendor: Vendor;
  /** Board power (TDP / TBP), W. */
  boardPowerW: number;
  /** Nominal memory, as in the product name. */
  memoryGiB: number;
  formFactor: string;
  /** Where the board power comes from. */
  source: string;
  /** Launch year. */
  year?: number;
  /** Manufacturing footprint of one device with its host's share, kgCO2e. */
  embodiedKgCo2e?: number;
  /** Where the device's own figure comes from, and where its host's share does. */
  embodiedDeviceSource?: string;
  embodiedHostSource?: string;
}
