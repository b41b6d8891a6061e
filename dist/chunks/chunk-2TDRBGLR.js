import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DelimitedLine,
  DroppedRows,
  bytesEqual,
  bytesText,
  civilToMs,
  dateTimeToUtc,
  definePlugin,
  epochToMs,
  findColumn,
  instantiateKernel,
  isFixedUtc,
  isMissingValue,
  monotonicWallClockToUtc,
  parseDateTime,
  parseDateTimeBytes,
  parseDecimalBytes,
  parseIndexBytes,
  parseNumber,
  parseNumberBytes,
  parsePrometheusLine,
  readDecimalFieldBytes,
  skipBlanks,
  skipPrintable,
  sourceChunks,
  splitCsvLine,
  trimBlanksEnd,
  wallClockToUtc
} from "./chunk-3CNZ26RO.js";
import {
  fileSource,
  rangeSource
} from "./chunk-7VIO25ET.js";
import {
  EnergyCounterColumnsBuilder,
  PowerColumnsBuilder,
  columnsOf,
  isColumn,
  readLineChunks,
  readLines
} from "./chunk-P5VI63A5.js";
import {
  InputError,
  isInputError
} from "./chunk-CWZAFDBD.js";

// plugins/carbontracker/index.ts
var LOG_LINE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:,(\d{3}))? - (?:\S+ - (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) - )?(?:CarbonTracker: )?(.*)$/;
var EPOCH = /^Epoch (\d+):\s*$/;
var DURATION = /^Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/;
var POWER = /^Average power usage \(W\) for (\w+): (.*)$/;
var COMPONENTS = /^The following components were found: (.*)$/;
function detect({ path, head }) {
  const byName = /carbontracker\.log$/.test(path);
  if (/ - (?:\S+ - INFO - )?carbontracker version /.test(head) || /Average power usage \(W\) for \w+: /.test(head)) return 0.95;
  if (/ - (?:\S+ - INFO - )?(?:CarbonTracker: )?The following components were found: /.test(head)) return 0.9;
  if (/carbontracker_output\.log$/.test(path) || /CarbonTracker: [\s\S]*(?:Actual|Predicted) consumption for/.test(head)) return 0.7;
  return byName ? 0.6 : 0;
}
function parsePower(text) {
  const trimmed = text.trim();
  if (trimmed === "None") return { values: null, scalar: true };
  const list = /^\[([^\]]*)\]$/.exec(trimmed);
  const tokens = list ? list[1].trim().split(/\s+/).filter(Boolean) : [trimmed];
  const values = [];
  for (const token of tokens) {
    if (/^nan$/i.test(token)) values.push(null);
    else if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(token)) values.push(Number(token));
    else return void 0;
  }
  return values.length === 0 ? void 0 : { values, scalar: !list };
}
function parseComponents(text) {
  const components = /* @__PURE__ */ new Map();
  const pattern = /(\w+) with device\(s\) (.*?)\.(?=\s+\w+ with device\(s\)|\s*$)/g;
  for (const m of text.matchAll(pattern)) components.set(m[1].toLowerCase(), m[2].split(",").map((name) => name.trim()));
  return components;
}
function vendorOf(name) {
  return name !== void 0 && /NVIDIA|Tesla|GeForce|Quadro|RTX/i.test(name) ? "nvidia" : void 0;
}
var carbontracker_default = definePlugin({
  name: "carbontracker",
  kind: "telemetry",
  description: "carbontracker's standard log (<prefix>_carbontracker.log): per epoch, its duration and each component's mean power (W) per device, read as energy per epoch and device",
  options: { type: "object", additionalProperties: false, properties: {} },
  detect,
  async *read(source, context) {
    const file = source.path;
    const toUtc = monotonicWallClockToUtc(context.timeZone);
    let components = /* @__PURE__ */ new Map();
    const devices = /* @__PURE__ */ new Map();
    let epoch;
    let openPower;
    let recognised = 0;
    let isSummaryLog = false;
    let records = 0;
    const missing = { noPower: 0, noDuration: 0, badPower: 0, firstLine: 0 };
    const note = (kind, line) => {
      missing[kind]++;
      if (missing.firstLine === 0) missing.firstLine = line;
    };
    const device = (component, index2) => {
      const key = `${component}\0${index2 ?? "all"}`;
      let ref = devices.get(key);
      if (!ref) {
        const names = components.get(component) ?? [];
        const model = index2 === void 0 ? names.length > 0 ? names.join(", ") : void 0 : names[index2];
        const id = index2 === void 0 ? component : `${component}${index2}`;
        ref = { id };
        if (component === "gpu" || component === "cpu") ref.component = component;
        if (index2 !== void 0) ref.index = index2;
        if (model) ref.model = model;
        const vendor = component === "gpu" ? vendorOf(model) : void 0;
        if (vendor) ref.vendor = vendor;
        devices.set(key, ref);
      }
      return ref;
    };
    const finish = (done, out) => {
      if (!done) return;
      if (done.durationS === void 0) {
        note("noDuration", done.line);
        return;
      }
      const endMs = toUtc(done.endWallMs);
      const startMs = endMs - Math.round(done.durationS * 1e3);
      for (const [component, { values, scalar }] of done.power) {
        if (values === null) {
          note("noPower", done.line);
          continue;
        }
        values.forEach((powerW, index2) => {
          if (powerW === null) return note("noPower", done.line);
          out.push({
            type: "energy",
            startMs,
            endMs,
            device: device(component, scalar ? void 0 : index2),
            energyJ: powerW * done.durationS,
            origin: { file, line: done.line },
            sourceReported: { note: `carbontracker epoch ${done.number}: mean ${component} power ${powerW} W \xD7 ${done.durationS} s, before carbontracker's PUE factor` }
          });
        });
      }
    };
    const powerLine = (component, text, line) => {
      const parsed = parsePower(text);
      if (!parsed) return note("badPower", line);
      if (epoch) epoch.power.set(component, parsed);
    };
    for await (const batch of readLines(sourceChunks(source), { file })) {
      context.signal.throwIfAborted();
      const out = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        const m = LOG_LINE.exec(text);
        if (!m) {
          if (openPower) {
            openPower.text += ` ${text.trim()}`;
            if (openPower.text.includes("]")) {
              powerLine(openPower.component, openPower.text, line);
              openPower = void 0;
            }
          } else if (/^\s*(?:Actual|Predicted) consumption for/.test(text)) isSummaryLog = true;
          return;
        }
        if (openPower) {
          note("badPower", line);
          openPower = void 0;
        }
        const message = m[8];
        const wallMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
        let hit;
        if (hit = EPOCH.exec(message)) {
          recognised++;
          finish(epoch, out);
          epoch = { number: Number(hit[1]), line, endWallMs: wallMs, power: /* @__PURE__ */ new Map() };
        } else if (hit = DURATION.exec(message)) {
          recognised++;
          if (epoch) epoch.durationS = Number(hit[1]) * 3600 + Number(hit[2]) * 60 + Number(hit[3]);
        } else if (hit = POWER.exec(message)) {
          recognised++;
          const value = hit[2];
          if (value.trimStart().startsWith("[") && !value.includes("]")) openPower = { component: hit[1].toLowerCase(), text: value };
          else powerLine(hit[1].toLowerCase(), value, line);
        } else if (hit = COMPONENTS.exec(message)) {
          components = parseComponents(hit[1]);
        } else if (/^(?:Actual|Predicted) consumption for/.test(message)) {
          isSummaryLog = true;
        }
      });
      records += out.length;
      if (out.length > 0) yield out;
    }
    const last = [];
    finish(epoch, last);
    records += last.length;
    if (last.length > 0) yield last;
    if (missing.noPower > 0) {
      context.log.warn(
        `${file}: ${missing.noPower} epoch reading(s) have no power ("None" or nan: the epoch was shorter than carbontracker's update interval), first at line ${missing.firstLine}; their energy is missing, not zero`
      );
    }
    if (missing.noDuration > 0) context.log.warn(`${file}: ${missing.noDuration} epoch(s) have no "Duration:" line (the log ends mid-epoch?); not counted`);
    if (missing.badPower > 0) context.log.warn(`${file}: ${missing.badPower} "Average power usage" line(s) could not be read; not counted`);
    if (records === 0) {
      if (isSummaryLog && recognised === 0) {
        throw new InputError("this is carbontracker's summary (output) log, which holds only totals that include carbontracker's own PUE", {
          file,
          hint: 'pass the standard log beside it: the file with the same name without "_output" (<prefix>_carbontracker.log)'
        });
      }
      throw new InputError("no epoch with a duration and a power reading in this carbontracker log", {
        file,
        hint: "carbontracker logs an epoch at tracker.epoch_end(); check that the run reached the end of an epoch and that log_dir was set"
      });
    }
  }
});

// plugins/codecarbon/columns.ts
function headerNames(fields2) {
  return fields2.map((name) => name.trim().toLowerCase());
}
function isEmissionsHeader(names) {
  return ["timestamp", "project_name", "duration", "emissions"].every((name) => names.includes(name));
}
function headerConfidence(head) {
  const firstLine2 = head.split("\n", 1)[0] ?? "";
  let names;
  try {
    names = headerNames(splitCsvLine(firstLine2));
  } catch {
    return 0;
  }
  if (!isEmissionsHeader(names)) return 0;
  return names.includes("energy_consumed") ? 0.95 : 0.85;
}
function columnsOf2(header, file, line) {
  const index2 = (...names) => findColumn(header, ...names)?.index ?? -1;
  if (index2("task_name") >= 0) {
    throw new InputError("this is a CodeCarbon task file (emissions_<experiment>_<run>.csv): its tasks are parts of a run", {
      file,
      line,
      hint: "read the run's emissions.csv instead; reading both would count the tasks' energy twice"
    });
  }
  const columns = {
    count: header.length,
    timestamp: index2("timestamp"),
    project: index2("project_name"),
    run: index2("run_id", "experiment_id"),
    duration: index2("duration"),
    emissions: index2("emissions"),
    pue: index2("pue"),
    energy: {},
    model: {},
    power: {},
    gpuCount: index2("gpu_count")
  };
  for (const component of ["gpu", "cpu", "ram"]) {
    const column = index2(`${component}_energy`);
    if (column >= 0) columns.energy[component] = column;
    columns.power[component] = index2(`${component}_power`);
  }
  if (Object.keys(columns.energy).length === 0) {
    const total = index2("energy_consumed");
    if (total >= 0) columns.energy.node = total;
  }
  columns.model.gpu = index2("gpu_model");
  columns.model.cpu = index2("cpu_model");
  const lacking = ["timestamp", "duration"].filter((name) => columns[name] < 0);
  if (Object.keys(columns.energy).length === 0) lacking.push("gpu_energy, cpu_energy, ram_energy or energy_consumed");
  if (lacking.length > 0) {
    throw new InputError(`the CodeCarbon header has no ${lacking.join(", ")} column`, {
      file,
      line,
      hint: "this plugin reads the emissions.csv that CodeCarbon writes (timestamp, duration, *_energy or energy_consumed)"
    });
  }
  return columns;
}
function keptFields(columns) {
  const slotOfColumn = new Int32Array(columns.count).fill(-1);
  const decimal = [];
  const keep = (column, isNumber) => {
    if (column === void 0 || column < 0 || column >= columns.count) return;
    const slot = slotOfColumn[column];
    if (slot < 0) {
      slotOfColumn[column] = decimal.length;
      decimal.push(isNumber);
    } else if (isNumber) decimal[slot] = true;
  };
  for (const column of [columns.timestamp, columns.project, columns.run]) keep(column, false);
  for (const column of [columns.duration, columns.emissions, columns.pue, columns.gpuCount, ...Object.values(columns.energy)]) keep(column, true);
  for (const column of [...Object.values(columns.power), ...Object.values(columns.model)]) keep(column, false);
  return { fieldCount: columns.count, slotOfColumn, decimal };
}

// plugins/codecarbon/row-kernel.generated.ts
var EMISSIONS_KERNEL_WASM_BASE64 = "AGFzbQEAAAABEgNgAn9/AXxgBH9/f38Bf2AAAAMEAwABAgUDAQAABlEMfwBBAAt/AEGACAt/AEGAAgt/AEGAEAt/AEEgC38AQYAgC38AQYCAwAALfwBBgCALfwBBkKDAAAt/AEGQoMEAC38AQZCggQELfwBBkKDBAQsHtgEPClNUQVRVU19FTkQDAAxDT0xVTU5fU0xPVFMDAQtNQVhfQ09MVU1OUwMCDFNMT1RfREVDSU1BTAMDCU1BWF9TTE9UUwMEBUlOUFVUAwULSU5QVVRfQllURVMDBghNQVhfUk9XUwMHCE9VVF9MSU5FAwgKT1VUX0JPVU5EUwMJCk9VVF9WQUxVRVMDCgxNRU1PUllfQllURVMDCwRpbml0AAIIcmVhZFJvd3MAAQZtZW1vcnkCAAqyDAOkBwMJfwx8AX4DQCAAIAFIBH8gAC0AACIDQQlGIANBIEZyBUEACwRAIABBAWohAAwBCwsDQCAAIAFIBH8gAUEBay0AACIDQQlGIANBIEZyBUEACwRAIAFBAWshAQwBCwsgAEEBaiAAIAAgAUgEfyAALQAABUEACyIJQStGIAlBLUZyGyIAIQVBfyEDA0AgACABSARAAkAgAC0AAEEwayIEQQlNBEAgAiAEcgRAIAJBD0gEQCAErCAXQgp+fCEXBSAKQQpsIARqIAogAkETSBshCgsgAkEBaiECCwUgBEF+RiADQQBIcUUNASAAIQMLIABBAWohAAwCCwsLIAAgBWsgA0EATkYEQEQAAAAAAAD4fw8LIAAgA2tBAWtBACADQQBOGyEFQQQgAkEPa0EAIAJBD0obIgggCEEEThshB0EAIQIgACABSAR/IAAtAABB5QBGBH9BAQUgAC0AAEHFAEYLBUEACwR/IABBAWoiACABSCIDBEAgAC0AAEEtRiEDCyAAQQFqIAAgACABSAR/IAAtAABBLUYEf0EBBSAALQAAQStGCwVBAAsbIgAhBgNAIAAgAUgEQCAALQAAQTBrIgRBCU0EQCACQQpsIARqIAIgAkHAhD1IGyECIABBAWohAAwCCwsLIAAgBkYEQEQAAAAAAAD4fw8LQQAgAmsgAiADGwVBAAshAiAAIAFHBEBEAAAAAAAA+H8PC0EBIAIgBWsiAEEWSkEBIABBakggCCAHaxsbBEBEAAAAAAAA+H8PCyAXuSEWIAcEfCAAQQBMBHwgFiAHQQN0KwOAAiIVoiIQIAq3Ig6gIhRBACAAa0EDdCsDgAIiE6MiDyAToiENIA8gFCANoSAPIA9EAAAAAgAAoEGiIgsgCyAPoaEiEqEiDCATIBNEAAAAAgAAoEGiIgsgCyAToaEiEaEiC6IgDSASIBGioSAMIBGioSASIAuioaGhIBAgFCAUIBChIguhoSAOIAuhoCAWIBZEAAAAAgAAoEGiIgsgCyAWoaEiDqEiDSAVIBVEAAAAAgAAoEGiIgsgCyAVoaEiDKEiC6IgECAOIAyioSANIAyioSAOIAuioaGgoCAToyINoCIMIA+hIQsgDEQAAAAAAAD4fyAMIAwgDyAMIAuhoSANIAuhoEQAAAAAAQDwP6KgYRsFRAAAAAAAAPh/CwUgAEEASAR8IBZBACAAa0EDdCsDgAKjBSAWIABBA3QrA4ACogsLIguaIAsgCUEtRhsLygQCCX8BeyABQYAgaiEIIABBgCBqIQFBACEAA0AgAEGAIEggASAISHEEQCAAIANsQQN0IgpBkKDBAGohCQJ/QQAhB0F/IAEtAABBMGtBCUsNABogASIEIQUDQCAFIAhIBEAgBf0ABAAiDf0MLCwsLCwsLCwsLCwsLCwsLP0jIA39DAoKCgoKCgoKCgoKCgoKCgr9I/1QIA39DCIiIiIiIiIiIiIiIiIiIiL9I/1Q/WQhBgNAIAYEQEF/IAUgBmhqIgsgCE4NBBogCy0AACIMQSxGBH9BfyAHQQFqIAJODQUaIAdBAnRBgAhqKAIAIgxBAE4EQCAJIAxBA3RqIgwgBEGAIGs2AgAgDCALQYAgazYCBAsgB0EBaiEHIAtBAWoFIAxBCkYEQEF/IAdBAWogAkcNBhogC0EBayIFIAsgASALSAR/IAUtAABBDUYFQQALGyEFIAdBAnRBgAhqKAIAIgZBAE4EQCAJIAZBA3RqIgYgBEGAIGs2AgAgBiAFQYAgazYCBAsgCwwGBUF/DAYLAAshBCAGIAZBAWtxIQYMAQsLIAVBEGohBQwBCwtBfwsiBUEATgRAIApBkKCBAWohBkEAIQQDQCADIARKBEAgBiAEQQN0IgdqIARBAnRBgBBqKAIABHwgByAJaiIHKAIAQYAgaiAHKAIEQYAgahAABUQAAAAAAAD4fws5AwAgBEEBaiEEDAELCyAAQQJ0QZCgwABqIAFBgCBrNgIAIABBAWohACAFQQFqIQEMAgsLC0EAIAFBgCBrNgIAIAALPgIBfAF/RAAAAAAAAPA/IQADQCABQRZMBEAgAUEDdCAAOQOAAiAARAAAAAAAACRAoiEAIAFBAWohAQwBCwsL";

// plugins/codecarbon/row-kernel.ts
var LAYOUT = [
  "STATUS_END",
  "COLUMN_SLOTS",
  "MAX_COLUMNS",
  "SLOT_DECIMAL",
  "MAX_SLOTS",
  "INPUT",
  "INPUT_BYTES",
  "MAX_ROWS",
  "OUT_LINE",
  "OUT_BOUNDS",
  "OUT_VALUES",
  "MEMORY_BYTES"
];
var EmissionsRowKernel = class {
  exports;
  at;
  heap;
  words;
  fieldCount = 0;
  slots = 0;
  /** Per row read, the offset of its line in the chunk. */
  lineStart;
  /** Per row and slot (row × slots + slot), the start and end of the field: two entries. */
  bounds;
  /** Per row and slot, the field's number; NaN when it is not a number read here. */
  values;
  constructor() {
    const { exports, at } = instantiateKernel(EMISSIONS_KERNEL_WASM_BASE64, LAYOUT, "MEMORY_BYTES");
    this.exports = exports;
    this.at = at;
    exports.init();
    const buffer = exports.memory.buffer;
    this.heap = new Uint8Array(buffer);
    this.words = new Int32Array(buffer);
    this.lineStart = new Int32Array(buffer, at.OUT_LINE, at.MAX_ROWS);
    this.bounds = new Int32Array(buffer, at.OUT_BOUNDS, at.MAX_ROWS * at.MAX_SLOTS * 2);
    this.values = new Float64Array(buffer, at.OUT_VALUES, at.MAX_ROWS * at.MAX_SLOTS);
  }
  /** The largest chunk the kernel takes. */
  get inputBytes() {
    return this.at.INPUT_BYTES;
  }
  /** The most rows one `read` returns. */
  get maxRows() {
    return this.at.MAX_ROWS;
  }
  /** Offset in the chunk of the first line that the last `read` left. */
  get end() {
    return this.words[this.at.STATUS_END >> 2];
  }
  /** Which fields to keep, for rows of `fieldCount` fields; false when there are more columns or slots than the kernel holds. */
  keep({ fieldCount, slotOfColumn, decimal }) {
    const { MAX_COLUMNS, MAX_SLOTS, COLUMN_SLOTS, SLOT_DECIMAL } = this.at;
    if (fieldCount > MAX_COLUMNS || decimal.length > MAX_SLOTS || slotOfColumn.length !== fieldCount) return false;
    const words2 = this.words;
    for (let column = 0; column < MAX_COLUMNS; column++) words2[(COLUMN_SLOTS >> 2) + column] = column < fieldCount ? slotOfColumn[column] : -1;
    for (let slot = 0; slot < MAX_SLOTS; slot++) words2[(SLOT_DECIMAL >> 2) + slot] = decimal[slot] ? 1 : 0;
    this.fieldCount = fieldCount;
    this.slots = decimal.length;
    return true;
  }
  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes) {
    this.heap.set(bytes, this.at.INPUT);
  }
  /** The ordinary rows of the loaded chunk from `start` up to `limit`, until a line that is not one; returns how many. */
  read(start, limit) {
    return this.exports.readRows(start, limit, this.fieldCount, this.slots);
  }
};

