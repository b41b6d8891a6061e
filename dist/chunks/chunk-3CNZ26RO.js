import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  EnergyCounterColumnsBuilder,
  PowerColumnsBuilder,
  expandEnergyCounterColumns,
  expandPowerColumns,
  expandRecords,
  readLineChunks,
  readLines
} from "./chunk-P5VI63A5.js";
import {
  InputError,
  isInputError
} from "./chunk-CWZAFDBD.js";
import {
  __export
} from "./chunk-BVPVHZAW.js";

// src/sdk/index.ts
var sdk_exports = {};
__export(sdk_exports, {
  DelimitedLine: () => DelimitedLine,
  DroppedRows: () => DroppedRows,
  EnergyCounterColumnsBuilder: () => EnergyCounterColumnsBuilder,
  InputError: () => InputError,
  PowerColumnsBuilder: () => PowerColumnsBuilder,
  bytesEqual: () => bytesEqual,
  bytesText: () => bytesText,
  civilToMs: () => civilToMs,
  dateTimeToUtc: () => dateTimeToUtc,
  definePlugin: () => definePlugin,
  epochToMs: () => epochToMs,
  expandEnergyCounterColumns: () => expandEnergyCounterColumns,
  expandPowerColumns: () => expandPowerColumns,
  expandRecords: () => expandRecords,
  findColumn: () => findColumn,
  instantiateKernel: () => instantiateKernel,
  isFixedUtc: () => isFixedUtc,
  isInputError: () => isInputError,
  isMissingValue: () => isMissingValue,
  isValidTimeZone: () => isValidTimeZone,
  monotonicWallClockToUtc: () => monotonicWallClockToUtc,
  normalizeColumnName: () => normalizeColumnName,
  parseDateTime: () => parseDateTime,
  parseDateTimeBytes: () => parseDateTimeBytes,
  parseDecimalBytes: () => parseDecimalBytes,
  parseIndexBytes: () => parseIndexBytes,
  parseNumber: () => parseNumber,
  parseNumberBytes: () => parseNumberBytes,
  parsePrometheusLine: () => parsePrometheusLine,
  parseTimeOfDayBytes: () => parseTimeOfDayBytes,
  readDecimalFieldBytes: () => readDecimalFieldBytes,
  readLineChunks: () => readLineChunks,
  readLines: () => readLines,
  requireColumn: () => requireColumn,
  skipBlanks: () => skipBlanks,
  skipDigits: () => skipDigits,
  skipPrintable: () => skipPrintable,
  sourceChunks: () => sourceChunks,
  splitCsvLine: () => splitCsvLine,
  splitUnitSuffix: () => splitUnitSuffix,
  trimBlanksEnd: () => trimBlanksEnd,
  wallClockToUtc: () => wallClockToUtc
});

// src/telemetry/plugin.ts
function sourceChunks(source) {
  return source.chunks ? source.chunks() : source.open();
}
function definePlugin(plugin) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) {
    throw new Error(`plugin name "${plugin.name}" must be lower-case letters, digits and dashes`);
  }
  if (plugin.kind !== "telemetry") throw new Error(`plugin ${plugin.name}: kind must be "telemetry"`);
  if (typeof plugin.detect !== "function" || typeof plugin.read !== "function") {
    throw new Error(`plugin ${plugin.name}: detect and read must be functions`);
  }
  return Object.freeze({ ...plugin });
}

