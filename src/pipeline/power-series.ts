import type { PowerSeries } from '../report/types.js';

/** The energy stage's chart series, or undefined when it has nothing to draw; non-finite points become null. */
export function normalizePowerSeries(series: PowerSeries | undefined): PowerSeries | undefined {
  if (!series || series.powerW.length === 0 || !(series.stepS > 0)) return undefined;
  return { ...series, powerW: series.powerW.map((w) => (w === null || !Number.isFinite(w) ? null : w)) };
}
