import type { DataWarning, DeviceEnergy, SourceReported } from '../energy/types.js';
import type { EnergyMethod } from '../sdk/records.js';
import type { DeviceFootprint, EmbodiedFactor, Factors, SiteFactors, Totals } from '../footprint/types.js';
import { METHOD_PRECEDENCE } from '../energy/combine.js';
import { TOOL_VERSION } from './version.js';
import {
  REPORT_SCHEMA_VERSION,
  type BaselineComparison,
  type BudgetVerdict,
  type ComponentCounted,
  type ComponentScope,
  type ReportScope,
  type ScopeComponent,
  type PowerSeries,
  type Report,
  type ReportDevice,
  type ReportFactors,
  type ReportWarning,
  type ResolvedInputs,
  type RunIdentity,
  type SmokeResult,
  type SourceReportedSummary,
} from './types.js';

/** Everything a Report is made of; the stages produce these, `buildReport` only assembles. */
export interface ReportParts {
  inputs: ResolvedInputs;
  run?: RunIdentity;
  devices: DeviceEnergy[];
  footprint: { totals: Totals; devices: DeviceFootprint[]; embodied?: EmbodiedFactor };
  factors: Factors;
  warnings: DataWarning[];
  datasetVersion: string;
  powerSeries?: PowerSeries;
  generatedAt?: Date;
  smoke?: SmokeResult;
  baseline?: BaselineComparison;
  budgets?: BudgetVerdict[];
}

export function buildReport(parts: ReportParts): Report {
  const footprintById = new Map(parts.footprint.devices.map((d) => [d.deviceId, d]));
  const devices = parts.devices.map((energy) => {
    const footprint = footprintById.get(energy.device.id);
    if (!footprint) throw new Error(`bug: the footprint has no entry for device ${energy.device.id}`);
    return reportDevice(energy, footprint);
  });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-ci', version: TOOL_VERSION, datasetVersion: parts.datasetVersion },
    generatedAt: (parts.generatedAt ?? new Date()).toISOString(),
    run: { ...parts.run },
    inputs: parts.inputs,
    window: windowOf(parts.devices),
    totals: parts.footprint.totals,
    coverage: overallCoverage(parts.devices),
    scope: scopeOf(parts.devices.map((d) => ({ component: d.device.component, method: d.method }))),
    factors: reportFactors(parts),
    devices,
    warnings: parts.warnings.map(reportWarning),
  };
  const sourceReported = sourceReportedSummary(devices);
  if (sourceReported) report.sourceReported = sourceReported;
  if (parts.powerSeries && parts.powerSeries.powerW.length > 0) report.powerSeries = parts.powerSeries;
  if (parts.smoke) report.smoke = parts.smoke;
  if (parts.baseline) report.baseline = parts.baseline;
  if (parts.budgets) report.budgets = parts.budgets;
  return report;
}

function reportDevice(energy: DeviceEnergy, footprint: DeviceFootprint): ReportDevice {
  const { device } = energy;
  const out: ReportDevice = {
    id: device.id,
    model: device.model ?? 'unknown',
    ...(device.count !== undefined && device.count > 1 ? { count: device.count } : {}),
    energyJ: energy.energyJ,
    facilityEnergyJ: footprint.facilityEnergyJ,
    operationalCo2eG: footprint.operationalCo2eG,
    embodiedCo2eG: footprint.embodiedCo2eG,
    co2eG: footprint.operationalCo2eG + footprint.embodiedCo2eG,
    method: energy.method,
    coverage: energy.coverage,
    samples: energy.samples,
    start: new Date(energy.startMs).toISOString(),
    end: new Date(energy.endMs).toISOString(),
    gaps: energy.gaps.map((g) => ({ startMs: g.startMs, endMs: g.endMs })),
    plugins: [...energy.plugins],
    files: [...energy.files],
  };
  if (device.vendor) out.vendor = device.vendor;
  if (device.host) out.host = device.host;
  if (device.component) out.component = device.component;
  if (energy.gapCount !== undefined) out.gapCount = energy.gapCount;
  if (energy.gapS !== undefined) out.gapS = energy.gapS;
  if (energy.maxGapS !== undefined) out.maxGapS = energy.maxGapS;
  if (energy.meanUtilization !== undefined) out.meanUtilization = energy.meanUtilization;
  if (energy.peakPowerW !== undefined) out.peakPowerW = energy.peakPowerW;
  if (footprint.factors) out.factors = footprint.factors;
  if (energy.sourceReported) out.sourceReported = sourceReportedOf(energy.sourceReported);
  return out;
}

