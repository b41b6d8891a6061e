import { bytesEqual, bytesText, civilToMs, InputError, isFixedUtc, monotonicWallClockToUtc, PowerColumnsBuilder, parseDateTimeBytes, parseIndexBytes, parseNumberBytes, skipBlanks, trimBlanksEnd } from 'carbon-ci';
import type { DeviceRef, LineChunk, Logger, PluginRecord, PowerRecord } from 'carbon-ci';
import { classifyRows, type Arrangement } from './arrangement.js';
import { fieldsFromOption, layoutFromFields, parseHeaderFields, type Layout } from './fields.js';
import { inferFieldsFromRow } from './headerless.js';
import { RowKernel } from './row-kernel.js';
import { RowShape } from './row-shape.js';
import { isMissingMarker } from './scan.js';

export interface NvidiaSmiOptions {
  /** For logs written with `csv,noheader`: the --query-gpu field list. */
  columns?: string;
  /** The log has no index/uuid column and is of one GPU: skip the interleaving checks. */
  oneGpu?: boolean;
}

interface Device {
  ref: DeviceRef;
  key: string;
  keyBytes: Buffer;
  slot: number;
  lastTimeMs: number;
  /** The row kernel knows how this GPU's rows look under the current layout (one of them was read). */
  shaped: boolean;
}

export interface ReaderSettings {
  /** Read rows by their GPU's shape where they have one (default; false: every row the general way, to test that both agree). */
  byShape?: boolean;
  /** The records of a `consume` or `finish` are read before the next call: their columns may be reused (PluginContext.batchesReadAtOnce). */
  reuseColumns?: boolean;
}

/** A row held back while the arrangement of a log without a device column is worked out. */
interface HeldRow {
  timeMs: number;
  powerW: number;
  utilization: number;
  model: string | undefined;
  line: number;
}

/** Rows read before deciding how a log without a device column is arranged. */
const HEAD_ROWS = 4096;
/** Malformed lines warned one by one; the rest are counted. */
const WARN_EACH = 3;
/** Records above this power, or below 0 W, carry their origin so the energy stage can name the line. */
const SUSPICIOUS_W = 2000;
/** Rows that `consume` gathers before it hands them on as a record (the file's last rows go with `finish`). */
const MIN_BATCH_ROWS = 1024;


/**
 * Turns the lines of one `nvidia-smi --query-gpu=... --format=csv[,nounits][,noheader]` log into
 * power records. Feed it line batches in order, then call `finish`. Holds nothing but the devices
 * (and, for logs without a device column, the first rows and the current sample).
 */
export class NvidiaSmiReader {
  private layout: Layout | undefined;
  private headerText = '';
  private withUnits: boolean | undefined;
  private lastFieldHasUnit = false;
  private bounds = new Int32Array(16);
  private lineStart = 0;
  private lineNo = 0;
  private readonly stamp = new Float64Array(2);
  /** The date of the last timestamp read the general way, and its midnight. */
  private dateKey = -1;
  private dayMs = 0;
  /** Reads rows by their GPU's shape; made when the first shape is learnt. */
  private kernel: RowKernel | undefined;
  /** Rows read by their GPU's shape. */
  shapedRowCount = 0;
  private readonly toUtc: (wallMs: number) => number;
  /** The wall clock is UTC: the kernel hands on readings as they are (see readingsByKernel). */
  private readonly wallClockIsUtc: boolean;

  /** Readings that need no origin, as columns; taken at the end of each chunk and before any single record. */
  private readonly columns: PowerColumnsBuilder;
  private readonly byShape: boolean;
  /** The devices' refs by slot, for the columns' `devices`. */
  private readonly deviceRefs: DeviceRef[] = [];
  private readonly byKey = new Map<string, Device>();
  private readonly byIndex: (Device | undefined)[] = [];
  private readonly devices: Device[] = [];
  private cursor = -1;

