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
