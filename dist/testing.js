import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  fileSource,
  isValidRecord,
  previewRecord,
  validatePluginOptions,
  validateRecord
} from "./chunks/chunk-FTX55RUG.js";
import {
  decodeHead,
  expandRecords
} from "./chunks/chunk-XA6MQUEP.js";
import "./chunks/chunk-EYJOIFG6.js";
import {
  isInputError
} from "./chunks/chunk-SMRZDHV4.js";
import "./chunks/chunk-BVPVHZAW.js";

// src/sdk/testing.ts
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
var DETECT_HEAD_BYTES = 64 * 1024;
function createContext(settings = {}) {
  const messages = { debug: [], info: [], warn: [] };
  const raw = settings.options ?? {};
  const options = settings.plugin ? validatePluginOptions(settings.plugin, raw) : raw;
  const timeZone = settings.timeZone ?? "UTC";
  let usedLocalTimeZone = false;
  return {
    options,
    localTimeZone: () => {
      usedLocalTimeZone = true;
      return timeZone;
    },
    get usedLocalTimeZone() {
      return usedLocalTimeZone;
    },
    signal: settings.signal ?? new AbortController().signal,
    log: {
      debug: (message) => messages.debug.push(message),
      info: (message) => messages.info.push(message),
      warn: (message) => messages.warn.push(message)
    },
    messages
  };
}
function fileSource2(path) {
  return fileSource(path);
}
function textSource(text, path = "inline.txt") {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { kind: "file", path, open: () => Readable.from([bytes]) };
}
async function detectInput(source) {
  const chunks = [];
  let size = 0;
  const stream = source.open();
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size >= DETECT_HEAD_BYTES) break;
    }
  } finally {
    stream.destroy?.();
  }
  return { path: source.path, head: decodeHead(Buffer.concat(chunks).subarray(0, DETECT_HEAD_BYTES), source.path) };
}
async function runPlugin(plugin, file, settings = {}) {
  const source = typeof file === "string" ? fileSource2(file) : file instanceof URL ? fileSource2(fileURLToPath(file)) : file;
  const context = createContext({ ...settings, plugin });
  const confidence = plugin.detect(await detectInput(source));
  const yielded = [];
  let yields = 0;
  for await (const item of plugin.read(source, context)) {
    yields++;
    if (Array.isArray(item)) for (const record of item) yielded.push(record);
    else yielded.push(item);
  }
  if (settings.validate !== false) assertValidRecords(yielded, plugin.name);
  return {
    records: expandRecords(yielded),
    warnings: context.messages.warn,
    infos: [...context.messages.info, ...context.messages.debug],
    confidence,
    yields
  };
}
function assertValidRecords(records, label = "records") {
  const failures = [];
  let invalid = 0;
  records.forEach((record, index) => {
    const problems = validateRecord(record);
    if (problems.length === 0) return;
    invalid++;
    if (failures.length < 5) failures.push(`  #${index}: ${problems.join("; ")}
    ${previewRecord(record)}`);
  });
  if (invalid > 0) {
    throw new Error(`${label}: ${invalid} of ${records.length} records break schemas/telemetry-record.schema.json
${failures.join("\n")}`);
  }
}
function expectRecords(actual, expected, tolerances = {}) {
  const toleranceJ = tolerances.toleranceJ ?? 1e-6;
  const tolerancePowerW = tolerances.tolerancePowerW ?? 1e-6;
  const toleranceMs = tolerances.toleranceMs ?? 0;
  const differences = [];
  if (actual.length !== expected.length) differences.push(`got ${actual.length} records, expected ${expected.length}`);
  const count = Math.min(actual.length, expected.length);
  for (let i = 0; i < count && differences.length < 20; i++) {
    const got = actual[i];
    const want = expected[i];
    if (got.type !== want.type) {
      differences.push(`record ${i}: type ${String(got.type)}, expected ${want.type}`);
      continue;
    }
    const numeric = [
      ["timeMs", toleranceMs, "ms"],
      ["startMs", toleranceMs, "ms"],
      ["endMs", toleranceMs, "ms"],
      ["powerW", tolerancePowerW, "W"],
      ["energyJ", toleranceJ, "J"],
      ["counterJ", toleranceJ, "J"],
      ["utilization", 1e-9, ""]
    ];
    for (const [field, tolerance, unit] of numeric) {
      const wanted = want[field];
      if (wanted === void 0) continue;
      const value = got[field];
      if (typeof value !== "number" || !(Math.abs(value - wanted) <= tolerance)) {
        differences.push(`record ${i}: ${field} ${String(value)}${unit && ` ${unit}`}, expected ${wanted}${unit && ` ${unit}`} (tolerance ${tolerance}${unit && ` ${unit}`})`);
      }
    }
    const device = got.device;
    const wantDevice = typeof want.device === "string" ? { id: want.device } : want.device;
    for (const [key, value] of Object.entries(wantDevice ?? {})) {
      const gotValue = device?.[key];
      if (gotValue !== value) differences.push(`record ${i}: device.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
    for (const [key, value] of Object.entries(want.origin ?? {})) {
      const gotValue = got.origin?.[key];
      if (gotValue !== value) differences.push(`record ${i}: origin.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
  }
  if (differences.length > 0) throw new Error(`records differ from what was expected:
  ${differences.join("\n  ")}`);
}
async function expectInputError(run, expected = {}) {
  let thrown;
  try {
    await (typeof run === "function" ? run() : run);
  } catch (error) {
    thrown = error;
  }
  if (thrown === void 0) throw new Error("expected an InputError, but nothing was thrown");
  if (!isInputError(thrown)) throw new Error(`expected an InputError, got ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`);
  const problems = [];
  const matches = (text, want) => text !== void 0 && (typeof want === "string" ? text.includes(want) : want.test(text));
  if (expected.message !== void 0 && !matches(thrown.message, expected.message)) problems.push(`message ${JSON.stringify(thrown.message)} does not match ${String(expected.message)}`);
  if (expected.file !== void 0 && thrown.file !== expected.file) problems.push(`file ${JSON.stringify(thrown.file)}, expected ${JSON.stringify(expected.file)}`);
  if (expected.line !== void 0 && thrown.line !== expected.line) problems.push(`line ${String(thrown.line)}, expected ${expected.line}`);
  if (expected.hint === true ? thrown.hint === void 0 : expected.hint !== void 0 && !matches(thrown.hint, expected.hint)) {
    problems.push(`hint ${JSON.stringify(thrown.hint)} does not match ${String(expected.hint)}`);
  }
  if (problems.length > 0) throw new Error(`the InputError differs from what was expected:
  ${problems.join("\n  ")}`);
  return thrown;
}
export {
  DETECT_HEAD_BYTES,
  assertValidRecords,
  createContext,
  detectInput,
  expandRecords,
  expectInputError,
  expectRecords,
  fileSource2 as fileSource,
  isValidRecord,
  runPlugin,
  textSource,
  validatePluginOptions,
  validateRecord
};