// src/telemetry/time.ts
var formatters = /* @__PURE__ */ new Map();
function formatterFor(timeZone) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short"
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
function isValidTimeZone(timeZone) {
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  if (isFixedUtc(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
function zoneOffsetMs(timeZone, utcMs) {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      case "era":
        bc = part.value.startsWith("B");
        break;
    }
  }
  const asUtc = civilToMs(bc ? 1 - year : year, month, day) + ((hour * 60 + minute) * 60 + second) * 1e3;
  return asUtc - Math.floor(utcMs / 1e3) * 1e3;
}
function civilToMs(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) * 864e5;
}
var BUCKET_MS = 15 * 6e4;
var DAY_MS = 864e5;
function wallClockOffsets(timeZone, wallMs) {
  const before = zoneOffsetMs(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMs(timeZone, wallMs + DAY_MS);
  const beforeValid = zoneOffsetMs(timeZone, wallMs - before) === before;
  if (before === after) {
    if (beforeValid) return { earlier: before, later: before };
    const own = zoneOffsetMs(timeZone, wallMs - before);
    return { earlier: own, later: own };
  }
  const afterValid = zoneOffsetMs(timeZone, wallMs - after) === after;
  if (beforeValid && afterValid) return { earlier: Math.max(before, after), later: Math.min(before, after) };
  if (beforeValid) return { earlier: before, later: before };
  if (afterValid) return { earlier: after, later: after };
  return { earlier: before, later: before };
}
function offsetCache(timeZone) {
  const buckets = /* @__PURE__ */ new Map();
  let lastBucket = Number.NaN;
  let last = { earlier: 0, later: 0 };
  return (wallMs) => {
    const bucket = Math.floor(wallMs / BUCKET_MS);
    if (bucket === lastBucket) return last;
    let offsets = buckets.get(bucket);
    if (!offsets) {
      offsets = wallClockOffsets(timeZone, bucket * BUCKET_MS);
      if (buckets.size > 1e5) buckets.clear();
      buckets.set(bucket, offsets);
    }
    lastBucket = bucket;
    last = offsets;
    return offsets;
  };
}
function isFixedUtc(timeZone) {
  return timeZone === "UTC" || timeZone === "Etc/UTC" || timeZone === "Etc/GMT" || timeZone === "GMT";
}
function wallClockToUtc(timeZone) {
  if (isFixedUtc(timeZone)) return (wallMs) => wallMs;
  const offsets = offsetCache(timeZone);
  return (wallMs) => wallMs - offsets(wallMs).earlier;
}
function monotonicWallClockToUtc(timeZone, toleranceMs = 10 * 6e4) {
  if (isFixedUtc(timeZone)) return (wallMs) => wallMs;
  const offsets = offsetCache(timeZone);
  let latestUtc = -Infinity;
  return (wallMs) => {
    const { earlier, later } = offsets(wallMs);
    let utc = wallMs - earlier;
    if (earlier !== later && utc < latestUtc - toleranceMs) utc = wallMs - later;
    if (utc > latestUtc) latestUtc = utc;
    return utc;
  };
}

// src/sdk/parse.ts
function splitCsvLine(text, options = {}) {
  const delimiter = options.delimiter ?? ",";
  if (!text.includes('"')) return text.split(delimiter);
  const fields = [];
  let field = "";
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        field += c;
        i++;
      }
      if (!closed) {
        throw new InputError("a quoted CSV field is not closed on this line", {
          file: options.file,
          line: options.line,
          hint: "the line is truncated or a value contains a stray double quote; repair or remove the line"
        });
      }
      atFieldStart = false;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = "";
      i += delimiter.length;
      atFieldStart = true;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  fields.push(field);
  return fields;
}
function splitUnitSuffix(name) {
  const trimmed = name.trim();
  const match = /^(.*?)\s*(?:\[([^\]]*)\]|\(([^()]*)\))$/.exec(trimmed);
  if (!match || match[1] === "") return { name: trimmed };
  return { name: match[1], unit: (match[2] ?? match[3]).trim() };
}
function normalizeColumnName(name) {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
function findColumn(header, ...candidates) {
  for (const candidate of candidates) {
    for (let index = 0; index < header.length; index++) {
      const raw = header[index].trim();
      const split = splitUnitSuffix(raw);
      const hit = typeof candidate === "string" ? normalizeColumnName(raw) === normalizeColumnName(candidate) || normalizeColumnName(split.name) === normalizeColumnName(candidate) : candidate.test(raw);
      if (hit) return split.unit === void 0 ? { index, name: raw } : { index, name: raw, unit: split.unit };
    }
  }
  return void 0;
}
function requireColumn(header, candidates, where) {
  const found = findColumn(header, ...candidates);
  if (found) return found;
  const wanted = candidates.map((c) => typeof c === "string" ? `"${c}"` : String(c)).join(" or ");
  const present = header.map((h) => h.trim()).join(", ");
  throw new InputError(`no column ${wanted} in the header (columns: ${present})`, {
    file: where.file,
    line: where.line,
    hint: where.hint ?? "check that the file was written with the fields this plugin reads"
  });
}
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var MISSING = /^(?:|-|–|—|nan|none|null|n\/a.*|\[n\/a\]|na|\[not supported\]|not supported|\[unknown error\]|unknown|\[insufficient permissions\])$/i;
function isMissingValue(text) {
  return MISSING.test(text.trim());
}
function parseNumber(text, options = {}) {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (isMissingValue(trimmed)) return null;
  if (options.units) {
    const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S+)$/.exec(trimmed);
    if (match) {
      const factor = options.units[match[2]];
      if (factor !== void 0) return Number(match[1]) * factor;
    }
  }
  return Number.NaN;
}
function epochToMs(value) {
  const size = Math.abs(value);
  if (size < 1e11) return value * 1e3;
  if (size < 1e14) return value;
  if (size < 1e17) return value / 1e3;
  return value / 1e6;
}
var DATE_TIME = /^(\d{4})([-/]?)(\d{2})\2(\d{2})(?:[T ]+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
function parseDateTime(text) {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return void 0;
  const [year, month, day, hour, minute] = [m[1], m[3], m[4], m[5], m[6]].map(Number);
  const second = m[7] === void 0 ? 0 : Number(m[7]);
  const fraction = m[8] === void 0 ? 0 : Number(`0.${m[8]}`);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return void 0;
  const wholeMs = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wholeMs).getUTCDate() !== day && second !== 60) return void 0;
  const wallMs = wholeMs + Math.round(fraction * 1e3);
  const zone = m[9];
  if (zone === void 0) return { wallMs };
  if (zone.toUpperCase() === "Z") return { wallMs, offsetMs: 0 };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0")) * 6e4;
  return { wallMs, offsetMs };
}
function dateTimeToUtc(parsed, toUtc) {
  return parsed.offsetMs === void 0 ? toUtc(parsed.wallMs) : parsed.wallMs - parsed.offsetMs;
}
var METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_.]*/;
function promSyntaxError(message, where) {
  return new InputError(`not a Prometheus/OpenMetrics sample line: ${message}`, {
    file: where.file,
    line: where.line,
    hint: "the line is truncated or was edited by hand; repair or delete it"
  });
}
function parsePromValue(token) {
  switch (token) {
    case "NaN":
      return Number.NaN;
    case "+Inf":
    case "Inf":
      return Number.POSITIVE_INFINITY;
    case "-Inf":
      return Number.NEGATIVE_INFINITY;
  }
  return NUMBER.test(token) ? Number(token) : Number.NaN;
}
function parsePrometheusLine(line, where = {}) {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "	")) i++;
  if (i === line.length || line[i] === "#") return null;
  let rest = line.slice(i);
  let name = "";
  const nameMatch = METRIC_NAME.exec(rest);
  if (nameMatch) {
    name = nameMatch[0];
    rest = rest.slice(name.length);
  }
  const labels = {};
  if (rest.startsWith("{")) {
    rest = rest.slice(1);
    for (; ; ) {
      rest = rest.trimStart();
      if (rest.startsWith("}")) {
        rest = rest.slice(1);
        break;
      }
      const labelMatch = LABEL_NAME.exec(rest);
      if (!labelMatch) throw promSyntaxError("expected a label name", where);
      const label = labelMatch[0];
      rest = rest.slice(label.length).trimStart();
      if (!rest.startsWith("=")) throw promSyntaxError(`expected = after label ${label}`, where);
      rest = rest.slice(1).trimStart();
      if (!rest.startsWith('"')) throw promSyntaxError(`expected a quoted value for label ${label}`, where);
      let value2 = "";
      let j = 1;
      let closed = false;
      while (j < rest.length) {
        const c = rest[j];
        if (c === "\\") {
          const next = rest[j + 1];
          value2 += next === "n" ? "\n" : next ?? "";
          j += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          j++;
          break;
        }
        value2 += c;
        j++;
      }
      if (!closed) throw promSyntaxError(`unterminated value of label ${label}`, where);
      labels[label] = value2;
      rest = rest.slice(j).trimStart();
      if (rest.startsWith(",")) rest = rest.slice(1);
      else if (!rest.startsWith("}")) throw promSyntaxError(`expected , or } after label ${label}`, where);
    }
  }
  if (name === "") {
    name = labels.__name__ ?? "";
    delete labels.__name__;
    if (name === "") throw promSyntaxError("no metric name", where);
  }
  const exemplar = rest.indexOf(" # ");
  if (exemplar >= 0) rest = rest.slice(0, exemplar);
  const tokens = rest.trim().split(/\s+/);
  if (tokens.length < 1 || tokens[0] === "" || tokens.length > 2) throw promSyntaxError("expected a value and an optional timestamp", where);
  const value = parsePromValue(tokens[0]);
  if (Number.isNaN(value) && tokens[0] !== "NaN") throw promSyntaxError(`value "${tokens[0]}" is not a number`, where);
  const sample = { name, labels, value };
  if (tokens.length === 2) {
    const timestamp = NUMBER.test(tokens[1]) ? Number(tokens[1]) : Number.NaN;
    if (!Number.isFinite(timestamp)) throw promSyntaxError(`timestamp "${tokens[1]}" is not a number`, where);
    sample.timestamp = timestamp;
    sample.timeMs = Math.round(epochToMs(timestamp));
  }
  return sample;
}
var DroppedRows = class {
  constructor(file) {
    this.file = file;
  }
  file;
  reasons = /* @__PURE__ */ new Map();
  add(reason, line) {
    const entry = this.reasons.get(reason);
    if (entry) entry.count++;
    else this.reasons.set(reason, { count: 1, firstLine: line });
  }
  get total() {
    let total = 0;
    for (const entry of this.reasons.values()) total += entry.count;
    return total;
  }
  /** One `log.warn` per reason; `effect` says what the dropped rows mean for the result. */
  report(log, effect = "their samples are missing, which lowers the coverage of the devices concerned") {
    for (const [reason, { count, firstLine }] of this.reasons) {
      const where = firstLine === void 0 ? "" : ` (first at line ${firstLine})`;
      log.warn(`${this.file}: dropped ${count} row${count === 1 ? "" : "s"}: ${reason}${where}; ${effect}`);
    }
  }
};

