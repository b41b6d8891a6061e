import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  EnergyCounterColumnsBuilder,
  PowerColumnsBuilder,
  readLineChunks,
  readLines,
  utf8Stream
} from "./chunk-XA6MQUEP.js";
import {
  InputError,
  isInputError
} from "./chunk-SMRZDHV4.js";
import {
  __export
} from "./chunk-BVPVHZAW.js";

// src/sdk/index.ts
var sdk_exports = {};
__export(sdk_exports, {
  DroppedRows: () => DroppedRows,
  EnergyCounterColumnsBuilder: () => EnergyCounterColumnsBuilder,
  InputError: () => InputError,
  PowerColumnsBuilder: () => PowerColumnsBuilder,
  dateTimeToUtc: () => dateTimeToUtc,
  definePlugin: () => definePlugin,
  deviceRef: () => deviceRef,
  epochToMs: () => epochToMs,
  findColumn: () => findColumn,
  isInputError: () => isInputError,
  isMissingValue: () => isMissingValue,
  isValidTimeZone: () => isValidTimeZone,
  monotonicWallClockToUtc: () => monotonicWallClockToUtc,
  parseDateTime: () => parseDateTime,
  parseDateTimeBytes: () => parseDateTimeBytes,
  parseNumber: () => parseNumber,
  parseNumberBytes: () => parseNumberBytes,
  parsePrometheusLine: () => parsePrometheusLine,
  readLineChunks: () => readLineChunks,
  readLines: () => readLines,
  readText: () => readText,
  requireColumn: () => requireColumn,
  splitCsvLine: () => splitCsvLine,
  splitUnitSuffix: () => splitUnitSuffix,
  wallClockToUtc: () => wallClockToUtc
});

// src/sdk/plugin.ts
function definePlugin(plugin) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) {
    throw new Error(`plugin name "${plugin.name}" must be lower-case letters, digits and dashes`);
  }
  if (plugin.kind !== "telemetry") throw new Error(`plugin ${plugin.name}: kind must be "telemetry"`);
  if (typeof plugin.detect !== "function" || typeof plugin.read !== "function") {
    throw new Error(`plugin ${plugin.name}: detect and read must be functions`);
  }
  if (plugin.explain !== void 0 && typeof plugin.explain !== "function") throw new Error(`plugin ${plugin.name}: explain must be a function`);
  if (plugin.example !== void 0 && typeof plugin.example !== "string") throw new Error(`plugin ${plugin.name}: example must be a string`);
  return Object.freeze({ ...plugin });
}

// src/sdk/device-ref.ts
function deviceRef(identity) {
  const uuid = present(identity.uuid);
  const host = present(identity.host);
  const index = identity.index !== void 0 && Number.isInteger(identity.index) && identity.index >= 0 ? identity.index : void 0;
  let id;
  if (uuid !== void 0) id = uuid;
  else if (index !== void 0) id = `${host !== void 0 ? `${host}:` : ""}${prefixOf(identity.component)}${index}`;
  else if (host !== void 0) id = `${host}:${identity.component ?? "gpu"}`;
  else throw new TypeError("deviceRef: give a uuid, an index, or a host");
  const ref = { id };
  if (uuid !== void 0) ref.uuid = uuid;
  if (host !== void 0) ref.host = host;
  if (index !== void 0) ref.index = index;
  const model = present(identity.model);
  if (model !== void 0) ref.model = model;
  if (identity.vendor !== void 0) ref.vendor = identity.vendor;
  if (identity.component !== void 0) ref.component = identity.component;
  if (identity.count !== void 0 && identity.count !== 1) ref.count = identity.count;
  return ref;
}
function prefixOf(component) {
  return component === void 0 || component === "gpu" ? "gpu" : component;
}
function present(text) {
  const trimmed = text?.trim();
  return trimmed === void 0 || trimmed === "" || /^\[.*\]$/.test(trimmed) || /^n\/?a$/i.test(trimmed) ? void 0 : trimmed;
}

