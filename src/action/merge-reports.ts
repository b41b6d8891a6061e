import { REPORT_SCHEMA_VERSION, type PowerSeries, type Report, type ReportDevice, type ReportWarning, type RunIdentity, type SmokeResult } from '../report/types.js';
import { recordedSummary } from '../report/build.js';
import { TOOL_VERSION } from '../report/version.js';

export interface LabelledReport {
  /** Which job the report came from (its report id or file), for device ids and warnings. */
  label: string;
  report: Report;
}

/**
 * The parts without repeats of one report: a report is the same as an earlier one when it was made at
 * the same instant for the same run, devices and windows (a copy, whatever its file name). Two jobs
 * that read the same log still differ in when they were made, so both count.
 */
export function withoutDuplicates(parts: LabelledReport[], onSkip: (kept: LabelledReport, skipped: LabelledReport) => void): LabelledReport[] {
  const kept = new Map<string, LabelledReport>();
  for (const part of parts) {
    const key = identityOf(part.report);
    const first = kept.get(key);
    if (first) onSkip(first, part);
    else kept.set(key, part);
  }
  return [...kept.values()];
}

function identityOf(report: Report): string {
  const run = Object.entries(report.run).sort(([a], [b]) => a.localeCompare(b));
  const devices = report.devices.map((d) => [d.id, d.count ?? 1, d.start, d.end, d.energyJ]);
  return JSON.stringify([report.generatedAt, run, report.window, devices, report.totals.energyJ]);
}

/**
 * One report from the reports of a matrix's jobs: totals add up, devices are listed side by side
 * (ids made unique by the job's label where two jobs share one), coverage is weighted by each
 * device's window, power series are added on a common grid. Baselines and budgets are not carried
 * over: the merged report is judged afresh.
 */
export function mergeReports(parts: LabelledReport[], run: RunIdentity, now: Date): Report {
  const first = parts[0];
  if (!first) throw new Error('bug: mergeReports needs at least one report');
  const warnings: ReportWarning[] = [];
  const reports = parts.map((part) => part.report);

  const idCounts = new Map<string, number>();
  for (const device of reports.flatMap((report) => report.devices)) idCounts.set(device.id, (idCounts.get(device.id) ?? 0) + 1);
  const devices: ReportDevice[] = parts.flatMap(({ label, report }) =>
    report.devices.map((device) => ({
      ...device,
      ...((idCounts.get(device.id) ?? 0) > 1 ? { id: `${label}/${device.id}` } : {}),
      // The job a device came from, for the comment's per-job subtotals.
      ...(parts.length > 1 ? { job: label } : {}),
    })),
  );

  for (const { label, report } of parts) {
    for (const warning of report.warnings) warnings.push({ ...warning, message: `[${label}] ${warning.message}` });
  }
  const factorKeys = new Set(reports.map((r) => `${r.factors.pue.value}|${r.factors.intensity.gPerKWh}|${r.factors.intensity.location}`));
  if (factorKeys.size > 1) {
    warnings.push({
      code: 'aggregate-mixed-factors',
      message: `the jobs used different PUE or grid intensity (${[...factorKeys].map((k) => k.split('|').join(' / ')).join('; ')}); the totals add each job's own figures and the factors shown are those of ${first.label}`,
    });
  }

  const windows = reports.map((r) => r.window).filter((w): w is NonNullable<Report['window']> => w !== null);
  const window = windows.length === 0 ? null : {
    start: new Date(Math.min(...windows.map((w) => Date.parse(w.start)))).toISOString(),
    end: new Date(Math.max(...windows.map((w) => Date.parse(w.end)))).toISOString(),
  };
  const sum = (pick: (r: Report) => number) => reports.reduce((total, r) => total + pick(r), 0);

  const unique = (values: string[]) => [...new Set(values)];
  const maxGaps = unique(reports.map((r) => String(r.inputs.maxGapS)));
  const merged: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-ci', version: TOOL_VERSION, datasetVersion: first.report.tool.datasetVersion },
    generatedAt: now.toISOString(),
    run: { ...run },
    inputs: {
      mode: reports.every((r) => r.inputs.mode === 'estimate') ? 'estimate' : 'telemetry',
      files: unique(reports.flatMap((r) => r.inputs.files)),
      plugin: unique(reports.map((r) => r.inputs.plugin)).join(', '),
      location: unique(reports.map((r) => r.inputs.location)).join(', '),
      timeZone: unique(reports.map((r) => r.inputs.timeZone)).join(', '),
      timeZoneSource: reports.every((r) => r.inputs.timeZoneSource === 'user') ? 'user' : 'default',
      maxGapS: maxGaps.length === 1 ? first.report.inputs.maxGapS : 'auto',
    },
    window,
    totals: {
      energyJ: sum((r) => r.totals.energyJ),
      facilityEnergyJ: sum((r) => r.totals.facilityEnergyJ),
      operationalCo2eG: sum((r) => r.totals.operationalCo2eG),
      embodiedCo2eG: sum((r) => r.totals.embodiedCo2eG),
      co2eG: sum((r) => r.totals.co2eG),
      durationS: window ? (Date.parse(window.end) - Date.parse(window.start)) / 1000 : Math.max(...reports.map((r) => r.totals.durationS)),
    },
    coverage: weightedCoverage(devices),
    factors: mergedFactors(reports, devices),
    devices,
    warnings,
  };
  const reported = reports.map((r) => r.sourceReported).filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (reported.length > 0) {
    merged.sourceReported = {
      co2eG: reported.reduce((total, r) => total + r.co2eG, 0),
      operationalCo2eG: reported.reduce((total, r) => total + r.operationalCo2eG, 0),
      devices: reported.reduce((total, r) => total + r.devices, 0),
      plugins: unique(reported.flatMap((r) => r.plugins)).sort(),
    };
  }
  const series = mergePowerSeries(reports.map((r) => r.powerSeries).filter((s): s is PowerSeries => s !== undefined));
  if (series) merged.powerSeries = series;
  const smoke = mergeSmoke(parts);
  if (smoke) {
    merged.smoke = smoke.result;
    if (smoke.warning) merged.warnings.push(smoke.warning);
  }
  return merged;
}