// src/sdk/specials-kernel.generated.ts
var SPECIALS_KERNEL_WASM_BASE64 = "AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQAABhYEfwBBAAt/AEEBC38AQQILfwBBgAgLBz8GCURFTElNSVRFUgMAB05FV0xJTkUDAQVRVU9URQMCBUlOUFVUAwMMZmluZFNwZWNpYWxzAAAGbWVtb3J5AgAKmQIBlgICBX8CeyAC/Q8hCQNAIARBEGogAEwEQCAEQYAIav0ABAAiCCAJ/SMgCP0MCgoKCgoKCgoKCgoKCgoKCv0j/VAgCP0MIiIiIiIiIiIiIiIiIiIiIv0j/VD9ZCEFA0AgBQRAIAEgA0ECdGogAiAEIAVoaiIGQYAIai0AACIHRgR/QQAFQQFBAiAHQQpGGwsgBkECdHI2AgAgA0EBaiEDIAUgBUEBa3EhBQwBCwsgBEEQaiEEDAELCwNAIAAgBEoEQCAEQYAIai0AACIFIAJGIgYgBUEKRnIgBUEiRnIEQCABIANBAnRqIAYEf0EABUEBQQIgBUEKRhsLIARBAnRyNgIAIANBAWohAwsgBEEBaiEEDAELCyADCw==";

