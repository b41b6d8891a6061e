import { InputError, PowerColumnsBuilder, parseNumberBytes } from 'carbon-ci';
import type { DeviceRef, LineChunk, Logger, PluginRecord, PowerRecord } from 'carbon-ci';
import { fieldsFromOption, powerFieldNote, layoutFromFields, parseHeaderFields, type Layout } from './fields.js';
import { inferFieldsFromRow } from './headerless.js';
import { endsWithUnit, isMissingMarker, parseIndex, skipBlanks, textOf as bytesText, trimBlanksEnd } from './scan.js';
import { GpuList, type Gpu } from './gpus.js';
import { PowerUnits } from './power.js';
import { UnnamedGpuRows } from './unnamed-gpus.js';
import { WallClock } from './wall-clock.js';

export interface NvidiaSmiOptions {
  /** For logs written with `csv,noheader`: the --query-gpu field list. */
  columns?: string;
  /** The log has no index/uuid column and is of one GPU: skip the interleaving checks. */
  oneGpu?: boolean;
}

/** Malformed lines warned one by one; the rest are counted. */
const WARN_EACH = 3;
/** Records above this power, or below 0 W, carry their origin so the energy stage can name the line. */
const SUSPICIOUS_W = 2000;
/** Rows that `consume` gathers before it hands them on as a record (the file's last rows go with `finish`). */
const MIN_BATCH_ROWS = 1024;
/** Longest reason for a dropped line shown in a warning: a field may be megabytes long. */
const MAX_REASON_CHARS = 200;

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
  private readonly clock: WallClock;

  /** Readings that need no origin, as columns; taken at the end of each chunk and before any single record. */
  private readonly columns = new PowerColumnsBuilder();
  /** The log's GPUs, by slot. */
  private readonly gpus = new GpuList();

  /** Rows of a log that names no GPU; made at the first such row. */
  private unnamed: UnnamedGpuRows | undefined;

  private dataLines = 0;
  private records = 0;
  private malformed = 0;
  private firstMalformed = '';
  private missingPower = 0;
  private firstMissingPower = '';
  private truncatedLine = 0;
  private readonly powerUnits: PowerUnits;

  constructor(
    private readonly file: string,
    timeZone: string | (() => string),
    private readonly log: Logger,
    private readonly options: NvidiaSmiOptions = {},
  ) {
    this.clock = new WallClock(timeZone);
    this.powerUnits = new PowerUnits(file, log);
  }

  /** Parse a chunk of whole lines (from `readLineChunks`); returns its records. */
  consume(chunk: LineChunk): PluginRecord[] {
    const out: PluginRecord[] = [];
    const bytes = chunk.bytes;
    const size = bytes.length;
    let pos = 0;
    while (pos < size) {
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
    if (this.layout === undefined) {
      throw new InputError('no nvidia-smi header or rows found', { file: this.file, hint: 'check that this is the log nvidia-smi wrote (-f FILE)' });
    }
    this.unnamed?.finish(out);
    this.unnamed?.checkSingleGpu(this.records);

    if (this.truncatedLine > 0) {
      this.log.warn(`${this.file}:${this.truncatedLine}: the last line is cut short (the logger was stopped mid-write); dropped`);
    }
    if (this.malformed > WARN_EACH) {
      this.log.warn(`${this.file}: ${this.malformed} malformed lines dropped in all (first: ${this.firstMalformed})`);
    }
    this.powerUnits.finish(this.layout.powerField, this.records);
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
    out.push(...this.gpus.unreadRecords(this.file));
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
    if (previous && previous.hasDevice !== layout.hasDevice) {
      throw new InputError('the columns change mid-file (a new header with a different device column)', {
        file: this.file,
        hint: 'split the file where the new header starts and pass both parts',
      });
    }
    this.layout = layout;
    this.headerText = header.trim();
    this.withUnits = undefined;
    if (this.bounds.length < layout.count) this.bounds = new Int32Array(layout.count + 1);
    if (powerFieldNote(layout)) this.log.info(`${this.file}: ${powerFieldNote(layout)}`);
  }

  private badLine(lineNo: number, text: string): void {
    const reason = text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}…` : text;
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

    const timeMs = this.clock.timeOf(bytes, this.fieldStart(layout.timestamp), bounds[layout.timestamp]!);
    if (Number.isNaN(timeMs)) {
      if (this.reheader(bytesText(bytes, start, end), lineNo)) return;
      this.badLine(lineNo, `"${this.field(bytes, layout.timestamp)}" is not a timestamp (YYYY/MM/DD HH:MM:SS.mmm)`);
      return;
    }

    const p = layout.power;
    const powerStart = this.fieldStart(p);
    const powerEnd = bounds[p]!;
    const powerW = this.powerOf(bytes, powerStart, powerEnd);
    if (Number.isNaN(powerW)) {
      if (!isMissingMarker(bytes, powerStart, powerEnd)) return this.notPower(bytes, powerStart, powerEnd, lineNo);
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
    if (layout.hasDevice) {
      const device = this.deviceFor(bytes, lineNo);
      if (device === undefined) return;
      this.gpus.cursor = device.slot;
      this.emit(device, timeMs, powerW, utilization, lineNo, out);
      return;
    }
    const unnamed = (this.unnamed ??= new UnnamedGpuRows(this.file, this.log, this.options.oneGpu === true, (slot, id, row, rows) =>
      this.emit(this.slotDevice(slot, row.model, id), row.timeMs, row.powerW, row.utilization, row.line, rows),
    ));
    const needModel = layout.name >= 0 && unnamed.needsModel(this.gpus.all.length);
    const model = needModel ? this.modelName(bytes, layout.name) : undefined;
    unnamed.add({ timeMs, powerW, utilization, model, line: lineNo }, out);
  }

  /** The row's power in W by the value's own unit, else the header's; NaN when the field holds no number or one in another unit. */
  private powerOf(bytes: Uint8Array, start: number, end: number): number {
    const value = parseNumberBytes(bytes, start, end);
    const scale = this.layout!.powerScale;
    const c = bytes[end - 1]!;
    // The common cases inline: a bare number (in the header's unit), or `… W` under a [W] header.
    if ((c >= 48 && c <= 57) || c === 46) return scale === 1 ? value : value * scale;
    if (c === 87 && bytes[end - 2] === 32 && scale === 1) return value;
    return this.powerUnits.read(value, bytes, start, end, this.layout!, this.lineNo);
  }

  /** A power field that is no reading: a number in a unit that is not one of power (dropped and counted), or a malformed line. */
  private notPower(bytes: Uint8Array, start: number, end: number, lineNo: number): void {
    if (Number.isNaN(parseNumberBytes(bytes, start, end))) this.badLine(lineNo, `power "${this.field(bytes, this.layout!.power)}" is not a number`);
    else this.powerUnits.drop(bytes, start, end, lineNo);
  }

  /** The row's GPU utilisation as a fraction, NaN when the log has none or it is out of range. */
  private utilizationOf(bytes: Uint8Array): number {
    const u = this.layout!.utilization;
    if (u < 0) return Number.NaN;
    const percent = parseNumberBytes(bytes, this.fieldStart(u), this.bounds[u]!);
    return percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN;
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

  private emit(device: Gpu, timeMs: number, powerW: number, utilization: number, lineNo: number, out: PluginRecord[]): void {
    if (Number.isNaN(powerW)) {
      this.missingPower++;
      if (this.missingPower === 1) this.firstMissingPower = `line ${lineNo}, ${device.ref.id}`;
      this.gpus.noteMissing(device, timeMs, lineNo);
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
    const record = this.columns.take(this.gpus.refs);
    if (record) out.push(record);
  }

  private deviceFor(bytes: Uint8Array, lineNo: number): Gpu | undefined {
    const layout = this.layout!;
    const bounds = this.bounds;
    if (layout.uuid >= 0) {
      const u = layout.uuid;
      const s = skipBlanks(bytes, this.fieldStart(u), bounds[u]!);
      const e = trimBlanksEnd(bytes, s, bounds[u]!);
      if (s < e && bytes[s] !== 91 /* [ */) {
        let device = this.gpus.byKeyBytes(bytes, s, e);
        if (device === undefined) {
          const key = bytesText(bytes, s, e);
          device = this.addDevice(key, { id: key, uuid: key }, bytes);
        }
        this.gpus.cursor = device.slot;
        return device;
      }
    }
    if (layout.index >= 0) {
      const i = layout.index;
      const index = parseIndex(bytes, this.fieldStart(i), bounds[i]!);
      if (index < 0) {
        this.badLine(lineNo, `index "${this.field(bytes, i)}" is not a GPU index`);
        return undefined;
      }
      let device = this.gpus.atIndex(index);
      if (device === undefined) {
        device = this.addDevice(`gpu${index}`, { id: `gpu${index}`, index }, bytes);
        this.gpus.setIndex(index, device);
      }
      return device;
    }
    if (layout.busId >= 0) {
      const busId = this.field(bytes, layout.busId);
      if (busId !== '' && !busId.startsWith('[')) return this.gpus.byKeyText(busId) ?? this.addDevice(busId, { id: `pci:${busId}` }, bytes);
    }
    this.badLine(lineNo, 'the row names no GPU (uuid and index missing)');
    return undefined;
  }

  private addDevice(key: string, identity: Pick<DeviceRef, 'id' | 'uuid' | 'index'>, bytes: Uint8Array | undefined, model?: string): Gpu {
    const layout = this.layout!;
    const ref: DeviceRef = { ...identity, vendor: 'nvidia', component: 'gpu' };
    if (bytes !== undefined && layout.uuid >= 0 && layout.index >= 0 && ref.index === undefined) {
      const index = parseIndex(bytes, this.fieldStart(layout.index), this.bounds[layout.index]!);
      if (index >= 0) ref.index = index;
    }
    const name = model ?? (bytes !== undefined && layout.name >= 0 ? this.modelName(bytes, layout.name) : undefined);
    if (name !== undefined) ref.model = name;
    return this.gpus.add(key, ref);
  }

  private slotDevice(slot: number, model: string | undefined, id: string): Gpu {
    return this.gpus.all[slot] ?? this.addDevice(id, { id }, undefined, model);
  }
}