function sourceReportedOf(reported: SourceReported): NonNullable<ReportDevice['sourceReported']> {
  const out: NonNullable<ReportDevice['sourceReported']> = {};
  if (reported.co2eG !== undefined) out.co2eG = reported.co2eG;
  if (reported.notes.length > 0) out.note = reported.notes.join('; ');
  return out;
}

function reportFactors(parts: ReportParts): Report['factors'] {
  const factors: Report['factors'] = parts.footprint.embodied ? { ...parts.factors, embodied: parts.footprint.embodied } : { ...parts.factors };
  const recorded = recordedSummary(parts.footprint.devices);
  if (recorded) factors.recorded = recorded;
  return factors;
}

/** `factors.recorded`: how many devices were priced at a site their source recorded, and who recorded them. */
export function recordedSummary(devices: readonly { factors?: SiteFactors }[]): ReportFactors['recorded'] {
  const recorded = devices.filter((device) => device.factors !== undefined);
  return recorded.length > 0 ? { devices: recorded.length, by: [...new Set(recorded.map((device) => device.factors!.recordedBy))].sort() } : undefined;
}

/** The sources' CO2e beside carbon-ci's operational CO2e for every device their plugins read. */
function sourceReportedSummary(devices: ReportDevice[]): SourceReportedSummary | undefined {
  const reporting = devices.filter((device) => device.sourceReported?.co2eG !== undefined);
  if (reporting.length === 0) return undefined;
  const plugins = new Set(reporting.flatMap((device) => device.plugins));
  const same = devices.filter((device) => device.plugins.some((plugin) => plugins.has(plugin)));
  return {
    co2eG: reporting.reduce((sum, device) => sum + device.sourceReported!.co2eG!, 0),
    operationalCo2eG: same.reduce((sum, device) => sum + device.operationalCo2eG, 0),
    devices: same.length,
    plugins: [...plugins].sort(),
  };
}

function reportWarning(warning: DataWarning): ReportWarning {
  const out: ReportWarning = { code: warning.code, message: warning.message };
  if (warning.file !== undefined) out.file = warning.file;
  if (warning.line !== undefined) out.line = warning.line;
  if (warning.deviceId !== undefined) out.deviceId = warning.deviceId;
  if (warning.count !== undefined) out.count = warning.count;
  return out;
}

function windowOf(devices: DeviceEnergy[]): Report['window'] {
  if (devices.length === 0) return null;
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const d of devices) {
    startMs = Math.min(startMs, d.startMs);
    endMs = Math.max(endMs, d.endMs);
  }
  return { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() };
}

/** Coverage of all devices together, weighted by each device's window length. */
export function overallCoverage(devices: DeviceEnergy[]): number {
  if (devices.length === 0) return 0;
  let weighted = 0;
  let total = 0;
  for (const d of devices) {
    const durationMs = Math.max(0, d.endMs - d.startMs);
    weighted += d.coverage * durationMs;
    total += durationMs;
  }
  if (total === 0) return devices.reduce((sum, d) => sum + d.coverage, 0) / devices.length;
  return Math.min(1, Math.max(0, weighted / total));
}

const COUNTED_BY_METHOD: Record<EnergyMethod, ComponentCounted> = {
  counter: 'measured',
  'power-integral': 'measured',
  reported: 'reported',
  estimate: 'estimated',
};

/**
 * Which components the devices' energy covers, and how: a device without a component is a GPU (as the
 * SDK says); a component counted by several methods is labelled by its best one; with a whole node
 * counted, CPU and memory not reported apart are `in-node`.
 */
export function scopeOf(devices: readonly { component?: ScopeComponent; method: EnergyMethod }[]): ReportScope {
  const methods: Record<ScopeComponent, Set<EnergyMethod>> = { gpu: new Set(), cpu: new Set(), ram: new Set(), node: new Set() };
  const counts: Record<ScopeComponent, number> = { gpu: 0, cpu: 0, ram: 0, node: 0 };
  for (const d of devices) {
    const component = d.component ?? 'gpu';
    methods[component].add(d.method);
    counts[component] += 1;
  }
  const nodeCounted = counts.node > 0;
  const one = (component: ScopeComponent): ComponentScope => {
    const list = METHOD_PRECEDENCE.filter((m) => methods[component].has(m));
    const best = list[0];
    const counted: ComponentCounted = best ? COUNTED_BY_METHOD[best] : nodeCounted && component !== 'node' ? 'in-node' : 'not-counted';
    return { counted, devices: counts[component], methods: list };
  };
  return {
    gpu: one('gpu'),
    cpu: one('cpu'),
    ram: one('ram'),
    node: one('node'),
    gpuOnly: counts.gpu > 0 && counts.cpu === 0 && counts.ram === 0 && counts.node === 0,
  };
}