// plugins/codecarbon/rows.ts
function numberOfText(text) {
  return parseNumber(text) ?? Number.NaN;
}
function instantOfText(text, toUtc) {
  const parsed = parseDateTime(text);
  return parsed ? dateTimeToUtc(parsed, toUtc) : Number.NaN;
}
var TextRow = class {
  constructor(fields2, line, toUtc) {
    this.fields = fields2;
    this.line = line;
    this.toUtc = toUtc;
  }
  fields;
  line;
  toUtc;
  text(column) {
    return this.fields[column];
  }
  number(column) {
    return numberOfText(this.fields[column]);
  }
  instantMs(column) {
    return instantOfText(this.fields[column], this.toUtc);
  }
  key(column) {
    return this.fields[column].trim();
  }
};
var MAX_BYTE_TIMESTAMP_LENGTH = "YYYY-MM-DDTHH:MM:SS.mmm".length;
var FIRST_BYTE_DATE = 1e6;
var FieldReader = class {
  constructor(toUtc) {
    this.toUtc = toUtc;
  }
  toUtc;
  stamp = new Float64Array(2);
  dateKey = -1;
  dayStartMs = 0;
  keyBytes = new Uint8Array(0);
  keyText = "";
  number(bytes, start, end) {
    const value = parseDecimalBytes(bytes, start, end);
    return Number.isNaN(value) ? numberOfText(bytesText(bytes, start, end)) : value;
  }
  instantMs(bytes, start, end) {
    const stamp = this.stamp;
    if (end - start <= MAX_BYTE_TIMESTAMP_LENGTH && parseDateTimeBytes(bytes, start, end, stamp) && stamp[0] >= FIRST_BYTE_DATE) {
      return this.toUtc(this.dayStart(stamp[0]) + stamp[1]);
    }
    return instantOfText(bytesText(bytes, start, end), this.toUtc);
  }
  key(bytes, start, end) {
    if (!bytesEqual(this.keyBytes, bytes, start, end)) {
      this.keyBytes = new Uint8Array(bytes.subarray(start, end));
      this.keyText = bytesText(bytes, start, end).trim();
    }
    return this.keyText;
  }
  /** Ms from 1970 to the start of the day `yyyymmdd` (wall clock). */
  dayStart(yyyymmdd) {
    if (yyyymmdd !== this.dateKey) {
      this.dateKey = yyyymmdd;
      this.dayStartMs = civilToMs(Math.floor(yyyymmdd / 1e4), Math.floor(yyyymmdd / 100) % 100, yyyymmdd % 100);
    }
    return this.dayStartMs;
  }
};
var ByteRow = class {
  constructor(fields2, reader) {
    this.fields = fields2;
    this.reader = reader;
  }
  fields;
  reader;
  line = 0;
  bytes = new Uint8Array(0);
  /** This row, now the line that `fields` last scanned in `bytes`. */
  at(bytes, line) {
    this.bytes = bytes;
    this.line = line;
    return this;
  }
  /** This row, now the line that starts at `from` in `bytes` (scanned here). */
  scan(bytes, from, line) {
    this.fields.scan(bytes, from);
    return this.at(bytes, line);
  }
  text(column) {
    return bytesText(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }
  number(column) {
    return this.reader.number(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }
  instantMs(column) {
    return this.reader.instantMs(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }
  key(column) {
    return this.reader.key(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }
};
var KernelRow = class {
  constructor(kernel, kept, reader, scanned) {
    this.kernel = kernel;
    this.kept = kept;
    this.reader = reader;
    this.scanned = scanned;
  }
  kernel;
  kept;
  reader;
  scanned;
  line = 0;
  bytes = new Uint8Array(0);
  entry = 0;
  row = 0;
  /** This row, now row `row` of the kernel's last read of `bytes`. */
  at(bytes, row, line) {
    this.bytes = bytes;
    this.row = row;
    this.entry = row * this.kept.decimal.length;
    this.line = line;
    return this;
  }
  text(column) {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().text(column) : bytesText(this.bytes, this.start(slot), this.end(slot));
  }
  number(column) {
    const slot = this.slotOf(column);
    if (slot < 0) return this.rescanned().number(column);
    const value = this.kernel.values[this.entry + slot];
    return value === value ? value : this.reader.number(this.bytes, this.start(slot), this.end(slot));
  }
  instantMs(column) {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().instantMs(column) : this.reader.instantMs(this.bytes, this.start(slot), this.end(slot));
  }
  key(column) {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().key(column) : this.reader.key(this.bytes, this.start(slot), this.end(slot));
  }
  /** Where the field of `slot` starts and ends in this row. */
  start(slot) {
    return this.kernel.bounds[(this.entry + slot) * 2];
  }
  end(slot) {
    return this.kernel.bounds[(this.entry + slot) * 2 + 1];
  }
  slotOf(column) {
    const { slotOfColumn } = this.kept;
    return column < slotOfColumn.length ? slotOfColumn[column] : -1;
  }
  /** The row as a `ByteRow`, its line scanned again. */
  rescanned() {
    return this.scanned.scan(this.bytes, this.kernel.lineStart[this.row], this.line);
  }
};

// plugins/codecarbon/reader.ts
var J_PER_KWH = 36e5;
var COMPONENTS2 = ["gpu", "cpu", "ram", "node"];
var CORRUPTED_ROW = "the row is corrupted; repair or delete it";
function vendorOf2(model) {
  if (!model) return void 0;
  if (/nvidia|geforce|tesla|quadro/i.test(model)) return "nvidia";
  if (/\bamd\b|radeon|instinct|epyc|ryzen/i.test(model)) return "amd";
  if (/intel|xeon/i.test(model)) return "intel";
  return "other";
}
function isDigit(byte) {
  return byte >= 48 && byte <= 57;
}
var EmissionsReader = class {
  constructor(file, timeZone, log, options = {}) {
    this.file = file;
    this.log = log;
    this.toUtc = wallClockToUtc(timeZone);
    this.dropped = new DroppedRows(file);
    this.fieldReader = new FieldReader(this.toUtc);
    this.byteRow = new ByteRow(this.fields, this.fieldReader);
    this.rowKernel = options.rowKernel ?? true;
  }
  file;
  log;
  toUtc;
  dropped;
  runs = /* @__PURE__ */ new Map();
  devices = /* @__PURE__ */ new Map();
  pues = /* @__PURE__ */ new Set();
  unmeasured = /* @__PURE__ */ new Set();
  fields = new DelimitedLine();
  fieldReader;
  byteRow;
  rowKernel;
  kernel;
  /** The columns the kernel was last set up for, and its row for them (none when it cannot keep them). */
  kernelColumns;
  kernelRow;
  columns;
  /** The components whose energy the file has, from its header. */
  components = [];
  lineNo = 0;
  rows = 0;
  /** The records of a chunk of whole lines (from `readLineChunks`). */
  consume(chunk) {
    const records = [];
    const bytes = chunk.bytes;
    const kernel = this.rowKernel ? this.kernel ??= new EmissionsRowKernel() : void 0;
    if (kernel && bytes.length <= kernel.inputBytes) {
      this.consumeWithKernel(chunk, kernel, records);
      return records;
    }
    this.fields.index(bytes);
    for (let from = 0; from < bytes.length; ) from = this.consumeLine(chunk, from, records);
    return records;
  }
  /** The chunk's ordinary rows read by the kernel; each line it stops at, by `consumeLine`. */
  consumeWithKernel(chunk, kernel, records) {
    const bytes = chunk.bytes;
    const size = bytes.length;
    kernel.load(bytes);
    let indexed = false;
    for (let from = 0; from < size; ) {
      const row = this.kernelRowFor(kernel);
      let rows = 0;
      if (row) {
        rows = kernel.read(from, size);
        for (let r = 0; r < rows; r++) this.addRow(row.at(bytes, r, ++this.lineNo), records);
        from = kernel.end;
        if (rows === kernel.maxRows || from >= size) continue;
      }
      if (!indexed && rows === 0) {
        this.fields.index(bytes);
        indexed = true;
      }
      from = this.consumeLine(chunk, from, records);
    }
  }
  /** The kernel's row for the current columns, set up when they change; undefined before the header or when the kernel cannot keep them. */
  kernelRowFor(kernel) {
    if (this.columns !== this.kernelColumns) {
      this.kernelColumns = this.columns;
      const kept = this.columns && keptFields(this.columns);
      this.kernelRow = kept && kernel.keep(kept) ? new KernelRow(kernel, kept, this.fieldReader, this.byteRow) : void 0;
    }
    return this.kernelRow;
  }
  /** Reads the line at `from`; returns where the next starts. */
  consumeLine(chunk, from, records) {
    const bytes = chunk.bytes;
    const fields2 = this.fields;
    fields2.scan(bytes, from);
    this.lineNo++;
    if (this.isOrdinaryRow(bytes)) {
      this.addRow(this.byteRow.at(bytes, this.lineNo), records);
    } else {
      this.addLine(bytesText(bytes, fields2.start, fields2.end), !fields2.terminated && chunk.unterminatedLast, records);
    }
    return fields2.next;
  }
  finish() {
    const file = this.file;
    if (!this.columns) throw new InputError("the file is empty", { file, hint: "point carbon-ci at the emissions.csv that CodeCarbon wrote" });
    if (this.pues.size > 0) {
      this.log.info(
        `${file}: CodeCarbon multiplied its energies by its PUE (${[...this.pues].join(", ")}); divided it out to get device energy, to which carbon-ci applies its own PUE`
      );
    }
    if (this.unmeasured.size > 0) {
      this.log.info(
        `${file}: rows where CodeCarbon measured no ${[...this.unmeasured].join(", ")} (no GPU, or 0 W and 0 kWh) give no record for it rather than a measured 0 J`
      );
    }
    if (this.rows === 0 && this.dropped.total === 0) this.log.warn(`${file}: the CodeCarbon file has a header but no rows; no energy was read from it`);
    this.dropped.report(this.log, "the energy of those rows is missing from the report");
  }
  /** A data row (it starts with a digit, as a timestamp does) that the byte path reads: no quotes, as many fields as the header. */
  isOrdinaryRow(bytes) {
    const fields2 = this.fields;
    return this.columns !== void 0 && fields2.fieldCount === this.columns.count && !fields2.hasQuote && isDigit(bytes[fields2.start]);
  }
  /** Any line, decoded: blank, a header (the first line, or repeated in append mode), a row. */
  addLine(text, cut, records) {
    const file = this.file;
    const line = this.lineNo;
    if (text.trim() === "") return;
    const fields2 = splitCsvLine(text, { file, line });
    const mayBeHeader = !isDigit(fields2[0].trimStart().charCodeAt(0));
    if (!this.columns || mayBeHeader && isEmissionsHeader(headerNames(fields2))) {
      const columns = this.columns = this.headerColumns(fields2, line);
      this.components = COMPONENTS2.flatMap((component, slot) => {
        const energy = columns.energy[component];
        if (energy === void 0) return [];
        return [{ component, slot, energy, energyName: `${component}_energy`, power: columns.power[component] ?? -1, powerName: `${component}_power` }];
      });
      return;
    }
    if (fields2.length !== this.columns.count) {
      this.dropped.add(
        cut ? "the last line is cut short" : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
        line
      );
      return;
    }
    this.addRow(new TextRow(fields2, line, this.toUtc), records);
  }
  headerColumns(fields2, line) {
    if (!isEmissionsHeader(headerNames(fields2))) {
      throw new InputError("the first line is not a CodeCarbon emissions.csv header", {
        file: this.file,
        line,
        hint: "the file must start with the header CodeCarbon writes (timestamp,project_name,\u2026,duration,emissions,\u2026)"
      });
    }
    return columnsOf2(fields2, this.file, line);
  }
  /** The non-negative number in a column; NaN when the column is absent or the value missing. Anything else is an error. */
  measured(row, column, what) {
    if (column < 0) return Number.NaN;
    const value = row.number(column);
    if (value >= 0) return value;
    if (Number.isNaN(value) && isMissingValue(row.text(column))) return Number.NaN;
    throw new InputError(`${what} "${row.text(column)}" is not a non-negative number`, { file: this.file, line: row.line, hint: CORRUPTED_ROW });
  }
  addRow(row, records) {
    const columns = this.columns;
    const file = this.file;
    const line = row.line;
    this.rows++;
    const endMs = row.instantMs(columns.timestamp);
    if (Number.isNaN(endMs)) {
      throw new InputError(`timestamp "${row.text(columns.timestamp)}" is not a date and time`, {
        file,
        line,
        hint: "CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row"
      });
    }
    const durationS = this.measured(row, columns.duration, "duration");
    if (Number.isNaN(durationS)) {
      this.dropped.add("no duration", line);
      return;
    }
    const writtenPue = this.measured(row, columns.pue, "pue");
    const pue = Number.isNaN(writtenPue) ? 1 : writtenPue;
    if (pue < 1) throw new InputError(`pue "${row.text(columns.pue)}" is below 1`, { file, line, hint: CORRUPTED_ROW });
    const run = this.runOf(this.runKey(row), endMs, durationS, line);
    const windowStartMs = run.startMs + run.durationS * 1e3;
    const windowEndMs = run.startMs + durationS * 1e3;
    const emissionsKg = this.measured(row, columns.emissions, "emissions");
    let sourceCo2eG = Number.NaN;
    if (!Number.isNaN(emissionsKg)) {
      sourceCo2eG = (emissionsKg - run.emissionsKg) * 1e3;
      run.emissionsKg = emissionsKg;
    }
    run.durationS = durationS;
    if (pue !== 1) this.pues.add(pue);
    const gpuCount = this.measured(row, columns.gpuCount, "gpu_count");
    let origin;
    for (const { component, slot, energy, energyName, power, powerName } of this.components) {
      const totalKWh = this.measured(row, energy, energyName);
      if (Number.isNaN(totalKWh)) {
        this.dropped.add(`no ${component} energy`, line);
        continue;
      }
      const previousKWh = run.energyKWh[slot];
      if (totalKWh < previousKWh) {
        throw new InputError(`${component} energy of run ${run.key} went down from ${previousKWh} to ${totalKWh} kWh`, {
          file,
          line,
          hint: "CodeCarbon's totals only grow within a run; the file mixes runs under one run_id or was edited: split or repair it"
        });
      }
      run.energyKWh[slot] = totalKWh;
      const energyJ = (totalKWh - previousKWh) * J_PER_KWH / pue;
      if (energyJ === 0 && (component === "gpu" ? gpuCount === 0 : this.measured(row, power, powerName) === 0)) {
        this.unmeasured.add(component);
        continue;
      }
      const record = {
        type: "energy",
        startMs: windowStartMs,
        endMs: windowEndMs,
        device: run.devices[slot] ??= this.deviceOf(row, run.key, component, gpuCount),
        energyJ,
        origin: origin ??= { file, line }
      };
      if (sourceCo2eG >= 0) {
        if (run.notePue !== pue) {
          run.note = `CodeCarbon's own estimate for run ${run.key}, all components${pue !== 1 ? `, with its PUE ${pue}` : ""}`;
          run.notePue = pue;
        }
        record.sourceReported = { co2eG: sourceCo2eG, note: run.note };
        sourceCo2eG = Number.NaN;
      }
      records.push(record);
    }
  }
  /** The run id, or for a row without one, a key of its own. */
  runKey(row) {
    const columns = this.columns;
    const id = columns.run >= 0 ? row.key(columns.run) : "";
    if (id !== "") return id;
    const project = columns.project >= 0 ? row.text(columns.project).trim() : "";
    return `${project || "run"}@line${row.line}`;
  }
  /** The run a row belongs to: the one of its key, or a new one when there is none or its duration went down. */
  runOf(key, endMs, durationS, line) {
    let run = this.runs.get(key);
    if (run && durationS < run.durationS) {
      this.log.info(`${this.file}:${line}: run ${key} starts again (its duration went down); read as a new run with the same id`);
      run = void 0;
    }
    if (!run) {
      run = { key, startMs: endMs - durationS * 1e3, durationS: 0, energyKWh: COMPONENTS2.map(() => 0), emissionsKg: 0, devices: [], note: "", notePue: Number.NaN };
      this.runs.set(key, run);
    }
    return run;
  }
  /** The device of a run's component, made once per run and component and shared by restarts of the run. */
  deviceOf(row, runKey, component, gpuCount) {
    const id = `codecarbon:${runKey}:${component}`;
    let device = this.devices.get(id);
    if (!device) {
      device = { id, component };
      const modelColumn = this.columns.model[component];
      let model = modelColumn !== void 0 && modelColumn >= 0 ? row.text(modelColumn).trim() : void 0;
      const many = model === void 0 ? void 0 : /^(\d+) x (.+)$/.exec(model);
      if (many) model = many[2];
      const count = many ? Number(many[1]) : component === "gpu" && Number.isInteger(gpuCount) ? gpuCount : void 0;
      if (count !== void 0 && count > 1) device.count = count;
      if (model) device.model = model;
      const vendor = component === "gpu" || component === "cpu" ? vendorOf2(model) : void 0;
      if (vendor) device.vendor = vendor;
      this.devices.set(id, device);
    }
    return device;
  }
};

// plugins/codecarbon/index.ts
function detect2({ head }) {
  return headerConfidence(head);
}
async function* readEmissions(source, context, options) {
  const reader = new EmissionsReader(source.path, context.timeZone, context.log, options);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(chunk);
    if (records.length > 0) yield records;
  }
  reader.finish();
}
var codecarbon_default = definePlugin({
  name: "codecarbon",
  kind: "telemetry",
  description: "Energy per run and component (gpu_energy, cpu_energy, ram_energy in kWh; energy_consumed in old files) from CodeCarbon's emissions.csv, any version; CodeCarbon's own emissions kept for comparison.",
  detect: detect2,
  read: (source, context) => readEmissions(source, context)
});

// plugins/dcgm/devices.ts
var DCGM_BLANK_MIN = 140737488355328;
var DeviceRegistry = class {
  constructor(defaultHost) {
    this.defaultHost = defaultHost;
  }
  defaultHost;
  byId = /* @__PURE__ */ new Map();
  get(fields2) {
    const host = fields2.host ?? this.defaultHost;
    let id;
    if (fields2.uuid) id = fields2.uuid;
    else if (fields2.index !== void 0) id = host ? `${host}:gpu${fields2.index}` : `gpu${fields2.index}`;
    else return void 0;
    let device = this.byId.get(id);
    if (!device) {
      device = { id, vendor: "nvidia" };
      if (fields2.model) device.model = fields2.model;
      if (host) device.host = host;
      if (fields2.index !== void 0) device.index = fields2.index;
      if (fields2.uuid) device.uuid = fields2.uuid;
      this.byId.set(id, device);
    }
    return device;
  }
};

// plugins/dcgm/dmon-kernel.generated.ts
var DMON_KERNEL_WASM_BASE64 = "AGFzbQEAAAABEgNgBH9/f38Bf2ACf38BfGAAAAMFBAEAAAIFAwEAAAZTDH8AQYAIC38AQYCAwAALfwBBgMAAC38AQYCIwAALfwBBgIjEAAt/AEGAiMYAC38AQYCIzgALfwBBgAILfwBBgIrOAAt/AEEAC38BQQALfwFBAAsHkwENBUlOUFVUAwALSU5QVVRfQllURVMDAQhNQVhfUk9XUwMCCE9VVF9USU1FAwMJT1VUX0lOREVYAwQKT1VUX1ZBTFVFUwMFBVNMT1RTAwYLTUFYX0NPTFVNTlMDBwxNRU1PUllfQllURVMDCApTVEFUVVNfRU5EAwkEaW5pdAADCHJlYWRSb3dzAAIGbWVtb3J5AgAK9QgErAICAn8BfiAAIQIDQCABIAJKBH8gAi0AAEEwa0EJTQVBAAsEQCACLQAAQTBrrCAEQgp+fCEEIAJBAWohAgwBCwsgAiAAayEDQQAhACABIAJKBH8gAi0AAEEuRgVBAAsEQCACQQFqIgIhAANAIAEgAkoEfyACLQAAQTBrQQlNBUEACwRAIAItAABBMGusIARCCn58IQQgAkEBaiECDAELCyACIABrIgBFBEBEAAAAAAAA+H8PCwsgA0UEQEQAAAAAAAD4fw8LIAEgAkoEQCACLQAAIgFBCUYgAUEgRnIgAUENRnIgAUEKRnJFBEBEAAAAAAAA+H8PCwsgACADakEPSgRARAAAAAAAAPh/DwsgAiQKIAMkCyAABHwgBLkgAEEDdEFAaysDAKMFIAS5CwudBQIDfwN8A0AgACABSAR/IAAtAAAiBEEJRiAEQSBGcgVBAAsEQCAAQQFqIQAMAQsLIAAgARAAIQcCQCMLQQlIIAcgB2JyDQAjCiABTgR/QQAFIwotAAAiAEEJRiAAQSBGcgtFDQAjCiEAA0AgACABSAR/IAAtAAAiBEEJRiAEQSBGcgVBAAsEQCAAQQFqIQAMAQsLIABBA2ogAU4Ef0EBBSAALQAAQccARwsEf0EBBSAALQABQdAARwsEf0EBBSAALQACQdUARwsEf0EABSAALQADIgRBCUYgBEEgRnILRQ0AIABBA2ohAANAIAAgAUgEfyAALQAAIgRBCUYgBEEgRnIFQQALBEAgAEEBaiEADAELCyAAIAEQACEIIwtBBkogCCAInGJyDQADQCACIAVKBEAjCiEAA0AgACABSAR/IAAtAAAiBEEJRiAEQSBGcgVBAAsEQCAAQQFqIQAMAQsLIAAhBAJAIAVBgIjOAGosAAAiBkEASARAA0AgACABSAR/IAAtAABBIEsFQQALBH8gAC0AAEH/AEkFQQALBEAgAEEBaiEADAELCyAAIARGDQQgACQKDAELIAQgARAAIglEAAAAAAAA4EJjRQ0DIANBBHRBgIjGAGogBkEDdGogCTkDAAsgBUEBaiEFDAELCyMKIQADQCAAIAFIBH8gAC0AACICQQlGIAJBIEZyBUEACwRAIABBAWohAAwBCwsCfyABIAAgAUYNABogAEEBaiICIAAtAAAiBEEKRg0AGiAAQQJqIgUgASABIAVKGyAEQQ1GBH8gASACRgR/QQEFIAAtAAFBCkYLBUEACw0AGkF/CyIAQQBIDQAgA0EDdEGAiMAAaiAHOQMAIANBAnRBgIjEAGogCPwCNgIAIAAPC0F/C2UBAn8gAUGACGohBEGAwAAgAiACQYDAAE4bIQUgAEGACGohAEEAIQIDQCACIAVIIAAgBEhxBEAgACAEIAMgAhABIgFBAE4EQCACQQFqIQIgASEADAILCwtBACAAQYAIazYCACACC0ACAXwBf0QAAAAAAADwPyEAA0AgAUEQSARAIAFBA3RBQGsgADkDACAARAAAAAAAACRAoiEAIAFBAWohAQwBCwsL";

// plugins/dcgm/dmon-kernel.ts
var LAYOUT2 = ["INPUT", "INPUT_BYTES", "MAX_ROWS", "OUT_TIME", "OUT_INDEX", "OUT_VALUES", "SLOTS", "MAX_COLUMNS", "MEMORY_BYTES", "STATUS_END"];
var DmonKernel = class {
  exports;
  at;
  heap;
  view;
  slots;
  columns = -1;
  /** Per row read: the time as written (epoch s or ms), the GPU id, and two values per row (by slot). */
  time;
  index;
  values;
  constructor() {
    ({ exports: this.exports, at: this.at } = instantiateKernel(DMON_KERNEL_WASM_BASE64, LAYOUT2, "MEMORY_BYTES"));
    const memory = this.exports.memory;
    this.exports.init();
    this.heap = new Uint8Array(memory.buffer);
    this.view = new DataView(memory.buffer);
    this.slots = new Int8Array(memory.buffer, this.at.SLOTS, this.at.MAX_COLUMNS);
    this.time = new Float64Array(memory.buffer, this.at.OUT_TIME, this.at.MAX_ROWS);
    this.index = new Int32Array(memory.buffer, this.at.OUT_INDEX, this.at.MAX_ROWS);
    this.values = new Float64Array(memory.buffer, this.at.OUT_VALUES, this.at.MAX_ROWS * 2);
  }
  /** The largest chunk the kernel takes. */
  get inputBytes() {
    return this.at.INPUT_BYTES;
  }
  /** Per column of the header, the slot (0 or 1) of its value, or -1 to skip it; with more columns or slots, `read` reads no row. */
  setColumns(slotOfColumn) {
    const fits = slotOfColumn.length <= this.at.MAX_COLUMNS && slotOfColumn.every((slot) => slot <= 1);
    if (fits) this.slots.set(slotOfColumn);
    this.columns = fits ? slotOfColumn.length : -1;
  }
  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes) {
    this.heap.set(bytes, this.at.INPUT);
  }
  /** GPU rows of the loaded chunk from `start` to `limit`, at most `maxRows`, into the row columns; returns how many. */
  read(start, limit, maxRows) {
    return this.columns < 0 ? 0 : this.exports.readRows(start, limit, maxRows, this.columns);
  }
  /** Offset in the chunk of the first line that the last `read` left. */
  get end() {
    return this.view.getInt32(this.at.STATUS_END, true);
  }
};

// plugins/dcgm/dmon-fast-rows.ts
var SPACE = 32;
var TAB = 9;
var CR = 13;
var LF = 10;
var G = 71;
var P = 80;
var U = 85;
var HASH = 35;
var I = 105;
var D = 100;
var EPOCH_MIN_DIGITS = 9;
var INDEX_MAX_DIGITS = 6;
var PLAIN_TEXT = /^[\t\x20-\x7e]*$/;
var FastRows = class {
  constructor(devices, readings) {
    this.devices = devices;
    this.readings = readings;
  }
  devices;
  readings;
  /** Where the line after the last one read starts. */
  next = 0;
  /** Per GPU index, its device's place in the columns. */
  columnByIndex = [];
  columns = 0;
  wanted = [];
  /** For each column, its place in `wanted`, or -1 when it is not read. */
  slotOfColumn = new Int8Array(0);
  /** The last header after its time (`#Entity` and the column names, as written), when it is plain text. */
  header;
  values = new Float64Array(2);
  kernel = new DmonKernel();
  /** The chunk loaded in the kernel, while `consume` reads it; undefined when it did not fit. */
  loaded;
  /** Where the last decimal read ends, and its integer digits. */
  field = { end: 0, integerDigits: 0 };
  /** The columns named by a new `#Entity` header, and the header itself (after the time, trimmed). */
  setColumns(header, columns, wanted) {
    this.header = PLAIN_TEXT.test(header) ? Buffer.from(header, "latin1") : void 0;
    this.columns = columns;
    this.wanted = wanted;
    this.slotOfColumn = new Int8Array(columns).fill(-1);
    wanted.forEach(({ column }, slot) => this.slotOfColumn[column] = slot);
    this.kernel.setColumns(this.slotOfColumn);
  }
  /** The chunk the next `readRows` read from, when it fits the kernel (the bytes must not change until then). */
  load(bytes) {
    this.loaded = bytes.length <= this.kernel.inputBytes ? bytes : void 0;
    if (this.loaded) this.kernel.load(bytes);
  }
  /** GPU rows from `start`, at most `maxRows`, while the kernel reads them (their readings are taken); `next` is then set. Returns how many. */
  readRows(bytes, start, size, maxRows) {
    if (bytes !== this.loaded || size !== bytes.length) return 0;
    const kernel = this.kernel;
    const rows = kernel.read(start, size, maxRows);
    const { time, index: indexes, values: kernelValues } = kernel;
    const values = this.values;
    for (let r = 0; r < rows; r++) {
      values[0] = kernelValues[2 * r];
      values[1] = kernelValues[2 * r + 1];
      this.take(time[r], indexes[r]);
    }
    this.next = kernel.end;
    return rows;
  }
  /** Reads the line at `start` when it is a common one (a row's readings are taken); `next` is then set. */
  read(bytes, start, size) {
    const time = readDecimalFieldBytes(bytes, skipBlanks(bytes, start, size), size, this.field);
    if (Number.isNaN(time) || this.field.integerDigits < EPOCH_MIN_DIGITS || !isBlank(bytes[this.field.end])) return "unread";
    const body = skipBlanks(bytes, this.field.end, size);
    const first2 = bytes[body];
    if (first2 === G) return this.row(bytes, body, size, time) ? "row" : "unread";
    if (first2 === HASH) return this.repeatedHeader(bytes, body, size) ? "repeated-header" : "unread";
    return this.unitsLine(bytes, body, size) ? "units" : "unread";
  }
  /** A `GPU` row after its time. */
  row(bytes, entity, size, time) {
    if (bytes[entity + 1] !== P || bytes[entity + 2] !== U || !isBlank(bytes[entity + 3])) return false;
    const index2 = readDecimalFieldBytes(bytes, skipBlanks(bytes, entity + 3, size), size, this.field);
    if (!Number.isInteger(index2) || this.field.integerDigits > INDEX_MAX_DIGITS) return false;
    for (let column = 0; column < this.columns; column++) {
      const valueStart = skipBlanks(bytes, this.field.end, size);
      const slot = this.slotOfColumn[column];
      if (slot < 0) {
        this.field.end = skipPrintable(bytes, valueStart, size);
        if (this.field.end === valueStart) return false;
        continue;
      }
      const value = readDecimalFieldBytes(bytes, valueStart, size, this.field);
      if (!(value < DCGM_BLANK_MIN)) return false;
      this.values[slot] = value;
    }
    this.next = lineAfter(bytes, skipBlanks(bytes, this.field.end, size), size);
    if (this.next < 0) return false;
    this.take(time, index2);
    return true;
  }
  /** The readings of a row read (its values in `values`), to the columns. */
  take(time, index2) {
    this.push(Math.round(epochToMs(time)), this.columnByIndex[index2] ??= this.readings.columnOf(this.devices.get({ index: index2 })));
  }
  /** The last header again, byte for byte, then only blanks: the general path would read the same columns. */
  repeatedHeader(bytes, body, size) {
    const header = this.header;
    const end = body + (header?.length ?? 0);
    if (header === void 0 || end > size || header.compare(bytes, body, end) !== 0) return false;
    this.next = lineAfter(bytes, skipBlanks(bytes, end, size), size);
    return this.next >= 0;
  }
  /** `ID` as the first field (any case), on a line of plain text: the general path skips it. */
  unitsLine(bytes, body, size) {
    if ((bytes[body] | 32) !== I || (bytes[body + 1] | 32) !== D || skipPrintable(bytes, body, size) !== body + 2) return false;
    this.next = plainLineAfter(bytes, body + 2, size);
    return this.next >= 0;
  }
  push(timeMs, column) {
    const wanted = this.wanted;
    for (let slot = 0; slot < wanted.length; slot++) {
      const value = this.values[slot];
      if (wanted[slot].type === "power") this.readings.addPower(column, timeMs, value);
      else this.readings.addCounter(column, timeMs, value / 1e3);
    }
  }
};
function isBlank(c) {
  return c === SPACE || c === TAB;
}
function plainLineAfter(bytes, i, size) {
  while (i < size && (isBlank(bytes[i]) || bytes[i] > SPACE && bytes[i] < 127)) i++;
  return lineAfter(bytes, i, size);
}
function lineAfter(bytes, i, size) {
  if (i === size) return size;
  if (bytes[i] === LF) return i + 1;
  if (bytes[i] === CR && (i + 1 === size || bytes[i + 1] === LF)) return Math.min(i + 2, size);
  return -1;
}

// plugins/dcgm/dmon-columns.ts
var DmonColumns = class {
  power;
  counters;
  devices = [];
  columnByDevice = /* @__PURE__ */ new Map();
  /** `reuse`: each record's columns are read before the next batch is made (PluginContext.batchesReadAtOnce). */
  constructor(reuse) {
    this.power = new PowerColumnsBuilder({ reuse });
    this.counters = new EnergyCounterColumnsBuilder({ reuse });
  }
  /** Readings added since the last `take`. */
  get length() {
    return this.power.length + this.counters.length;
  }
  /** The device's place in the records' `devices`. */
  columnOf(device) {
    let column = this.columnByDevice.get(device);
    if (column === void 0) this.columnByDevice.set(device, column = this.devices.push(device) - 1);
    return column;
  }
  addPower(column, timeMs, powerW) {
    this.power.add(column, timeMs, powerW);
  }
  addCounter(column, timeMs, counterJ) {
    this.counters.add(column, timeMs, counterJ);
  }
  /** The readings added since the last call, as a record of each kind that has some. */
  take() {
    const records = [];
    const counters = this.counters.take(this.devices);
    if (counters) records.push(counters);
    const power = this.power.take(this.devices);
    if (power) records.push(power);
    return records;
  }
  /** The records taken so far were read: their columns may be written over. */
  newBatch() {
    this.power.newBatch();
    this.counters.newBatch();
  }
};

// plugins/dcgm/dmon-reader.ts
var BATCH_READINGS = 16384;
var DMON_TIME_HINT = "`dcgmi dmon` prints no time; put one in front of every line as it is written, e.g. `dcgmi dmon -e 155,156 -d 1000 | while IFS= read -r l; do printf '%s %s\\n' \"$(date +%s.%3N)\" \"$l\"; done > dcgmi.log` or `dcgmi dmon -e 155,156 | ts '%Y-%m-%dT%H:%M:%.S%z' > dcgmi.log` (moreutils)";
var PREFIX = /^\s*(\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T|\s+)\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+(.*)$/;
var DmonReader = class {
  constructor(file, context, defaultHost) {
    this.file = file;
    this.context = context;
    this.devices = new DeviceRegistry(defaultHost);
    this.dropped = new DroppedRows(file);
    this.columns = new DmonColumns(context.batchesReadAtOnce === true);
    this.fast = new FastRows(this.devices, this.columns);
  }
  file;
  context;
  // Made on first use: epoch prefixes and times with an offset need no zone.
  toUtc;
  devices;
  dropped;
  fast;
  columns;
  names;
  /** The columns read, set from the header. */
  wanted = [];
  headerLine = 0;
  rows = 0;
  lineNo = 0;
  /**
   * The records of a chunk of whole lines (from `readLineChunks`), in batches of about BATCH_READINGS
   * readings. A batch's columns may be reused for the next one (PluginContext.batchesReadAtOnce).
   */
  *consume(chunk) {
    const bytes = chunk.bytes;
    const size = bytes.length;
    this.fast.load(bytes);
    let start = 0;
    while (start < size) {
      const room = BATCH_READINGS - this.columns.length;
      if (room <= 0) {
        yield this.columns.take();
        this.columns.newBatch();
        continue;
      }
      if (this.names !== void 0 && this.wanted.length > 0) {
        const rows = this.fast.readRows(bytes, start, size, Math.ceil(room / this.wanted.length));
        if (rows > 0) {
          this.rows += rows;
          this.lineNo += rows;
          start = this.fast.next;
          continue;
        }
      }
      this.lineNo++;
      if (this.names !== void 0) {
        const kind = this.fast.read(bytes, start, size);
        if (kind !== "unread") {
          if (kind === "row") this.rows++;
          else if (kind === "repeated-header") this.headerLine = this.lineNo;
          start = this.fast.next;
          continue;
        }
      }
      const newline = bytes.indexOf(10, start);
      const end = newline < 0 ? size : newline;
      const textEnd = end > start && bytes[end - 1] === 13 ? end - 1 : end;
      this.line(bytesText(bytes, start, textEnd), newline < 0 && chunk.unterminatedLast);
      start = end + 1;
    }
    if (this.columns.length > 0) {
      yield this.columns.take();
      this.columns.newBatch();
    }
  }
  /** After the last chunk: refuses a log without rows, and reports what was dropped. */
  finish() {
    if (this.rows === 0) {
      throw new InputError("no dcgmi dmon rows found", { file: this.file, hint: "run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole" });
    }
    this.dropped.report(this.context.log, "those readings are missing, which lowers the coverage of the GPUs concerned");
  }
  /** One line as text; `cut` when it is the file's last and has no newline. */
  line(raw, cut) {
    const { file, lineNo: line } = this;
    if (raw.length === 0 || raw.trim() === "") return;
    const match = PREFIX.exec(raw);
    const body = (match ? match[2] : raw).trim();
    if (body.startsWith("#Entity")) {
      this.header(body);
      return;
    }
    const tokens = body.split(/\s+/);
    if (tokens[0].length === 2 && tokens[0].toLowerCase() === "id") return;
    const names = this.names;
    if (!names) {
      throw new InputError("a data row comes before the `#Entity` header", {
        file,
        line,
        hint: "keep the header lines that `dcgmi dmon` prints; they name the columns"
      });
    }
    if (!match) throw new InputError("the dcgmi dmon row carries no time", { file, line, hint: DMON_TIME_HINT });
    if (tokens.length !== names.length + 2) {
      if (cut) {
        this.dropped.add("the last line is cut short (the logger was stopped mid-write)", line);
        return;
      }
      throw new InputError(`the row has ${tokens.length - 2} values but the header at line ${this.headerLine} names ${names.length}`, {
        file,
        line,
        hint: "the row is truncated or two logs were interleaved; repair or delete the row"
      });
    }
    this.rows++;
    if (tokens[0] !== "GPU") {
      this.dropped.add(`${tokens[0]} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
      return;
    }
    const index2 = Number(tokens[1]);
    if (!Number.isInteger(index2) || index2 < 0) {
      throw new InputError(`GPU id "${tokens[1]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
    }
    const timeMs = this.timeOf(match[1]);
    const device = this.devices.get({ index: index2 });
    const deviceColumn = this.columns.columnOf(device);
    for (const { column, type } of this.wanted) {
      const text = tokens[column + 2];
      const value = parseNumber(text);
      if (value === null) {
        this.dropped.add(`${names[column]} is ${text}`, line);
        continue;
      }
      if (Number.isNaN(value)) {
        throw new InputError(`${names[column]} "${text}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      if (value >= DCGM_BLANK_MIN) {
        this.dropped.add(`${names[column]} holds a DCGM blank value`, line);
        continue;
      }
      if (type === "power") this.columns.addPower(deviceColumn, timeMs, value);
      else this.columns.addCounter(deviceColumn, timeMs, value / 1e3);
    }
  }
  /** An `#Entity` header (the body of the line, without its time): the columns of the rows after it. */
  header(body) {
    const previous = this.names;
    const names = body.split(/\s+/).slice(1);
    this.names = names;
    if (previous && previous.join(" ") !== names.join(" ")) {
      this.context.log.info(`${this.file}:${this.lineNo}: a new #Entity header; columns are now ${names.join(" ")}`);
    }
    const power = names.indexOf("POWER");
    const energy = names.indexOf("TOTEC");
    this.wanted = [
      ...power >= 0 ? [{ column: power, type: "power" }] : [],
      ...energy >= 0 ? [{ column: energy, type: "energy-counter" }] : []
    ];
    this.fast.setColumns(body, names.length, this.wanted);
    this.headerLine = this.lineNo;
    if (power < 0 && energy < 0) {
      throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(" ")})`, {
        file: this.file,
        line: this.lineNo,
        hint: "monitor the power fields: `dcgmi dmon -e 155,156`"
      });
    }
  }
  timeOf(prefix) {
    if (/^\d+(?:\.\d+)?$/.test(prefix)) return Math.round(epochToMs(Number(prefix)));
    const parsed = parseDateTime(prefix);
    if (!parsed) throw new InputError(`"${prefix}" is not a date and time`, { file: this.file, line: this.lineNo, hint: DMON_TIME_HINT });
    return parsed.offsetMs === void 0 ? dateTimeToUtc(parsed, this.toUtc ??= wallClockToUtc(this.context.timeZone)) : dateTimeToUtc(parsed, (ms) => ms);
  }
};

// plugins/dcgm/dmon.ts
function hasDmonHeader(head) {
  return /^\s*(?:\S+\s+){0,2}#Entity\b/m.test(head);
}
function dmonPreamble(head) {
  const entity = /^.*#Entity\b.*$/m.exec(head);
  if (!entity) return void 0;
  let end = head.indexOf("\n", entity.index);
  if (end < 0) return void 0;
  const next = head.indexOf("\n", end + 1);
  if (next > 0 && /^\s*(?:\S+\s+){0,2}ID\b/i.test(head.slice(end + 1, next))) end = next;
  return head.slice(0, end + 1);
}
async function* readDcgmiDmon(source, context, defaultHost) {
  const reader = new DmonReader(source.path, context, defaultHost);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    yield* reader.consume(chunk);
  }
  reader.finish();
}

// plugins/dcgm/prometheus-label-sets.ts
var MAX_LABEL_SETS = 1e5;
var LabelSetMemory = class {
  byText = /* @__PURE__ */ new Map();
  previous;
  /** What the label set `bytes[start, end)` stands for, when it came before. */
  find(bytes, start, end) {
    const predicted = this.previous?.next;
    if (predicted && predicted.bytes.length === end - start && predicted.bytes.compare(bytes, start, end) === 0) {
      this.previous = predicted;
      return predicted;
    }
    const known = this.byText.get(bytesText(bytes, start, end));
    if (known) this.follow(known);
    return known;
  }
  remember(labelSet, meaning) {
    if (this.byText.size >= MAX_LABEL_SETS) {
      this.byText.clear();
      this.previous = void 0;
    }
    const known = { bytes: Buffer.from(labelSet, "utf8"), meaning, next: void 0 };
    this.byText.set(labelSet, known);
    this.follow(known);
  }
  follow(known) {
    if (this.previous) this.previous.next = known;
    this.previous = known;
  }
};

// plugins/dcgm/prometheus-line.ts
var HASH2 = 35;
var CLOSE_BRACE = 125;
function isComment(bytes, start, end) {
  const first2 = skipBlanks(bytes, start, end);
  return first2 < end && bytes[first2] === HASH2;
}
function labelSetEnd(bytes, start, end) {
  const close = bytes.lastIndexOf(CLOSE_BRACE, end - 1);
  return close > start ? close + 1 : -1;
}
function readSampleTail(bytes, from, end, out) {
  const valueStart = skipBlanks(bytes, from, end);
  const valueEnd = skipPrintable(bytes, valueStart, end);
  const timeStart = skipBlanks(bytes, valueEnd, end);
  const timeEnd = skipPrintable(bytes, timeStart, end);
  if (timeStart === valueEnd || skipBlanks(bytes, timeEnd, end) !== end) return false;
  out.value = parseDecimalBytes(bytes, valueStart, valueEnd);
  out.time = parseDecimalBytes(bytes, timeStart, timeEnd);
  return !Number.isNaN(out.value) && Number.isFinite(out.time);
}

// plugins/dcgm/prometheus-samples.ts
var POWER2 = "DCGM_FI_DEV_POWER_USAGE";
var ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
var ADD_TIMESTAMPS_HINT = "each sample needs a timestamp: append one when saving each scrape, e.g. `curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)";
async function* samplesOf(source, context, devices, dropped) {
  const scanner = new SampleScanner(source.path, devices, dropped);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    yield scanner.consume(chunk);
  }
  scanner.finish();
}
var POWER_BYTES = Buffer.from(POWER2, "latin1");
var ENERGY_BYTES = Buffer.from(ENERGY, "latin1");
var NO_HIT = Number.MAX_SAFE_INTEGER;
var SampleScanner = class {
  constructor(file, devices, dropped) {
    this.file = file;
    this.devices = devices;
    this.dropped = dropped;
  }
  file;
  devices;
  dropped;
  labelSets = new LabelSetMemory();
  tail = { value: 0, time: 0 };
  /** Lines before the current chunk. */
  linesBefore = 0;
  seen = 0;
  consume(chunk) {
    const out = [];
    const bytes = chunk.bytes;
    const size = bytes.length;
    let power = hitAt(bytes, POWER_BYTES, 0);
    let energy = hitAt(bytes, ENERGY_BYTES, 0);
    let lineStart = 0;
    let line = this.linesBefore;
    while (lineStart < size) {
      const hit = Math.min(power, energy);
      const newline = bytes.indexOf(10, lineStart);
      const end = newline < 0 ? size : newline;
      line++;
      if (hit < end) this.line(bytes, lineStart, end, line, newline < 0 && chunk.unterminatedLast, out);
      lineStart = end + 1;
      if (power < lineStart) power = hitAt(bytes, POWER_BYTES, lineStart);
      if (energy < lineStart) energy = hitAt(bytes, ENERGY_BYTES, lineStart);
    }
    this.linesBefore = line;
    return out;
  }
  /** After the last chunk: a file without a sample of ours is refused. */
  finish() {
    if (this.seen === 0) {
      throw new InputError(`no ${POWER2} or ${ENERGY} samples found`, {
        file: this.file,
        hint: "the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole"
      });
    }
  }
  /** A line that names one of our metrics; `cut` when it is the file's last and has no newline. */
  line(bytes, start, newlineAt, line, cut, out) {
    const end = newlineAt > start && bytes[newlineAt - 1] === 13 ? newlineAt - 1 : newlineAt;
    if (isComment(bytes, start, end)) return;
    const labelsEnd = labelSetEnd(bytes, start, end);
    const known = labelsEnd < 0 ? void 0 : this.labelSets.find(bytes, start, labelsEnd);
    if (known && readSampleTail(bytes, labelsEnd, end, this.tail)) {
      if (known.meaning) this.accept(known.meaning, Math.round(epochToMs(this.tail.time)), this.tail.value, line, out);
      return;
    }
    this.parse(bytesText(bytes, start, end), line, cut, out);
  }
  /** The line as text, parsed whole; its label set is remembered. */
  parse(text, line, cut, out) {
    let sample;
    try {
      sample = parsePrometheusLine(text, { file: this.file, line });
    } catch (error) {
      if (cut) {
        this.dropped?.add("the last line is cut short (the file was being written)", line);
        return;
      }
      throw error;
    }
    if (!sample) return;
    const series = this.seriesOf(sample, line);
    const close = text.lastIndexOf("}");
    if (close > 0 && !text.includes(" # ")) this.labelSets.remember(text.slice(0, close + 1), series);
    if (series) this.accept(series, sample.timeMs, sample.value, line, out);
  }
  accept(series, timeMs, value, line, out) {
    this.seen++;
    if (timeMs === void 0) {
      throw new InputError(`the ${series.metric} sample has no timestamp`, { file: this.file, line, hint: ADD_TIMESTAMPS_HINT });
    }
    if (!Number.isFinite(value)) {
      this.dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
      return;
    }
    if (value >= DCGM_BLANK_MIN) {
      this.dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
      return;
    }
    out.push({ metric: series.metric, device: series.device, key: series.key, timeMs, value });
  }
  seriesOf(sample, line) {
    if (sample.name !== POWER2 && sample.name !== ENERGY) return null;
    const device = this.devices.get(deviceFields(sample.labels));
    if (!device) {
      throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
        file: this.file,
        line,
        hint: "keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them"
      });
    }
    return { metric: sample.name, device, key: `${sample.name}\0${device.id}` };
  }
};
function hitAt(bytes, name, from) {
  const at = bytes.indexOf(name, from);
  return at < 0 ? NO_HIT : at;
}
function first(labels, ...names) {
  for (const name of names) {
    const value = labels[name];
    if (value !== void 0 && value !== "") return value;
  }
  return void 0;
}
function deviceFields(labels) {
  const gpu = first(labels, "gpu");
  const index2 = gpu !== void 0 && /^\d+$/.test(gpu) ? Number(gpu) : void 0;
  return {
    uuid: first(labels, "UUID", "uuid", "gpu_uuid"),
    index: index2,
    host: first(labels, "Hostname", "hostname"),
    model: first(labels, "modelName", "model_name")
  };
}

// plugins/dcgm/sample-buffer.ts
var SampleBuffer = class {
  times = new Float64Array(256);
  values = new Float64Array(256);
  length = 0;
  push(timeMs, value) {
    if (this.length === this.times.length) {
      const times = new Float64Array(this.length * 2);
      const values = new Float64Array(this.length * 2);
      times.set(this.times);
      values.set(this.values);
      this.times = times;
      this.values = values;
    }
    this.times[this.length] = timeMs;
    this.values[this.length] = value;
    this.length++;
  }
  /** The pairs in time order; equal times keep their order of arrival. */
  *sorted() {
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => this.times[a] - this.times[b] || a - b);
    for (const i of order) yield [this.times[i], this.values[i]];
  }
};

// plugins/dcgm/prometheus.ts
var MAX_HELD_SAMPLES = 4e6;
var BATCH = 4096;
function toRecord(metric, device, timeMs, value) {
  return metric === POWER2 ? { type: "power", timeMs, device, powerW: value } : { type: "energy-counter", timeMs, device, counterJ: value / 1e3 };
}
async function unorderedSeries(source, context, host, readSamples) {
  const last = /* @__PURE__ */ new Map();
  const unordered = /* @__PURE__ */ new Set();
  for await (const samples of readSamples(source, context, new DeviceRegistry(host), void 0)) {
    for (const { key, timeMs } of samples) {
      const previous = last.get(key);
      if (previous !== void 0 && timeMs < previous) unordered.add(key);
      else last.set(key, timeMs);
    }
  }
  return unordered;
}
async function* readPrometheus(source, context, host, readSamples = samplesOf) {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host, readSamples);
  const held = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;
  for await (const samples of readSamples(source, context, new DeviceRegistry(host), dropped)) {
    const records = [];
    for (const { metric, device, key, timeMs, value } of samples) {
      if (unordered.has(key) && heldCount < MAX_HELD_SAMPLES) {
        let entry = held.get(key);
        if (!entry) held.set(key, entry = { metric, device, buffer: new SampleBuffer() });
        entry.buffer.push(timeMs, value);
        heldCount++;
        continue;
      }
      if (unordered.has(key)) overflow = true;
      if (last.get(key) === timeMs) {
        repeats++;
        continue;
      }
      last.set(key, timeMs);
      records.push(toRecord(metric, device, timeMs, value));
    }
    if (records.length > 0) yield records;
  }
  for (const { metric, device, buffer } of held.values()) {
    let records = [];
    let previous = Number.NaN;
    for (const [timeMs, value] of buffer.sorted()) {
      if (timeMs === previous) {
        repeats++;
        continue;
      }
      previous = timeMs;
      records.push(toRecord(metric, device, timeMs, value));
      if (records.length === BATCH) {
        yield records;
        records = [];
      }
    }
    if (records.length > 0) yield records;
  }
  if (held.size > 0) {
    const gpus = new Set([...held.values()].map((h) => h.device.id));
    context.log.info(`${file}: the samples of ${[...gpus].join(", ")} came in several label sets out of time order; they were sorted`);
  }
  if (overflow) {
    context.log.warn(
      `${file}: too many out-of-order samples to sort in memory; the rest were passed on unsorted, and those that go back in time are dropped, lowering coverage`
    );
  }
  if (repeats > 0) {
    context.log.info(`${file}: ${repeats} samples repeated a GPU already seen at the same instant (MIG instances or several pod label sets); each was counted once`);
  }
  dropped.report(context.log);
}

// plugins/dcgm/index.ts
var DCGM_SAMPLE = /^(?:DCGM_FI_[A-Z0-9_]+\s*[{ ]|\{[^}\n]*\b__name__\s*=\s*"DCGM_FI_)/m;
var DCGM_METADATA = /^# (?:HELP|TYPE) DCGM_FI_/m;
function detect3({ head }) {
  if (DCGM_SAMPLE.test(head)) return 0.95;
  if (DCGM_METADATA.test(head)) return 0.9;
  if (hasDmonHeader(head)) return 0.9;
  return 0;
}
function hostOption(options) {
  if (options.host === void 0) return void 0;
  if (typeof options.host !== "string" || options.host === "") throw new InputError("plugin option host must be a non-empty string");
  return options.host;
}
async function formatOf(source) {
  let head = "";
  for await (const chunk of source.open()) {
    head += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    if (head.length >= 64 * 1024) break;
  }
  return hasDmonHeader(head) && !DCGM_SAMPLE.test(head) ? "dmon" : "prometheus";
}
function splitPreamble({ head }) {
  if (hasDmonHeader(head) && !DCGM_SAMPLE.test(head)) return dmonPreamble(head);
  return DCGM_SAMPLE.test(head) ? "" : void 0;
}
async function* read(source, context) {
  const host = hostOption(context.options);
  if (await formatOf(source) === "dmon") yield* readDcgmiDmon(source, context, host);
  else yield* readPrometheus(source, context, host);
}
var dcgm_default = definePlugin({
  name: "dcgm",
  kind: "telemetry",
  description: "GPU power (DCGM_FI_DEV_POWER_USAGE, W) and the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ) from timestamped DCGM exporter scrapes, Prometheus dumps or `dcgmi dmon` logs.",
  options: {
    type: "object",
    properties: {
      host: {
        type: "string",
        minLength: 1,
        description: "host name to qualify device ids (host:gpuN) where the source names neither a GPU UUID nor a host"
      }
    }
  },
  detect: detect3,
  read,
  splitPreamble
});

// plugins/hf-trainer/index.ts
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var MAX_BYTES = 256 * 1024 * 1024;
var SETUP_HINT = 'trainer_state.json does not record the hardware: state it, e.g. `--plugin-option gpu="NVIDIA A100-SXM4-80GB" --plugin-option count=8`, or in .carbon-ci.yml `pluginOptions: { hf-trainer: { gpu: "NVIDIA A100-SXM4-80GB", count: 8 } }`';
function detect4({ path, head }) {
  const name = basename(path);
  const start = head.trimStart();
  if (!start.startsWith("{")) return 0;
  if (head.includes('"log_history"') && (name === "trainer_state.json" || head.includes('"global_step"'))) return 0.95;
  if (name === "all_results.json" && head.includes('"train_runtime"')) return 0.85;
  return 0;
}
async function sourceText(source) {
  const chunks = [];
  let size = 0;
  for await (const chunk of source.open()) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BYTES) throw new InputError(`the file is larger than ${MAX_BYTES / 1024 / 1024} MiB; a Trainer state file is not`, { file: source.path });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readJson(text, file) {
  let value;
  try {
    value = JSON.parse((await text).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (isInputError(error)) throw error;
    throw new InputError(`not valid JSON: ${error.message}`, { file, hint: "pass the trainer_state.json that transformers wrote, unedited" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError("expected a JSON object", { file });
  return value;
}
async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
var seconds = (value) => typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
async function anchorMs(context, path, what) {
  const { endTime } = context.options;
  if (endTime !== void 0) {
    const trimmed = endTime.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) {
      throw new InputError(`option endTime "${endTime}" is not a date-time`, { hint: "give an ISO 8601 time such as 2025-03-25T06:15:48Z, or Unix seconds" });
    }
    return dateTimeToUtc(parsed, wallClockToUtc(context.timeZone));
  }
  const mtimeMs = Math.round((await stat(path)).mtimeMs);
  context.log.warn(
    `${path}: the Trainer records durations but no clock time, so ${what} is taken to end at the file's modification time ${new Date(mtimeMs).toISOString()}; if the file was copied or checked out since, set --plugin-option endTime=<ISO time> for hourly grid intensity`
  );
  return mtimeMs;
}
function usageRecords(phases, startAtMs, devices, options, file) {
  const out = [];
  let at = startAtMs;
  for (const phase of phases) {
    const endMs = at + Math.round(phase.durationS * 1e3);
    for (const device of devices) {
      const record = { type: "usage", startMs: at, endMs, device, origin: { file } };
      if (options.utilization !== void 0) record.utilization = options.utilization;
      if (options.powerW !== void 0) record.powerW = options.powerW;
      out.push(record);
    }
    at = endMs;
  }
  return out;
}
function devicesFor(options, file) {
  const missing = [options.gpu === void 0 ? "gpu (the GPU model)" : void 0, options.count === void 0 ? "count (GPUs used)" : void 0].filter(Boolean);
  if (missing.length > 0) throw new InputError(`the hf-trainer plugin needs the option${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}`, { file, hint: SETUP_HINT });
  const { host, gpu } = options;
  return Array.from({ length: options.count }, (_, index2) => {
    const device = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2, model: gpu };
    if (host) device.host = host;
    return device;
  });
}
function laterPhases(results) {
  const phases = [];
  const evalS = seconds(results.eval_runtime);
  if (evalS !== void 0) phases.push({ name: "evaluation", durationS: evalS });
  const predictS = seconds(results.predict_runtime);
  if (predictS !== void 0) phases.push({ name: "prediction", durationS: predictS });
  return phases;
}
async function* readTrainerState(source, context) {
  const file = source.path;
  const devices = devicesFor(context.options, file);
  const state = await readJson(sourceText(source), file);
  if (!Array.isArray(state.log_history)) {
    throw new InputError("no log_history array: this is not a transformers Trainer state file", { file, hint: "pass the trainer_state.json from the output directory" });
  }
  const training = [];
  for (const entry of state.log_history) {
    const runtime = seconds(entry?.train_runtime);
    if (runtime !== void 0) training.push({ name: "training", durationS: runtime });
  }
  if (training.length === 0) {
    context.log.warn(
      `${file}: no train_runtime in log_history (step ${String(state.global_step)} of ${String(state.max_steps)}): an intermediate checkpoint's state or an interrupted run; not counted. Pass the trainer_state.json that Trainer.save_state() wrote after training`
    );
    return;
  }
  const trainingEndMs = await anchorMs(context, file, "training");
  const trainingS = training.reduce((sum, phase) => sum + phase.durationS, 0);
  const phases = [...training];
  const resultsPath = join(dirname(file), "all_results.json");
  if (await exists(resultsPath)) {
    const later = laterPhases(await readJson(readFile(resultsPath, "utf8"), resultsPath));
    phases.push(...later);
    if (later.length > 0) context.log.info(`${file}: adding ${later.map((p) => `${p.name} ${p.durationS} s`).join(", ")} from all_results.json beside it`);
  }
  yield usageRecords(phases, trainingEndMs - Math.round(trainingS * 1e3), devices, context.options, file);
}
async function* readAllResults(source, context) {
  const file = source.path;
  if (await exists(join(dirname(file), "trainer_state.json"))) {
    context.log.info(`${file}: read together with trainer_state.json beside it (pass that file); not counted on its own`);
    return;
  }
  const devices = devicesFor(context.options, file);
  const results = await readJson(sourceText(source), file);
  const trainS = seconds(results.train_runtime);
  const phases = [...trainS === void 0 ? [] : [{ name: "training", durationS: trainS }], ...laterPhases(results)];
  if (phases.length === 0) throw new InputError("no train_runtime, eval_runtime or predict_runtime", { file, hint: 'pass the all_results.json that Trainer.save_metrics("all", \u2026) wrote' });
  const totalS = phases.reduce((sum, phase) => sum + phase.durationS, 0);
  const startMs = context.options.endTime !== void 0 ? await anchorMs(context, file, "training") - Math.round((trainS ?? 0) * 1e3) : await anchorMs(context, file, "the last phase") - Math.round(totalS * 1e3);
  yield usageRecords(phases, startMs, devices, context.options, file);
}
var hf_trainer_default = definePlugin({
  name: "hf-trainer",
  kind: "telemetry",
  description: "Hugging Face transformers Trainer output: trainer_state.json (train_runtime) plus eval/predict runtimes from all_results.json, with the GPU model and count you state; an estimate, not a measurement",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      gpu: { type: "string", minLength: 1, description: 'GPU model, e.g. "NVIDIA A100-SXM4-80GB" (required).' },
      count: { type: "integer", minimum: 1, maximum: 1e5, description: "Number of GPUs the run used (required)." },
      utilization: { type: "number", minimum: 0, maximum: 1, description: "Mean GPU utilisation 0..1 to assume; default: the energy stage\u2019s assumption." },
      powerW: { type: "number", exclusiveMinimum: 0, description: "Mean power per GPU to assume, in W; default: board power from the GPU table." },
      endTime: { type: "string", minLength: 1, description: "When training ended (ISO 8601, or Unix seconds); default: the file\u2019s modification time." },
      host: { type: "string", minLength: 1, description: "Host the run ran on, to match these GPUs with power logs of the same machine." }
    }
  },
  detect: detect4,
  read(source, context) {
    return basename(source.path) === "all_results.json" ? readAllResults(source, context) : readTrainerState(source, context);
  }
});

// plugins/mlflow/index.ts
var STORE_PATH = /[\\/]metrics[\\/]system[\\/](?:([^\\/]+)[\\/])?gpu_(\d+)_power_usage_watts$/;
var POWER_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_power_usage_watts$/;
var UTIL_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_utilization_percentage$/;
var STORE_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/;
var MAX_JSON_BYTES = 512 * 1024 * 1024;
function detect5({ path, head }) {
  const first2 = head.split("\n", 1)[0].trim();
  if (STORE_PATH.test(path)) return STORE_LINE.test(first2) ? 0.95 : 0.8;
  const start = head.trimStart();
  if ((start.startsWith("{") || start.startsWith("[")) && /"system\/(?:[^/"]+\/)?gpu_\d+_power_usage_watts"/.test(head) && head.includes('"timestamp"')) {
    return 0.9;
  }
  return 0;
}
function parseStoreValue(text) {
  const value = Number(text);
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) ? value : Number.NaN;
}
var Devices = class {
  constructor(options) {
    this.options = options;
  }
  options;
  byKey = /* @__PURE__ */ new Map();
  get(node, index2) {
    const host = node ?? this.options.host;
    const key = `${host ?? ""}\0${index2}`;
    let ref = this.byKey.get(key);
    if (!ref) {
      ref = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2 };
      if (host) ref.host = host;
      if (this.options.model) ref.model = this.options.model;
      this.byKey.set(key, ref);
    }
    return ref;
  }
};
async function* readStoreFile(source, context, match) {
  const file = source.path;
  const device = new Devices(context.options).get(match[1], Number(match[2]));
  let bad = 0;
  let firstBad = 0;
  let records = 0;
  let truncated = 0;
  for await (const batch of readLines(sourceChunks(source), { file })) {
    context.signal.throwIfAborted();
    const out = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (batch.unterminatedLast && i === batch.lines.length - 1) {
        truncated = line;
        return;
      }
      const m = STORE_LINE.exec(text.trim());
      const powerW = m ? parseStoreValue(m[2]) : Number.NaN;
      if (!m || !Number.isFinite(powerW)) {
        bad++;
        if (firstBad === 0) firstBad = line;
        return;
      }
      out.push({ type: "power", timeMs: Number(m[1]), device, powerW, origin: { file, line } });
    });
    records += out.length;
    if (out.length > 0) yield out;
  }
  if (bad > 0) {
    context.log.warn(`${file}: dropped ${bad} line(s) that are not "<timestamp ms> <watts> <step>" or hold nan/inf, first at line ${firstBad}; the time they cover counts as a gap`);
  }
  if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short (MLflow ends every line)`);
  if (records === 0) {
    throw new InputError("no power readings in this MLflow metric file", {
      file,
      hint: 'MLflow writes one line "<timestamp ms> <value> <step>" per logged value; check that system metrics logging was on (MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true) and pynvml installed'
    });
  }
}
function entriesOf(document) {
  if (Array.isArray(document)) return document;
  if (typeof document !== "object" || document === null) return void 0;
  const object = document;
  if (Array.isArray(object.metrics)) return object.metrics;
  const entries = [];
  for (const [key, series] of Object.entries(object)) {
    if (!Array.isArray(series)) continue;
    for (const point of series) entries.push({ ...point, key: point?.key ?? key });
  }
  return entries.length > 0 ? entries : void 0;
}
function toNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return Number.NaN;
}
async function readText(source) {
  const chunks = [];
  let size = 0;
  for await (const chunk of source.open()) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_JSON_BYTES) {
      throw new InputError(`the JSON export is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB`, {
        file: source.path,
        hint: 'export one metric per file, or as JSON lines (one {"key","value","timestamp"} object per line)'
      });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
}
function parseJsonExport(text, file) {
  try {
    const entries2 = entriesOf(JSON.parse(text));
    if (entries2) return entries2;
  } catch {
  }
  const entries = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    try {
      const value = JSON.parse(line);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) entries.push(value);
    } catch {
      throw new InputError("not valid JSON (neither one document nor one object per line)", {
        file,
        line: i + 1,
        hint: "export the metric history with the REST API (GET /api/2.0/mlflow/metrics/get-history) or `json.dump([m.to_dictionary() for m in client.get_metric_history(run_id, key)], f)`"
      });
    }
  }
  return entries;
}
async function* readJsonExport(source, context) {
  const file = source.path;
  const entries = parseJsonExport(await readText(source), file);
  const devices = new Devices(context.options);
  const utilization = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const u = typeof entry?.key === "string" ? UTIL_KEY.exec(entry.key) : null;
    const value = toNumber(entry?.value);
    if (u && value >= 0 && value <= 100) utilization.set(`${u[1] ?? ""}\0${u[2]}\0${toNumber(entry.timestamp)}`, value / 100);
  }
  const out = [];
  let bad = 0;
  for (const entry of entries) {
    const p = typeof entry?.key === "string" ? POWER_KEY.exec(entry.key) : null;
    if (!p) continue;
    const timeMs = toNumber(entry.timestamp);
    const powerW = toNumber(entry.value);
    if (!Number.isFinite(timeMs) || timeMs < 0 || !Number.isFinite(powerW)) {
      bad++;
      continue;
    }
    const record = { type: "power", timeMs, device: devices.get(p[1], Number(p[2])), powerW, origin: { file } };
    const u = utilization.get(`${p[1] ?? ""}\0${p[2]}\0${timeMs}`);
    if (u !== void 0) record.utilization = u;
    out.push(record);
  }
  if (bad > 0) context.log.warn(`${file}: dropped ${bad} GPU power entr${bad === 1 ? "y" : "ies"} without a numeric timestamp or value; the time they cover counts as a gap`);
  if (out.length === 0) {
    throw new InputError("no GPU power metrics (system/gpu_N_power_usage_watts) in this MLflow export", {
      file,
      hint: "export the system metric history of the run, e.g. GET /api/2.0/mlflow/metrics/get-history?run_id=\u2026&metric_key=system/gpu_0_power_usage_watts"
    });
  }
  out.sort((a, b) => a.timeMs - b.timeMs);
  for (let i = 0; i < out.length; i += 8192) yield out.slice(i, i + 8192);
}
var mlflow_default = definePlugin({
  name: "mlflow",
  kind: "telemetry",
  description: 'MLflow system metrics: the file store metric files mlruns/<exp>/<run>/metrics/system/gpu_N_power_usage_watts ("<ms> <W> <step>" lines), or a JSON export of system/gpu_N_power_usage_watts history',
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      host: { type: "string", minLength: 1, description: "Host the run ran on, when MLFLOW_SYSTEM_METRICS_NODE_ID was not set (then the node id is the host)." },
      model: { type: "string", minLength: 1, description: "GPU model name; MLflow system metrics do not record it." }
    }
  },
  detect: detect5,
  read(source, context) {
    const match = STORE_PATH.exec(source.path);
    return match ? readStoreFile(source, context, match) : readJsonExport(source, context);
  }
});

// plugins/nvidia-smi-dmon/index.ts
var NEED_TIME_HINT = "record the time with the samples: run `nvidia-smi dmon -o DT` (date and time columns); for a log written with `-o T` only, give the date of its first row as the plugin option `date` (YYYY-MM-DD)";
function fields(text) {
  return text.includes(",") ? text.split(",").map((f) => f.trim()) : text.trim().split(/\s+/);
}
function isUnitsLine(names) {
  return names.some((n) => n.toLowerCase() === "idx");
}
function isHeaderLine(names) {
  return names.some((n) => n.toLowerCase() === "gpu");
}
function detectDmon({ head }) {
  const lines = head.split("\n", 6).map((l) => l.trim()).filter((l) => l !== "");
  const first2 = lines[0];
  if (!first2?.startsWith("#")) return 0;
  const names = fields(first2.slice(1)).map((n) => n.toLowerCase());
  if (!names.includes("gpu")) return 0;
  const second = lines[1];
  const unitsFollow = second?.startsWith("#") === true && isUnitsLine(fields(second.slice(1)));
  if (names.includes("pwr")) return unitsFollow ? 0.95 : 0.8;
  return unitsFollow ? 0.6 : 0;
}
function layoutOf(names, file, line) {
  const lower = names.map((n) => n.toLowerCase());
  const pwr = lower.indexOf("pwr");
  if (pwr < 0) {
    throw new InputError(`the dmon header has no pwr (power) column (columns: ${names.join(" ")})`, {
      file,
      line,
      hint: "include the power group: run `nvidia-smi dmon` with its default metrics or with `-s p` among the groups"
    });
  }
  return {
    names,
    gpu: lower.indexOf("gpu"),
    pwr,
    sm: lower.indexOf("sm"),
    date: lower.indexOf("date"),
    time: lower.indexOf("time"),
    headerLine: line
  };
}
function readOptions(raw) {
  const options = {};
  if (raw.host !== void 0) {
    if (typeof raw.host !== "string" || raw.host === "") throw new InputError("plugin option host must be a non-empty string");
    options.host = raw.host;
  }
  if (raw.date !== void 0) {
    if (typeof raw.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw.date) || !parseDateTime(`${raw.date}T00:00:00`)) {
      throw new InputError(`plugin option date must be a date as YYYY-MM-DD, not ${JSON.stringify(raw.date)}`);
    }
    options.date = raw.date;
  }
  return options;
}
var RowClock = class {
  constructor(timeZone, firstDate) {
    this.firstDate = firstDate;
    this.toUtc = wallClockToUtc(timeZone);
  }
  firstDate;
  toUtc;
  dayOffsetMs = 0;
  lastTimeOfDayMs;
  utcMs(layout, row, file, line) {
    if (layout.time < 0) {
      throw new InputError("the dmon log has no time column, so its samples cannot be placed in time", { file, line, hint: NEED_TIME_HINT });
    }
    const timeText = row[layout.time];
    if (layout.date >= 0) {
      const parsed2 = parseDateTime(`${row[layout.date]} ${timeText}`);
      if (!parsed2) throw badTime(`${row[layout.date]} ${timeText}`, file, line);
      return this.toUtc(parsed2.wallMs);
    }
    if (this.firstDate === void 0) {
      throw new InputError("the dmon log has a time column but no date column (`-o T`)", { file, line, hint: NEED_TIME_HINT });
    }
    const parsed = parseDateTime(`${this.firstDate}T${timeText}`);
    if (!parsed) throw badTime(timeText, file, line);
    const timeOfDayMs = parsed.wallMs % 864e5;
    if (this.lastTimeOfDayMs !== void 0 && timeOfDayMs < this.lastTimeOfDayMs - 12 * 36e5) this.dayOffsetMs += 864e5;
    this.lastTimeOfDayMs = timeOfDayMs;
    return this.toUtc(parsed.wallMs + this.dayOffsetMs);
  }
};
function badTime(text, file, line) {
  return new InputError(`"${text}" is not a dmon date and time (YYYYMMDD HH:MM:SS)`, {
    file,
    line,
    hint: "the row is corrupted; repair or delete it"
  });
}
async function* readDmon(source, context) {
  const options = readOptions(context.options);
  const file = source.path;
  const clock = new RowClock(context.timeZone, options.date);
  const devices = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  let layout;
  const deviceFor = (index2) => {
    let device = devices.get(index2);
    if (!device) {
      const id = options.host ? `${options.host}:gpu${index2}` : `gpu${index2}`;
      device = { id, vendor: "nvidia", index: index2, ...options.host ? { host: options.host } : {} };
      devices.set(index2, device);
    }
    return device;
  };
  for await (const batch of readLines(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "") continue;
      if (text.startsWith("#")) {
        const names = fields(text.slice(1));
        if (isUnitsLine(names)) continue;
        if (isHeaderLine(names)) {
          layout = layoutOf(names, file, line);
          continue;
        }
        continue;
      }
      if (!layout) {
        throw new InputError("a data row comes before the dmon header", {
          file,
          line,
          hint: "keep the two `#` header lines that `nvidia-smi dmon` prints first; they name the columns"
        });
      }
      const row = fields(text);
      if (row.length !== layout.names.length) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add("the last line is cut short (the logger was stopped mid-write)", line);
          continue;
        }
        throw new InputError(`the row has ${row.length} fields but the header at line ${layout.headerLine} names ${layout.names.length}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      const timeMs = clock.utcMs(layout, row, file, line);
      const index2 = Number(row[layout.gpu]);
      if (!Number.isInteger(index2) || index2 < 0) {
        throw new InputError(`gpu index "${row[layout.gpu]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const powerW = parseNumber(row[layout.pwr]);
      if (powerW === null) {
        dropped.add("no power value (`-`)", line);
        continue;
      }
      if (Number.isNaN(powerW)) {
        throw new InputError(`power "${row[layout.pwr]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const record = { type: "power", timeMs, device: deviceFor(index2), powerW };
      if (layout.sm >= 0) {
        const sm = parseNumber(row[layout.sm]);
        if (sm !== null && Number.isFinite(sm) && sm >= 0 && sm <= 100) record.utilization = sm / 100;
      }
      records.push(record);
    }
    if (records.length > 0) yield records;
  }
  if (!layout) {
    throw new InputError("no dmon header found", {
      file,
      hint: "this plugin reads the output of `nvidia-smi dmon -o DT`, which starts with two `#` header lines"
    });
  }
  dropped.report(context.log);
}
var nvidia_smi_dmon_default = definePlugin({
  name: "nvidia-smi-dmon",
  kind: "telemetry",
  description: "Board power (whole W) and SM utilisation per GPU from `nvidia-smi dmon -o DT` logs, text or CSV.",
  options: {
    type: "object",
    properties: {
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" },
      date: {
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        description: "date (YYYY-MM-DD, in the time zone) of the first row of a log written with `-o T` (time without date)"
      }
    }
  },
  detect: detectDmon,
  read: readDmon
});