  private arrangement: Arrangement | undefined;
  private held: HeldRow[] = [];
  private sample: HeldRow[] = [];
  private lastRowTimeMs = Number.NaN;
  private closeRows = 0;
  private firstCloseLine = 0;
  private droppedSamples = 0;
  private droppedSampleRows = 0;
  private firstDroppedSampleLine = 0;

  private dataLines = 0;
  private records = 0;
  private malformed = 0;
  private firstMalformed = '';
  private missingPower = 0;
  private firstMissingPower = '';
  private truncatedLine = 0;

  constructor(
    private readonly file: string,
    timeZone: string,
    private readonly log: Logger,
    private readonly options: NvidiaSmiOptions = {},
    settings: ReaderSettings = {},
  ) {
    this.byShape = settings.byShape ?? true;
    this.columns = new PowerColumnsBuilder({ reuse: settings.reuseColumns === true });
    this.toUtc = monotonicWallClockToUtc(timeZone);
    this.wallClockIsUtc = isFixedUtc(timeZone);
  }

  /** Parse a chunk of whole lines (from `readLineChunks`); returns its records. */
  consume(chunk: LineChunk): PluginRecord[] {
    const out: PluginRecord[] = [];
    this.columns.newBatch();
    const bytes = chunk.bytes;
    const size = bytes.length;
    // Rows read by shape must end with an LF: not the file's unterminated last line.
    const shapedLimit = chunk.unterminatedLast ? bytes.lastIndexOf(10) + 1 : size;
    let loaded = false;
    let pos = 0;
    while (pos < size) {
      const kernel = this.kernel;
      if (kernel && pos < shapedLimit && this.withUnits !== undefined && size <= kernel.inputBytes) {
        if (!loaded) kernel.load(bytes);
        loaded = true;
        pos = this.shapedRows(kernel, pos, shapedLimit, out);
        if (pos >= size) break;
      }
      this.lineNo++;
      const layout = this.layout;
      if (layout === undefined) {
        let end = bytes.indexOf(10, pos);
        if (end < 0) end = size;
        const line = bytesText(bytes, pos, end).replace(/\r$/, '');
        if (line.trim() === '' || this.start(line, this.lineNo)) {
          pos = end + 1;
          continue;
        }
        // A headerless log: this line is data; read it again now that the layout is known.
        this.lineNo--;
        continue;
      }
      // One pass over the line finds its commas and its end.
      const bounds = this.bounds;
      const count = layout.count;
      let found = 0;
      let i = pos;
      for (; i < size; i++) {
        const c = bytes[i]!;
        if (c === 44) {
          if (found < count) bounds[found] = i;
          found++;
        } else if (c === 10) break;
      }
      let end = i;
      if (end > pos && bytes[end - 1] === 13) end--;
      if (end > pos && (bytes[pos]! > 32 || skipBlanks(bytes, pos, end) < end)) {
        this.row(bytes, pos, end, found, i >= size && chunk.unterminatedLast, out);
      }
      pos = i + 1;
    }
    if (this.dataLines >= 1000 && this.malformed * 2 > this.dataLines) throw this.notNvidiaSmi();
    // A few rows (the line that a read cut in two comes as a chunk of its own) wait for the next
    // chunk's: a record of a few rows costs the energy stage about as much as one of thousands.
    if (this.columns.length >= MIN_BATCH_ROWS) this.takeColumns(out);
    return out;
  }

