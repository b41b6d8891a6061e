import type { BudgetOutcome } from '../budget/index.js';
import { gramsToKg, joulesToKWh } from '../render/format.js';
import type { Report } from '../report/types.js';
import { describeWriteError, loggerFor, type ActionIO } from './io.js';
import type { PublishResult } from './publish-report.js';

/** A number for an output: plain decimal, six significant digits (or `digits`). */
export function outputNumber(value: number, digits = 6): string {
  if (value === 0) return '0';
  const text = Number(value.toPrecision(digits)).toString();
  return /e/i.test(text) ? value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** The IOs whose outputs file has failed once, so that the warning is given once per run. */
const warnedOutputs = new WeakSet<ActionIO>();

/**
 * Set one output; a GITHUB_OUTPUT that cannot be written (a full disk) is a warning, and the run goes on to comment and check.
 * The warning shares the annotation cap with the run's other warnings (past it, a plain log line).
 */
function setOutput(io: ActionIO, name: string, value: string): void {
  try {
    io.setOutput(name, value);
  } catch (error) {
    if (warnedOutputs.has(io)) return;
    warnedOutputs.add(io);
    loggerFor(io).warn(`could not set the step outputs (${describeWriteError(error)}); the job summary, the report artifact, the PR comment and the check do not depend on them`);
  }
}

/** The outputs every mode sets once it has a report, before any API call; `reportPath` is '' when the report file could not be written. */
export function setReportOutputs(io: ActionIO, report: Report, outcome: BudgetOutcome, reportPath: string, reportId: string): void {
  setOutput(io, 'energy-kwh', outputNumber(joulesToKWh(report.totals.energyJ)));
  setOutput(io, 'facility-energy-kwh', outputNumber(joulesToKWh(report.totals.facilityEnergyJ)));
  setOutput(io, 'co2e-kg', outputNumber(gramsToKg(report.totals.co2eG)));
  setOutput(io, 'report-path', reportPath);
  setOutput(io, 'report-id', reportId);
  setOutput(io, 'budget-status', outcome.status);
  setOutput(io, 'budget-passed', String(outcome.status === 'none' || outcome.status === 'pass'));
  setOutput(io, 'baseline-found', String(report.baseline?.found === true));
  const delta = report.baseline?.found ? report.baseline.deltaPercent : undefined;
  setOutput(io, 'delta-percent', delta === undefined ? '' : outputNumber(delta));
  setOutput(io, 'smoke-passed', report.smoke ? String(report.smoke.passed) : '');
}

export function setPublishOutputs(io: ActionIO, result: PublishResult): void {
  if (result.commentUrl) setOutput(io, 'comment-url', result.commentUrl);
  if (result.commentId !== undefined) setOutput(io, 'comment-id', String(result.commentId));
  if (result.checkUrl) setOutput(io, 'check-url', result.checkUrl);
}