// plugins/nvidia-smi/fields.ts
var POWER_FIELDS = ["power.draw", "power.draw.average", "power.draw.instant"];
var ALIASES = {
  gpu_name: "name",
  gpu_uuid: "uuid",
  gpu_bus_id: "pci.bus_id",
  gpu_serial: "serial",
  "utilization.gpu": "utilization.gpu"
};
var KNOWN_ROOTS = /* @__PURE__ */ new Set([
  "timestamp",
  "driver_version",
  "count",
  "name",
  "serial",
  "uuid",
  "index",
  "pci",
  "pcie",
  "display_mode",
  "display_active",
  "persistence_mode",
  "addressing_mode",
  "accounting",
  "vbios_version",
  "inforom",
  "gom",
  "fan",
  "pstate",
  "clocks_throttle_reasons",
  "clocks_event_reasons",
  "memory",
  "compute_mode",
  "compute_cap",
  "utilization",
  "encoder",
  "ecc",
  "retired_pages",
  "remapped_rows",
  "temperature",
  "power",
  "enforced",
  "module",
  "clocks",
  "mig",
  "protected_memory",
  "fabric",
  "reset_status",
  "platform",
  "gpu_recovery_action",
  "driver_model",
  "vgpu_device_capability",
  "gpu_name",
  "gpu_uuid",
  "gpu_bus_id",
  "gpu_serial",
  "gpu_operation_mode",
  "power_smoothing",
  "c2c"
]);
var FIELD_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
var UNIT_SUFFIX = /^(.*?)\s*\[([^\]]*)\]$/;
function parseHeaderFields(line) {
  const fields2 = [];
  for (const raw of line.split(",")) {
    let text = raw.trim();
    let unit;
    const withUnit = UNIT_SUFFIX.exec(text);
    if (withUnit) {
      text = withUnit[1];
      unit = withUnit[2];
    }
    const name = text.toLowerCase();
    if (!FIELD_NAME.test(name)) return void 0;
    const canonical = ALIASES[name] ?? name;
    fields2.push({ name: canonical, unit, known: KNOWN_ROOTS.has(canonical.split(".")[0]) });
  }
  return fields2.length > 0 && fields2.some((f) => f.known) ? fields2 : void 0;
}
function choosePowerField(names) {
  return POWER_FIELDS.find((field) => names.includes(field));
}
var POWER_SCALE = { w: 1, mw: 1e-3, kw: 1e3 };
function layoutFromFields(fields2, file, line, from) {
  const names = fields2.map((f) => f.name);
  const powerField = choosePowerField(names);
  if (!powerField) {
    throw new InputError(`the ${from} has no power.draw column (fields: ${names.join(", ")})`, {
      file,
      line,
      hint: "log power: add power.draw to --query-gpu, e.g. `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu --format=csv,nounits -lms 1000 -f power.csv`"
    });
  }
  const power = names.indexOf(powerField);
  const unit = fields2[power].unit;
  const powerScale = unit === void 0 ? 1 : POWER_SCALE[unit.toLowerCase()];
  if (powerScale === void 0) {
    throw new InputError(`the ${powerField} column is in [${unit}], not [W]`, { file, line, hint: "log power in watts, as nvidia-smi does" });
  }
  const timestamp = names.indexOf("timestamp");
  if (timestamp < 0) {
    throw new InputError(`the ${from} has no timestamp column: energy needs to know when each power reading was taken`, {
      file,
      line,
      hint: "add timestamp to --query-gpu (first is customary), e.g. `--query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu`"
    });
  }
  return {
    count: names.length,
    names,
    timestamp,
    power,
    powerField,
    powerScale,
    index: names.indexOf("index"),
    uuid: names.indexOf("uuid"),
    name: names.indexOf("name"),
    busId: names.indexOf("pci.bus_id"),
    utilization: names.indexOf("utilization.gpu")
  };
}
function fieldsFromOption(columns, file) {
  const fields2 = parseHeaderFields(columns);
  if (!fields2) {
    throw new InputError(`the columns option "${columns}" is not a list of nvidia-smi field names`, {
      file,
      hint: "give the --query-gpu list the log was written with, e.g. columns=timestamp,index,power.draw"
    });
  }
  return fields2;
}

// plugins/nvidia-smi/headerless.ts
var TIMESTAMP = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/;
var UUID = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
var WATTS = /^[+-]?\d+(\.\d+)?\s*W$/;
var BUS_ID = /^[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]$/;
var NUMBER_WITH_UNIT = /^[+-]?\d+(\.\d+)?\s*[A-Za-z%]*$/;
var GPU_NAME = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID|A\d|H\d|L\d|B\d)/;
function looksLikeTimestamp(text) {
  return TIMESTAMP.test(text);
}
function inferFieldsFromRow(row, file, line) {
  const cells = row.split(",").map((cell) => cell.trim());
  const fields2 = cells.map((_, i) => ({ name: `column${i + 1}`, unit: void 0, known: false }));
  const watts = [];
  const seen = /* @__PURE__ */ new Set();
  const name = (i, fieldName) => {
    fields2[i].name = fieldName;
    seen.add(fieldName);
  };
  cells.forEach((cell, i) => {
    if (!seen.has("timestamp") && TIMESTAMP.test(cell)) name(i, "timestamp");
    else if (!seen.has("uuid") && UUID.test(cell)) name(i, "uuid");
    else if (!seen.has("pci.bus_id") && BUS_ID.test(cell)) name(i, "pci.bus_id");
    else if (WATTS.test(cell)) watts.push(i);
    else if (!seen.has("name") && GPU_NAME.test(cell) && !NUMBER_WITH_UNIT.test(cell)) name(i, "name");
  });
  if (watts.length !== 1) {
    throw new InputError(
      watts.length === 0 ? "the log has no header and no column is marked as watts, so power.draw cannot be found" : `the log has no header and ${watts.length} columns are in watts (power.draw, power.limit, ...), so power.draw cannot be told apart`,
      {
        file,
        line,
        hint: "log with a header (drop `noheader` from --format), or name the columns with the plugin option columns=<the --query-gpu list>"
      }
    );
  }
  fields2[watts[0]].name = "power.draw";
  fields2[watts[0]].unit = "W";
  return fields2;
}

// plugins/nvidia-smi/detect.ts
var UUID2 = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
var GPU_NAME2 = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID) [\w .-]+$/;
var NUMBER_OR_MISSING = /^([+-]?\d+(\.\d+)?(\s*[A-Za-z%]+)?|\[[^\]]*\])$/;
function detectNvidiaSmi({ head }) {
  const lines = head.split("\n", 40).map((l) => l.replace(/\r$/, "")).filter((l) => l.trim() !== "");
  const first2 = lines[0];
  if (first2 === void 0) return 0;
  const lead = first2.trimStart()[0];
  if (lead === "{" || lead === "[" || lead === "#" || lead === "<") return 0;
  const header = parseHeaderFields(first2);
  if (header) {
    if (!first2.includes(", ") && header.length > 1) return 0;
    const names = header.map((f) => f.name);
    const unknown = header.filter((f) => !f.known).length;
    if (choosePowerField(names)) return unknown === 0 ? 0.95 : unknown < header.length / 2 ? 0.8 : 0;
    const nvidiaLike = header.filter((f) => f.known && (f.name.includes(".") || f.unit !== void 0)).length;
    return unknown === 0 && nvidiaLike >= 1 ? 0.6 : 0;
  }
  return detectHeaderless(lines.slice(0, 20));
}
function detectHeaderless(rows) {
  let width = -1;
  let timestamp = false;
  let watts = false;
  let uuid = false;
  let nvidiaCell = false;
  for (const row of rows) {
    if (!row.includes(", ")) return 0;
    const cells = row.split(",").map((c) => c.trim());
    if (width >= 0 && cells.length !== width) return 0;
    width = cells.length;
    for (const cell of cells) {
      if (looksLikeTimestamp(cell)) timestamp = true;
      else if (UUID2.test(cell)) uuid = true;
      else if (/^[+-]?\d+(\.\d+)?\s*W$/.test(cell)) watts = true;
      else if (GPU_NAME2.test(cell) || cell.startsWith("[")) nvidiaCell = true;
      else if (!NUMBER_OR_MISSING.test(cell)) return 0;
    }
  }
  if (timestamp || watts || uuid) return 0.5;
  if (width < 2) return 0;
  return nvidiaCell ? 0.3 : 0.2;
}

// plugins/nvidia-smi/arrangement.ts
var SPLIT_RATIO = 3;
var JITTER_FLOOR_MS = 2;
var CONSISTENT_SHARE = 0.9;
var REGULAR_SHARE = 0.8;
var MAX_GPUS = 64;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function sampleSizes(deltas, gapMs) {
  const sizes = [];
  let size = 1;
  for (const d of deltas) {
    if (d < 0 || d >= gapMs) {
      sizes.push(size);
      size = 1;
    } else size++;
  }
  sizes.push(size);
  return sizes;
}
function consistentSampleSize(sizes) {
  if (sizes.length < 2) return void 0;
  if (sizes.length === 2) return sizes[0] === sizes[1] && sizes[0] <= MAX_GPUS ? sizes[0] : void 0;
  const { mode, share } = modeShare(sizes.slice(0, -1));
  return share >= CONSISTENT_SHARE && mode <= MAX_GPUS ? mode : void 0;
}
function modeShare(sizes) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [size, count] of counts) {
    if (count > best || count === best && size < mode) {
      mode = size;
      best = count;
    }
  }
  return { mode, share: best / sizes.length };
}
function classifyRows(timesMs, powersW) {
  const n = timesMs.length;
  if (n < 2) return { kind: "single", closeMs: 0 };
  const deltas = new Float64Array(n - 1);
  for (let i = 1; i < n; i++) deltas[i - 1] = timesMs[i] - timesMs[i - 1];
  if (deltas.every((d) => d === 0)) return { kind: "interleaved", gpus: n, sampleGapMs: 1 };
  const distinct = [...new Set(deltas.filter((d) => d >= 0))].sort((a, b) => a - b);
  let closeMs = Number.NaN;
  for (let j = 0; j + 1 < distinct.length; j++) {
    const low = Math.max(distinct[j], JITTER_FLOOR_MS);
    const high = distinct[j + 1];
    if (high / low < SPLIT_RATIO) continue;
    const gapMs = Math.sqrt(low * high);
    const mode = consistentSampleSize(sampleSizes(deltas, gapMs));
    if (mode === void 0) continue;
    if (mode > 1) return { kind: "interleaved", gpus: mode, sampleGapMs: gapMs };
    closeMs = gapMs;
    break;
  }
  const positive = [...deltas.filter((d) => d > 0)];
  const interval = median(positive);
  const regular = positive.filter((d) => Math.abs(d - interval) <= 0.25 * interval).length / Math.max(1, deltas.length);
  if (regular < REGULAR_SHARE) {
    return {
      kind: "irregular",
      reason: `the time between rows varies irregularly (only ${Math.round(regular * 100)}% of intervals are within 25% of the median ${Math.round(interval)} ms), as when several GPUs or loggers write to one file`
    };
  }
  const period = zigzagPeriod(powersW);
  if (period > 1) {
    return {
      kind: "irregular",
      reason: `power alternates with a period of ${period} rows, as when ${period} GPUs' rows are interleaved`
    };
  }
  return { kind: "single", closeMs: Number.isNaN(closeMs) ? interval / 4 : closeMs };
}
function zigzagPeriod(powersW) {
  const values = powersW.filter((p) => Number.isFinite(p));
  if (values.length < 64) return 0;
  const meanLagDiff = (lag) => {
    let sum = 0;
    for (let i = lag; i < values.length; i++) sum += Math.abs(values[i] - values[i - lag]);
    return sum / (values.length - lag);
  };
  const neighbours = meanLagDiff(1);
  if (neighbours <= 10) return 0;
  for (let lag = 2; lag <= 16; lag++) if (meanLagDiff(lag) < 0.3 * neighbours) return lag;
  return 0;
}

// plugins/nvidia-smi/row-shape.ts
var TIME = 0;
var CONSTANT = 1;
var POWER3 = 2;
var UTILIZATION = 3;
var OTHER = 4;
var RowShape = class {
  /** Per segment, in column order: its kind, then (TIME) the field's width or (CONSTANT) the stretch's length; 0 otherwise. */
  segments;
  /** The bytes of the constant stretches, one after the other. */
  stretches;
  /** Learn the shape from a row read the general way: `bounds[c]` is the end of field `c` (its comma, or the line's end). */
  constructor(layout, bytes, start, bounds) {
    const count = layout.count;
    const constant = (c2) => c2 === layout.index || c2 === layout.uuid || c2 === layout.name || c2 === layout.busId;
    const segments = [];
    const stretches = [];
    let c = 0;
    while (c < count) {
      const fieldStart = c === 0 ? start : bounds[c - 1] + 1;
      if (c === layout.timestamp) {
        segments.push(TIME, bounds[c] - fieldStart);
        c++;
      } else if (constant(c) && c < count - 1) {
        let last = c;
        while (last + 1 < count - 1 && constant(last + 1)) last++;
        const stretch = bytes.subarray(fieldStart, bounds[last] + 1);
        segments.push(CONSTANT, stretch.length);
        stretches.push(...stretch);
        c = last + 1;
      } else {
        segments.push(c === layout.power ? POWER3 : c === layout.utilization ? UTILIZATION : OTHER, 0);
        c++;
      }
    }
    this.segments = Int32Array.from(segments);
    this.stretches = Uint8Array.from(stretches);
  }
};

// plugins/nvidia-smi/row-kernel.generated.ts
var ROW_KERNEL_WASM_BASE64 = "AGFzbQEAAAABHQRgAn9/AX9gB39/f39/fHwBf2AEf39/fwF/YAAAAwUEAAECAwUDAQAABpcBGH8AQYAIC38AQYAIC38AQYAoC38AQYCAEAt/AEGAqBALfwBBgIDAAAt/AEGAgAELfwBBgKjQAAt/AEGAqNQAC38AQYCo3AALfwBBgKjkAAt/AEGAqOwAC38AQYDo7AALfwBBAAt/AEEEC38AQQgLfwBBIAt/AEEIC38AQRgLfwBBAAt/AEEBC38AQQILfwBBAwt/AEEECwfeAhsLU0hBUEVfVEFCTEUDAAtNQVhfREVWSUNFUwMBClNIQVBFX0FSRUEDAhBTSEFQRV9BUkVBX0JZVEVTAwMFSU5QVVQDBAtJTlBVVF9CWVRFUwMFCE1BWF9ST1dTAwYIT1VUX1NMT1QDBwtPVVRfV0FMTF9NUwMICU9VVF9QT1dFUgMJD09VVF9VVElMSVpBVElPTgMKDExBU1RfVElNRV9NUwMLDE1FTU9SWV9CWVRFUwMMClNUQVRVU19FTkQDDQ1TVEFUVVNfQ1VSU09SAw4TU1RBVFVTX1VUSUxJWkFUSU9OUwMPDlNIQVBFX1NFR01FTlRTAxAKU0hBUEVfREFURQMRDFNIQVBFX0RBWV9NUwMSBFRJTUUDEwhDT05TVEFOVAMUBVBPV0VSAxULVVRJTElaQVRJT04DFgVPVEhFUgMXBGluaXQAAwhyZWFkUm93cwABBm1lbW9yeQIACp8SBO0CAQV/IAEgAGtBCEgEQEF/DwsgAC0AB0EwayIEIABBBmotAABBMGsiA0EKbGpBfyAEQQlNIANBCU1xGyIEIAAtAAFBMGsiAyAALQAAQTBrIgVBCmxqQX8gA0EJTSAFQQlNcRsiBSAALQAEQTBrIgMgAEEDai0AAEEwayIGQQpsakF/IANBCU0gBkEJTXEbIgNyckEASAR/QQEFIAAtAAJBOkcLBH9BAQUgAC0ABUE6RwsEQEF/DwsgA0E7SiAFQRdKciAEQTxKcgRAQX8PCyAFQTxsIANqQTxsIARqQegHbCAAQQhqIAFIBH8gAC0ACEEuRyABIABrQQlrIgNBAExyIANBCUpyBEBBfw8LQQAhAQNAIAEgA0gEQCAAQQlqIAFqLQAAQTBrIgRBCUsEQEF/DwsgAkEKbCAEaiACIAFBA0gbIQIgAUEBaiEBDAELCyADQQNIBH8gAkHkAEEKIANBAUYbbAUgAgsFQQALagv1AgIGfwJ8IAFBgKgQaiEJIABBgKgQaiEIQQAhAQNAIAFBgIABSCAIIAlIcQRAAkAgAkEBaiIAQQAgACADSBsiAEGACEgEfyAAQQJ0QYAIaigCAAVBAAsiCkUNACAKIAggCSABEAIiC0EASA0AIAQEQCABQQN0IgxBgKjcAGohCiAMQYCo1ABqKwMAIQ0gAEEDdEGAqOwAaiEMIAVEAAAAAAAA8D9hBHwgCisDAAUgCisDACAFogsiDiAGZAR/QQAFIA0gDCsDAGQLRQ0BIAogDjkDACAMIA05AwAgAUEDdEGAqOQAaiICKwMAIg1EAAAAAAAAWUCjRAAAAAAAAPh/IA1EAAAAAAAAWUBlIA1EAAAAAAAAAABmcRshDSACIA05AwAgB0EBaiAHIA0gDWEbIQcLIAFBAnRBgKjQAGogADYCACABQQFqIQEgACECIAtBAWohCAwCCwsLQQAgCEGAqBBrNgIAQQQgAjYCAEEIIAc2AgAgAQv1CwMCfAt/An4gACgCACEKRAAAAAAAAPh/IQUCQANAIAogC0oEQCALIApBAWtGIQkCfyAAQSBqIAtBBHRqIgYoAgAiDEEBRgRAIAYoAgQiByABaiACSgR/QQAFIAYoAgghBgJ/IAdBBEgEQEEAIQgDQCAHIAhKBEBBACABIAhqLQAAIAYgCGotAABHDQMaIAhBAWohCAwBCwtBAQwBCyAHQRBOBEAgB0FwcSEJQQAhCANAIAggCUgEQEEAIAEgCGr9AAQAIAYgCGr9AAQA/SP9Y0UNAxogCEEQaiEIDAELCyAHIAlGBH9BAQUgASAHakEQa/0ABAAgBiAHakEQa/0ABAD9I/1jCwwBCyAHQXxxIQlBACEIA0AgCCAJSARAQQAgASAIaigCACAGIAhqKAIARw0CGiAIQQRqIQgMAQsLIAcgCUYEf0EBBSABIAdqQQRrKAIAIAYgB2pBBGsoAgBGCwsLRQ0EIAEgB2oMAQsgDARAIAxBBEYEQEEAIQYDQCABQQhqIAJMBEACQCABKQMAIhJCrNiw4cKFi5YshSIRQoGChIiQoMCAAX0gEUJ/hYMgEkKKlKjQoMGChQqFIhFCgYKEiJCgwIABfSARQn+Fg4RCgIGChIiQoMCAf4MiEUIAUgRAIAEgEXpCA4inaiEBDAELIAFBCGohAQwCCwsLA0AgASACSARAIAEtAAAiBkEKRiAGQSxGckUEQCABQQFqIQEMAgsLCyABIAJGIAZBCkYgCUdyDQUgASEGBQNAIAEtAABBIEYEQCABQQFqIQEMAQsLRAAAAAAAAAAAIQRBACEIQQAhByABLQAAQTBrIQYDQCAGQQlNBEAgBEQAAAAAAAAkQKIgBregIQQgCEEBaiEIIAFBAWoiAS0AAEEwayEGDAELCyAGQX5GBEAgAUEBaiIBLQAAQTBrIQYDQCAGQQlNBEAgBEQAAAAAAAAkQKIgBregIQQgCEEBaiEIIAdBAWohByABQQFqIgEtAABBMGshBgwBCwsLA0AgAS0AAEEgRgRAIAFBAWohAQwBCwsDQCABLQAAIgZBJUYhDSAGQdoATSAGQcEAT3EEf0EBBSAGQfoATSAGQeEAT3ELIA1yBEAgAUEBaiEBDAELCyAIRSAIQQ9Kcg0FAn9BfyABIAEtAAAiBkEsRxsgCUUNABogASAGQQpGDQAaIAFBAWpBfyAGQQ1GBH8gAS0AAUEKRgVBAAsbCyIGQQBIDQUgBwRAIAQgB0EDdEFAaysDAKMhBAsgDEECRgRAIANBA3RBgKjcAGogBDkDAAUgBCEFCwsFIAEgBigCBGoiByACTg0EAn9BfyAHIActAAAiBkEsRxsgCUUNABogByAGQQpGDQAaIAdBAWpBfyAGQQ1GBH8gBy0AAUEKRgVBAAsbCyIGQQBIDQQDQCABLQAAQSBGBEAgAUEBaiEBDAELCyAAKAIERSAHIAFrQRNIcg0EIAEoAgAgACgCCEcEf0EBBSABKAIEIAAoAgxHCwR/QQEFIAEoAgcgACgCEEcLDQQgByABQQtqIghrQQxGBH8gCC0AAUEwayIBIAgtAABBMGsiB0EKbGpBfyABQQlNIAdBCU1xGyIOQRdMIQEgCC0AB0EwayIMIAhBBmotAABBMGsiB0EKbGpBfyAMQQlNIAdBCU1xGyIHQTxMIAgtAARBMGsiDSAIQQNqLQAAQTBrIgxBCmxqQX8gDUEJTSAMQQlNcRsiDEE7TCAILQAJQTBrIg1BCU0gDCAOciAHckEATnEgCC0ACkEwayIPQQlNcSAILQALQTBrIhBBCU1xBH8gCC0AAkE6RgVBAAsEfyAILQAFQTpGBUEACwR/IAgtAAhBLkYFQQALIAFxcXEEfyAOQTxsIAxqQTxsIAdqQegHbCANQeQAbGogD0EKbGogEGoFQX8LBSAIIAcQAAsiAUEASA0EIANBA3RBgKjUAGogACsDGCABt6A5AwALIAkEQCADQQN0QYCo5ABqIAU5AwAgBg8LIAZBAWoLIQEgC0EBaiELDAELC0F/DwtBfwtAAgF8AX9EAAAAAAAA8D8hAANAIAFBEEgEQCABQQN0QUBrIAA5AwAgAEQAAAAAAAAkQKIhACABQQFqIQEMAQsLCw==";

