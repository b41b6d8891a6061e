import type { Gap, PowerSeries } from '../energy/types.js';
import type { Alternative } from '../footprint/alternatives.js';
import type { Sci } from '../footprint/sci.js';
import type { EmbodiedFactor, Factors, SiteFactors, Totals } from '../footprint/types.js';
import type { EnergyMethod, Vendor } from '../sdk/records.js';

export const REPORT_SCHEMA_VERSION = '1.2.0';

export interface ReportDevice {
  id: string;
  model: string;
  /** Identical accelerators the device stands for, when the source reported them together (absent: 1). */
  count?: number;
  vendor?: Vendor;
  host?: string;
  component?: 'gpu' | 'cpu' | 'ram' | 'node';
  energyJ: number;
  facilityEnergyJ: number;
  operationalCo2eG: number;
  embodiedCo2eG: number;
  /** operationalCo2eG + embodiedCo2eG. */
  co2eG: number;
  method: EnergyMethod;
  coverage: number;
  samples: number;
  /** ISO 8601 UTC. */
  start: string;
  end: string;
  /** Unbridged spans; at most the energy stage's listing limit, `gapCount` counts them all. */
  gaps: Gap[];
  gapCount?: number;
  /** Total length of all unbridged spans (s). */
  gapS?: number;
  /** The maximum gap applied to this device (s), after 'auto' was resolved; absent for a device that gave no readings (nothing was bridged). */
  maxGapS?: number;
  plugins: string[];
  files: string[];
  meanUtilization?: number;
  peakPowerW?: number;
  /** The PUE and intensity that priced this device, when not the report's: the site its source recorded. */
  factors?: SiteFactors;
  /** The source's own figures for this device's records (CodeCarbon's emissions), shown for comparison only. */
  sourceReported?: { co2eG?: number; note?: string };
  /** The matrix job whose report the device came from, in a merged report. */
  job?: string;
}

/**
 * The sources' own CO2e beside carbon-ci's: what they reported in total, and carbon-ci's operational CO2e
 * for the devices those sources' plugins read (CodeCarbon puts a run's emissions on one of its devices).
 */
export interface SourceReportedSummary {
  co2eG: number;
  operationalCo2eG: number;
  /** Devices whose operational CO2e is in `operationalCo2eG`. */
  devices: number;
  plugins: string[];
}

/** A part of the machine whose energy a report may count. */
export type ScopeComponent = 'gpu' | 'cpu' | 'ram' | 'node';

/**
 * How a component's energy is counted: measured (energy counter or power samples), reported (energy the
 * source integrated itself), estimated (power × utilisation × time), in-node (not apart, but inside a
 * whole-node figure), or not counted at all.
 */
export type ComponentCounted = 'measured' | 'reported' | 'estimated' | 'in-node' | 'not-counted';

export interface ComponentScope {
  counted: ComponentCounted;
  /** Devices of this component in the report (0 when not counted apart). */
  devices: number;
  /** The methods those devices' energy came from, best evidence first. */
  methods: EnergyMethod[];
}

/** Which components the energy covers and how; derived from the devices' `component` and `method`. */
export interface ReportScope {
  gpu: ComponentScope;
  cpu: ComponentScope;
  ram: ComponentScope;
  node: ComponentScope;
  /** True when GPUs are the only thing counted: the total leaves out the host (CPU, memory, storage, network). */
  gpuOnly: boolean;
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
  /** GitHub's web address for the repository (GITHUB_SERVER_URL): https://github.com, or a GitHub Enterprise Server's. */
  serverUrl?: string;
  repository?: string;
  commit?: string;
  ref?: string;
  workflow?: string;
  job?: string;
  runId?: number;
  runAttempt?: number;
  pullRequest?: number;
}

/** The configuration an estimate was made from, as resolved. */
export interface EstimateInputs {
  /** The accelerator as the user named it, and the GPU table's model when it matched one. */
  gpu: string;
  model?: string;
  count: number;
  /** Hours each device ran. */
  hoursPerDevice: number;
  /** Mean utilisation 0..1 applied to the power (1 when not given). */
  utilization: number;
  powerW: number;
  powerSource: 'user' | 'gpu-table';
}

