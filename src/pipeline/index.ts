export { runReport, DEFAULT_TIME_ZONE } from './run-report.js';
export { runEstimate } from './run-estimate.js';
export type { CommonOptions, ReportOptions, EstimateOptions } from './options.js';