  finish(): PluginRecord[] {
    const out: PluginRecord[] = [];
    this.columns.newBatch();
    if (this.layout === undefined) {
      throw new InputError('no nvidia-smi header or rows found', { file: this.file, hint: 'check that this is the log nvidia-smi wrote (-f FILE)' });
    }
    if (this.arrangement === undefined && this.held.length > 0) this.decideArrangement(out);
    if (this.arrangement?.kind === 'interleaved') this.closeSample(out, true);
    this.checkSingleGpu();

    if (this.truncatedLine > 0) {
      this.log.warn(`${this.file}:${this.truncatedLine}: the last line is cut short (the logger was stopped mid-write); dropped`);
    }
    if (this.malformed > WARN_EACH) {
      this.log.warn(`${this.file}: ${this.malformed} malformed lines dropped in all (first: ${this.firstMalformed})`);
    }
    if (this.droppedSamples > 0) {
      this.log.warn(
        `${this.file}: ${this.droppedSamples} samples had a number of rows other than ${this.gpuCount()} and were dropped ` +
          `(${this.droppedSampleRows} rows, first at line ${this.firstDroppedSampleLine}); those seconds are gaps for every GPU`,
      );
    }
    if (this.records === 0) {
      if (this.missingPower > 0) {
        throw new InputError(`no power readings: all ${this.missingPower} ${this.layout.powerField} values are missing (first: ${this.firstMissingPower})`, {
          file: this.file,
          hint: 'this GPU or driver does not report board power; estimate instead, e.g. `carbon-ci estimate --gpu MODEL --hours H`',
        });
      }
      if (this.malformed > 0) throw this.notNvidiaSmi();
      throw new InputError('the log has a header but no samples', {
        file: this.file,
        hint: 'the logger stopped before its first sample; check that it ran during the job (nvidia-smi ... -lms 1000 -f FILE)',
      });
    }
    if (this.malformed > this.dataLines - this.malformed) throw this.notNvidiaSmi();
    if (this.missingPower > 0) {
      this.log.warn(
        `${this.file}: ${this.missingPower} rows without a power reading ([N/A], [Not Supported]) were skipped ` +
          `(first: ${this.firstMissingPower}); the GPUs' coverage is lower where they occur`,
      );
    }
    this.takeColumns(out);
    return out;
  }

  private notNvidiaSmi(): InputError {
    return new InputError(
      `${this.malformed} of ${this.dataLines} lines are not nvidia-smi rows (first: ${this.firstMalformed}): this does not look like an nvidia-smi --query-gpu log`,
      { file: this.file, hint: 'check the file, or name its format with --plugin' },
    );
  }

  /** Set the layout from the first line. True when that line is a header (and so not data). */
  private start(line: string, lineNo: number): boolean {
    const fields = parseHeaderFields(line);
    if (fields) {
      this.setLayout(layoutFromFields(fields, this.file, lineNo, 'header'), line);
      return true;
    }
    if (this.options.columns) {
      this.setLayout(layoutFromFields(fieldsFromOption(this.options.columns, this.file), this.file, undefined, 'columns option'), '');
    } else {
      const inferred = inferFieldsFromRow(line, this.file, lineNo);
      this.setLayout(layoutFromFields(inferred, this.file, lineNo, 'headerless log (columns told from the first row)'), '');
      this.log.info(`${this.file}: no header; columns read as ${inferred.map((f) => f.name).join(', ')}`);
    }
    return false;
  }

  private setLayout(layout: Layout, header: string): void {
    const previous = this.layout;
    if (previous && hasDeviceColumn(previous) !== hasDeviceColumn(layout)) {
      throw new InputError('the columns change mid-file (a new header with a different device column)', {
        file: this.file,
        hint: 'split the file where the new header starts and pass both parts',
      });
    }
    this.layout = layout;
    this.headerText = header.trim();
    this.withUnits = undefined;
    if (this.bounds.length < layout.count) this.bounds = new Int32Array(layout.count + 1);
    for (const device of this.devices) device.shaped = false;
    this.kernel?.clearShapes();
    if (layout.powerField !== 'power.draw') this.log.info(`${this.file}: power read from ${layout.powerField} (no power.draw column)`);
  }

  private badLine(lineNo: number, reason: string): void {
    this.malformed++;
    const where = `line ${lineNo}: ${reason}`;
    if (this.malformed === 1) this.firstMalformed = where;
    if (this.malformed <= WARN_EACH) this.log.warn(`${this.file}:${lineNo}: ${reason}; line dropped`);
  }

