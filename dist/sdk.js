import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DroppedRows,
  civilToMs,
  dateTimeToUtc,
  definePlugin,
  epochToMs,
  findColumn,
  isMissingValue,
  isValidTimeZone,
  monotonicWallClockToUtc,
  normalizeColumnName,
  parseDateTime,
  parseNumber,
  parsePrometheusLine,
  readLineChunks,
  readLines,
  requireColumn,
  sourceChunks,
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
} from "./chunks/chunk-YWA4EYCK.js";
import {
  InputError,
  isInputError
} from "./chunks/chunk-6IHMTK6C.js";
export {
  DroppedRows,
  InputError,
  civilToMs,
  dateTimeToUtc,
  definePlugin,
  epochToMs,
  findColumn,
  isInputError,
  isMissingValue,
  isValidTimeZone,
  monotonicWallClockToUtc,
  normalizeColumnName,
  parseDateTime,
  parseNumber,
  parsePrometheusLine,
  readLineChunks,
  readLines,
  requireColumn,
  sourceChunks,
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
};
