import type { BaselineComparison, BudgetVerdict, Report, ReportDevice } from '../report/types.js';
import { mermaidPowerChart } from './chart.js';
import {
  formatChangePercent,
  formatCo2e,
  formatDuration,
  formatEnergy,
  formatFactorSource,
  formatIn,
  formatInstant,
  formatIntensity,
  formatPercent,
  formatPowerW,
  formatSignificant,
  headlineCo2eUnit,
  headlineEnergyUnit,
} from './format.js';
import { deviceLabels, runLineMarkdown } from './identity.js';
import { escapeMarkdown } from './escape.js';
import { alternativesLine, hourlyLabel, pricingGroups, recordedLabel, scopeLabel, sciLine, sourceReportedLine, whereLabel, type PricingGroup } from './pricing.js';
import { smokeMarkdown } from './smoke.js';
import { subtotalsMarkdown } from './subtotals.js';
import { markdownTable } from './table.js';
import { scopeOf } from '../report/build.js';
import { describeScope, warningLocation } from './terminal.js';

export interface MarkdownOptions {
  /** The heading's text (default "carbon-ci"). */
  title?: string;
  /** Above this many devices the table folds into <details> (default 8). */
  foldDevicesAbove?: number;
  /** Warnings listed before the rest are summarised as a count (default 25). */
  maxWarnings?: number;
  /** Devices listed, the most energy first, before the rest are summarised (default 200: a PR comment holds 65,536 characters). */
  maxDeviceRows?: number;
  /**
   * Rewrites the report's advice for the reader's tool: the CLI's flags ("pass --location") by default,
   * the Action's inputs in the Action (its `actionWording`). Applied before escaping.
   */
  wording?: (text: string) => string;
}

/**
 * The body of the PR comment and job summary: what the reviewer reads. Carries no hidden marker;
 * the publisher adds its own. Every string from the report goes through escapeMarkdown (a report
 * may come from a fork's artifact); table cells are escaped by markdownTable.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  // The device table and the method's "ids in full" share the listed devices and their labels.
  const listed = listedDevices(report, options.maxDeviceRows ?? 200);
  const labels = deviceLabels(listed);
  const sections = [
    headline(report, options.title ?? 'carbon-ci'),
    verdicts(report),
    powerChart(report),
    devices(report, listed, labels.label, options.foldDevicesAbove ?? 8),
    subtotalsMarkdown(report),
    report.smoke ? smokeMarkdown(report.smoke) : '',
    method(report, labels.full, options.wording ?? same),
    warnings(report, options.maxWarnings ?? 25, options.wording ?? same),
  ];
  return sections.filter((s) => s.length > 0).join('\n\n') + '\n';
}

function headline(report: Report, title: string): string {
  const { totals } = report;
  if (report.devices.length === 0 && report.inputs.files.length === 0 && report.inputs.mode === 'telemetry') {
    return [
      `### ${escapeMarkdown(title)}: no telemetry given`,
      '',
      `<sub>No power logs were read, so there is no training energy or CO2e to report${report.smoke ? '; the smoke test below is priced with the factors for this location' : ''}.</sub>`,
    ].join('\n');
  }
  const estimate = report.inputs.mode === 'estimate';
  const what = estimate ? `estimated from a configuration, ${formatDuration(totals.durationS)} per device` : `${report.devices.length} device${report.devices.length === 1 ? '' : 's'}`;
  // An estimate has hours, not a clock window: the report's window is derived from the time it was made.
  const when = report.window && !estimate ? `, ${escapeMarkdown(formatInstant(report.window.start))} to ${escapeMarkdown(formatInstant(report.window.end))}` : '';
  const kg = headlineCo2eUnit(totals.co2eG);
  const kWh = headlineEnergyUnit(Math.max(Math.abs(totals.energyJ), Math.abs(totals.facilityEnergyJ)));
  const runLine = runLineMarkdown(report.run);
  return [
    `### ${escapeMarkdown(title)}: ${formatIn(totals.co2eG, kg)} CO2e${headlineVerdicts(report)}`,
    '',
    ...(runLine ? [`<sub>${runLine}</sub>`, ''] : []),
    ...markdownTable(
      ['Device energy', 'Facility energy', 'CO2e', 'Coverage', 'Duration'],
      [[formatIn(totals.energyJ, kWh), formatIn(totals.facilityEnergyJ, kWh), formatIn(totals.co2eG, kg), estimate ? 'estimated' : formatPercent(report.coverage), formatDuration(totals.durationS)]],
      ['right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `<sub>${what}${when}. CO2e = operational ${formatIn(totals.operationalCo2eG, kg)} + embodied ${formatIn(totals.embodiedCo2eG, kg)}.</sub>`,
    ...(report.devices.length > 0 ? ['', `<sub>${escapeMarkdown(describeScope(report.scope ?? scopeOf(report.devices)))}</sub>`] : []),
    ...[sciLine(report), alternativesLine(report)].flatMap((line) => (line ? ['', `<sub>${escapeMarkdown(line)}</sub>`] : [])),
  ].join('\n');
}

/** " · ✅ budgets pass · +25.0 % against base": what a reviewer decides on, in the heading. */
function headlineVerdicts(report: Report): string {
  const parts: string[] = [];
  const list = report.budgets ?? [];
  if (list.length > 0) {
    const failed = list.filter((b) => !b.passed);
    parts.push(failed.length === 0 ? `✅ budget${list.length === 1 ? '' : 's'} pass` : `❌ budget failed: ${failed.map((b) => escapeMarkdown(b.name)).join(', ')}`);
  }
  const b = report.baseline;
  if (b?.found && b.deltaPercent !== undefined && Number.isFinite(b.deltaPercent)) parts.push(`${formatChangePercent(b.deltaPercent)} against base`);
  else if (b?.found && b.deltaCo2eG !== undefined) parts.push(`${b.deltaCo2eG >= 0 ? '+' : '-'}${formatCo2e(Math.abs(b.deltaCo2eG))} against base`);
  return parts.map((p) => ` · ${p}`).join('');
}

