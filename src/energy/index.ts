export { EnergyAccumulator, type EnergyOutcome } from './accumulator.js';
export {
  DEFAULT_ENERGY_OPTIONS,
  AUTO_GAP_FLOOR_MS,
  AUTO_GAP_FACTOR,
  AUTO_GAP_INTERVALS,
  DEFAULT_MAX_POWER_W,
  NODE_MAX_POWER_W,
  BOARD_POWER_FACTOR,
  MAX_LISTED_GAPS,
} from './options.js';
export { METHOD_PRECEDENCE, PRECEDENCE_COVERAGE_SHARE } from './combine.js';
export { MAX_SERIES_POINTS } from './series.js';
export type { DataWarning, DeviceEnergy, EnergyOptions, EnergyResult, Gap, PowerSeries } from './types.js';
