import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-SMRZDHV4.js";

// src/sdk/power-columns.ts
var PowerColumnsBuilder = class {
  deviceIndex = [];
  timeMs = [];
  powerW = [];
  utilization = [];
  withUtilization = false;
  devices = [];
  /** Rows added since the last `take`. */
  get length() {
    return this.timeMs.length;
  }
  /** A reading of `devices[deviceIndex]` (the array given to `take`); `utilization` 0..1, or NaN for none. */
  add(deviceIndex, timeMs, powerW, utilization = Number.NaN) {
    this.deviceIndex.push(deviceIndex);
    this.timeMs.push(timeMs);
    this.powerW.push(powerW);
    this.utilization.push(utilization);
    if (!Number.isNaN(utilization)) this.withUtilization = true;
  }
  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices) {
    if (this.timeMs.length === 0) return void 0;
    if (devices.length !== this.devices.length) this.devices = devices.slice();
    const record = { type: "power-columns", devices: this.devices, deviceIndex: this.deviceIndex, timeMs: this.timeMs, powerW: this.powerW };
    if (this.withUtilization) record.utilization = this.utilization;
    this.deviceIndex = [];
    this.timeMs = [];
    this.powerW = [];
    this.utilization = [];
    this.withUtilization = false;
    return record;
  }
};
var EnergyCounterColumnsBuilder = class {
  rows = new PowerColumnsBuilder();
  /** Rows added since the last `take`. */
  get length() {
    return this.rows.length;
  }
  /** A reading of `devices[deviceIndex]` (the array given to `take`). */
  add(deviceIndex, timeMs, counterJ) {
    this.rows.add(deviceIndex, timeMs, counterJ);
  }
  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices) {
    const rows = this.rows.take(devices);
    return rows && { type: "energy-counter-columns", devices: rows.devices, deviceIndex: rows.deviceIndex, timeMs: rows.timeMs, counterJ: rows.powerW };
  }
};
function expandRecords(records) {
  const out = [];
  for (const record of records) {
    if (record?.type === "power-columns") out.push(...expandPowerColumns(record));
    else if (record?.type === "energy-counter-columns") out.push(...expandEnergyCounterColumns(record));
    else out.push(record);
  }
  return out;
}
function isColumnsRecord(record) {
  return record.type === "power-columns" || record.type === "energy-counter-columns";
}
function expandPowerColumns(record) {
  const { devices, deviceIndex, timeMs, powerW, utilization } = record;
  const out = [];
  for (let i = 0; i < timeMs.length; i++) {
    const reading = { type: "power", timeMs: timeMs[i], device: devices[deviceIndex[i]], powerW: powerW[i] };
    const u = utilization?.[i];
    if (typeof u === "number" && !Number.isNaN(u)) reading.utilization = u;
    out.push(reading);
  }
  return out;
}
function expandEnergyCounterColumns(record) {
  const { devices, deviceIndex, timeMs, counterJ } = record;
  const out = [];
  for (let i = 0; i < timeMs.length; i++) out.push({ type: "energy-counter", timeMs: timeMs[i], device: devices[deviceIndex[i]], counterJ: counterJ[i] });
  return out;
}
function columnsOf(record) {
  const { deviceIndex, timeMs } = record;
  return record.type === "power-columns" ? { deviceIndex, timeMs, powerW: record.powerW, utilization: record.utilization } : { deviceIndex, timeMs, counterJ: record.counterJ };
}
function columnsProblems(record) {
  const problems = [];
  if (!Array.isArray(record.devices)) return ["devices must be an array"];
  const columns = columnsOf(record);
  for (const [name, column] of Object.entries(columns)) {
    if (!isColumn(column) && !(name === "utilization" && column === void 0)) problems.push(`${name} must be an array of numbers`);
  }
  if (problems.length > 0) return problems;
  const rows = record.timeMs.length;
  for (const [name, column] of Object.entries(columns)) {
    if (column !== void 0 && column.length !== rows) problems.push(`${name} has ${column.length} rows, timeMs ${rows}`);
  }
  const devices = record.devices.length;
  for (let i = 0; i < record.deviceIndex.length; i++) {
    const index = record.deviceIndex[i];
    if (!(Number.isInteger(index) && index >= 0 && index < devices)) {
      problems.push(`deviceIndex[${i}] is ${index}, not an index into devices (${devices})`);
      break;
    }
  }
  return problems;
}
function isColumn(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) && !(value instanceof DataView);
}