// plugins/nvidia-smi/row-kernel.ts
var LAYOUT3 = [
  "SHAPE_TABLE",
  "MAX_DEVICES",
  "SHAPE_AREA",
  "SHAPE_AREA_BYTES",
  "INPUT",
  "INPUT_BYTES",
  "MAX_ROWS",
  "OUT_SLOT",
  "OUT_WALL_MS",
  "OUT_POWER",
  "OUT_UTILIZATION",
  "LAST_TIME_MS",
  "MEMORY_BYTES",
  "STATUS_END",
  "STATUS_CURSOR",
  "STATUS_UTILIZATIONS",
  "SHAPE_SEGMENTS",
  "SHAPE_DATE",
  "SHAPE_DAY_MS"
];
var KINDS = { TIME, CONSTANT, POWER: POWER3, UTILIZATION, OTHER };
var DATE_BYTES = 11;
var RowKernel = class {
  exports;
  at;
  heap;
  view;
  nextShape;
  /** Per row read: the GPU's slot, the wall-clock time (ms), power and utilisation as printed (NaN: no such field). */
  slots;
  wallMs;
  power;
  utilization;
  /** Per device slot, the time of its last reading, kept by `readReadings`. */
  lastTimeMs;
  constructor() {
    const names = [...LAYOUT3, ...Object.keys(KINDS)];
    const { exports, at } = instantiateKernel(ROW_KERNEL_WASM_BASE64, names, "MEMORY_BYTES");
    for (const [name, value] of Object.entries(KINDS)) {
      if (at[name] !== value) throw new Error(`row kernel: segment kind ${name} is ${at[name]} in the kernel, ${value} here (rebuild it: npm run build:kernel)`);
    }
    this.exports = exports;
    this.at = at;
    const memory = exports.memory;
    this.exports.init();
    this.heap = new Uint8Array(memory.buffer);
    this.view = new DataView(memory.buffer);
    this.nextShape = this.at.SHAPE_AREA;
    const rows = this.at.MAX_ROWS;
    this.slots = new Int32Array(memory.buffer, this.at.OUT_SLOT, rows);
    this.wallMs = new Float64Array(memory.buffer, this.at.OUT_WALL_MS, rows);
    this.power = new Float64Array(memory.buffer, this.at.OUT_POWER, rows);
    this.utilization = new Float64Array(memory.buffer, this.at.OUT_UTILIZATION, rows);
    this.lastTimeMs = new Float64Array(memory.buffer, this.at.LAST_TIME_MS, this.at.MAX_DEVICES);
  }
  /** The largest chunk the kernel takes. */
  get inputBytes() {
    return this.at.INPUT_BYTES;
  }
  /** The most rows one `read` returns. */
  get maxRows() {
    return this.at.MAX_ROWS;
  }
  /** Offset in the chunk of the first row that the last `read` left. */
  get end() {
    return this.view.getInt32(this.at.STATUS_END, true);
  }
  /** The slot of the last GPU that the last `read` read (the cursor it was given when it read none). */
  get cursor() {
    return this.view.getInt32(this.at.STATUS_CURSOR, true);
  }
  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes) {
    this.heap.set(bytes, this.at.INPUT);
  }
  /**
   * Rows of the loaded chunk from `start` to `limit` (an offset just after an LF), while each has the
   * shape of the GPU after `cursor`, into the row columns; returns how many.
   */
  read(start, limit, cursor, devices) {
    return this.exports.readRows(start, limit, cursor, devices, false, 1, 0);
  }
  /**
   * `read` for a log whose wall clock is UTC: the rows as the readings the reader hands on (power
   * times `powerScale`, utilisation as a fraction, NaN when out of range), stopping before one that
   * needs its line (power above `suspiciousW`, a time not after `lastTimeMs[slot]`, which it updates).
   */
  readReadings(start, limit, cursor, devices, powerScale, suspiciousW) {
    return this.exports.readRows(start, limit, cursor, devices, true, powerScale, suspiciousW);
  }
  /** How many of the rows the last `readReadings` read have a utilisation. */
  get utilizations() {
    return this.view.getInt32(this.at.STATUS_UTILIZATIONS, true);
  }
  /** The most device slots the kernel knows. */
  get maxDevices() {
    return this.at.MAX_DEVICES;
  }
  /** Give the GPU in `slot` its shape; false when the kernel has no room for it (its rows then go the general way). */
  setShape(slot, shape) {
    const { segments, stretches } = shape;
    const count = segments.length / 2;
    const size = this.at.SHAPE_SEGMENTS + count * 16 + stretches.length;
    const address = this.nextShape;
    if (slot >= this.at.MAX_DEVICES || address + size > this.at.SHAPE_AREA + this.at.SHAPE_AREA_BYTES) return false;
    this.nextShape = address + Math.ceil(size / 8) * 8;
    const view = this.view;
    view.setInt32(address, count, true);
    view.setInt32(address + 4, 0, true);
    let stretch = address + this.at.SHAPE_SEGMENTS + count * 16;
    this.heap.set(stretches, stretch);
    for (let s = 0; s < count; s++) {
      const segment = address + this.at.SHAPE_SEGMENTS + s * 16;
      const kind = segments[2 * s];
      const length = segments[2 * s + 1];
      view.setInt32(segment, kind, true);
      view.setInt32(segment + 4, length, true);
      view.setInt32(segment + 8, kind === CONSTANT ? stretch : 0, true);
      if (kind === CONSTANT) stretch += length;
    }
    view.setInt32(this.at.SHAPE_TABLE + slot * 4, address, true);
    return true;
  }
  /**
   * The date that the GPU in `slot` had in its last row read the general way: its timestamp's first
   * 11 bytes (`YYYY/MM/DD `) at `bytes[at]`, and that date's midnight on the wall clock. Rows of
   * another date are left to the general path, which tells the kernel of the new date here.
   */
  setDate(slot, bytes, at, dayMs) {
    if (slot >= this.at.MAX_DEVICES || at + DATE_BYTES > bytes.length) return;
    const address = this.view.getInt32(this.at.SHAPE_TABLE + slot * 4, true);
    if (address === 0) return;
    const date = address + this.at.SHAPE_DATE;
    const view = this.view;
    view.setInt32(date, word(bytes, at), true);
    view.setInt32(date + 4, word(bytes, at + 4), true);
    view.setInt32(date + 8, word(bytes, at + 7), true);
    view.setFloat64(address + this.at.SHAPE_DAY_MS, dayMs, true);
    view.setInt32(address + 4, 1, true);
  }
  /** Forget every shape (the columns changed). */
  clearShapes() {
    this.heap.fill(0, this.at.SHAPE_TABLE, this.at.SHAPE_TABLE + this.at.MAX_DEVICES * 4);
    this.nextShape = this.at.SHAPE_AREA;
  }
};
function word(bytes, at) {
  return bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
}

// plugins/nvidia-smi/scan.ts
var PLACEHOLDERS = /* @__PURE__ */ new Set(["N/A", "ERR!", "Unknown Error", "Not Supported"]);
function isMissingMarker(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || bytes[s] === 91) return true;
  return e - s <= 13 && PLACEHOLDERS.has(bytesText(bytes, s, e));
}

// plugins/nvidia-smi/reader.ts
var HEAD_ROWS = 4096;
var WARN_EACH = 3;
var SUSPICIOUS_W = 2e3;
var MIN_BATCH_ROWS = 1024;
var NvidiaSmiReader = class {
  constructor(file, timeZone, log, options = {}, settings = {}) {
    this.file = file;
    this.log = log;
    this.options = options;
    this.byShape = settings.byShape ?? true;
    this.columns = new PowerColumnsBuilder({ reuse: settings.reuseColumns === true });
    this.toUtc = monotonicWallClockToUtc(timeZone);
    this.wallClockIsUtc = isFixedUtc(timeZone);
  }
  file;
  log;
  options;
  layout;
  headerText = "";
  withUnits;
  lastFieldHasUnit = false;
  bounds = new Int32Array(16);
  lineStart = 0;
  lineNo = 0;
  stamp = new Float64Array(2);
  /** The date of the last timestamp read the general way, and its midnight. */
  dateKey = -1;
  dayMs = 0;
  /** Reads rows by their GPU's shape; made when the first shape is learnt. */
  kernel;
  /** Rows read by their GPU's shape. */
  shapedRowCount = 0;
  toUtc;
  /** The wall clock is UTC: the kernel hands on readings as they are (see readingsByKernel). */
  wallClockIsUtc;
  /** Readings that need no origin, as columns; taken at the end of each chunk and before any single record. */
  columns;
  byShape;
  /** The devices' refs by slot, for the columns' `devices`. */
  deviceRefs = [];
  byKey = /* @__PURE__ */ new Map();
  byIndex = [];
  devices = [];
  cursor = -1;
  arrangement;
  held = [];
  sample = [];
  lastRowTimeMs = Number.NaN;
  closeRows = 0;
  firstCloseLine = 0;
  droppedSamples = 0;
  droppedSampleRows = 0;
  firstDroppedSampleLine = 0;
  dataLines = 0;
  records = 0;
  malformed = 0;
  firstMalformed = "";
  missingPower = 0;
  firstMissingPower = "";
  truncatedLine = 0;
  /** Parse a chunk of whole lines (from `readLineChunks`); returns its records. */
  consume(chunk) {
    const out = [];
    this.columns.newBatch();
    const bytes = chunk.bytes;
    const size = bytes.length;
    const shapedLimit = chunk.unterminatedLast ? bytes.lastIndexOf(10) + 1 : size;
    let loaded = false;
    let pos = 0;
    while (pos < size) {
      const kernel = this.kernel;
      if (kernel && pos < shapedLimit && this.withUnits !== void 0 && size <= kernel.inputBytes) {
        if (!loaded) kernel.load(bytes);
        loaded = true;
        pos = this.shapedRows(kernel, pos, shapedLimit, out);
        if (pos >= size) break;
      }
      this.lineNo++;
      const layout = this.layout;
      if (layout === void 0) {
        let end2 = bytes.indexOf(10, pos);
        if (end2 < 0) end2 = size;
        const line = bytesText(bytes, pos, end2).replace(/\r$/, "");
        if (line.trim() === "" || this.start(line, this.lineNo)) {
          pos = end2 + 1;
          continue;
        }
        this.lineNo--;
        continue;
      }
      const bounds = this.bounds;
      const count = layout.count;
      let found = 0;
      let i = pos;
      for (; i < size; i++) {
        const c = bytes[i];
        if (c === 44) {
          if (found < count) bounds[found] = i;
          found++;
        } else if (c === 10) break;
      }
      let end = i;
      if (end > pos && bytes[end - 1] === 13) end--;
      if (end > pos && (bytes[pos] > 32 || skipBlanks(bytes, pos, end) < end)) {
        this.row(bytes, pos, end, found, i >= size && chunk.unterminatedLast, out);
      }
      pos = i + 1;
    }
    if (this.dataLines >= 1e3 && this.malformed * 2 > this.dataLines) throw this.notNvidiaSmi();
    if (this.columns.length >= MIN_BATCH_ROWS) this.takeColumns(out);
    return out;
  }
  finish() {
    const out = [];
    this.columns.newBatch();
    if (this.layout === void 0) {
      throw new InputError("no nvidia-smi header or rows found", { file: this.file, hint: "check that this is the log nvidia-smi wrote (-f FILE)" });
    }
    if (this.arrangement === void 0 && this.held.length > 0) this.decideArrangement(out);
    if (this.arrangement?.kind === "interleaved") this.closeSample(out, true);
    this.checkSingleGpu();
    if (this.truncatedLine > 0) {
      this.log.warn(`${this.file}:${this.truncatedLine}: the last line is cut short (the logger was stopped mid-write); dropped`);
    }
    if (this.malformed > WARN_EACH) {
      this.log.warn(`${this.file}: ${this.malformed} malformed lines dropped in all (first: ${this.firstMalformed})`);
    }
    if (this.droppedSamples > 0) {
      this.log.warn(
        `${this.file}: ${this.droppedSamples} samples had a number of rows other than ${this.gpuCount()} and were dropped (${this.droppedSampleRows} rows, first at line ${this.firstDroppedSampleLine}); those seconds are gaps for every GPU`
      );
    }
    if (this.records === 0) {
      if (this.missingPower > 0) {
        throw new InputError(`no power readings: all ${this.missingPower} ${this.layout.powerField} values are missing (first: ${this.firstMissingPower})`, {
          file: this.file,
          hint: "this GPU or driver does not report board power; estimate instead, e.g. `carbon-ci estimate --gpu MODEL --hours H`"
        });
      }
      if (this.malformed > 0) throw this.notNvidiaSmi();
      throw new InputError("the log has a header but no samples", {
        file: this.file,
        hint: "the logger stopped before its first sample; check that it ran during the job (nvidia-smi ... -lms 1000 -f FILE)"
      });
    }
    if (this.malformed > this.dataLines - this.malformed) throw this.notNvidiaSmi();
    if (this.missingPower > 0) {
      this.log.warn(
        `${this.file}: ${this.missingPower} rows without a power reading ([N/A], [Not Supported]) were skipped (first: ${this.firstMissingPower}); the GPUs' coverage is lower where they occur`
      );
    }
    this.takeColumns(out);
    return out;
  }
  notNvidiaSmi() {
    return new InputError(
      `${this.malformed} of ${this.dataLines} lines are not nvidia-smi rows (first: ${this.firstMalformed}): this does not look like an nvidia-smi --query-gpu log`,
      { file: this.file, hint: "check the file, or name its format with --plugin" }
    );
  }
  /** Set the layout from the first line. True when that line is a header (and so not data). */
  start(line, lineNo) {
    const fields2 = parseHeaderFields(line);
    if (fields2) {
      this.setLayout(layoutFromFields(fields2, this.file, lineNo, "header"), line);
      return true;
    }
    if (this.options.columns) {
      this.setLayout(layoutFromFields(fieldsFromOption(this.options.columns, this.file), this.file, void 0, "columns option"), "");
    } else {
      const inferred = inferFieldsFromRow(line, this.file, lineNo);
      this.setLayout(layoutFromFields(inferred, this.file, lineNo, "headerless log (columns told from the first row)"), "");
      this.log.info(`${this.file}: no header; columns read as ${inferred.map((f) => f.name).join(", ")}`);
    }
    return false;
  }
  setLayout(layout, header) {
    const previous = this.layout;
    if (previous && hasDeviceColumn(previous) !== hasDeviceColumn(layout)) {
      throw new InputError("the columns change mid-file (a new header with a different device column)", {
        file: this.file,
        hint: "split the file where the new header starts and pass both parts"
      });
    }
    this.layout = layout;
    this.headerText = header.trim();
    this.withUnits = void 0;
    if (this.bounds.length < layout.count) this.bounds = new Int32Array(layout.count + 1);
    for (const device of this.devices) device.shaped = false;
    this.kernel?.clearShapes();
    if (layout.powerField !== "power.draw") this.log.info(`${this.file}: power read from ${layout.powerField} (no power.draw column)`);
  }
  badLine(lineNo, reason) {
    this.malformed++;
    const where = `line ${lineNo}: ${reason}`;
    if (this.malformed === 1) this.firstMalformed = where;
    if (this.malformed <= WARN_EACH) this.log.warn(`${this.file}:${lineNo}: ${reason}; line dropped`);
  }
  /** A header line met after the first: the same one repeated (logs appended to), or a new column set. */
  reheader(line, lineNo) {
    const fields2 = parseHeaderFields(line);
    if (!fields2) return false;
    this.dataLines--;
    if (line.trim() !== this.headerText) {
      this.setLayout(layoutFromFields(fields2, this.file, lineNo, "header"), line);
      this.log.info(`${this.file}:${lineNo}: a new header; columns are now ${fields2.map((f) => f.name).join(", ")}`);
    }
    return true;
  }
  row(bytes, start, end, found, last, out) {
    const layout = this.layout;
    const lineNo = this.lineNo;
    this.dataLines++;
    const bounds = this.bounds;
    const count = layout.count;
    if (found !== count - 1) {
      if (last) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
      const line = bytesText(bytes, start, end);
      if (this.reheader(line, lineNo)) return;
      this.badLine(lineNo, `expected ${count} fields, found ${found + 1}`);
      return;
    }
    bounds[count - 1] = end;
    this.lineStart = start;
    const timeMs = this.timeOf(bytes, this.fieldStart(layout.timestamp), bounds[layout.timestamp]);
    if (Number.isNaN(timeMs)) {
      if (this.reheader(bytesText(bytes, start, end), lineNo)) return;
      this.badLine(lineNo, `"${this.field(bytes, layout.timestamp)}" is not a timestamp (YYYY/MM/DD HH:MM:SS.mmm)`);
      return;
    }
    const p = layout.power;
    const powerStart = this.fieldStart(p);
    const powerEnd = bounds[p];
    const powerW = this.powerOf(bytes);
    if (Number.isNaN(powerW)) {
      if (!isMissingMarker(bytes, powerStart, powerEnd)) {
        this.badLine(lineNo, `power "${this.field(bytes, p)}" is not a number`);
        return;
      }
    } else if (this.withUnits === void 0) {
      this.noteUnits(bytes, powerStart, powerEnd);
    }
    if (last && this.withUnits && this.lastFieldHasUnit) {
      const lastStart = count === 1 ? start : bounds[count - 2] + 1;
      if (!endsWithUnit(bytes, lastStart, end) && !isMissingMarker(bytes, lastStart, end)) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
    }
    const utilization = this.utilizationOf(bytes);
    if (hasDeviceColumn(layout)) {
      const device = this.deviceFor(bytes, lineNo);
      if (device === void 0) return;
      this.cursor = device.slot;
      this.noteShape(device, bytes, start);
      this.emit(device, timeMs, powerW, utilization, lineNo, out);
      return;
    }
    const needModel = layout.name >= 0 && (this.arrangement === void 0 || this.devices.length < this.gpuCount());
    const model = needModel ? this.modelName(bytes, layout.name) : void 0;
    this.unidentified({ timeMs, powerW, utilization, model, line: lineNo }, out);
  }
  /**
   * Rows of the GPU that comes next in the usual order, read by the row kernel for as long as they
   * have that GPU's shape; returns where the first row left to the general path starts (or `limit`).
   */
  shapedRows(kernel, start, limit, out) {
    if (this.wallClockIsUtc) return this.readingsByKernel(kernel, start, limit);
    const devices = this.devices;
    const layout = this.layout;
    const powerScale = layout.powerScale;
    const hasUtilization = layout.utilization >= 0;
    const { slots, wallMs, power, utilization } = kernel;
    let pos = start;
    let rows;
    do {
      rows = kernel.read(pos, limit, this.cursor, devices.length);
      const firstLine2 = this.lineNo + 1;
      for (let k = 0; k < rows; k++) {
        const powerW = powerScale === 1 ? power[k] : power[k] * powerScale;
        const fraction = hasUtilization ? utilizationFraction(utilization[k]) : Number.NaN;
        this.emit(devices[slots[k]], this.toUtc(wallMs[k]), powerW, fraction, firstLine2 + k, out);
      }
      pos = this.afterKernel(kernel, rows);
    } while (rows === kernel.maxRows);
    return pos;
  }
  /**
   * `shapedRows` for a log read in UTC: the kernel turns rows into readings as this reader would
   * (power scaled, utilisation as a fraction) and stops before one that needs its line; they go to
   * the columns as they are, with no work per row here. The kernel keeps each GPU's last time while
   * it reads; it is told the reader's before, and tells it after.
   */
  readingsByKernel(kernel, start, limit) {
    const devices = this.devices;
    const known = Math.min(devices.length, kernel.maxDevices);
    const lastTimeMs = kernel.lastTimeMs;
    for (let slot = 0; slot < known; slot++) lastTimeMs[slot] = devices[slot].lastTimeMs;
    const powerScale = this.layout.powerScale;
    let pos = start;
    let rows;
    do {
      rows = kernel.readReadings(pos, limit, this.cursor, devices.length, powerScale, SUSPICIOUS_W);
      if (rows > 0) this.columns.addRows(kernel.slots, kernel.wallMs, kernel.power, kernel.utilization, rows, kernel.utilizations > 0);
      this.records += rows;
      pos = this.afterKernel(kernel, rows);
    } while (rows === kernel.maxRows);
    for (let slot = 0; slot < known; slot++) devices[slot].lastTimeMs = lastTimeMs[slot];
    return pos;
  }
  /** Count the rows a kernel call read; returns where the next row starts. */
  afterKernel(kernel, rows) {
    this.lineNo += rows;
    this.cursor = kernel.cursor;
    this.dataLines += rows;
    this.shapedRowCount += rows;
    return kernel.end;
  }
  /** After a row of `device` read the general way: teach the kernel the GPU's shape (once) and the row's date. */
  noteShape(device, bytes, start) {
    if (!this.byShape) return;
    const layout = this.layout;
    if (!device.shaped) {
      this.kernel ??= new RowKernel();
      device.shaped = this.kernel.setShape(device.slot, new RowShape(layout, bytes, start, this.bounds));
    }
    const t = layout.timestamp;
    if (device.shaped) this.kernel.setDate(device.slot, bytes, skipBlanks(bytes, this.fieldStart(t), this.bounds[t]), this.dayMs);
  }
  /** The time in ms since the epoch of the timestamp field `bytes[start, end)`, NaN when it is not one. */
  timeOf(bytes, start, end) {
    if (!parseDateTimeBytes(bytes, start, end, this.stamp)) return Number.NaN;
    const dateKey = this.stamp[0];
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      this.dayMs = civilToMs(Math.floor(dateKey / 1e4), Math.floor(dateKey / 100) % 100, dateKey % 100);
    }
    return this.toUtc(this.dayMs + this.stamp[1]);
  }
  /** The row's power in W, NaN when the field holds no number. */
  powerOf(bytes) {
    const layout = this.layout;
    const powerW = parseNumberBytes(bytes, this.fieldStart(layout.power), this.bounds[layout.power]);
    return layout.powerScale === 1 ? powerW : powerW * layout.powerScale;
  }
  /** The row's GPU utilisation as a fraction, NaN when the log has none or it is out of range. */
  utilizationOf(bytes) {
    const u = this.layout.utilization;
    if (u < 0) return Number.NaN;
    return utilizationFraction(parseNumberBytes(bytes, this.fieldStart(u), this.bounds[u]));
  }
  fieldStart(column) {
    return column === 0 ? this.lineStart : this.bounds[column - 1] + 1;
  }
  field(bytes, column) {
    return bytesText(bytes, this.fieldStart(column), this.bounds[column]).trim();
  }
  modelName(bytes, column) {
    return isMissingMarker(bytes, this.fieldStart(column), this.bounds[column]) ? void 0 : this.field(bytes, column);
  }
  noteUnits(bytes, start, end) {
    this.withUnits = endsWithUnit(bytes, start, end);
    this.lastFieldHasUnit = this.withUnits && this.headerText.endsWith("]");
  }
  emit(device, timeMs, powerW, utilization, lineNo, out) {
    if (Number.isNaN(powerW)) {
      this.missingPower++;
      if (this.missingPower === 1) this.firstMissingPower = `line ${lineNo}, ${device.ref.id}`;
      return;
    }
    if (powerW < 0 || powerW > SUSPICIOUS_W || timeMs <= device.lastTimeMs) {
      this.takeColumns(out);
      const record = { type: "power", timeMs, device: device.ref, powerW };
      if (!Number.isNaN(utilization)) record.utilization = utilization;
      record.origin = { file: this.file, line: lineNo };
      out.push(record);
    } else {
      this.columns.add(device.slot, timeMs, powerW, utilization);
    }
    if (timeMs > device.lastTimeMs) device.lastTimeMs = timeMs;
    this.records++;
  }
  takeColumns(out) {
    const record = this.columns.take(this.deviceRefs);
    if (record) out.push(record);
  }
  deviceFor(bytes, lineNo) {
    const layout = this.layout;
    const bounds = this.bounds;
    if (layout.uuid >= 0) {
      const u = layout.uuid;
      const s = skipBlanks(bytes, this.fieldStart(u), bounds[u]);
      const e = trimBlanksEnd(bytes, s, bounds[u]);
      if (s < e && bytes[s] !== 91) {
        const devices = this.devices;
        if (devices.length > 0) {
          const guess = devices[this.cursor + 1 < devices.length ? this.cursor + 1 : 0];
          if (bytesEqual(guess.keyBytes, bytes, s, e)) {
            this.cursor = guess.slot;
            return guess;
          }
        }
        const key = bytesText(bytes, s, e);
        const device = this.byKey.get(key) ?? this.addDevice(key, { id: key, uuid: key }, bytes);
        this.cursor = device.slot;
        return device;
      }
    }
    if (layout.index >= 0) {
      const i = layout.index;
      const index2 = parseIndexBytes(bytes, this.fieldStart(i), bounds[i]);
      if (index2 < 0) {
        this.badLine(lineNo, `index "${this.field(bytes, i)}" is not a GPU index`);
        return void 0;
      }
      let device = this.byIndex[index2];
      if (device === void 0) {
        device = this.addDevice(`gpu${index2}`, { id: `gpu${index2}`, index: index2 }, bytes);
        this.byIndex[index2] = device;
      }
      return device;
    }
    if (layout.busId >= 0) {
      const busId = this.field(bytes, layout.busId);
      if (busId !== "" && !busId.startsWith("[")) return this.byKey.get(busId) ?? this.addDevice(busId, { id: `pci:${busId}` }, bytes);
    }
    this.badLine(lineNo, "the row names no GPU (uuid and index missing)");
    return void 0;
  }
  addDevice(key, identity, bytes, model) {
    const layout = this.layout;
    const ref = { ...identity, vendor: "nvidia", component: "gpu" };
    if (bytes !== void 0 && layout.uuid >= 0 && layout.index >= 0 && ref.index === void 0) {
      const index2 = parseIndexBytes(bytes, this.fieldStart(layout.index), this.bounds[layout.index]);
      if (index2 >= 0) ref.index = index2;
    }
    const name = model ?? (bytes !== void 0 && layout.name >= 0 ? this.modelName(bytes, layout.name) : void 0);
    if (name !== void 0) ref.model = name;
    const device = { ref, key, keyBytes: Buffer.from(key, "utf8"), slot: this.devices.length, lastTimeMs: -Infinity, shaped: false };
    this.devices.push(device);
    this.deviceRefs.push(ref);
    this.byKey.set(key, device);
    return device;
  }
  // Logs without a device column -------------------------------------------------------------
  unidentified(row, out) {
    if (this.options.oneGpu && this.arrangement === void 0) this.arrangement = { kind: "single", closeMs: 0 };
    if (this.arrangement === void 0) {
      this.held.push(row);
      if (this.held.length >= HEAD_ROWS) this.decideArrangement(out);
      return;
    }
    this.place(row, out);
  }
  decideArrangement(out) {
    const held = this.held;
    this.held = [];
    const arrangement = classifyRows(
      held.map((r) => r.timeMs),
      held.map((r) => r.powerW)
    );
    if (arrangement.kind === "irregular") {
      throw new InputError(`the log has no index or uuid column and ${arrangement.reason}; carbon-ci will not merge several GPUs into one`, {
        file: this.file,
        line: held[0]?.line,
        hint: "add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true"
      });
    }
    this.arrangement = arrangement;
    if (arrangement.kind === "interleaved") {
      this.log.warn(
        `${this.file}: no index or uuid column, and the rows come in samples of ${arrangement.gpus} a few ms apart: read as ${arrangement.gpus} GPUs (slot0..slot${arrangement.gpus - 1}) by their position in each sample, the order nvidia-smi prints them. Totals do not depend on that order; add index,uuid to --query-gpu to name the GPUs`
      );
    }
    for (const row of held) this.place(row, out);
  }
  place(row, out) {
    const arrangement = this.arrangement;
    const delta = row.timeMs - this.lastRowTimeMs;
    this.lastRowTimeMs = row.timeMs;
    if (arrangement.kind === "single") {
      if (delta >= 0 && delta < arrangement.closeMs) {
        this.closeRows++;
        if (this.closeRows === 1) this.firstCloseLine = row.line;
      }
      this.emit(this.slotDevice(0, row.model, "gpu"), row.timeMs, row.powerW, row.utilization, row.line, out);
      return;
    }
    if (arrangement.kind !== "interleaved") return;
    if (this.sample.length > 0 && (delta < 0 || delta >= arrangement.sampleGapMs)) this.closeSample(out, false);
    this.sample.push(row);
  }
  closeSample(out, final) {
    const sample = this.sample;
    const gpus = this.gpuCount();
    if (sample.length === gpus || final && sample.length < gpus) {
      for (let k = 0; k < sample.length; k++) {
        const row = sample[k];
        this.emit(this.slotDevice(k, row.model, `slot${k}`), row.timeMs, row.powerW, row.utilization, row.line, out);
      }
    } else if (sample.length > 0) {
      this.droppedSamples++;
      this.droppedSampleRows += sample.length;
      if (this.droppedSamples === 1) this.firstDroppedSampleLine = sample[0].line;
    }
    this.sample = [];
  }
  gpuCount() {
    return this.arrangement?.kind === "interleaved" ? this.arrangement.gpus : 1;
  }
  slotDevice(slot, model, id) {
    return this.devices[slot] ?? this.addDevice(id, { id }, void 0, model);
  }
  /** A log judged to be one GPU's must stay that way: rows crowding together later mean interleaving. */
  checkSingleGpu() {
    if (this.arrangement?.kind !== "single" || this.options.oneGpu) return;
    if (this.closeRows > 20 && this.closeRows * 10 > this.records) {
      throw new InputError(
        `the log has no index or uuid column and from line ${this.firstCloseLine} on, ${this.closeRows} rows follow the previous one within ${Math.round(this.arrangement.closeMs)} ms, as when several GPUs' rows are interleaved; carbon-ci will not merge several GPUs into one`,
        {
          file: this.file,
          line: this.firstCloseLine,
          hint: "add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true"
        }
      );
    }
  }
};
function utilizationFraction(percent) {
  return percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN;
}
function hasDeviceColumn(layout) {
  return layout.uuid >= 0 || layout.index >= 0 || layout.busId >= 0;
}
function endsWithUnit(bytes, start, end) {
  const e = trimBlanksEnd(bytes, start, end);
  if (e <= start) return false;
  const c = bytes[e - 1];
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}

// plugins/nvidia-smi/split.ts
function nvidiaSmiSplitPreamble({ path, head }) {
  const end = head.indexOf("\n");
  if (end < 0) return void 0;
  const line = head.slice(0, end).replace(/\r$/, "");
  const fields2 = parseHeaderFields(line);
  if (!fields2) return void 0;
  try {
    const layout = layoutFromFields(fields2, path, 1, "header");
    if (layout.index < 0 && layout.uuid < 0 && layout.busId < 0) return void 0;
  } catch {
    return void 0;
  }
  return head.slice(0, end + 1);
}

// plugins/nvidia-smi/index.ts
var nvidia_smi_default = definePlugin({
  name: "nvidia-smi",
  kind: "telemetry",
  description: "nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,... --format=csv[,nounits] logs: board power per GPU, timestamps in local time (--timezone)",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      columns: {
        type: "string",
        description: 'For logs written with --format=csv,noheader: the --query-gpu field list, e.g. "timestamp,index,power.draw"'
      },
      oneGpu: {
        type: "boolean",
        description: "The log has no index or uuid column and is of a single GPU: skip the checks for interleaved GPUs"
      }
    }
  },
  detect: detectNvidiaSmi,
  splitPreamble: nvidiaSmiSplitPreamble,
  async *read(source, context) {
    const options = readOptions2(context.options);
    const reader = new NvidiaSmiReader(source.path, context.timeZone, context.log, options, { reuseColumns: context.batchesReadAtOnce === true });
    for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
      context.signal.throwIfAborted();
      const records = reader.consume(chunk);
      if (records.length > 0) yield records;
    }
    const rest = reader.finish();
    if (rest.length > 0) yield rest;
  }
});
function readOptions2(raw) {
  const options = {};
  if (raw && typeof raw === "object") {
    const { columns, oneGpu } = raw;
    if (typeof columns === "string" && columns.trim() !== "") options.columns = columns;
    if (oneGpu === true || oneGpu === "true") options.oneGpu = true;
  }
  return options;
}

// plugins/rocm-smi/index.ts
var POWER_COLUMNS = [
  /^Average Graphics Package Power \(W\)$/i,
  /Graphics Package Power \(W\)$/i,
  "socket_power",
  "average_socket_power",
  "current_socket_power",
  "power_usage"
];
var USE_COLUMNS = [/^GPU use \(%\)$/i, "gfx_activity", "gfx_usage", "gfx"];
var TIME_COLUMNS = ["timestamp", "time", "datetime", "date"];
var DEVICE_COLUMNS = ["device", "gpu"];
var WATCH_BANNER = /^'CTRL' \+ 'C' to stop watching/;
var TIME_ONLY = /^(?:\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
var ROCM_TIME_HINT = "rocm-smi prints no time: write one before each sample, e.g. `while true; do date -Is; rocm-smi --showpower --csv; sleep 1; done > power.csv`, or use `amd-smi metric --power --csv -w 1`, which adds a timestamp column";
function isHeader(fields2) {
  const lower = fields2.map((f) => f.trim().toLowerCase());
  const numeric = (f) => {
    const value = parseNumber(f);
    return value !== null && !Number.isNaN(value);
  };
  return DEVICE_COLUMNS.some((name) => lower.includes(name)) && !lower.some(numeric);
}
function layoutOf2(fields2, line) {
  const index2 = (candidates) => findColumn(fields2, ...candidates)?.index ?? -1;
  return {
    count: fields2.length,
    device: index2(DEVICE_COLUMNS),
    power: index2(POWER_COLUMNS),
    use: index2(USE_COLUMNS),
    time: index2(TIME_COLUMNS),
    line
  };
}
function csvFields(line) {
  try {
    return splitCsvLine(line);
  } catch {
    return [];
  }
}
function detect6({ head }) {
  const lines = head.split("\n", 12).map((l) => l.trim()).filter((l) => l !== "" && !WATCH_BANNER.test(l) && !TIME_ONLY.test(l));
  const fields2 = lines.slice(0, 4).map(csvFields).find(isHeader);
  if (!fields2) return 0;
  const lower = fields2.map((f) => f.trim().toLowerCase());
  const rocmSmi = lower[0] === "device" || lower[1] === "device";
  const rocmLabel = fields2.some((f) => /\((?:W|%|C|MHz)\)$/.test(f.trim()));
  if (rocmSmi && rocmLabel) return findColumn(fields2, ...POWER_COLUMNS) ? 0.95 : 0.85;
  const amdSmi = lower.includes("gpu") && findColumn(fields2, "socket_power", "average_socket_power", "current_socket_power", "power_usage");
  return amdSmi ? 0.9 : 0;
}
function hostOption2(options) {
  if (options.host === void 0) return void 0;
  if (typeof options.host !== "string" || options.host === "") throw new InputError("plugin option host must be a non-empty string");
  return options.host;
}
async function* read2(source, context) {
  const file = source.path;
  const host = hostOption2(context.options);
  const toUtc = wallClockToUtc(context.timeZone);
  const dropped = new DroppedRows(file);
  const devices = /* @__PURE__ */ new Map();
  let layout;
  let markerMs;
  let sawPower = false;
  let secondaryDie = 0;
  const timeOf = (text, line) => {
    const trimmed = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) throw new InputError(`"${trimmed}" is not a time`, { file, line, hint: "write epoch seconds or an ISO 8601 date and time" });
    return dateTimeToUtc(parsed, toUtc);
  };
  const deviceFor = (text, line) => {
    const match = /^(?:card)?(\d+)$/i.exec(text.trim());
    if (!match) throw new InputError(`"${text}" is not a GPU (card<N> or an index)`, { file, line, hint: "the row is corrupted; repair or delete it" });
    const index2 = Number(match[1]);
    let device = devices.get(index2);
    if (!device) {
      device = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, vendor: "amd", index: index2 };
      if (host) device.host = host;
      devices.set(index2, device);
    }
    return device;
  };
  for await (const batch of readLines(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "" || WATCH_BANNER.test(text)) continue;
      if (TIME_ONLY.test(text)) {
        markerMs = timeOf(text, line);
        continue;
      }
      const fields2 = splitCsvLine(text, { file, line });
      if (isHeader(fields2)) {
        layout = layoutOf2(fields2, line);
        if (layout.power >= 0) sawPower = true;
        continue;
      }
      if (!layout) {
        throw new InputError("a row comes before any rocm-smi/amd-smi CSV header", {
          file,
          line,
          hint: "keep the header line that `rocm-smi --csv` or `amd-smi \u2026 --csv` prints (device,\u2026 or timestamp,gpu,\u2026)"
        });
      }
      if (layout.power < 0) continue;
      if (fields2.length !== layout.count) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add("the last line is cut short", line);
          continue;
        }
        throw new InputError(`the row has ${fields2.length} fields but the header at line ${layout.line} names ${layout.count}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      let timeMs;
      if (layout.time >= 0) timeMs = timeOf(fields2[layout.time], line);
      else if (markerMs !== void 0) timeMs = markerMs;
      else throw new InputError("the power sample carries no time", { file, line, hint: ROCM_TIME_HINT });
      const device = deviceFor(fields2[layout.device], line);
      const powerText = fields2[layout.power].trim();
      const powerW = parseNumber(powerText, { units: { W: 1 } });
      if (powerW === null) {
        if (/secondary die/i.test(powerText)) secondaryDie++;
        else dropped.add(`no power value ("${powerText}")`, line);
        continue;
      }
      if (Number.isNaN(powerW)) {
        throw new InputError(`power "${powerText}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const record = { type: "power", timeMs, device, powerW };
      if (layout.use >= 0) {
        const use = parseNumber(fields2[layout.use], { units: { "%": 1 } });
        if (use !== null && Number.isFinite(use) && use >= 0 && use <= 100) record.utilization = use / 100;
      }
      records.push(record);
    }
    if (records.length > 0) yield records;
  }
  if (!sawPower) {
    throw new InputError("no power column found (Average/Current Socket Graphics Package Power (W), socket_power or power_usage)", {
      file,
      hint: "log power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv -w 1`"
    });
  }
  if (secondaryDie > 0) {
    context.log.info(`${file}: ${secondaryDie} rows of secondary dies had no power of their own; the primary die of each package reports the package's power`);
  }
  dropped.report(context.log);
}
var rocm_smi_default = definePlugin({
  name: "rocm-smi",
  kind: "telemetry",
  description: "AMD GPU package power (W) from `rocm-smi --showpower --csv` logs with time markers and `amd-smi metric/monitor --csv -w` logs.",
  options: {
    type: "object",
    properties: {
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" }
    }
  },
  detect: detect6,
  read: read2
});

