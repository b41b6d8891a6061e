import { bytesEqual, bytesText, civilToMs, dateTimeToUtc, parseDateTime, parseDateTimeBytes, parseDecimalBytes, parseNumber } from 'carbon-ci';
import type { DelimitedLine } from 'carbon-ci';
import type { EmissionsRowKernel, KeptFields } from './row-kernel.js';

type ToUtc = (wallMs: number) => number;

/**
 * The fields of one data row, as the reader asks for them. Two kinds read the same values: `TextRow`
 * (the decoded, split line: any row) and `ByteRow` (straight from the bytes: ordinary rows, fast).
 */
export interface Row {
  /** 1-based line number. */
  readonly line: number;
  /** The field as written (untrimmed). */
  text(column: number): string;
  /** The field's number as `parseNumber` reads it; NaN for a missing-value marker or a non-number. */
  number(column: number): number;
  /** The UTC instant (ms) of a timestamp field; NaN when it is not a date and time. */
  instantMs(column: number): number;
  /** The trimmed field, for a value that rows repeat (the run id). */
  key(column: number): string;
}

function numberOfText(text: string): number {
  return parseNumber(text) ?? Number.NaN;
}

function instantOfText(text: string, toUtc: ToUtc): number {
  const parsed = parseDateTime(text);
  return parsed ? dateTimeToUtc(parsed, toUtc) : Number.NaN;
}

export class TextRow implements Row {
  constructor(
    private readonly fields: readonly string[],
    readonly line: number,
    private readonly toUtc: ToUtc,
  ) {}

  text(column: number): string {
    return this.fields[column]!;
  }

  number(column: number): number {
    return numberOfText(this.fields[column]!);
  }

  instantMs(column: number): number {
    return instantOfText(this.fields[column]!, this.toUtc);
  }

  key(column: number): string {
    return this.fields[column]!.trim();
  }
}

/** A timestamp with a fraction beyond milliseconds is left to `parseDateTime`, which rounds it. */
const MAX_BYTE_TIMESTAMP_LENGTH = 'YYYY-MM-DDTHH:MM:SS.mmm'.length;
/** `Date.UTC` (and so `parseDateTime`) reads the years 0 to 99 as 1900 to 1999: those go its way. */
const FIRST_BYTE_DATE = 100_00_00;

/**
 * Reads fields from their bytes, by offsets: numbers and timestamps in the forms CodeCarbon writes
 * straight from the bytes, anything else decoded and read like a `TextRow` field, so that both kinds
 * of row give the same values. Keeps what rows repeat (the day, the run id); one serves every row.
 */
export class FieldReader {
  private readonly stamp = new Float64Array(2);
  private dateKey = -1;
  private dayStartMs = 0;
  private keyBytes: Uint8Array = new Uint8Array(0);
  private keyText = '';

  constructor(private readonly toUtc: ToUtc) {}

  number(bytes: Uint8Array, start: number, end: number): number {
    const value = parseDecimalBytes(bytes, start, end);
    return Number.isNaN(value) ? numberOfText(bytesText(bytes, start, end)) : value;
  }

  instantMs(bytes: Uint8Array, start: number, end: number): number {
    const stamp = this.stamp;
    if (end - start <= MAX_BYTE_TIMESTAMP_LENGTH && parseDateTimeBytes(bytes, start, end, stamp) && stamp[0]! >= FIRST_BYTE_DATE) {
      return this.toUtc(this.dayStart(stamp[0]!) + stamp[1]!);
    }
    return instantOfText(bytesText(bytes, start, end), this.toUtc);
  }

  key(bytes: Uint8Array, start: number, end: number): string {
    if (!bytesEqual(this.keyBytes, bytes, start, end)) {
      // A copy (Buffer's slice would be a view): the bytes of a chunk are reused for the next.
      this.keyBytes = new Uint8Array(bytes.subarray(start, end));
      this.keyText = bytesText(bytes, start, end).trim();
    }
    return this.keyText;
  }

  /** Ms from 1970 to the start of the day `yyyymmdd` (wall clock). */
  private dayStart(yyyymmdd: number): number {
    if (yyyymmdd !== this.dateKey) {
      this.dateKey = yyyymmdd;
      this.dayStartMs = civilToMs(Math.floor(yyyymmdd / 10000), Math.floor(yyyymmdd / 100) % 100, yyyymmdd % 100);
    }
    return this.dayStartMs;
  }
}

/** A row read from the fields of a `DelimitedLine` (a line without quotes). One instance serves every row. */
export class ByteRow implements Row {
  line = 0;
  private bytes: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly fields: DelimitedLine,
    private readonly reader: FieldReader,
  ) {}

  /** This row, now the line that `fields` last scanned in `bytes`. */
  at(bytes: Uint8Array, line: number): this {
    this.bytes = bytes;
    this.line = line;
    return this;
  }

  /** This row, now the line that starts at `from` in `bytes` (scanned here). */
  scan(bytes: Uint8Array, from: number, line: number): this {
    this.fields.scan(bytes, from);
    return this.at(bytes, line);
  }

  text(column: number): string {
    return bytesText(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }

  number(column: number): number {
    return this.reader.number(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }

  instantMs(column: number): number {
    return this.reader.instantMs(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }

  key(column: number): string {
    return this.reader.key(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }
}

/**
 * A row that the row kernel read: its fields' offsets and numbers from the kernel's columns. A column
 * the kernel did not keep is read by scanning the line again. One instance serves every row.
 */
export class KernelRow implements Row {
  line = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private entry = 0;
  private row = 0;

  constructor(
    private readonly kernel: EmissionsRowKernel,
    /** The fields the kernel keeps (given to its `keep`). */
    private readonly kept: KeptFields,
    private readonly reader: FieldReader,
    /** Reads the columns the kernel did not keep. */
    private readonly scanned: ByteRow,
  ) {}

  /** This row, now row `row` of the kernel's last read of `bytes`. */
  at(bytes: Uint8Array, row: number, line: number): this {
    this.bytes = bytes;
    this.row = row;
    this.entry = row * this.kept.decimal.length;
    this.line = line;
    return this;
  }

  text(column: number): string {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().text(column) : bytesText(this.bytes, this.start(slot), this.end(slot));
  }

  number(column: number): number {
    const slot = this.slotOf(column);
    if (slot < 0) return this.rescanned().number(column);
    const value = this.kernel.values[this.entry + slot]!;
    return value === value ? value : this.reader.number(this.bytes, this.start(slot), this.end(slot));
  }

  instantMs(column: number): number {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().instantMs(column) : this.reader.instantMs(this.bytes, this.start(slot), this.end(slot));
  }

  key(column: number): string {
    const slot = this.slotOf(column);
    return slot < 0 ? this.rescanned().key(column) : this.reader.key(this.bytes, this.start(slot), this.end(slot));
  }

  /** Where the field of `slot` starts and ends in this row. */
  private start(slot: number): number {
    return this.kernel.bounds[(this.entry + slot) * 2]!;
  }
  private end(slot: number): number {
    return this.kernel.bounds[(this.entry + slot) * 2 + 1]!;
  }

  private slotOf(column: number): number {
    const { slotOfColumn } = this.kept;
    return column < slotOfColumn.length ? slotOfColumn[column]! : -1;
  }

  /** The row as a `ByteRow`, its line scanned again. */
  private rescanned(): ByteRow {
    return this.scanned.scan(this.bytes, this.kernel.lineStart[this.row]!, this.line);
  }
}