export interface ResolvedInputs {
  mode: 'telemetry' | 'estimate';
  files: string[];
  plugin: string;
  location: string;
  /** The IANA zone that timestamps without a zone were read in. */
  timeZone: string;
  /** Whether the user named the zone or the default (UTC) was used. */
  timeZoneSource: 'user' | 'default';
  /** Seconds, or 'auto' (adapted to each stream's sampling rate; devices[].maxGapS gives the value used). */
  maxGapS: number | 'auto';
  estimate?: EstimateInputs;
}

/** The factors used, with their provenance; `embodied` when embodied emissions were counted. */
export interface ReportFactors extends Factors {
  embodied?: EmbodiedFactor;
  /**
   * Devices priced where their source recorded that they ran (their `factors`), and who recorded it; absent
   * when none was. `pue` and `intensity` above are that site's when every device was priced at one site.
   */
  recorded?: { devices: number; by: string[] };
}

/** Total power over time, downsampled for the chart. */

export type { PowerSeries, Alternative, Sci };

export interface SmokeCheck {
  name: string;
  passed: boolean;
  message: string;
}

/** A tensor the smoke test fed the model: read from the inputs file, or synthesised from the metadata. */
export interface SmokeInput {
  name: string;
  dtype: string;
  shape: number[];
  source: 'file' | 'synthesised';
}

/**
 * The ONNX smoke test. One inference is one `session.run` call (of `batchSize` rows when the batch
 * dimension is dynamic). Latency, energy and CO2e are 0 with `iterations` 0 when the model did not run.
 */
export interface SmokeResult {
  passed: boolean;
  model: string;
  /** What actually ran the nodes (from onnxruntime's profile), not what was asked for; 'none' when the model did not load. */
  executionProvider: 'cuda' | 'cpu' | 'none';
  requestedDevice: 'auto' | 'cuda' | 'cpu';
  fallbackReason?: string;
  checks: SmokeCheck[];
  loadMs: number;
  latencyMs: { mean: number; p50: number; p95: number };
  /** Inferences per second over the measured runs. */
  throughputPerS: number;
  iterations: number;
  warmup?: number;
  batchSize: number;
  inputs?: SmokeInput[];
  /** Distinct graph nodes per onnxruntime provider in the profiled run, e.g. { "CPUExecutionProvider": 6 }. */
  nodesByProvider?: Record<string, number>;
  energyPerInferenceJ: number;
  energyMethod: 'measured' | 'estimate';
  /** Mean power measured over the runs, or the power assumed by the estimate (W). */
  meanPowerW?: number;
  /** How the energy was obtained, with its source. */
  energyNote?: string;
  co2ePer1kInferencesG: number;
  /** The PUE and grid intensity that priced the inferences, when the smoke test ran on its own. */
  factors?: Factors;
}

export interface BaselineComparison {
  found: boolean;
  /** Where the baseline came from: an artifact of run N, a file, or why none was found. */
  source: string;
  /** The baseline's total CO2e (g) and device energy (J). */
  co2eG?: number;
  energyJ?: number;
  /** This report minus the baseline: total CO2e (g), and its change in percent of the baseline. */
  deltaCo2eG?: number;
  deltaPercent?: number;
  /** This report minus the baseline: device energy (J), and in percent. */
  deltaEnergyJ?: number;
  deltaEnergyPercent?: number;
  /** The run whose report artifact was the baseline, its commit, and a link to it. */
  runId?: number;
  commit?: string;
  url?: string;
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
  /** Which components the energy covers, and how. Optional: reports of schema 1.0 lack it. */
  scope?: ReportScope;
  factors: ReportFactors;
  devices: ReportDevice[];
  /** The sources' own CO2e (CodeCarbon's) beside carbon-ci's, when a source reported one. */
  sourceReported?: SourceReportedSummary;
  /** SCI (ISO/IEC 21031): the CO2e per functional unit, when the user named one (`--functional-unit`). */
  sci?: Sci;
  /** The same energy priced where the grid is cleaner: the provider's cleanest regions, or the country's other zones. */
  alternatives?: Alternative[];
  powerSeries?: PowerSeries;
  warnings: ReportWarning[];
  smoke?: SmokeResult;
  baseline?: BaselineComparison;
  budgets?: BudgetVerdict[];
}