// plugins/slurm/index.ts
var REQUIRED = ["JobID", "Start", "End", "ConsumedEnergyRaw"];
var SENTINEL_J = 2 ** 63;
function detect7({ head }) {
  const first2 = head.split("\n", 1)[0].trim();
  if (!first2.includes("|")) return 0;
  const names = first2.split("|").map((name) => name.trim());
  if (names.includes("JobID") && names.includes("ConsumedEnergyRaw")) return 0.95;
  if (names.includes("JobID") && names.includes("Start") && names.includes("End")) return 0.6;
  return 0;
}
function columnsOf3(header, file) {
  const index2 = (name) => {
    const at = header.indexOf(name);
    return at < 0 ? void 0 : at;
  };
  const missing = REQUIRED.filter((name) => index2(name) === void 0);
  if (missing.length > 0) {
    throw new InputError(`the sacct header lacks ${missing.join(", ")} (columns: ${header.join(", ")})`, {
      file,
      line: 1,
      hint: "rerun sacct with the fields this plugin reads: `sacct -P -j <jobid> --format=JobID,JobName,Cluster,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw,State` (energy needs AcctGatherEnergyType set in slurm.conf)"
    });
  }
  return {
    jobId: index2("JobID"),
    start: index2("Start"),
    end: index2("End"),
    energy: index2("ConsumedEnergyRaw"),
    nodeList: index2("NodeList"),
    allocTres: index2("AllocTRES"),
    jobName: index2("JobName"),
    cluster: index2("Cluster"),
    state: index2("State"),
    width: header.length
  };
}
function parseSlurmTime(text) {
  const normalised = text.trim().replace(/^(\d{4}-\d{2}-\d{2})-(\d{2}:)/, "$1T$2");
  return parseDateTime(normalised)?.wallMs;
}
function gpusOf(tres) {
  if (!tres) return void 0;
  let plain2;
  let typed = 0;
  const types = [];
  for (const entry of tres.split(",")) {
    const m = /^gres\/gpu(?::([^=]+))?=(\d+)$/.exec(entry.trim());
    if (!m) continue;
    if (m[1] === void 0) plain2 = Number(m[2]);
    else {
      typed += Number(m[2]);
      types.push(m[1]);
    }
  }
  if (plain2 === void 0 && typed === 0) return void 0;
  return { count: plain2 ?? typed, types };
}
var slurm_default = definePlugin({
  name: "slurm",
  kind: "telemetry",
  description: "Slurm accounting: `sacct -P` output with JobID, Start, End, NodeList, AllocTRES and ConsumedEnergyRaw (J, node energy from the acct_gather_energy plugin), one energy record per job",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      level: {
        enum: ["job", "steps"],
        default: "job",
        description: '"job": one record per job, from the job line (or its extern/batch step); "steps": one record per numbered step (srun), leaving out the time between steps.'
      }
    }
  },
  detect: detect7,
  async *read(source, context) {
    const file = source.path;
    const level = context.options.level ?? "job";
    const toUtc = wallClockToUtc(context.timeZone);
    let columns;
    const jobs = /* @__PURE__ */ new Map();
    let badRows = 0;
    let firstBad = 0;
    for await (const batch of readLines(sourceChunks(source), { file })) {
      context.signal.throwIfAborted();
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === "") return;
        let fields2 = text.split("|");
        if (fields2.length > 1 && fields2[fields2.length - 1] === "" && (!columns || fields2.length === columns.width + 1)) fields2 = fields2.slice(0, -1);
        if (!columns) {
          if (!fields2.includes("JobID")) {
            throw new InputError("the first line is not a sacct header (JobID|\u2026)", {
              file,
              line,
              hint: "run sacct without -n/--noheader and with -P, e.g. `sacct -P -j <jobid> --format=JobID,JobName,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw`"
            });
          }
          columns = columnsOf3(fields2.map((name) => name.trim()), file);
          return;
        }
        if (fields2.length !== columns.width) {
          badRows++;
          if (firstBad === 0) firstBad = line;
          return;
        }
        const id = fields2[columns.jobId].trim();
        const dot = id.indexOf(".");
        const jobId = dot < 0 ? id : id.slice(0, dot);
        const rows = jobs.get(jobId) ?? [];
        rows.push({ line, jobId, step: dot < 0 ? void 0 : id.slice(dot + 1), fields: fields2 });
        jobs.set(jobId, rows);
      });
    }
    if (!columns) throw new InputError("the file has no sacct header", { file, hint: "run `sacct -P \u2026` without -n" });
    const cols = columns;
    const devices = /* @__PURE__ */ new Map();
    const skipped = { running: 0, noEnergy: 0, sentinel: 0, zeroLength: 0 };
    const out = [];
    const chosen = (rows) => {
      if (level === "steps") return rows.filter((row) => row.step !== void 0 && /^\d+$/.test(row.step));
      const energyOf = (row) => Number(row.fields[cols.energy]);
      const usable = (row) => row !== void 0 && energyOf(row) > 0 && energyOf(row) < SENTINEL_J;
      const job = rows.find((row) => row.step === void 0);
      const extern = rows.find((row) => row.step === "extern");
      const batchStep = rows.find((row) => row.step === "batch");
      const pick = [job, extern, batchStep].find(usable) ?? job ?? extern ?? batchStep;
      return pick ? [pick] : rows.filter((row) => row.step !== void 0 && /^\d+$/.test(row.step));
    };
    for (const rows of jobs.values()) {
      for (const row of chosen(rows)) {
        const f = row.fields;
        const energyText = f[cols.energy].trim();
        const startWall = parseSlurmTime(f[cols.start]);
        const endWall = parseSlurmTime(f[cols.end]);
        if (startWall === void 0 || endWall === void 0) {
          skipped.running++;
          continue;
        }
        if (energyText === "" || !/^\d+(?:\.\d+)?$/.test(energyText) || Number(energyText) === 0) {
          skipped.noEnergy++;
          continue;
        }
        const energyJ = Number(energyText);
        if (energyJ >= SENTINEL_J) {
          skipped.sentinel++;
          continue;
        }
        const startMs = toUtc(startWall);
        const endMs = toUtc(endWall);
        if (!(endMs > startMs)) {
          skipped.zeroLength++;
          continue;
        }
        const nodeList = cols.nodeList === void 0 ? void 0 : f[cols.nodeList].trim() || void 0;
        const cluster = cols.cluster === void 0 ? void 0 : f[cols.cluster].trim() || void 0;
        const key = `${cluster ?? ""}/${nodeList ?? `job ${row.jobId}`}`;
        let device = devices.get(key);
        if (!device) {
          device = { id: `slurm:${cluster ? `${cluster}/` : ""}${nodeList ?? `job-${row.jobId}`}`, component: "node" };
          if (nodeList) device.host = nodeList;
          devices.set(key, device);
        }
        const gpus = gpusOf(cols.allocTres === void 0 ? void 0 : f[cols.allocTres]);
        const name = cols.jobName === void 0 ? "" : f[cols.jobName].trim();
        const what = `job ${row.jobId}${row.step ? `.${row.step}` : ""}${name ? ` (${name})` : ""}`;
        const gpuText = gpus ? `, ${gpus.count} GPU(s)${gpus.types.length > 0 ? ` ${gpus.types.join("+")}` : ""} allocated` : "";
        out.push({
          type: "energy",
          startMs,
          endMs,
          device,
          energyJ,
          origin: { file, line: row.line },
          sourceReported: {
            note: `${what} on ${nodeList ?? "unknown nodes"}${gpuText}: ConsumedEnergyRaw is whole-node energy from Slurm's acct_gather_energy plugin (CPU, memory, GPUs and whatever else the node's sensor sees), not GPU energy alone`
          }
        });
      }
    }
    if (badRows > 0) context.log.warn(`${file}: dropped ${badRows} line(s) whose field count differs from the header, first at line ${firstBad}`);
    if (skipped.running > 0) context.log.warn(`${file}: ${skipped.running} job line(s) have no Start or End (pending or still running); their energy is not counted`);
    if (skipped.noEnergy > 0) {
      context.log.warn(`${file}: ${skipped.noEnergy} job line(s) have no ConsumedEnergyRaw (empty or 0): energy accounting (AcctGatherEnergyType) is off or did not cover them; their energy is not counted`);
    }
    if (skipped.sentinel > 0) context.log.warn(`${file}: ${skipped.sentinel} job line(s) hold Slurm's "no value" marker (\u2265 2^63) as ConsumedEnergyRaw; not counted`);
    if (skipped.zeroLength > 0) context.log.warn(`${file}: ${skipped.zeroLength} job line(s) end when they start; not counted`);
    if (out.length === 0) {
      throw new InputError("no job in this sacct output has a usable ConsumedEnergyRaw", {
        file,
        hint: "energy needs AcctGatherEnergyType (e.g. acct_gather_energy/ipmi or /rapl) in slurm.conf; ask your cluster admins, or report GPU power logs instead"
      });
    }
    out.sort((a, b) => a.startMs - b.startMs);
    yield out;
  }
});

// plugins/wandb/index.ts
var POWER_KEY2 = /^(?:system[./])?gpu\.(process\.)?(\d+)\.powerWatts$/;
var UTIL_KEY2 = /^(?:system[./])?gpu\.(process\.)?(\d+)\.gpu$/;
var POWER_KEY_IN_TEXT = /(?:^|["',])(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts(?:["',]|$)/m;
function firstLine(head) {
  for (const line of head.split("\n")) if (line.trim() !== "") return line.trim();
  return "";
}
function detect8({ path, head }) {
  const first2 = firstLine(head);
  const hasTimestamp = first2.includes("_timestamp");
  const hasPower = POWER_KEY_IN_TEXT.test(first2) || first2.startsWith("{") && /"(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts"\s*:/.test(first2);
  if (hasTimestamp && hasPower) return 0.95;
  if (first2.startsWith("{") && first2.includes('"_wandb"') && first2.includes('"system.')) return 0.6;
  if (/wandb-events\.jsonl$/.test(path)) return 0.5;
  return 0;
}
function preferPlain(map, index2, column, process) {
  const seen = map.get(index2);
  if (!seen || seen.process && !process) map.set(index2, { column, process });
}
function headerColumns(header, file) {
  const columns = { timestamp: -1, power: /* @__PURE__ */ new Map(), util: /* @__PURE__ */ new Map() };
  header.forEach((raw, column) => {
    const name = raw.trim();
    if (name === "_timestamp") columns.timestamp = column;
    const power = POWER_KEY2.exec(name);
    if (power) preferPlain(columns.power, Number(power[2]), column, power[1] !== void 0);
    const util = UTIL_KEY2.exec(name);
    if (util) preferPlain(columns.util, Number(util[2]), column, util[1] !== void 0);
  });
  if (columns.timestamp < 0) {
    throw new InputError("the header has no _timestamp column", {
      file,
      line: 1,
      hint: 'export the run history with absolute times, e.g. `run.history(stream="system").to_csv(...)` from the W&B public API; a chart-panel CSV with only relative time cannot be placed in time'
    });
  }
  if (columns.power.size === 0) {
    throw new InputError("the header has no GPU power column (system.gpu.N.powerWatts)", {
      file,
      line: 1,
      hint: 'W&B logs GPU power only where NVML (or rocm-smi) reports it; export the system stream: `run.history(stream="system")`'
    });
  }
  return columns;
}
var wandb_default = definePlugin({
  name: "wandb",
  kind: "telemetry",
  description: 'Weights & Biases system metrics exported from a run: wandb-events.jsonl or run.history(stream="system") as JSON lines or CSV, reading system.gpu.N.powerWatts (W) at _timestamp (Unix s)',
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      host: { type: "string", minLength: 1, description: "Host the run ran on; W&B history does not record it. Lets carbon-ci match these GPUs with other logs of the same machine." },
      model: { type: "string", minLength: 1, description: "GPU model name (W&B keeps it in wandb-metadata.json, not in the history)." }
    }
  },
  detect: detect8,
  async *read(source, context) {
    const file = source.path;
    const { host, model } = context.options;
    const devices = /* @__PURE__ */ new Map();
    const device = (index2) => {
      let ref = devices.get(index2);
      if (!ref) {
        ref = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2 };
        if (host) ref.host = host;
        if (model) ref.model = model;
        devices.set(index2, ref);
      }
      return ref;
    };
    let format;
    let columns;
    let records = 0;
    let rowsWithoutPower = 0;
    let truncated = 0;
    const skipped = { badJson: 0, noTimestamp: 0, badValue: 0, firstLine: 0 };
    const skip = (kind, line) => {
      skipped[kind]++;
      if (skipped.firstLine === 0) skipped.firstLine = line;
    };
    for await (const batch of readLines(sourceChunks(source), { file })) {
      context.signal.throwIfAborted();
      const out = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === "") return;
        if (format === void 0) {
          format = text.trimStart().startsWith("{") ? "json" : "csv";
          if (format === "csv") {
            columns = headerColumns(splitCsvLine(text, { file, line }), file);
            return;
          }
        }
        if (format === "json") {
          let row;
          try {
            row = JSON.parse(text);
          } catch {
            skip("badJson", line);
            return;
          }
          if (typeof row !== "object" || row === null) return skip("badJson", line);
          const power = /* @__PURE__ */ new Map();
          const util = /* @__PURE__ */ new Map();
          for (const key in row) {
            const p = POWER_KEY2.exec(key);
            if (p) {
              const index2 = Number(p[2]);
              const seen = power.get(index2);
              if (!seen || seen.process && !p[1]) power.set(index2, { value: row[key], process: p[1] !== void 0 });
              continue;
            }
            const u = UTIL_KEY2.exec(key);
            if (u) {
              const index2 = Number(u[2]);
              const seen = util.get(index2);
              if (!seen || seen.process && !u[1]) util.set(index2, { value: row[key], process: u[1] !== void 0 });
            }
          }
          for (const [index2, { value }] of power) if (value === null) power.delete(index2);
          if (power.size === 0) {
            rowsWithoutPower++;
            return;
          }
          const stamp = row._timestamp;
          if (typeof stamp !== "number" || !Number.isFinite(stamp)) return skip("noTimestamp", line);
          const timeMs2 = Math.round(epochToMs(stamp));
          for (const [index2, { value }] of power) {
            if (typeof value !== "number" || !Number.isFinite(value)) {
              skip("badValue", line);
              continue;
            }
            const record = { type: "power", timeMs: timeMs2, device: device(index2), powerW: value, origin: { file, line } };
            const u = util.get(index2)?.value;
            if (typeof u === "number" && u >= 0 && u <= 100) record.utilization = u / 100;
            out.push(record);
          }
          return;
        }
        if (batch.unterminatedLast && i === batch.lines.length - 1) {
          truncated = line;
          return;
        }
        const fields2 = splitCsvLine(text, { file, line });
        const cols = columns;
        const stampText = fields2[cols.timestamp];
        let any = false;
        let timeMs;
        for (const [index2, { column }] of cols.power) {
          const raw = fields2[column];
          if (raw === void 0 || raw.trim() === "") continue;
          any = true;
          if (timeMs === void 0) {
            const stamp = stampText === void 0 ? null : parseNumber(stampText);
            if (stamp === null || Number.isNaN(stamp)) {
              skip("noTimestamp", line);
              return;
            }
            timeMs = Math.round(epochToMs(stamp));
          }
          const value = parseNumber(raw);
          if (value === null || Number.isNaN(value)) {
            skip("badValue", line);
            continue;
          }
          const record = { type: "power", timeMs, device: device(index2), powerW: value, origin: { file, line } };
          const utilColumn = cols.util.get(index2)?.column;
          const u = utilColumn === void 0 ? null : parseNumber(fields2[utilColumn] ?? "");
          if (u !== null && u >= 0 && u <= 100) record.utilization = u / 100;
          out.push(record);
        }
        if (!any) rowsWithoutPower++;
      });
      records += out.length;
      if (out.length > 0) yield out;
    }
    if (format === void 0) throw new InputError("the file has no rows", { file, hint: "export the run history again; the file is empty" });
    const dropped = skipped.badJson + skipped.noTimestamp + skipped.badValue;
    if (dropped > 0) {
      context.log.warn(
        `${file}: dropped ${dropped} W&B row(s) or readings (${skipped.badJson} not JSON, ${skipped.noTimestamp} without a _timestamp, ${skipped.badValue} with a power value that is not a number), first at line ${skipped.firstLine}; the time they cover counts as a gap`
      );
    }
    if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short`);
    if (rowsWithoutPower > 0) context.log.debug(`${file}: ${rowsWithoutPower} row(s) carry no GPU power (training metrics or other system metrics)`);
    if (records === 0) {
      throw new InputError("no GPU power readings (system.gpu.N.powerWatts) in this W&B export", {
        file,
        hint: 'the run logged no GPU power (no NVIDIA/AMD GPU, or power not supported); export the system stream with `run.history(stream="system")`'
      });
    }
  }
});

// plugins/zeus/index.ts
var HEADER_START = "start_time,window_name,elapsed_time";
var ENERGY_COLUMN = /^(gpu|cpu|dram)(\d+)_energy$/;
function detect9({ head }) {
  const first2 = (head.split("\n", 1)[0] ?? "").trim();
  if (!first2.startsWith(HEADER_START)) return 0;
  const rest = first2.split(",").slice(3);
  return rest.length > 0 && rest.every((name) => ENERGY_COLUMN.test(name)) ? 0.98 : 0.6;
}
function readOptions3(raw) {
  const options = {};
  if (raw.windows !== void 0) {
    if (!Array.isArray(raw.windows) || raw.windows.length === 0 || !raw.windows.every((w) => typeof w === "string")) {
      throw new InputError("plugin option windows must be a non-empty list of window names");
    }
    options.windows = raw.windows;
  }
  if (raw.host !== void 0) {
    if (typeof raw.host !== "string" || raw.host === "") throw new InputError("plugin option host must be a non-empty string");
    options.host = raw.host;
  }
  return options;
}
function layoutOf3(header, file, host) {
  if (!header.trim().startsWith(HEADER_START)) {
    throw new InputError(`the first line is not a Zeus log header (${HEADER_START},gpu0_energy,\u2026)`, {
      file,
      line: 1,
      hint: "this plugin reads the CSV that `ZeusMonitor(log_file=\u2026)` writes"
    });
  }
  const devices = header.trim().split(",").slice(3).map((name) => {
    const match = ENERGY_COLUMN.exec(name.trim());
    if (!match) {
      throw new InputError(`unknown Zeus log column "${name}"`, { file, line: 1, hint: "energy columns are named gpu<N>_energy" });
    }
    const index2 = Number(match[2]);
    const component = match[1] === "gpu" ? "gpu" : match[1] === "cpu" ? "cpu" : "ram";
    const local = `${match[1]}${index2}`;
    const device = { id: host ? `${host}:${local}` : local, index: index2, component };
    if (host) device.host = host;
    return device;
  });
  if (devices.length === 0) throw new InputError("the Zeus log names no energy columns", { file, line: 1, hint: "the log needs gpu<N>_energy columns" });
  return { devices };
}
async function* rowsOf(source, context, host, dropped) {
  const file = source.path;
  let layout;
  for await (const batch of readLines(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const rows = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "") continue;
      if (!layout) {
        layout = layoutOf3(text, file, host);
        continue;
      }
      const fields2 = text.split(",");
      const width = layout.devices.length;
      if (fields2.length < 3 + width) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped?.add("the last line is cut short (the run was stopped mid-write)", line);
          continue;
        }
        throw new InputError(`the row has ${fields2.length} fields; the header needs at least ${3 + width}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      const startS = parseNumber(fields2[0]);
      const elapsedS = parseNumber(fields2[fields2.length - width - 1]);
      if (startS === null || Number.isNaN(startS) || startS < 1e8) {
        throw new InputError(`start_time "${fields2[0]}" is not a Unix time in seconds`, { file, line, hint: "Zeus writes time.time(); repair or delete the row" });
      }
      if (elapsedS === null || Number.isNaN(elapsedS) || elapsedS < 0) {
        throw new InputError(`elapsed_time "${fields2[fields2.length - width - 1]}" is not a duration in seconds`, {
          file,
          line,
          hint: "the row is corrupted; repair or delete it"
        });
      }
      rows.push({
        line,
        startMs: startS * 1e3,
        name: fields2.slice(1, fields2.length - width - 1).join(","),
        elapsedS,
        values: fields2.slice(fields2.length - width)
      });
    }
    if (layout) yield { layout, rows };
  }
  if (!layout) throw new InputError("the file is empty", { file, hint: "point carbon-ci at the log that ZeusMonitor(log_file=\u2026) wrote" });
}
async function outermostRows(source, context) {
  let starts = new Float64Array(1024);
  let count = 0;
  for await (const { rows } of rowsOf(source, context, void 0, void 0)) {
    for (const row of rows) {
      if (count === starts.length) {
        const grown = new Float64Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = row.startMs;
    }
  }
  const outermost = new Uint8Array(count);
  let laterMin = Number.POSITIVE_INFINITY;
  for (let i = count - 1; i >= 0; i--) {
    if (starts[i] < laterMin) outermost[i] = 1;
    laterMin = Math.min(laterMin, starts[i]);
  }
  return outermost;
}
async function* read3(source, context) {
  const options = readOptions3(context.options);
  const file = source.path;
  const dropped = new DroppedRows(file);
  const outermost = options.windows ? void 0 : await outermostRows(source, context);
  const chosen = options.windows ? new Set(options.windows) : void 0;
  let rowIndex = 0;
  let nested = 0;
  let lastKept;
  let kept = 0;
  for await (const { layout, rows } of rowsOf(source, context, options.host, dropped)) {
    const records = [];
    for (const row of rows) {
      const index2 = rowIndex++;
      if (outermost ? outermost[index2] !== 1 : !chosen.has(row.name)) {
        if (outermost) nested++;
        continue;
      }
      if (lastKept && row.startMs < lastKept.startMs + lastKept.elapsedS * 1e3) {
        dropped.add(`window overlaps an earlier counted window without containing it (counting both would count the overlap twice)`, row.line);
        continue;
      }
      lastKept = row;
      kept++;
      const endMs = row.startMs + row.elapsedS * 1e3;
      row.values.forEach((text, column) => {
        const energyJ = parseNumber(text);
        if (energyJ === null) {
          dropped.add(`no energy value ("${text.trim()}") for ${layout.devices[column].id}`, row.line);
          return;
        }
        if (Number.isNaN(energyJ) || energyJ < 0) {
          throw new InputError(`energy "${text}" is not a non-negative number of joules`, {
            file,
            line: row.line,
            hint: "the row is corrupted; repair or delete it"
          });
        }
        records.push({ type: "energy", startMs: row.startMs, endMs, device: layout.devices[column], energyJ, origin: { file, line: row.line } });
      });
    }
    if (records.length > 0) yield records;
  }
  if (nested > 0) {
    context.log.info(`${file}: counted ${kept} outermost measurement windows; ${nested} windows inside them were left out so that no energy is counted twice`);
  }
  if (chosen && kept === 0) {
    context.log.warn(`${file}: no window is named ${[...chosen].map((w) => `"${w}"`).join(" or ")}; no energy was read from this file`);
  }
  dropped.report(context.log, "the energy of those windows is missing from the report");
}
var zeus_default = definePlugin({
  name: "zeus",
  kind: "telemetry",
  description: "GPU energy (J) per measurement window from the CSV log that Zeus (`ZeusMonitor(log_file=\u2026)`) writes; nested windows counted once.",
  options: {
    type: "object",
    properties: {
      windows: {
        type: "array",
        items: { type: "string" },
        minItems: 1,
        description: "names of the windows to count; by default the outermost windows, so that nested windows are not counted twice"
      },
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" }
    }
  },
  detect: detect9,
  read: read3
});

// plugins/index.ts
var builtinPlugins = [
  nvidia_smi_default,
  nvidia_smi_dmon_default,
  dcgm_default,
  codecarbon_default,
  rocm_smi_default,
  zeus_default,
  wandb_default,
  mlflow_default,
  slurm_default,
  hf_trainer_default,
  carbontracker_default
];

// src/energy/buckets.ts
var STEP_LADDER_S = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400];
var DAY_MS = 864e5;
var FINE_STEP_MS = 1e3;
var MAX_FINE_PIECES = 3600;
var SERIES_CAPACITY = 1024;
function stepMsAt(level) {
  if (level < STEP_LADDER_S.length) return STEP_LADDER_S[level] * 1e3;
  return DAY_MS * 2 ** (level - STEP_LADDER_S.length + 1);
}
function firstIndex(startMs, stepMs) {
  return Math.floor(startMs / stepMs);
}
function lastIndex(startMs, endMs, stepMs) {
  return endMs > startMs ? Math.ceil(endMs / stepMs) - 1 : Math.floor(startMs / stepMs);
}
function bucketsSpanned(startMs, endMs, stepMs) {
  return lastIndex(startMs, endMs, stepMs) - firstIndex(startMs, stepMs) + 1;
}
var BucketSeries = class {
  level = 0;
  stepMs = stepMsAt(0);
  firstIdx = 0;
  count = 0;
  /** Energy per bucket in whole microjoules (integers, so that merging buckets is exact). */
  energyUnits = new Float64Array(SERIES_CAPACITY);
  touched = new Uint8Array(SERIES_CAPACITY);
  /** The bucket the last add ended in: most adds fall inside it. */
  curStartMs = Infinity;
  curEndMs = -Infinity;
  curPos = 0;
  /** A linear power segment p0 -> p1 over [t0, t1] whose integral is `units` (whole microjoules). */
  addLinear(t0, p0, t1, p1, units) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos] += units;
      return;
    }
    this.addSplit(t0, p0, t1, p1, units);
  }
  /** `units` (whole microjoules) spread evenly over [t0, t1] (a point when t0 === t1). */
  addUniform(t0, t1, units) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos] += units;
      return;
    }
    this.addSplit(t0, 1, t1, 1, units);
  }
  /** The bucket the last add ended in (its position, and [start, end] in ms): `addLinear` adds a segment inside it there directly. Empty (start > end) before any add. */
  get currentPos() {
    return this.curPos;
  }
  get currentStartMs() {
    return this.curStartMs;
  }
  get currentEndMs() {
    return this.curEndMs;
  }
  /** Whole microjoules added to bucket `pos` (within `count`), which becomes touched. */
  addAt(pos, units) {
    this.energyUnits[pos] += units;
    this.touched[pos] = 1;
  }
  /** Make bucket `pos` (within `count`) the current one. */
  moveCurrentTo(pos) {
    this.curPos = pos;
    this.curStartMs = (pos + this.firstIdx) * this.stepMs;
    this.curEndMs = (pos + this.firstIdx + 1) * this.stepMs;
  }
  /** Calls `visit` for every touched bucket, with its start and energy in whole microjoules. */
  forEach(visit) {
    for (let i = 0; i < this.count; i++) {
      if (this.touched[i] === 1) visit((this.firstIdx + i) * this.stepMs, this.stepMs, this.energyUnits[i]);
    }
  }
  /**
   * Split a segment across buckets. The pieces are cut on the finest step (1 s) whatever this
   * series' step, so that they do not depend on how far the series has coarsened: a series that
   * read part of a file, once merged, holds the same integers as one that read it whole.
   */
  addSplit(t0, p0, t1, p1, units) {
    this.ensureRange(t0, t1);
    const step = this.stepMs;
    const base = this.firstIdx;
    const fine = bucketsSpanned(t0, t1, FINE_STEP_MS) <= MAX_FINE_PIECES ? FINE_STEP_MS : step;
    const i0 = firstIndex(t0, fine);
    const i1 = lastIndex(t0, t1, fine);
    if (i0 !== i1) {
      const slope = (p1 - p0) / (t1 - t0);
      const twiceTotal = (p0 + p1) * (t1 - t0);
      let rest = units;
      for (let i = i0; i < i1; i++) {
        const a = Math.max(t0, i * fine);
        const b = (i + 1) * fine;
        const twicePiece = (2 * p0 + slope * (a - t0 + b - t0)) * (b - a);
        const share = twiceTotal > 0 ? Math.min(rest, Math.round(twicePiece / twiceTotal * units)) : 0;
        const pos = Math.floor(a / step) - base;
        this.energyUnits[pos] += share;
        this.touched[pos] = 1;
        rest -= share;
        if (slope === 0 && i + 1 < i1) {
          rest = this.addLevelPieces(i + 1, i1, fine, twiceTotal > 0 ? Math.round((2 * p0 + 0) * fine / twiceTotal * units) : 0, rest);
          break;
        }
      }
      units = rest;
    }
    const last = Math.floor(Math.max(t0, i1 * fine) / step) - base;
    this.addAt(last, units);
    this.moveCurrentTo(last);
  }
  /**
   * Pieces i0 to i1 - 1 (whole pieces of `fine` ms) of `share` units each while `rest` lasts; returns
   * what is left. The pieces that fall in one bucket are added at once where `rest` covers them all:
   * whole units, so the bucket holds the same integer as when they are added one by one.
   */
  addLevelPieces(i0, i1, fine, share, rest) {
    const step = this.stepMs;
    const base = this.firstIdx;
    for (let i = i0; i < i1; ) {
      const bucket = Math.floor(i * fine / step);
      const end = Math.min(i1, (bucket + 1) * step / fine);
      const pos = bucket - base;
      const all = (end - i) * share;
      if (rest >= all) {
        this.energyUnits[pos] += all;
        rest -= all;
      } else {
        for (let k = i; k < end; k++) {
          const given = Math.min(rest, share);
          this.energyUnits[pos] += given;
          rest -= given;
        }
      }
      this.touched[pos] = 1;
      i = end;
    }
    return rest;
  }
  ensureRange(t0, t1) {
    for (; ; ) {
      const step = this.stepMs;
      const lo = firstIndex(t0, step);
      const hi = lastIndex(t0, t1, step);
      const newLo = this.count === 0 ? lo : Math.min(this.firstIdx, lo);
      const newHi = this.count === 0 ? hi : Math.max(this.firstIdx + this.count - 1, hi);
      if (newHi - newLo + 1 <= SERIES_CAPACITY) {
        if (this.count === 0) {
          this.firstIdx = newLo;
        } else if (newLo < this.firstIdx) {
          const shift = this.firstIdx - newLo;
          this.energyUnits.copyWithin(shift, 0, this.count);
          this.touched.copyWithin(shift, 0, this.count);
          this.energyUnits.fill(0, 0, shift);
          this.touched.fill(0, 0, shift);
          this.firstIdx = newLo;
          this.curStartMs = Infinity;
          this.curEndMs = -Infinity;
        }
        this.count = newHi - this.firstIdx + 1;
        return;
      }
      this.coarsen();
    }
  }
  coarsen() {
    const ratio = stepMsAt(this.level + 1) / this.stepMs;
    const newFirst = Math.floor(this.firstIdx / ratio);
    let newCount = 0;
    for (let i = 0; i < this.count; i++) {
      const energy = this.energyUnits[i];
      const touched = this.touched[i];
      this.energyUnits[i] = 0;
      this.touched[i] = 0;
      const pos = Math.floor((this.firstIdx + i) / ratio) - newFirst;
      this.energyUnits[pos] += energy;
      this.touched[pos] |= touched;
      newCount = pos + 1;
    }
    this.level += 1;
    this.stepMs = stepMsAt(this.level);
    this.firstIdx = newFirst;
    this.count = newCount;
    this.curStartMs = Infinity;
    this.curEndMs = -Infinity;
  }
};

// src/energy/exact-sum.ts
var UNITS_PER_J = 1e6;
var SPLIT = 2 ** 40;
function exactSum() {
  return { high: 0, low: 0 };
}
function toUnits(joules) {
  return Math.round(joules * UNITS_PER_J);
}
function addUnits(sum, units) {
  if (units >= SPLIT || units <= -SPLIT) {
    const high = Math.trunc(units / SPLIT);
    sum.high += high;
    units -= high * SPLIT;
  }
  let low = sum.low + units;
  if (low >= SPLIT || low <= -SPLIT) {
    const carry = Math.trunc(low / SPLIT);
    sum.high += carry;
    low -= carry * SPLIT;
  }
  sum.low = low;
}
function addExact(into, from) {
  into.high += from.high;
  addUnits(into, from.low);
}
function exactValue(sum, unitsPerValue = UNITS_PER_J) {
  return (sum.high * SPLIT + sum.low) / unitsPerValue;
}
function sumOfExact(sums, unitsPerValue = UNITS_PER_J) {
  const total = exactSum();
  for (const s of sums) addExact(total, s);
  return exactValue(total, unitsPerValue);
}

// src/energy/power-kernel.generated.ts
var POWER_KERNEL_WASM_BASE64 = "AGFzbQEAAAABGgNgB39/fHx8fHwBf2ADfHx8AGAEf39/fwF/AwQDAAECBQMBAAAG9gEmfwBBgAgLfwBBgCALfwBBgIgBC38AQYAIC38AQaABC38AQYDAAAt/AEGAiAsLfwBBgIgNC38AQYCIEQt/AEGAiBULfwBBgIgZC38AQYCAAgt/AEEQC38AQYCIOQt/AEEAC38AQQALfwBBCAt/AEEQC38AQRgLfwBBIAt/AEEoC38AQTALfwBBOAt/AEHAAAt/AEHIAAt/AEHQAAt/AEHYAAt/AEHgAAt/AEHoAAt/AEHsAAt/AEHwAAt/AEH4AAt/AEGAAQt/AEGIAQt/AEGQAQt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAsH7gMmB1NMT1RfT0YDABBNQVhfREVWSUNFX0lOREVYAwEFU1RBVEUDAglNQVhfU0xPVFMDAwtTVEFURV9CWVRFUwMECE1BWF9ST1dTAwUJSU5fREVWSUNFAwYKSU5fVElNRV9NUwMHCklOX1BPV0VSX1cDCA5JTl9VVElMSVpBVElPTgMJA0xPRwMKB01BWF9MT0cDCw9MT0dfRU5UUllfQllURVMDDAxNRU1PUllfQllURVMDDQlMT0dfQ09VTlQDDgdMQVNUX01TAw8KTEFTVF9WQUxVRQMQCUNFSUxJTkdfVwMRCk1BWF9HQVBfTVMDEgZQRUFLX1cDEwpDT1ZFUkVEX01TAxQHU0FNUExFUwMVEVVUSUxJWkFUSU9OX0NPVU5UAxYPQlVDS0VUX1NUQVJUX01TAxcNQlVDS0VUX0VORF9NUwMYDEVORVJHWV9VTklUUwMZEVVUSUxJWkFUSU9OX1VOSVRTAxoMQlVDS0VUX1VOSVRTAxsFUkVBRFkDHApIQVNfU0VSSUVTAx0IQUNDRVBURUQDHg5TRVJJRVNfU1RFUF9NUwMfDFNFUklFU19GSVJTVAMgDFNFUklFU19DT1VOVAMhC0NVUlJFTlRfUE9TAyIEaW5pdAABB2FkZFJvd3MAAgZtZW1vcnkCAArdCgPmBQIIfAJ/IAErA3ghCSABKwOAASEKIAErA4gBIgdEAAAAAAAAAABhBH9BAQUgCiACIAmjnGQLBEBBAA8LIyUgAiAEYwR8IAQgCaObRAAAAAAAAPC/oAUgAiAJo5wLIAogB6BEAAAAAAAA8L+gpSINIAqhRAAAAAAAAPA/oGMEQEEADwsjIyEIIAIiByMjIAkjJCAEIAdkBHwgBCAIo5tEAAAAAAAA8L+gBSAHIAijnAsgByMjo5yhRAAAAAAAAPA/oGYbIgyjnCEIQQAoAgC3IAQgB2QEfCAEIAyjm0QAAAAAAADwv6AFIAcgDKOcCyILIAihoEQAAAAAAAAAQKBEAAAAAAAA4EBkBEBBAA8LIAEgDSAKoUQAAAAAAADwP6A5A4gBIAErA2AiAkQAAAAAAAAAAGIEQCABKwOQASENQQAoAgAiD0EEdEGAiBlqIhAgADYCACAQIA38AjYCBCAQIAI5AwhBACAPQQFqNgIACyABRAAAAAAAAAAAOQNgIAYhAiAIIAtiBEAgBSADoSAEIAehIgSjIQ0gAyAFoCAEoiEFIAghBANAIAQgC2MEQCADIAOgIA0gBCAMoiAHpSIIIAehIAREAAAAAAAA8D+gIAyiIg6gIAehoqAgDiAIoaIhDkEAKAIAIg9BBHRBgIgZaiIQIAA2AgAgECAIIAmjnCAKofwCNgIEIBAgBUQAAAAAAAAAAGQEfCAOIAWjIAaiIgieIg5EAAAAAAAA8D+gIA4gCCAOoUQAAAAAAADgP2EbIAKkBUQAAAAAAAAAAAsiCDkDCEEAIA9BAWo2AgAgAiAIoSECIAREAAAAAAAA8D+gIQQMAQsLC0EAKAIAIg9BBHRBgIgZaiIQIAA2AgAgECALIAyiIAelIAmjnCAKoSID/AI2AgQgECACOQMIQQAgD0EBajYCACABIAM5A5ABIAFBQGsgAyAKoCICIAmiOQMAIAEgAkQAAAAAAADwP6AgCaI5A0hBAQsOACAAJCMgASQkIAIkJQvjBAIEfwh8AkADQCAAIAFIBEAgAEECdEGAiAtqKAIAIgQgAk8NAiAEQQJ0QYAIaigCACIFQQBIDQIgBUGgAWxBgIgBaiIGKAJoRQ0CIABBA3QiBEGAiA1qKwMAIQkgBEGAiBFqKwMAIQggAwR8IARBgIgVaisDAAVEAAAAAAAA+H8LIQ0gCSAGKwMAIguhIgpEAAAAAAAA8H9jIQQgCkQAAAAAAAAAAGQhByAIRAAAAAAAAAAAZgR/IAggBisDEGUFQQALIAdxBH8gCiAGKwMYZQVBAAsgBHEEfyANIA1iBH9BAQUgDUQAAAAAAADwP2UgDUQAAAAAAAAAAGZxCwVBAAtFDQIgBisDCCIOIAigIAqiRAAAAAAAQH9AoiIPniIMRAAAAAAAAPA/oCAMIA8gDKFEAAAAAAAA4D9hGyIMRAAAAAAAAFBCZUUNAiAGKAJsQQBHIgdFIgRFBEAgCyAGQUBrKwMAZgR/IAkgBisDSGUFQQALIQQLIAQEf0EBBSAFIAYgCyAOIAkgCCAMEAALRQ0CIA0gDWEEQCAGIAYrA1ggDUQAAACilBptQqIiC54iDUQAAAAAAADwP6AgDSALIA2hRAAAAAAAAOA/YRugOQNYIAYgBisDOEQAAAAAAADwP6A5AzgLIAggBisDIGQEQCAGIAg5AyALIAYgCTkDACAGIAg5AwggBiAGKwMwRAAAAAAAAPA/oDkDMCAGIAYrA1AgDKA5A1AgBiAGKwMoIAqgOQMoIARBACAHGwRAIAYgBisDYCAMoDkDYAsgBkEBNgJwIABBAWohAAwBCwsgAQ8LIAAL";

