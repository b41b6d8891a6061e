import type { Report } from '../report/types.js';
import { validateReport } from '../report/validate.js';
import type { InputError } from '../shared/errors.js';
import { attachBaseline } from './finish/baseline.js';
import { applyBudgets, failOnBreach } from './finish/budgets.js';
import { logHeadline } from './finish/headline.js';
import { persistReport } from './finish/persist.js';
import { publishToPr, publishingSection } from './finish/publish.js';
import { appendSummaryOrWarn } from './io.js';
import type { ModeContext } from './mode-context.js';

/**
 * The second half of `report` and `aggregate`: compare with the baseline, judge the budgets and the
 * smoke test, write the report file, outputs and job summary (always, before any API call), upload
 * the artifact, then comment and check on the PR. A breach fails the job last, when `fail-on-budget`
 * (or `fail-on-smoke`) says so; a configuration error found on the way (`pending`, or a baseline
 * file that cannot be used) fails it after everything is written.
 */
export async function finishReport(m: ModeContext, report: Report, pending?: InputError): Promise<void> {
  const baselineError = await attachBaseline(m, report);
  const outcome = applyBudgets(report, m);
  validateReport(report);
  logHeadline(m.io, report, outcome, m.context.workspace);
  const notes = await persistReport(m, report, outcome);
  notes.push(...(await publishToPr(m, report, outcome)));
  await appendSummaryOrWarn(m.io, m.log, publishingSection(notes));
  const configurationError = pending ?? baselineError;
  if (configurationError) throw configurationError;
  failOnBreach(m.io, outcome);
}