function verdicts(report: Report): string {
  const parts: string[] = [];
  if (report.budgets && report.budgets.length > 0) parts.push(budgets(report.budgets, report));
  if (report.baseline) parts.push(baseline(report.baseline));
  return parts.join('\n\n');
}

/** A budget's actual and limit in the headline's unit (kg CO2e, kWh), so that the two read alike. */
function budgetValue(b: BudgetVerdict, value: number, report: Report): string {
  if (b.name === 'co2e' && b.unit === 'gCO2e') return `${formatIn(value, headlineCo2eUnit(report.totals.co2eG))} CO2e`;
  if (b.name === 'energy' && b.unit === 'J') return formatIn(value, headlineEnergyUnit(Math.max(Math.abs(report.totals.energyJ), Math.abs(report.totals.facilityEnergyJ))));
  // Table cells are escaped by markdownTable: the unit goes in as it is.
  return `${formatSignificant(value)} ${b.unit}`;
}

function budgets(list: BudgetVerdict[], report: Report): string {
  const rows = list.map((b) => [b.passed ? '✅ pass' : '❌ fail', b.name, budgetValue(b, b.actual, report), budgetValue(b, b.limit, report), b.message]);
  return ['#### Budgets', '', ...markdownTable(['', 'budget', 'actual', 'limit', ''], rows, ['left', 'left', 'right', 'right', 'left'])].join('\n');
}

function baseline(b: BaselineComparison): string {
  if (!b.found) return `#### Against the base branch\n\nNo baseline: ${escapeMarkdown(b.source)}.`;
  const lines = ['#### Against the base branch', ''];
  const cells: string[] = [];
  if (b.co2eG !== undefined) cells.push(`baseline ${formatCo2e(b.co2eG)} CO2e`);
  if (b.deltaCo2eG !== undefined) {
    const delta = `${b.deltaCo2eG >= 0 ? '+' : '-'}${formatCo2e(Math.abs(b.deltaCo2eG))}`;
    cells.push(`change **${delta}**${b.deltaPercent !== undefined ? ` (${formatChangePercent(b.deltaPercent)})` : ''}`);
  }
  if (b.energyJ !== undefined) cells.push(`baseline energy ${formatEnergy(b.energyJ)}`);
  lines.push(`${cells.join(' · ')}. Baseline: ${escapeMarkdown(b.source)}.`);
  return lines.join('\n');
}