// src/energy/power-kernel.ts
var LAYOUT4 = [
  "SLOT_OF",
  "MAX_DEVICE_INDEX",
  "STATE",
  "MAX_SLOTS",
  "STATE_BYTES",
  "MAX_ROWS",
  "IN_DEVICE",
  "IN_TIME_MS",
  "IN_POWER_W",
  "IN_UTILIZATION",
  "MEMORY_BYTES",
  "LAST_MS",
  "LAST_VALUE",
  "CEILING_W",
  "MAX_GAP_MS",
  "PEAK_W",
  "COVERED_MS",
  "SAMPLES",
  "UTILIZATION_COUNT",
  "BUCKET_START_MS",
  "BUCKET_END_MS",
  "ENERGY_UNITS",
  "UTILIZATION_UNITS",
  "BUCKET_UNITS",
  "READY",
  "HAS_SERIES",
  "ACCEPTED",
  "SERIES_STEP_MS",
  "SERIES_FIRST",
  "SERIES_COUNT",
  "CURRENT_POS",
  "LOG",
  "LOG_ENTRY_BYTES",
  "LOG_COUNT"
];
function isDeviceIndexColumn(column) {
  return column instanceof Uint32Array || column instanceof Int32Array || column instanceof Uint16Array || column instanceof Uint8Array;
}
var PowerRowsKernel = class {
  addRowsExport;
  at;
  slotOf;
  f64;
  i32;
  deviceColumn;
  timeColumn;
  powerColumn;
  utilizationColumn;
  /** The LOG: per entry, i32 slot and position (logInt32) and f64 units (logFloat64). */
  logInt32;
  logFloat64;
  status;
  /** The tracks whose state is in the kernel, by slot; a detached one stays in its slot, not ready. */
  tracks = [];
  slots = /* @__PURE__ */ new Map();
  devices = 0;
  constructor() {
    const { exports, at } = instantiateKernel(POWER_KERNEL_WASM_BASE64, LAYOUT4, "MEMORY_BYTES");
    exports.init(FINE_STEP_MS, MAX_FINE_PIECES, SERIES_CAPACITY);
    this.addRowsExport = exports.addRows;
    this.at = at;
    const buffer = exports.memory.buffer;
    this.slotOf = new Int32Array(buffer, at.SLOT_OF, at.MAX_DEVICE_INDEX);
    const stateBytes = at.MAX_SLOTS * at.STATE_BYTES;
    this.f64 = new Float64Array(buffer, at.STATE, stateBytes / 8);
    this.i32 = new Int32Array(buffer, at.STATE, stateBytes / 4);
    this.deviceColumn = new Uint32Array(buffer, at.IN_DEVICE, at.MAX_ROWS);
    this.timeColumn = new Float64Array(buffer, at.IN_TIME_MS, at.MAX_ROWS);
    this.powerColumn = new Float64Array(buffer, at.IN_POWER_W, at.MAX_ROWS);
    this.utilizationColumn = new Float64Array(buffer, at.IN_UTILIZATION, at.MAX_ROWS);
    this.logInt32 = new Int32Array(buffer, at.LOG, (at.MEMORY_BYTES - at.LOG) / 4);
    this.logFloat64 = new Float64Array(buffer, at.LOG, (at.MEMORY_BYTES - at.LOG) / 8);
    this.status = new Int32Array(buffer, 0, 4);
  }
  /** The most rows one `load` takes. */
  get maxRows() {
    return this.at.MAX_ROWS;
  }
  /** Start a record of `devices` devices, none of them attached yet. */
  begin(devices) {
    this.devices = Math.min(devices, this.at.MAX_DEVICE_INDEX);
    this.slotOf.fill(-1, 0, this.devices);
  }
  /** Copy in rows [from, from + rows) of the columns (at most `maxRows`); `add` reads them as rows 0 to rows - 1. */
  load(deviceIndex, timeMs, powerW, utilization, from, rows) {
    this.deviceColumn.set(deviceIndex.subarray(from, from + rows));
    this.timeColumn.set(timeMs.subarray(from, from + rows));
    this.powerColumn.set(powerW.subarray(from, from + rows));
    if (utilization) this.utilizationColumn.set(utilization.subarray(from, from + rows));
  }
  /** Add the loaded rows from `from` while the kernel takes them; returns the first it did not take (`rows` when it took them all). */
  add(from, rows, hasUtilization) {
    return this.addRowsExport(from, rows, this.devices, hasUtilization);
  }
  /** The rows of device index `d` go to `track` (whose state is copied in) from now on; false when the kernel has no room for it. */
  attach(d, track) {
    let slot = this.slots.get(track);
    if (slot === void 0) {
      if (this.tracks.length >= this.at.MAX_SLOTS) return false;
      slot = this.tracks.length;
      this.tracks.push(track);
      this.slots.set(track, slot);
    }
    if (d < this.devices) this.slotOf[d] = slot;
    this.copyIn(slot, track);
    return true;
  }
  /** Copy `track`'s state out, for the caller to change it; the kernel leaves its rows alone until it is attached again. */
  detach(track) {
    const slot = this.slots.get(track);
    if (slot === void 0) return;
    this.applyLog();
    this.copyOut(slot, track);
    this.i32[(slot * this.at.STATE_BYTES + this.at.READY) / 4] = 0;
  }
  /** Copy every attached track's state out (the kernel's sums then start again from zero): after each load of rows. */
  flush() {
    this.applyLog();
    for (let slot = 0; slot < this.tracks.length; slot++) this.copyOut(slot, this.tracks[slot]);
  }
  /** Copy every track's state out and forget them: the record is done. */
  end() {
    this.flush();
    this.tracks.length = 0;
    this.slots.clear();
    this.devices = 0;
  }
  /** Add the energy that the kernel logged for buckets to the tracks' series. */
  applyLog() {
    const entries = this.status[this.at.LOG_COUNT / 4];
    const ints = this.at.LOG_ENTRY_BYTES / 4;
    const floats = this.at.LOG_ENTRY_BYTES / 8;
    for (let e = 0; e < entries; e++) {
      this.tracks[this.logInt32[e * ints]].series.addAt(this.logInt32[e * ints + 1], this.logFloat64[e * floats + 1]);
    }
    this.status[this.at.LOG_COUNT / 4] = 0;
  }
  copyIn(slot, track) {
    const at = this.at;
    const f = slot * at.STATE_BYTES / 8;
    const i = slot * at.STATE_BYTES / 4;
    const f64 = this.f64;
    f64[f + at.LAST_MS / 8] = track.lastMs;
    f64[f + at.LAST_VALUE / 8] = track.lastValue;
    f64[f + at.CEILING_W / 8] = track.ceilingW;
    f64[f + at.MAX_GAP_MS / 8] = track.maxGapMs;
    f64[f + at.PEAK_W / 8] = track.peakW;
    f64[f + at.COVERED_MS / 8] = track.coveredMs;
    f64[f + at.SAMPLES / 8] = track.samples;
    f64[f + at.UTILIZATION_COUNT / 8] = track.utilizationCount;
    const series = track.series;
    if (series) {
      f64[f + at.BUCKET_START_MS / 8] = series.currentStartMs;
      f64[f + at.BUCKET_END_MS / 8] = series.currentEndMs;
      f64[f + at.SERIES_STEP_MS / 8] = series.stepMs;
      f64[f + at.SERIES_FIRST / 8] = series.firstIdx;
      f64[f + at.SERIES_COUNT / 8] = series.count;
      f64[f + at.CURRENT_POS / 8] = series.currentPos;
    }
    f64[f + at.ENERGY_UNITS / 8] = 0;
    f64[f + at.UTILIZATION_UNITS / 8] = 0;
    f64[f + at.BUCKET_UNITS / 8] = 0;
    this.i32[i + at.READY / 4] = track.calibrating ? 0 : 1;
    this.i32[i + at.HAS_SERIES / 4] = series ? 1 : 0;
    this.i32[i + at.ACCEPTED / 4] = 0;
  }
  copyOut(slot, track) {
    const at = this.at;
    const f = slot * at.STATE_BYTES / 8;
    const i = slot * at.STATE_BYTES / 4;
    if (this.i32[i + at.ACCEPTED / 4] === 0) return;
    const f64 = this.f64;
    track.lastMs = f64[f + at.LAST_MS / 8];
    track.lastValue = f64[f + at.LAST_VALUE / 8];
    track.peakW = f64[f + at.PEAK_W / 8];
    track.coveredMs = f64[f + at.COVERED_MS / 8];
    track.samples = f64[f + at.SAMPLES / 8];
    track.utilizationCount = f64[f + at.UTILIZATION_COUNT / 8];
    addUnits(track.energy, f64[f + at.ENERGY_UNITS / 8]);
    addUnits(track.utilization, f64[f + at.UTILIZATION_UNITS / 8]);
    const series = track.series;
    if (series) {
      series.count = f64[f + at.SERIES_COUNT / 8];
      const pos = f64[f + at.CURRENT_POS / 8];
      if (pos !== series.currentPos || f64[f + at.BUCKET_START_MS / 8] !== series.currentStartMs) series.moveCurrentTo(pos);
      const units = f64[f + at.BUCKET_UNITS / 8];
      if (units !== 0) series.addAt(pos, units);
    }
    f64[f + at.ENERGY_UNITS / 8] = 0;
    f64[f + at.UTILIZATION_UNITS / 8] = 0;
    f64[f + at.BUCKET_UNITS / 8] = 0;
    track.drops.pending = false;
    this.i32[i + at.ACCEPTED / 4] = 0;
  }
};
var shared;
function powerRowsKernel() {
  return shared ??= new PowerRowsKernel();
}

// src/energy/columns.ts
function addColumns(record, target) {
  if (!readableColumns(record)) {
    target.invalid();
    return;
  }
  if (record.type === "energy-counter-columns") addCounterColumns(record, target);
  else if (isTyped(record)) addTypedPowerColumns(record, target);
  else addPowerColumns(record, target);
}
function readableColumns(record) {
  if (!Array.isArray(record.devices)) return false;
  const rows = isColumn(record.timeMs) ? record.timeMs.length : -1;
  return Object.entries(columnsOf(record)).every(([name, column]) => name === "utilization" && column === void 0 || isColumn(column) && column.length === rows);
}
function isTyped(record) {
  const { deviceIndex, timeMs, powerW, utilization } = record;
  return isDeviceIndexColumn(deviceIndex) && timeMs instanceof Float64Array && powerW instanceof Float64Array && (utilization === void 0 || utilization instanceof Float64Array);
}
function tracksOf(find, tracks = []) {
  return (d) => {
    let track = tracks[d];
    if (track === void 0 && (track = find(d)) !== void 0) tracks[d] = track;
    return track;
  };
}
function addPowerColumns(record, target) {
  const { deviceIndex, timeMs, powerW, utilization } = record;
  const trackOf = tracksOf((d) => target.powerTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]);
    if (track === void 0) {
      target.invalid();
      continue;
    }
    const t = timeMs[i];
    const w = powerW[i];
    const u = utilization === void 0 ? Number.NaN : utilization[i];
    if (typeof t === "number" && typeof w === "number") track.addSample(t, w, typeof u === "number" ? u : u === null ? Number.NaN : -1, void 0);
    else track.add({ type: "power", timeMs: t, powerW: w, device: track.device });
  }
}
function addCounterColumns(record, target) {
  const { deviceIndex, timeMs, counterJ } = record;
  const trackOf = tracksOf((d) => target.counterTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]);
    if (track === void 0) {
      target.invalid();
      continue;
    }
    track.addReading(timeMs[i], counterJ[i], void 0);
  }
}
function addTypedPowerColumns(record, target) {
  const { devices, deviceIndex, timeMs, powerW, utilization } = record;
  const kernel = powerRowsKernel();
  const hasUtilization = utilization !== void 0;
  const tracks = lastPowerTracks(record, target.lastPowerTracks);
  const trackOf = tracksOf((d) => target.powerTrack(d), tracks);
  kernel.begin(devices.length);
  tracks.forEach((track, d) => kernel.attach(d, track));
  try {
    for (let from = 0; from < timeMs.length; from += kernel.maxRows) {
      const rows = Math.min(kernel.maxRows, timeMs.length - from);
      kernel.load(deviceIndex, timeMs, powerW, utilization, from, rows);
      for (let i = kernel.add(0, rows, hasUtilization); i < rows; i = kernel.add(i + 1, rows, hasUtilization)) {
        const row = from + i;
        const d = deviceIndex[row];
        const track = trackOf(d);
        if (track === void 0) {
          target.invalid();
          continue;
        }
        kernel.detach(track);
        track.addSample(timeMs[row], powerW[row], hasUtilization ? utilization[row] : Number.NaN, void 0);
        kernel.attach(d, track);
      }
      kernel.flush();
    }
  } finally {
    kernel.end();
  }
  target.lastPowerTracks = { devices, refs: tracks.map((_, d) => devices[d]), tracks };
}
function lastPowerTracks(record, last) {
  const tracks = [];
  if (last?.devices === record.devices) {
    last.tracks.forEach((track, d) => {
      if (last.refs[d] === record.devices[d]) tracks[d] = track;
    });
  }
  return tracks;
}

// src/energy/format.ts
function formatDuration(ms) {
  const s = ms / 1e3;
  if (s < 120) return `${round(s, s < 10 ? 1 : 0)} s`;
  if (s < 7200) return `${round(s / 60, 1)} min`;
  if (s < 172800) return `${round(s / 3600, 1)} h`;
  return `${round(s / 86400, 1)} d`;
}
function formatEnergy(joules) {
  const kWh = joules / 36e5;
  if (kWh >= 0.1) return `${round(kWh, kWh < 10 ? 3 : 1)} kWh`;
  return `${round(joules, joules < 10 ? 2 : 0)} J`;
}
function formatPercent(share) {
  return `${round(share * 100, 1)}%`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function listSome(items, max = 5) {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function round(value, digits) {
  return String(Number(value.toFixed(digits)));
}

// src/energy/options.ts
var AUTO_GAP_FLOOR_MS = 3e4;
var AUTO_GAP_FACTOR = 5;
var AUTO_GAP_INTERVALS = 64;
var DEFAULT_MAX_POWER_W = 3e3;
var NODE_MAX_POWER_W = 2e4;
var BOARD_POWER_FACTOR = 2;
var MAX_LISTED_GAPS = 1e3;
var DEFAULT_ENERGY_OPTIONS = Object.freeze({
  maxGapS: "auto",
  maxPlausiblePowerW: "auto",
  powerSeries: true
});
function resolveEnergyOptions(options = {}) {
  const merged = { ...DEFAULT_ENERGY_OPTIONS, ...withoutUndefined(options) };
  const { maxGapS, maxPlausiblePowerW } = merged;
  if (maxGapS !== "auto" && !(typeof maxGapS === "number" && maxGapS > 0 && Number.isFinite(maxGapS))) {
    throw new InputError(`the maximum gap must be a positive number of seconds or "auto", not ${String(maxGapS)}`, {
      hint: "use e.g. --max-gap 60, or leave it out for the adaptive default"
    });
  }
  if (maxPlausiblePowerW !== "auto" && !(typeof maxPlausiblePowerW === "number" && maxPlausiblePowerW > 0 && Number.isFinite(maxPlausiblePowerW))) {
    throw new InputError(`the power ceiling must be a positive number of watts or "auto", not ${String(maxPlausiblePowerW)}`);
  }
  const lookup = merged.boardPowerW;
  return {
    maxGapMs: maxGapS === "auto" ? void 0 : maxGapS * 1e3,
    maxPlausiblePowerW,
    boardPowerW: (model) => {
      const w = lookup?.(model);
      return typeof w === "number" && w > 0 && Number.isFinite(w) ? w : void 0;
    },
    powerSeries: merged.powerSeries !== false
  };
}
function powerCeilingW(options, device) {
  if (options.maxPlausiblePowerW !== "auto") return options.maxPlausiblePowerW;
  if (device.component === "node") return NODE_MAX_POWER_W;
  const boardW = options.boardPowerW(device.model);
  const count = device.count !== void 0 && Number.isInteger(device.count) && device.count > 1 ? device.count : 1;
  return count * (boardW !== void 0 ? BOARD_POWER_FACTOR * boardW : DEFAULT_MAX_POWER_W);
}
function autoMaxGapMs(intervalsMs) {
  if (intervalsMs.length === 0) return AUTO_GAP_FLOOR_MS;
  const sorted = [...intervalsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median2 = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.max(AUTO_GAP_FLOOR_MS, Math.round(AUTO_GAP_FACTOR * median2 / 1e3) * 1e3);
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/energy/drops.ts
var Drops = class {
  tallies = /* @__PURE__ */ new Map();
  /** A record was dropped since the last accepted one. */
  pending = false;
  /** Length of the unbridged intervals that had dropped records inside them (ms). */
  lostMs = 0;
  note(code, origin) {
    const tally = this.tallies.get(code);
    if (tally) tally.count += 1;
    else this.tallies.set(code, { count: 1, origin });
    if (code !== "invalid-utilization") this.pending = true;
  }
};

// src/energy/point-track.ts
var PointTrack = class {
  constructor(stream, device, ceilingW, fixedMaxGapMs, withSeries) {
    this.stream = stream;
    this.device = device;
    this.ceilingW = ceilingW;
    this.maxGapMs = fixedMaxGapMs ?? NaN;
    this.calibrating = fixedMaxGapMs === void 0;
    this.series = withSeries ? new BucketSeries() : void 0;
  }
  stream;
  device;
  ceilingW;
  samples = 0;
  firstMs = NaN;
  firstValue = NaN;
  lastMs = -Infinity;
  lastValue = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  energy = exactSum();
  coveredMs = 0;
  gaps = [];
  gapCount = 0;
  gapMs = 0;
  drops = new Drops();
  /** Duplicate timestamps with a different value: maybe several devices mixed into one. */
  conflictingDuplicates = 0;
  series;
  maxGapMs;
  calibrating;
  /** Set while a seam is integrated: its gap comes before all of this track's own. */
  seam = false;
  calTimes = [];
  calValues = [];
  calDropBefore = [];
  get energyJ() {
    return exactValue(this.energy);
  }
  get startMs() {
    return this.firstMs;
  }
  get endMs() {
    return this.samples > 0 ? this.lastMs : NaN;
  }
  /** Ends calibration (if still going); call before reading the totals. */
  settle() {
    if (this.calibrating) this.endCalibration();
  }
  /** Bridges (or not) the seam from an earlier, non-overlapping track of the same device, with the stricter of both limits. */
  joinAfter(previous) {
    this.settle();
    previous.settle();
    const ownGapMs = this.maxGapMs;
    const ownCeilingW = this.ceilingW;
    this.maxGapMs = Math.min(ownGapMs, previous.maxGapMs);
    this.ceilingW = Math.min(ownCeilingW, previous.ceilingW);
    const pending = this.drops.pending;
    this.drops.pending = false;
    this.seam = true;
    this.integrate(previous.lastMs, previous.lastValue, this.firstMs, this.firstValue);
    this.seam = false;
    this.drops.pending = pending;
    this.maxGapMs = ownGapMs;
    this.ceilingW = ownCeilingW;
  }
  /** Adds an interval's energy; returns it in whole microjoules, as counted. */
  addJoules(joules) {
    const units = toUnits(joules);
    addUnits(this.energy, units);
    return units;
  }
  /** An interval that is not bridged. */
  gap(t0, t1) {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.seam) {
      this.gaps.unshift({ startMs: t0, endMs: t1 });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    } else if (this.gaps.length < MAX_LISTED_GAPS) {
      this.gaps.push({ startMs: t0, endMs: t1 });
    }
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }
  dropTime(t, value, origin) {
    if (t === this.lastMs && value !== this.lastValue) this.conflictingDuplicates += 1;
    this.drops.note(t === this.lastMs ? "duplicate-sample" : t < this.lastMs ? "time-backwards" : "invalid-value", origin);
  }
  /** Called for every accepted sample while calibrating (the first included). */
  buffer(t, value) {
    this.calTimes.push(t);
    this.calValues.push(value);
    this.calDropBefore.push(this.drops.pending);
    this.drops.pending = false;
    if (this.calTimes.length > AUTO_GAP_INTERVALS) this.endCalibration();
  }
  endCalibration() {
    const times = this.calTimes;
    const values = this.calValues;
    const intervals = [];
    for (let i = 1; i < times.length; i++) intervals.push(times[i] - times[i - 1]);
    this.maxGapMs = autoMaxGapMs(intervals);
    this.calibrating = false;
    const pending = this.drops.pending;
    for (let i = 1; i < times.length; i++) {
      this.drops.pending = this.calDropBefore[i];
      this.integrate(times[i - 1], values[i - 1], times[i], values[i]);
    }
    this.drops.pending = pending;
    this.calTimes = [];
    this.calValues = [];
    this.calDropBefore = [];
  }
};

// src/energy/power-track.ts
var UTILIZATION_UNITS = 1e12;
var INVALID_UTILIZATION = -1;
var PowerTrack = class extends PointTrack {
  method = "power-integral";
  peakW = -Infinity;
  /** Utilisation readings summed exactly, in millionths of a millionth. */
  utilization = exactSum();
  utilizationCount = 0;
  add(record) {
    const w = record.powerW;
    const t = record.timeMs;
    if (typeof w !== "number" || typeof t !== "number") {
      this.dropValue(t, w, record.origin);
      return;
    }
    const u = record.utilization;
    this.addSample(t, w, u === void 0 ? Number.NaN : u >= 0 && u <= 1 ? u : INVALID_UTILIZATION, record.origin);
  }
  /** A sample: `u` is the utilisation (0..1), NaN for none, anything else invalid. */
  addSample(t, w, u, origin) {
    const t0 = this.lastMs;
    const dt = t - t0;
    if (w >= 0 && w <= this.ceilingW && dt > 0 && dt <= this.maxGapMs && dt < Infinity && !this.calibrating && (u !== u || u >= 0 && u <= 1)) {
      if (u === u) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      }
      if (w > this.peakW) this.peakW = w;
      const w0 = this.lastValue;
      this.lastMs = t;
      this.lastValue = w;
      this.samples += 1;
      this.trapezoid(t0, w0, t, w, dt);
      this.drops.pending = false;
      return;
    }
    this.addSampleTheLongWay(t, w, u, origin);
  }
  addSampleTheLongWay(t, w, u, origin) {
    if (!(w >= 0 && w <= this.ceilingW && t - t === 0)) {
      this.dropValue(t, w, origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, w, origin);
      return;
    }
    if (u === u) {
      if (u >= 0 && u <= 1) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      } else {
        this.drops.note("invalid-utilization", origin);
      }
    }
    if (w > this.peakW) this.peakW = w;
    const w0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = w;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = w;
    }
    if (this.calibrating) {
      this.buffer(t, w);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, w0, t, w);
      this.drops.pending = false;
    }
  }
  integrate(t0, w0, t1, w1) {
    const dt = t1 - t0;
    if (dt <= this.maxGapMs) this.trapezoid(t0, w0, t1, w1, dt);
    else this.gap(t0, t1);
  }
  /** The trapezoid between two samples, `dt` apart, in whole microjoules: (w0 + w1) / 2 × dt / 1000 × 1e6. */
  trapezoid(t0, w0, t1, w1, dt) {
    const units = Math.round((w0 + w1) * dt * 500);
    addUnits(this.energy, units);
    this.coveredMs += dt;
    if (this.series !== void 0) this.series.addLinear(t0, w0, t1, w1, units);
  }
  dropValue(t, w, origin) {
    const invalid = typeof w !== "number" || typeof t !== "number" || !Number.isFinite(t) || !Number.isFinite(w);
    const code = invalid ? "invalid-value" : w < 0 ? "negative-power" : "implausible-power";
    this.drops.note(code, origin);
  }
};

// src/energy/stream.ts
function streamKey(stream) {
  return `${stream.plugin}\0${stream.file ?? ""}\0${stream.part ?? 0}`;
}
function fileStreamKey(stream) {
  return `${stream.plugin}\0${stream.file ?? ""}`;
}
function compareNatural(a, b) {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    if (bothDigits && x.length !== y.length) return x.replace(/^0+/, "").length - y.replace(/^0+/, "").length || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
function compareStreams(a, b) {
  return compareNatural(a.file ?? "", b.file ?? "") || compareNatural(a.plugin, b.plugin) || (a.part ?? 0) - (b.part ?? 0);
}

// src/energy/combine.ts
var METHOD_PRECEDENCE = ["counter", "power-integral", "reported", "estimate"];
var PRECEDENCE_COVERAGE_SHARE = 0.95;
var EVIDENCE_NAME = {
  counter: "energy counter",
  "power-integral": "power samples",
  reported: "reported energy",
  estimate: "estimate"
};
function combineDevice(id, all) {
  for (const track of all) track.settle();
  const tracks = [...all].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.method, b.method));
  const warnings = [];
  const selections = /* @__PURE__ */ new Map();
  for (const method2 of METHOD_PRECEDENCE) {
    const selection = selectTracks(tracks.filter((t) => t.method === method2));
    if (selection.kept.length > 0) selections.set(method2, selection);
  }
  const present = METHOD_PRECEDENCE.filter((m) => selections.has(m));
  if (present.length === 0) return void 0;
  for (const { kept: sequence } of selections.values()) {
    for (let i = 1; i < sequence.length; i++) joinTracks(sequence[i - 1], sequence[i]);
  }
  const method = chooseMethod(present, selections);
  const { kept, ignored } = selections.get(method);
  const energyJ = sumOfExact(kept.map((t) => t.energy));
  let coveredMs = 0;
  let samples = 0;
  let gapCount = 0;
  let gapMs = 0;
  let startMs = Infinity;
  let endMs = -Infinity;
  const gaps = [];
  for (const t of kept) {
    coveredMs += t.coveredMs;
    samples += t.samples;
    gapCount += t.gapCount;
    gapMs += t.gapMs;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
    gaps.push(...t.gaps);
  }
  const keptStartMs = startMs;
  const keptEndMs = endMs;
  for (const t of tracks) {
    if (t.samples === 0) continue;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
  }
  for (const [from, to] of [[startMs, keptStartMs], [keptEndMs, endMs]]) {
    if (to > from) {
      gaps.push({ startMs: from, endMs: to });
      gapCount += 1;
      gapMs += to - from;
    }
  }
  gaps.sort((a, b) => a.startMs - b.startMs);
  const windowMs = endMs - startMs;
  const coverage = windowMs > 0 ? Math.min(1, coveredMs / windowMs) : 0;
  const maxGapMs = Math.min(...kept.map((t) => t.maxGapMs));
  const energy = {
    device: mergeDevice(kept, tracks, warnings, id),
    startMs,
    endMs,
    energyJ,
    method,
    samples,
    coverage,
    gaps: gaps.slice(0, MAX_LISTED_GAPS),
    plugins: unique(kept.map((t) => t.stream.plugin)),
    files: unique(kept.flatMap((t) => t.stream.file === void 0 ? [] : [t.stream.file])),
    maxGapS: maxGapMs / 1e3,
    gapCount,
    gapS: gapMs / 1e3
  };
  const power = selections.get("power-integral")?.kept;
  const utilization = meanUtilization(method, kept, power);
  if (utilization !== void 0) energy.meanUtilization = utilization;
  if (power) {
    const peakW = Math.max(...power.map((t) => t.peakW));
    if (peakW >= 0) energy.peakPowerW = peakW;
  }
  const label = describeDevice(energy.device);
  if (ignored.length > 0) {
    warnings.push({
      code: "duplicate-device",
      deviceId: id,
      count: ignored.length + kept.length,
      message: `${label} was seen in ${kept.length + ignored.length} files with overlapping time, counted once: used ${listSome(kept.map(streamName))}, ignored ${listSome(ignored.map(streamName))} (the stream with the best coverage wins; time that only the others saw is not counted and lowers coverage). If these are different GPUs, make their ids distinct (UUID, or host and index).`
    });
  }
  const others = present.filter((m) => m !== method);
  if (others.length > 0) {
    const described = others.map((m) => {
      const alt = selections.get(m).kept;
      const altCoveredMs = alt.reduce((sum, t) => sum + t.coveredMs, 0);
      const altCoverage = windowMs > 0 ? Math.min(1, altCoveredMs / windowMs) : 0;
      return `${EVIDENCE_NAME[m]} (${formatEnergy(sumOfExact(alt.map((t) => t.energy)))}, coverage ${formatPercent(altCoverage)})`;
    });
    warnings.push({
      code: "evidence-ignored",
      deviceId: id,
      message: `${label}: energy from the ${EVIDENCE_NAME[method]} (${formatEnergy(energyJ)}, coverage ${formatPercent(coverage)}); also had ${described.join(" and ")}, not used: best evidence first (energy counter > power samples > reported energy > estimate), unless it covers under 95% of the time another measurement covers; an estimate only without a usable measurement.`
    });
  }
  if (samples === 1 && (method === "counter" || method === "power-integral")) {
    warnings.push({
      code: "single-sample",
      deviceId: id,
      count: 1,
      message: `${label} has a single ${method === "counter" ? "counter reading" : "power sample"}: energy 0 and coverage 0 (an interval needs two).`
    });
  }
  if (gapCount > 0) {
    warnings.push({
      code: "gaps",
      deviceId: id,
      count: gapCount,
      message: `${label}: ${plural(gapCount, "span")} not bridged (${formatDuration(gapMs)} in all; maximum gap ${formatDuration(maxGapMs)}): no energy is counted there and coverage is ${formatPercent(coverage)}.`
    });
  }
  const conflicting = tracks.reduce((n, t) => n + ("conflictingDuplicates" in t ? t.conflictingDuplicates : 0), 0);
  if (conflicting > 0) {
    warnings.push({
      code: "conflicting-duplicates",
      deviceId: id,
      count: conflicting,
      message: `${label}: ${plural(conflicting, "sample")} repeat a timestamp with a different value; the first of each was kept. If several GPUs were logged without an index or uuid column, their rows are mixed into this one device and its energy is undercounted: log index or uuid too. Coverage is unaffected, which is why this needs checking.`
    });
  }
  warnings.push(...methodWarnings(method, kept, label, id));
  return { energy, used: kept, warnings };
}
function selectTracks(tracks) {
  const candidates = tracks.filter((t) => t.samples > 0).sort(byQuality);
  const kept = [];
  const ignored = [];
  for (const candidate of candidates) {
    if (kept.some((k) => k.startMs < candidate.endMs && candidate.startMs < k.endMs)) ignored.push(candidate);
    else kept.push(candidate);
  }
  kept.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareStreams(a.stream, b.stream));
  return { kept, ignored };
}
function byQuality(a, b) {
  return b.coveredMs - a.coveredMs || b.samples - a.samples || compareStreams(a.stream, b.stream);
}
function chooseMethod(present, selections) {
  const coveredMs = (m) => selections.get(m).kept.reduce((s, t) => s + t.coveredMs, 0);
  const usable = present.filter((m) => selections.get(m).kept.some((t) => t.coveredMs > 0 || t.energyJ > 0));
  const measured = usable.filter((m) => m !== "estimate");
  if (measured.length === 0) return usable[0] ?? present[0];
  const bestMs = Math.max(...measured.map(coveredMs));
  return measured.find((m) => coveredMs(m) >= PRECEDENCE_COVERAGE_SHARE * bestMs);
}
function joinTracks(previous, next) {
  if (next.method === "reported" || next.method === "estimate") next.joinAfter(previous);
  else next.joinAfter(previous);
}
function meanUtilization(method, kept, power) {
  if (method === "estimate") {
    const usage = kept;
    const weightMs = usage.reduce((s, t) => s + t.utilizationWeightMs, 0);
    if (weightMs > 0) return usage.reduce((s, t) => s + t.utilizationMs, 0) / weightMs;
  }
  if (!power) return void 0;
  const count = power.reduce((s, t) => s + t.utilizationCount, 0);
  return count > 0 ? sumOfExact(power.map((t) => t.utilization), UTILIZATION_UNITS) / count : void 0;
}
function methodWarnings(method, kept, label, id) {
  const out = [];
  if (method === "counter") {
    const counters = kept;
    const resets = counters.reduce((s, t) => s + t.resets, 0);
    const unaccounted = counters.reduce((s, t) => s + t.unaccountedResets, 0);
    const jumps = counters.reduce((s, t) => s + t.implausibleJumps, 0);
    if (resets > 0) {
      out.push({
        code: "counter-reset",
        deviceId: id,
        count: resets,
        message: `${label}: the energy counter went down ${plural(resets, "time")} (a reset, e.g. a driver reload); after each, the new value counts as energy since zero` + (unaccounted > 0 ? `, except ${unaccounted} whose value was too large for the interval: those intervals are not counted and lower coverage.` : ": coverage unchanged.")
      });
    }
    if (jumps > 0) {
      out.push({
        code: "counter-jump",
        deviceId: id,
        count: jumps,
        message: `${label}: the energy counter rose faster than the power ceiling allows ${plural(jumps, "time")}: those intervals are not counted and lower coverage.`
      });
    }
  }
  if (method === "reported" || method === "estimate") {
    const intervals = kept;
    const overlaps = intervals.reduce((s, t) => s + t.overlaps, 0);
    if (overlaps > 0) {
      out.push({
        code: "energy-overlap",
        deviceId: id,
        count: overlaps,
        message: `${label}: ${plural(overlaps, "record")} of ${method === "reported" ? "reported energy" : "usage"} overlap an earlier one in the same file; all are summed, so if they repeat the same time the energy is counted twice. Coverage counts the time once.`
      });
    }
  }
  if (method === "estimate") {
    const usage = kept;
    const unknown = usage.reduce((s, t) => s + t.unknownPower, 0);
    const assumed = usage.reduce((s, t) => s + t.assumedUtilization, 0);
    if (unknown > 0) {
      out.push({
        code: "unknown-gpu",
        deviceId: id,
        count: unknown,
        message: `${label}: no power is known for model ${JSON.stringify(usage[0]?.device.model ?? "unknown")} and the input states none: ${plural(unknown, "interval")} get no energy and no coverage. Give the power (e.g. --power-w) or a model from the GPU table.`
      });
    }
    if (assumed > 0) {
      out.push({
        code: "utilization-assumed",
        deviceId: id,
        count: assumed,
        message: `${label}: no utilisation given for ${plural(assumed, "interval")}; estimated at 100% of the power (an upper bound); coverage unaffected.`
      });
    }
  }
  return out;
}
function mergeDevice(kept, all, warnings, id) {
  const merged = { ...kept[0].device };
  const models = /* @__PURE__ */ new Set();
  for (const track of [...kept, ...all]) {
    const d = track.device;
    if (d.model !== void 0) models.add(d.model);
    for (const key of ["model", "vendor", "host", "index", "uuid", "component"]) {
      if (merged[key] === void 0 && d[key] !== void 0) merged[key] = d[key];
    }
  }
  if (models.size > 1) {
    warnings.push({
      code: "device-conflict",
      deviceId: id,
      message: `device ${id} is named ${[...models].map((m) => JSON.stringify(m)).join(" and ")} by different inputs; using ${JSON.stringify(merged.model)}.`
    });
  }
  return merged;
}
function describeDevice(device) {
  return device.model ? `device ${device.id} (${device.model})` : `device ${device.id}`;
}
function streamName(track) {
  return track.stream.file ?? track.stream.plugin;
}
function unique(values) {
  return [...new Set(values)].sort(compareNatural);
}

// src/energy/counter-track.ts
var CounterTrack = class extends PointTrack {
  method = "counter";
  resets = 0;
  /** Resets whose new value was too large for the interval: the interval is not counted. */
  unaccountedResets = 0;
  /** Increases faster than the power ceiling allows: the interval is not counted. */
  implausibleJumps = 0;
  add(record) {
    this.addReading(record.timeMs, record.counterJ, record.origin);
  }
  /** A reading: the counter `c` (J) at `t`, as they came (anything but finite numbers is dropped). */
  addReading(t, c, origin) {
    if (!(typeof c === "number" && c >= 0 && c - c === 0 && typeof t === "number" && t - t === 0)) {
      const invalid = typeof c !== "number" || typeof t !== "number" || c - c !== 0 || t - t !== 0;
      this.drops.note(invalid ? "invalid-value" : "negative-counter", origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, c, origin);
      return;
    }
    const c0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = c;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = c;
    }
    if (this.calibrating) {
      this.buffer(t, c);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, c0, t, c);
      this.drops.pending = false;
    }
  }
  integrate(t0, c0, t1, c1) {
    const dt = t1 - t0;
    if (dt > this.maxGapMs) {
      this.gap(t0, t1);
      return;
    }
    const capJ = this.ceilingW * dt / 1e3;
    let joules;
    if (c1 >= c0) {
      joules = c1 - c0;
      if (joules > capJ) {
        this.implausibleJumps += 1;
        this.gap(t0, t1);
        return;
      }
    } else {
      this.resets += 1;
      joules = c1;
      if (joules > capJ) {
        this.unaccountedResets += 1;
        this.gap(t0, t1);
        return;
      }
    }
    const units = this.addJoules(joules);
    this.coveredMs += dt;
    if (this.series !== void 0) this.series.addUniform(t0, t1, units);
  }
};

// src/energy/drop-warnings.ts
var WHAT = {
  "invalid-value": (n) => `${plural(n, "record")} with a missing or non-finite value (NaN, Infinity) dropped`,
  "negative-power": (n) => `${plural(n, "negative power reading")} dropped`,
  "implausible-power": (n) => `${plural(n, "reading")} above the plausible power ceiling dropped as corrupt`,
  "time-backwards": (n) => `${plural(n, "record")} whose time went backwards dropped (if the clock was set back, the energy of those samples is missing from the total)`,
  "duplicate-sample": (n) => `${plural(n, "record")} repeating the previous timestamp dropped (the first one was kept)`,
  "negative-counter": (n) => `${plural(n, "negative energy-counter reading")} dropped`,
  "negative-energy": (n) => `${plural(n, "record")} with negative energy dropped`,
  "invalid-interval": (n) => `${plural(n, "record")} ending before they start dropped`,
  "invalid-utilization": (n) => `${plural(n, "utilisation value")} outside 0..1 ignored`
};
function dropWarnings(tracks) {
  const groups = /* @__PURE__ */ new Map();
  for (const track of tracks) {
    for (const [code, tally] of track.drops.tallies) {
      const key = `${fileStreamKey(track.stream)}\0${code}`;
      let group = groups.get(key);
      if (!group) {
        group = { stream: track.stream, code, count: 0, origin: void 0, devices: /* @__PURE__ */ new Set(), lostMs: 0, ceilings: /* @__PURE__ */ new Set(), kinds: /* @__PURE__ */ new Set() };
        groups.set(key, group);
      }
      group.count += tally.count;
      group.devices.add(track.device.id);
      group.lostMs += track.drops.lostMs;
      group.ceilings.add(track.ceilingW);
      group.kinds.add(track.method);
      if (tally.origin && (group.origin?.line === void 0 || (tally.origin.line ?? Infinity) < group.origin.line)) group.origin = tally.origin;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.code, b.code));
  return sorted.map((g) => {
    const devices = [...g.devices].sort(compareNatural);
    const file = g.stream.file ?? g.origin?.file;
    const where = file ? ` in ${file}${g.origin?.line !== void 0 ? ` (first at line ${g.origin.line})` : ""}` : "";
    const ceiling = g.code === "implausible-power" ? ` (${[...g.ceilings].sort((a, b) => a - b).map((w) => `${w} W`).join(", ")})` : "";
    const warning = {
      code: g.code,
      count: g.count,
      message: `${WHAT[g.code](g.count)}${ceiling}${where}, ${devices.length === 1 ? "device" : "devices"} ${listSome(devices)}; ${effect(g)}`
    };
    if (file !== void 0) warning.file = file;
    if (g.origin?.line !== void 0) warning.line = g.origin.line;
    if (devices.length === 1) warning.deviceId = devices[0];
    return warning;
  });
}
function effect(g) {
  if (g.code === "duplicate-sample") return "no effect on coverage (see any conflicting-duplicates warning for repeats with a different value).";
  const intervals = g.kinds.has("reported") || g.kinds.has("estimate");
  const points = g.kinds.has("power-integral") || g.kinds.has("counter");
  if (g.code === "invalid-utilization" && !intervals) return "energy and coverage unchanged.";
  const parts = [];
  if (intervals) parts.push("a dropped interval record leaves its time uncovered: no energy counted there, coverage lowered accordingly.");
  if (points) {
    parts.push(
      g.lostMs > 0 ? `the intervals around dropped samples that are not bridged total ${formatDuration(g.lostMs)}: no energy counted there, coverage lowered accordingly.` : "the samples around them bridge the time (within the maximum gap): coverage unchanged."
    );
  }
  return parts.join(" ");
}

