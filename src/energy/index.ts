export { EnergyAccumulator, type EnergyOutcome } from './accumulator.js';
export { integrateReference } from './reference.js';
export { DEFAULT_ENERGY_OPTIONS, MAX_LISTED_GAPS } from './options.js';
export { MAX_SERIES_POINTS } from './series.js';
export type { EnergyAccumulatorState } from './state.js';
export type { DataWarning, DeviceEnergy, EnergyOptions, EnergyResult, Gap } from './types.js';
