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
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
} from "./chunks/chunk-IL3YXFKZ.js";
import {
  InputError,
  isInputError
} from "./chunks/chunk-4KTFTDHN.js";
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
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
};