// src/sdk/lines.ts
var DEFAULT_MAX_LINE_CHARS = 4 * 1024 * 1024;
function sniffUnsupportedEncoding(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 255 && b1 === 254) return b2 === 0 && b3 === 0 ? "UTF-32" : "UTF-16";
  if (b0 === 254 && b1 === 255) return "UTF-16";
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255) return "UTF-32";
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return "UTF-16";
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return "UTF-16";
  return void 0;
}
function unsupportedEncodingError(encoding, file) {
  return new InputError(`the file is ${encoding} encoded; carbon-ci reads UTF-8`, {
    file,
    hint: `convert it, e.g. \`iconv -f ${encoding} -t UTF-8 IN > OUT\` (PowerShell: \`Get-Content IN | Set-Content -Encoding utf8 OUT\`)`
  });
}
function utf16WithBom(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  if (bytes[0] === 255 && bytes[1] === 254 && !(bytes[2] === 0 && bytes[3] === 0)) return "utf-16le";
  return void 0;
}
function asBuffer(chunk) {
  return typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}
async function* utf8Stream(stream) {
  const it = stream[Symbol.asyncIterator]();
  try {
    let head = Buffer.alloc(0);
    while (head.length < 4) {
      const next = await it.next();
      if (next.done) break;
      head = head.length === 0 ? asBuffer(next.value) : Buffer.concat([head, asBuffer(next.value)]);
    }
    const encoding = utf16WithBom(head);
    if (encoding === void 0) {
      if (head.length > 0) yield head;
      for (let next = await it.next(); !next.done; next = await it.next()) yield asBuffer(next.value);
      return;
    }
    const decoder = new TextDecoder(encoding);
    yield Buffer.from(decoder.decode(head, { stream: true }), "utf8");
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const text = decoder.decode(asBuffer(next.value), { stream: true });
      if (text !== "") yield Buffer.from(text, "utf8");
    }
    const rest = decoder.decode();
    if (rest !== "") yield Buffer.from(rest, "utf8");
  } finally {
    await it.return?.();
  }
}
var PACKED = [
  { magic: [31, 139], format: "gzip-compressed", fix: "gunzip -k FILE, or zcat FILE > log.csv" },
  { magic: [40, 181, 47, 253], format: "zstd-compressed", fix: "zstd -d FILE -o log.csv" },
  { magic: [253, 55, 122, 88, 90, 0], format: "xz-compressed", fix: "unxz -k FILE, or xzcat FILE > log.csv" },
  { magic: [66, 90, 104], format: "bzip2-compressed", fix: "bunzip2 -k FILE, or bzcat FILE > log.csv" },
  { magic: [80, 75, 3, 4], format: "a zip archive", fix: "unzip FILE, and pass the log inside" }
];
function unreadableTextError(bytes, file) {
  const encoding = sniffUnsupportedEncoding(bytes);
  if (encoding) return unsupportedEncodingError(encoding, file);
  const packed = PACKED.find(({ magic }) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b));
  if (!packed) return void 0;
  const name = file ?? "FILE";
  return new InputError(`this file is ${packed.format}; carbon-ci reads plain-text logs`, {
    file,
    hint: `decompress it first (${packed.fix.replaceAll("FILE", name)}) and pass the decompressed file`
  });
}
function endsLinesWithCr(bytes) {
  const cr = bytes.indexOf(13);
  if (cr < 0 || cr + 1 >= bytes.length || bytes[cr + 1] === 10) return false;
  const lf = bytes.indexOf(10);
  return lf < 0 || lf > cr;
}
function decodeHead(bytes, file) {
  const utf16 = utf16WithBom(bytes);
  const utf8 = utf16 ? Buffer.from(new TextDecoder(utf16).decode(bytes, { stream: true }), "utf8") : bytes;
  const unreadable = unreadableTextError(utf8, file);
  if (unreadable) throw unreadable;
  const head = new TextDecoder("utf-8").decode(utf8, { stream: true });
  return endsLinesWithCr(utf8) ? head.replaceAll("\r", "\n") : head;
}
function crToLf(bytes) {
  const copy = Buffer.from(bytes);
  for (let i = copy.indexOf(13); i >= 0; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}
async function* readLines(stream, options = {}) {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  let lineNo = 1;
  let sniffed = false;
  let crOnly = false;
  let pending;
  for await (const chunk of utf8Stream(stream)) {
    let bytes = chunk;
    if (!sniffed) {
      pending = pending ? Buffer.concat([pending, bytes]) : Buffer.from(bytes);
      if (pending.length < 4) continue;
      bytes = pending;
      pending = void 0;
      sniffed = true;
      const unreadable = unreadableTextError(bytes, options.file);
      if (unreadable) throw unreadable;
      crOnly = endsLinesWithCr(bytes);
    }
    if (crOnly) bytes = crToLf(bytes);
    const text = carry + decoder.decode(bytes, { stream: true });
    const lastNewline = text.lastIndexOf("\n");
    if (lastNewline < 0) {
      carry = text;
      if (carry.length > maxLineChars) throw tooLong(lineNo, maxLineChars, options.file);
      continue;
    }
    carry = text.slice(lastNewline + 1);
    const lines = text.slice(0, lastNewline).split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.length > maxLineChars) throw tooLong(lineNo + i, maxLineChars, options.file);
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
    yield { firstLine: lineNo, lines, unterminatedLast: false };
    lineNo += lines.length;
  }
  if (pending) {
    const unreadable = unreadableTextError(pending, options.file);
    if (unreadable) throw unreadable;
    carry += decoder.decode(endsLinesWithCr(pending) ? crToLf(pending) : pending, { stream: true });
  }
  carry += decoder.decode();
  if (carry.length > 0) {
    const lines = carry.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
    const unterminatedLast = lines[lines.length - 1] !== "";
    if (!unterminatedLast) lines.pop();
    if (lines.length > 0) yield { firstLine: lineNo, lines, unterminatedLast };
  }
}
function tooLong(lineNo, maxLineChars, file) {
  return new InputError(`line is longer than ${maxLineChars} characters: this is not a line-oriented text log`, {
    file,
    line: lineNo,
    hint: "pass the log file itself (not a binary, archive or single-line JSON export), or choose the matching --plugin"
  });
}
async function* readLineChunks(stream, options = {}) {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let carry;
  let sniffed = false;
  let crOnly = false;
  let offset = 0;
  for await (const chunk of utf8Stream(stream)) {
    let data = chunk;
    if (!sniffed) {
      if (carry) data = Buffer.concat([carry, data]);
      carry = void 0;
      if (data.length < 4) {
        carry = Buffer.from(data);
        continue;
      }
      sniffed = true;
      const unreadable = unreadableTextError(data, options.file);
      if (unreadable) throw unreadable;
      crOnly = endsLinesWithCr(data);
      if (data[0] === 239 && data[1] === 187 && data[2] === 191) data = data.subarray(3);
    }
    if (crOnly) data = crToLf(data);
    if (carry) {
      const newline = data.indexOf(10);
      if (newline < 0) {
        carry = Buffer.concat([carry, data]);
        if (carry.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
        continue;
      }
      const line = Buffer.concat([carry, data.subarray(0, newline + 1)]);
      carry = void 0;
      if (line.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
      offset += line.length;
      yield { bytes: line, unterminatedLast: false };
      data = data.subarray(newline + 1);
    }
    const lastNewline = data.lastIndexOf(10);
    if (lastNewline < 0) {
      if (data.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
      carry = Buffer.from(data);
      continue;
    }
    if (lastNewline + 1 < data.length) carry = Buffer.from(data.subarray(lastNewline + 1));
    offset += lastNewline + 1;
    yield { bytes: data.subarray(0, lastNewline + 1), unterminatedLast: false };
  }
  if (carry && carry.length > 0) {
    if (!sniffed) {
      const unreadable = unreadableTextError(carry, options.file);
      if (unreadable) throw unreadable;
      if (carry[0] === 239 && carry[1] === 187 && carry[2] === 191) carry = carry.subarray(3);
    }
    if (carry.length > 0) yield { bytes: carry, unterminatedLast: carry[carry.length - 1] !== 10 };
  }
}
function tooLongAt(offset, maxLineChars, file) {
  return new InputError(`a line starting at byte ${offset} is longer than ${maxLineChars} bytes: this is not a line-oriented text log`, {
    file,
    hint: "pass the log file itself (not a binary, archive or single-line JSON export), or choose the matching --plugin"
  });
}

export {
  PowerColumnsBuilder,
  EnergyCounterColumnsBuilder,
  expandRecords,
  isColumnsRecord,
  columnsOf,
  columnsProblems,
  isColumn,
  utf8Stream,
  decodeHead,
  readLines,
  readLineChunks
};