// src/sdk/wasm-kernel.ts
var { WebAssembly: wasm } = globalThis;
var PAGE_BYTES = 65536;
var compiled = /* @__PURE__ */ new Map();
function instantiateKernel(base64, layout, memoryBytes) {
  let module = compiled.get(base64);
  if (module === void 0) compiled.set(base64, module = new wasm.Module(Buffer.from(base64, "base64")));
  const exports = new wasm.Instance(module, {}).exports;
  const at = Object.fromEntries(layout.map((name) => [name, exports[name].value]));
  if (memoryBytes !== void 0) growMemory(exports.memory, at[memoryBytes]);
  return { exports, at };
}
function growMemory(memory, bytes) {
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES);
  if (missing > 0) memory.grow(missing);
}

// src/sdk/specials-kernel.ts
var SPECIAL_DELIMITER = 0;
var SPECIAL_NEWLINE = 1;
var SPECIAL_QUOTE = 2;
var SpecialsKernel = class {
  exports;
  input;
  constructor() {
    const { exports, at } = instantiateKernel(SPECIALS_KERNEL_WASM_BASE64, [
      "INPUT",
      "DELIMITER",
      "NEWLINE",
      "QUOTE"
    ]);
    if (at.DELIMITER !== SPECIAL_DELIMITER || at.NEWLINE !== SPECIAL_NEWLINE || at.QUOTE !== SPECIAL_QUOTE) {
      throw new Error("delimiter kernel: its kinds differ from these (rebuild it: npm run build:kernel)");
    }
    this.exports = exports;
    this.input = at.INPUT;
  }
  /**
   * The offsets of the bytes of `bytes` that are `delimiter` (an ASCII byte), `\n` or `"`, in order, each
   * as offset × 4 + its SPECIAL_ kind. The array is the kernel's memory: valid until the next call.
   */
  find(bytes, delimiter) {
    const length = bytes.length;
    const out = this.input + length + 15 & ~15;
    const memory = this.exports.memory;
    growMemory(memory, out + 4 * length);
    new Uint8Array(memory.buffer, this.input, length).set(bytes);
    const count = this.exports.findSpecials(length, out, delimiter);
    return new Int32Array(memory.buffer, out, count);
  }
};

