import type { BaselineComparison, Report } from '../report/types.js';

/** Where a baseline report came from, for the comparison's `source`. */
export interface BaselineOrigin {
  /** e.g. "artifact of run 123 on main (abc1234)" or "file reports/main.json". */
  description: string;
  runId?: number;
  commit?: string;
  url?: string;
}

/** Compare a report with its baseline: the change in total CO2e and in device energy. */
export function compareWithBaseline(current: Report, baseline: Report, origin: BaselineOrigin): BaselineComparison {
  const deltaCo2eG = current.totals.co2eG - baseline.totals.co2eG;
  const deltaEnergyJ = current.totals.energyJ - baseline.totals.energyJ;
  return {
    found: true,
    source: origin.description,
    co2eG: baseline.totals.co2eG,
    energyJ: baseline.totals.energyJ,
    deltaCo2eG,
    ...(baseline.totals.co2eG > 0 ? { deltaPercent: (deltaCo2eG / baseline.totals.co2eG) * 100 } : {}),
    deltaEnergyJ,
    ...(baseline.totals.energyJ > 0 ? { deltaEnergyPercent: (deltaEnergyJ / baseline.totals.energyJ) * 100 } : {}),
    ...(origin.runId !== undefined ? { runId: origin.runId } : {}),
    ...(origin.commit ? { commit: origin.commit } : {}),
    ...(origin.url ? { url: origin.url } : {}),
  };
}

/** No baseline: `reason` says why, and the comment shows it. */
export function noBaseline(reason: string): BaselineComparison {
  return { found: false, source: reason };
}
