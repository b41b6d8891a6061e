/**
 * What the job's log says about a report: a few plain lines (energy, CO2e, coverage, the budget
 * verdict, the baseline change), then each report warning as an annotation titled with its code,
 * worded for the Action. The report JSON keeps its own wording.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { BudgetOutcome } from '../../budget/index.js';
import type { Report, ReportWarning } from '../../report/types.js';
import { actionWording } from '../input-names.js';
import { annotateWarning, type ActionIO, type AnnotationPlace } from '../io.js';
import { gramsToKg, joulesToKWh } from '../../render/format.js';
import { outputNumber } from '../outputs.js';

/** Report warnings printed one by one; the rest are counted in one line. */
export const MAX_LOGGED_WARNINGS = 20;

const kWh = (energyJ: number) => `${outputNumber(joulesToKWh(energyJ), 3)} kWh`;
const kg = (co2eG: number) => `${outputNumber(gramsToKg(co2eG), 3)} kg`;
const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`);

/** The headline, at most six lines. */
export function headlineLines(report: Report, outcome: BudgetOutcome): string[] {
  const { totals } = report;
  const lines = [
    `carbon-ci: energy ${kWh(totals.energyJ)} (devices), ${kWh(totals.facilityEnergyJ)} with the facility overhead (PUE)`,
    `carbon-ci: CO2e ${kg(totals.co2eG)} (operational ${kg(totals.operationalCo2eG)} + embodied ${kg(totals.embodiedCo2eG)})`,
    `carbon-ci: coverage ${(report.coverage * 100).toFixed(1)} % of the devices' time`,
    `carbon-ci: budget ${verdict(outcome)}`,
  ];
  const baseline = report.baseline;
  if (baseline?.found && baseline.deltaPercent !== undefined) {
    const delta = baseline.deltaCo2eG !== undefined ? ` (${signed(kg(baseline.deltaCo2eG))})` : '';
    lines.push(`carbon-ci: baseline ${signed(outputNumber(baseline.deltaPercent, 3))} % CO2e${delta} against ${baseline.source}`);
  } else if (baseline) {
    lines.push(`carbon-ci: baseline none (${actionWording(baseline.source)})`);
  }
  if (report.warnings.length > 0) lines.push(`carbon-ci: ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`);
  return lines;
}

function verdict(outcome: BudgetOutcome): string {
  if (outcome.status === 'none') return 'none (no budget set)';
  if (outcome.breached.length === 0) return 'pass';
  return `${outcome.status} (broken: ${outcome.breached.map((b) => b.name).join(', ')})`;
}

/**
 * Log the headline, then the report's warnings: annotations while GitHub's cap allows, plain lines after,
 * one count line past MAX_LOGGED_WARNINGS. Without a workspace (a report made by another run, whose files
 * are not here) the annotations point at no file.
 */
export function logHeadline(io: ActionIO, report: Report, outcome: BudgetOutcome, workspace: string | undefined): void {
  for (const line of headlineLines(report, outcome)) io.info(line);
  const shown = report.warnings.slice(0, MAX_LOGGED_WARNINGS);
  for (const warning of shown) {
    const text = actionWording(warning.message);
    const title = `carbon-ci: ${warning.code}`;
    if (!annotateWarning(io, text, title, workspace === undefined ? undefined : placeOf(warning, workspace))) io.info(`warning (${warning.code}): ${text}`);
  }
  const rest = report.warnings.length - shown.length;
  if (rest > 0) io.info(`carbon-ci: ${rest} more warning${rest === 1 ? '' : 's'} not shown here; the report JSON (output report-path) lists them all`);
}

/** The warning's file relative to the workspace, when it lies inside it. */
function placeOf(warning: ReportWarning, workspace: string): AnnotationPlace | undefined {
  if (!warning.file) return undefined;
  const path = relative(workspace, resolve(workspace, warning.file));
  if (!path || path.startsWith('..') || isAbsolute(path)) return undefined;
  return { file: path.split('\\').join('/'), ...(warning.line !== undefined ? { line: warning.line } : {}) };
}
