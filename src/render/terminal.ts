import { scopeOf } from '../report/build.js';
import type { ComponentScope, Report, ReportScope, ReportWarning, ScopeComponent } from '../report/types.js';
import type { EnergyMethod } from '../sdk/records.js';
import { styleFor, type Style } from './ansi.js';
import { deviceLabels } from './identity.js';
import { stripControls } from './escape.js';
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
  formatSignificant,
  headlineCo2eUnit,
  headlineEnergyUnit,
} from './format.js';
import { alternativesLine, hourlyLabel, pricingGroups, pueLabel, sciLine, scopeLabel, type PricingGroup, recordedLabel, sourceReportedLine, whereLabel } from './pricing.js';
import { smokeTerminalLines } from './smoke.js';
import { textTable } from './table.js';

export interface TerminalOptions {
  color: boolean;
  /** Warnings listed before the rest are summarised as a count (default 20). */
  maxWarnings?: number;
}

/**
 * The human summary the CLI prints: headline, factors, devices, verdicts, warnings. Strings from the
 * report go through stripControls, so that a log file cannot move the cursor or recolour the terminal.
 */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const s = styleFor(options.color);
  const out: string[] = [];
  out.push(s.bold(`carbon-ci ${report.inputs.mode === 'estimate' ? 'estimate' : 'report'}`) + s.dim(` ${subtitle(report)}`));
  out.push('');
  // The headline's PUE and the factor lines price by the same groups.
  const groups = pricingGroups(report);
  out.push(...headline(report, groups, s));
  if (report.devices.length > 0) out.push(describeScope(report.scope ?? scopeOf(report.devices)));
  for (const line of [sciLine(report), alternativesLine(report)]) if (line) out.push(stripControls(line));
  out.push('');
  out.push(s.bold('Factors'));
  out.push(...factorLines(report, groups));
  out.push('');
  out.push(s.bold(`Devices (${report.devices.length})`));
  out.push(...deviceTable(report));
  const verdicts = verdictLines(report, s);
  if (verdicts.length > 0) out.push('', ...verdicts);
  if (report.warnings.length > 0) {
    out.push('', s.bold(s.warn(`Warnings (${report.warnings.length})`)));
    out.push(...warningLines(report.warnings, options.maxWarnings ?? 20, s));
  }
  return out.join('\n') + '\n';
}

function subtitle(report: Report): string {
  const parts: string[] = [];
  // An estimate has hours, not a clock window: the report's window is derived from when it was made.
  if (report.window && report.inputs.mode !== 'estimate') {
    parts.push(`${formatInstant(report.window.start)} to ${formatInstant(report.window.end)}`);
  }
  parts.push(formatDuration(report.totals.durationS));
  if (report.inputs.mode === 'telemetry') parts.push(`times read in ${stripControls(report.inputs.timeZone)}`);
  return parts.join(', ');
}

function headline(report: Report, groups: PricingGroup[], s: Style): string[] {
  const { totals } = report;
  const kg = headlineCo2eUnit(totals.co2eG);
  const kWh = headlineEnergyUnit(Math.max(Math.abs(totals.energyJ), Math.abs(totals.facilityEnergyJ)));
  const rows: string[][] = [
    ['Energy', s.bold(formatIn(totals.energyJ, kWh)), 'device energy'],
    ['Facility energy', s.bold(formatIn(totals.facilityEnergyJ, kWh)), `× PUE ${pueLabel(groups)}`],
    ['CO2e', s.bold(formatIn(totals.co2eG, kg)), `operational ${formatIn(totals.operationalCo2eG, kg)} + embodied ${formatIn(totals.embodiedCo2eG, kg)}`],
    report.inputs.mode === 'estimate'
      ? ['Coverage', 'estimated', 'from the configuration, not measured']
      : ['Coverage', formatPercent(report.coverage), 'share of the devices\u2019 time backed by evidence'],
  ];
  return textTable(['', '', ''], rows, ['left', 'right', 'left']).slice(1);
}

/** The intensity's source, its scope, the recorded site and the hourly figures, as one cell. */
function intensitySource(group: PricingGroup): string {
  const scope = scopeLabel(group.intensity);
  return `${formatFactorSource(group.intensity)}${scope ? `, ${scope}` : ''}${recordedLabel(group)}${hourlyLabel(group.intensity)}`;
}

function factorLines(report: Report, groups: PricingGroup[]): string[] {
  const rows: string[][] = [];
  if (groups.length === 1) {
    const [group] = groups as [PricingGroup];
    rows.push(
      ['PUE', formatSignificant(group.pue.value), stripControls(formatFactorSource(group.pue))],
      ['Grid intensity', `${formatIntensity(group.intensity.gPerKWh)} for ${stripControls(whereLabel(group.intensity))}`, stripControls(intensitySource(group))],
    );
  } else {
    // Sources recorded where their runs were: one row per site.
    for (const group of groups) {
      rows.push([
        stripControls(`${whereLabel(group.intensity)}, ${group.devices} device${group.devices === 1 ? '' : 's'}`),
        `PUE ${formatSignificant(group.pue.value)} × ${formatIntensity(group.intensity.gPerKWh)}`,
        stripControls(`PUE: ${formatFactorSource(group.pue)}; grid: ${intensitySource(group)}`),
      ]);
    }
  }
  const { embodied } = report.factors;
  if (embodied) rows.push(['Embodied', '', stripControls(formatFactorSource(embodied))]);
  const lines = textTable(['', '', ''], rows, ['left', 'left', 'left']).slice(1);
  const reported = sourceReportedLine(report);
  if (reported) lines.push(`  ${stripControls(reported)}`);
  return lines;
}

