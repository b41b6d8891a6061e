import { compareWithBaseline, loadBaselineFile, noBaseline } from '../baseline/index.js';
import { budgetLimitsFromUserUnits, evaluateBudgets, hasBudgets, type BudgetLimits } from '../budget/index.js';
import type { CarbonCiConfig } from '../config/index.js';
import type { Report } from '../report/types.js';
import { validateReport } from '../report/validate.js';

/** The exit code of a run whose budget is broken: the report is fine, the gate is not (2 means bad input). */
export const EXIT_BUDGET = 3;

/** What the command line says about budgets and the baseline; flags win over `.carbon-ci.yml`. */
export interface JudgeFlags {
  budgetCo2eKg?: number;
  budgetEnergyKwh?: number;
  maxIncreasePercent?: number;
  baseline?: string;
  failOnBudget?: boolean;
}

/** Thrown after every output is written, when a budget that fails is broken. */
export class BudgetExceededError extends Error {
  readonly exitCode = EXIT_BUDGET;
}

/**
 * Judge a report as the Action does: compare it with the baseline file, then with the budgets, into
 * the report (so that every rendering shows the Budgets and base-branch sections). Returns the
 * error to throw once the outputs are written, when a budget that fails is broken.
 */
export async function judgeReport(report: Report, flags: JudgeFlags, config: CarbonCiConfig, cwd: string): Promise<BudgetExceededError | undefined> {
  if (flags.baseline !== undefined) {
    const found = await loadBaselineFile(flags.baseline, cwd);
    report.baseline = found.found ? compareWithBaseline(report, found.report, found.origin) : noBaseline(found.reason);
  }
  const limits = limitsOf(flags, config);
  if (!hasBudgets(limits)) {
    validateReport(report);
    return undefined;
  }
  const failOnBudget = flags.failOnBudget ?? config.budgets?.failOnBudget ?? true;
  const outcome = evaluateBudgets(report, limits, failOnBudget);
  if (outcome.verdicts.length > 0) report.budgets = outcome.verdicts;
  for (const message of outcome.notApplied) report.warnings.push({ code: 'budget-not-applied', message });
  validateReport(report);
  const failing = outcome.failing.filter((verdict) => verdict.name !== 'smoke');
  return failing.length > 0 ? new BudgetExceededError(`budget exceeded: ${failing.map((verdict) => verdict.message).join('; ')}`) : undefined;
}

function limitsOf(flags: JudgeFlags, config: CarbonCiConfig): BudgetLimits {
  return budgetLimitsFromUserUnits({
    co2eKg: flags.budgetCo2eKg ?? config.budgets?.co2eKg,
    energyKWh: flags.budgetEnergyKwh ?? config.budgets?.energyKWh,
    maxIncreasePercent: flags.maxIncreasePercent ?? config.budgets?.maxIncreasePercent,
  });
}
