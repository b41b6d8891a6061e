import type { FacilityKind, IntensityScope } from '../footprint/types.js';

/** `.carbon-ci.yml`, as schemas/config.schema.json describes it. */
export interface CarbonCiConfig {
  telemetry?: string | string[];
  plugin?: string;
  plugins?: string[];
  pluginOptions?: Record<string, Record<string, unknown>>;
  location?: string;
  pue?: number;
  facility?: FacilityKind;
  intensityScope?: IntensityScope;
  intensity?: number;
  /** `NAME=COUNT`, e.g. `tokens=2e9`: the report adds its SCI (CO2e per unit). */
  functionalUnit?: string;
  timezone?: string;
  maxGapS?: number | 'auto';
  budgets?: { co2eKg?: number; energyKWh?: number; maxIncreasePercent?: number; failOnBudget?: boolean };
  smoke?: { model?: string; inputs?: string; expected?: string; device?: 'auto' | 'cuda' | 'cpu'; iterations?: number; batchSize?: number };
}
