import type { Vendor } from '../sdk/records.js';

/** A factor's provenance, as every report shows it. */
export interface FactorSource {
  /** Short name of the dataset or publication, e.g. "Ember (2024)" or "user (--pue)". */
  source: string;
  year?: number;
  /** Link to the dataset or publication, when there is one. */
  url?: string;
  /** The embedded dataset's version, when the factor came from one. */
  datasetVersion?: string;
}

export interface PueFactor extends FactorSource {
  value: number;
}

export interface IntensityFactor extends FactorSource {
  gPerKWh: number;
  /** The location as the user gave it, normalised (e.g. "FR", "US-CA", "aws:us-east-1"). */
  location: string;
  /** The grid zone the figure is for, when it differs from the location (a cloud region's grid). */
  zone?: string;
}

export interface Factors {
  pue: PueFactor;
  intensity: IntensityFactor;
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
}

/** A location resolved against the embedded dataset. */
export interface ResolvedLocation {
  /** Normalised: "FR", "US-CA", "aws:us-east-1", "WORLD". */
  location: string;
  kind: 'country' | 'us-state' | 'cloud-region' | 'world';
  provider?: 'aws' | 'gcp' | 'azure';
  intensity: IntensityFactor;
  /** The provider's published PUE, for cloud regions. */
  providerPue?: PueFactor;
}

/** One device's share of the footprint. */
export interface DeviceFootprint {
  deviceId: string;
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
  /** Manufacturing footprint of one device, kgCO2e. */
  embodiedKgCo2e?: number;
  embodiedSource?: string;
}
