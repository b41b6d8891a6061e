import type { BudgetOutcome } from '../budget/index.js';
import { gramsToKg, joulesToKWh } from '../render/format.js';
import type { Report } from '../report/types.js';
import type { ActionIO } from './io.js';
import type { PublishResult } from './publish-report.js';

/** A number for an output: plain decimal, six significant digits. */
export function outputNumber(value: number): string {
  if (value === 0) return '0';
  const text = Number(value.toPrecision(6)).toString();
  return /e/i.test(text) ? value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** The outputs every mode sets once it has a report, before any API call. */
export function setReportOutputs(io: ActionIO, report: Report, outcome: BudgetOutcome, reportPath: string, reportId: string): void {
  io.setOutput('energy-kwh', outputNumber(joulesToKWh(report.totals.energyJ)));
  io.setOutput('facility-energy-kwh', outputNumber(joulesToKWh(report.totals.facilityEnergyJ)));
  io.setOutput('co2e-kg', outputNumber(gramsToKg(report.totals.co2eG)));
  io.setOutput('report-path', reportPath);
  io.setOutput('report-id', reportId);
  io.setOutput('budget-status', outcome.status);
  io.setOutput('budget-passed', String(outcome.status === 'none' || outcome.status === 'pass'));
  io.setOutput('baseline-found', String(report.baseline?.found === true));
  const delta = report.baseline?.found ? report.baseline.deltaPercent : undefined;
  io.setOutput('delta-percent', delta === undefined ? '' : outputNumber(delta));
  io.setOutput('smoke-passed', report.smoke ? String(report.smoke.passed) : '');
}

export function setPublishOutputs(io: ActionIO, result: PublishResult): void {
  if (result.commentUrl) io.setOutput('comment-url', result.commentUrl);
  if (result.commentId !== undefined) io.setOutput('comment-id', String(result.commentId));
  if (result.checkUrl) io.setOutput('check-url', result.checkUrl);
}
