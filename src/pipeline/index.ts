export { runReport, DEFAULT_TIME_ZONE } from './run-report.js';
export { runEstimate } from './run-estimate.js';
export type { CommonOptions, ReportOptions, EstimateOptions } from './options.js';
export { progressDisplay, PROGRESS_MIN_BYTES, type ReadProgress } from './progress.js';
