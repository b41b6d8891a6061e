// The public SDK: what a telemetry plugin is, what it yields, and the helpers every reader needs.
// docs/writing-a-plugin.md lists each export with its signature.

// The contract.
export { definePlugin } from './plugin.js';
export type { TelemetryPlugin, Plugin, PluginContext, Logger, Source, FileSource, DetectInput, Confidence, RecordSource } from './plugin.js';
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
  NoReadingRecord,
  DeviceRef,
  DeviceSite,
  Vendor,
  RecordOrigin,
  EnergyMethod,
} from './records.js';
export { InputError, isInputError } from '../shared/errors.js';
export { deviceRef } from './device-ref.js';
export type { DeviceIdentity } from './device-ref.js';

// Records for many rows at once.
export { PowerColumnsBuilder, EnergyCounterColumnsBuilder } from './power-columns.js';

// Reading lines and delimited text.
export { readLines, readLineChunks } from './lines.js';
export { readText } from './text.js';
export type { ReadTextOptions } from './text.js';
export type { LineBatch, LineChunk, ReadLinesOptions } from './lines.js';
export { splitCsvLine, splitUnitSuffix, findColumn, requireColumn, isMissingValue, parseNumber, parsePrometheusLine, DroppedRows } from './parse.js';
export type { Where, ColumnMatch, PrometheusSample } from './parse.js';

// Times and numbers.
export { parseDateTime, dateTimeToUtc, epochToMs } from './parse.js';
export type { ParsedDateTime } from './parse.js';
export { wallClockToUtc, monotonicWallClockToUtc, isValidTimeZone } from './time.js';
export { parseNumberBytes, parseDateTimeBytes } from './bytes.js';
