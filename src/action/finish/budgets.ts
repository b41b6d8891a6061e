/** Judging the budgets and the smoke test, and failing the job for the breaches that fail it. */
import { evaluateBudgets, type BudgetOutcome } from '../../budget/index.js';
import type { Report } from '../../report/types.js';
import type { ActionIO } from '../io.js';
import type { ModeContext } from '../mode-context.js';

/**
 * Budgets and the smoke test judged into the report; relative budgets that could not be judged
 * become warnings.
 */
export function applyBudgets(
  report: Report,
  m: Pick<ModeContext, 'inputs'>,
  failOnBudget = m.inputs.failOnBudget,
  failOnSmoke = m.inputs.failOnSmoke,
): BudgetOutcome {
  const outcome = evaluateBudgets(report, m.inputs.budgets, failOnBudget, failOnSmoke);
  if (outcome.verdicts.length > 0) report.budgets = outcome.verdicts;
  else delete report.budgets;
  report.warnings = report.warnings.filter((w) => w.code !== 'budget-not-applied');
  for (const message of outcome.notApplied) report.warnings.push({ code: 'budget-not-applied', message });
  return outcome;
}

/** Fail the job for the breaches that fail (fail-on-budget, fail-on-smoke); warn for those that only warn. */
export function failOnBreach(io: ActionIO, outcome: BudgetOutcome): void {
  const failures: string[] = [];
  const budgets = outcome.failing.filter((b) => b.name !== 'smoke');
  if (budgets.length > 0) failures.push(`budget exceeded: ${budgets.map((b) => b.message).join('; ')}`);
  failures.push(...outcome.failing.filter((b) => b.name === 'smoke').map((b) => b.message));
  for (const warned of outcome.breached.filter((b) => !outcome.failing.includes(b))) {
    if (warned.name === 'smoke') io.warning(`${warned.message} (fail-on-smoke is off)`, 'carbon-ci smoke test');
    else io.warning(`budget exceeded (fail-on-budget is off): ${warned.message}`, 'carbon-ci budget');
  }
  if (failures.length > 0) io.setFailed(`carbon-ci: ${failures.join('; ')}`);
}