function deviceTable(report: Report): string[] {
  const { label, full } = deviceLabels(report.devices);
  const rows = report.devices.map((d) => [
    stripControls(label(d)),
    stripControls(d.count ? `${d.count} × ${d.model}` : d.model),
    formatEnergy(d.energyJ),
    formatCo2e(d.co2eG),
    stripControls(d.method),
    formatPercent(d.coverage),
    stripControls(d.plugins.join(', ')),
  ]);
  const table = textTable(
    ['id', 'model', 'energy', 'CO2e', 'method', 'coverage', 'plugin'],
    rows,
    ['left', 'left', 'right', 'right', 'left', 'right', 'left'],
  );
  // GPU UUIDs are cut to their first 8 and last 4 digits, as in the comment; the JSON keeps them whole.
  if (full.length > 0) table.push(`  (ids with … are shortened UUIDs; --json gives them in full)`);
  return table;
}

function verdictLines(report: Report, s: Style): string[] {
  const out: string[] = [];
  if (report.baseline) {
    const b = report.baseline;
    if (b.found && b.deltaCo2eG !== undefined) {
      const change = b.deltaPercent !== undefined ? ` (${formatChangePercent(b.deltaPercent)})` : '';
      out.push(`Baseline: ${b.deltaCo2eG >= 0 ? '+' : '-'}${formatCo2e(Math.abs(b.deltaCo2eG))} CO2e${change} against ${stripControls(b.source)}`);
    } else {
      out.push(`Baseline: none (${stripControls(b.source)})`);
    }
  }
  for (const budget of report.budgets ?? []) {
    out.push(`Budget ${stripControls(budget.name)}: ${budget.passed ? s.good('pass') : s.bad('FAIL')} - ${stripControls(budget.message)}`);
  }
  if (report.smoke) out.push(...smokeTerminalLines(report.smoke, s));
  return out;
}

const COMPONENT_NAMES: Record<ScopeComponent, string> = { gpu: 'GPUs', cpu: 'CPU', ram: 'memory', node: 'whole nodes' };
const METHOD_NAMES: Record<EnergyMethod, string> = {
  counter: 'energy counter',
  'power-integral': 'power integral',
  reported: 'reported by the source',
  estimate: 'power × utilisation × time',
};

/**
 * The scope line of every rendering: which components the energy counts and how, and which it leaves out,
 * e.g. "Scope: GPUs measured (power integral); CPU, memory not counted: a GPU-only total, ...".
 */
export function describeScope(scope: ReportScope): string {
  const order: ScopeComponent[] = ['gpu', 'cpu', 'ram', 'node'];
  const counted = (c: ComponentScope): boolean => c.counted !== 'not-counted' && c.counted !== 'in-node';
  const parts = order
    .filter((name) => counted(scope[name]))
    .map((name) => `${COMPONENT_NAMES[name]} ${scope[name].counted} (${scope[name].methods.map((m) => METHOD_NAMES[m]).join(', ')})`);
  const inNode = order.filter((name) => scope[name].counted === 'in-node').map((name) => COMPONENT_NAMES[name]);
  if (inNode.length > 0) parts.push(`${inNode.join(', ')} inside the node figures`);
  const left = order.filter((name) => name !== 'node' && scope[name].counted === 'not-counted').map((name) => COMPONENT_NAMES[name]);
  if (left.length > 0) {
    const why = scope.gpuOnly ? ': a GPU-only total, without the host (CPU, memory, storage, network)' : '';
    parts.push(`${left.join(', ')} not counted${why}`);
  }
  return `Scope: ${parts.join('; ') || 'nothing counted'}.`;
}

/** Where a warning points: "file:line", the file, or the device when the message does not name it. */
export function warningLocation(w: ReportWarning): string {
  if (!w.file) return w.deviceId && !w.message.includes(w.deviceId) ? `device ${w.deviceId}` : '';
  if (w.message.includes(w.file)) return w.line !== undefined && !w.message.includes(`line ${w.line}`) ? `${w.file}:${w.line}` : '';
  return w.line !== undefined ? `${w.file}:${w.line}` : w.file;
}

function warningLines(warnings: ReportWarning[], max: number, s: Style): string[] {
  const out = warnings.slice(0, max).map((w) => {
    const where = stripControls(warningLocation(w));
    return `  ${s.warn('!')} ${stripControls(w.message)}${where ? s.dim(` (${where})`) : ''}`;
  });
  if (warnings.length > max) out.push(s.dim(`  … and ${warnings.length - max} more; the JSON report lists them all`));
  return out;
}