/**
 * The smoke test of the merged report: a report holds one, so with several the first failed one is
 * shown (else the first), and a warning lists every job's result.
 */
function mergeSmoke(parts: LabelledReport[]): { result: SmokeResult; warning?: ReportWarning } | undefined {
  const withSmoke = parts.filter((part): part is LabelledReport & { report: { smoke: SmokeResult } } => part.report.smoke !== undefined);
  const shown = withSmoke.find((part) => !part.report.smoke.passed) ?? withSmoke[0];
  if (!shown) return undefined;
  const result = structuredClone(shown.report.smoke);
  if (withSmoke.length === 1) return { result };
  const failed = withSmoke.filter((part) => !part.report.smoke.passed).length;
  const each = withSmoke.map((part) => `${part.label}: ${part.report.smoke.model} ${part.report.smoke.passed ? 'passed' : 'failed'}`).join('; ');
  return {
    result,
    warning: {
      code: 'aggregate-several-smoke-tests',
      message: `${withSmoke.length} jobs ran a smoke test (${each}); the report shows ${shown.label}'s${failed > 0 ? `, ${failed === 1 ? 'the one that failed' : `the first of ${failed} that failed`}` : ''}`,
    },
  };
}

function weightedCoverage(devices: ReportDevice[]): number {
  let weighted = 0;
  let total = 0;
  for (const device of devices) {
    const durationMs = Math.max(0, Date.parse(device.end) - Date.parse(device.start));
    weighted += device.coverage * durationMs;
    total += durationMs;
  }
  if (total === 0) return devices.length === 0 ? 0 : devices.reduce((s, d) => s + d.coverage, 0) / devices.length;
  return Math.min(1, Math.max(0, weighted / total));
}

/** Add power series on the coarsest step among them; a step is null only where every series is. */
export function mergePowerSeries(list: PowerSeries[]): PowerSeries | undefined {
  if (list.length === 0) return undefined;
  if (list.length === 1) return structuredClone(list[0]);
  const stepS = Math.max(...list.map((s) => s.stepS));
  const startMs = Math.min(...list.map((s) => Date.parse(s.start)));
  const endMs = Math.max(...list.map((s) => Date.parse(s.start) + s.powerW.length * s.stepS * 1000));
  const steps = Math.max(1, Math.ceil((endMs - startMs) / (stepS * 1000)));
  const totals: (number | null)[] = new Array(steps).fill(null);
  for (const series of list) {
    // Mean of this series' points that fall in each merged step, then added to the total.
    const sums = new Array<number>(steps).fill(0);
    const counts = new Array<number>(steps).fill(0);
    const seriesStart = Date.parse(series.start);
    series.powerW.forEach((value, i) => {
      if (value === null) return;
      const at = Math.min(steps - 1, Math.floor((seriesStart + i * series.stepS * 1000 - startMs) / (stepS * 1000)));
      sums[at]! += value;
      counts[at]! += 1;
    });
    for (let i = 0; i < steps; i++) {
      if (counts[i]! > 0) totals[i] = (totals[i] ?? 0) + sums[i]! / counts[i]!;
    }
  }
  return { stepS, start: new Date(startMs).toISOString(), powerW: totals };
}

/**
 * The factors of the merged report: the first job's PUE and intensity (a warning says when the jobs
 * differ), the devices priced at a recorded site counted over every job, and an embodied factor that speaks for every job's devices: each source named once, the
 * devices and the published range added up.
 */
function mergedFactors(reports: Report[], devices: ReportDevice[]): Report['factors'] {
  const factors = structuredClone(reports[0]!.factors);
  const recorded = recordedSummary(devices);
  if (recorded) factors.recorded = recorded;
  else delete factors.recorded;
  const embodied = reports.map((r) => r.factors.embodied).filter((e): e is NonNullable<typeof e> => e !== undefined);
  if (embodied.length === 0) {
    delete factors.embodied;
    return factors;
  }
  const merged = structuredClone(embodied[0]!);
  merged.source = [...new Set(embodied.map((e) => e.source))].join(' | ');
  merged.devices = embodied.reduce((sum, e) => sum + e.devices, 0);
  const ranges = embodied.map((e) => e.range);
  if (ranges.every((r) => r !== undefined) && embodied.length === reports.length) {
    merged.range = {
      lowCo2eG: ranges.reduce((sum, r) => sum + r!.lowCo2eG, 0),
      highCo2eG: ranges.reduce((sum, r) => sum + r!.highCo2eG, 0),
      source: [...new Set(ranges.map((r) => r!.source))].join(' | '),
    };
  } else {
    delete merged.range;
  }
  factors.embodied = merged;
  return factors;
}