// src/sdk/bytes.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
var SPACE = 32;
var TAB = 9;
function skipBlanks(bytes, start, end) {
  let i = start;
  while (i < end && (bytes[i] === SPACE || bytes[i] === TAB)) i++;
  return i;
}
function trimBlanksEnd(bytes, start, end) {
  let e = end;
  while (e > start && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
  return e;
}
function bytesText(bytes, start, end) {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString("utf8");
}
function isLetterOrPercent(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}
function parseNumberBytes(bytes, start, end) {
  let i = start;
  while (i < end && bytes[i] === SPACE) i++;
  let negative = false;
  let c = bytes[i];
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  while (i < end) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (i < end && bytes[i] === 46) {
    i++;
    while (i < end) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      fraction++;
      i++;
    }
  }
  if (digits === 0) return Number.NaN;
  while (i < end && bytes[i] === SPACE) i++;
  while (i < end && isLetterOrPercent(bytes[i])) {
    c = bytes[i];
    if ((c === 101 || c === 69) && i + 1 < end && isExponentStart(bytes[i + 1])) return slowNumber(bytes, start, end);
    i++;
  }
  if (skipBlanks(bytes, i, end) !== end) return Number.NaN;
  if (digits > 15) return slowNumber(bytes, start, end);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction];
  return negative ? -value : value;
}
function isExponentStart(c) {
  return c >= 48 && c <= 57 || c === 43 || c === 45;
}
function slowNumber(bytes, start, end) {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/.exec(bytesText(bytes, start, end).trim());
  return match ? Number(match[1]) : Number.NaN;
}
function parseIndexBytes(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || e - s > 6) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
var DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function twoDigits(bytes, i) {
  const a = bytes[i] - 48;
  const b = bytes[i + 1] - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}
