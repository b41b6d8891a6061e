export { buildReport, overallCoverage, type ReportParts } from './build.js';
export { validateReport, reportSchemaErrors } from './validate.js';
export { TOOL_VERSION } from './version.js';
export * from './types.js';