  /** A header line met after the first: the same one repeated (logs appended to), or a new column set. */
  private reheader(line: string, lineNo: number): boolean {
    const fields = parseHeaderFields(line);
    if (!fields) return false;
    this.dataLines--;
    if (line.trim() !== this.headerText) {
      this.setLayout(layoutFromFields(fields, this.file, lineNo, 'header'), line);
      this.log.info(`${this.file}:${lineNo}: a new header; columns are now ${fields.map((f) => f.name).join(', ')}`);
    }
    return true;
  }

  private row(bytes: Uint8Array, start: number, end: number, found: number, last: boolean, out: PluginRecord[]): void {
    const layout = this.layout!;
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

    const timeMs = this.timeOf(bytes, this.fieldStart(layout.timestamp), bounds[layout.timestamp]!);
    if (Number.isNaN(timeMs)) {
      if (this.reheader(bytesText(bytes, start, end), lineNo)) return;
      this.badLine(lineNo, `"${this.field(bytes, layout.timestamp)}" is not a timestamp (YYYY/MM/DD HH:MM:SS.mmm)`);
      return;
    }

    const p = layout.power;
    const powerStart = this.fieldStart(p);
    const powerEnd = bounds[p]!;
    const powerW = this.powerOf(bytes);
    if (Number.isNaN(powerW)) {
      if (!isMissingMarker(bytes, powerStart, powerEnd)) {
        this.badLine(lineNo, `power "${this.field(bytes, p)}" is not a number`);
        return;
      }
    } else if (this.withUnits === undefined) {
      this.noteUnits(bytes, powerStart, powerEnd);
    }
    if (last && this.withUnits && this.lastFieldHasUnit) {
      const lastStart = count === 1 ? start : bounds[count - 2]! + 1;
      if (!endsWithUnit(bytes, lastStart, end) && !isMissingMarker(bytes, lastStart, end)) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
    }

    const utilization = this.utilizationOf(bytes);
    if (hasDeviceColumn(layout)) {
      const device = this.deviceFor(bytes, lineNo);
      if (device === undefined) return;
      this.cursor = device.slot;
      this.noteShape(device, bytes, start);
      this.emit(device, timeMs, powerW, utilization, lineNo, out);
      return;
    }
    const needModel = layout.name >= 0 && (this.arrangement === undefined || this.devices.length < this.gpuCount());
    const model = needModel ? this.modelName(bytes, layout.name) : undefined;
    this.unidentified({ timeMs, powerW, utilization, model, line: lineNo }, out);
  }