// src/energy/interval-track.ts
var IntervalTrack = class {
  constructor(method, stream, device, ceilingW, maxGapMs, withSeries) {
    this.method = method;
    this.stream = stream;
    this.device = device;
    this.ceilingW = ceilingW;
    this.maxGapMs = maxGapMs;
    this.series = withSeries ? new BucketSeries() : void 0;
  }
  method;
  stream;
  device;
  ceilingW;
  maxGapMs;
  samples = 0;
  startMs = NaN;
  endMs = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  energy = exactSum();
  coveredMs = 0;
  gaps = [];
  gapCount = 0;
  gapMs = 0;
  drops = new Drops();
  series;
  /** Records that overlap an earlier record of this track (all are summed). */
  overlaps = 0;
  /** Usage records with neither a stated power nor a known board power: no energy, no coverage. */
  unknownPower = 0;
  /** Usage records without a utilisation, estimated at full board power. */
  assumedUtilization = 0;
  /** Duration-weighted stated utilisation of usage records. */
  utilizationMs = 0;
  utilizationWeightMs = 0;
  lastStartMs = -Infinity;
  lastEndMs = -Infinity;
  coveredEndMs = -Infinity;
  get energyJ() {
    return exactValue(this.energy);
  }
  settle() {
  }
  addEnergy(record) {
    const { startMs, endMs, energyJ, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs) || !isFiniteNumber(energyJ)) {
      this.drops.note("invalid-value", origin);
    } else if (endMs < startMs) {
      this.drops.note("invalid-interval", origin);
    } else if (energyJ < 0) {
      this.drops.note("negative-energy", origin);
    } else if (endMs > startMs && energyJ * 1e3 / (endMs - startMs) > this.ceilingW) {
      this.drops.note("implausible-power", origin);
    } else {
      this.accept(startMs, endMs, energyJ, true, origin);
    }
  }
  /** `boardPowerW` is the table's figure for the device, used when the record states no power. */
  addUsage(record, boardPowerW) {
    const { startMs, endMs, powerW, utilization, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs)) {
      this.drops.note("invalid-value", origin);
    } else if (endMs < startMs) {
      this.drops.note("invalid-interval", origin);
    } else if (powerW !== void 0 && !isFiniteNumber(powerW)) {
      this.drops.note("invalid-value", origin);
    } else if (powerW !== void 0 && powerW < 0) {
      this.drops.note("negative-power", origin);
    } else if (powerW !== void 0 && powerW > this.ceilingW) {
      this.drops.note("implausible-power", origin);
    } else if (utilization !== void 0 && !(isFiniteNumber(utilization) && utilization >= 0 && utilization <= 1)) {
      this.drops.note("invalid-utilization", origin);
      this.drops.pending = true;
    } else {
      const w = powerW ?? boardPowerW;
      if (utilization === void 0) this.assumedUtilization += 1;
      if (w === void 0) this.unknownPower += 1;
      const durationMs = endMs - startMs;
      const energyJ = w === void 0 ? 0 : w * (utilization ?? 1) * durationMs / 1e3;
      if (this.accept(startMs, endMs, energyJ, w !== void 0, origin) && utilization !== void 0) {
        this.utilizationMs += utilization * durationMs;
        this.utilizationWeightMs += durationMs;
      }
    }
  }
  /** Bridges nothing: the time between an earlier, non-overlapping track and this one is uncovered. */
  joinAfter(previous) {
    const spanMs = this.startMs - previous.endMs;
    if (spanMs > Math.min(this.maxGapMs, previous.maxGapMs)) {
      this.gapCount += 1;
      this.gapMs += spanMs;
      this.gaps.unshift({ startMs: previous.endMs, endMs: this.startMs });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    }
  }
  accept(startMs, endMs, energyJ, coverable, origin) {
    if (startMs < this.lastStartMs) {
      this.drops.note("time-backwards", origin);
      return false;
    }
    if (startMs === this.lastStartMs && endMs === this.lastEndMs) {
      this.drops.note("duplicate-sample", origin);
      return false;
    }
    if (this.samples === 0) {
      this.startMs = startMs;
      this.endMs = endMs;
    } else {
      if (startMs < this.endMs) this.overlaps += 1;
      if (startMs - this.endMs > this.maxGapMs) this.gap(this.endMs, startMs);
      if (endMs > this.endMs) this.endMs = endMs;
    }
    this.samples += 1;
    this.lastStartMs = startMs;
    this.lastEndMs = endMs;
    if (coverable) {
      const from = Math.max(startMs, this.coveredEndMs);
      if (endMs > from) {
        this.coveredMs += endMs - from;
        this.coveredEndMs = endMs;
      }
    }
    const units = toUnits(energyJ);
    addUnits(this.energy, units);
    if (this.series !== void 0 && (coverable || energyJ > 0)) this.series.addUniform(startMs, endMs, units);
    this.drops.pending = false;
    return true;
  }
  gap(t0, t1) {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.gaps.length < MAX_LISTED_GAPS) this.gaps.push({ startMs: t0, endMs: t1 });
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }
};
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

// src/energy/series.ts
var MAX_SERIES_POINTS = 240;
function buildPowerSeries(tracks, startMs, endMs) {
  if (!(endMs >= startMs)) return void 0;
  let level = 0;
  while (bucketsSpanned(startMs, endMs, stepMsAt(level)) > MAX_SERIES_POINTS) level += 1;
  const stepMs = stepMsAt(level);
  const firstIdx = Math.floor(startMs / stepMs);
  const points = bucketsSpanned(startMs, endMs, stepMs);
  const energyUnits = new Float64Array(points);
  const touched = new Uint8Array(points);
  for (const track of tracks) {
    track.series?.forEach((bucketStartMs, _bucketStepMs, units) => {
      const i = Math.min(points - 1, Math.max(0, Math.floor(bucketStartMs / stepMs) - firstIdx));
      energyUnits[i] += units;
      touched[i] = 1;
    });
  }
  const stepS = stepMs / 1e3;
  const powerW = [];
  for (let i = 0; i < points; i++) powerW.push(touched[i] === 1 ? energyUnits[i] / UNITS_PER_J / stepS : null);
  return { stepS, start: new Date(firstIdx * stepMs).toISOString(), powerW };
}

// src/energy/state.ts
var STATE_VERSION = 2;
var PROTOTYPES = {
  power: PowerTrack.prototype,
  counter: CounterTrack.prototype,
  interval: IntervalTrack.prototype
};
function exportTracks(streams) {
  return {
    version: STATE_VERSION,
    streams: streams.map(({ stream, tracks, invalid }) => ({
      stream: { ...stream },
      tracks: tracks.map((track) => ({ kind: kindOf(track), data: plain(track) })),
      ...invalid && invalid.count > 0 ? { invalid: structuredClone(invalid) } : {}
    }))
  };
}
function importTracks(state) {
  if (state.version !== STATE_VERSION) throw new Error(`EnergyAccumulator: state version ${state.version} is not ${STATE_VERSION}`);
  return structuredClone(state).streams.map(({ stream, tracks, invalid }) => ({
    stream,
    tracks: tracks.map(({ kind, data }) => revive(kind, data)),
    ...invalid ? { invalid } : {}
  }));
}
function kindOf(track) {
  if (track instanceof PowerTrack) return "power";
  if (track instanceof CounterTrack) return "counter";
  return "interval";
}
function plain(track) {
  const data = { ...track };
  data.drops = { tallies: new Map(track.drops.tallies), pending: track.drops.pending, lostMs: track.drops.lostMs };
  data.gaps = track.gaps.map((g) => ({ ...g }));
  if (track.series) {
    const s = track.series;
    data.series = { level: s.level, stepMs: s.stepMs, firstIdx: s.firstIdx, count: s.count, energyUnits: s.energyUnits.slice(), touched: s.touched.slice() };
  }
  return structuredClone(data);
}
function revive(kind, data) {
  const track = Object.assign(Object.create(PROTOTYPES[kind]), data);
  const drops = Object.assign(new Drops(), data.drops);
  const series = data.series ? Object.assign(new BucketSeries(), data.series) : void 0;
  Object.assign(track, { drops, series });
  return track;
}

// src/energy/accumulator.ts
var Slot = class {
  constructor(ref) {
    this.ref = ref;
  }
  ref;
  /** The slot of the record that followed this one last time: interleaved devices repeat in order. */
  next;
  power;
  counter;
  energy;
  usage;
};
var Stream = class {
  constructor(id) {
    this.id = id;
  }
  id;
  byRef = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  /** Tracks brought in by importState. */
  imported = [];
  lastRef = NO_DEVICE;
  lastSlot;
  invalid = 0;
  invalidOrigin;
  lastPowerTracks;
};
var NO_DEVICE = /* @__PURE__ */ Symbol("no device");
var MAX_REFS_PER_STREAM = 4096;
var EnergyAccumulator = class {
  options;
  streams = /* @__PURE__ */ new Map();
  lastFrom;
  lastStream;
  outcome;
  constructor(options) {
    this.options = resolveEnergyOptions(options);
  }
  add(record, from) {
    this.addBatch([record], from);
  }
  addBatch(records, from) {
    if (this.outcome) throw new Error("EnergyAccumulator: records added after finish()");
    const stream = this.streamFor(from);
    let ref = stream.lastRef;
    let slot = stream.lastSlot;
    for (let i = 0, n = records.length; i < n; i++) {
      const record = records[i];
      if (record?.type === "power-columns" || record?.type === "energy-counter-columns") {
        addColumns(record, this.columnsTarget(stream, record));
        continue;
      }
      const device = record?.device;
      if (device !== ref) {
        const predicted = slot?.next;
        let found;
        if (predicted !== void 0 && predicted.ref === device) {
          found = predicted;
        } else {
          found = this.slotFor(stream, device);
          if (slot !== void 0 && found !== void 0) slot.next = found;
        }
        if (found === void 0) {
          this.invalidRecord(stream, record);
          continue;
        }
        slot = found;
        ref = device;
      }
      const s = slot;
      switch (record.type) {
        case "power":
          (s.power ?? this.openPower(stream, s)).add(record);
          break;
        case "energy-counter":
          (s.counter ?? this.openCounter(stream, s)).add(record);
          break;
        case "energy":
          (s.energy ?? this.openInterval(stream, s, "reported")).addEnergy(record);
          break;
        case "usage":
          (s.usage ?? this.openInterval(stream, s, "estimate")).addUsage(record, this.options.boardPowerW(record.device.model));
          break;
        default:
          this.invalidRecord(stream, record);
      }
    }
    stream.lastRef = ref;
    stream.lastSlot = slot;
  }
  /** What the columns readers (columns.ts) need for a record of a stream. */
  columnsTarget(stream, record) {
    const slotOf = (d) => Number.isInteger(d) && d >= 0 && d < record.devices.length ? this.slotFor(stream, record.devices[d]) : void 0;
    return {
      powerTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.power ?? this.openPower(stream, slot));
      },
      counterTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.counter ?? this.openCounter(stream, slot));
      },
      invalid: () => this.invalidRecord(stream, record),
      get lastPowerTracks() {
        return stream.lastPowerTracks;
      },
      set lastPowerTracks(tracks) {
        stream.lastPowerTracks = tracks;
      }
    };
  }
  /**
   * The state of every stream so far, for a worker that read some files to hand to the main thread
   * (structured-clone safe). Call it when the worker is done; each stream must be read by one accumulator.
   */
  exportState() {
    return exportTracks(
      [...this.streams.values()].map((s) => ({
        stream: s.id,
        tracks: this.tracksOf(s),
        ...s.invalid > 0 ? { invalid: { count: s.invalid, ...s.invalidOrigin ? { origin: s.invalidOrigin } : {} } } : {}
      }))
    );
  }
  /** Adds the streams of another accumulator (see exportState); the result is as if this one had read them. */
  importState(state) {
    if (this.outcome) throw new Error("EnergyAccumulator: state imported after finish()");
    for (const { stream: id, tracks, invalid } of importTracks(state)) {
      const key = streamKey(id);
      if (this.streams.has(key)) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ""} was read twice`);
      const stream = new Stream(id);
      stream.imported.push(...tracks);
      if (invalid) {
        stream.invalid = invalid.count;
        stream.invalidOrigin = invalid.origin;
      }
      this.streams.set(key, stream);
    }
  }
  finish() {
    if (this.outcome) return this.outcome;
    const byDevice = /* @__PURE__ */ new Map();
    const allTracks = [];
    for (const stream of this.streams.values()) {
      for (const track of this.tracksOf(stream)) {
        allTracks.push(track);
        const list = byDevice.get(track.device.id);
        if (list) list.push(track);
        else byDevice.set(track.device.id, [track]);
      }
    }
    const devices = [];
    const used = [];
    const deviceWarnings = [];
    for (const id of [...byDevice.keys()].sort(compareNatural)) {
      const tracks = byDevice.get(id);
      const outcome = combineDevice(id, tracks);
      if (!outcome) {
        const dropped = tracks.reduce((s, t) => s + [...t.drops.tallies.values()].reduce((a, d) => a + d.count, 0), 0);
        deviceWarnings.push({
          code: "no-valid-data",
          deviceId: id,
          count: dropped,
          message: `${describeDevice(tracks[0].device)}: none of its ${plural(dropped, "record")} could be used (see the warnings on dropped records); it is left out of the totals.`
        });
        continue;
      }
      devices.push(outcome.energy);
      used.push(...outcome.used);
      deviceWarnings.push(...outcome.warnings);
    }
    const warnings = [...this.streamWarnings(), ...dropWarnings(allTracks), ...deviceWarnings];
    const result = { devices, warnings };
    if (this.options.powerSeries && devices.length > 0) {
      const startMs = Math.min(...devices.map((d) => d.startMs));
      const endMs = Math.max(...devices.map((d) => d.endMs));
      const series = buildPowerSeries(used, startMs, endMs);
      if (series) result.powerSeries = series;
    }
    this.outcome = result;
    return result;
  }
  streamFor(from) {
    const last = this.lastFrom;
    if (last !== void 0 && from.plugin === last.plugin && from.file === last.file && from.part === last.part) return this.lastStream;
    const id = { plugin: from.plugin };
    if (from.file !== void 0) id.file = from.file;
    if (from.part !== void 0) id.part = from.part;
    const key = streamKey(id);
    let stream = this.streams.get(key);
    if (stream && stream.imported.length > 0) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ""} was imported; it cannot take more records`);
    if (!stream) {
      stream = new Stream(id);
      this.streams.set(key, stream);
    }
    this.lastFrom = id;
    this.lastStream = stream;
    return stream;
  }
  slotFor(stream, device) {
    if (typeof device !== "object" || device === null) return void 0;
    const ref = device;
    const known = stream.byRef.get(ref);
    if (known) return known;
    if (typeof ref.id !== "string" || ref.id === "") return void 0;
    let slot = stream.byId.get(ref.id);
    if (!slot) {
      slot = new Slot(ref);
      stream.byId.set(ref.id, slot);
    }
    if (stream.byRef.size < MAX_REFS_PER_STREAM) stream.byRef.set(ref, slot);
    return slot;
  }
  invalidRecord(stream, record) {
    stream.invalid += 1;
    if (stream.invalidOrigin === void 0) {
      const origin = record?.origin;
      stream.invalidOrigin = typeof origin === "object" && origin !== null ? origin : {};
    }
  }
  openPower(stream, slot) {
    const o = this.options;
    return slot.power = new PowerTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries);
  }
  openCounter(stream, slot) {
    const o = this.options;
    return slot.counter = new CounterTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries);
  }
  openInterval(stream, slot, method) {
    const o = this.options;
    const track = new IntervalTrack(method, stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs ?? AUTO_GAP_FLOOR_MS, o.powerSeries);
    if (method === "reported") slot.energy = track;
    else slot.usage = track;
    return track;
  }
  tracksOf(stream) {
    const tracks = [...stream.imported];
    for (const slot of stream.byId.values()) {
      for (const track of [slot.counter, slot.power, slot.energy, slot.usage]) if (track) tracks.push(track);
    }
    return tracks;
  }
  streamWarnings() {
    const streams = [...this.streams.values()].filter((s) => s.invalid > 0).sort((a, b) => compareStreams(a.id, b.id));
    return streams.map((s) => {
      const file = s.id.file ?? s.invalidOrigin?.file;
      const warning = {
        code: "invalid-record",
        count: s.invalid,
        message: `${plural(s.invalid, "record")} from plugin ${s.id.plugin}${file ? ` reading ${file}` : ""} had no device id or an unknown type and ${s.invalid === 1 ? "was" : "were"} dropped: their time is not covered (a bug in the plugin).`
      };
      if (file !== void 0) warning.file = file;
      if (s.invalidOrigin?.line !== void 0) warning.line = s.invalidOrigin.line;
      return warning;
    });
  }
};

