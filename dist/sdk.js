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
  requireColumn,
  sourceChunks,
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
} from "./chunks/chunk-NUFDZTXZ.js";
import {
  InputError,
  isInputError,
  readLineChunks,
  readLines
} from "./chunks/chunk-EXK3D34A.js";
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
