export { definePlugin, sourceChunks } from '../telemetry/plugin.js';
export type {
  TelemetryPlugin,
  Plugin,
  PluginContext,
  Logger,
  Source,
  FileSource,
  DetectInput,
  Confidence,
} from '../telemetry/plugin.js';
export type {
  TelemetryRecord,
  PluginRecord,
  PowerRecord,
  PowerColumnsRecord,
  EnergyCounterRecord,
  EnergyCounterColumnsRecord,
  ColumnsRecord,
  EnergyRecord,
  UsageRecord,
  DeviceRef,
  Vendor,
  RecordOrigin,
  EnergyMethod,
} from '../telemetry/records.js';
export { InputError, isInputError } from '../telemetry/errors.js';
export { EnergyCounterColumnsBuilder, PowerColumnsBuilder, expandEnergyCounterColumns, expandRecords, expandPowerColumns } from '../telemetry/power-columns.js';
export { readLines, readLineChunks } from '../telemetry/lines.js';
export type { LineBatch, LineChunk, ReadLinesOptions } from '../telemetry/lines.js';
export { wallClockToUtc, monotonicWallClockToUtc, isValidTimeZone, isFixedUtc, civilToMs } from '../telemetry/time.js';
export {
  splitCsvLine,
  splitUnitSuffix,
  normalizeColumnName,
  findColumn,
  requireColumn,
  isMissingValue,
  parseNumber,
  epochToMs,
  parseDateTime,
  dateTimeToUtc,
  parsePrometheusLine,
  DroppedRows,
} from './parse.js';
export type { Where, ColumnMatch, ParsedDateTime, PrometheusSample } from './parse.js';
export { skipBlanks, trimBlanksEnd, bytesText, parseNumberBytes, parseIndexBytes, parseDateTimeBytes, parseTimeOfDayBytes } from './bytes.js';
export { DelimitedLine, bytesEqual, parseDecimalBytes, skipDigits, skipPrintable, readDecimalFieldBytes } from './bytes.js';
export type { DecimalField } from './bytes.js';
export { instantiateKernel } from './wasm-kernel.js';
export type { KernelMemory } from './wasm-kernel.js';