  /**
   * Rows of the GPU that comes next in the usual order, read by the row kernel for as long as they
   * have that GPU's shape; returns where the first row left to the general path starts (or `limit`).
   */
  private shapedRows(kernel: RowKernel, start: number, limit: number, out: PluginRecord[]): number {
    if (this.wallClockIsUtc) return this.readingsByKernel(kernel, start, limit);
    const devices = this.devices;
    const layout = this.layout!;
    const powerScale = layout.powerScale;
    const hasUtilization = layout.utilization >= 0;
    const { slots, wallMs, power, utilization } = kernel;
    let pos = start;
    let rows: number;
    do {
      rows = kernel.read(pos, limit, this.cursor, devices.length);
      const firstLine = this.lineNo + 1;
      for (let k = 0; k < rows; k++) {
        const powerW = powerScale === 1 ? power[k]! : power[k]! * powerScale;
        const fraction = hasUtilization ? utilizationFraction(utilization[k]!) : Number.NaN;
        this.emit(devices[slots[k]!]!, this.toUtc(wallMs[k]!), powerW, fraction, firstLine + k, out);
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
  private readingsByKernel(kernel: RowKernel, start: number, limit: number): number {
    const devices = this.devices;
    const known = Math.min(devices.length, kernel.maxDevices);
    const lastTimeMs = kernel.lastTimeMs;
    for (let slot = 0; slot < known; slot++) lastTimeMs[slot] = devices[slot]!.lastTimeMs;
    const powerScale = this.layout!.powerScale;
    let pos = start;
    let rows: number;
    do {
      rows = kernel.readReadings(pos, limit, this.cursor, devices.length, powerScale, SUSPICIOUS_W);
      if (rows > 0) this.columns.addRows(kernel.slots, kernel.wallMs, kernel.power, kernel.utilization, rows, kernel.utilizations > 0);
      this.records += rows;
      pos = this.afterKernel(kernel, rows);
    } while (rows === kernel.maxRows);
    for (let slot = 0; slot < known; slot++) devices[slot]!.lastTimeMs = lastTimeMs[slot]!;
    return pos;
  }

  /** Count the rows a kernel call read; returns where the next row starts. */
  private afterKernel(kernel: RowKernel, rows: number): number {
    this.lineNo += rows;
    this.cursor = kernel.cursor;
    this.dataLines += rows;
    this.shapedRowCount += rows;
    return kernel.end;
  }

  /** After a row of `device` read the general way: teach the kernel the GPU's shape (once) and the row's date. */
  private noteShape(device: Device, bytes: Uint8Array, start: number): void {
    if (!this.byShape) return;
    const layout = this.layout!;
    if (!device.shaped) {
      this.kernel ??= new RowKernel();
      device.shaped = this.kernel.setShape(device.slot, new RowShape(layout, bytes, start, this.bounds));
    }
    const t = layout.timestamp;
    if (device.shaped) this.kernel!.setDate(device.slot, bytes, skipBlanks(bytes, this.fieldStart(t), this.bounds[t]!), this.dayMs);
  }

  /** The time in ms since the epoch of the timestamp field `bytes[start, end)`, NaN when it is not one. */
  private timeOf(bytes: Uint8Array, start: number, end: number): number {
    if (!parseDateTimeBytes(bytes, start, end, this.stamp)) return Number.NaN;
    const dateKey = this.stamp[0]!;
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      this.dayMs = civilToMs(Math.floor(dateKey / 10000), Math.floor(dateKey / 100) % 100, dateKey % 100);
    }
    return this.toUtc(this.dayMs + this.stamp[1]!);
  }

  /** The row's power in W, NaN when the field holds no number. */
  private powerOf(bytes: Uint8Array): number {
    const layout = this.layout!;
    const powerW = parseNumberBytes(bytes, this.fieldStart(layout.power), this.bounds[layout.power]!);
    return layout.powerScale === 1 ? powerW : powerW * layout.powerScale;
  }

  /** The row's GPU utilisation as a fraction, NaN when the log has none or it is out of range. */
  private utilizationOf(bytes: Uint8Array): number {
    const u = this.layout!.utilization;
    if (u < 0) return Number.NaN;
    return utilizationFraction(parseNumberBytes(bytes, this.fieldStart(u), this.bounds[u]!));
  }

  private fieldStart(column: number): number {
    return column === 0 ? this.lineStart : this.bounds[column - 1]! + 1;
  }

  private field(bytes: Uint8Array, column: number): string {
    return bytesText(bytes, this.fieldStart(column), this.bounds[column]!).trim();
  }

  private modelName(bytes: Uint8Array, column: number): string | undefined {
    return isMissingMarker(bytes, this.fieldStart(column), this.bounds[column]!) ? undefined : this.field(bytes, column);
  }

  private noteUnits(bytes: Uint8Array, start: number, end: number): void {
    this.withUnits = endsWithUnit(bytes, start, end);
    // In `csv` (with units) mode the fields that have a unit in the header carry it in every row.
    this.lastFieldHasUnit = this.withUnits && this.headerText.endsWith(']');
  }

  private emit(device: Device, timeMs: number, powerW: number, utilization: number, lineNo: number, out: PluginRecord[]): void {
    if (Number.isNaN(powerW)) {
      this.missingPower++;
      if (this.missingPower === 1) this.firstMissingPower = `line ${lineNo}, ${device.ref.id}`;
      return;
    }
    if (powerW < 0 || powerW > SUSPICIOUS_W || timeMs <= device.lastTimeMs) {
      // A reading the energy stage may drop: alone, with its line, after the columns before it.
      this.takeColumns(out);
      const record: PowerRecord = { type: 'power', timeMs, device: device.ref, powerW };
      if (!Number.isNaN(utilization)) record.utilization = utilization;
      record.origin = { file: this.file, line: lineNo };
      out.push(record);
    } else {
      this.columns.add(device.slot, timeMs, powerW, utilization);
    }
    if (timeMs > device.lastTimeMs) device.lastTimeMs = timeMs;
    this.records++;
  }

  private takeColumns(out: PluginRecord[]): void {
    const record = this.columns.take(this.deviceRefs);
    if (record) out.push(record);
  }

  private deviceFor(bytes: Uint8Array, lineNo: number): Device | undefined {
    const layout = this.layout!;
    const bounds = this.bounds;
    if (layout.uuid >= 0) {
      const u = layout.uuid;
      const s = skipBlanks(bytes, this.fieldStart(u), bounds[u]!);
      const e = trimBlanksEnd(bytes, s, bounds[u]!);
      if (s < e && bytes[s] !== 91 /* [ */) {
        const devices = this.devices;
        if (devices.length > 0) {
          // Interleaved logs cycle through the GPUs in order: try the next one before hashing.
          const guess = devices[this.cursor + 1 < devices.length ? this.cursor + 1 : 0]!;
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
      const index = parseIndexBytes(bytes, this.fieldStart(i), bounds[i]!);
      if (index < 0) {
        this.badLine(lineNo, `index "${this.field(bytes, i)}" is not a GPU index`);
        return undefined;
      }
      let device = this.byIndex[index];
      if (device === undefined) {
        device = this.addDevice(`gpu${index}`, { id: `gpu${index}`, index }, bytes);
        this.byIndex[index] = device;
      }
      return device;
    }
    if (layout.busId >= 0) {
      const busId = this.field(bytes, layout.busId);
      if (busId !== '' && !busId.startsWith('[')) return this.byKey.get(busId) ?? this.addDevice(busId, { id: `pci:${busId}` }, bytes);
    }
    this.badLine(lineNo, 'the row names no GPU (uuid and index missing)');
    return undefined;
  }

  private addDevice(key: string, identity: Pick<DeviceRef, 'id' | 'uuid' | 'index'>, bytes: Uint8Array | undefined, model?: string): Device {
    const layout = this.layout!;
    const ref: DeviceRef = { ...identity, vendor: 'nvidia', component: 'gpu' };
    if (bytes !== undefined && layout.uuid >= 0 && layout.index >= 0 && ref.index === undefined) {
      const index = parseIndexBytes(bytes, this.fieldStart(layout.index), this.bounds[layout.index]!);
      if (index >= 0) ref.index = index;
    }
    const name = model ?? (bytes !== undefined && layout.name >= 0 ? this.modelName(bytes, layout.name) : undefined);
    if (name !== undefined) ref.model = name;
    const device: Device = { ref, key, keyBytes: Buffer.from(key, 'utf8'), slot: this.devices.length, lastTimeMs: -Infinity, shaped: false };
    this.devices.push(device);
    this.deviceRefs.push(ref);
    this.byKey.set(key, device);
    return device;
  }

  // Logs without a device column -------------------------------------------------------------

  private unidentified(row: HeldRow, out: PluginRecord[]): void {
    if (this.options.oneGpu && this.arrangement === undefined) this.arrangement = { kind: 'single', closeMs: 0 };
    if (this.arrangement === undefined) {
      this.held.push(row);
      if (this.held.length >= HEAD_ROWS) this.decideArrangement(out);
      return;
    }
    this.place(row, out);
  }

  private decideArrangement(out: PluginRecord[]): void {
    const held = this.held;
    this.held = [];
    const arrangement = classifyRows(
      held.map((r) => r.timeMs),
      held.map((r) => r.powerW),
    );
    if (arrangement.kind === 'irregular') {
      throw new InputError(`the log has no index or uuid column and ${arrangement.reason}; carbon-ci will not merge several GPUs into one`, {
        file: this.file,
        line: held[0]?.line,
        hint: 'add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true',
      });
    }
    this.arrangement = arrangement;
    if (arrangement.kind === 'interleaved') {
      this.log.warn(
        `${this.file}: no index or uuid column, and the rows come in samples of ${arrangement.gpus} a few ms apart: ` +
          `read as ${arrangement.gpus} GPUs (slot0..slot${arrangement.gpus - 1}) by their position in each sample, the order nvidia-smi prints them. ` +
          'Totals do not depend on that order; add index,uuid to --query-gpu to name the GPUs',
      );
    }
    for (const row of held) this.place(row, out);
  }

  private place(row: HeldRow, out: PluginRecord[]): void {
    const arrangement = this.arrangement!;
    const delta = row.timeMs - this.lastRowTimeMs;
    this.lastRowTimeMs = row.timeMs;
    if (arrangement.kind === 'single') {
      if (delta >= 0 && delta < arrangement.closeMs) {
        this.closeRows++;
        if (this.closeRows === 1) this.firstCloseLine = row.line;
      }
      this.emit(this.slotDevice(0, row.model, 'gpu'), row.timeMs, row.powerW, row.utilization, row.line, out);
      return;
    }
    if (arrangement.kind !== 'interleaved') return;
    if (this.sample.length > 0 && (delta < 0 || delta >= arrangement.sampleGapMs)) this.closeSample(out, false);
    this.sample.push(row);
  }

  private closeSample(out: PluginRecord[], final: boolean): void {
    const sample = this.sample;
    const gpus = this.gpuCount();
    if (sample.length === gpus || (final && sample.length < gpus)) {
      for (let k = 0; k < sample.length; k++) {
        const row = sample[k]!;
        this.emit(this.slotDevice(k, row.model, `slot${k}`), row.timeMs, row.powerW, row.utilization, row.line, out);
      }
    } else if (sample.length > 0) {
      this.droppedSamples++;
      this.droppedSampleRows += sample.length;
      if (this.droppedSamples === 1) this.firstDroppedSampleLine = sample[0]!.line;
    }
    this.sample = [];
  }

  private gpuCount(): number {
    return this.arrangement?.kind === 'interleaved' ? this.arrangement.gpus : 1;
  }

  private slotDevice(slot: number, model: string | undefined, id: string): Device {
    return this.devices[slot] ?? this.addDevice(id, { id }, undefined, model);
  }

  /** A log judged to be one GPU's must stay that way: rows crowding together later mean interleaving. */
  private checkSingleGpu(): void {
    if (this.arrangement?.kind !== 'single' || this.options.oneGpu) return;
    if (this.closeRows > 20 && this.closeRows * 10 > this.records) {
      throw new InputError(
        `the log has no index or uuid column and from line ${this.firstCloseLine} on, ${this.closeRows} rows follow the previous one within ` +
          `${Math.round(this.arrangement.closeMs)} ms, as when several GPUs' rows are interleaved; carbon-ci will not merge several GPUs into one`,
        {
          file: this.file,
          line: this.firstCloseLine,
          hint: 'add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true',
        },
      );
    }
  }
}

function utilizationFraction(percent: number): number {
  return percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN;
}

function hasDeviceColumn(layout: Layout): boolean {
  return layout.uuid >= 0 || layout.index >= 0 || layout.busId >= 0;
}

/** True when the field's text ends in a unit (a letter or %), as values do in `--format=csv` without nounits. */
function endsWithUnit(bytes: Uint8Array, start: number, end: number): boolean {
  const e = trimBlanksEnd(bytes, start, end);
  if (e <= start) return false;
  const c = bytes[e - 1]!;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}
