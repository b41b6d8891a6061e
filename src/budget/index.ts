import type { BudgetVerdict, Report, SmokeResult } from '../report/types.js';
import { G_PER_KG, J_PER_KWH } from '../shared/units.js';


/** Budgets as the user states them (SI inside: grams and joules). */
export interface BudgetLimits {
  /** Total CO2e (operational + embodied), grams. */
  co2eG?: number;
  /** Device energy (before PUE), joules. */
  energyJ?: number;
  /** Largest allowed increase of total CO2e over the baseline, percent. */
  maxIncreasePercent?: number;
}

export type BudgetStatus = 'none' | 'pass' | 'warn' | 'fail';

export interface BudgetOutcome {
  verdicts: BudgetVerdict[];
  /**
   * `fail` when a broken verdict fails (a budget with fail-on-budget, the smoke test with
   * fail-on-smoke); `warn` when every broken one only warns.
   */
  status: BudgetStatus;
  breached: BudgetVerdict[];
  /** The breached verdicts that fail under the policy (the rest only warn). */
  failing: BudgetVerdict[];
  /** Budgets that were set but could not be judged, and why (no baseline, a zero baseline). */
  notApplied: string[];
}

export function hasBudgets(limits: BudgetLimits): boolean {
  return limits.co2eG !== undefined || limits.energyJ !== undefined || limits.maxIncreasePercent !== undefined;
}

/**
 * Judge a report against budgets. The relative budget needs a baseline that was found and whose
 * CO2e is above zero; otherwise it is not applied and `notApplied` says why. A smoke test in the
 * report adds the verdict `smoke`, which fails the outcome when `failOnSmoke` (default true).
 */
export function evaluateBudgets(report: Report, limits: BudgetLimits, failOnBudget: boolean, failOnSmoke = true): BudgetOutcome {
  const verdicts: BudgetVerdict[] = [];
  const notApplied: string[] = [];
  const co2eG = report.totals.co2eG;
  if (limits.co2eG !== undefined) {
    const passed = co2eG <= limits.co2eG;
    verdicts.push({
      name: 'co2e',
      limit: limits.co2eG,
      actual: co2eG,
      unit: 'gCO2e',
      passed,
      message: `CO2e ${formatKg(co2eG)} kg ${passed ? 'is within' : 'exceeds'} the budget of ${formatKg(limits.co2eG)} kg`,
    });
  }
  if (limits.energyJ !== undefined) {
    const energyJ = report.totals.energyJ;
    const passed = energyJ <= limits.energyJ;
    verdicts.push({
      name: 'energy',
      limit: limits.energyJ,
      actual: energyJ,
      unit: 'J',
      passed,
      message: `device energy ${formatKWh(energyJ)} kWh ${passed ? 'is within' : 'exceeds'} the budget of ${formatKWh(limits.energyJ)} kWh`,
    });
  }
  if (limits.maxIncreasePercent !== undefined) {
    const baseline = report.baseline;
    if (!baseline?.found || baseline.co2eG === undefined) {
      notApplied.push(`max-increase-percent (${limits.maxIncreasePercent}%) was not applied: no baseline (${baseline?.source ?? 'none looked for'})`);
    } else if (baseline.co2eG <= 0) {
      notApplied.push(`max-increase-percent (${limits.maxIncreasePercent}%) was not applied: the baseline's CO2e is zero`);
    } else {
      const increasePercent = ((co2eG - baseline.co2eG) / baseline.co2eG) * 100;
      const passed = increasePercent <= limits.maxIncreasePercent;
      verdicts.push({
        name: 'increase',
        limit: limits.maxIncreasePercent,
        actual: round(increasePercent, 2),
        unit: '%',
        passed,
        message: `CO2e changed by ${signed(increasePercent)}% against the baseline; ${passed ? 'within' : 'above'} the allowed increase of ${limits.maxIncreasePercent}%`,
      });
    }
  }
  if (report.smoke) verdicts.push(smokeVerdict(report.smoke));
  return outcomeOf(verdicts, { failOnBudget, failOnSmoke }, notApplied);
}

/** Whether a broken verdict fails the outcome or only warns, by kind. */
export interface BreachPolicy {
  failOnBudget: boolean;
  failOnSmoke: boolean;
}

/** The outcome of verdicts already judged (e.g. those a report recorded), under a breach policy. */
export function outcomeOf(verdicts: BudgetVerdict[], policy: BreachPolicy, notApplied: string[] = []): BudgetOutcome {
  const breached = verdicts.filter((verdict) => !verdict.passed);
  const failing = breached.filter((verdict) => (verdict.name === 'smoke' ? policy.failOnSmoke : policy.failOnBudget));
  const status: BudgetStatus = verdicts.length === 0 ? 'none' : breached.length === 0 ? 'pass' : failing.length > 0 ? 'fail' : 'warn';
  return { verdicts, status, breached, failing, notApplied };
}

/** The smoke test as a verdict: passed when every check passed; `actual` counts the failed checks. */
export function smokeVerdict(smoke: SmokeResult): BudgetVerdict {
  const failed = smoke.checks.filter((check) => !check.passed);
  const passed = smoke.passed && failed.length === 0;
  const where = smoke.executionProvider === 'none' ? '' : ` on ${smoke.executionProvider}`;
  const message = passed
    ? `smoke test of ${smoke.model} passed ${smoke.checks.length} check${smoke.checks.length === 1 ? '' : 's'}${where}`
    : `smoke test of ${smoke.model} failed${where}: ${failed.map((check) => `${check.name} (${firstLine(check.message)})`).join('; ') || 'the result is marked failed'}`;
  return { name: 'smoke', limit: 0, actual: failed.length, unit: 'failed', passed, message };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** Budgets from the Action's units (kg, kWh, %) to SI. */
export function budgetLimitsFromUserUnits(input: { co2eKg?: number; energyKWh?: number; maxIncreasePercent?: number }): BudgetLimits {
  return {
    ...(input.co2eKg !== undefined ? { co2eG: input.co2eKg * G_PER_KG } : {}),
    ...(input.energyKWh !== undefined ? { energyJ: input.energyKWh * J_PER_KWH } : {}),
    ...(input.maxIncreasePercent !== undefined ? { maxIncreasePercent: input.maxIncreasePercent } : {}),
  };
}

function formatKg(grams: number): string {
  return significant(grams / G_PER_KG);
}

function formatKWh(joules: number): string {
  return significant(joules / J_PER_KWH);
}

function significant(value: number): string {
  if (value === 0) return '0';
  return Number(value.toPrecision(3)).toString();
}

function signed(value: number): string {
  const rounded = round(value, 1);
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