function parseDateTimeBytes(bytes, start, end, out) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (e - s < 19) return false;
  const y1 = twoDigits(bytes, s);
  const y2 = twoDigits(bytes, s + 2);
  const month = twoDigits(bytes, s + 5);
  const day = twoDigits(bytes, s + 8);
  if ((y1 | y2 | month | day) < 0) return false;
  const sep1 = bytes[s + 4];
  const sep2 = bytes[s + 7];
  const sep3 = bytes[s + 10];
  if (sep1 !== 47 && sep1 !== 45 || sep2 !== sep1 || sep3 !== SPACE && sep3 !== 84) return false;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) return false;
  const year = y1 * 100 + y2;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  const ms = parseTimeOfDayBytes(bytes, s + 11, e);
  if (ms < 0) return false;
  out[0] = year * 1e4 + month * 100 + day;
  out[1] = ms;
  return true;
}
function parseTimeOfDayBytes(bytes, start, end) {
  if (end - start < 8) return -1;
  const hour = twoDigits(bytes, start);
  const minute = twoDigits(bytes, start + 3);
  const second = twoDigits(bytes, start + 6);
  if ((hour | minute | second) < 0 || bytes[start + 2] !== 58 || bytes[start + 5] !== 58) return -1;
  if (hour > 23 || minute > 59 || second > 60) return -1;
  let ms = 0;
  if (end > start + 8) {
    const digits = end - start - 9;
    if (bytes[start + 8] !== 46 || digits < 1 || digits > 9) return -1;
    for (let k = 0; k < digits; k++) {
      const d = bytes[start + 9 + k] - 48;
      if (d < 0 || d > 9) return -1;
      if (k < 3) ms = ms * 10 + d;
    }
    if (digits < 3) ms *= digits === 1 ? 100 : 10;
  }
  return ((hour * 60 + minute) * 60 + second) * 1e3 + ms;
}
var NEWLINE = 10;
var CARRIAGE_RETURN = 13;
var MAX_INDEXED_BYTES = 2 ** 29;
var QUOTE = 34;
var DelimitedLine = class {
  constructor(delimiter = 44) {
    this.delimiter = delimiter;
    this.highestSpecial = Math.max(delimiter, QUOTE, NEWLINE);
  }
  delimiter;
  /** Offset of the line's first byte. */
  start = 0;
  /** Offset just after its content: before its `\n` (and a `\r` before that), or the end of the bytes. */
  end = 0;
  /** Offset of the next line: just after the `\n`, or the end of the bytes. */
  next = 0;
  /** False when the bytes end before a `\n` (the last line of a file without one). */
  terminated = false;
  /** Number of delimiters + 1. */
  fieldCount = 0;
  hasQuote = false;
  fieldEnds = new Int32Array(32);
  /** Bytes above this are neither the delimiter, a quote nor a newline: one comparison skips them. */
  highestSpecial;
  /** What `index` found: the bytes, their specials (offset × 4 + kind) and the next one to read. */
  indexed;
  specials = new Int32Array(0);
  nextSpecial = 0;
  kernel;
  /**
   * Finds the delimiters, quotes and newlines of all of `bytes` at once (in WebAssembly, sixteen bytes
   * at a time), for the scans of these bytes that follow: much faster for a chunk of many lines. The
   * bytes must not change until the last of those scans.
   */
  index(bytes) {
    if (bytes.length >= MAX_INDEXED_BYTES) {
      this.indexed = void 0;
      return;
    }
    this.kernel ??= new SpecialsKernel();
    this.specials = this.kernel.find(bytes, this.delimiter);
    this.indexed = bytes;
    this.nextSpecial = 0;
  }
  /** Locate the line that starts at `from`. */
  scan(bytes, from) {
    if (bytes === this.indexed) {
      this.scanIndexed(bytes, from);
      return;
    }
    const delimiter = this.delimiter;
    const highestSpecial = this.highestSpecial;
    const size = bytes.length;
    let fieldEnds = this.fieldEnds;
    let delimiters = 0;
    let hasQuote = false;
    let i = from;
    for (; i < size; i++) {
      const c = bytes[i];
      if (c > highestSpecial) continue;
      if (c === delimiter) {
        if (delimiters === fieldEnds.length - 1) fieldEnds = this.grow();
        fieldEnds[delimiters++] = i;
      } else if (c === NEWLINE) break;
      else if (c === QUOTE) hasQuote = true;
    }
    this.found(bytes, from, i, fieldEnds, delimiters, hasQuote);
  }
  /** `scan` from the list that `index` made. */
  scanIndexed(bytes, from) {
    const specials = this.specials;
    const count = specials.length;
    let k = this.nextSpecial;
    if (k > 0 && specials[k - 1] >> 2 >= from) k = 0;
    while (k < count && specials[k] >> 2 < from) k++;
    let fieldEnds = this.fieldEnds;
    let delimiters = 0;
    let hasQuote = false;
    let i = bytes.length;
    for (; k < count; k++) {
      const special = specials[k];
      const kind = special & 3;
      if (kind === SPECIAL_DELIMITER) {
        if (delimiters === fieldEnds.length - 1) fieldEnds = this.grow();
        fieldEnds[delimiters++] = special >> 2;
      } else if (kind === SPECIAL_NEWLINE) {
        i = special >> 2;
        k++;
        break;
      } else hasQuote = true;
    }
    this.nextSpecial = k;
    this.found(bytes, from, i, fieldEnds, delimiters, hasQuote);
  }
  /** The line from `from` ends at `i`: its newline, or the end of the bytes. */
  found(bytes, from, i, fieldEnds, delimiters, hasQuote) {
    const size = bytes.length;
    const end = i > from && bytes[i - 1] === CARRIAGE_RETURN ? i - 1 : i;
    fieldEnds[delimiters] = end;
    this.start = from;
    this.end = end;
    this.terminated = i < size;
    this.next = this.terminated ? i + 1 : size;
    this.fieldCount = delimiters + 1;
    this.hasQuote = hasQuote;
  }
  fieldStart(field) {
    return field === 0 ? this.start : this.fieldEnds[field - 1] + 1;
  }
  fieldEnd(field) {
    return this.fieldEnds[field];
  }
  grow() {
    const grown = new Int32Array(this.fieldEnds.length * 2);
    grown.set(this.fieldEnds);
    this.fieldEnds = grown;
    return grown;
  }
};
function bytesEqual(expected, bytes, start, end) {
  const length = expected.length;
  if (end - start !== length) return false;
  for (let k = 0; k < length; k++) if (expected[k] !== bytes[start + k]) return false;
  return true;
}
var EXACT_POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
var HEAD_DIGITS = 15;
var TAIL_DIGITS = 4;
function parseDecimalBytes(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  let i = s;
  const sign = bytes[i];
  if (sign === 45 || sign === 43) i++;
  let significant = 0;
  let first = 0;
  let second = 0;
  let tail = 0;
  const digitsStart = i;
  let point = -1;
  for (; i < e; i++) {
    const d = bytes[i] - 48;
    if (d >= 0 && d <= 9) {
      if (significant === 0 && d === 0) continue;
      if (significant < 8) first = first * 10 + d;
      else if (significant < HEAD_DIGITS) second = second * 10 + d;
      else if (significant < HEAD_DIGITS + TAIL_DIGITS) tail = tail * 10 + d;
      significant++;
    } else if (d === 46 - 48 && point < 0) point = i;
    else break;
  }
  const digits = i - digitsStart - (point < 0 ? 0 : 1);
  const fractionDigits = point < 0 ? 0 : i - point - 1;
  const headDigits = Math.min(significant, HEAD_DIGITS);
  const head = headDigits > 8 ? first * EXACT_POW10[headDigits - 8] + second : first;
  const tailDigits = Math.min(Math.max(significant - HEAD_DIGITS, 0), TAIL_DIGITS);
  const unread = Math.max(significant - HEAD_DIGITS - TAIL_DIGITS, 0);
  if (digits === 0) return Number.NaN;
  let exponent = 0;
  if (i < e && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    const negativeExponent = bytes[i] === 45;
    if (bytes[i] === 45 || bytes[i] === 43) i++;
    const exponentStart = i;
    for (; i < e; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      if (exponent < 1e6) exponent = exponent * 10 + d;
    }
    if (i === exponentStart) return Number.NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (i !== e) return Number.NaN;
  const scale = exponent - fractionDigits;
  let magnitude = Number.NaN;
  if (unread === 0 && scale >= -22 && scale <= 22) {
    if (tailDigits === 0) magnitude = scale < 0 ? head / EXACT_POW10[-scale] : head * EXACT_POW10[scale];
    else if (scale <= 0) magnitude = roundedQuotient(head, tail, tailDigits, EXACT_POW10[-scale]);
  }
  if (Number.isNaN(magnitude)) return Number(bytesText(bytes, s, e));
  return sign === 45 ? -magnitude : magnitude;
}
var SPLITTER = 134217729;
function productError(a, b, product) {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}
function sumError(a, b, sum) {
  const bPart = sum - a;
  const aPart = sum - bPart;
  return a - aPart + (b - bPart);
}
function roundedQuotient(head, tail, tailDigits, divisor) {
  const shift = EXACT_POW10[tailDigits];
  const shifted = head * shift;
  const dividend = shifted + tail;
  const dividendLow = sumError(shifted, tail, dividend) + productError(head, shift, shifted);
  const quotient = dividend / divisor;
  const back = quotient * divisor;
  const remainder = dividend - back - productError(quotient, divisor, back) + dividendLow;
  const correction = remainder / divisor;
  const result = quotient + correction;
  const widenedError = sumError(quotient, correction, result) * (1 + 2 ** -20);
  return result + widenedError === result ? result : Number.NaN;
}
function skipDigits(bytes, start, end) {
  let i = start;
  while (i < end && isDigit(bytes[i])) i++;
  return i;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function skipPrintable(bytes, start, end) {
  let i = start;
  while (i < end && bytes[i] > SPACE && bytes[i] < 127) i++;
  return i;
}
function readDecimalFieldBytes(bytes, start, end, field) {
  let i = start;
  let mantissa = 0;
  for (; i < end && isDigit(bytes[i]); i++) mantissa = mantissa * 10 + (bytes[i] - 48);
  const integerDigits = i - start;
  let fraction = 0;
  if (i < end && bytes[i] === 46) {
    const fractionStart = ++i;
    for (; i < end && isDigit(bytes[i]); i++) mantissa = mantissa * 10 + (bytes[i] - 48);
    fraction = i - fractionStart;
    if (fraction === 0) return Number.NaN;
  }
  if (integerDigits === 0 || i < end && !endsField(bytes[i])) return Number.NaN;
  field.end = i;
  field.integerDigits = integerDigits;
  return decimalValue(mantissa, integerDigits + fraction, fraction, bytes, start, i);
}
function decimalValue(mantissa, digits, fraction, bytes, start, end) {
  if (digits > 15) return Number(bytesText(bytes, start, end));
  return fraction === 0 ? mantissa : mantissa / POW10[fraction];
}
function endsField(c) {
  return c === SPACE || c === TAB || c === 13 || c === 10;
}

export {
  instantiateKernel,
  isValidTimeZone,
  civilToMs,
  isFixedUtc,
  wallClockToUtc,
  monotonicWallClockToUtc,
  sourceChunks,
  definePlugin,
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
  skipBlanks,
  trimBlanksEnd,
  bytesText,
  parseNumberBytes,
  parseIndexBytes,
  parseDateTimeBytes,
  parseTimeOfDayBytes,
  DelimitedLine,
  bytesEqual,
  parseDecimalBytes,
  skipDigits,
  skipPrintable,
  readDecimalFieldBytes,
  sdk_exports
};