function powerChart(report: Report): string {
  if (!report.powerSeries) return '';
  const chart = mermaidPowerChart(report.powerSeries);
  if (!chart) return '';
  const note = chart.hasMissing ? ' Steps without data are drawn at 0.' : '';
  return [
    '#### Power over time',
    '',
    '```mermaid',
    chart.mermaid,
    '```',
    `<sub>Sum over all devices, mean of each ${stepCaption(chart.stepS, chart.seriesStepS)}.${note}</sub>`,
  ].join('\n');
}

/** "10 s step", or "10 s (2 of the report's 5 s steps)" when the chart averaged steps to fit. */
function stepCaption(stepS: number, seriesStepS: number): string {
  const factor = Math.round(stepS / seriesStepS);
  if (factor <= 1) return `${formatDuration(stepS)} step`;
  return `${formatDuration(stepS)} (${factor} of the report's ${formatDuration(seriesStepS)} steps)`;
}

function deviceRows(list: ReportDevice[], label: (d: ReportDevice) => string): string[][] {
  return list.map((d) => [
    label(d),
    d.count ? `${d.count} × ${d.model}` : d.model,
    formatEnergy(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent(d.coverage),
    d.peakPowerW !== undefined ? formatPowerW(d.peakPowerW) : '',
    d.plugins.join(', '),
  ]);
}

/** The devices the table lists: all, or the `maxRows` with the most energy. */
function listedDevices(report: Report, maxRows: number): ReportDevice[] {
  return report.devices.length <= maxRows ? report.devices : [...report.devices].sort((a, b) => b.energyJ - a.energyJ).slice(0, maxRows);
}

function devices(report: Report, listed: ReportDevice[], label: (d: ReportDevice) => string, foldAbove: number): string {
  if (report.devices.length === 0) return '';
  let table = markdownTable(
    ['id', 'model', 'energy', 'CO2e', 'method', 'coverage', 'peak power', 'plugin'],
    deviceRows(listed, label),
    ['left', 'left', 'right', 'right', 'left', 'right', 'right', 'left'],
  ).join('\n');
  if (listed.length < report.devices.length) {
    table += `\n\n${listed.length} devices with the most energy shown; ${report.devices.length - listed.length} more in the JSON report.`;
  }
  if (report.devices.length <= foldAbove) return `#### Devices\n\n${table}`;
  return `<details>\n<summary><b>Devices (${report.devices.length})</b></summary>\n\n${table}\n\n</details>`;
}

const same = (text: string) => text;

function method(report: Report, full: [string, string][], wording: (text: string) => string): string {
  const { embodied } = report.factors;
  const methods = [...new Set(report.devices.map((d) => d.method))];
  const lines = [
    '<details>',
    '<summary><b>How these numbers were obtained</b></summary>',
    '',
    report.inputs.mode === 'estimate'
      ? `- Device energy: ${methods.map(describeMethod).join('; ') || 'no devices'}. Estimated, not measured: no coverage to report.`
      : `- Device energy: ${methods.map(describeMethod).join('; ') || 'no devices'}. Coverage ${formatPercent(report.coverage)}: time without readings adds no energy and lowers coverage, so a total under 100 % is short by about the uncovered share.`,
    ...pricingLines(report),
    embodied
      ? `- Embodied CO2e: the devices' manufacturing footprint, amortised over their life for the time used (${escapeMarkdown(formatFactorSource(embodied))})${embodiedRange(embodied.range)}.`
      : '- Embodied CO2e: not counted (0).',
  ];
  if (report.inputs.mode === 'telemetry' && report.inputs.files.length > 0) {
    lines.push(`- Timestamps without a zone were read in ${escapeMarkdown(report.inputs.timeZone)}${report.inputs.timeZoneSource === 'default' ? escapeMarkdown(wording(' (the default; name the zone with --timezone)')) : ''}; ${describeMaxGap(report)}.`);
  }
  if (report.inputs.estimate) {
    const e = report.inputs.estimate;
    lines.push(`- Estimate: ${e.count} × ${escapeMarkdown(e.model ?? e.gpu)} for ${formatSignificant(e.hoursPerDevice)} h each at ${formatPowerW(e.powerW)} (${e.powerSource === 'user' ? 'stated power' : 'board power from the GPU table'}) × utilisation ${formatSignificant(e.utilization)}.`);
  }
  if (full.length > 0) lines.push(`- Device ids in full: ${full.map(([short, id]) => `${escapeMarkdown(short)} = ${escapeMarkdown(id)}`).join('; ')}.`);
  lines.push(`- carbon-ci ${escapeMarkdown(report.tool.version)}, dataset ${escapeMarkdown(report.tool.datasetVersion)}, report schema ${escapeMarkdown(report.schemaVersion)}.`);
  lines.push('', '</details>');
  return lines.join('\n');
}

/** The PUE and intensity lines: one pair, or one per site when sources recorded where their runs were. */
function pricingLines(report: Report): string[] {
  const groups = pricingGroups(report);
  const pair = (group: PricingGroup) => {
    const { pue, intensity } = group;
    return [
      `facility energy = device energy × PUE **${formatSignificant(pue.value)}**${pue.facility ? ` for ${FACILITY_NAME[pue.facility] ?? 'the facility'}` : ''} (${escapeMarkdown(formatFactorSource(pue))})`,
      `operational CO2e = facility energy × **${formatIntensity(intensity.gPerKWh)}**, location-based${scopeLabel(intensity) ? `, ${scopeLabel(intensity)}` : ''}, for ${escapeMarkdown(whereLabel(intensity))}${escapeMarkdown(recordedLabel(group))} (${escapeMarkdown(formatFactorSource(intensity) + hourlyLabel(intensity))})`,
    ];
  };
  const lines =
    groups.length === 1
      ? pair(groups[0]!).map((line) => `- ${line.charAt(0).toUpperCase()}${line.slice(1)}.`)
      : [
          '- Each device is priced where its run was:',
          ...groups.map((group) => `  - ${group.devices} device${group.devices === 1 ? '' : 's'}: ${pair(group).join('; ')}.`),
        ];
  const reported = sourceReportedLine(report);
  if (reported) lines.push(`- ${escapeMarkdown(reported)}`);
  return lines;
}

function describeMaxGap(report: Report): string {
  if (report.inputs.maxGapS !== 'auto') return `samples more than ${formatSignificant(report.inputs.maxGapS)} s apart are not bridged`;
  const used = [...new Set(report.devices.map((d) => d.maxGapS).filter((s): s is number => s !== undefined))].sort((a, b) => a - b);
  const values = used.length === 0 ? '' : ` (here ${used.map((s) => `${formatSignificant(s)} s`).join(', ')})`;
  return `samples further apart than the adaptive maximum gap${values} are not bridged`;
}

function describeMethod(method: ReportDevice['method']): string {
  switch (method) {
    case 'counter':
      return 'energy counter deltas (reset-aware)';
    case 'power-integral':
      return 'power samples integrated over time (trapezoid)';
    case 'reported':
      return 'energy reported by the source';
    case 'estimate':
      return 'estimated from power × utilisation × time';
  }
}

function warnings(report: Report, max: number, wording: (text: string) => string): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.slice(0, max).map((w) => {
    const where = warningLocation(w);
    return `- ${escapeMarkdown(wording(w.message))}${where ? ` <sub>(${escapeMarkdown(where)})</sub>` : ''}`;
  });
  if (report.warnings.length > max) items.push(`- … and ${report.warnings.length - max} more; the JSON report lists them all.`);
  return [`#### ⚠️ Warnings (${report.warnings.length})`, '', ...items].join('\n');
}

/** How the facility kinds read in the method line. */
const FACILITY_NAME: Record<string, string> = { cloud: 'a cloud region', datacenter: 'a data centre', hpc: 'an HPC centre', desktop: 'a laptop or workstation' };

/** The embodied total at the low and high published figures, when the source gives a range. */
function embodiedRange(range: { lowCo2eG: number; highCo2eG: number; source: string } | undefined): string {
  if (!range) return '';
  return `; published figures put it between ${formatCo2e(range.lowCo2eG)} and ${formatCo2e(range.highCo2eG)} (${escapeMarkdown(range.source)})`;
}
