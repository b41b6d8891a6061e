import { DroppedRows, InputError, bytesText, dateTimeToUtc, epochToMs, parseDateTime, parseNumber, wallClockToUtc } from 'carbon-ci';
import type { ColumnsRecord, LineChunk, PluginContext } from 'carbon-ci';
import { DCGM_BLANK_MIN, DeviceRegistry } from './devices.js';
import { FastRows, type WantedColumn } from './dmon-fast-rows.js';
import { DmonColumns } from './dmon-columns.js';

/**
 * Readings per batch, about: a batch is a record or two of columns, whose rows the energy stage adds
 * 8,192 at a time (the power kernel's load); the columns' arrays are reused from batch to batch.
 */
const BATCH_READINGS = 16_384;

export const DMON_TIME_HINT =
  '`dcgmi dmon` prints no time; put one in front of every line as it is written, e.g. ' +
  "`dcgmi dmon -e 155,156 -d 1000 | while IFS= read -r l; do printf '%s %s\\n' \"$(date +%s.%3N)\" \"$l\"; done > dcgmi.log` " +
  "or `dcgmi dmon -e 155,156 | ts '%Y-%m-%dT%H:%M:%.S%z' > dcgmi.log` (moreutils)";

/** An epoch number, or an ISO-like date-time (one token, or date and time as two), before the dmon text. */
export const PREFIX =
  /^\s*(\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T|\s+)\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+(.*)$/;

/**
 * Turns the lines of a `dcgmi dmon` log into power and energy-counter records, chunk by chunk. The
 * common row goes through FastRows, straight from the bytes; every other line (headers, other
 * entities, ISO times, blanks, broken rows) is decoded and read here, which says what is wrong with it.
 */
export class DmonReader {
  // Made on first use: epoch prefixes and times with an offset need no zone.
  private toUtc: ((wallMs: number) => number) | undefined;
  private readonly devices: DeviceRegistry;
  private readonly dropped: DroppedRows;
  private readonly fast: FastRows;
  private readonly columns: DmonColumns;
  private names: string[] | undefined;
  /** The columns read, set from the header. */
  private wanted: WantedColumn[] = [];
  private headerLine = 0;
  private rows = 0;
  private lineNo = 0;

  constructor(
    private readonly file: string,
    private readonly context: PluginContext,
    defaultHost: string | undefined,
  ) {
    this.devices = new DeviceRegistry(defaultHost);
    this.dropped = new DroppedRows(file);
    this.columns = new DmonColumns(context.batchesReadAtOnce === true);
    this.fast = new FastRows(this.devices, this.columns);
  }

  /**
   * The records of a chunk of whole lines (from `readLineChunks`), in batches of about BATCH_READINGS
   * readings. A batch's columns may be reused for the next one (PluginContext.batchesReadAtOnce).
   */
  *consume(chunk: LineChunk): Generator<ColumnsRecord[]> {
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
      if (this.names !== undefined && this.wanted.length > 0) {
        const rows = this.fast.readRows(bytes, start, size, Math.ceil(room / this.wanted.length));
        if (rows > 0) {
          this.rows += rows;
          this.lineNo += rows;
          start = this.fast.next;
          continue;
        }
      }
      this.lineNo++;
      if (this.names !== undefined) {
        const kind = this.fast.read(bytes, start, size);
        if (kind !== 'unread') {
          if (kind === 'row') this.rows++;
          else if (kind === 'repeated-header') this.headerLine = this.lineNo;
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
  finish(): void {
    if (this.rows === 0) {
      throw new InputError('no dcgmi dmon rows found', { file: this.file, hint: 'run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole' });
    }
    this.dropped.report(this.context.log, 'those readings are missing, which lowers the coverage of the GPUs concerned');
  }

  /** One line as text; `cut` when it is the file's last and has no newline. */
  private line(raw: string, cut: boolean): void {
    const { file, lineNo: line } = this;
    if (raw.length === 0 || raw.trim() === '') return;
    const match = PREFIX.exec(raw);
    const body = (match ? match[2]! : raw).trim();
    if (body.startsWith('#Entity')) {
      this.header(body);
      return;
    }
    const tokens = body.split(/\s+/);
    if (tokens[0]!.length === 2 && tokens[0]!.toLowerCase() === 'id') return;
    const names = this.names;
    if (!names) {
      throw new InputError('a data row comes before the `#Entity` header', {
        file,
        line,
        hint: 'keep the header lines that `dcgmi dmon` prints; they name the columns',
      });
    }
    if (!match) throw new InputError('the dcgmi dmon row carries no time', { file, line, hint: DMON_TIME_HINT });
    if (tokens.length !== names.length + 2) {
      if (cut) {
        this.dropped.add('the last line is cut short (the logger was stopped mid-write)', line);
        return;
      }
      throw new InputError(`the row has ${tokens.length - 2} values but the header at line ${this.headerLine} names ${names.length}`, {
        file,
        line,
        hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
      });
    }
    this.rows++;
    if (tokens[0] !== 'GPU') {
      this.dropped.add(`${tokens[0]} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
      return;
    }
    const index = Number(tokens[1]);
    if (!Number.isInteger(index) || index < 0) {
      throw new InputError(`GPU id "${tokens[1]}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
    }
    const timeMs = this.timeOf(match[1]!);
    const device = this.devices.get({ index })!;
    const deviceColumn = this.columns.columnOf(device);
    for (const { column, type } of this.wanted) {
      const text = tokens[column + 2]!;
      const value = parseNumber(text);
      if (value === null) {
        this.dropped.add(`${names[column]} is ${text}`, line);
        continue;
      }
      if (Number.isNaN(value)) {
        throw new InputError(`${names[column]} "${text}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      if (value >= DCGM_BLANK_MIN) {
        this.dropped.add(`${names[column]} holds a DCGM blank value`, line);
        continue;
      }
      if (type === 'power') this.columns.addPower(deviceColumn, timeMs, value);
      else this.columns.addCounter(deviceColumn, timeMs, value / 1000);
    }
  }

  /** An `#Entity` header (the body of the line, without its time): the columns of the rows after it. */
  private header(body: string): void {
    const previous = this.names;
    const names = body.split(/\s+/).slice(1);
    this.names = names;
    if (previous && previous.join(' ') !== names.join(' ')) {
      this.context.log.info(`${this.file}:${this.lineNo}: a new #Entity header; columns are now ${names.join(' ')}`);
    }
    const power = names.indexOf('POWER');
    const energy = names.indexOf('TOTEC');
    this.wanted = [
      ...(power >= 0 ? [{ column: power, type: 'power' } as const] : []),
      ...(energy >= 0 ? [{ column: energy, type: 'energy-counter' } as const] : []),
    ];
    this.fast.setColumns(body, names.length, this.wanted);
    this.headerLine = this.lineNo;
    if (power < 0 && energy < 0) {
      throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(' ')})`, {
        file: this.file,
        line: this.lineNo,
        hint: 'monitor the power fields: `dcgmi dmon -e 155,156`',
      });
    }
  }

  private timeOf(prefix: string): number {
    if (/^\d+(?:\.\d+)?$/.test(prefix)) return Math.round(epochToMs(Number(prefix)));
    const parsed = parseDateTime(prefix);
    if (!parsed) throw new InputError(`"${prefix}" is not a date and time`, { file: this.file, line: this.lineNo, hint: DMON_TIME_HINT });
    return parsed.offsetMs === undefined ? dateTimeToUtc(parsed, (this.toUtc ??= wallClockToUtc(this.context.timeZone))) : dateTimeToUtc(parsed, (ms) => ms);
  }
}