// src/data/cloud-regions.json
var cloud_regions_default = {
  attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College) | Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)",
  datasetVersion: "2026.11.0",
  description: "AWS, Google Cloud and Azure regions mapped to the grid they draw from (a US state or a country) and that grid's annual figure from grid-us-states.json / grid-countries.json (location-based, no renewable-energy claims).",
  generatedBy: "scripts/build-data.mjs",
  inputs: {},
  licence: "region locations: facts from the providers' public region lists; figures: egrid2016: US Government work, public domain; copy from CodeCarbon, MIT; ember: CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README",
  regions: {
    "aws:af-south-1": { gPerKWh: 713.9, grid: "ZA", place: "Cape Town", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-east-1": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "aws", source: "ember", year: 2023 },
    "aws:ap-northeast-1": { gPerKWh: 483.73, grid: "JP", place: "Tokyo", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-northeast-2": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-northeast-3": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-south-1": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-south-2": { gPerKWh: 708.96, grid: "IN", place: "Hyderabad", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-1": { gPerKWh: 498.74, grid: "SG", place: "Singapore", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-2": { gPerKWh: 553.76, grid: "AU", place: "Sydney", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-3": { gPerKWh: 682.43, grid: "ID", place: "Jakarta", provider: "aws", source: "ember", year: 2023 },
    "aws:ap-southeast-4": { gPerKWh: 553.76, grid: "AU", place: "Melbourne", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-5": { gPerKWh: 604.43, grid: "MY", place: "Malaysia", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-7": { gPerKWh: 555.43, grid: "TH", place: "Thailand", provider: "aws", source: "ember", year: 2024 },
    "aws:ca-central-1": { gPerKWh: 184.99, grid: "CA", place: "Montr\xE9al", provider: "aws", source: "ember", year: 2024 },
    "aws:ca-west-1": { gPerKWh: 184.99, grid: "CA", place: "Calgary", provider: "aws", source: "ember", year: 2024 },
    "aws:cn-north-1": { gPerKWh: 557.5, grid: "CN", place: "Beijing", provider: "aws", source: "ember", year: 2024 },
    "aws:cn-northwest-1": { gPerKWh: 557.5, grid: "CN", place: "Ningxia", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-central-1": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-central-2": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-north-1": { gPerKWh: 35.89, grid: "SE", place: "Stockholm", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-south-1": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-south-2": { gPerKWh: 146.15, grid: "ES", place: "Arag\xF3n", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-1": { gPerKWh: 279.79, grid: "IE", place: "Ireland", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-2": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-3": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "aws", source: "ember", year: 2024 },
    "aws:il-central-1": { gPerKWh: 567.26, grid: "IL", place: "Tel Aviv", provider: "aws", source: "ember", year: 2023 },
    "aws:me-central-1": { gPerKWh: 467.51, grid: "AE", place: "UAE", provider: "aws", source: "ember", year: 2024 },
    "aws:me-south-1": { gPerKWh: 902.41, grid: "BH", place: "Bahrain", provider: "aws", source: "ember", year: 2023 },
    "aws:mx-central-1": { gPerKWh: 483.14, grid: "MX", place: "Mexico (Quer\xE9taro)", provider: "aws", source: "ember", year: 2024 },
    "aws:sa-east-1": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo", provider: "aws", source: "ember", year: 2024 },
    "aws:us-east-1": { gPerKWh: 369.1344, grid: "US-VA", place: "Northern Virginia", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-east-2": { gPerKWh: 664.9483, grid: "US-OH", place: "Ohio", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-gov-east-1": { gPerKWh: 664.9483, grid: "US-OH", place: "GovCloud (US-East), Ohio", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-gov-west-1": { gPerKWh: 383.55, grid: "US", place: "GovCloud (US-West), US Northwest; state not published, so the US figure", provider: "aws", source: "ember", year: 2024 },
    "aws:us-west-1": { gPerKWh: 205.2691, grid: "US-CA", place: "Northern California", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-west-2": { gPerKWh: 138.7498, grid: "US-OR", place: "Oregon", provider: "aws", source: "egrid2016", year: 2016 },
    "azure:australiacentral": { gPerKWh: 553.76, grid: "AU", place: "Canberra", provider: "azure", source: "ember", year: 2024 },
    "azure:australiacentral2": { gPerKWh: 553.76, grid: "AU", place: "Canberra", provider: "azure", source: "ember", year: 2024 },
    "azure:australiaeast": { gPerKWh: 553.76, grid: "AU", place: "New South Wales", provider: "azure", source: "ember", year: 2024 },
    "azure:australiasoutheast": { gPerKWh: 553.76, grid: "AU", place: "Victoria", provider: "azure", source: "ember", year: 2024 },
    "azure:brazilsouth": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo State", provider: "azure", source: "ember", year: 2024 },
    "azure:brazilsoutheast": { gPerKWh: 106.06, grid: "BR", place: "Rio de Janeiro", provider: "azure", source: "ember", year: 2024 },
    "azure:canadacentral": { gPerKWh: 184.99, grid: "CA", place: "Toronto", provider: "azure", source: "ember", year: 2024 },
    "azure:canadaeast": { gPerKWh: 184.99, grid: "CA", place: "Quebec City", provider: "azure", source: "ember", year: 2024 },
    "azure:centralindia": { gPerKWh: 708.96, grid: "IN", place: "Pune", provider: "azure", source: "ember", year: 2024 },
    "azure:centralus": { gPerKWh: 452.6208, grid: "US-IA", place: "Iowa", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:eastasia": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "azure", source: "ember", year: 2023 },
    "azure:eastus": { gPerKWh: 369.1344, grid: "US-VA", place: "Virginia", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:eastus2": { gPerKWh: 369.1344, grid: "US-VA", place: "Virginia", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:francecentral": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "azure", source: "ember", year: 2024 },
    "azure:francesouth": { gPerKWh: 44.18, grid: "FR", place: "Marseille", provider: "azure", source: "ember", year: 2024 },
    "azure:germanynorth": { gPerKWh: 342.06, grid: "DE", place: "Berlin", provider: "azure", source: "ember", year: 2024 },
    "azure:germanywestcentral": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "azure", source: "ember", year: 2024 },
    "azure:israelcentral": { gPerKWh: 567.26, grid: "IL", place: "Israel", provider: "azure", source: "ember", year: 2023 },
    "azure:italynorth": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "azure", source: "ember", year: 2024 },
    "azure:japaneast": { gPerKWh: 483.73, grid: "JP", place: "Tokyo, Saitama", provider: "azure", source: "ember", year: 2024 },
    "azure:japanwest": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "azure", source: "ember", year: 2024 },
    "azure:koreacentral": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "azure", source: "ember", year: 2024 },
    "azure:koreasouth": { gPerKWh: 415.65, grid: "KR", place: "Busan", provider: "azure", source: "ember", year: 2024 },
    "azure:mexicocentral": { gPerKWh: 483.14, grid: "MX", place: "Quer\xE9taro", provider: "azure", source: "ember", year: 2024 },
    "azure:newzealandnorth": { gPerKWh: 120.11, grid: "NZ", place: "Auckland", provider: "azure", source: "ember", year: 2024 },
    "azure:northcentralus": { gPerKWh: 368.0077, grid: "US-IL", place: "Illinois", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:northeurope": { gPerKWh: 279.79, grid: "IE", place: "Ireland", provider: "azure", source: "ember", year: 2024 },
    "azure:norwayeast": { gPerKWh: 30.75, grid: "NO", place: "Oslo", provider: "azure", source: "ember", year: 2024 },
    "azure:norwaywest": { gPerKWh: 30.75, grid: "NO", place: "Stavanger", provider: "azure", source: "ember", year: 2024 },
    "azure:polandcentral": { gPerKWh: 614.98, grid: "PL", place: "Warsaw", provider: "azure", source: "ember", year: 2024 },
    "azure:qatarcentral": { gPerKWh: 602.83, grid: "QA", place: "Doha", provider: "azure", source: "ember", year: 2024 },
    "azure:southafricanorth": { gPerKWh: 713.9, grid: "ZA", place: "Johannesburg", provider: "azure", source: "ember", year: 2024 },
    "azure:southafricawest": { gPerKWh: 713.9, grid: "ZA", place: "Cape Town", provider: "azure", source: "ember", year: 2024 },
    "azure:southcentralus": { gPerKWh: 476.0574, grid: "US-TX", place: "Texas", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:southeastasia": { gPerKWh: 498.74, grid: "SG", place: "Singapore", provider: "azure", source: "ember", year: 2024 },
    "azure:southindia": { gPerKWh: 708.96, grid: "IN", place: "Chennai", provider: "azure", source: "ember", year: 2024 },
    "azure:spaincentral": { gPerKWh: 146.15, grid: "ES", place: "Madrid", provider: "azure", source: "ember", year: 2024 },
    "azure:swedencentral": { gPerKWh: 35.89, grid: "SE", place: "G\xE4vle and Sandviken", provider: "azure", source: "ember", year: 2024 },
    "azure:switzerlandnorth": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "azure", source: "ember", year: 2024 },
    "azure:switzerlandwest": { gPerKWh: 36.72, grid: "CH", place: "Geneva", provider: "azure", source: "ember", year: 2024 },
    "azure:uaecentral": { gPerKWh: 467.51, grid: "AE", place: "Abu Dhabi", provider: "azure", source: "ember", year: 2024 },
    "azure:uaenorth": { gPerKWh: 467.51, grid: "AE", place: "Dubai", provider: "azure", source: "ember", year: 2024 },
    "azure:uksouth": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "azure", source: "ember", year: 2024 },
    "azure:ukwest": { gPerKWh: 215.79, grid: "GB", place: "Cardiff", provider: "azure", source: "ember", year: 2024 },
    "azure:westcentralus": { gPerKWh: 919.0961, grid: "US-WY", place: "Wyoming", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westeurope": { gPerKWh: 252.7, grid: "NL", place: "Netherlands", provider: "azure", source: "ember", year: 2024 },
    "azure:westindia": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "azure", source: "ember", year: 2024 },
    "azure:westus": { gPerKWh: 205.2691, grid: "US-CA", place: "California", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westus2": { gPerKWh: 84.751, grid: "US-WA", place: "Washington", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westus3": { gPerKWh: 422.8501, grid: "US-AZ", place: "Arizona", provider: "azure", source: "egrid2016", year: 2016 },
    "gcp:africa-south1": { gPerKWh: 713.9, grid: "ZA", place: "Johannesburg", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-east1": { gPerKWh: 635.15, grid: "TW", place: "Changhua County", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-east2": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "gcp", source: "ember", year: 2023 },
    "gcp:asia-northeast1": { gPerKWh: 483.73, grid: "JP", place: "Tokyo", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-northeast2": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-northeast3": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-south1": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-south2": { gPerKWh: 708.96, grid: "IN", place: "Delhi", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-southeast1": { gPerKWh: 498.74, grid: "SG", place: "Jurong West", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-southeast2": { gPerKWh: 682.43, grid: "ID", place: "Jakarta", provider: "gcp", source: "ember", year: 2023 },
    "gcp:asia-southeast3": { gPerKWh: 555.43, grid: "TH", place: "Bangkok", provider: "gcp", source: "ember", year: 2024 },
    "gcp:australia-southeast1": { gPerKWh: 553.76, grid: "AU", place: "Sydney", provider: "gcp", source: "ember", year: 2024 },
    "gcp:australia-southeast2": { gPerKWh: 553.76, grid: "AU", place: "Melbourne", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-central2": { gPerKWh: 614.98, grid: "PL", place: "Warsaw", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-north1": { gPerKWh: 72.25, grid: "FI", place: "Hamina", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-north2": { gPerKWh: 35.89, grid: "SE", place: "Stockholm", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-southwest1": { gPerKWh: 146.15, grid: "ES", place: "Madrid", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west1": { gPerKWh: 117.58, grid: "BE", place: "St. Ghislain", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west10": { gPerKWh: 342.06, grid: "DE", place: "Berlin", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west12": { gPerKWh: 287.75, grid: "IT", place: "Turin", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west2": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west3": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west4": { gPerKWh: 252.7, grid: "NL", place: "Eemshaven", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west6": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west8": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west9": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-central1": { gPerKWh: 602.83, grid: "QA", place: "Doha", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-central2": { gPerKWh: 691.95, grid: "SA", place: "Dammam", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-west1": { gPerKWh: 567.26, grid: "IL", place: "Tel Aviv", provider: "gcp", source: "ember", year: 2023 },
    "gcp:northamerica-northeast1": { gPerKWh: 184.99, grid: "CA", place: "Montr\xE9al", provider: "gcp", source: "ember", year: 2024 },
    "gcp:northamerica-northeast2": { gPerKWh: 184.99, grid: "CA", place: "Toronto", provider: "gcp", source: "ember", year: 2024 },
    "gcp:northamerica-south1": { gPerKWh: 483.14, grid: "MX", place: "Quer\xE9taro", provider: "gcp", source: "ember", year: 2024 },
    "gcp:southamerica-east1": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo", provider: "gcp", source: "ember", year: 2024 },
    "gcp:southamerica-west1": { gPerKWh: 265.52, grid: "CL", place: "Santiago", provider: "gcp", source: "ember", year: 2024 },
    "gcp:us-central1": { gPerKWh: 452.6208, grid: "US-IA", place: "Council Bluffs, Iowa", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-central2": { gPerKWh: 473.4216, grid: "US-OK", place: "Oklahoma", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east1": { gPerKWh: 285.5037, grid: "US-SC", place: "Moncks Corner, South Carolina", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east4": { gPerKWh: 369.1344, grid: "US-VA", place: "Ashburn, Northern Virginia", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east5": { gPerKWh: 664.9483, grid: "US-OH", place: "Columbus, Ohio", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-south1": { gPerKWh: 476.0574, grid: "US-TX", place: "Dallas, Texas", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west1": { gPerKWh: 138.7498, grid: "US-OR", place: "The Dalles, Oregon", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west2": { gPerKWh: 205.2691, grid: "US-CA", place: "Los Angeles, California", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west3": { gPerKWh: 738.1635, grid: "US-UT", place: "Salt Lake City, Utah", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west4": { gPerKWh: 349.2262, grid: "US-NV", place: "Las Vegas, Nevada", provider: "gcp", source: "egrid2016", year: 2016 }
  },
  sources: {
    egrid2016: { attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "US Government work, public domain; copy from CodeCarbon, MIT", name: "US EPA eGRID2016 state CO2 output emission rate (via CodeCarbon)", url: "https://www.epa.gov/egrid" },
    ember: { attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)", licence: "CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README", name: "Ember yearly electricity data (via co2.js)", url: "https://ember-energy.org/data/yearly-electricity-data/" }
  },
  unit: "gCO2e/kWh (US states: gCO2/kWh)"
};

// src/data/gpus.json
var gpus_default = {
  attribution: "Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv (MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads (Apache-2.0); Luccioni et al. 2022.",
  datasetVersion: "2026.11.0",
  defaultLifetime: {
    seconds: 126230400,
    source: "Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)",
    years: 4
  },
  description: "Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`.",
  generatedBy: "scripts/build-data.mjs",
  gpus: [
    { boardPowerW: 500, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "OAM", memoryGiB: 128, model: "AMD Instinct MI250X", names: ["AMD Instinct MI250X", "MI250X OAM"], source: "AMD MI250X specification: 500 W board power, 560 W peak (secondary sources disagree, 500 vs 560 W). One MI250X is two GCDs; rocm-smi lists each GCD and reports the package power on the first", vendor: "amd", year: 2021 },
    { boardPowerW: 750, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "OAM", memoryGiB: 192, model: "AMD Instinct MI300X", names: ["AMD Instinct MI300X", "AMD Instinct MI300X OAM", "MI300X OAM"], source: "AMD MI300X specification footnotes: up to 750 W (several secondary sources agree)", vendor: "amd", year: 2023 },
    { boardPowerW: 150, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 24, model: "NVIDIA A10", names: ["NVIDIA A10", "A10 24GB"], source: "NVIDIA A10 datasheet (150 W; recalled, not re-read)", vendor: "nvidia", year: 2021 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "PCIe", memoryGiB: 40, model: "NVIDIA A100 PCIe 40GB", names: ["NVIDIA A100-PCIE-40GB", "A100 PCIe 40GB"], source: "NVIDIA A100 datasheet (PCIe 40GB 250 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA A100 PCIe 80GB", names: ["NVIDIA A100 80GB PCIe", "A100 PCIe 80GB"], source: "NVIDIA A100 80GB PCIe product brief PB-10577 (300 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "SXM4", memoryGiB: 40, model: "NVIDIA A100 SXM4 40GB", names: ["NVIDIA A100-SXM4-40GB", "A100 SXM4 40GB"], source: "Touvron et al. 2023 (LLaMA): NVLink A100 TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "SXM4", memoryGiB: 80, model: "NVIDIA A100 SXM4 80GB", names: ["NVIDIA A100-SXM4-80GB", "A100 SXM4 80GB"], source: "Luccioni et al. 2022 (BLOOM): A100 SXM4 80GB TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 150, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (AWS)", memoryGiB: 24, model: "NVIDIA A10G", names: ["NVIDIA A10G", "A10G 24GB"], source: "TechPowerUp A10G (150 W), via mlco2/impact gpus.csv; CCF/Teads max 153 W", vendor: "nvidia", year: 2021 },
    { boardPowerW: 1e3, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM (HGX B200)", memoryGiB: 180, model: "NVIDIA B200 180GB", names: ["NVIDIA B200", "B200 SXM"], source: "HGX B200 configurable up to 1 kW per GPU (secondary, citing NVIDIA); DGX B200 1,440 GB GPU memory over 8 GPUs", vendor: "nvidia", year: 2024 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 3090", names: ["NVIDIA GeForce RTX 3090", "GeForce RTX 3090"], source: "TechPowerUp GeForce RTX 3090 (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 450, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 4090", names: ["NVIDIA GeForce RTX 4090", "GeForce RTX 4090"], source: "NVIDIA Ada GPU architecture whitepaper (450 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2022 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (NVL)", memoryGiB: 94, model: "NVIDIA H100 NVL 94GB", names: ["NVIDIA H100 NVL", "H100 NVL 94GB"], source: "NVIDIA H100 datasheet via mlco2/impact gpus.csv: H100 NVL 400 W (configurable 350-400 W)", vendor: "nvidia", year: 2023 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA H100 PCIe 80GB", names: ["NVIDIA H100 PCIe", "H100 PCIe 80GB"], source: "Green-Algorithms-data v3.1 via TechPowerUp: H100 PCIe 350 W (configurable 300-350 W)", vendor: "nvidia", year: 2022 },
    { boardPowerW: 700, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM5", memoryGiB: 80, model: "NVIDIA H100 SXM5 80GB", names: ["NVIDIA H100 80GB HBM3", "H100 SXM5 80GB", "H100 SXM"], source: "NVIDIA H100 datasheet (SXM 700 W); Llama 3 model cards and paper: H100-80GB TDP 700 W", vendor: "nvidia", year: 2022 },
    { boardPowerW: 600, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (NVL)", memoryGiB: 141, model: "NVIDIA H200 NVL 141GB", names: ["NVIDIA H200 NVL", "H200 NVL 141GB"], source: "NVIDIA H200 product page (NVL up to 600 W), confirmed by secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 700, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM5", memoryGiB: 141, model: "NVIDIA H200 SXM 141GB", names: ["NVIDIA H200", "H200 SXM 141GB", "H200 SXM"], source: "NVIDIA H200 product page (up to 700 W), confirmed by several secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 72, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (low profile)", memoryGiB: 24, model: "NVIDIA L4", names: ["NVIDIA L4", "L4 24GB"], source: "NVIDIA L4 product brief PB-11316-001 (72 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 48, model: "NVIDIA L40S", names: ["NVIDIA L40S", "L40S 48GB"], source: "NVIDIA L40S datasheet (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 230, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (workstation)", memoryGiB: 24, model: "NVIDIA RTX A5000", names: ["NVIDIA RTX A5000"], source: "NVIDIA RTX A5000 datasheet (230 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (workstation)", memoryGiB: 48, model: "NVIDIA RTX A6000", names: ["NVIDIA RTX A6000"], source: "TechPowerUp RTX A6000 (300 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 70, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (low profile)", memoryGiB: 16, model: "NVIDIA Tesla T4", names: ["Tesla T4", "NVIDIA T4"], source: "NVIDIA T4 datasheet (70 W), via mlco2/impact gpus.csv and Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 16, model: "NVIDIA Tesla V100 PCIe 16GB", names: ["Tesla V100-PCIE-16GB", "V100 PCIe 16GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green Algorithms TDP_gpu.csv (V100S PCIe 250 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100 PCIe 32GB", names: ["Tesla V100-PCIE-32GB", "V100 PCIe 32GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green-Algorithms-data v3.1 (V100 PCIe 32 GB 250 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM2", memoryGiB: 16, model: "NVIDIA Tesla V100 SXM2 16GB", names: ["Tesla V100-SXM2-16GB", "V100 SXM2 16GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM2", memoryGiB: 32, model: "NVIDIA Tesla V100 SXM2 32GB", names: ["Tesla V100-SXM2-32GB", "V100 SXM2 32GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100S PCIe 32GB", names: ["Tesla V100S-PCIE-32GB", "V100S PCIe 32GB"], source: "Green Algorithms TDP_gpu.csv (NVIDIA Tesla V100S 250 W)", vendor: "nvidia", year: 2019 }
  ],
  inputs: {},
  licence: "facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, Cloud Carbon Footprint Apache-2.0)"
};

// src/data/grid-countries.json
var grid_countries_default = {
  attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832) | Our World in Data, Energy dataset (carbon intensity of electricity, incorporating Ember and the Energy Institute Statistical Review), as copied in mlco2/codecarbon codecarbon/data/private_infra/global_energy_mix.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)",
  countries: {
    AE: { gPerKWh: 467.51, name: "United Arab Emirates", source: "ember", year: 2024 },
    AF: { gPerKWh: 123.71, name: "Afghanistan", source: "ember", year: 2023 },
    AG: { gPerKWh: 611.11, name: "Antigua and Barbuda", source: "ember", year: 2023 },
    AL: { gPerKWh: 24.42, name: "Albania", source: "ember", year: 2023 },
    AM: { gPerKWh: 243.52, name: "Armenia", source: "ember", year: 2024 },
    AO: { gPerKWh: 167.22, name: "Angola", source: "ember", year: 2023 },
    AR: { gPerKWh: 344.83, name: "Argentina", source: "ember", year: 2024 },
    AS: { gPerKWh: 647.06, name: "American Samoa", source: "ember", year: 2023 },
    AT: { gPerKWh: 102.62, name: "Austria", source: "ember", year: 2024 },
    AU: { gPerKWh: 553.76, name: "Australia", source: "ember", year: 2024 },
    AW: { gPerKWh: 550, name: "Aruba", source: "ember", year: 2022 },
    AZ: { gPerKWh: 632.89, name: "Azerbaijan", source: "ember", year: 2024 },
    BA: { gPerKWh: 638.05, name: "Bosnia and Herzegovina", source: "ember", year: 2024 },
    BB: { gPerKWh: 600, name: "Barbados", source: "ember", year: 2023 },
    BD: { gPerKWh: 694.63, name: "Bangladesh", source: "ember", year: 2024 },
    BE: { gPerKWh: 117.58, name: "Belgium", source: "ember", year: 2024 },
    BF: { gPerKWh: 554.91, name: "Burkina Faso", source: "ember", year: 2023 },
    BG: { gPerKWh: 264.21, name: "Bulgaria", source: "ember", year: 2024 },
    BH: { gPerKWh: 902.41, name: "Bahrain", source: "ember", year: 2023 },
    BI: { gPerKWh: 230.77, name: "Burundi", source: "ember", year: 2023 },
    BJ: { gPerKWh: 590, name: "Benin", source: "ember", year: 2023 },
    BM: { gPerKWh: 650.794, name: "Bermuda", source: "owid", year: 2022 },
    BN: { gPerKWh: 892.67, name: "Brunei Darussalam", source: "ember", year: 2023 },
    BO: { gPerKWh: 468.02, name: "Bolivia", source: "ember", year: 2024 },
    BR: { gPerKWh: 106.06, name: "Brazil", source: "ember", year: 2024 },
    BS: { gPerKWh: 653.66, name: "Bahamas", source: "ember", year: 2022 },
    BT: { gPerKWh: 24.19, name: "Bhutan", source: "ember", year: 2023 },
    BW: { gPerKWh: 849.42, name: "Botswana", source: "ember", year: 2023 },
    BY: { gPerKWh: 323.63, name: "Belarus", source: "ember", year: 2024 },
    BZ: { gPerKWh: 155.56, name: "Belize", source: "ember", year: 2023 },
    CA: { gPerKWh: 184.99, name: "Canada", source: "ember", year: 2024 },
    CD: { gPerKWh: 27.04, name: "Congo (Democratic Republic of the)", source: "ember", year: 2023 },
    CF: { gPerKWh: 0, name: "Central African Republic", source: "ember", year: 2022 },
    CG: { gPerKWh: 713.73, name: "Congo", source: "ember", year: 2023 },
    CH: { gPerKWh: 36.72, name: "Switzerland", source: "ember", year: 2024 },
    CI: { gPerKWh: 393.53, name: "C\xF4te d'Ivoire", source: "ember", year: 2023 },
    CK: { gPerKWh: 250, name: "Cook Islands", source: "ember", year: 2022 },
    CL: { gPerKWh: 265.52, name: "Chile", source: "ember", year: 2024 },
    CM: { gPerKWh: 285.71, name: "Cameroon", source: "ember", year: 2023 },
    CN: { gPerKWh: 557.5, name: "China", source: "ember", year: 2024 },
    CO: { gPerKWh: 285.8, name: "Colombia", source: "ember", year: 2024 },
    CR: { gPerKWh: 63.01, name: "Costa Rica", source: "ember", year: 2024 },
    CU: { gPerKWh: 638.98, name: "Cuba", source: "ember", year: 2023 },
    CV: { gPerKWh: 480, name: "Cabo Verde", source: "ember", year: 2022 },
    CY: { gPerKWh: 512.24, name: "Cyprus", source: "ember", year: 2024 },
    CZ: { gPerKWh: 413.86, name: "Czechia", source: "ember", year: 2024 },
    DE: { gPerKWh: 342.06, name: "Germany", source: "ember", year: 2024 },
    DJ: { gPerKWh: 450, name: "Djibouti", source: "ember", year: 2023 },
    DK: { gPerKWh: 143.3, name: "Denmark", source: "ember", year: 2024 },
    DM: { gPerKWh: 600, name: "Dominica", source: "ember", year: 2023 },
    DO: { gPerKWh: 565.97, name: "Dominican Republic", source: "ember", year: 2024 },
    DZ: { gPerKWh: 633.65, name: "Algeria", source: "ember", year: 2023 },
    EC: { gPerKWh: 209.7, name: "Ecuador", source: "ember", year: 2024 },
    EE: { gPerKWh: 341.02, name: "Estonia", source: "ember", year: 2024 },
    EG: { gPerKWh: 574.5, name: "Egypt", source: "ember", year: 2024 },
    EH: { gPerKWh: 666.667, name: "Western Sahara", source: "owid", year: 2009 },
    ER: { gPerKWh: 590.91, name: "Eritrea", source: "ember", year: 2023 },
    ES: { gPerKWh: 146.15, name: "Spain", source: "ember", year: 2024 },
    ET: { gPerKWh: 23.55, name: "Ethiopia", source: "ember", year: 2023 },
    FI: { gPerKWh: 72.25, name: "Finland", source: "ember", year: 2024 },
    FJ: { gPerKWh: 278.26, name: "Fiji", source: "ember", year: 2023 },
    FK: { gPerKWh: 1e3, name: "Falkland Islands (Malvinas)", source: "ember", year: 2022 },
    FO: { gPerKWh: 354.17, name: "Faroe Islands", source: "ember", year: 2022 },
    FR: { gPerKWh: 44.18, name: "France", source: "ember", year: 2024 },
    GA: { gPerKWh: 429.47, name: "Gabon", source: "ember", year: 2023 },
    GB: { gPerKWh: 215.79, name: "United Kingdom", source: "ember", year: 2024 },
    GD: { gPerKWh: 666.67, name: "Grenada", source: "ember", year: 2022 },
    GE: { gPerKWh: 143.06, name: "Georgia", source: "ember", year: 2024 },
    GF: { gPerKWh: 204.08, name: "French Guiana", source: "ember", year: 2022 },
    GH: { gPerKWh: 452.86, name: "Ghana", source: "ember", year: 2023 },
    GI: { gPerKWh: 600, name: "Gibraltar", source: "owid", year: 2022 },
    GL: { gPerKWh: 111.11, name: "Greenland", source: "ember", year: 2022 },
    GM: { gPerKWh: 666.67, name: "Gambia", source: "ember", year: 2023 },
    GN: { gPerKWh: 182.72, name: "Guinea", source: "ember", year: 2023 },
    GP: { gPerKWh: 493.9, name: "Guadeloupe", source: "ember", year: 2022 },
    GQ: { gPerKWh: 605.1, name: "Equatorial Guinea", source: "ember", year: 2023 },
    GR: { gPerKWh: 319.76, name: "Greece", source: "ember", year: 2024 },
    GT: { gPerKWh: 272.66, name: "Guatemala", source: "ember", year: 2023 },
    GU: { gPerKWh: 611.11, name: "Guam", source: "ember", year: 2022 },
    GW: { gPerKWh: 625, name: "Guinea-Bissau", source: "ember", year: 2022 },
    GY: { gPerKWh: 634.33, name: "Guyana", source: "ember", year: 2023 },
    HK: { gPerKWh: 681.99, name: "Hong Kong", source: "ember", year: 2023 },
    HN: { gPerKWh: 289.5, name: "Honduras", source: "ember", year: 2023 },
    HR: { gPerKWh: 174.48, name: "Croatia", source: "ember", year: 2024 },
    HT: { gPerKWh: 534.65, name: "Haiti", source: "ember", year: 2022 },
    HU: { gPerKWh: 182.82, name: "Hungary", source: "ember", year: 2024 },
    ID: { gPerKWh: 682.43, name: "Indonesia", source: "ember", year: 2023 },
    IE: { gPerKWh: 279.79, name: "Ireland", source: "ember", year: 2024 },
    IL: { gPerKWh: 567.26, name: "Israel", source: "ember", year: 2023 },
    IN: { gPerKWh: 708.96, name: "India", source: "ember", year: 2024 },
    IQ: { gPerKWh: 689.4, name: "Iraq", source: "ember", year: 2023 },
    IR: { gPerKWh: 648.68, name: "Iran", source: "ember", year: 2024 },
    IS: { gPerKWh: 28.33, name: "Iceland", source: "ember", year: 2023 },
    IT: { gPerKWh: 287.75, name: "Italy", source: "ember", year: 2024 },
    JM: { gPerKWh: 561.25, name: "Jamaica", source: "ember", year: 2022 },
    JO: { gPerKWh: 539.21, name: "Jordan", source: "ember", year: 2022 },
    JP: { gPerKWh: 483.73, name: "Japan", source: "ember", year: 2024 },
    KE: { gPerKWh: 84.83, name: "Kenya", source: "ember", year: 2024 },
    KG: { gPerKWh: 152.65, name: "Kyrgyzstan", source: "ember", year: 2024 },
    KH: { gPerKWh: 497.46, name: "Cambodia", source: "ember", year: 2024 },
    KI: { gPerKWh: 500, name: "Kiribati", source: "ember", year: 2022 },
    KM: { gPerKWh: 642.86, name: "Comoros", source: "ember", year: 2023 },
    KN: { gPerKWh: 636.36, name: "Saint Kitts and Nevis", source: "ember", year: 2022 },
    KP: { gPerKWh: 344.26, name: "North Korea", source: "ember", year: 2022 },
    KR: { gPerKWh: 415.65, name: "South Korea", source: "ember", year: 2024 },
    KW: { gPerKWh: 637.24, name: "Kuwait", source: "ember", year: 2024 },
    KY: { gPerKWh: 642.86, name: "Cayman Islands", source: "ember", year: 2023 },
    KZ: { gPerKWh: 801.79, name: "Kazakhstan", source: "ember", year: 2024 },
    LA: { gPerKWh: 232.12, name: "Laos", source: "ember", year: 2023 },
    LB: { gPerKWh: 369.47, name: "Lebanon", source: "ember", year: 2023 },
    LC: { gPerKWh: 650, name: "Saint Lucia", source: "ember", year: 2022 },
    LK: { gPerKWh: 509.78, name: "Sri Lanka", source: "ember", year: 2022 },
    LR: { gPerKWh: 435.9, name: "Liberia", source: "ember", year: 2023 },
    LS: { gPerKWh: 20.83, name: "Lesotho", source: "ember", year: 2022 },
    LT: { gPerKWh: 139.34, name: "Lithuania", source: "ember", year: 2024 },
    LU: { gPerKWh: 134.62, name: "Luxembourg", source: "ember", year: 2024 },
    LV: { gPerKWh: 136.22, name: "Latvia", source: "ember", year: 2024 },
    LY: { gPerKWh: 830.53, name: "Libya", source: "ember", year: 2023 },
    MA: { gPerKWh: 577.65, name: "Morocco", source: "ember", year: 2024 },
    MD: { gPerKWh: 629.56, name: "Moldova", source: "ember", year: 2024 },
    ME: { gPerKWh: 413.51, name: "Montenegro", source: "ember", year: 2024 },
    MG: { gPerKWh: 477.27, name: "Madagascar", source: "ember", year: 2022 },
    MK: { gPerKWh: 568.97, name: "North Macedonia", source: "ember", year: 2024 },
    ML: { gPerKWh: 394.5, name: "Mali", source: "ember", year: 2023 },
    MM: { gPerKWh: 569.69, name: "Myanmar", source: "ember", year: 2024 },
    MN: { gPerKWh: 784.01, name: "Mongolia", source: "ember", year: 2024 },
    MO: { gPerKWh: 448.98, name: "Macao", source: "ember", year: 2022 },
    MQ: { gPerKWh: 516.78, name: "Martinique", source: "ember", year: 2022 },
    MR: { gPerKWh: 481.71, name: "Mauritania", source: "ember", year: 2022 },
    MS: { gPerKWh: 1e3, name: "Montserrat", source: "ember", year: 2022 },
    MT: { gPerKWh: 484.16, name: "Malta", source: "ember", year: 2024 },
    MU: { gPerKWh: 633.03, name: "Mauritius", source: "ember", year: 2023 },
    MV: { gPerKWh: 611.77, name: "Maldives", source: "ember", year: 2023 },
    MW: { gPerKWh: 54.65, name: "Malawi", source: "ember", year: 2022 },
    MX: { gPerKWh: 483.14, name: "Mexico", source: "ember", year: 2024 },
    MY: { gPerKWh: 604.43, name: "Malaysia", source: "ember", year: 2024 },
    MZ: { gPerKWh: 127.81, name: "Mozambique", source: "ember", year: 2023 },
    NA: { gPerKWh: 47.62, name: "Namibia", source: "ember", year: 2023 },
    NC: { gPerKWh: 585.76, name: "New Caledonia", source: "ember", year: 2022 },
    NE: { gPerKWh: 687.5, name: "Niger", source: "ember", year: 2023 },
    NG: { gPerKWh: 507.85, name: "Nigeria", source: "ember", year: 2024 },
    NI: { gPerKWh: 288.33, name: "Nicaragua", source: "ember", year: 2023 },
    NL: { gPerKWh: 252.7, name: "Netherlands", source: "ember", year: 2024 },
    NO: { gPerKWh: 30.75, name: "Norway", source: "ember", year: 2024 },
    NP: { gPerKWh: 23.36, name: "Nepal", source: "ember", year: 2022 },
    NR: { gPerKWh: 750, name: "Nauru", source: "ember", year: 2023 },
    NZ: { gPerKWh: 120.11, name: "New Zealand", source: "ember", year: 2024 },
    OM: { gPerKWh: 545.33, name: "Oman", source: "ember", year: 2024 },
    PA: { gPerKWh: 258.74, name: "Panama", source: "ember", year: 2023 },
    PE: { gPerKWh: 263.27, name: "Peru", source: "ember", year: 2024 },
    PF: { gPerKWh: 436.62, name: "French Polynesia", source: "ember", year: 2022 },
    PG: { gPerKWh: 513.74, name: "Papua New Guinea", source: "ember", year: 2023 },
    PH: { gPerKWh: 613.38, name: "Philippines", source: "ember", year: 2024 },
    PK: { gPerKWh: 398.61, name: "Pakistan", source: "ember", year: 2024 },
    PL: { gPerKWh: 614.98, name: "Poland", source: "ember", year: 2024 },
    PM: { gPerKWh: 600, name: "Saint Pierre and Miquelon", source: "ember", year: 2022 },
    PR: { gPerKWh: 664.53, name: "Puerto Rico", source: "ember", year: 2024 },
    PS: { gPerKWh: 460.78, name: "Palestine", source: "ember", year: 2022 },
    PT: { gPerKWh: 111.8, name: "Portugal", source: "ember", year: 2024 },
    PY: { gPerKWh: 24.86, name: "Paraguay", source: "ember", year: 2023 },
    QA: { gPerKWh: 602.83, name: "Qatar", source: "ember", year: 2024 },
    RE: { gPerKWh: 525.22, name: "R\xE9union", source: "ember", year: 2022 },
    RO: { gPerKWh: 245.55, name: "Romania", source: "ember", year: 2024 },
    RS: { gPerKWh: 670.8, name: "Serbia", source: "ember", year: 2024 },
    RU: { gPerKWh: 446.17, name: "Russia", source: "ember", year: 2024 },
    RW: { gPerKWh: 301.89, name: "Rwanda", source: "ember", year: 2023 },
    SA: { gPerKWh: 691.95, name: "Saudi Arabia", source: "ember", year: 2024 },
    SB: { gPerKWh: 636.36, name: "Solomon Islands", source: "ember", year: 2023 },
    SC: { gPerKWh: 571.43, name: "Seychelles", source: "ember", year: 2023 },
    SD: { gPerKWh: 214.33, name: "Sudan", source: "ember", year: 2023 },
    SE: { gPerKWh: 35.89, name: "Sweden", source: "ember", year: 2024 },
    SG: { gPerKWh: 498.74, name: "Singapore", source: "ember", year: 2024 },
    SH: { gPerKWh: 1e3, name: "Saint Helena, Ascension and Tristan da Cunha", source: "owid", year: 2022 },
    SI: { gPerKWh: 227.11, name: "Slovenia", source: "ember", year: 2024 },
    SK: { gPerKWh: 96.49, name: "Slovakia", source: "ember", year: 2024 },
    SL: { gPerKWh: 47.62, name: "Sierra Leone", source: "ember", year: 2023 },
    SN: { gPerKWh: 535.4, name: "Senegal", source: "ember", year: 2023 },
    SO: { gPerKWh: 523.81, name: "Somalia", source: "ember", year: 2023 },
    SR: { gPerKWh: 383.18, name: "Suriname", source: "ember", year: 2023 },
    SS: { gPerKWh: 610.17, name: "South Sudan", source: "ember", year: 2023 },
    ST: { gPerKWh: 555.56, name: "Sao Tome and Principe", source: "ember", year: 2022 },
    SV: { gPerKWh: 99.29, name: "El Salvador", source: "ember", year: 2024 },
    SY: { gPerKWh: 682.27, name: "Syria", source: "ember", year: 2022 },
    SZ: { gPerKWh: 142.86, name: "Eswatini", source: "ember", year: 2023 },
    TC: { gPerKWh: 653.85, name: "Turks and Caicos Islands", source: "ember", year: 2023 },
    TD: { gPerKWh: 615.39, name: "Chad", source: "ember", year: 2022 },
    TG: { gPerKWh: 478.26, name: "Togo", source: "ember", year: 2023 },
    TH: { gPerKWh: 555.43, name: "Thailand", source: "ember", year: 2024 },
    TJ: { gPerKWh: 98.7, name: "Tajikistan", source: "ember", year: 2024 },
    TL: { gPerKWh: 666.667, name: "Timor-Leste", source: "owid", year: 2022 },
    TM: { gPerKWh: 1306.3, name: "Turkmenistan", source: "ember", year: 2023 },
    TN: { gPerKWh: 560.25, name: "Tunisia", source: "ember", year: 2024 },
    TO: { gPerKWh: 571.43, name: "Tonga", source: "ember", year: 2023 },
    TR: { gPerKWh: 469.7, name: "T\xFCrkiye", source: "ember", year: 2024 },
    TT: { gPerKWh: 682.11, name: "Trinidad and Tobago", source: "ember", year: 2023 },
    TW: { gPerKWh: 635.15, name: "Taiwan", source: "ember", year: 2024 },
    TZ: { gPerKWh: 371.59, name: "Tanzania", source: "ember", year: 2023 },
    UA: { gPerKWh: 250.47, name: "Ukraine", source: "ember", year: 2022 },
    UG: { gPerKWh: 57.39, name: "Uganda", source: "ember", year: 2022 },
    US: { gPerKWh: 383.55, name: "United States", source: "ember", year: 2024 },
    UY: { gPerKWh: 96.7, name: "Uruguay", source: "ember", year: 2024 },
    UZ: { gPerKWh: 1121.18, name: "Uzbekistan", source: "ember", year: 2023 },
    VC: { gPerKWh: 600, name: "Saint Vincent and the Grenadines", source: "ember", year: 2023 },
    VE: { gPerKWh: 180.25, name: "Venezuela", source: "ember", year: 2023 },
    VG: { gPerKWh: 647.06, name: "Virgin Islands (British)", source: "ember", year: 2023 },
    VI: { gPerKWh: 641.79, name: "Virgin Islands (U.S.)", source: "ember", year: 2023 },
    VN: { gPerKWh: 486.13, name: "Viet Nam", source: "ember", year: 2024 },
    VU: { gPerKWh: 500, name: "Vanuatu", source: "ember", year: 2023 },
    WS: { gPerKWh: 400, name: "Samoa", source: "ember", year: 2023 },
    XK: { gPerKWh: 958.72, name: "Kosovo", source: "ember", year: 2024 },
    YE: { gPerKWh: 586.32, name: "Yemen", source: "ember", year: 2023 },
    ZA: { gPerKWh: 713.9, name: "South Africa", source: "ember", year: 2024 },
    ZM: { gPerKWh: 111, name: "Zambia", source: "ember", year: 2023 },
    ZW: { gPerKWh: 298.44, name: "Zimbabwe", source: "ember", year: 2023 }
  },
  datasetVersion: "2026.11.0",
  description: "Annual average carbon intensity of electricity generation per country (ISO 3166-1 alpha-2), life-cycle gCO2e/kWh, latest year available per country; `missing` lists the ISO codes no source covers.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {
    "co2js_ember/average-intensities.json": "7f0b09eb3a0b5aa08db0da7bdf7cf9571db3d1b6f163506fe41d70e655196bc0",
    "codecarbon/private_infra__global_energy_mix.json": "8f1053800210aa07cc6019cc422b0d34f47dd092f6351dd873445c2b8199a107"
  },
  licence: "CC BY-SA 4.0 for this file (Ember data is CC BY 4.0; the co2.js copy it was taken from is labelled CC BY-SA 4.0, so the share-alike terms are kept); Our World in Data rows CC BY 4.0",
  missing: [
    "AD",
    "AI",
    "AQ",
    "AX",
    "BL",
    "BQ",
    "BV",
    "CC",
    "CW",
    "CX",
    "FM",
    "GG",
    "GS",
    "HM",
    "IM",
    "IO",
    "JE",
    "LI",
    "MC",
    "MF",
    "MH",
    "MP",
    "NF",
    "NU",
    "PN",
    "PW",
    "SJ",
    "SM",
    "SX",
    "TF",
    "TK",
    "TV",
    "UM",
    "VA",
    "WF",
    "YT"
  ],
  sources: {
    ember: { attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)", licence: "CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README", name: "Ember yearly electricity data (via co2.js)", url: "https://ember-energy.org/data/yearly-electricity-data/" },
    owid: { attribution: "Our World in Data, Energy dataset (carbon intensity of electricity, incorporating Ember and the Energy Institute Statistical Review), as copied in mlco2/codecarbon codecarbon/data/private_infra/global_energy_mix.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "CC BY 4.0 (Our World in Data); copy from CodeCarbon, MIT", name: "Our World in Data energy dataset (via CodeCarbon)", url: "https://github.com/owid/energy-data" }
  },
  unit: "gCO2e/kWh",
  world: {
    gPerKWh: 472.94,
    name: "World",
    source: "ember",
    year: 2024
  }
};

// src/data/grid-us-states.json
var grid_us_states_default = {
  attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)",
  conversion: {
    factor: 0.45359237,
    fromUnit: "lb/MWh"
  },
  datasetVersion: "2026.11.0",
  description: "Annual CO2 output emission rate of electricity generated in each US state and DC (eGRID2016, direct combustion CO2 only, no upstream), converted from lb/MWh with 1 lb = 0.45359237 kg.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {
    "codecarbon/private_infra__2016__usa_emissions.json": "9f1cee0510efb16d4f223309f720f1ac20e33eadf933fc8b2abc686a774903e4"
  },
  licence: "egrid2016: US Government work, public domain; copy from CodeCarbon, MIT",
  sources: {
    egrid2016: { attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "US Government work, public domain; copy from CodeCarbon, MIT", name: "US EPA eGRID2016 state CO2 output emission rate (via CodeCarbon)", url: "https://www.epa.gov/egrid" }
  },
  states: {
    "US-AK": { gPerKWh: 419.9639, lbPerMWh: 925.862, name: "Alaska", source: "egrid2016", year: 2016 },
    "US-AL": { gPerKWh: 414.0922, lbPerMWh: 912.917, name: "Alabama", source: "egrid2016", year: 2016 },
    "US-AR": { gPerKWh: 506.0503, lbPerMWh: 1115.65, name: "Arkansas", source: "egrid2016", year: 2016 },
    "US-AZ": { gPerKWh: 422.8501, lbPerMWh: 932.225, name: "Arizona", source: "egrid2016", year: 2016 },
    "US-CA": { gPerKWh: 205.2691, lbPerMWh: 452.541, name: "California", source: "egrid2016", year: 2016 },
    "US-CO": { gPerKWh: 666.0428, lbPerMWh: 1468.373, name: "Colorado", source: "egrid2016", year: 2016 },
    "US-CT": { gPerKWh: 226.1008, lbPerMWh: 498.467, name: "Connecticut", source: "egrid2016", year: 2016 },
    "US-DC": { gPerKWh: 218.5345, lbPerMWh: 481.786, name: "District of Columbia", source: "egrid2016", year: 2016 },
    "US-DE": { gPerKWh: 402.5247, lbPerMWh: 887.415, name: "Delaware", source: "egrid2016", year: 2016 },
    "US-FL": { gPerKWh: 464.5716, lbPerMWh: 1024.205, name: "Florida", source: "egrid2016", year: 2016 },
    "US-GA": { gPerKWh: 454.388, lbPerMWh: 1001.754, name: "Georgia", source: "egrid2016", year: 2016 },
    "US-HI": { gPerKWh: 690.4139, lbPerMWh: 1522.102, name: "Hawaii", source: "egrid2016", year: 2016 },
    "US-IA": { gPerKWh: 452.6208, lbPerMWh: 997.858, name: "Iowa", source: "egrid2016", year: 2016 },
    "US-ID": { gPerKWh: 85.5906, lbPerMWh: 188.695, name: "Idaho", source: "egrid2016", year: 2016 },
    "US-IL": { gPerKWh: 368.0077, lbPerMWh: 811.318, name: "Illinois", source: "egrid2016", year: 2016 },
    "US-IN": { gPerKWh: 822.2282, lbPerMWh: 1812.703, name: "Indiana", source: "egrid2016", year: 2016 },
    "US-KS": { gPerKWh: 542.2937, lbPerMWh: 1195.553, name: "Kansas", source: "egrid2016", year: 2016 },
    "US-KY": { gPerKWh: 886.456, lbPerMWh: 1954.301, name: "Kentucky", source: "egrid2016", year: 2016 },
    "US-LA": { gPerKWh: 398.6397, lbPerMWh: 878.85, name: "Louisiana", source: "egrid2016", year: 2016 },
    "US-MA": { gPerKWh: 372.5477, lbPerMWh: 821.327, name: "Massachusetts", source: "egrid2016", year: 2016 },
    "US-MD": { gPerKWh: 459.3448, lbPerMWh: 1012.682, name: "Maryland", source: "egrid2016", year: 2016 },
    "US-ME": { gPerKWh: 152.8443, lbPerMWh: 336.964, name: "Maine", source: "egrid2016", year: 2016 },
    "US-MI": { gPerKWh: 498.8854, lbPerMWh: 1099.854, name: "Michigan", source: "egrid2016", year: 2016 },
    "US-MN": { gPerKWh: 459.3394, lbPerMWh: 1012.67, name: "Minnesota", source: "egrid2016", year: 2016 },
    "US-MO": { gPerKWh: 765.5469, lbPerMWh: 1687.742, name: "Missouri", source: "egrid2016", year: 2016 },
    "US-MS": { gPerKWh: 426.7016, lbPerMWh: 940.716, name: "Mississippi", source: "egrid2016", year: 2016 },
    "US-MT": { gPerKWh: 567.454, lbPerMWh: 1251.022, name: "Montana", source: "egrid2016", year: 2016 },
    "US-NC": { gPerKWh: 393.4646, lbPerMWh: 867.441, name: "North Carolina", source: "egrid2016", year: 2016 },
    "US-ND": { gPerKWh: 754.6661, lbPerMWh: 1663.754, name: "North Dakota", source: "egrid2016", year: 2016 },
    "US-NE": { gPerKWh: 581.1212, lbPerMWh: 1281.153, name: "Nebraska", source: "egrid2016", year: 2016 },
    "US-NH": { gPerKWh: 140.8695, lbPerMWh: 310.564, name: "New Hampshire", source: "egrid2016", year: 2016 },
    "US-NJ": { gPerKWh: 253.0238, lbPerMWh: 557.822, name: "New Jersey", source: "egrid2016", year: 2016 },
    "US-NM": { gPerKWh: 713.4037, lbPerMWh: 1572.786, name: "New Mexico", source: "egrid2016", year: 2016 },
    "US-NV": { gPerKWh: 349.2262, lbPerMWh: 769.912, name: "Nevada", source: "egrid2016", year: 2016 },
    "US-NY": { gPerKWh: 210.4759, lbPerMWh: 464.02, name: "New York", source: "egrid2016", year: 2016 },
    "US-OH": { gPerKWh: 664.9483, lbPerMWh: 1465.96, name: "Ohio", source: "egrid2016", year: 2016 },
    "US-OK": { gPerKWh: 473.4216, lbPerMWh: 1043.716, name: "Oklahoma", source: "egrid2016", year: 2016 },
    "US-OR": { gPerKWh: 138.7498, lbPerMWh: 305.891, name: "Oregon", source: "egrid2016", year: 2016 },
    "US-PA": { gPerKWh: 388.0229, lbPerMWh: 855.444, name: "Pennsylvania", source: "egrid2016", year: 2016 },
    "US-RI": { gPerKWh: 394.9982, lbPerMWh: 870.822, name: "Rhode Island", source: "egrid2016", year: 2016 },
    "US-SC": { gPerKWh: 285.5037, lbPerMWh: 629.428, name: "South Carolina", source: "egrid2016", year: 2016 },
    "US-SD": { gPerKWh: 232.8362, lbPerMWh: 513.316, name: "South Dakota", source: "egrid2016", year: 2016 },
    "US-TN": { gPerKWh: 450.0866, lbPerMWh: 992.271, name: "Tennessee", source: "egrid2016", year: 2016 },
    "US-TX": { gPerKWh: 476.0574, lbPerMWh: 1049.527, name: "Texas", source: "egrid2016", year: 2016 },
    "US-UT": { gPerKWh: 738.1635, lbPerMWh: 1627.372, name: "Utah", source: "egrid2016", year: 2016 },
    "US-VA": { gPerKWh: 369.1344, lbPerMWh: 813.802, name: "Virginia", source: "egrid2016", year: 2016 },
    "US-VT": { gPerKWh: 25.8049, lbPerMWh: 56.89, name: "Vermont", source: "egrid2016", year: 2016 },
    "US-WA": { gPerKWh: 84.751, lbPerMWh: 186.844, name: "Washington", source: "egrid2016", year: 2016 },
    "US-WI": { gPerKWh: 629.9854, lbPerMWh: 1388.88, name: "Wisconsin", source: "egrid2016", year: 2016 },
    "US-WV": { gPerKWh: 896.1883, lbPerMWh: 1975.757, name: "West Virginia", source: "egrid2016", year: 2016 },
    "US-WY": { gPerKWh: 919.0961, lbPerMWh: 2026.26, name: "Wyoming", source: "egrid2016", year: 2016 }
  },
  unit: "gCO2/kWh"
};

// src/data/pue.json
var pue_default = {
  attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024 | Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024 | Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated | Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)",
  datasetVersion: "2026.11.0",
  description: "Power usage effectiveness: the published fleet figure of each cloud provider, and the industry average used when nothing better is known. `year` is the year the figure is for, as the source states it.",
  generatedBy: "scripts/build-data.mjs",
  industryAverage: {
    source: "uptime-2024",
    value: 1.56,
    year: 2024
  },
  inputs: {
    "green_algorithms/defaults_PUE.csv": "4741d1670a4355dd03f26d8a3cbf7ea29b28d95583bfc8c08f597919dfac82af"
  },
  licence: "aws-sustainability: facts quoted from a public statement; google-fleet-pue: facts quoted from a public statement; microsoft-ccf: facts quoted from a public statement (CCF: Apache-2.0); uptime-2024: facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)",
  providers: {
    aws: { source: "aws-sustainability", value: 1.15, year: 2024 },
    azure: { source: "microsoft-ccf", value: 1.185 },
    gcp: { source: "google-fleet-pue", value: 1.1, year: 2024 }
  },
  sources: {
    "aws-sustainability": { attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024", licence: "facts quoted from a public statement", name: "AWS sustainability report: global data-centre PUE", url: "https://sustainability.aboutamazon.com/" },
    "google-fleet-pue": { attribution: "Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024", licence: "facts quoted from a public statement", name: "Google data-centre fleet PUE, as reported by DatacenterDynamics (Dec 2024)", url: "https://www.google.com/about/datacenters/efficiency/" },
    "microsoft-ccf": { attribution: "Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated", licence: "facts quoted from a public statement (CCF: Apache-2.0)", name: "Microsoft Azure fleet PUE, Microsoft statement quoted in the Cloud Carbon Footprint methodology", url: "https://www.cloudcarbonfootprint.org/docs/methodology" },
    "uptime-2024": { attribution: "Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)", licence: "facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)", name: "Uptime Institute Global Data Center Survey 2024 (industry average PUE)", url: "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf" }
  }
};

// src/data/index.ts
var gridCountries = grid_countries_default;
var gridUsStates = grid_us_states_default;
var cloudRegions = cloud_regions_default;
var pueData = pue_default;
var gpuData = gpus_default;
var DATASET_VERSION = gridCountries.datasetVersion;

// src/footprint/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closeMatches(input, candidates, limit = 5) {
  const query = input.trim().toLowerCase();
  if (query.length === 0) return [];
  const maxDistance = Math.max(1, Math.floor(query.length / 3));
  const scored = [];
  for (const candidate of candidates) {
    const key = candidate.key.toLowerCase();
    const names = (candidate.names ?? []).map((name) => name.toLowerCase());
    let score;
    if (names.includes(query)) score = 0;
    else if (query.length >= 3 && names.some((name) => name.startsWith(query))) score = 1;
    else if (key.startsWith(query)) score = 2;
    else if (key.length >= 2 && query.startsWith(key) && query.length - key.length <= 2) score = 2.5;
    else {
      const distance = Math.min(editDistance(query, key), ...names.map((name) => editDistance(query, name)));
      if (distance <= maxDistance) score = 2 + distance;
    }
    if (score !== void 0) scored.push({ key: candidate.key, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.key);
}

// src/footprint/gpus.ts
var NOISE_WORDS = /* @__PURE__ */ new Set(["nvidia", "amd", "tesla", "geforce", "instinct"]);
function words(name) {
  return name.toLowerCase().trim().replace(/^\d+\s*x\s+/, "").split(/[\s\-_/]+/).filter((word2) => word2.length > 0 && !NOISE_WORDS.has(word2));
}
function gpuNameKey(name) {
  return words(name).join("");
}
function wordSetKey(name) {
  return [...words(name)].sort().join(" ");
}
var index;
function gpuIndex() {
  if (index) return index;
  const byKey = /* @__PURE__ */ new Map();
  const byWordSet = /* @__PURE__ */ new Map();
  for (const spec of gpuData.gpus) {
    for (const name of [spec.model, ...spec.names]) {
      addUnique(byKey, gpuNameKey(name), spec);
      addUnique(byWordSet, wordSetKey(name), spec);
    }
  }
  index = { byKey, byWordSet };
  return index;
}
function addUnique(map, key, spec) {
  const existing = map.get(key);
  if (existing && existing !== spec) {
    throw new Error(`bug: GPU names "${existing.model}" and "${spec.model}" normalise to the same key "${key}"`);
  }
  map.set(key, spec);
}
function lookupGpu(name) {
  if (words(name).length === 0) return void 0;
  const { byKey, byWordSet } = gpuIndex();
  const spec = byKey.get(gpuNameKey(name)) ?? byWordSet.get(wordSetKey(name));
  return spec && { ...spec, names: [...spec.names] };
}
function listGpus() {
  return gpuData.gpus.map((spec) => ({ ...spec, names: [...spec.names] }));
}
function suggestGpus(name) {
  const candidates = gpuData.gpus.map((spec) => ({
    key: spec.model,
    names: [spec.model, ...spec.names].map(gpuNameKey)
  }));
  return closeMatches(gpuNameKey(name), candidates);
}

// src/telemetry/plugin-error.ts
var PluginError = class extends Error {
  constructor(plugin, file, cause) {
    super(`plugin ${plugin} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.plugin = plugin;
    this.file = file;
  }
  plugin;
  file;
  name = "PluginError";
};

// src/telemetry/read-plugin.ts
var SINGLES_BATCH = 4096;
var USER_FS_ERRORS = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ELOOP"]);
async function* readWithValidOptions(plugin, source, options) {
  const file = source.path;
  const signal = options.signal ?? new AbortController().signal;
  options.log.debug(`${file}: reading with plugin ${plugin.name}`);
  const { timeZone, onTimeZoneRead, pluginOptions } = options;
  const context = {
    options: pluginOptions,
    log: options.log,
    signal,
    batchesReadAtOnce: options.batchesReadAtOnce === true,
    get timeZone() {
      onTimeZoneRead?.();
      return timeZone;
    }
  };
  let iterator;
  try {
    iterator = plugin.read(source, context)[Symbol.asyncIterator]();
  } catch (error) {
    throw asReadError(error, plugin.name, file);
  }
  let singles = [];
  try {
    for (; ; ) {
      let step;
      try {
        step = await iterator.next();
      } catch (error) {
        throw asReadError(error, plugin.name, file);
      }
      if (step.done) break;
      signal.throwIfAborted();
      const item = step.value;
      if (Array.isArray(item)) {
        if (singles.length > 0) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
        if (item.length > 0) yield { plugin: plugin.name, file, records: item };
      } else {
        singles.push(item);
        if (singles.length >= SINGLES_BATCH) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
      }
    }
    if (singles.length > 0) yield { plugin: plugin.name, file, records: singles };
  } finally {
    await iterator.return?.();
  }
}
function asReadError(error, plugin, file) {
  if (isInputError(error)) {
    return error.file === void 0 ? new InputError(error.message, { file, line: error.line }) : error;
  }
  const code = error?.code;
  if (typeof code === "string" && USER_FS_ERRORS.has(code)) {
    return new InputError(`cannot read the file (${code})`, { file, hint: "check that the path exists and is readable" });
  }
  if (error?.name === "AbortError") return error;
  return new PluginError(plugin ?? "carbon-ci", file, error);
}

// src/pipeline/parallel/read-unit.ts
import { isMainThread } from "node:worker_threads";
function energyAccumulator(maxGapS) {
  return new EnergyAccumulator({ maxGapS, boardPowerW: (model) => model ? lookupGpu(model)?.boardPowerW : void 0 });
}
function bufferingLogger(lines) {
  return {
    debug: (message) => lines.push({ level: "debug", message }),
    info: (message) => lines.push({ level: "info", message }),
    warn: (message) => lines.push({ level: "warn", message })
  };
}
async function readUnit(unit, settings, plugins, logs, onBytes) {
  const sinceLaunchS = () => (performance.timeOrigin + performance.now() - settings.launchedAtMs) / 1e3;
  const startedS = sinceLaunchS();
  const plugin = plugins.find((p) => p.name === unit.plugin);
  if (!plugin) throw new Error(`no plugin named ${unit.plugin} in this reader`);
  const source = unit.range ? rangeSource(unit.file, unit.range.preamble, unit.range.start, unit.range.end, onBytes) : fileSource(unit.file, onBytes);
  const accumulator = energyAccumulator(settings.maxGapS);
  const from = unit.range ? { plugin: plugin.name, file: unit.file, part: unit.range.part } : { plugin: plugin.name, file: unit.file };
  let readTimeZone = false;
  const options = {
    pluginOptions: settings.pluginOptions[plugin.name] ?? {},
    log: bufferingLogger(logs),
    timeZone: settings.timeZone,
    onTimeZoneRead: () => readTimeZone = true,
    // Each batch goes into the accumulator before the next is asked for: plugins may reuse their arrays.
    batchesReadAtOnce: true
  };
  for await (const batch of readWithValidOptions(plugin, source, options)) accumulator.addBatch(batch.records, from);
  const part = unit.range ? ` part ${unit.range.part + 1}` : "";
  const endedS = sinceLaunchS();
  logs.push({
    level: "debug",
    message: `${unit.file}${part}: ${(unit.bytes / 1e6).toFixed(0)} MB read in ${(endedS - startedS).toFixed(2)} s on the ${isMainThread ? "main thread" : "worker thread"} (${startedS.toFixed(2)} s to ${endedS.toFixed(2)} s after start)`
  });
  return { state: accumulator.exportState(), readTimeZone };
}

export {
  DEFAULT_ENERGY_OPTIONS,
  PointTrack,
  importTracks,
  EnergyAccumulator,
  PluginError,
  readWithValidOptions,
  asReadError,
  gridCountries,
  gridUsStates,
  cloudRegions,
  pueData,
  gpuData,
  DATASET_VERSION,
  closeMatches,
  lookupGpu,
  listGpus,
  suggestGpus,
  DCGM_BLANK_MIN,
  DeviceRegistry,
  builtinPlugins,
  energyAccumulator,
  bufferingLogger,
  readUnit
};