// src/sdk/text.ts
async function readText(source, options) {
  const chunks = [];
  let size = 0;
  for await (const bytes of utf8Stream(source.open())) {
    size += bytes.length;
    if (size > options.maxBytes) {
      if (options.tooLarge) {
        throw new InputError(`${options.tooLarge.what} is larger than ${formatMiB(options.maxBytes)}`, { file: source.path, hint: options.tooLarge.hint });
      }
      chunks.push(bytes.subarray(0, bytes.length - (size - options.maxBytes)));
      break;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
}
function formatMiB(bytes) {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${bytes} bytes`;
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
  const last = trimmed.length - 1;
  let open = -1;
  if (trimmed[last] === "]") {
    open = trimmed.indexOf("[", trimmed.lastIndexOf("]", last - 1) + 1);
  } else if (trimmed[last] === ")") {
    open = trimmed.lastIndexOf("(", last - 1);
    if (trimmed.lastIndexOf(")", last - 1) > open) open = -1;
  }
  const base = open < 0 ? "" : trimmed.slice(0, open).trimEnd();
  if (base === "") return { name: trimmed };
  return { name: base, unit: trimmed.slice(open + 1, last).trim() };
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
  const present2 = header.slice(0, 40).map((h) => clip(h.trim(), 60)).join(", ") + (header.length > 40 ? ", \u2026" : "");
  throw new InputError(`no column ${wanted} in the header (columns: ${present2})`, {
    file: where.file,
    line: where.line,
    hint: where.hint ?? "check that the file was written with the fields this plugin reads"
  });
}
var NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var NUMBER_AND_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S+)$/;
var MAX_NUMBER_CHARS = 64;
var MISSING = /^(?:|-|–|—|nan|none|null|n\/a.*|\[n\/a\]|na|\[not supported\]|not supported|\[unknown error\]|unknown|\[insufficient permissions\])$/i;
var isDecimal = (text) => text.length <= MAX_NUMBER_CHARS && NUMBER.test(text);
var clip = (text, max) => text.length > max ? `${text.slice(0, max)}\u2026` : text;
function isMissingValue(text) {
  return MISSING.test(text.trim());
}
function parseNumber(text, options = {}) {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NUMBER_CHARS) return isMissingValue(trimmed) ? null : Number.NaN;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (isMissingValue(trimmed)) return null;
  if (options.units) {
    const match = NUMBER_AND_UNIT.exec(trimmed);
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
  const trimmed = text.trim();
  if (trimmed.length > MAX_NUMBER_CHARS) return void 0;
  const m = DATE_TIME.exec(trimmed);
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
  return isDecimal(token) ? Number(token) : Number.NaN;
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
  if (Number.isNaN(value) && tokens[0] !== "NaN") throw promSyntaxError(`value "${clip(tokens[0], 60)}" is not a number`, where);
  const sample = { name, labels, value };
  if (tokens.length === 2) {
    const timestamp = isDecimal(tokens[1]) ? Number(tokens[1]) : Number.NaN;
    if (!Number.isFinite(timestamp)) throw promSyntaxError(`timestamp "${clip(tokens[1], 60)}" is not a number`, where);
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

// src/sdk/time.ts
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
var MAX_DATE_MS = 864e13;
var MAX_WALL_MS = MAX_DATE_MS - 3 * DAY_MS;
var NO_OFFSETS = { earlier: Number.NaN, later: Number.NaN };
function offsetCache(timeZone) {
  const buckets = /* @__PURE__ */ new Map();
  let lastBucket = Number.NaN;
  let last = { earlier: 0, later: 0 };
  return (wallMs) => {
    if (!(wallMs <= MAX_WALL_MS && wallMs >= -MAX_WALL_MS)) return NO_OFFSETS;
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
var NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/;
var MAX_NUMBER_BYTES = 64;
function slowNumber(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (e - s > MAX_NUMBER_BYTES) return Number.NaN;
  const match = NUMBER_WITH_UNIT.exec(bytesText(bytes, s, e).trim());
  return match ? Number(match[1]) : Number.NaN;
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

export {
  isValidTimeZone,
  zoneOffsetMs,
  MAX_DATE_MS,
  wallClockToUtc,
  monotonicWallClockToUtc,
  definePlugin,
  deviceRef,
  readText,
  splitCsvLine,
  splitUnitSuffix,
  findColumn,
  requireColumn,
  isMissingValue,
  parseNumber,
  epochToMs,
  parseDateTime,
  dateTimeToUtc,
  parsePrometheusLine,
  DroppedRows,
  parseNumberBytes,
  parseDateTimeBytes,
  sdk_exports
};
