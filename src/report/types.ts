import type { Gap } from '../energy/types.js';
import type { Factors, Totals } from '../footprint/types.js';
import type { EnergyMethod, Vendor } from '../telemetry/records.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

export interface ReportDevice {
  id: string;
  model: string;
  vendor?: Vendor;
  host?: string;
  component?: 'gpu' | 'cpu' | 'ram' | 'node';
  energyJ: number;
  facilityEnergyJ: number;
  co2eG: number;
  embodiedCo2eG: number;
  method: EnergyMethod;
  coverage: number;
  samples: number;
  /** ISO 8601 UTC. */
  start: string;
  end: string;
  gaps: Gap[];
  plugins: string[];
  files: string[];
  meanUtilization?: number;
  peakPowerW?: number;
}

export interface ReportWarning {
  code: string;
  message: string;
  file?: string;
  line?: number;
  deviceId?: string;
  count?: number;
}

export interface RunIdentity {
  repository?: string;
  commit?: string;
  ref?: string;
  workflow?: string;
  job?: string;
  runId?: number;
  runAttempt?: number;
  pullRequest?: number;
}

export interface ResolvedInputs {
  mode: 'telemetry' | 'estimate';
  files: string[];
  plugin: string;
  location: string;
  timeZone: string;
  maxGapS: number;
}

/** Total power over time, downsampled for the chart. */
export interface PowerSeries {
  stepS: number;
  /** ISO 8601 UTC of the first point. */
  start: string;
  /** Mean total power of each step (W); null where no device reported. */
  powerW: (number | null)[];
}

export interface SmokeCheck {
  name: string;
  passed: boolean;
  message: string;
}

export interface SmokeResult {
  passed: boolean;
  model: string;
  executionProvider: 'cuda' | 'cpu';
  requestedDevice: 'auto' | 'cuda' | 'cpu';
  fallbackReason?: string;
  checks: SmokeCheck[];
  loadMs: number;
  latencyMs: { mean: number; p50: number; p95: number };
  throughputPerS: number;
  iterations: number;
  batchSize: number;
  energyPerInferenceJ: number;
  energyMethod: 'measured' | 'estimate';
  co2ePer1kInferencesG: number;
}

export interface BaselineComparison {
  found: boolean;
  /** Where the baseline came from: an artifact of run N, a file, or why none was found. */
  source: string;
  co2eG?: number;
  energyJ?: number;
  deltaCo2eG?: number;
  deltaPercent?: number;
}

export interface BudgetVerdict {
  name: 'co2e' | 'energy' | 'increase' | 'smoke';
  limit: number;
  actual: number;
  unit: string;
  passed: boolean;
  message: string;
}

export interface Report {
  schemaVersion: string;
  tool: { name: 'carbon-ci'; version: string; datasetVersion: string };
  generatedAt: string;
  run: RunIdentity;
  inputs: ResolvedInputs;
  window: { start: string; end: string } | null;
  totals: Totals;
  /** Time-weighted share of the devices' windows that the evidence covers, 0..1. */
  coverage: number;
  factors: Factors;
  devices: ReportDevice[];
  powerSeries?: PowerSeries;
  warnings: ReportWarning[];
  smoke?: SmokeResult;
  baseline?: BaselineComparison;
  budgets?: BudgetVerdict[];
}
