import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DroppedRows,
  dateTimeToUtc,
  definePlugin,
  deviceRef,
  epochToMs,
  findColumn,
  isMissingValue,
  isValidTimeZone,
  monotonicWallClockToUtc,
  parseDateTime,
  parseDateTimeBytes,
  parseNumber,
  parseNumberBytes,
  parsePrometheusLine,
  readText,
  requireColumn,
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
} from "./chunks/chunk-VORDM2YX.js";
import {
  EnergyCounterColumnsBuilder,
  PowerColumnsBuilder,
  readLineChunks,
  readLines
} from "./chunks/chunk-XA6MQUEP.js";
import {
  InputError,
  isInputError
} from "./chunks/chunk-SMRZDHV4.js";
import "./chunks/chunk-BVPVHZAW.js";
export {
  DroppedRows,
  EnergyCounterColumnsBuilder,
  InputError,
  PowerColumnsBuilder,
  dateTimeToUtc,
  definePlugin,
  deviceRef,
  epochToMs,
  findColumn,
  isInputError,
  isMissingValue,
  isValidTimeZone,
  monotonicWallClockToUtc,
  parseDateTime,
  parseDateTimeBytes,
  parseNumber,
  parseNumberBytes,
  parsePrometheusLine,
  readLineChunks,
  readLines,
  readText,
  requireColumn,
  splitCsvLine,
  splitUnitSuffix,
  wallClockToUtc
};
